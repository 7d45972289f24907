import type { Finding } from '../engine/types.js';
import { findingKey } from '../report/identity.js';

/** What matching head findings against base findings found. */
export interface MatchResult {
  /** Head findings with no counterpart at the base. */
  introduced: Finding[];
  /** Head findings that were there at the base already (now marked `existing`). */
  existing: Finding[];
  /** Base findings with no counterpart at the head: fixed by the change. */
  fixed: Finding[];
}

/**
 * Marks the head findings that existed at the base. Findings match by identity (check,
 * object, container, field), never by line, so moving or re-indenting an object keeps its
 * findings old. Identities are counted, not just looked up: a second container with a
 * name that already had a finding is one new finding, not zero.
 *
 * Matching runs within each file first (base findings carry the head path, renames
 * included), then across files for what is left, so an object moved into another file
 * stays old. Among equal identities, findings away from the changed lines are taken as
 * the old ones. An existing finding gets `annotateExisting` when the change touched it.
 * Exempted findings take no part: they never count either way.
 */
export function matchFindings(
  head: readonly Finding[],
  base: readonly Finding[],
  onChangedLine: (finding: Finding) => boolean,
): MatchResult {
  const headLeft = head.filter((f) => !f.exemption);
  const baseLeft = base.filter((f) => !f.exemption);
  const existing: Finding[] = [];

  const passes = [(f: Finding) => `${f.file}\0${findingKey(f)}`, findingKey];
  let unmatchedHead = headLeft;
  let unmatchedBase = baseLeft;
  for (const keyOf of passes) {
    const baseByKey = groupBy(unmatchedBase, keyOf);
    const nextHead: Finding[] = [];
    for (const group of groupBy(
      sortForMatching(unmatchedHead, onChangedLine),
      keyOf,
    ).values()) {
      const candidates = baseByKey.get(keyOf(group[0])) ?? [];
      const taken = Math.min(candidates.length, group.length);
      existing.push(...group.slice(0, taken));
      nextHead.push(...group.slice(taken));
      candidates.splice(0, taken);
    }
    unmatchedHead = nextHead;
    unmatchedBase = [...baseByKey.values()].flat();
  }

  for (const finding of existing) {
    finding.existing = true;
    if (onChangedLine(finding)) finding.annotateExisting = true;
  }
  const introduced = new Set(unmatchedHead);
  const old = new Set(existing);
  return {
    introduced: head.filter((f) => introduced.has(f)),
    existing: head.filter((f) => old.has(f)),
    fixed: unmatchedBase,
  };
}

/** Findings off the changed lines first, then in file order, for a stable choice. */
function sortForMatching(
  findings: readonly Finding[],
  onChangedLine: (finding: Finding) => boolean,
): Finding[] {
  return findings
    .map((finding) => ({ finding, changed: onChangedLine(finding) }))
    .sort(
      (a, b) =>
        Number(a.changed) - Number(b.changed) ||
        a.finding.file.localeCompare(b.finding.file) ||
        a.finding.range.line - b.finding.range.line ||
        a.finding.range.column - b.finding.range.column,
    )
    .map((entry) => entry.finding);
}

function groupBy(
  findings: readonly Finding[],
  keyOf: (finding: Finding) => string,
): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = keyOf(finding);
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return groups;
}
