import { afterAll, describe, expect, test } from 'vitest';
import type { GitHubApi } from '../support/github-api.js';
import { removeTempDirs } from '../support/git-repo.js';
import { deploymentWithoutPolicies } from '../support/manifests.js';
import { pullRequestPayload, pullRequestScenario } from '../support/scenarios.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

describe('two runs of the same pull request at once (a quick second push)', () => {
  test('leave one sticky comment, and it describes the newer head', async () => {
    const pr = await pullRequestScenario({
      base: { 'deploy/web.yaml': deploymentWithoutPolicies('web', 1) },
      head: { 'deploy/web.yaml': deploymentWithoutPolicies('web', 2) },
    });
    apis.push(pr.api);
    // The first push's run: its head is no longer the pull request's head.
    const outdatedHead = pr.baseSha;
    const outdated = pullRequestPayload({
      number: pr.number,
      headSha: outdatedHead,
      baseSha: pr.baseSha,
    });

    const [first, second] = await Promise.all([
      pr.run({ comment: 'always' }, { payload: outdated }),
      pr.run({ comment: 'always' }),
    ]);

    expect(first.exitCode).toBe(1);
    expect(second.exitCode).toBe(1);
    for (const result of [first, second])
      expect(result.stdout).not.toContain('stopped unexpectedly');
    expect(pr.api.state.comments).toHaveLength(1);
    expect(pr.api.state.comments[0].body).toContain(`podspec-check-head:${pr.headSha}`);

    // A later run for the outdated head leaves the newer head's comment alone.
    const late = await pr.run({ comment: 'always' }, { payload: outdated });
    expect(late.exitCode).toBe(1);
    expect(pr.api.state.comments).toHaveLength(1);
    expect(pr.api.state.comments[0].body).toContain(`podspec-check-head:${pr.headSha}`);
  });
});
