import type { AnnotateMode } from '../action/inputs.js';
import type { Finding } from '../engine/types.js';
import { touches, type ChangedLines } from './changed-lines.js';

/**
 * Which findings may get an annotation. `changed-files` keeps every one; `changed-lines`
 * keeps those on a line the change adds or modifies, the others stay in the summary.
 * Without known changed lines (no change set) every finding is kept.
 */
export function annotationFilter(
  mode: AnnotateMode,
  changedLines: ReadonlyMap<string, ChangedLines> | undefined,
): (finding: Finding) => boolean {
  if (mode === 'changed-files' || !changedLines) return () => true;
  return (finding) => touches(changedLines.get(finding.file), finding.range);
}
