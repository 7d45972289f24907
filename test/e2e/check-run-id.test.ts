import { afterAll, describe, expect, test } from 'vitest';
import { onlyChecksConfig } from '../support/checks.js';
import type { GitHubApi } from '../support/github-api.js';
import { removeTempDirs } from '../support/git-repo.js';
import { deploymentWithoutPolicies } from '../support/manifests.js';
import { pullRequestScenario, ROUTES } from '../support/scenarios.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

const CONFIG = '.github/podspec-check.yaml';

describe.concurrent('the check-run-id output', () => {
  test('names the check run that exists when sending its annotations failed', async () => {
    const pr = await pullRequestScenario({
      base: { [CONFIG]: onlyChecksConfig(['image-pull-policy']), 'README.md': '# x\n' },
      head: { 'deploy/web.yaml': deploymentWithoutPolicies('web', 2) },
    });
    apis.push(pr.api);
    // The update that carries the annotations is refused; the retry plugin leaves a
    // 422 alone, so the run is completed without them.
    pr.api.inject(ROUTES.updateCheckRun, {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'CheckRun', code: 'invalid', field: 'annotations' }],
      },
    });

    const result = await pr.run();

    const [run] = pr.api.state.checkRuns;
    expect(pr.api.state.checkRuns).toHaveLength(1);
    expect(pr.api.requestsTo(ROUTES.updateCheckRun).map((r) => r.status)).toEqual([
      422, 200,
    ]);
    expect(run.status).toBe('completed');
    expect(run.conclusion).toBe('failure');
    expect(run.annotations).toEqual([]);
    expect(result.outputs['check-run-id']).toBe(String(run.id));
    // The findings still reach the diff, as the runner's annotations.
    expect(
      result.annotations
        .filter((a) => a.command === 'error')
        .map((a) => a.properties.file),
    ).toEqual(['deploy/web.yaml', 'deploy/web.yaml']);
    expect(result.exitCode).toBe(1);
  });
});
