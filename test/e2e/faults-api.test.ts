import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { onlyChecksConfig } from '../support/checks.js';
import { WORKFLOW_TOKEN, type GitHubApi } from '../support/github-api.js';
import { removeTempDirs } from '../support/git-repo.js';
import { deploymentWithoutPolicies } from '../support/manifests.js';
import type { ActionResult } from '../support/run-action.js';
import { pullRequestScenario, ROUTES } from '../support/scenarios.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

/** The workflow token the runs get: it must never be printed or sent anywhere else. */
const SECRET_TOKEN = WORKFLOW_TOKEN;
const CONFIG = '.github/podspec-check.yaml';

async function scenario(options: { baseAfter?: Record<string, string> } = {}) {
  const pr = await pullRequestScenario({
    base: {
      [CONFIG]: onlyChecksConfig(['image-pull-policy']),
      'deploy/web.yaml': deploymentWithoutPolicies('web', 1),
    },
    head: {
      'deploy/web.yaml': deploymentWithoutPolicies('web', 2),
      'deploy/api.yaml': deploymentWithoutPolicies('api', 1),
    },
    baseAfter: options.baseAfter,
  });
  apis.push(pr.api);
  return pr;
}

/** Everything the run printed or wrote, apart from the mask command that registers it. */
function everythingPrinted(result: ActionResult): string {
  const stdout = result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, result.stderr, result.summary, JSON.stringify(result.outputs)].join(
    '\n',
  );
}

/** What every faulty run must still do: end, fail on its findings, leak and crash nothing. */
function expectCleanEnd(result: ActionResult, api: GitHubApi): void {
  expect(result.exitCode).toBe(1);
  expect(result.outputs.findings).toBe('3');
  const printed = everythingPrinted(result);
  expect(printed).not.toContain(SECRET_TOKEN);
  expect(printed).not.toContain('stopped unexpectedly');
  expect(printed).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(JSON.stringify(api.requests)).not.toContain(SECRET_TOKEN);
  expect(result.stdout).toContain(`::add-mask::${SECRET_TOKEN}`);
  expect(api.unknownRequests()).toEqual([]);
}

const run = (
  pr: Awaited<ReturnType<typeof scenario>>,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
) => pr.run(inputs, { token: SECRET_TOKEN, env });

function warningsAbout(result: ActionResult, pattern: RegExp) {
  return result.commands.filter(
    (c) => c.command === 'warning' && pattern.test(c.message),
  );
}

describe.concurrent(
  'API faults are retried, waited out, or degrade one capability',
  () => {
    test('retries one 500 on the file list and checks everything', async () => {
      const pr = await scenario();
      pr.api.inject(ROUTES.pullFiles, { status: 500, body: { message: 'Server Error' } });
      const result = await run(pr);
      expectCleanEnd(result, pr.api);
      expect(pr.api.requestsTo(ROUTES.pullFiles).map((r) => r.status)).toEqual([
        500, 200,
      ]);
      expect(pr.api.state.checkRuns).toHaveLength(1);
    });

    test('waits out a secondary rate limit with retry-after and then creates the check run', async () => {
      const pr = await scenario();
      pr.api.inject(ROUTES.createCheckRun, {
        status: 403,
        headers: { 'retry-after': '1' },
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes.',
          documentation_url: 'https://docs.github.com/rest',
        },
      });
      const result = await run(pr);
      expectCleanEnd(result, pr.api);
      expect(pr.api.requestsTo(ROUTES.createCheckRun).map((r) => r.status)).toEqual([
        403, 201,
      ]);
      expect(warningsAbout(result, /secondary rate limit/)).toHaveLength(1);
      expect(pr.api.state.checkRuns[0].conclusion).toBe('failure');
    });

    test('gives up on a request slower than the timeout, retries it, and finishes', async () => {
      const pr = await scenario();
      pr.api.inject(ROUTES.pullFiles, { delayMs: 8_000 });
      const result = await run(pr, {}, { PODSPEC_CHECK_REQUEST_TIMEOUT_MS: '1500' });
      expectCleanEnd(result, pr.api);
      expect(pr.api.requestsTo(ROUTES.pullFiles).length).toBeGreaterThanOrEqual(2);
      expect(pr.api.state.checkRuns).toHaveLength(1);
    });

    test('a 403 on check runs falls back to runner annotations and keeps the comment', async () => {
      const pr = await scenario();
      pr.api.inject(ROUTES.createCheckRun, {
        status: 403,
        body: { message: 'Resource not accessible by integration' },
      });
      const result = await run(pr);
      expectCleanEnd(result, pr.api);
      expect(warningsAbout(result, /Could not create the check run/)).toHaveLength(1);
      expect(result.annotations.filter((a) => a.command === 'error')).toHaveLength(3);
      expect(pr.api.state.comments).toHaveLength(1);
      expect(result.summary).toMatch(
        /⚠️ Check run: the token may not create the check run/,
      );
    });

    test('a 403 on comments leaves the check run and says so once', async () => {
      const pr = await scenario();
      pr.api.inject(ROUTES.listComments, {
        status: 403,
        body: { message: 'Resource not accessible by integration' },
      });
      const result = await run(pr);
      expectCleanEnd(result, pr.api);
      expect(
        warningsAbout(result, /Could not write the pull request comment/),
      ).toHaveLength(1);
      expect(pr.api.state.checkRuns[0].annotations).toHaveLength(3);
      expect(pr.api.state.comments).toEqual([]);
      expect(result.summary).toMatch(/Pull request comment: the token may not/);
    });

    test('a 403 on file contents skips only the files it was needed for, said once', async () => {
      // main changed both files too, so the merge commit's files are not the head's, and
      // without local objects the head versions can only come through the API.
      const pr = await scenario({
        baseAfter: {
          'deploy/web.yaml': deploymentWithoutPolicies('web', 1).replace('web', 'web2'),
        },
      });
      rmSync(join(pr.repo.dir, '.git'), { recursive: true, force: true });
      pr.api.inject(ROUTES.blob, {
        status: 403,
        body: { message: 'Resource not accessible by integration' },
        times: Infinity,
      });
      const result = await pr.run({}, { token: SECRET_TOKEN });
      expect(result.exitCode).toBe(1);
      expect(everythingPrinted(result)).not.toContain(SECRET_TOKEN);
      expect(warningsAbout(result, /Could not read file contents/)).toHaveLength(1);
      expect(pr.api.requestsTo(ROUTES.blob)).toHaveLength(1);
      expect(result.summary).toMatch(/deploy\/web\.yaml<\/code>: its head version/);
      expect(pr.api.state.checkRuns).toHaveLength(1);
    });

    test('a 403 on reviews keeps the check run and the comment', async () => {
      const pr = await scenario();
      pr.api.inject(ROUTES.createReview, {
        status: 403,
        body: { message: 'Resource not accessible by integration' },
        times: Infinity,
      });
      const result = await run(pr, { fix: 'suggest' });
      expect(result.exitCode).toBe(1);
      expect(everythingPrinted(result)).not.toContain(SECRET_TOKEN);
      expect(everythingPrinted(result)).not.toContain('stopped unexpectedly');
      expect(pr.api.requestsTo(ROUTES.createReview).map((r) => r.status)).toEqual([403]);
      expect(warningsAbout(result, /review/i).length).toBeLessThanOrEqual(1);
      expect(pr.api.state.checkRuns.length).toBeGreaterThanOrEqual(1);
      expect(pr.api.state.comments).toHaveLength(1);
    });

    test('a 422 on the fix commit ends the run with a message, not a crash', async () => {
      const pr = await scenario();
      pr.api.inject(ROUTES.graphql, {
        status: 422,
        body: {
          message: 'Reference update failed',
          documentation_url: 'https://docs.github.com',
        },
        times: Infinity,
      });
      const result = await run(pr, { fix: 'commit' });
      expect(result.exitCode).toBe(1);
      const printed = everythingPrinted(result);
      expect(printed).not.toContain(SECRET_TOKEN);
      expect(printed).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(result.outputs['fix-commit'] ?? '').toBe('');
      expect(pr.api.state.checkRuns.length).toBeGreaterThanOrEqual(1);
    });
  },
);
