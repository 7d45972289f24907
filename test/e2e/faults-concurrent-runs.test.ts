import { afterAll, describe, expect, test } from 'vitest';
import type { GitHubApi } from '../support/github-api.js';
import { removeTempDirs } from '../support/git-repo.js';
import { deploymentWithoutPolicies } from '../support/manifests.js';
import { pullRequestPayload, pullRequestScenario, ROUTES } from '../support/scenarios.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

describe('two runs of the same pull request at once (a quick second push)', () => {
  test('may leave two sticky comments, which the next run for the newer head settles to one', async () => {
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
    // Slow comment writes make both runs look before either writes, as on GitHub.
    pr.api.inject(ROUTES.createComment, { delayMs: 1500, times: 2 });

    const [first, second] = await Promise.all([
      pr.run({ comment: 'always' }, { payload: outdated }),
      pr.run({ comment: 'always' }),
    ]);

    expect(first.exitCode).toBe(1);
    expect(second.exitCode).toBe(1);
    for (const result of [first, second])
      expect(result.stdout).not.toContain('stopped unexpectedly');
    const afterRace = pr.api.state.comments.map((c) => ({ ...c }));
    expect(afterRace.length).toBeLessThanOrEqual(2);
    expect(afterRace.map((c) => c.body)).toContainEqual(
      expect.stringContaining(`podspec-check-head:${pr.headSha}`),
    );

    // A later run for the outdated head changes and deletes nothing.
    const late = await pr.run({ comment: 'always' }, { payload: outdated });
    expect(late.exitCode).toBe(1);
    expect(pr.api.state.comments).toEqual(afterRace);

    // The next run for the newer head keeps the oldest comment and deletes the other.
    const next = await pr.run({ comment: 'always' });
    expect(next.exitCode).toBe(1);
    expect(pr.api.state.comments.map((c) => c.id)).toEqual([afterRace[0].id]);
    expect(pr.api.state.comments[0].body).toContain(`podspec-check-head:${pr.headSha}`);
  });
});
