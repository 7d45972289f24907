import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import type { ManifestObject, PodSpecRef } from '../engine/types.js';
import { findPair, mapGet, mapGetMap, resolve, scalarText } from '../manifests/nodes.js';
import type { ContainerContext, ObjectContext, PodContext, Report } from './types.js';

/** `Deployment "shop/api"`: how messages name an object. */
export function objectLabel(object: ManifestObject): string {
  const name = object.namespace ? `${object.namespace}/${object.name}` : object.name;
  return `${object.kind} "${name || '(unnamed)'}"`;
}

/** `Container "web" of Deployment "shop/api"`, the way every message names its subject. */
export function describe(context: ContainerContext): string {
  const { container, object } = context;
  const kindOfContainer =
    container.type === 'initContainers'
      ? 'Init container'
      : container.type === 'ephemeralContainers'
        ? 'Ephemeral container'
        : 'Container';
  return `${kindOfContainer} "${container.name}" of ${objectLabel(object)}`;
}

/** `The pod spec of Deployment "shop/api"`, for findings about the pod as a whole. */
export function podLabel(context: PodContext): string {
  return context.pod.path === 'spec' && context.object.kind === 'Pod'
    ? objectLabel(context.object)
    : `The pod spec of ${objectLabel(context.object)}`;
}

/** Kinds whose pods run to completion: probes and spreading do not apply to them. */
const RUN_TO_COMPLETION = new Set(['Job', 'CronJob']);

export function runsToCompletion(object: ManifestObject): boolean {
  return RUN_TO_COMPLETION.has(object.kind);
}

/** A value found in the YAML with the node it came from. */
export interface Located<T> {
  value: T;
  node: Node;
  /** The key node, for findings about the field as a whole. */
  key: Node;
}

/** The scalar at `key` with its nodes; undefined when absent or null. */
export function scalarAt(
  map: YAMLMap | undefined,
  key: string,
  doc: Document.Parsed,
): Located<unknown> | undefined {
  if (!map) return undefined;
  const pair = findPair(map, key, doc, 0);
  if (!pair) return undefined;
  const node = resolve(pair.value, doc);
  if (!isScalar(node) || node.value === null || node.value === undefined)
    return undefined;
  return { value: node.value, node, key: pair.key };
}

/** The mapping at a path of keys, or undefined as soon as one step is not a mapping. */
export function mapAt(
  map: YAMLMap | undefined,
  path: readonly string[],
  doc: Document.Parsed,
): YAMLMap | undefined {
  let current = map;
  for (const key of path) {
    if (!current) return undefined;
    current = mapGetMap(current, key, doc);
  }
  return current;
}

/** The items of the sequence at `key`, aliases resolved. Absent or not a list: empty. */
export function seqItems(
  map: YAMLMap | undefined,
  key: string,
  doc: Document.Parsed,
): Node[] {
  if (!map) return [];
  const node = mapGet(map, key, doc);
  if (!isSeq(node)) return [];
  return node.items.map((item) => resolve(item, doc)).filter((n): n is Node => !!n);
}

/** The string items of a sequence, with their nodes. */
export function stringItems(
  map: YAMLMap | undefined,
  key: string,
  doc: Document.Parsed,
): { text: string; node: Node }[] {
  return seqItems(map, key, doc)
    .map((node) => ({ text: scalarText(node) ?? '', node }))
    .filter((item) => item.text !== '');
}

/** Whether a scalar value means YAML `true` (the boolean, not the string). */
export function isTrue(located: Located<unknown> | undefined): boolean {
  return located?.value === true;
}

/** The mapping of a map-valued key, or undefined. */
export function childMap(
  map: YAMLMap | undefined,
  key: string,
  doc: Document.Parsed,
): YAMLMap | undefined {
  return map ? mapGetMap(map, key, doc) : undefined;
}

/**
 * A security context field the way the kubelet resolves it: the container's value
 * wins, and the pod's applies only to fields that exist at both levels.
 */
export function effectiveSecurityField(
  context: ContainerContext,
  key: string,
): (Located<unknown> & { level: 'container' | 'pod' }) | undefined {
  const { doc, container, pod } = context;
  const own = scalarAt(childMap(container.node, 'securityContext', doc), key, doc);
  if (own) return { ...own, level: 'container' };
  if (!POD_LEVEL_FIELDS.has(key)) return undefined;
  const inherited = scalarAt(childMap(pod.node, 'securityContext', doc), key, doc);
  return inherited ? { ...inherited, level: 'pod' } : undefined;
}

/** Fields of the container security context that the pod security context can set too. */
const POD_LEVEL_FIELDS = new Set([
  'runAsUser',
  'runAsGroup',
  'runAsNonRoot',
  'seLinuxOptions',
  'seccompProfile',
  'windowsOptions',
  'appArmorProfile',
]);

/** A mapping-valued security field resolved the kubelet's way (container first). */
export function effectiveSecurityMap(
  context: ContainerContext,
  key: string,
): { map: YAMLMap; level: 'container' | 'pod' } | undefined {
  const { doc, container, pod } = context;
  const own = mapAt(container.node, ['securityContext', key], doc);
  if (own) return { map: own, level: 'container' };
  const inherited = mapAt(pod.node, ['securityContext', key], doc);
  return inherited ? { map: inherited, level: 'pod' } : undefined;
}

/** Whether the pod declares itself a Windows pod, where Linux settings do not apply. */
export function isWindowsPod(pod: PodSpecRef, doc: Document.Parsed): boolean {
  const os = mapAt(pod.node, ['os'], doc);
  return os ? scalarText(mapGet(os, 'name', doc)) === 'windows' : false;
}

/** The deepest existing node along a path: where to point when a field is missing. */
export function deepestNode(
  map: YAMLMap,
  path: readonly string[],
  doc: Document.Parsed,
): { node: YAMLMap; missing: string[] } {
  let current = map;
  for (let i = 0; i < path.length; i++) {
    const next = mapGetMap(current, path[i], doc);
    if (!next) return { node: current, missing: path.slice(i) };
    current = next;
  }
  return { node: current, missing: [] };
}

/** The labels of a metadata mapping as plain strings. */
export function labelsOf(
  metadata: YAMLMap | undefined,
  doc: Document.Parsed,
  key = 'labels',
): Record<string, string> {
  const labels: Record<string, string> = {};
  const map = childMap(metadata, key, doc);
  if (!map) return labels;
  for (const pair of map.items) {
    const name = scalarText(pair.key);
    const value = scalarText(resolve(pair.value, doc));
    if (name !== undefined) labels[name] = value ?? '';
  }
  return labels;
}

/**
 * Whether a label selector (`matchLabels` and `matchExpressions`) selects these labels,
 * following the API's rules; an empty selector selects everything.
 */
export function selectorMatches(
  selector: YAMLMap | undefined,
  labels: Record<string, string>,
  doc: Document.Parsed,
): boolean {
  if (!selector) return false;
  const matchLabels = labelsOf(selector, doc, 'matchLabels');
  for (const [key, value] of Object.entries(matchLabels)) {
    if (labels[key] !== value) return false;
  }
  for (const expression of seqItems(selector, 'matchExpressions', doc)) {
    if (!isMap(expression)) return false;
    const key = scalarText(mapGet(expression, 'key', doc)) ?? '';
    const operator = scalarText(mapGet(expression, 'operator', doc)) ?? '';
    const values = stringItems(expression, 'values', doc).map((v) => v.text);
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    if (operator === 'In' && !(has && values.includes(labels[key]))) return false;
    if (operator === 'NotIn' && has && values.includes(labels[key])) return false;
    if (operator === 'Exists' && !has) return false;
    if (operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

/** The pod template metadata of a workload, or the metadata of a bare Pod. */
export function podMetadata(context: PodContext): YAMLMap | undefined {
  const { pod, doc, object } = context;
  if (pod.templateMetadata) return pod.templateMetadata;
  return object.kind === 'Pod' ? mapGetMap(object.node, 'metadata', doc) : undefined;
}

/** The pod template labels of a workload, or the labels of a bare Pod. */
export function podLabels(context: PodContext): Record<string, string> {
  return labelsOf(podMetadata(context), context.doc);
}

/** The top-level pod spec of a workload (`spec.template.spec`, or `spec` of a Pod). */
export function isMainPodSpec(context: PodContext): boolean {
  const { pod, object } = context;
  if (object.kind === 'Pod') return pod.path === 'spec';
  if (object.kind === 'CronJob')
    return pod.path === 'spec.jobTemplate.spec.template.spec';
  return pod.path === 'spec.template.spec';
}

/** Objects of `kind` in the same namespace as `object` (both unset counts as the same). */
export function sameNamespace(
  context: ObjectContext,
  kind: string,
): readonly ManifestObject[] {
  return context.workspace.inNamespace(kind, context.object.namespace);
}

/** A pod-spec finding that points at the pod spec's first line. */
export function podStart(context: PodContext, message: string, fix: string): Report {
  return { at: context.pod.node, span: 'start', field: context.pod.path, message, fix };
}

/** An integer or percentage as the API accepts it (`3`, `"50%"`). */
export type IntOrPercent = { number: number } | { percent: number };

export function intOrPercent(value: unknown): IntOrPercent | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return { number: value };
  if (typeof value === 'string') {
    const match = /^(\d+)%$/.exec(value.trim());
    if (match) return { percent: Number(match[1]) };
    if (/^\d+$/.test(value.trim())) return { number: Number(value) };
  }
  return undefined;
}
