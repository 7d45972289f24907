import { isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { resolve } from '../manifests/nodes.js';
import type { PathSegment } from './tree-diff.js';

/** Objects sit at the root or in the `items` of (nested) lists; nothing deeper. */
const MAX_DEPTH = 8;

/**
 * Every path from the document root to `target`, following aliases, so an object that
 * is reached twice is found twice. Only as deep as Kubernetes objects can sit.
 */
export function pathsOfNode(doc: Document.Parsed, target: YamlNode): PathSegment[][] {
  const found: PathSegment[][] = [];
  search(doc, doc.contents, target, [], 0, found);
  return found;
}

function search(
  doc: Document.Parsed,
  node: unknown,
  target: YamlNode,
  path: PathSegment[],
  depth: number,
  found: PathSegment[][],
): void {
  // The shared resolver: yaml's own walks the whole document for every alias.
  const resolved = resolve(node, doc);
  if (resolved === target) {
    found.push(path);
    return;
  }
  if (depth >= MAX_DEPTH) return;
  if (isMap(resolved)) {
    for (const pair of resolved.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof key !== 'string') continue;
      search(doc, pair.value, target, [...path, key], depth + 1, found);
    }
  } else if (isSeq(resolved)) {
    resolved.items.forEach((item, index) =>
      search(doc, item, target, [...path, index], depth + 1, found),
    );
  }
}
