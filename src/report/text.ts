import type { Finding } from '../engine/types.js';
import { compareFindings } from './counts.js';

/** `file:line:col severity check-id message`, one finding a line, for terminals and CI logs. */
export function formatText(findings: readonly Finding[]): string {
  return [...findings]
    .sort(compareFindings)
    .map((f) => {
      const status = f.exemption
        ? ` (exempted: ${f.exemption})`
        : f.existing
          ? ' (existing)'
          : '';
      return `${f.file}:${f.range.line}:${f.range.column} ${f.severity} ${f.checkId} ${f.message} ${f.fix}${status}`;
    })
    .join('\n');
}
