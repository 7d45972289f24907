import { parseAllDocuments } from 'yaml';
import type { Config } from '../config/types.js';
import { runEngine } from '../engine/engine.js';
import type { Finding, FixIntent, ManifestObject, ParsedFile } from '../engine/types.js';
import { objectsOf } from '../manifests/objects.js';
import { pathsOfNode } from './node-paths.js';
import { diffTrees, formatPath, parsePath, type TreeChange } from './tree-diff.js';

/** What a file looked like before any fix: computed once, compared after each attempt. */
export interface Baseline {
  path: string;
  file: ParsedFile;
  /** The file's objects, found once for every attempt's expected changes. */
  objects: ManifestObject[];
  trees: ParsedTrees;
  findings: Map<string, number>;
  config: Config;
}

interface ParsedTrees {
  values: unknown[];
  errors: string[][];
}

export type VerifyResult =
  { ok: true; remaining: Map<string, number> } | { ok: false; reason: string };

/** Reads the original file once for the comparisons that follow. */
export function baselineOf(file: ParsedFile, config: Config): Baseline | string {
  const trees = treesOf(file.text);
  if (typeof trees === 'string') return trees;
  return {
    path: file.path,
    file,
    objects: objectsOf(file),
    trees,
    findings: findingKeys(file.path, file.text, config),
    config,
  };
}

/**
 * Checks an edited text against the original: every document still parses, the parsed
 * trees differ only in fields that the intended findings name (holding their fix's
 * value), the fixed findings are gone and no finding is new. The reason says what went
 * wrong. `intended` may be wider than `fixed`: an edit at an anchor may also fix another
 * container that uses it and needs the same value.
 */
export function verifyFix(
  baseline: Baseline,
  edited: string,
  fixed: readonly Finding[],
  intended: readonly Finding[] = fixed,
): VerifyResult {
  const after = treesOf(edited);
  if (typeof after === 'string') return { ok: false, reason: after };
  const before = baseline.trees;
  if (after.values.length !== before.values.length) {
    return { ok: false, reason: 'the edit would change the number of YAML documents' };
  }
  for (let i = 0; i < after.values.length; i++) {
    if (before.errors[i].length === 0 && after.errors[i].length > 0) {
      return {
        ok: false,
        reason: `the edited document ${i + 1} would not parse (${after.errors[i][0]})`,
      };
    }
  }

  const expected = expectedChanges(baseline.objects, intended);
  for (let i = 0; i < after.values.length; i++) {
    for (const change of diffTrees(before.values[i], after.values[i])) {
      const problem = unexpected(change, expected.get(`${i}:${formatPath(change.path)}`));
      if (problem) {
        return {
          ok: false,
          reason: `${problem} at \`${formatPath(change.path)}\`${docLabel(i, after.values.length)}`,
        };
      }
    }
  }

  const remaining = findingKeys(baseline.path, edited, baseline.config);
  for (const finding of fixed) {
    if (remaining.has(findingKey(finding))) {
      return { ok: false, reason: 'the finding is still there after the edit' };
    }
  }
  for (const [key, count] of remaining) {
    if (count > (baseline.findings.get(key) ?? 0)) {
      return {
        ok: false,
        reason: `the edited file would have a finding the original has not (${key.split('\u0000').join(' ')})`,
      };
    }
  }
  return { ok: true, remaining };
}

/** The identity of a finding that survives line shifts: check, object, container, field. */
export function findingKey(finding: Finding): string {
  const object = finding.object
    ? `${finding.object.kind}/${finding.object.namespace}/${finding.object.name}`
    : '';
  return [finding.checkId, object, finding.container ?? '', finding.field ?? ''].join(
    '\u0000',
  );
}

function findingKeys(path: string, text: string, config: Config): Map<string, number> {
  const keys = new Map<string, number>();
  for (const finding of runEngine({ files: [{ path, text }], config }).findings) {
    const key = findingKey(finding);
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  return keys;
}

function treesOf(text: string): ParsedTrees | string {
  // Merge keys are expanded so that a value merged into a container is compared where
  // the container uses it, not where the anchor defines it.
  const docs = parseAllDocuments(text, { merge: true, prettyErrors: false });
  if (!Array.isArray(docs)) return 'the edited text is not YAML';
  try {
    return {
      values: docs.map((doc) => doc.toJS({ maxAliasCount: -1 })),
      errors: docs.map((doc) => doc.errors.map((e) => e.message.split('\n')[0])),
    };
  } catch (error) {
    return `the documents could not be compared (${(error as Error).message})`;
  }
}

type Expected = { present: true; value: string } | { present: false };

/** Document index and path of each field the fixes are meant to change, with the value. */
function expectedChanges(
  objects: readonly ManifestObject[],
  fixed: readonly Finding[],
): Map<string, Expected> {
  const expected = new Map<string, Expected>();
  for (const finding of fixed) {
    if (!finding.field || !finding.fixIntent || !finding.object) continue;
    const want = expectedValue(finding.fixIntent);
    const { kind, name, namespace } = finding.object;
    const matching = objects.filter(
      (o) => o.kind === kind && o.name === name && o.namespace === namespace,
    );
    for (const object of matching) {
      for (const root of pathsOfNode(object.document, object.node)) {
        const path = formatPath([...root, ...parsePath(finding.field)]);
        expected.set(`${object.documentIndex}:${path}`, want);
      }
    }
  }
  return expected;
}

function expectedValue(intent: FixIntent): Expected {
  switch (intent.type) {
    case 'set-scalar':
    case 'add-field':
      return { present: true, value: intent.value };
  }
}

function unexpected(change: TreeChange, want: Expected | undefined): string | undefined {
  if (!want) return 'the edit would also change a field no fix is meant for';
  if (!want.present) {
    return change.after === undefined ? undefined : 'the removed field would remain';
  }
  const value = change.after;
  const scalar =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  if (scalar && String(value) === want.value) return undefined;
  return `the edit would write ${JSON.stringify(value)} instead of ${JSON.stringify(want.value)}`;
}

function docLabel(index: number, count: number): string {
  return count > 1 ? ` in document ${index + 1}` : '';
}
