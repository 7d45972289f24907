import { afterAll, describe, expect, test } from 'vitest';
import { fixture, lineOf, onlyChecksConfig } from '../support/checks.js';
import type { GitHubApi } from '../support/github-api.js';
import { removeTempDirs } from '../support/git-repo.js';
import { pullRequestScenario, ROUTES } from '../support/scenarios.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

const CONFIG = '.github/podspec-check.yaml';
const payments = fixture('manifests/payments-deployment.yaml');

/** The requests in order, less the comment lookup, which runs alongside the check run's. */
function withoutLookup(api: GitHubApi): string[] {
  return api
    .sequence()
    .filter((r) => r !== 'GET /repos/octo-shop/deploy/issues/17/comments');
}

describe.concurrent('a pull request from the same repository', () => {
  test('creates an in-progress check run on the head, completes it with annotations on the head lines, and comments once', async () => {
    const pr = await pullRequestScenario({
      base: {
        [CONFIG]: onlyChecksConfig(),
        'deploy/web.yaml': fixture('manifests/web-deployment.yaml'),
      },
      head: { 'deploy/payments.yaml': payments },
    });
    apis.push(pr.api);

    const result = await pr.run();

    expect(result.exitCode).toBe(1);
    expect(pr.api.unknownRequests()).toEqual([]);
    // The earlier comment is looked up while the check run is published, once. No
    // comment carries the marker, so who the token is does not matter.
    expect(withoutLookup(pr.api)).toEqual([
      'GET /repos/octo-shop/deploy/pulls/17/files',
      'POST /repos/octo-shop/deploy/check-runs',
      `PATCH /repos/octo-shop/deploy/check-runs/${result.outputs['check-run-id']}`,
      // Not read again: a duplicate from a concurrent run is deleted by the next run.
      'POST /repos/octo-shop/deploy/issues/17/comments',
    ]);
    expect(pr.api.requestsTo(ROUTES.listComments)).toHaveLength(1);
    expect(pr.api.requests.every((r) => r.authorized)).toBe(true);

    const [create] = pr.api.requestsTo(ROUTES.createCheckRun);
    expect(create.body).toMatchObject({
      name: 'podspec-check',
      head_sha: pr.headSha,
      status: 'in_progress',
    });
    expect(pr.headSha).not.toBe(pr.checkedOut);

    const [run] = pr.api.state.checkRuns;
    expect(run).toMatchObject({
      head_sha: pr.headSha,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(run.output.title).toBe('2 findings: 2 errors, 0 warnings');
    expect(run.output.summary).toContain('deploy/payments.yaml');
    const policyLine = lineOf(payments, 'imagePullPolicy: IfNotPresent');
    const apiLine = lineOf(payments, '- name: api');
    expect(run.annotations.map((a) => [a.path, a.start_line, a.end_line])).toEqual([
      ['deploy/payments.yaml', policyLine, policyLine],
      ['deploy/payments.yaml', apiLine, apiLine],
    ]);
    const [onPolicy, onContainer] = run.annotations;
    expect(onPolicy).toMatchObject({
      annotation_level: 'failure',
      title: 'image-pull-policy (container migrate)',
      start_column: payments.split('\n')[policyLine - 1].indexOf('IfNotPresent') + 1,
      end_column:
        payments.split('\n')[policyLine - 1].indexOf('IfNotPresent') +
        1 +
        'IfNotPresent'.length,
    });
    expect(onPolicy.message).toContain('Set `imagePullPolicy: Always`.');
    expect(onContainer.message).toMatch(
      /Container "api" of Deployment "shop\/payments" has no imagePullPolicy: for image `registry\.internal:5000\/shop\/payments:3\.2\.0` Kubernetes defaults it to IfNotPresent/,
    );
    expect(onContainer.message).toContain('Why: ');
    expect(onContainer.message).toContain('Fix: Add `imagePullPolicy: Always`');

    const [comment] = pr.api.state.comments;
    expect(pr.api.state.comments).toHaveLength(1);
    expect(comment.user.login).toBe('github-actions[bot]');
    expect(comment.body.split('\n')[0]).toBe('<!-- podspec-check:podspec-check -->');
    expect(comment.body).toContain(`<!-- podspec-check-head:${pr.headSha} -->`);
    expect(comment.body).toContain('podspec-check: 2 errors');
    expect(result.outputs['comment-url']).toBe(
      `https://github.com/octo-shop/deploy/pull/17#issuecomment-${comment.id}`,
    );
    expect(result.stdout).toContain(
      '::error::2 findings (2 errors, 0 warnings, 0 notices) reach fail-on: error.',
    );
    // The check run carries the annotations; the log does not repeat them.
    expect(result.annotations).toEqual([]);
  });

  test('checks a renamed file under its new name and skips a removed file', async () => {
    const nightly = fixture('manifests/nightly-report.yaml');
    const pr = await pullRequestScenario({
      base: {
        [CONFIG]: onlyChecksConfig(),
        'jobs/report-cron.yaml': nightly,
        'deploy/payments.yaml': payments,
      },
      head: {
        'jobs/report-cron.yaml': null,
        'jobs/nightly-report.yaml': nightly,
        'deploy/payments.yaml': null,
      },
    });
    apis.push(pr.api);
    expect(pr.files.map((f) => [f.filename, f.status])).toEqual([
      ['deploy/payments.yaml', 'removed'],
      ['jobs/nightly-report.yaml', 'renamed'],
    ]);

    const result = await pr.run();

    expect(result.exitCode).toBe(1);
    expect(pr.api.unknownRequests()).toEqual([]);
    const [run] = pr.api.state.checkRuns;
    const neverLine = lineOf(nightly, 'imagePullPolicy: Never');
    expect(run.annotations.map((a) => [a.path, a.start_line])).toEqual([
      ['jobs/nightly-report.yaml', neverLine],
    ]);
    expect(result.outputs.findings).toBe('1');
    expect(result.stdout).toContain('pull request #17: 2 changed, 1 match the paths.');
  });

  test('reads every page of the file list and checks a file listed on the last page', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 230; i++) {
      const name = `config/settings-${String(i).padStart(3, '0')}.yaml`;
      many[name] =
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${i}\ndata:\n  level: "${i}"\n`;
    }
    const pr = await pullRequestScenario({
      base: { [CONFIG]: onlyChecksConfig() },
      head: { ...many, 'zz-last/payments.yaml': payments },
    });
    apis.push(pr.api);

    const result = await pr.run();

    expect(result.exitCode).toBe(1);
    expect(pr.api.unknownRequests()).toEqual([]);
    expect(pr.api.requestsTo(ROUTES.pullFiles).map((r) => r.query)).toEqual([
      { per_page: '100' },
      { per_page: '100', page: '2' },
      { per_page: '100', page: '3' },
    ]);
    expect(result.stdout).toContain(
      'pull request #17: 231 changed, 231 match the paths.',
    );
    expect(pr.api.state.checkRuns[0].annotations.map((a) => a.path)).toEqual([
      'zz-last/payments.yaml',
      'zz-last/payments.yaml',
    ]);
  });

  test('passes with a success conclusion and no comment when the changed manifests are compliant', async () => {
    const pr = await pullRequestScenario({
      base: { [CONFIG]: onlyChecksConfig() },
      head: { 'deploy/web.yaml': fixture('manifests/web-deployment.yaml') },
    });
    apis.push(pr.api);

    const result = await pr.run();

    expect(result.exitCode).toBe(0);
    // Nothing to annotate: the check run is created complete, in one write.
    expect(withoutLookup(pr.api)).toEqual([
      'GET /repos/octo-shop/deploy/pulls/17/files',
      'POST /repos/octo-shop/deploy/check-runs',
    ]);
    expect(pr.api.requestsTo(ROUTES.listComments)).toHaveLength(1);
    expect(pr.api.requestsTo(ROUTES.createCheckRun)[0].body).toMatchObject({
      status: 'completed',
      conclusion: 'success',
    });
    expect(pr.api.state.checkRuns[0]).toMatchObject({
      conclusion: 'success',
      output: { title: 'No findings' },
      annotations: [],
    });
    expect(pr.api.state.comments).toEqual([]);
    expect(pr.api.requestsTo(ROUTES.createComment)).toEqual([]);
    expect(result.outputs).toMatchObject({
      findings: '0',
      conclusion: 'success',
      'comment-url': '',
    });
    expect(result.stdout).toContain(
      'No findings and no earlier comment: nothing to comment.',
    );
  });
});
