import { afterAll, describe, expect, test } from 'vitest';
import { startGitHubApi, WORKFLOW_TOKEN, type GitHubApi } from '../support/github-api.js';
import { createGitRepo, removeTempDirs } from '../support/git-repo.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

async function get(api: GitHubApi, path: string) {
  const response = await fetch(`${api.url}${path}`, {
    headers: { authorization: `token ${WORKFLOW_TOKEN}` },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('the stand-in git commit endpoint', () => {
  test('answers from the real repository in the shape GitHub gives', async () => {
    const repo = createGitRepo({ 'a.yaml': 'a: 1\n' });
    const parent = repo.head();
    const sha = repo.commit('Fix pull policies\n\nPodspec-Check-Fix-Of: abc1234', {
      'a.yaml': 'a: 2\n',
    });
    const api = await startGitHubApi({ git: repo });
    apis.push(api);

    const { status, body } = await get(api, `/repos/octo-shop/deploy/git/commits/${sha}`);

    expect(status).toBe(200);
    const tree = repo.git('rev-parse', `${sha}^{tree}`);
    const api3 = 'https://api.github.com/repos/octo-shop/deploy/git';
    expect(body).toEqual({
      sha,
      node_id: expect.any(String),
      url: `${api3}/commits/${sha}`,
      html_url: `https://github.com/octo-shop/deploy/commit/${sha}`,
      author: {
        name: 'Test Author',
        email: 'author@example.test',
        date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      },
      committer: {
        name: 'Test Author',
        email: 'author@example.test',
        date: expect.stringMatching(/Z$/),
      },
      tree: { sha: tree, url: `${api3}/trees/${tree}` },
      // Without the newline git stores after the message.
      message: 'Fix pull policies\n\nPodspec-Check-Fix-Of: abc1234',
      parents: [
        {
          sha: parent,
          url: `${api3}/commits/${parent}`,
          html_url: `https://github.com/octo-shop/deploy/commit/${parent}`,
        },
      ],
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      },
    });
    expect(
      api.requestsTo('GET /repos/{owner}/{repo}/git/commits/{commit_sha}'),
    ).toHaveLength(1);
  });

  test('answers 404 for a sha the repository lacks, a ref name, or no repository', async () => {
    const repo = createGitRepo({ 'a.yaml': 'a: 1\n' });
    const withGit = await startGitHubApi({ git: repo });
    const without = await startGitHubApi();
    apis.push(withGit, without);
    const path = (sha: string) => `/repos/octo-shop/deploy/git/commits/${sha}`;

    expect((await get(withGit, path('0'.repeat(40)))).status).toBe(404);
    expect((await get(withGit, path('HEAD'))).status).toBe(404);
    expect((await get(without, path(repo.head()))).status).toBe(404);
    expect(withGit.unknownRequests()).toEqual([]);
  });
});

describe('changedFiles', () => {
  test("gives each file GitHub's patch: its hunks from the first @@, without a final newline", () => {
    const repo = createGitRepo({
      'crlf.yaml': 'a: 1\r\nb: 2\r\n',
      'gone.yaml': 'x: 1\n',
      'moved.yaml': 'one: 1\ntwo: 2\nthree: 3\nfour: 4\nfive: 5\n',
      'same.yaml': 'kept: as is\nand: more\n',
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
    });
    const base = repo.head();
    const head = repo.commit('change', {
      'crlf.yaml': 'a: 1\r\nb: 3\r\n',
      'gone.yaml': null,
      'moved.yaml': null,
      'apps/moved.yaml': 'one: 1\ntwo: 2\nthree: 3\nfour: 4\nfive: 55\n',
      'same.yaml': null,
      'apps/same.yaml': 'kept: as is\nand: more\n',
      'new.yaml': 'n: 1',
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 3]),
    });

    const files = repo.changedFiles(base, head);

    const byName = new Map(files.map((f) => [f.filename, f]));
    expect(byName.get('crlf.yaml')).toMatchObject({
      status: 'modified',
      patch: '@@ -1,2 +1,2 @@\n a: 1\r\n-b: 2\r\n+b: 3\r',
      additions: 1,
      deletions: 1,
    });
    expect(byName.get('gone.yaml')).toMatchObject({
      status: 'removed',
      patch: '@@ -1 +0,0 @@\n-x: 1',
      deletions: 1,
    });
    expect(byName.get('apps/moved.yaml')).toMatchObject({
      status: 'renamed',
      previous_filename: 'moved.yaml',
      patch: '@@ -2,4 +2,4 @@ one: 1\n two: 2\n three: 3\n four: 4\n-five: 5\n+five: 55',
    });
    expect(byName.get('new.yaml')).toMatchObject({
      status: 'added',
      patch: '@@ -0,0 +1 @@\n+n: 1\n\\ No newline at end of file',
      additions: 1,
    });
    // A pure rename and a binary file have no hunks, and so no patch.
    expect(byName.get('apps/same.yaml')).toMatchObject({ status: 'renamed' });
    expect(byName.get('apps/same.yaml')).not.toHaveProperty('patch');
    expect(byName.get('logo.png')).not.toHaveProperty('patch');
    expect(files).toHaveLength(6);
  });
});
