import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { ParsedFile, SourceRange } from '../engine/types.js';
import { aliasTargets } from './limits.js';

const MERGE_KEY = '<<';

/** Alias targets per document, found in one walk (see aliasTargets). */
const targetsByDocument = new WeakMap<Document.Parsed, Map<Node, Node>>();

/** Follows an alias to the node it names; other nodes come back unchanged. */
export function resolve(node: unknown, doc: Document.Parsed): Node | undefined {
  if (isAlias(node)) {
    // yaml's own Alias.resolve walks the whole document on every call, which makes a
    // large document with many aliases quadratic.
    let targets = targetsByDocument.get(doc);
    if (!targets) {
      targets = aliasTargets(doc);
      targetsByDocument.set(doc, targets);
    }
    return targets.get(node) ?? (node.resolve(doc) as Node | undefined);
  }
  return (node ?? undefined) as Node | undefined;
}

/**
 * The value node of `key` in a mapping, following aliases and `<<` merge keys the way
 * YAML 1.1 merges do (own keys win over merged ones, earlier merge sources win).
 */
export function mapGet(
  map: YAMLMap,
  key: string,
  doc: Document.Parsed,
): Node | undefined {
  const pair = findPair(map, key, doc, 0);
  return pair ? resolve(pair.value, doc) : undefined;
}

/** The key/value pair node of `key`, following merge keys. */
export function findPair(
  map: YAMLMap,
  key: string,
  doc: Document.Parsed,
  depth: number,
  // Maps with merge keys already searched: merge sources that repeat (`<<: [*a, *a]`
  // nested a few levels) would otherwise be searched an exponential number of times.
  // Made only once a merge key is met: nearly every lookup has none.
  seen?: Set<YAMLMap>,
): { key: Node; value: unknown } | undefined {
  if (seen?.has(map)) return undefined;
  let merges: unknown[] | undefined;
  for (const item of map.items) {
    const itemKey = item.key;
    if (isScalar(itemKey)) {
      if (itemKey.value === key) return item as { key: Node; value: unknown };
      if (itemKey.value === MERGE_KEY) (merges ??= []).push(item.value);
    }
  }
  if (!merges || depth > 8) return undefined;

  const searched = seen ?? new Set<YAMLMap>();
  searched.add(map);
  for (const source of merges) {
    const resolved = resolve(source, doc);
    const sources = isSeq(resolved)
      ? resolved.items.map((n) => resolve(n, doc))
      : [resolved];
    for (const merged of sources) {
      if (!isMap(merged)) continue;
      const found = findPair(merged, key, doc, depth + 1, searched);
      if (found) return found;
    }
  }
  return undefined;
}

export function mapGetMap(
  map: YAMLMap,
  key: string,
  doc: Document.Parsed,
): YAMLMap | undefined {
  const node = mapGet(map, key, doc);
  return isMap(node) ? node : undefined;
}

export function mapGetSeq(
  map: YAMLMap,
  key: string,
  doc: Document.Parsed,
): YAMLSeq | undefined {
  const node = mapGet(map, key, doc);
  return isSeq(node) ? node : undefined;
}

/** The string form of a scalar value; numbers and booleans are turned into text. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' ? value : String(value);
}

export function mapGetText(
  map: YAMLMap,
  key: string,
  doc: Document.Parsed,
): string | undefined {
  return scalarText(mapGet(map, key, doc));
}

/** The range a node covers, as 1-based lines and columns. */
export function rangeOf(file: ParsedFile, node: Node | undefined): SourceRange {
  const range = node?.range;
  if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return offsetsToRange(file, range[0], range[1]);
}

/**
 * The first line of a node, from where it starts to the end of that line's text: where
 * a container or object starts, for findings about a field it lacks.
 */
export function startOf(file: ParsedFile, node: Node | undefined): SourceRange {
  const start = node?.range?.[0];
  if (start === undefined) return rangeOf(file, node);
  let end = file.text.indexOf('\n', start);
  if (end === -1) end = file.text.length;
  const nodeEnd = node?.range?.[1] ?? end;
  end = Math.min(end, Math.max(start, nodeEnd));
  while (end > start && /[\s,{]/.test(file.text[end - 1])) end--;
  return offsetsToRange(file, start, end);
}

export function offsetsToRange(
  file: ParsedFile,
  start: number,
  end: number,
): SourceRange {
  const from = file.lineCounter.linePos(start);
  const to = file.lineCounter.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
