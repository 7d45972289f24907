import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSyntheticTree } from '../../test/bench/synthetic.js';
import { outcome, REAL_CORPUS, sourcesUnder } from '../../test/support/engine-runs.js';
import { defaultConfig } from '../config/types.js';
import { fixFiles } from '../fix/fix-files.js';
import { engineSettings, runEngine } from './engine.js';
import type { SourceFile } from './types.js';
import { mayHoldKind, WorkspaceIndex } from './workspace-index.js';

/** The run as the engine made it before: every file parsed and indexed, then checked. */
function readEveryFileFirst(files: SourceFile[], contextFiles: SourceFile[] = []) {
  engineSettings.readEveryFileFirst = true;
  try {
    return runEngine({ files, config: defaultConfig(), contextFiles });
  } finally {
    engineSettings.readEveryFileFirst = false;
  }
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: worker
spec:
  containers:
    - name: main
      image: shop/worker:1.2
`;

const ACCOUNT = `apiVersion: v1
kind: "Service\\u0041ccount"
metadata:
  name: default
`;

describe('runEngine, file by file', () => {
  afterEach(() => {
    engineSettings.readEveryFileFirst = false;
  });

  it('finds a ServiceAccount in a later file, even one whose kind is written with escapes', () => {
    const files = [
      { path: 'pod.yaml', text: POD },
      { path: 'account.yaml', text: ACCOUNT },
    ];
    const tokens = runEngine({ files, config: defaultConfig() }).findings.filter(
      (f) => f.checkId === 'service-account-token',
    );
    expect(tokens.map((f) => f.message)).toEqual([
      'Pod "worker" does not set automountServiceAccountToken and its ServiceAccount "default" (account.yaml) does not turn it off: every container gets an API token.',
    ]);
    expect(outcome(runEngine({ files, config: defaultConfig() }))).toEqual(
      outcome(readEveryFileFirst(files)),
    );
  });

  it('lists syntax findings of every file before the findings of any check', () => {
    const files = [
      { path: 'a.yaml', text: POD },
      { path: 'b.yaml', text: 'kind: [\n' },
      { path: 'c.yaml', text: POD.replace('worker', 'other') },
    ];
    const findings = runEngine({ files, config: defaultConfig() }).findings;
    expect(findings[0].checkId).toBe('yaml-syntax');
    expect(findings.slice(1).every((f) => f.checkId !== 'yaml-syntax')).toBe(true);
  });

  it('fixes a file from its text after the run has dropped its syntax tree', () => {
    const files = [{ path: 'pod.yaml', text: POD.replace(':1.2', ':latest') }];
    const config = defaultConfig();
    const run = runEngine({ files, config });
    expect(run.parsed.has('pod.yaml')).toBe(true);
    const fixes = fixFiles(run, config);
    expect(fixes.files.map((f) => f.after)).toEqual([
      files[0].text.replace(
        '      image: shop/worker:latest\n',
        '      image: shop/worker:latest\n      imagePullPolicy: Always\n',
      ),
    ]);
  });

  it('refuses a workspace lookup of a kind it does not index, naming the list to extend', () => {
    const index = new WorkspaceIndex(new Set(['ServiceAccount']));
    expect(() => index.inNamespace('Secret', '')).toThrow(/RELATED_KINDS/);
  });

  it('takes a file to hold a kind when its name or an escape is in the text', () => {
    const kinds = new Set(['ServiceAccount']);
    expect(mayHoldKind(POD, kinds)).toBe(false);
    expect(mayHoldKind(ACCOUNT.replace('\\u0041', 'A'), kinds)).toBe(true);
    expect(mayHoldKind(ACCOUNT, kinds)).toBe(true);
  });

  it(
    'reports over a synthetic tree exactly what reading every file first reports',
    { timeout: 300_000 },
    () => {
      const scratch = mkdtempSync(join(tmpdir(), 'engine-'));
      try {
        const files = sourcesUnder(writeSyntheticTree(scratch, 400));
        const context = files.splice(300);
        const fast = runEngine({ files, config: defaultConfig(), contextFiles: context });
        expect(fast.findings.length).toBeGreaterThan(1000);
        expect(outcome(fast)).toEqual(outcome(readEveryFileFirst(files, context)));
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  );

  it.skipIf(!existsSync(REAL_CORPUS))(
    'reports over the real corpus exactly what reading every file first reports',
    { timeout: 300_000 },
    () => {
      const files = sourcesUnder(REAL_CORPUS);
      const fast = outcome(runEngine({ files, config: defaultConfig() }));
      expect(fast).toEqual(outcome(readEveryFileFirst(files)));
    },
  );
});
