import { visit, type Document, type Node as YamlNode } from 'yaml';
import type { FixIntent, ParsedFile } from '../engine/types.js';

/**
 * The anchor (`&name`) of the innermost anchored node that holds the node a fix edits,
 * if any: an edit there reaches every alias and merge of that anchor too.
 */
export function anchorAround(file: ParsedFile, intent: FixIntent): string | undefined {
  const target: YamlNode = intent.type === 'set-scalar' ? intent.node : intent.map;
  const at = target.range?.[0];
  if (at === undefined) return undefined;
  const doc = file.documents.find((d) => d.range[0] <= at && at < d.range[2]);
  if (!doc) return undefined;
  return innermostAnchor(doc, at);
}

function innermostAnchor(doc: Document.Parsed, at: number): string | undefined {
  let found: { anchor: string; size: number } | undefined;
  visit(doc, (_key, node) => {
    const candidate = node as { anchor?: string; range?: [number, number, number] };
    if (!candidate.anchor || !candidate.range) return;
    const [start, end] = candidate.range;
    if (
      start <= at &&
      at < Math.max(end, start + 1) &&
      (!found || end - start < found.size)
    ) {
      found = { anchor: candidate.anchor, size: end - start };
    }
  });
  return found?.anchor;
}
