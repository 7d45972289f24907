import type { Finding, Severity } from '../engine/types.js';
import { cut } from '../util/cut.js';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
  raw_details?: string;
}

const LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

/** GitHub's limits on one annotation's fields. */
const MAX_MESSAGE = 60_000;
const MAX_TITLE = 255;

/** The check-run annotation of a finding: the exact lines, and columns on one line. */
export function toAnnotation(finding: Finding): CheckAnnotation {
  const { range } = finding;
  const oneLine = range.line === range.endLine;
  const message = annotationMessage(finding);
  const title = `${finding.checkId}${finding.container ? ` (container ${finding.container})` : ''}`;
  return {
    path: finding.file,
    start_line: range.line,
    end_line: Math.max(range.line, range.endLine),
    ...(oneLine
      ? {
          start_column: range.column,
          end_column: Math.max(range.column, range.endColumn),
        }
      : {}),
    annotation_level: finding.existing ? 'notice' : LEVEL[finding.severity],
    message: cut(message, MAX_MESSAGE),
    title: cut(title, MAX_TITLE),
  };
}

/** What is wrong, why it matters, and the exact fix: the text every channel shows. */
export function annotationMessage(finding: Finding): string {
  const existing = finding.existing
    ? 'Existing before this change (does not count). '
    : '';
  return `${existing}${finding.message}\n\nWhy: ${finding.why}\n\nFix: ${finding.fix}`;
}
