import { afterAll, describe, expect, test } from 'vitest';
import { fixture } from '../support/checks.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api.js';
import { createGitRepo, removeTempDirs } from '../support/git-repo.js';
import { runAction, type ActionResult } from '../support/run-action.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

async function dispatch(
  files: Record<string, string>,
  inputs: Record<string, string>,
): Promise<{ result: ActionResult; api: GitHubApi }> {
  const repo = createGitRepo(files);
  const api = await startGitHubApi();
  apis.push(api);
  const result = await runAction({
    workspace: repo.dir,
    eventName: 'workflow_dispatch',
    payload: {},
    apiUrl: api.url,
    sha: repo.head(),
    inputs,
  });
  return { result, api };
}

const web = { 'deploy/web.yaml': fixture('manifests/web-deployment.yaml') };

describe.concurrent('inputs and configuration', () => {
  test.each([
    ['fail-on', 'errors', 'error, warning, notice, never'],
    ['scope', 'everything', 'changed, all'],
    ['comment', 'yes', 'on-findings, always, off'],
    ['fix', 'push', 'off, commit, suggest'],
  ])(
    'an invalid %s fails naming the input and listing the accepted values',
    async (name, value, accepted) => {
      const { result, api } = await dispatch(web, { [name]: value });

      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain(
        `::error::Input "${name}" is "${value}", which is not accepted. Use one of: ${accepted}.`,
      );
      expect(api.requests).toEqual([]);
    },
  );

  test('an explicit configuration file that does not exist fails the step', async () => {
    const { result, api } = await dispatch(web, { config: 'ci/podspec.yaml' });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /^::error::Configuration file ci\/podspec\.yaml does not exist\./m,
    );
    expect(api.requests).toEqual([]);
  });

  test('the default configuration file may be absent', async () => {
    const { result } = await dispatch(web, {});

    expect(result.stdout).not.toContain('Configuration file');
    expect(result.stdout).not.toContain('stopped unexpectedly');
    expect(result.outputs.conclusion).toBeDefined();
  });

  test('a configuration with an unknown key fails with its file and line', async () => {
    const { result } = await dispatch(
      { ...web, '.github/podspec-check.yaml': 'checks: {}\nexclued:\n  - x\n' },
      {},
    );

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /^::error::\.github\/podspec-check\.yaml:2: unknown key "exclued"\./m,
    );
  });

  test('without a token, findings are still annotated and summarised', async () => {
    const { result, api } = await dispatch(
      { 'jobs/nightly.yaml': fixture('manifests/nightly-report.yaml') },
      { 'github-token': '' },
    );

    expect(api.requests).toEqual([]);
    expect(result.stdout).toContain('::warning::No github-token');
    expect(
      result.annotations.filter((a) => a.properties.title === 'image-pull-policy'),
    ).toHaveLength(1);
    expect(result.summary).toContain('jobs/nightly.yaml');
  });
});
