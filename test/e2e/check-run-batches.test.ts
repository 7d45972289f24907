import { afterAll, expect, test } from 'vitest';
import { lineOf, onlyChecksConfig } from '../support/checks.js';
import type { GitHubApi, Json } from '../support/github-api.js';
import { removeTempDirs } from '../support/git-repo.js';
import { deploymentWithoutPolicies } from '../support/manifests.js';
import { pullRequestScenario, ROUTES } from '../support/scenarios.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

interface UpdateBody {
  status?: string;
  conclusion?: string;
  output?: { title: string; summary: string; annotations: { start_line: number }[] };
}

test('120 findings reach the check run in requests of at most 50 annotations, then it completes', async () => {
  const manifest = deploymentWithoutPolicies('fleet', 120);
  const pr = await pullRequestScenario({
    base: { '.github/podspec-check.yaml': onlyChecksConfig() },
    head: { 'deploy/fleet.yaml': manifest },
  });
  apis.push(pr.api);

  const result = await pr.run({ comment: 'off' });

  expect(result.exitCode).toBe(1);
  expect(pr.api.unknownRequests()).toEqual([]);
  const id = result.outputs['check-run-id'];
  expect(pr.api.sequence()).toEqual([
    'GET /repos/octo-shop/deploy/pulls/17/files',
    'POST /repos/octo-shop/deploy/check-runs',
    `PATCH /repos/octo-shop/deploy/check-runs/${id}`,
    `PATCH /repos/octo-shop/deploy/check-runs/${id}`,
    `PATCH /repos/octo-shop/deploy/check-runs/${id}`,
  ]);

  const [create] = pr.api.requestsTo(ROUTES.createCheckRun);
  expect(create.body).toMatchObject({ status: 'in_progress', head_sha: pr.headSha });
  expect(create.body).not.toHaveProperty('conclusion');

  const updates = pr.api
    .requestsTo(ROUTES.updateCheckRun)
    .map((r) => r.body as Json as UpdateBody);
  expect(updates.map((u) => u.output?.annotations.length)).toEqual([50, 50, 20]);
  expect(updates.map((u) => [u.status, u.conclusion])).toEqual([
    [undefined, undefined],
    [undefined, undefined],
    ['completed', 'failure'],
  ]);
  for (const update of updates) {
    expect(update.output?.title).toBe('120 findings: 120 errors, 0 warnings');
    expect(update.output?.summary.length).toBeLessThanOrEqual(65_535);
  }

  // Every finding arrived once, in file order, on its container's line.
  const [run] = pr.api.state.checkRuns;
  expect(run.annotations).toHaveLength(120);
  expect(run.annotations.map((a) => a.start_line)).toEqual(
    Array.from({ length: 120 }, (_, i) => lineOf(manifest, `- name: worker-${i + 1}`)),
  );
  expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
  expect(result.outputs.findings).toBe('120');
});

test('a check run update that GitHub rejects still completes the run, and findings go to the log', async () => {
  const pr = await pullRequestScenario({
    base: { '.github/podspec-check.yaml': onlyChecksConfig() },
    head: { 'deploy/fleet.yaml': deploymentWithoutPolicies('fleet', 3) },
  });
  apis.push(pr.api);
  pr.api.inject(ROUTES.updateCheckRun, {
    status: 422,
    body: {
      message: 'Validation Failed',
      documentation_url: 'https://docs.github.com/rest',
    },
  });

  const result = await pr.run({ comment: 'off' });

  expect(result.exitCode).toBe(1);
  expect(result.stdout).not.toContain('stopped unexpectedly');
  expect(result.stdout).toMatch(
    /::warning::Could not send the findings to the check run: .*HTTP 422/,
  );
  const updates = pr.api.requestsTo(ROUTES.updateCheckRun);
  expect(updates.map((r) => r.status)).toEqual([422, 200]);
  // Never left in progress: a required check would wait forever.
  expect(pr.api.state.checkRuns[0]).toMatchObject({
    status: 'completed',
    conclusion: 'failure',
    annotations: [],
  });
  expect(result.annotations.map((a) => a.properties.file)).toEqual([
    'deploy/fleet.yaml',
    'deploy/fleet.yaml',
    'deploy/fleet.yaml',
  ]);
  expect(result.outputs.findings).toBe('3');
});
