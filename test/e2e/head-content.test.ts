import { symlinkSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { fixture, lineOf, onlyChecksConfig } from '../support/checks.js';
import type { GitHubApi } from '../support/github-api.js';
import { createGitRepo, removeTempDirs } from '../support/git-repo.js';
import { pullRequestScenario, ROUTES } from '../support/scenarios.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

const CONFIG = '.github/podspec-check.yaml';
const payments = fixture('manifests/payments-deployment.yaml');
// main adds a comment block at the top meanwhile, so the merge commit's lines are
// shifted against the head's; the head changes a line further down.
const onMain = `# Owned by the payments team.\n# Rotate credentials before changing replicas.\n${payments}`;
const onHead = payments.replace('replicas: 2', 'replicas: 4');

async function mergeScenario() {
  const pr = await pullRequestScenario({
    base: { [CONFIG]: onlyChecksConfig(), 'deploy/payments.yaml': payments },
    head: { 'deploy/payments.yaml': onHead },
    baseAfter: { 'deploy/payments.yaml': onMain },
  });
  apis.push(pr.api);
  return pr;
}

describe.concurrent('the content that is checked is the head version', () => {
  test('reads a file that differs at the merge commit from git objects, with the head lines', async () => {
    const pr = await mergeScenario();
    expect(pr.repo.show('deploy/payments.yaml', pr.checkedOut).toString()).toContain(
      '# Owned by the payments team.',
    );

    const result = await pr.run();

    expect(result.stdout).toContain(
      'Read 1 file: 0 from the workspace, 1 from git objects, 0 through the API.',
    );
    expect(pr.api.requestsTo(ROUTES.blob)).toEqual([]);
    expect(pr.api.state.checkRuns[0].annotations.map((a) => a.start_line)).toEqual([
      lineOf(onHead, 'imagePullPolicy: IfNotPresent'),
      lineOf(onHead, '- name: api'),
    ]);
  });

  test('fetches the head blob through the API when the checkout lacks it', async () => {
    const pr = await mergeScenario();
    // A workspace with only the merge result, as a shallow checkout of the merge ref has.
    const shallow = createGitRepo({
      [CONFIG]: onlyChecksConfig(),
      'deploy/payments.yaml': pr.repo.show('deploy/payments.yaml', pr.checkedOut),
    });
    const headBlob = pr.files[0].sha;
    expect(() => shallow.git('cat-file', '-e', headBlob)).toThrow();

    const result = await pr.run({}, { workspace: shallow.dir, sha: shallow.head() });

    expect(result.stdout).toContain(
      'Read 1 file: 0 from the workspace, 0 from git objects, 1 through the API.',
    );
    expect(pr.api.requestsTo(ROUTES.blob).map((r) => r.path)).toEqual([
      `/repos/octo-shop/deploy/git/blobs/${headBlob}`,
    ]);
    expect(pr.api.state.checkRuns[0].annotations.map((a) => a.start_line)).toEqual([
      lineOf(onHead, 'imagePullPolicy: IfNotPresent'),
      lineOf(onHead, '- name: api'),
    ]);
    expect(pr.api.unknownRequests()).toEqual([]);
  });

  test('a file the workspace holds at the head blob is read from disk with no request', async () => {
    const pr = await pullRequestScenario({
      base: { [CONFIG]: onlyChecksConfig() },
      head: { 'deploy/payments.yaml': payments },
    });
    apis.push(pr.api);

    const result = await pr.run();

    expect(result.stdout).toContain(
      'Read 1 file: 1 from the workspace, 0 from git objects, 0 through the API.',
    );
    expect(pr.api.requestsTo(ROUTES.blob)).toEqual([]);
  });

  test('never reads through a symbolic link that the pull request adds', async () => {
    const pr = await pullRequestScenario({
      base: { [CONFIG]: onlyChecksConfig() },
      head: { 'deploy/payments.yaml': payments },
      checkout: 'head',
    });
    apis.push(pr.api);
    // Replace the file in the workspace by a link to a file outside it.
    const outside = createGitRepo({ 'secret.yaml': payments });
    pr.repo.write({ 'deploy/payments.yaml': null });
    symlinkSync(`${outside.dir}/secret.yaml`, `${pr.repo.dir}/deploy/payments.yaml`);

    const result = await pr.run();

    expect(result.stdout).toContain(
      'Not checked: deploy/payments.yaml is a symbolic link',
    );
    expect(pr.api.state.checkRuns[0].annotations).toEqual([]);
  });
});
