import { afterAll, describe, expect, test } from 'vitest';
import { fixture, lineOf, onlyChecksConfig } from '../support/checks.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { createGitRepo, removeTempDirs } from '../support/git-repo.js';
import { runAction } from '../support/run-action.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

/** Runs on every file of a workspace holding one fixture; returns [line, message] pairs. */
async function check(path: string, text: string) {
  const repo = createGitRepo({
    '.github/podspec-check.yaml': onlyChecksConfig(),
    [path]: text,
  });
  const api = await startGitHubApi();
  apis.push(api);
  const result = await runAction({
    workspace: repo.dir,
    eventName: 'workflow_dispatch',
    payload: {},
    apiUrl: api.url,
    sha: repo.head(),
    inputs: { 'fail-on': 'never' },
  });
  expect(result.exitCode).toBe(0);
  const annotations = api.state.checkRuns[0].annotations;
  return { result, annotations, found: annotations.map((a) => [a.start_line, a.title]) };
}

describe.concurrent('manifests in their forms', () => {
  test('a YAML syntax error is a yaml-syntax finding at its line', async () => {
    const text = fixture('manifests/broken.yaml');
    const { found, annotations } = await check('deploy/broken.yaml', text);

    expect(found).toEqual([[lineOf(text, 'image: "ghcr.io'), 'yaml-syntax']]);
    expect(annotations[0].message).toContain('This YAML document does not parse');
  });

  test('a Helm template is listed as skipped, not reported as a syntax error', async () => {
    const { found, result } = await check(
      'chart/templates/deployment.yaml',
      fixture('manifests/chart/templates/deployment.yaml'),
    );

    expect(found).toEqual([]);
    expect(result.summary).toContain('1 file not checked');
    expect(result.summary).toContain(
      '<code>chart/templates/deployment.yaml</code>: Helm/Go template: render it first, then check the output',
    );
  });

  test('the items of a kind: List are checked', async () => {
    const text = fixture('manifests/workers-list.yaml');
    const { found, annotations } = await check('ops/workers.yaml', text);

    expect(found).toEqual([
      [
        lineOf(text, 'imagePullPolicy: IfNotPresent'),
        'image-pull-policy (container shell)',
      ],
    ]);
    expect(annotations[0].message).toContain(
      'Container "shell" of Pod "ops/debug-shell"',
    );
  });

  test('every document of a multi-document file is checked; a document without kind yields nothing', async () => {
    const text = fixture('manifests/platform.yaml');
    const { found, annotations } = await check('platform/all.yaml', text);

    expect(found).toEqual([
      [lineOf(text, 'imagePullPolicy: always'), 'image-pull-policy (container redis)'],
      [lineOf(text, '- name: exporter'), 'image-pull-policy (container exporter)'],
    ]);
    expect(annotations[0].message).toContain('which the API server rejects');
    expect(annotations[0].message).toContain('write `Always` with a capital A');
    expect(annotations[1].message).toContain(
      'its tag is `latest`, so Kubernetes defaults it to Always today',
    );
  });

  test('a JSON manifest is checked with exact positions', async () => {
    const text = fixture('manifests/search.json');
    const { annotations } = await check('shop/search.json', text);

    const line = lineOf(text, '"imagePullPolicy": "IfNotPresent"');
    const column = text.split('\n')[line - 1].indexOf('"IfNotPresent"') + 1;
    expect(annotations.map((a) => [a.start_line, a.start_column, a.end_column])).toEqual([
      [line, column, column + '"IfNotPresent"'.length],
    ]);
  });

  test('custom resources with a pod template are checked: Argo Rollout, OpenShift DeploymentConfig, CronJob', async () => {
    const rollout = fixture('manifests/checkout-rollout.yaml');
    const dc = fixture('manifests/legacy-deploymentconfig.yaml');
    const cron = fixture('manifests/nightly-report.yaml');
    const text = `${rollout}---\n${dc}---\n${cron}`;
    const { found, annotations } = await check('apps/all.yaml', text);

    expect(found).toEqual([
      [
        lineOf(text, 'imagePullPolicy: IfNotPresent'),
        'image-pull-policy (container checkout)',
      ],
      [lineOf(text, '- name: billing'), 'image-pull-policy (container billing)'],
      [lineOf(text, 'imagePullPolicy: Never'), 'image-pull-policy (container report)'],
    ]);
    expect(annotations[1].message).toContain(
      'image `image-registry.openshift-image-registry.svc:5000/billing/legacy:2019.4` Kubernetes defaults it to IfNotPresent',
    );
    expect(annotations[2].message).toContain('CronJob "analytics/nightly-report"');
  });
});
