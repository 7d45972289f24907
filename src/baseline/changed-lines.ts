import type { SourceRange } from '../engine/types.js';

/**
 * The head lines a change adds or modifies in one file. `whole-file` stands for "every
 * line", used when the file is new or when no diff could be had; `reason` says why, for
 * the summary.
 */
export type ChangedLines =
  { kind: 'lines'; lines: ReadonlySet<number> } | { kind: 'whole-file'; reason: string };

/** No line changed: a pure rename, or a file whose content is the same at both ends. */
export const NO_LINES: ChangedLines = { kind: 'lines', lines: new Set() };

/**
 * Whether a change touched any line of a range. A range that spans lines (a whole
 * container, say) counts as touched when any of its lines changed.
 */
export function touches(changed: ChangedLines | undefined, range: SourceRange): boolean {
  if (!changed) return false;
  if (changed.kind === 'whole-file') return true;
  const first = range.line;
  const last = Math.max(range.line, range.endLine);
  if (last - first + 1 <= changed.lines.size) {
    for (let line = first; line <= last; line++) if (changed.lines.has(line)) return true;
    return false;
  }
  for (const line of changed.lines) if (line >= first && line <= last) return true;
  return false;
}
