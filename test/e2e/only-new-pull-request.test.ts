import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, test } from 'vitest';
import { onlyChecksConfig } from '../support/checks.js';
import type { CheckRunAnnotation, GitHubApi, Json } from '../support/github-api.js';
import { makeTempDir, removeTempDirs, type FileChanges } from '../support/git-repo.js';
import { pullRequestScenario, type PullRequestScenario } from '../support/scenarios.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

const CONFIG = '.github/podspec-check.yaml';
const ONLY_NEW = { 'only-new': 'true' };

interface Container {
  name: string;
  image: string;
  policy?: string;
}

/** A Deployment as a team writes it; `indent` re-indents every line, `dash` the lists. */
function deployment(
  name: string,
  containers: Container[],
  style: { indent?: number; listIndent?: number } = {},
): string {
  const step = ' '.repeat(style.indent ?? 2);
  const list = ' '.repeat(style.listIndent ?? 2);
  const at = (depth: number) => step.repeat(depth);
  const lines = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `${at(1)}name: ${name}`,
    `${at(1)}namespace: finance`,
    'spec:',
    `${at(1)}replicas: 2`,
    `${at(1)}template:`,
    `${at(2)}spec:`,
    `${at(3)}containers:`,
  ];
  for (const c of containers) {
    const item = `${at(3)}${list}`;
    lines.push(`${item}- name: ${c.name}`, `${item}  image: ${c.image}`);
    if (c.policy) lines.push(`${item}  imagePullPolicy: ${c.policy}`);
  }
  return `${lines.join('\n')}\n`;
}

const LEGACY: Container[] = [
  { name: 'billing', image: 'registry.example/finance/billing:3.2.0' },
  {
    name: 'exporter',
    image: 'registry.example/finance/exporter:1.4.1',
    policy: 'IfNotPresent',
  },
];
const CONFIGMAP =
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: billing-settings\ndata:\n  currency: EUR\n';

/**
 * A pull request with the patches GitHub sends (`git diff` of each file), except for the
 * files named in `withoutPatch`, whose patch GitHub leaves out as it does for large diffs.
 */
async function pullRequest(
  base: FileChanges,
  head: FileChanges,
  withoutPatch: string[] = [],
): Promise<PullRequestScenario> {
  const pr = await pullRequestScenario({
    base: { [CONFIG]: onlyChecksConfig(), ...base },
    head,
  });
  apis.push(pr.api);
  for (const file of pr.api.state.pulls[pr.number].files) {
    if (withoutPatch.includes(file.filename)) {
      // The stand-in's file list carries patches by default.
      delete file.patch;
      continue;
    }
    const paths = file.previous_filename
      ? [file.previous_filename, file.filename]
      : [file.filename];
    const diff = pr.repo.git('diff', '-M', pr.baseSha, pr.headSha, '--', ...paths);
    const hunks = diff.indexOf('\n@@');
    if (hunks >= 0) file.patch = diff.slice(hunks + 1);
  }
  return pr;
}

function annotationsOf(pr: PullRequestScenario): CheckRunAnnotation[] {
  return pr.api.state.checkRuns[0]?.annotations ?? [];
}

/** The three counts as the summary shows them. */
function countsLine(summary: string): string | undefined {
  return /\*\*New: \d+\*\* · Existing: \d+ · Fixed by [^:]+: \d+/.exec(summary)?.[0];
}

describe.concurrent('only-new on a pull request', () => {
  test('a Deployment moved down its file and re-indented brings no new finding', async () => {
    const pr = await pullRequest(
      { 'deploy/billing.yaml': deployment('billing', LEGACY) },
      {
        'deploy/billing.yaml': `${CONFIGMAP}---\n${deployment('billing', LEGACY, { indent: 4, listIndent: 0 })}`,
      },
    );

    const result = await pr.run(ONLY_NEW);

    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ conclusion: 'success', findings: '0' });
    expect(pr.api.state.checkRuns[0].conclusion).toBe('success');
    expect(countsLine(result.summary)).toBe(
      '**New: 0** · Existing: 2 · Fixed by this pull request: 0',
    );
    expect(result.summary).toContain('_Existing before this change._');
    // Every line moved, so the existing findings are annotated, as notices.
    expect(annotationsOf(pr).map((a) => a.annotation_level)).toEqual([
      'notice',
      'notice',
    ]);
    expect(annotationsOf(pr)[0].message).toMatch(/^Existing before this change/);
    expect(pr.api.unknownRequests()).toEqual([]);
  });

  test('a container added without a policy is the one new finding, and fails the run', async () => {
    const pr = await pullRequest(
      { 'deploy/billing.yaml': deployment('billing', LEGACY) },
      {
        'deploy/billing.yaml': deployment('billing', [
          ...LEGACY,
          { name: 'audit', image: 'registry.example/finance/audit:0.9.0' },
        ]),
      },
    );

    const result = await pr.run(ONLY_NEW);

    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      conclusion: 'failure',
      findings: '1',
      errors: '1',
    });
    expect(countsLine(result.summary)).toBe(
      '**New: 1** · Existing: 2 · Fixed by this pull request: 0',
    );
    expect(result.summary).toContain('### ❌ podspec-check: 1 new error');
    // Only the new finding is annotated: the old ones' lines were not touched.
    const annotations = annotationsOf(pr);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({
      path: 'deploy/billing.yaml',
      annotation_level: 'failure',
      title: 'image-pull-policy (container audit)',
    });
    expect(pr.api.state.checkRuns[0].output.title).toBe('1 finding: 1 error, 0 warnings');
  });

  test('without only-new the same pull request counts the old findings too', async () => {
    const pr = await pullRequest(
      { 'deploy/billing.yaml': deployment('billing', LEGACY) },
      {
        'deploy/billing.yaml': deployment('billing', [
          ...LEGACY,
          { name: 'audit', image: 'registry.example/finance/audit:0.9.0' },
        ]),
      },
    );

    const result = await pr.run();

    expect(result.outputs.findings).toBe('3');
    expect(countsLine(result.summary)).toBeUndefined();
  });

  test('annotate: changed-lines annotates only the finding on an added line and says why the others have none', async () => {
    const pr = await pullRequest(
      { 'deploy/billing.yaml': deployment('billing', LEGACY) },
      {
        'deploy/billing.yaml': deployment('billing', [
          ...LEGACY,
          { name: 'audit', image: 'registry.example/finance/audit:0.9.0' },
        ]),
      },
    );

    const result = await pr.run({ annotate: 'changed-lines' });

    expect(result.outputs.findings).toBe('3');
    expect(annotationsOf(pr).map((a) => a.title)).toEqual([
      'image-pull-policy (container audit)',
    ]);
    expect(result.summary).toContain(
      '2 findings on lines this change did not touch have no annotation (annotate: changed-lines); the table lists them.',
    );
  });

  test('a finding the pull request fixes is counted as fixed', async () => {
    const pr = await pullRequest(
      { 'deploy/billing.yaml': deployment('billing', LEGACY) },
      {
        'deploy/billing.yaml': deployment('billing', [
          LEGACY[0],
          { ...LEGACY[1], policy: 'Always' },
        ]),
      },
    );

    const result = await pr.run(ONLY_NEW);

    expect(result.exitCode).toBe(0);
    expect(countsLine(result.summary)).toBe(
      '**New: 0** · Existing: 1 · Fixed by this pull request: 1',
    );
    expect(result.summary).toContain('1 finding fixed by this pull request');
    expect(result.summary).toContain(
      '- `image-pull-policy` container "exporter" of Deployment finance/billing',
    );
  });

  test('a renamed and edited file is compared with its previous name', async () => {
    const edited = deployment('billing', [
      { ...LEGACY[0], image: 'registry.example/finance/billing:3.3.0' },
      LEGACY[1],
    ]);
    const pr = await pullRequest(
      { 'deploy/billing.yaml': deployment('billing', LEGACY) },
      { 'deploy/billing.yaml': null, 'apps/finance/billing.yaml': edited },
    );
    expect(pr.files).toEqual([
      expect.objectContaining({
        status: 'renamed',
        previous_filename: 'deploy/billing.yaml',
        filename: 'apps/finance/billing.yaml',
      }),
    ]);

    const result = await pr.run(ONLY_NEW);

    expect(result.exitCode).toBe(0);
    expect(countsLine(result.summary)).toBe(
      '**New: 0** · Existing: 2 · Fixed by this pull request: 0',
    );
    // The edit touched the image line only, not the lines of the findings.
    expect(annotationsOf(pr)).toEqual([]);
  });

  test('a file GitHub sends without a patch is diffed from the git objects', async () => {
    const before = `${CONFIGMAP}---\n${deployment('billing', LEGACY)}`;
    const after = `${CONFIGMAP.replace('EUR', 'CHF')}---\n${deployment('billing', LEGACY)}`;
    const pr = await pullRequest(
      { 'deploy/billing.yaml': before },
      { 'deploy/billing.yaml': after },
      ['deploy/billing.yaml'],
    );

    const result = await pr.run({ ...ONLY_NEW, annotate: 'changed-lines' });

    expect(result.exitCode).toBe(0);
    expect(countsLine(result.summary)).toBe(
      '**New: 0** · Existing: 2 · Fixed by this pull request: 0',
    );
    expect(result.summary).not.toContain('counts as changed');
    expect(annotationsOf(pr)).toEqual([]);
  });

  test('without a patch or the commits, reads the base through the API and says the whole file counts as changed', async () => {
    const before = deployment('billing', LEGACY);
    const after = `${CONFIGMAP}---\n${deployment('billing', [
      ...LEGACY,
      { name: 'audit', image: 'registry.example/finance/audit:0.9.0' },
    ])}`;
    const pr = await pullRequest(
      { 'deploy/billing.yaml': before },
      { 'deploy/billing.yaml': after },
      ['deploy/billing.yaml'],
    );
    // A checkout of the merge commit alone, as actions/checkout makes by default.
    pr.repo.git('branch', 'pr-merge', pr.checkedOut);
    const shallow = makeTempDir('podspec-shallow-');
    execFileSync('git', [
      'clone',
      '--quiet',
      '--depth=1',
      '--branch=pr-merge',
      `file://${pr.repo.dir}`,
      shallow,
    ]);
    serveContents(pr);

    const result = await pr.run(ONLY_NEW, { workspace: shallow });

    expect(result.exitCode).toBe(1);
    expect(countsLine(result.summary)).toBe(
      '**New: 1** · Existing: 2 · Fixed by this pull request: 0',
    );
    expect(result.summary).toContain(
      'GitHub sent no diff for <code>deploy/billing.yaml</code> (it leaves out very large ones) and the checkout lacks the commits to compute it, so every line of that file counts as changed.',
    );
    expect(pr.api.sequence()).toContain(
      `GET /repos/octo-shop/deploy/contents/deploy%2Fbilling.yaml`,
    );
    // Every line counts as changed: the existing findings are annotated as notices.
    expect(
      annotationsOf(pr)
        .map((a) => a.annotation_level)
        .sort(),
    ).toEqual(['failure', 'notice', 'notice']);
    expect(pr.api.unknownRequests()).toEqual([]);
  });
});

/**
 * Adds the endpoints a checkout without history needs: the compare API's merge base and
 * the contents of a file at a commit, both answered from the scenario's repository.
 */
function serveContents(pr: PullRequestScenario): void {
  pr.api.addRoute('GET /repos/{owner}/{repo}/compare/{basehead}', (ctx) => {
    const [base, head] = ctx.params.basehead.split('...');
    const sha = pr.repo.git('merge-base', base, head);
    return { status: 200, body: { merge_base_commit: { sha }, files: [], commits: [] } };
  });
  pr.api.addRoute('GET /repos/{owner}/{repo}/contents/{path}', (ctx) => {
    let content: Buffer;
    try {
      content = pr.repo.show(ctx.params.path, ctx.query.ref);
    } catch {
      const missing: Json = { message: 'Not Found' };
      return { status: 404, body: missing };
    }
    const file: Json = {
      type: 'file',
      path: ctx.params.path,
      sha: pr.repo.blobSha(ctx.params.path, ctx.query.ref),
      size: content.length,
      encoding: 'base64',
      content: content.toString('base64'),
    };
    return { status: 200, body: file };
  });
}
