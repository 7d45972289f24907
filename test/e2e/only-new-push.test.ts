import { afterAll, describe, expect, test } from 'vitest';
import { onlyChecksConfig } from '../support/checks.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { createGitRepo, removeTempDirs } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';
import { pushPayload } from '../support/scenarios.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

function cronJob(containers: string[]): string {
  return [
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata:',
    '  name: ledger-close',
    'spec:',
    '  schedule: "0 2 * * *"',
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        spec:',
    '          restartPolicy: OnFailure',
    '          containers:',
    ...containers.flatMap((name) => [
      `            - name: ${name}`,
      `              image: registry.example/finance/${name}:2.0.1`,
    ]),
    '',
  ].join('\n');
}

describe.concurrent('only-new on a push', () => {
  test('compares with the commit before the push', async () => {
    const repo = createGitRepo({
      '.github/podspec-check.yaml': onlyChecksConfig(),
      'jobs/ledger.yaml': cronJob(['close']),
    });
    const before = repo.head();
    const after = repo.commit('Add a reconcile step', {
      'jobs/ledger.yaml': cronJob(['close', 'reconcile']),
    });
    const api = await startGitHubApi({});
    apis.push(api);

    const result = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      payload: pushPayload(before, after),
      inputs: { 'only-new': 'true' },
      apiUrl: api.url,
    });

    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ findings: '1', conclusion: 'failure' });
    expect(result.summary).toContain('**New: 1** · Existing: 1 · Fixed by this push: 0');
    expect(api.state.checkRuns[0].annotations.map((a) => a.title)).toEqual([
      'image-pull-policy (container reconcile)',
    ]);
  });

  test('counts every finding when the push created the branch and says why', async () => {
    const repo = createGitRepo({
      '.github/podspec-check.yaml': onlyChecksConfig(),
      'jobs/ledger.yaml': cronJob(['close']),
    });
    const api = await startGitHubApi({});
    apis.push(api);

    const result = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      payload: pushPayload('0'.repeat(40), repo.head()),
      inputs: { 'only-new': 'true' },
      apiUrl: api.url,
    });

    expect(result.exitCode).toBe(1);
    expect(result.outputs.findings).toBe('1');
    expect(result.summary).toContain(
      'only-new needs the list of changed files, which this run does not have (the push created the branch): every finding counts.',
    );
  });
});
