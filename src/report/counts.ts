import type { Finding, Severity } from '../engine/types.js';

export type FailOn = Severity | 'never';

export interface Counts {
  findings: number;
  errors: number;
  warnings: number;
  notices: number;
  exempted: number;
  existing: number;
}

/** Findings that count: not exempted and not marked as existing at the base. */
export function counted(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.exemption && !f.existing);
}

export function countFindings(findings: readonly Finding[]): Counts {
  const active = counted(findings);
  return {
    findings: active.length,
    errors: active.filter((f) => f.severity === 'error').length,
    warnings: active.filter((f) => f.severity === 'warning').length,
    notices: active.filter((f) => f.severity === 'notice').length,
    exempted: findings.filter((f) => f.exemption).length,
    existing: findings.filter((f) => f.existing && !f.exemption).length,
  };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** Whether any counted finding reaches the `fail-on` severity. */
export function fails(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return counted(findings).some((f) => RANK[f.severity] >= RANK[failOn]);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[b.severity] - RANK[a.severity] ||
    a.file.localeCompare(b.file) ||
    a.range.line - b.range.line ||
    a.range.column - b.range.column ||
    a.checkId.localeCompare(b.checkId)
  );
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
