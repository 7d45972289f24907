import { readFileSync } from 'node:fs';
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type YAMLMap,
} from 'yaml';
import { CHECKS_BY_ID, ENGINE_CHECK_IDS } from '../checks/catalogue/index.js';
import { didYouMean } from '../util/did-you-mean.js';
import { UserError } from '../util/errors.js';
import { CONFIG_SCHEMA, validateNode } from './validate.js';
import {
  defaultConfig,
  type Config,
  type ConfiguredSeverity,
  type Exemption,
} from './types.js';

const SEVERITY_VALUES: ConfiguredSeverity[] = ['error', 'warning', 'notice', 'off'];
const TOP_KEYS = ['checks', 'exclude', 'exemptions', 'limits', 'fix'];
const CHECK_KEYS = ['severity', 'options'];
const EXEMPTION_KEYS = [
  'checks',
  'kinds',
  'namespaces',
  'names',
  'containers',
  'paths',
  'reason',
];
const LIMIT_KEYS: Record<string, keyof Config['limits']> = {
  'max-file-bytes': 'maxFileBytes',
  'max-documents': 'maxDocuments',
  'max-depth': 'maxDepth',
  'max-aliases': 'maxAliases',
};
const FIX_KEYS = ['checks'];

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

  const fail = (node: Node | null | undefined, message: string): never => {
    throw new UserError(`${where(node)}: ${message}`);
  };
  const knownChecks = [...CHECKS_BY_ID.keys(), ...ENGINE_CHECK_IDS];

  // The schema (src/config/schema.json) first: it names every key and value accepted.
  const schemaError = validateNode(root, CONFIG_SCHEMA, '');
  if (schemaError) fail(schemaError.node, schemaError.message);

  for (const { key, value } of entries(root)) {
    if (!TOP_KEYS.includes(key.text)) {
      fail(
        key.node,
        `unknown key "${key.text}".${didYouMean(key.text, TOP_KEYS)} Accepted: ${TOP_KEYS.join(', ')}.`,
      );
    }
    if (key.text === 'checks') {
      if (!isMap(value)) fail(value, '"checks" must map check ids to settings.');
      for (const check of entries(value as YAMLMap)) {
        if (!knownChecks.includes(check.key.text)) {
          fail(
            check.key.node,
            `unknown check id "${check.key.text}".${didYouMean(check.key.text, knownChecks)}`,
          );
        }
        config.checks[check.key.text] = readCheck(check.key.text, check.value, fail);
      }
    } else if (key.text === 'exclude') {
      config.exclude = stringList(value, 'exclude', fail);
    } else if (key.text === 'exemptions') {
      if (!isSeq(value)) fail(value, '"exemptions" must be a list.');
      for (const item of (value as { items: unknown[] }).items) {
        config.exemptions.push(readExemption(item as Node, knownChecks, fail, where));
      }
    } else if (key.text === 'limits') {
      if (!isMap(value)) fail(value, '"limits" must be a mapping.');
      for (const limit of entries(value as YAMLMap)) {
        const field = LIMIT_KEYS[limit.key.text];
        if (!field) {
          fail(
            limit.key.node,
            `unknown limit "${limit.key.text}".${didYouMean(limit.key.text, Object.keys(LIMIT_KEYS))}`,
          );
        }
        const number = isScalar(limit.value) ? limit.value.value : undefined;
        if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0) {
          fail(limit.value, `limit "${limit.key.text}" must be a positive whole number.`);
        }
        config.limits[field] = number as number;
      }
    } else if (key.text === 'fix') {
      if (!isMap(value)) fail(value, '"fix" must be a mapping.');
      for (const entry of entries(value as YAMLMap)) {
        if (!FIX_KEYS.includes(entry.key.text)) {
          fail(
            entry.key.node,
            `unknown key "fix.${entry.key.text}".${didYouMean(entry.key.text, FIX_KEYS)}`,
          );
        }
        const ids = stringList(entry.value, 'fix.checks', fail);
        for (const id of ids) {
          const check = CHECKS_BY_ID.get(id);
          if (!check)
            fail(
              entry.value,
              `unknown check id "${id}" in fix.checks.${didYouMean(id, CHECKS_BY_ID.keys())}`,
            );
          else if (!check.autoFix)
            fail(entry.value, `check "${id}" has no automatic fix.`);
        }
        config.fix.checks = ids;
      }
    }
  }
  return config;
}

type Fail = (node: Node | null | undefined, message: string) => never;

function entries(
  map: YAMLMap,
): { key: { text: string; node: Node }; value: Node | null }[] {
  return map.items.map((pair) => {
    const keyNode = pair.key as Node;
    const text = isScalar(keyNode) ? String(keyNode.value) : '';
    return { key: { text, node: keyNode }, value: pair.value as Node | null };
  });
}

function readCheck(id: string, value: Node | null, fail: Fail) {
  if (isScalar(value) && typeof value.value === 'string') {
    return { severity: readSeverity(value, id, fail) };
  }
  if (!isMap(value))
    return fail(
      value,
      `check "${id}" takes a severity or a mapping with severity and options.`,
    );
  const result: { severity?: ConfiguredSeverity; options?: Record<string, unknown> } = {};
  for (const entry of entries(value)) {
    if (!CHECK_KEYS.includes(entry.key.text)) {
      fail(
        entry.key.node,
        `unknown key "${entry.key.text}" for check "${id}".${didYouMean(entry.key.text, CHECK_KEYS)}`,
      );
    }
    if (entry.key.text === 'severity')
      result.severity = readSeverity(entry.value, id, fail);
    if (entry.key.text === 'options') {
      if (!isMap(entry.value))
        fail(entry.value, `options of check "${id}" must be a mapping.`);
      const known = Object.keys(CHECKS_BY_ID.get(id)?.options ?? {});
      const options: Record<string, unknown> = {};
      for (const option of entries(entry.value as YAMLMap)) {
        if (!known.includes(option.key.text)) {
          const accepted = known.length
            ? ` Accepted: ${known.join(', ')}.`
            : ' This check has no options.';
          fail(
            option.key.node,
            `unknown option "${option.key.text}" for check "${id}".${didYouMean(option.key.text, known)}${accepted}`,
          );
        }
        options[option.key.text] =
          option.value && 'toJSON' in option.value
            ? (option.value as { toJSON(): unknown }).toJSON()
            : null;
      }
      result.options = options;
    }
  }
  return result;
}

function readSeverity(node: Node | null, id: string, fail: Fail): ConfiguredSeverity {
  const text = isScalar(node) ? String(node.value) : '';
  if (!SEVERITY_VALUES.includes(text as ConfiguredSeverity)) {
    fail(
      node,
      `severity of check "${id}" must be one of ${SEVERITY_VALUES.join(', ')}, not "${text}".`,
    );
  }
  return text as ConfiguredSeverity;
}

function stringList(node: Node | null, name: string, fail: Fail): string[] {
  if (isScalar(node) && typeof node.value === 'string') return [node.value];
  if (!isSeq(node)) return fail(node, `"${name}" must be a list of strings.`);
  return node.items.map((item) => {
    if (!isScalar(item) || typeof item.value !== 'string')
      fail(item as Node, `"${name}" must be a list of strings.`);
    return String((item as { value: unknown }).value);
  });
}

function readExemption(
  node: Node,
  knownChecks: string[],
  fail: Fail,
  where: (node: Node) => string,
): Exemption {
  if (!isMap(node))
    return fail(node, 'each exemption must be a mapping with "checks" and "reason".');
  const exemption: Partial<Exemption> = {};
  for (const entry of entries(node)) {
    const key = entry.key.text;
    if (!EXEMPTION_KEYS.includes(key)) {
      fail(
        entry.key.node,
        `unknown exemption key "${key}".${didYouMean(key, EXEMPTION_KEYS)} Accepted: ${EXEMPTION_KEYS.join(', ')}.`,
      );
    }
    if (key === 'reason') {
      if (
        !isScalar(entry.value) ||
        typeof entry.value.value !== 'string' ||
        !entry.value.value.trim()
      ) {
        fail(entry.value, 'an exemption needs a non-empty "reason".');
      }
      exemption.reason = String((entry.value as { value: unknown }).value);
    } else {
      const list = stringList(entry.value, `exemptions.${key}`, fail);
      if (key === 'checks') {
        for (const id of list) {
          if (id !== 'all' && !knownChecks.includes(id)) {
            fail(
              entry.value,
              `unknown check id "${id}" in an exemption.${didYouMean(id, knownChecks)}`,
            );
          }
        }
      }
      (exemption as Record<string, string[]>)[key] = list;
    }
  }
  if (!exemption.checks) fail(node, 'an exemption needs "checks" (check ids, or "all").');
  if (!exemption.reason)
    fail(node, 'an exemption needs a "reason", shown in the report.');
  const [file, line] = where(node).split(/:(?=\d+$)/);
  return { ...(exemption as Exemption), source: { file, line: Number(line) } };
}
