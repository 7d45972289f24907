import type { Config } from '../config/types.js';
import type { EngineRun } from '../engine/engine.js';
import type { Finding, ParsedFile, TextEdit } from '../engine/types.js';
import { anchorAround } from './anchor.js';
import { applyEdits, normalizeEdits } from './apply-edits.js';
import { planIntent } from './plan.js';
import { unifiedDiff } from './unified-diff.js';
import {
  baselineOf,
  findingKey,
  verifyFix,
  type Baseline,
  type VerifyResult,
} from './verify.js';

/** The fixes made to one file. */
export interface FileFix {
  path: string;
  before: string;
  after: string;
  edits: TextEdit[];
  /** The findings these edits fix. */
  fixed: Finding[];
  /** Which edits fix which findings, for messages next to each change. */
  changes: Group[];
  /** Unified diff of the change, `a/` and `b/` prefixed. */
  diff: string;
}

/** A finding whose fix was attempted and left out, with the reason for the report. */
export interface NotFixed {
  finding: Finding;
  reason: string;
}

export interface FixResult {
  files: FileFix[];
  notFixed: NotFixed[];
  /** How many findings the edits fix, over all files. */
  fixedCount: number;
}

/** One set of edits and the findings it fixes; findings that share an anchor share one. */
export interface Group {
  edits: TextEdit[];
  findings: Finding[];
}

/**
 * Whether a finding's fix is to be made: its check is listed in `fix.checks`, it has a
 * fix intent, and it counts (an exempted finding was accepted as it is, and one that
 * existed before the change is not this change's to fix).
 */
export function isFixable(finding: Finding, config: Config): boolean {
  return (
    finding.fixIntent !== undefined &&
    config.fix.checks.includes(finding.checkId) &&
    !finding.exemption &&
    !finding.existing
  );
}

/**
 * Plans, applies and verifies the fixes of an engine run, file by file. Every edit is
 * a text edit against the original text; a set of edits whose result does not verify
 * is dropped and its findings get `notFixed` with the reason.
 */
export function fixFiles(run: EngineRun, config: Config): FixResult {
  const result: FixResult = { files: [], notFixed: [], fixedCount: 0 };
  const byFile = new Map<string, Finding[]>();
  for (const finding of run.findings) {
    if (!isFixable(finding, config)) continue;
    byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  }

  for (const [path, findings] of byFile) {
    const file = run.parsed.get(path);
    const outcome = file
      ? fixFile(file, findings, config)
      : {
          notFixed: findings.map((finding) => ({
            finding,
            reason: 'the file was not parsed',
          })),
        };
    for (const entry of outcome.notFixed) {
      entry.finding.notFixed = entry.reason;
      result.notFixed.push(entry);
    }
    if (outcome.fix) {
      result.files.push(outcome.fix);
      result.fixedCount += outcome.fix.fixed.length;
    }
  }
  return result;
}

function fixFile(
  file: ParsedFile,
  findings: Finding[],
  config: Config,
): { fix?: FileFix; notFixed: NotFixed[] } {
  const baseline = baselineOf(file, config);
  if (typeof baseline === 'string') {
    return { notFixed: findings.map((finding) => ({ finding, reason: baseline })) };
  }
  const reasons = new Map<Finding, string>();

  // Plan
  const groups = new Map<string, Group>();
  for (const finding of findings) {
    const plan = planIntent(file.text, finding.fixIntent!);
    if (!plan.ok || plan.edits.length === 0) {
      reasons.set(finding, plan.ok ? 'the fix found nothing to change' : plan.reason);
      continue;
    }
    const key = JSON.stringify(plan.edits);
    const group = groups.get(key) ?? { edits: plan.edits, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  const attempt = (chosen: Group[]) => check(baseline, chosen, findings);

  // Verify all together; else each alone, then as many as verify side by side
  let kept = [...groups.values()];
  let outcome = attempt(kept);
  if (!outcome.ok) {
    kept = kept.filter((group) => {
      const alone = attempt([group]);
      if (alone.ok) return true;
      const anchor = anchorAround(file, group.findings[0].fixIntent!);
      for (const finding of group.findings)
        reasons.set(finding, explain(alone.reason, anchor));
      return false;
    });
    const together: Group[] = [];
    for (const group of kept) {
      const tried = attempt([...together, group]);
      if (tried.ok) {
        together.push(group);
        // The last attempt that verified is the one for `together` as it stands.
        outcome = tried;
        continue;
      }
      for (const finding of group.findings) {
        reasons.set(
          finding,
          'its edit collides with another fix in this file; it can be made once that one is in',
        );
      }
    }
    kept = together;
  }
  if (kept.length === 0 || !outcome.ok) {
    return { notFixed: findings.map((finding) => notFixedEntry(finding, reasons)) };
  }

  // A finding counts as fixed when the re-check no longer has it, which includes a
  // container that shares the edited anchor and needed the same value.
  const remaining = outcome.remaining;
  const fixed = findings.filter((finding) => !remaining.has(findingKey(finding)));
  const edits = normalizeEdits(kept.flatMap((group) => group.edits)) ?? [];
  const after = applyEdits(file.text, edits);
  return {
    fix: {
      path: file.path,
      before: file.text,
      after,
      edits,
      fixed,
      changes: kept,
      diff: unifiedDiff(file.path, file.text, edits),
    },
    notFixed: findings
      .filter((finding) => remaining.has(findingKey(finding)))
      .map((finding) => notFixedEntry(finding, reasons)),
  };
}

function notFixedEntry(finding: Finding, reasons: Map<Finding, string>): NotFixed {
  return { finding, reason: reasons.get(finding) ?? 'its fix did not verify' };
}

/** Applies the groups' edits and verifies the result against the original. */
function check(baseline: Baseline, groups: Group[], intended: Finding[]): VerifyResult {
  const edits = normalizeEdits(groups.flatMap((group) => group.edits));
  if (!edits) return { ok: false, reason: 'its edit overlaps another fix in this file' };
  return verifyFix(
    baseline,
    applyEdits(baseline.file.text, edits),
    groups.flatMap((group) => group.findings),
    intended,
  );
}

function explain(reason: string, anchor: string | undefined): string {
  if (!anchor) return `the fix was dropped because ${reason}`;
  return `the container's fields come from the YAML anchor \`&${anchor}\`, which is also used where this fix is not wanted (${reason}); set the field on each container that uses the anchor`;
}
