import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { UserError } from '../util/errors.js';
import { CONFIG_SCHEMA, validateNode } from './validate.js';
import {
  defaultConfig,
  type Config,
  type CheckConfig,
  type ConfiguredSeverity,
} from './types.js';

const LIMIT_KEYS: Record<string, keyof Config['limits']> = {
  'max-file-bytes': 'maxFileBytes',
  'max-documents': 'maxDocuments',
  'max-depth': 'maxDepth',
  'max-aliases': 'maxAliases',
};

/**
 * Reads the configuration file. `required` is false for the default path, which may be
 * absent; an explicit path that is absent is an error.
 */
export function loadConfig(path: string, required: boolean): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT')
      return defaultConfig();
    throw new UserError(
      `Configuration file ${path} could not be read: ${(error as Error).message}`,
    );
  }
  return parseConfig(text, path);
}

export function parseConfig(text: string, path: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const where = (node: Node | null | undefined): string => {
    const offset = node?.range?.[0] ?? 0;
    return `${path}:${lineCounter.linePos(offset).line}`;
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new UserError(
      `${path}:${lineCounter.linePos(error.pos[0]).line}: the configuration is not valid YAML: ${error.message.split('\n')[0]}`,
    );
  }

  const config = defaultConfig();
  config.path = path;
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return config;
  if (!isMap(root))
    throw new UserError(`${where(root)}: the configuration must be a mapping.`);

  // The schema (src/config/schema.json, generated from the check modules) names every
  // key and value accepted; once it passes, what follows only reads the values.
  const schemaError = validateNode(root, CONFIG_SCHEMA, '');
  if (schemaError)
    throw new UserError(`${where(schemaError.node)}: ${schemaError.message}`);
  const data = root.toJSON() as RawConfig;

  for (const [id, setting] of Object.entries(data.checks ?? {})) {
    config.checks[id] = typeof setting === 'string' ? { severity: setting } : setting;
  }
  if (data.exclude !== undefined) config.exclude = list(data.exclude);
  const exemptionNodes = root.get('exemptions');
  (data.exemptions ?? []).forEach((raw, index) => {
    const node = isSeq(exemptionNodes) ? (exemptionNodes.items[index] as Node) : root;
    config.exemptions.push({
      checks: list(raw.checks),
      ...(raw.kinds !== undefined && { kinds: list(raw.kinds) }),
      ...(raw.namespaces !== undefined && { namespaces: list(raw.namespaces) }),
      ...(raw.names !== undefined && { names: list(raw.names) }),
      ...(raw.containers !== undefined && { containers: list(raw.containers) }),
      ...(raw.paths !== undefined && { paths: list(raw.paths) }),
      reason: raw.reason,
      source: { file: path, line: lineCounter.linePos(node.range?.[0] ?? 0).line },
    });
  });
  for (const [key, value] of Object.entries(data.limits ?? {})) {
    config.limits[LIMIT_KEYS[key]] = value;
  }
  if (data.fix?.checks !== undefined) config.fix.checks = data.fix.checks;
  return config;
}

type OneOrMany = string | string[];

/** The configuration as the schema lets it be written. */
interface RawConfig {
  checks?: Record<string, ConfiguredSeverity | CheckConfig>;
  exclude?: OneOrMany;
  exemptions?: (Record<
    'checks' | 'kinds' | 'namespaces' | 'names' | 'containers' | 'paths',
    OneOrMany
  > & {
    reason: string;
  })[];
  limits?: Record<string, number>;
  fix?: { checks?: string[] };
}

function list(value: OneOrMany): string[] {
  return typeof value === 'string' ? [value] : value;
}
