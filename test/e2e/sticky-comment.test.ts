import { afterAll, describe, expect, test } from 'vitest';
import { fixture, onlyChecksConfig } from '../support/checks.js';
import { userNamed, type GitHubApi } from '../support/github-api.js';
import { removeTempDirs } from '../support/git-repo.js';
import { pullRequestScenario, ROUTES } from '../support/scenarios.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

const CONFIG = '.github/podspec-check.yaml';
const MARKER = '<!-- podspec-check:podspec-check -->';

async function scenario() {
  const pr = await pullRequestScenario({
    base: { [CONFIG]: onlyChecksConfig() },
    head: { 'deploy/payments.yaml': fixture('manifests/payments-deployment.yaml') },
  });
  apis.push(pr.api);
  return pr;
}

describe.concurrent('the sticky pull request comment', () => {
  test('a second run edits the comment in place instead of adding one', async () => {
    const pr = await scenario();

    const first = await pr.run();
    const second = await pr.run();

    expect(pr.api.state.comments).toHaveLength(1);
    // One look for the comment per run: the first run does not read them again.
    expect(pr.api.requestsTo(ROUTES.listComments)).toHaveLength(2);
    expect(pr.api.requestsTo(ROUTES.createComment)).toHaveLength(1);
    const edits = pr.api.requestsTo(ROUTES.updateComment);
    expect(edits).toHaveLength(1);
    expect(edits[0].path).toBe(
      `/repos/octo-shop/deploy/issues/comments/${pr.api.state.comments[0].id}`,
    );
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(pr.api.unknownRequests()).toEqual([]);
    // The workflow token's shape says it writes as github-actions[bot]: no GET /user.
    expect(pr.api.sequence()).not.toContain('GET /user');
  });

  test('says that all is clear once the findings are gone', async () => {
    const pr = await scenario();
    await pr.run();

    // The author fixes the manifest: a new head whose file list has the fixed blob.
    const fixed = fixture('manifests/payments-deployment.yaml')
      .replace('imagePullPolicy: IfNotPresent', 'imagePullPolicy: Always')
      .replace(
        'image: registry.internal:5000/shop/payments:3.2.0\n',
        'image: registry.internal:5000/shop/payments:3.2.0\n          imagePullPolicy: Always\n',
      );
    pr.repo.checkout('feature');
    const newHead = pr.repo.commit('Pull Always', { 'deploy/payments.yaml': fixed });
    const pull = pr.api.state.pulls[pr.number];
    pull.head.sha = newHead;
    pull.files = pr.repo.changedFiles(pr.baseSha, newHead);
    pr.repo.checkout(newHead);
    const payload = JSON.parse(JSON.stringify(pr.payload)) as {
      pull_request: { head: { sha: string } };
    };
    payload.pull_request.head.sha = newHead;

    const result = await pr.run({}, { payload, sha: newHead });

    expect(result.exitCode).toBe(0);
    expect(pr.api.state.comments).toHaveLength(1);
    const [comment] = pr.api.state.comments;
    expect(comment.body).toContain('✅ podspec-check: no findings');
    expect(comment.body).toContain(`<!-- podspec-check-head:${newHead} -->`);
  });

  test('never edits comments of other users that carry the marker', async () => {
    const pr = await scenario();
    const now = new Date().toISOString();
    pr.api.state.comments.push(
      {
        id: 11,
        issueNumber: pr.number,
        body: `${MARKER}\nquoted by a reviewer`,
        user: userNamed('reviewer'),
        created_at: now,
        updated_at: now,
      },
      {
        id: 12,
        issueNumber: pr.number,
        body: `${MARKER}\nan imitation by another app`,
        user: userNamed('other-app[bot]', 'Bot'),
        created_at: now,
        updated_at: now,
      },
    );

    const result = await pr.run();

    expect(result.exitCode).toBe(1);
    expect(pr.api.requestsTo(ROUTES.updateComment)).toEqual([]);
    expect(pr.api.requestsTo(ROUTES.deleteComment)).toEqual([]);
    expect(pr.api.state.comments.map((c) => [c.id, c.user.login])).toEqual([
      [11, 'reviewer'],
      [12, 'other-app[bot]'],
      [expect.any(Number), 'github-actions[bot]'],
    ]);
    expect(pr.api.state.comments[0].body).toBe(`${MARKER}\nquoted by a reviewer`);
  });

  test('keeps the oldest of its own duplicate comments and deletes the others', async () => {
    const pr = await scenario();
    const now = new Date().toISOString();
    const comment = (id: number, body: string, login: string) => ({
      id,
      issueNumber: pr.number,
      body: `${MARKER}\n${body}`,
      user: userNamed(login, login.endsWith('[bot]') ? 'Bot' : 'User'),
      created_at: now,
      updated_at: now,
    });
    // Two first runs at once each wrote a comment; a reviewer quoted the marker between.
    pr.api.state.comments.push(
      comment(31, 'report of one run', 'github-actions[bot]'),
      comment(32, 'quoted by a reviewer', 'reviewer'),
      comment(33, 'report of the other run', 'github-actions[bot]'),
    );

    const result = await pr.run();

    expect(result.exitCode).toBe(1);
    expect(pr.api.requestsTo(ROUTES.createComment)).toEqual([]);
    expect(pr.api.requestsTo(ROUTES.updateComment).map((r) => r.path)).toEqual([
      '/repos/octo-shop/deploy/issues/comments/31',
    ]);
    expect(pr.api.requestsTo(ROUTES.deleteComment).map((r) => r.path)).toEqual([
      '/repos/octo-shop/deploy/issues/comments/33',
    ]);
    expect(pr.api.state.comments.map((c) => c.id)).toEqual([31, 32]);
    expect(pr.api.state.comments[1].body).toBe(`${MARKER}\nquoted by a reviewer`);
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-31$/);
  });

  test('with a personal token, finds its own comment by the login GET /user answers', async () => {
    const pr = await scenario();
    pr.api.state.personalTokens['ghp_personalTokenForTests'] = 'release-bot';
    const now = new Date().toISOString();
    pr.api.state.comments.push({
      id: 21,
      issueNumber: pr.number,
      body: `${MARKER}\nearlier report`,
      user: userNamed('release-bot'),
      created_at: now,
      updated_at: now,
    });

    const result = await pr.run({}, { token: 'ghp_personalTokenForTests' });

    expect(result.exitCode).toBe(1);
    expect(pr.api.requestsTo(ROUTES.user).map((r) => r.status)).toEqual([200]);
    expect(pr.api.requestsTo(ROUTES.createComment)).toEqual([]);
    expect(pr.api.requestsTo(ROUTES.updateComment).map((r) => r.path)).toEqual([
      '/repos/octo-shop/deploy/issues/comments/21',
    ]);
    expect(pr.api.state.comments[0].body).toContain('podspec-check: 2 errors');
  });

  test('finds its comment on a later page of a long conversation', async () => {
    const pr = await scenario();
    const now = new Date().toISOString();
    for (let i = 0; i < 130; i++) {
      pr.api.state.comments.push({
        id: 100 + i,
        issueNumber: pr.number,
        body: i === 120 ? `${MARKER}\nolder report` : `review note ${i}`,
        user: i === 120 ? userNamed('github-actions[bot]', 'Bot') : userNamed('reviewer'),
        created_at: now,
        updated_at: now,
      });
    }

    await pr.run();

    expect(pr.api.requestsTo(ROUTES.listComments).map((r) => r.query.page)).toEqual([
      undefined,
      '2',
    ]);
    expect(pr.api.requestsTo(ROUTES.createComment)).toEqual([]);
    expect(pr.api.requestsTo(ROUTES.updateComment).map((r) => r.path)).toEqual([
      '/repos/octo-shop/deploy/issues/comments/220',
    ]);
  });

  test('comment: off writes no comment and reads none', async () => {
    const pr = await scenario();

    const result = await pr.run({ comment: 'off' });

    expect(result.exitCode).toBe(1);
    expect(pr.api.requestsTo(ROUTES.listComments)).toEqual([]);
    expect(pr.api.requestsTo(ROUTES.user)).toEqual([]);
    expect(result.outputs['comment-url']).toBe('');
  });

  test('comment: always comments even when there are no findings', async () => {
    const pr = await pullRequestScenario({
      base: { [CONFIG]: onlyChecksConfig() },
      head: { 'deploy/web.yaml': fixture('manifests/web-deployment.yaml') },
    });
    apis.push(pr.api);

    const result = await pr.run({ comment: 'always' });

    expect(result.exitCode).toBe(0);
    expect(pr.api.state.comments).toHaveLength(1);
    expect(pr.api.state.comments[0].body).toContain('✅ podspec-check: no findings');
  });

  test('a different check-name keeps a comment of its own', async () => {
    const pr = await scenario();

    await pr.run();
    await pr.run({ 'check-name': 'podspec-check (prod)' });

    expect(pr.api.state.comments.map((c) => c.body.split('\n')[0])).toEqual([
      MARKER,
      '<!-- podspec-check:podspec-check (prod) -->',
    ]);
    expect(pr.api.state.checkRuns.map((r) => r.name)).toEqual([
      'podspec-check',
      'podspec-check (prod)',
    ]);
  });
});
