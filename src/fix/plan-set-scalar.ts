import { isScalar, Scalar, type Node as YamlNode } from 'yaml';
import { formatScalar, quoteStyleOf } from './scalar-style.js';
import { lineEnd } from './text-lines.js';
import type { PlanResult } from './types.js';

/**
 * Replaces a scalar's value token in place. Only the token between the node's start and
 * its value end is rewritten, so an anchor or tag before it and a comment after it stay
 * as they are, and the quote style is kept.
 */
export function planSetScalar(text: string, node: YamlNode, value: string): PlanResult {
  if (!isScalar(node) || !node.range) {
    return { ok: false, reason: 'the value is not a plain YAML scalar' };
  }
  if (String(node.value) === value) return { ok: true, edits: [] };
  const [start, end] = node.range;

  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    // A block scalar's token runs to the start of the next line: keep that line break.
    const breakAt = end > start && text[end - 1] === '\n' ? lineEnd(text, end - 1) : end;
    return {
      ok: true,
      edits: [{ start, end: breakAt, text: formatScalar(value, 'plain') }],
    };
  }
  if (start === end) {
    // An empty value (`key:`) has no token: write one, kept apart from the colon, a
    // tag and a comment that follows, which would otherwise run into it.
    const before = /[ \t]/.test(text[start - 1] ?? '') ? '' : ' ';
    const after = text[start] === '#' ? ' ' : '';
    const written = `${before}${formatScalar(value, 'plain')}${after}`;
    return { ok: true, edits: [{ start, end, text: written }] };
  }
  return {
    ok: true,
    edits: [{ start, end, text: formatScalar(value, quoteStyleOf(node)) }],
  };
}
