import { afterAll, expect, test } from 'vitest';
import { fixture, onlyChecksConfig } from '../support/checks.js';
import type { GitHubApi } from '../support/github-api.js';
import { removeTempDirs } from '../support/git-repo.js';
import { pullRequestScenario, ROUTES } from '../support/scenarios.js';

// A file of its own: making 3,000 files on disk is slow, and a test file runs in its
// own worker, so the other end-to-end files proceed meanwhile.

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

const CONFIG = '.github/podspec-check.yaml';
const payments = fixture('manifests/payments-deployment.yaml');

test('with more files than GitHub lists, takes the rest from the local git history', async () => {
  const many: Record<string, string> = {};
  for (let i = 0; i < 3004; i++) {
    many[`values/v${String(i).padStart(4, '0')}.yaml`] = `key: ${i}\n`;
  }
  const pr = await pullRequestScenario({
    base: { [CONFIG]: onlyChecksConfig() },
    head: { ...many, 'zz/payments.yaml': payments },
    checkout: 'head',
  });
  apis.push(pr.api);

  const result = await pr.run();

  expect(result.exitCode).toBe(1);
  // GitHub stops at 3,000 files: 30 pages of 100, the file on "page 31" is never listed.
  expect(pr.api.requestsTo(ROUTES.pullFiles)).toHaveLength(30);
  expect(pr.api.state.checkRuns[0].annotations.map((a) => a.path)).toEqual([
    'zz/payments.yaml',
    'zz/payments.yaml',
  ]);
  expect(result.summary).toContain("more than GitHub's 3000-file list shows");
});
