import { Scalar } from 'yaml';
import type { QuoteStyle } from './types.js';

/**
 * Values that YAML and JSON read as something other than a string when unquoted. A fix
 * that writes one of them means the non-string value, so it is never quoted.
 */
const NON_STRING = /^(true|false|null|-?(0|[1-9][0-9]*)(\.[0-9]+)?)$/;

/** A plain scalar that reads back as the same string in YAML 1.1 and 1.2 alike. */
const SAFE_PLAIN = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
const YAML_11_WORDS = /^(y|n|yes|no|on|off|true|false|null)$/i;

/** The quote style of a parsed scalar; block scalars count as plain. */
export function quoteStyleOf(node: unknown): QuoteStyle {
  if (!(node instanceof Scalar)) return 'plain';
  if (node.type === Scalar.QUOTE_DOUBLE) return 'double';
  if (node.type === Scalar.QUOTE_SINGLE) return 'single';
  return 'plain';
}

/**
 * Writes `value` in `style`. A value that is not a string (`true`, `3`) stays plain
 * whatever the style, and a string that would not read back as itself when plain is
 * double-quoted.
 */
export function formatScalar(value: string, style: QuoteStyle): string {
  if (NON_STRING.test(value)) return value;
  if (style === 'double') return JSON.stringify(value);
  if (style === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (SAFE_PLAIN.test(value) && !YAML_11_WORDS.test(value)) return value;
  return JSON.stringify(value);
}

/** Writes a mapping key in `style`; keys are always strings. */
export function formatKey(key: string, style: QuoteStyle): string {
  if (style === 'double') return JSON.stringify(key);
  if (style === 'single') return `'${key.replace(/'/g, "''")}'`;
  return SAFE_PLAIN.test(key) && !YAML_11_WORDS.test(key) ? key : JSON.stringify(key);
}
