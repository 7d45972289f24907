import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import type { ContainerRef } from '../../engine/types.js';
import { resolve, scalarText } from '../../manifests/nodes.js';
import { closest } from '../../util/did-you-mean.js';
import { describe, isMainPodSpec, podLabel } from '../helpers.js';
import { POD_SCHEMA } from '../schema/pod-schema.js';
import type { Check, PodContext, Report } from '../types.js';

/** API groups whose pod specs are the core PodSpec; custom resources may extend it. */
const CORE_API = /^(v1|apps\/v1\w*|batch\/v1\w*|extensions\/v1beta1)$/;

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  'int-or-string': 'a number or a name',
  quantity: 'a quantity such as 500m or 256Mi',
};

interface Walk {
  context: PodContext;
  doc: Document.Parsed;
  reports: Report[];
  container?: ContainerRef;
}

export const schema: Check = {
  id: 'schema',
  title: 'Pod specs match the Kubernetes API schema',
  severity: 'error',
  why:
    'The API server silently drops fields it does not know, so a misspelled ' +
    '`imagePullpolicy` or `readinessprobe` has no effect and the pod runs with the default; ' +
    'wrong types and values outside an enum make the whole object fail to apply.',
  howToFix:
    'Spell the field as the API does (names are case-sensitive), give it the documented type, ' +
    'and use one of the accepted values.',
  autoFix: false,
  differences:
    'No peer checks this. Only core workloads (v1, apps, batch) are checked, since custom resources may extend the pod spec; values with `${...}` or `{{ }}` placeholders are left alone.',
  peers: {},

  checkPod(context: PodContext): Report[] {
    if (!CORE_API.test(context.object.apiVersion) || !isMainPodSpec(context)) return [];
    const walk: Walk = { context, doc: context.doc, reports: [] };
    checkMap(walk, context.pod.node, 'PodSpec', context.pod.path);
    return walk.reports;
  },
};

function subject(walk: Walk): string {
  return walk.container
    ? describe({ ...walk.context, container: walk.container })
    : podLabel(walk.context);
}

function checkMap(walk: Walk, map: YAMLMap, definition: string, path: string): void {
  const fields = POD_SCHEMA.definitions[definition];
  if (!fields) return;
  for (const pair of map.items) {
    const key = scalarText(pair.key);
    if (key === undefined || key === '<<') continue;
    const fieldPath = `${path}.${key}`;
    const type = fields[key];
    if (type === undefined) {
      const suggestion = closest(key, Object.keys(fields));
      walk.reports.push({
        at: pair.key as Node,
        field: fieldPath,
        container: walk.container,
        message: `${subject(walk)} has field "${key}", which ${definition} does not have: the API server drops unknown fields, so it has no effect${suggestion ? `. Did you mean "${suggestion}"?` : '.'}`,
        fix: suggestion
          ? `Rename "${key}" to "${suggestion}".`
          : `Remove "${key}" or move it to where the API defines it.`,
      });
      continue;
    }
    checkValue(walk, resolve(pair.value, walk.doc), type, fieldPath, key);
  }
}

function checkValue(
  walk: Walk,
  node: Node | undefined,
  type: string,
  path: string,
  key: string,
): void {
  // null (or nothing) means "not set" to the API server.
  if (!node || (isScalar(node) && node.value === null)) return;
  if (type === 'object') return;

  if (type.startsWith('ref:')) {
    if (!isMap(node)) return wrongType(walk, node, path, key, 'a mapping');
    return checkMap(walk, node, type.slice(4), path);
  }
  if (type.startsWith('array:')) {
    if (!isSeq(node)) return wrongType(walk, node, path, key, 'a list');
    const itemType = type.slice(6);
    node.items.forEach((item, index) => {
      const resolved = resolve(item, walk.doc);
      const previous = walk.container;
      if (itemType === 'ref:Container' || itemType === 'ref:EphemeralContainer') {
        walk.container =
          walk.context.pod.containers.find((c) => c.node === resolved) ?? previous;
      }
      checkValue(walk, resolved, itemType, `${path}[${index}]`, key);
      walk.container = previous;
    });
    return;
  }
  if (type.startsWith('map:')) {
    if (!isMap(node)) return wrongType(walk, node, path, key, 'a mapping');
    for (const pair of node.items) {
      const name = scalarText(pair.key) ?? '';
      checkValue(
        walk,
        resolve(pair.value, walk.doc),
        type.slice(4),
        `${path}.${name}`,
        name,
      );
    }
    return;
  }
  if (!isScalar(node))
    return wrongType(walk, node, path, key, TYPE_NAMES[type] ?? 'a value');

  const value = node.value;
  // Placeholders of envsubst, Helm or kustomize replacements are filled in later.
  if (typeof value === 'string' && /\$\{|\{\{|\$\(/.test(value)) return;
  if (type.startsWith('enum:')) {
    // image-pull-policy reports a bad policy value with the defaulting explained; a
    // second finding on the same value would only be noise.
    if (key === 'imagePullPolicy') return;
    const accepted = type.slice(5).split('|');
    if (typeof value === 'string' && accepted.includes(value)) return;
    const shown = String(value);
    const sameLetters = accepted.find((a) => a.toLowerCase() === shown.toLowerCase());
    const near = sameLetters ?? closest(shown, accepted);
    walk.reports.push({
      at: node,
      field: path,
      container: walk.container,
      message: `${subject(walk)} sets ${key} to "${shown}", which the API server rejects: it accepts ${accepted.join(', ')}${sameLetters ? ' (case-sensitive)' : ''}.${near ? ` Did you mean "${near}"?` : ''}`,
      fix: `Set ${key} to ${near ? `"${near}"` : `one of ${accepted.join(', ')}`}.`,
    });
    return;
  }
  const ok =
    (type === 'string' && typeof value === 'string') ||
    (type === 'number' && typeof value === 'number') ||
    (type === 'boolean' && typeof value === 'boolean') ||
    ((type === 'int-or-string' || type === 'quantity') &&
      (typeof value === 'string' || typeof value === 'number'));
  if (!ok) wrongType(walk, node, path, key, TYPE_NAMES[type] ?? type);
}

function wrongType(
  walk: Walk,
  node: Node,
  path: string,
  key: string,
  expected: string,
): void {
  const shown = isScalar(node)
    ? `${typeof node.value === 'string' ? `the string "${node.value}"` : String(node.value)}`
    : isSeq(node)
      ? 'a list'
      : 'a mapping';
  const quoteHint =
    isScalar(node) &&
    typeof node.value === 'string' &&
    expected !== 'a mapping' &&
    expected !== 'a list'
      ? ' (remove the quotes)'
      : isScalar(node) && expected === 'a string'
        ? ' (quote it)'
        : '';
  walk.reports.push({
    at: node,
    field: path,
    container: walk.container,
    message: `${subject(walk)} sets ${key} to ${shown}, but the API expects ${expected}: the API server rejects the object.`,
    fix: `Write ${key} as ${expected}${quoteHint}.`,
  });
}
