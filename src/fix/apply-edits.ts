import type { TextEdit } from '../engine/types.js';

/**
 * Drops repeated edits (two containers that share an anchor ask for the same one) and
 * sorts the rest by position, keeping the given order among insertions at one offset.
 * Returns undefined when two different edits overlap: they cannot both be right.
 */
export function normalizeEdits(edits: readonly TextEdit[]): TextEdit[] | undefined {
  const seen = new Set<string>();
  const unique: TextEdit[] = [];
  for (const edit of edits) {
    const key = `${edit.start}:${edit.end}:${edit.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(edit);
  }
  const sorted = unique
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.start - b.edit.start || a.order - b.order)
    .map(({ edit }) => edit);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    const bothInsertions =
      previous.start === previous.end && current.start === current.end;
    if (current.start < previous.end) return undefined;
    if (current.start === previous.start && !bothInsertions) return undefined;
  }
  return sorted;
}

/** The text with the edits applied; every offset refers to the original text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = normalizeEdits(edits);
  if (!sorted) throw new Error('applyEdits was given overlapping edits');
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    parts.push(text.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
