import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { runEngine } from '../../src/engine/engine.js';
import { fixFiles } from '../../src/fix/fix-files.js';
import { SHARED_CORPUS } from '../support/engine-runs.js';
import { lineChanges, onlyPolicyLines } from './line-diff.js';

const CORPUS = SHARED_CORPUS;
const POLARIS = join(CORPUS, 'peer-fixtures/polaris/test/checks/pullPolicyNotAlways');
const REAL = join(CORPUS, 'real');

if (!existsSync(CORPUS)) {
  console.warn(
    `Corpus tests skipped: ${CORPUS} is absent (it is the shared ../shared checkout).`,
  );
}

function manifestsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...manifestsUnder(full));
    else if (/\.(ya?ml|json)$/.test(name)) out.push(full);
  }
  return out.sort();
}

/** Fixes one file and checks what the issue promises; returns how many findings it fixed. */
function fixAndCheck(full: string, root: string): number {
  const path = relative(root, full);
  const text = readFileSync(full, 'utf8');
  const config = defaultConfig();
  const run = runEngine({ files: [{ path, text }], config });
  const wanted = run.findings.filter(
    (f) => f.checkId === 'image-pull-policy' && f.fixIntent,
  );
  const result = fixFiles(run, config);
  expect(result.notFixed.map((n) => `${path}: ${n.reason}`)).toEqual([]);
  if (wanted.length === 0) {
    expect(result.files).toEqual([]);
    return 0;
  }
  const after = result.files[0].after;

  const recheck = runEngine({ files: [{ path, text: after }], config });
  expect(recheck.findings.filter((f) => f.checkId === 'image-pull-policy')).toEqual([]);
  for (const doc of parseAllDocuments(after)) expect(doc.errors).toEqual([]);
  expect(onlyPolicyLines(lineChanges(text, after))).toBeUndefined();
  return result.fixedCount;
}

describe.skipIf(!existsSync(POLARIS))('the Polaris pullPolicyNotAlways fixtures', () => {
  const files = existsSync(POLARIS) ? manifestsUnder(POLARIS) : [];

  test.each(
    files.filter((f) => /\/failure[^/]*$/.test(f)).map((f) => [relative(CORPUS, f)]),
  )(
    'every finding of %s is fixed, re-checks clean and leaves the other bytes alone',
    (path) => {
      expect(fixAndCheck(join(CORPUS, path), POLARIS)).toBeGreaterThan(0);
    },
  );

  test.each(
    files.filter((f) => /\/success[^/]*$/.test(f)).map((f) => [relative(CORPUS, f)]),
  )('%s needs no fix and gets none', (path) => {
    expect(fixAndCheck(join(CORPUS, path), POLARIS)).toBe(0);
  });
});

describe.skipIf(!existsSync(REAL))('the real manifests of the corpus', () => {
  const projects = existsSync(REAL) ? readdirSync(REAL).sort() : [];
  let fixed = 0;
  let files = 0;

  afterAll(() => {
    console.log(`corpus: ${fixed} findings fixed in ${files} real manifests`);
  });

  test.each(projects)(
    'every fix in %s applies, re-checks clean and leaves the other bytes alone',
    (project) => {
      for (const full of manifestsUnder(join(REAL, project))) {
        files++;
        fixed += fixAndCheck(full, REAL);
      }
    },
    // Installs of 2 MB are parsed and checked three times each; a busy machine is slow.
    300_000,
  );

  test('the corpus has findings to fix at all', () => {
    expect(fixed).toBeGreaterThan(0);
  });
});
