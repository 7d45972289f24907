import type { Finding } from '../engine/types.js';
import { printable } from '../util/printable.js';
import { compareFindings } from './counts.js';

/**
 * `file:line:col severity check-id message`, one finding a line, for terminals and CI
 * logs, sorted by file and line; a thousand lines a piece. Text from the manifests is
 * made printable first (see printable).
 */
export function* textLines(findings: readonly Finding[]): Generator<string> {
  const sorted = [...findings].sort(compareFindings);
  for (let start = 0; start < sorted.length; start += LINES_PER_PIECE) {
    const lines = sorted.slice(start, start + LINES_PER_PIECE).map(textLine);
    yield `${lines.join('\n')}\n`;
  }
}

const LINES_PER_PIECE = 1000;

function textLine(f: Finding): string {
  const status = f.exemption
    ? ` (exempted: ${f.exemption})`
    : f.existing
      ? ' (existing)'
      : '';
  return printable(
    `${f.file}:${f.range.line}:${f.range.column} ${f.severity} ${f.checkId} ${f.message} ${f.fix}${status}`,
  );
}
