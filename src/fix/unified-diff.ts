import type { TextEdit } from '../engine/types.js';
import { lineHunks, splitLines, type LineHunk } from './line-hunks.js';

const NO_NEWLINE = '\\ No newline at end of file';

/**
 * A unified diff (`git apply` and `patch -p1` read it) of the edits to one file, with
 * `context` lines around each change. Empty when the edits change nothing.
 */
export function unifiedDiff(
  path: string,
  text: string,
  edits: readonly TextEdit[],
  context = 3,
): string {
  const hunks = lineHunks(text, edits);
  if (hunks.length === 0) return '';
  const lines = splitLines(text);
  const out = [`--- a/${path}`, `+++ b/${path}`];

  let delta = 0;
  let i = 0;
  while (i < hunks.length) {
    // Hunks whose contexts would meet are printed as one.
    let j = i;
    while (j + 1 < hunks.length && hunks[j + 1].oldIndex - end(hunks[j]) <= 2 * context) {
      j++;
    }
    const from = Math.max(0, hunks[i].oldIndex - context);
    const to = Math.min(lines.length, end(hunks[j]) + context);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let cursor = from;
    let shift = 0;
    for (let k = i; k <= j; k++) {
      const hunk = hunks[k];
      for (; cursor < hunk.oldIndex; cursor++) {
        body.push(...printed(' ', lines[cursor]));
        oldCount++;
        newCount++;
      }
      for (const line of hunk.oldLines) body.push(...printed('-', line));
      for (const line of hunk.newLines) body.push(...printed('+', line));
      oldCount += hunk.oldLines.length;
      newCount += hunk.newLines.length;
      shift += hunk.newLines.length - hunk.oldLines.length;
      cursor = end(hunk);
    }
    for (; cursor < to; cursor++) {
      body.push(...printed(' ', lines[cursor]));
      oldCount++;
      newCount++;
    }
    const oldStart = oldCount === 0 ? from : from + 1;
    const newStart = newCount === 0 ? from + delta : from + delta + 1;
    out.push(
      `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`,
      ...body,
    );
    delta += shift;
    i = j + 1;
  }
  return `${out.join('\n')}\n`;
}

function end(hunk: LineHunk): number {
  return hunk.oldIndex + hunk.oldLines.length;
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}

function printed(mark: string, line: string): string[] {
  if (line.endsWith('\n')) return [`${mark}${line.slice(0, -1)}`];
  return [`${mark}${line}`, NO_NEWLINE];
}
