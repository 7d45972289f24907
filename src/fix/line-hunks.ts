import type { TextEdit } from '../engine/types.js';
import { lineCounterOf } from '../manifests/lines.js';
import { applyEdits, normalizeEdits } from './apply-edits.js';

/** A run of whole lines that an edit replaces, with no context around it. */
export interface LineHunk {
  /** 0-based index of the first old line; for a pure insertion, the line it goes before. */
  oldIndex: number;
  /** The old lines, each with its line break (the last line of a file may have none). */
  oldLines: string[];
  newLines: string[];
  /** The edits that make this change. */
  edits: TextEdit[];
}

/**
 * The lines that the edits change, computed from the edits themselves rather than by
 * diffing two texts: cheap on large files and exact about which lines were touched.
 * Lines an edit spans but leaves equal at either end are trimmed off.
 */
export function lineHunks(text: string, edits: readonly TextEdit[]): LineHunk[] {
  const sorted = normalizeEdits(edits);
  if (!sorted) throw new Error('lineHunks was given overlapping edits');
  const lineCounter = lineCounterOf(text);
  // 0-based line of an offset.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line - 1;
  // Start offset of every line; a text that ends with a line break has one more entry
  // for the empty line after it, where an edit at the very end lands.
  const starts = lineCounter.lineStarts;
  const hunks: LineHunk[] = [];
  let group: TextEdit[] = [];
  let first = 0;
  let last = -1;

  const flush = () => {
    if (group.length === 0) return;
    const from = starts[first];
    const to = last + 1 < starts.length ? starts[last + 1] : text.length;
    const shifted = group.map((e) => ({
      ...e,
      start: e.start - from,
      end: e.end - from,
    }));
    const oldLines = splitLines(text.slice(from, to));
    const newLines = splitLines(applyEdits(text.slice(from, to), shifted));
    hunks.push(trim({ oldIndex: first, oldLines, newLines, edits: group }));
    group = [];
  };

  for (const edit of sorted) {
    const firstLine = lineOf(edit.start);
    const lastLine = Math.max(firstLine, lineOf(Math.max(edit.start, edit.end - 1)));
    if (group.length > 0 && firstLine > last) flush();
    if (group.length === 0) first = firstLine;
    group.push(edit);
    last = Math.max(last, lastLine);
  }
  flush();
  return hunks.filter((h) => h.oldLines.length > 0 || h.newLines.length > 0);
}

/** Lines with their terminators; an empty text has none. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
    lines.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

function trim(hunk: LineHunk): LineHunk {
  let { oldIndex } = hunk;
  const oldLines = [...hunk.oldLines];
  const newLines = [...hunk.newLines];
  while (oldLines.length > 0 && newLines.length > 0 && oldLines[0] === newLines[0]) {
    oldLines.shift();
    newLines.shift();
    oldIndex++;
  }
  while (
    oldLines.length > 0 &&
    newLines.length > 0 &&
    oldLines[oldLines.length - 1] === newLines[newLines.length - 1]
  ) {
    oldLines.pop();
    newLines.pop();
  }
  return { oldIndex, oldLines, newLines, edits: hunk.edits };
}
