import type { Finding } from '../engine/types.js';
import type { FileFix } from './fix-files.js';
import { lineHunks, type LineHunk } from './line-hunks.js';
import { unifiedDiff } from './unified-diff.js';

/** A change offered on exact lines: replace lines `startLine`..`line` with `lines`. */
export interface Suggestion {
  path: string;
  startLine: number;
  line: number;
  /** The new lines without `\n`; a CRLF line keeps its `\r`. */
  lines: string[];
  findings: Finding[];
}

export interface SuggestionPlan {
  /** Changes on lines that the pull request's diff shows. */
  suggestions: Suggestion[];
  /** Unified diffs of the changes on other lines, which a review cannot comment on. */
  patches: { path: string; diff: string; findings: Finding[] }[];
}

/**
 * Splits the fixes into suggestions on whole lines and, for lines outside the diff, a
 * patch. A pure insertion is offered as a replacement of the line before it (or after
 * it, at the top of a file), because a suggestion always replaces lines.
 * @param commentable for each path, the head-side line numbers the diff shows
 */
export function planSuggestions(
  files: readonly FileFix[],
  commentable: ReadonlyMap<string, ReadonlySet<number>>,
): SuggestionPlan {
  const plan: SuggestionPlan = { suggestions: [], patches: [] };
  for (const file of files) {
    const lines = commentable.get(file.path) ?? new Set<number>();
    const outside: LineHunk[] = [];
    const before = file.before.split('\n');
    for (const hunk of lineHunks(file.before, file.edits)) {
      const suggestion = toSuggestion(file, before, hunk);
      if (suggestion && covered(lines, suggestion.startLine, suggestion.line)) {
        plan.suggestions.push(suggestion);
      } else {
        outside.push(hunk);
      }
    }
    if (outside.length > 0) {
      const edits = outside.flatMap((hunk) => hunk.edits);
      plan.patches.push({
        path: file.path,
        diff: unifiedDiff(file.path, file.before, edits),
        findings: outside.flatMap((hunk) => findingsOf(file, hunk)),
      });
    }
  }
  return plan;
}

function toSuggestion(
  file: FileFix,
  all: readonly string[],
  hunk: LineHunk,
): Suggestion | undefined {
  // GitHub splits the file and the suggestion on `\n` alike and puts the suggested
  // lines in verbatim, so a CRLF line keeps its `\r` here or loses it when applied.
  const strip = (line: string) => line.replace(/\n$/, '');
  const newLines = hunk.newLines.map(strip);
  const findings = findingsOf(file, hunk);
  if (hunk.oldLines.length > 0) {
    return {
      path: file.path,
      startLine: hunk.oldIndex + 1,
      line: hunk.oldIndex + hunk.oldLines.length,
      lines: newLines,
      findings,
    };
  }
  if (hunk.oldIndex > 0) {
    const previous = strip(`${all[hunk.oldIndex - 1]}\n`);
    return {
      path: file.path,
      startLine: hunk.oldIndex,
      line: hunk.oldIndex,
      lines: [previous, ...newLines],
      findings,
    };
  }
  if (all.length === 0) return undefined;
  return {
    path: file.path,
    startLine: 1,
    line: 1,
    lines: [...newLines, strip(`${all[0]}\n`)],
    findings,
  };
}

function findingsOf(file: FileFix, hunk: LineHunk): Finding[] {
  const edits = new Set(hunk.edits.map((e) => `${e.start}:${e.end}:${e.text}`));
  return file.changes
    .filter((group) =>
      group.edits.some((e) => edits.has(`${e.start}:${e.end}:${e.text}`)),
    )
    .flatMap((group) => group.findings);
}

function covered(lines: ReadonlySet<number>, from: number, to: number): boolean {
  for (let line = from; line <= to; line++) if (!lines.has(line)) return false;
  return true;
}
