import { isMap, isSeq, type Document, type YAMLMap } from 'yaml';
import type { ManifestObject, ParsedFile } from '../engine/types.js';
import { mapGet, mapGetMap, mapGetText, resolve } from './nodes.js';

/**
 * The Kubernetes objects of a parsed file: every document that has `apiVersion` and
 * `kind`, with the items of `kind: List` (and typed lists such as `PodList`) expanded.
 * Documents that failed to parse yield nothing, so a broken document never causes a
 * guess about its content.
 */
export function objectsOf(file: ParsedFile): ManifestObject[] {
  const objects: ManifestObject[] = [];
  file.documents.forEach((document, documentIndex) => {
    objects.push(...objectsOfDocument(file, document, documentIndex));
  });
  return objects;
}

/** The Kubernetes objects of one document of a file (see objectsOf). */
export function objectsOfDocument(
  file: ParsedFile,
  document: Document.Parsed,
  documentIndex: number,
): ManifestObject[] {
  const objects: ManifestObject[] = [];
  const root = document.contents;
  if (document.errors.length > 0 || !isMap(root)) return objects;
  collect(file, document, documentIndex, root, objects, 0);
  return objects;
}

/** A mapping's `apiVersion` and `kind`, when it has both: what makes it a Kubernetes object. */
export function objectType(
  node: YAMLMap,
  document: Document.Parsed,
): { apiVersion: string; kind: string } | undefined {
  const apiVersion = mapGetText(node, 'apiVersion', document);
  const kind = mapGetText(node, 'kind', document);
  return apiVersion && kind ? { apiVersion, kind } : undefined;
}

function collect(
  file: ParsedFile,
  document: Document.Parsed,
  documentIndex: number,
  node: YAMLMap,
  out: ManifestObject[],
  depth: number,
): void {
  const type = objectType(node, document);
  if (!type) return;
  const { apiVersion, kind } = type;

  const items = mapGet(node, 'items', document);
  if (kind.endsWith('List') && isSeq(items) && depth < 4) {
    for (const item of items.items) {
      const resolved = resolve(item, document);
      if (isMap(resolved))
        collect(file, document, documentIndex, resolved, out, depth + 1);
    }
    return;
  }

  const metadata = mapGetMap(node, 'metadata', document);
  out.push({
    file,
    document,
    documentIndex,
    node,
    apiVersion,
    kind,
    name:
      (metadata &&
        (mapGetText(metadata, 'name', document) ??
          mapGetText(metadata, 'generateName', document))) ??
      '',
    namespace: (metadata && mapGetText(metadata, 'namespace', document)) ?? '',
  });
}
