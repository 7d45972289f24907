import { afterAll, describe, expect, test } from 'vitest';
import { fixture, lineOf, onlyChecksConfig } from '../support/checks.js';
import type { GitHubApi } from '../support/github-api.js';
import { removeTempDirs } from '../support/git-repo.js';
import { brokenYaml, deploymentWithoutPolicies } from '../support/manifests.js';
import { pullRequestScenario, ROUTES } from '../support/scenarios.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

const CONFIG = '.github/podspec-check.yaml';
const READ_ONLY = { permissions: { checks: 'none', pullRequests: 'none' } } as const;

/** 13 missing policies (errors) and 12 broken files (yaml-syntax set to warning). */
function manyFindings(): Record<string, string> {
  const files: Record<string, string> = {
    'deploy/batch.yaml': deploymentWithoutPolicies('batch', 13),
  };
  for (let i = 1; i <= 12; i++)
    files[`broken/b${String(i).padStart(2, '0')}.yaml`] = brokenYaml(`b${i}`);
  return files;
}

async function forkScenario(head: Record<string, string>) {
  const pr = await pullRequestScenario({
    base: {
      [CONFIG]: onlyChecksConfig(['image-pull-policy'], { 'yaml-syntax': 'warning' }),
    },
    head,
    headRepo: 'contributor/deploy',
    state: { ...READ_ONLY },
  });
  apis.push(pr.api);
  return pr;
}

describe.concurrent('a pull request from a fork, whose token is read-only', () => {
  test('shows findings as workflow-command annotations within the runner limit of 10 per level, and one line for the rest', async () => {
    const pr = await forkScenario(manyFindings());

    const result = await pr.run();

    expect(result.stdout).not.toContain('stopped unexpectedly');
    expect(result.exitCode).toBe(1);
    expect(pr.api.unknownRequests()).toEqual([]);
    expect(pr.api.requestsTo(ROUTES.createCheckRun).map((r) => r.status)).toEqual([403]);
    expect(pr.api.requestsTo(ROUTES.updateCheckRun)).toEqual([]);
    expect(pr.api.requestsTo(ROUTES.createComment).map((r) => r.status)).toEqual([403]);
    expect(pr.api.state.comments).toEqual([]);

    const errors = result.annotations.filter((a) => a.command === 'error');
    const warnings = result.annotations.filter((a) => a.command === 'warning');
    // The runner shows 10 per level and step; the failure message takes one error slot,
    // the two lost-permission warnings and the line about the rest take three warnings.
    expect(errors).toHaveLength(9);
    expect(warnings).toHaveLength(7);
    const allWarnings = result.commands.filter((c) => c.command === 'warning');
    const allErrors = result.commands.filter((c) => c.command === 'error');
    expect(allWarnings.length).toBeLessThanOrEqual(10);
    expect(allErrors.length).toBeLessThanOrEqual(10);
    const batch = deploymentWithoutPolicies('batch', 13);
    expect(errors[0].properties).toMatchObject({
      file: 'deploy/batch.yaml',
      line: String(lineOf(batch, '- name: worker-1')),
      title: 'image-pull-policy',
    });
    expect(errors[0].message).toContain(
      'Container "worker-1" of Deployment "shop/batch"',
    );
    expect(warnings[0].properties).toMatchObject({
      file: 'broken/b01.yaml',
      title: 'yaml-syntax',
    });
    expect(result.stdout).toMatch(
      /^::warning::9 more findings are not shown as annotations .*the job summary lists them all\.$/m,
    );
    // The job summary still lists every finding.
    expect(result.summary.match(/`image-pull-policy`/g)?.length).toBeGreaterThanOrEqual(
      13,
    );
    expect(result.summary).toContain('may not create the check run');
    expect(result.outputs).toMatchObject({
      findings: '25',
      errors: '13',
      warnings: '12',
      'check-run-id': '',
      'comment-url': '',
      conclusion: 'failure',
    });
  });

  test('passes when no finding reaches fail-on, still without crashing', async () => {
    const pr = await forkScenario(manyFindings());

    const result = await pr.run({ 'fail-on': 'never' });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toContain('stopped unexpectedly');
    expect(result.annotations.filter((a) => a.command === 'error')).toHaveLength(9);
    expect(result.outputs.conclusion).toBe('success');
  });

  test('annotates a finding with its exact line and columns on a one-line finding', async () => {
    const rollout = fixture('manifests/checkout-rollout.yaml');
    const pr = await forkScenario({ 'deploy/rollout.yaml': rollout });

    const result = await pr.run();

    expect(result.exitCode).toBe(1);
    const line = lineOf(rollout, 'imagePullPolicy: IfNotPresent');
    const column = rollout.split('\n')[line - 1].indexOf('IfNotPresent') + 1;
    expect(result.annotations).toEqual([
      {
        command: 'error',
        properties: {
          title: 'image-pull-policy',
          file: 'deploy/rollout.yaml',
          line: String(line),
          endLine: String(line),
          col: String(column),
          endColumn: String(column + 'IfNotPresent'.length),
        },
        message: expect.stringContaining(
          'Container "checkout" of Rollout "shop/checkout" has imagePullPolicy `IfNotPresent`',
        ),
      },
    ]);
    expect(result.stdout).not.toContain('more findings are not shown');
  });

  test('with pull_request_target the token may write, so the check run is used', async () => {
    const pr = await pullRequestScenario({
      base: { [CONFIG]: onlyChecksConfig() },
      head: { 'deploy/rollout.yaml': fixture('manifests/checkout-rollout.yaml') },
      headRepo: 'contributor/deploy',
      eventName: 'pull_request_target',
    });
    apis.push(pr.api);

    const result = await pr.run();

    expect(result.exitCode).toBe(1);
    expect(pr.api.state.checkRuns).toHaveLength(1);
    expect(pr.api.state.checkRuns[0].annotations).toHaveLength(1);
    expect(result.annotations).toEqual([]);
  });
});
