import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { runEngine } from '../../src/engine/engine.js';
import { fixFiles } from '../../src/fix/fix-files.js';
import { lineChanges, onlyPolicyLines } from './line-diff.js';
import { render, fileModel, type FileModel } from './manifest-model.js';

const RUNS = Number(process.env.PODSPEC_PROPERTY_RUNS) || 600;
let casesRun = 0;

afterAll(() => {
  console.log(`fix properties: ${casesRun} random manifests fixed and checked`);
});

function fix(text: string, path: string) {
  const config = defaultConfig();
  const run = runEngine({ files: [{ path, text }], config });
  const result = fixFiles(run, config);
  const after = result.files[0]?.after ?? text;
  return { run, result, after, config };
}

function trees(text: string): unknown[] {
  return parseAllDocuments(text).map((doc) => {
    expect(doc.errors.map((e) => e.message)).toEqual([]);
    return doc.toJS();
  });
}

/** The model's documents as they must read after the fix: every policy is Always. */
function expectedTrees(before: unknown[]): unknown[] {
  const copy = structuredClone(before) as Array<Record<string, unknown>>;
  for (const object of copy) {
    const spec = object.spec as Record<string, unknown>;
    const podSpec = (
      object.kind === 'Pod' ? spec : (spec.template as Record<string, unknown>).spec
    ) as Record<string, unknown>;
    for (const key of ['containers', 'initContainers']) {
      const list = podSpec[key] as Array<Record<string, unknown>> | undefined;
      for (const container of list ?? []) container.imagePullPolicy = 'Always';
    }
  }
  return copy;
}

function check(model: FileModel): void {
  casesRun++;
  const text = render(model);
  const path = model.json ? 'pod.json' : 'pod.yaml';
  const { result, after, config } = fix(text, path);

  // Every fix applies
  expect(result.notFixed.map((n) => n.reason)).toEqual([]);

  // Parses, and only the intended fields differ
  expect(trees(after)).toEqual(expectedTrees(trees(text)));

  // The fixed text checks clean and fixing it again changes nothing
  const recheck = runEngine({ files: [{ path, text: after }], config });
  expect(recheck.findings.filter((f) => f.checkId === 'image-pull-policy')).toEqual([]);
  expect(fix(after, path).result.files).toEqual([]);

  // Only the policy lines change; the bytes around them stay
  expect(onlyPolicyLines(lineChanges(text, after))).toBeUndefined();
  expect(after.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
  expect(/\r?\n$/.test(after)).toBe(/\r?\n$/.test(text));
  if (model.crlf) expect(after.replace(/\r\n/g, '')).not.toContain('\n');
  const comments = (s: string) => s.match(/#[^\r\n]*/g) ?? [];
  expect(comments(after)).toEqual(comments(text));
  expect(after.match(/^---/gm)?.length).toBe(text.match(/^---/gm)?.length);

  // The diff names exactly the lines that changed
  const diff = result.files[0]?.diff ?? '';
  const changes = lineChanges(text, after);
  const plus = diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'));
  expect(plus.length).toBeGreaterThanOrEqual(changes.added.length);
}

describe('fixing random manifests', () => {
  test(`leaves every byte but the policy lines alone (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fileModel, (model) => check(model)),
      { numRuns: RUNS },
    );
  });

  test('changes nothing in a file that has no finding', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: nginx:1\n    imagePullPolicy: Always\n';
    expect(fix(text, 'pod.yaml').result.files).toEqual([]);
  });
});
