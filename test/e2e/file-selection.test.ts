import { afterAll, describe, expect, test } from 'vitest';
import { fixture, onlyChecksConfig } from '../support/checks.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { createGitRepo, removeTempDirs } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';
import { pullRequestScenario, pushPayload, ROUTES } from '../support/scenarios.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

const CONFIG = '.github/podspec-check.yaml';
const payments = fixture('manifests/payments-deployment.yaml');
const nightly = fixture('manifests/nightly-report.yaml');
const web = fixture('manifests/web-deployment.yaml');

async function api() {
  const started = await startGitHubApi();
  apis.push(started);
  return started;
}

function annotatedPaths(server: GitHubApi): string[] {
  return [
    ...new Set(server.state.checkRuns.flatMap((r) => r.annotations.map((a) => a.path))),
  ];
}

describe.concurrent('which files are checked', () => {
  test('a push checks the files changed between before and after, from local history', async () => {
    const repo = createGitRepo({
      [CONFIG]: onlyChecksConfig(),
      'deploy/payments.yaml': payments,
    });
    const before = repo.head();
    const after = repo.commit('Add the nightly report', { 'jobs/nightly.yaml': nightly });
    const server = await api();

    const result = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      payload: pushPayload(before, after),
      apiUrl: server.url,
    });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      `push ${before.slice(0, 7)}..${after.slice(0, 7)}: 1 changed`,
    );
    expect(server.state.checkRuns[0].head_sha).toBe(after);
    expect(annotatedPaths(server)).toEqual(['jobs/nightly.yaml']);
    expect(server.sequence()).toEqual([
      'POST /repos/octo-shop/deploy/check-runs',
      `PATCH /repos/octo-shop/deploy/check-runs/${server.state.checkRuns[0].id}`,
    ]);
  });

  test('a push whose checkout lacks the previous commit lists the files through the compare API', async () => {
    const origin = createGitRepo({
      [CONFIG]: onlyChecksConfig(),
      'deploy/payments.yaml': payments,
    });
    const before = origin.head();
    const after = origin.commit('Add the nightly report', {
      'jobs/nightly.yaml': nightly,
    });
    // A depth-1 checkout: only the pushed commit's tree, no parent.
    const shallow = createGitRepo({
      [CONFIG]: onlyChecksConfig(),
      'deploy/payments.yaml': payments,
      'jobs/nightly.yaml': nightly,
    });
    const server = await api();
    server.state.compares[`${before}...${after}`] = {
      files: origin.changedFiles(before, after),
      commits: [after],
    };

    const result = await runAction({
      workspace: shallow.dir,
      eventName: 'push',
      payload: pushPayload(before, after),
      apiUrl: server.url,
      sha: after,
    });

    expect(result.exitCode).toBe(1);
    expect(server.requestsTo(ROUTES.compare)).toHaveLength(1);
    expect(annotatedPaths(server)).toEqual(['jobs/nightly.yaml']);
    expect(server.unknownRequests()).toEqual([]);
  });

  test('a push that creates a branch checks every matching file and says why', async () => {
    const repo = createGitRepo({
      [CONFIG]: onlyChecksConfig(),
      'deploy/payments.yaml': payments,
      'jobs/nightly.yaml': nightly,
    });
    const server = await api();

    const result = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      payload: pushPayload('0'.repeat(40), repo.head()),
      apiUrl: server.url,
    });

    expect(result.exitCode).toBe(1);
    expect(annotatedPaths(server).sort()).toEqual([
      'deploy/payments.yaml',
      'jobs/nightly.yaml',
    ]);
    expect(result.summary).toContain('This push created the branch');
  });

  test('workflow_dispatch checks every matching file of the workspace, including dot folders', async () => {
    const repo = createGitRepo({
      [CONFIG]: onlyChecksConfig(),
      'deploy/payments.yaml': payments,
      '.k8s/nightly.yml': nightly,
      'docs/readme.md': 'not a manifest',
    });
    const server = await api();

    const result = await runAction({
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      payload: { inputs: {}, ref: 'refs/heads/main' },
      apiUrl: server.url,
      sha: repo.head(),
    });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('(a workflow_dispatch event has no change set)');
    expect(server.state.checkRuns[0].head_sha).toBe(repo.head());
    expect(annotatedPaths(server).sort()).toEqual([
      '.k8s/nightly.yml',
      'deploy/payments.yaml',
    ]);
    expect(server.requestsTo(ROUTES.createComment)).toEqual([]);
  });

  test('scope: all on a pull request checks unchanged files too', async () => {
    const pr = await pullRequestScenario({
      base: { [CONFIG]: onlyChecksConfig(), 'jobs/nightly.yaml': nightly },
      head: { 'deploy/web.yaml': web },
    });
    apis.push(pr.api);

    const result = await pr.run({ scope: 'all' });

    expect(result.exitCode).toBe(1);
    expect(pr.api.requestsTo(ROUTES.pullFiles)).toEqual([]);
    expect(annotatedPaths(pr.api)).toEqual(['jobs/nightly.yaml']);
  });

  test('paths and exclude narrow the changed files', async () => {
    const pr = await pullRequestScenario({
      base: { [CONFIG]: onlyChecksConfig() },
      head: {
        'deploy/prod/payments.yaml': payments,
        'deploy/legacy/nightly.yaml': nightly,
        'other/nightly.yaml': nightly,
      },
    });
    apis.push(pr.api);

    const result = await pr.run({
      paths: 'deploy/**/*.yaml\n',
      exclude: 'deploy/legacy/**',
    });

    expect(annotatedPaths(pr.api)).toEqual(['deploy/prod/payments.yaml']);
    expect(result.stdout).toContain('pull request #17: 3 changed, 1 match the paths.');
  });

  test('exclude in the configuration file applies too', async () => {
    const pr = await pullRequestScenario({
      base: { [CONFIG]: `${onlyChecksConfig()}exclude:\n  - "generated/**"\n` },
      head: { 'generated/payments.yaml': payments, 'jobs/nightly.yaml': nightly },
    });
    apis.push(pr.api);

    await pr.run();

    expect(annotatedPaths(pr.api)).toEqual(['jobs/nightly.yaml']);
  });
});
