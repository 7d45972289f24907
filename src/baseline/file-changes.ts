import type { ChangedFile } from '../github/changed-files.js';
import { NO_LINES, type ChangedLines } from './changed-lines.js';
import { diffFile } from './git-history.js';
import { addedLines } from './patch.js';

/** Why a file without a usable diff counts as changed on every line, for the summary. */
export const NO_DIFF_REASON = 'whole-file-no-diff';

/**
 * The lines a change adds or modifies in one file. GitHub's patch comes first; GitHub
 * leaves it out of very large diffs, and then git computes it from local objects. When
 * neither is possible every line counts as changed (reason NO_DIFF_REASON), which
 * annotates too much rather than hiding a new finding.
 */
export function changedLinesOf(options: {
  file: ChangedFile;
  workspace: string;
  base?: string;
  head: string;
  /** Both versions' text when they were read: equal text needs no diff at all. */
  baseText?: string;
  headText?: string;
}): ChangedLines {
  const { file } = options;
  if (file.status === 'unchanged') return NO_LINES;
  if (file.status === 'added') return { kind: 'whole-file', reason: 'added' };
  if (file.patch !== undefined) return { kind: 'lines', lines: addedLines(file.patch) };

  // A pure rename has no patch either: nothing in it changed.
  if (options.baseText !== undefined && options.baseText === options.headText) {
    return NO_LINES;
  }
  if (options.base) {
    const diff = diffFile(
      options.workspace,
      options.base,
      options.head,
      file.path,
      file.status === 'renamed' || file.status === 'copied'
        ? file.previousPath
        : undefined,
    );
    if (diff !== undefined) return { kind: 'lines', lines: addedLines(diff) };
  }
  return { kind: 'whole-file', reason: NO_DIFF_REASON };
}
