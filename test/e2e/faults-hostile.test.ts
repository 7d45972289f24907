import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { startGitHubApi, WORKFLOW_TOKEN, type GitHubApi } from '../support/github-api.js';
import { createGitRepo, makeTempDir, removeTempDirs } from '../support/git-repo.js';
import { runAction, type ActionResult } from '../support/run-action.js';
import { pullRequestPayload, ROUTES } from '../support/scenarios.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

const SECRET_CONTENT = 'SECRET-FILE-MARKER-41c9e2';
const EVIL = '</details><img src=x onerror=alert(1)>';

function pod(name: string, container = 'app'): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${JSON.stringify(name)}\nspec:\n  containers:\n  - name: ${JSON.stringify(container)}\n    image: "nginx:1.27"\n`;
}

function billionLaughs(): string {
  const lines = ['  l0: &l0 {name: c, image: "x:1"}'];
  for (let i = 1; i < 10; i++)
    lines.push(
      `  l${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  return `apiVersion: v1\nkind: Pod\nmetadata: {name: bomb}\nx:\n${lines.join('\n')}\nspec:\n  containers: *l9\n`;
}

/** A pull request from a fork that throws everything hostile at the action at once. */
async function hostilePullRequest() {
  const outside = makeTempDir('podspec-outside-');
  const secretFile = join(outside, 'secrets.yaml');
  writeFileSync(secretFile, `${pod(SECRET_CONTENT)}# ${SECRET_CONTENT}\n`);

  const repo = createGitRepo({ 'README.md': 'base\n' });
  const base = repo.head();
  repo.branch('feature');
  repo.write({
    'k8s/$(touch pwned).yaml': pod('dollar'),
    'k8s/`touch pwned`.yaml': pod('backtick'),
    'k8s/with space & "quotes\'.yaml': pod('quotes'),
    '-rf.yaml': pod('dash'),
    'k8s/ünï-名前.yaml': pod('unicode'),
    'k8s/injection.yaml': pod(`${EVIL} @octo-shop/admins`, `\`${EVIL}|x|`),
    'k8s/bomb.yaml': billionLaughs(),
    'k8s/many-docs.yaml': 'a: 1\n---\n'.repeat(100_000),
    'k8s/huge.yaml': pod('huge') + '# padding\n'.repeat(2_100_000),
    'k8s/nul.yaml': `${pod('nul')}\u0000`,
    'k8s/crlf-bom.yaml': `\uFEFF${pod('crlf').replace(/\n/g, '\r\n')}`,
  });
  symlinkSync(secretFile, join(repo.dir, 'k8s', 'link.yaml'));
  symlinkSync(outside, join(repo.dir, 'linked'));
  const head = repo.commit('Hostile change');
  repo.checkout('main');
  const merge = repo.mergeCommit(base, head);

  const api = await startGitHubApi({
    owner: 'octo-shop',
    repo: 'deploy',
    pulls: {
      17: {
        number: 17,
        head: { sha: head, ref: 'feature', repoFullName: 'contributor/deploy' },
        base: { sha: base, ref: 'main' },
        files: repo.changedFiles(base, head),
      },
    },
    blobs: repo.blobs(head),
  });
  apis.push(api);
  const payload = pullRequestPayload({
    number: 17,
    headSha: head,
    baseSha: base,
    headRepo: 'contributor/deploy',
  });
  const result = await runAction({
    workspace: repo.dir,
    eventName: 'pull_request',
    payload,
    apiUrl: api.url,
    sha: merge,
    inputs: { comment: 'always', 'sarif-file': 'report.sarif' },
  });
  return { repo, api, result };
}

function everything(result: ActionResult, api: GitHubApi): string {
  const stdout = result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [
    stdout,
    result.stderr,
    result.summary,
    JSON.stringify(result.outputs),
    JSON.stringify(api.requests),
    JSON.stringify(api.state),
  ].join('\n');
}

describe('a hostile pull request from a fork', () => {
  const run = hostilePullRequest();

  test('ends within a minute with the exit code of its findings and no crash', async () => {
    const { result } = await run;
    expect(result.exitCode).toBe(1);
    expect(result.stdout).not.toContain('stopped unexpectedly');
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  }, 60_000);

  test('never reads, prints or sends the target of a link out of the workspace', async () => {
    const { result, api } = await run;
    expect(everything(result, api)).not.toContain(SECRET_CONTENT);
    expect(result.summary).toMatch(/k8s\/link\.yaml<\/code>: is a symbolic link/);
  });

  test('never prints or sends the token', async () => {
    const { result, api } = await run;
    const text = everything(result, api).replace(/"authorized":true/g, '');
    expect(text).not.toContain(WORKFLOW_TOKEN);
    expect(result.stdout).toContain(`::add-mask::${WORKFLOW_TOKEN}`);
  });

  test('runs no command from a file name and checks each of those files', async () => {
    const { api, repo } = await run;
    expect(existsSync(join(repo.dir, 'pwned'))).toBe(false);
    expect(existsSync(join(repo.dir, 'k8s', 'pwned'))).toBe(false);
    const files = new Set(api.state.checkRuns[0].annotations.map((a) => a.path));
    for (const name of [
      'k8s/$(touch pwned).yaml',
      'k8s/`touch pwned`.yaml',
      'k8s/with space & "quotes\'.yaml',
      '-rf.yaml',
      'k8s/ünï-名前.yaml',
      'k8s/crlf-bom.yaml',
    ]) {
      expect(files.has(name), name).toBe(true);
    }
  });

  test('skips the bomb, the huge file, the NUL file and the 100,000 documents by name', async () => {
    const { result } = await run;
    expect(result.summary).toMatch(/k8s\/bomb\.yaml<\/code>: .*limits\.max-aliases/);
    expect(result.summary).toMatch(/k8s\/huge\.yaml<\/code>: .*limits\.max-file-bytes/);
    expect(result.summary).toMatch(
      /k8s\/many-docs\.yaml<\/code>: .*limits\.max-documents/,
    );
    expect(result.summary).toMatch(/k8s\/nul\.yaml<\/code>: .*NUL byte/);
  });

  test('escapes manifest text in the comment, the check run and the job summary', async () => {
    const { result, api } = await run;
    const comment = api.state.comments[0]?.body ?? '';
    const check = api.state.checkRuns[0]?.output.summary ?? '';
    for (const text of [comment, check, result.summary]) {
      expect(text).not.toMatch(/<img/i);
      expect(text.match(/<details>/g)?.length ?? 0).toBe(
        text.match(/<\/details>/g)?.length ?? 0,
      );
    }
    expect(comment.length).toBeGreaterThan(0);
  });

  test('writes the SARIF report inside the workspace only', async () => {
    const { repo } = await run;
    expect(readFileSync(join(repo.dir, 'report.sarif'), 'utf8')).toContain('"version"');
  });

  test('asks the API for nothing beyond its own repository', async () => {
    const { api } = await run;
    expect(api.unknownRequests()).toEqual([]);
    expect(api.requestsTo(ROUTES.pullFiles).length).toBeGreaterThan(0);
  });
});
