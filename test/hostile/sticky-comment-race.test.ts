import { describe, expect, it, vi } from 'vitest';
import { Capabilities } from '../../src/action/capabilities.js';
import {
  commentBody,
  findOwnComments,
  publishComment,
} from '../../src/action/publish.js';
import type { Octokit } from '../../src/github/client.js';

vi.mock('@actions/core', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@actions/core')>()),
  info: vi.fn(),
  warning: vi.fn(),
}));

const OLD_HEAD = 'a'.repeat(40);
const NEW_HEAD = 'b'.repeat(40);
const BOT = { login: 'github-actions[bot]' };

interface StoredComment {
  id: number;
  body: string;
  user: { login: string };
  html_url: string;
}

/**
 * An in-memory issue-comment API whose every call yields to the event loop first, so two
 * runs started together interleave request by request as they would against GitHub.
 */
function fakeApi(prHead: string) {
  const comments: StoredComment[] = [];
  let nextId = 100;
  const tick = () => new Promise((done) => setImmediate(done));
  const rest = {
    users: {
      getAuthenticated: async () => {
        await tick();
        throw Object.assign(new Error('Resource not accessible by integration'), {
          status: 403,
        });
      },
    },
    pulls: {
      get: async () => {
        await tick();
        return { data: { head: { sha: prHead } } };
      },
    },
    issues: {
      listComments: async () => {
        await tick();
        return { data: comments.map((c) => ({ ...c })) };
      },
      createComment: async ({ body }: { body: string }) => {
        await tick();
        const comment = { id: ++nextId, body, user: BOT, html_url: `u/${nextId}` };
        comments.push(comment);
        return { data: comment };
      },
      updateComment: async ({
        comment_id,
        body,
      }: {
        comment_id: number;
        body: string;
      }) => {
        await tick();
        const comment = comments.find((c) => c.id === comment_id);
        if (!comment) throw Object.assign(new Error('Not Found'), { status: 404 });
        comment.body = body;
        return { data: comment };
      },
      deleteComment: async ({ comment_id }: { comment_id: number }) => {
        await tick();
        const at = comments.findIndex((c) => c.id === comment_id);
        if (at === -1) throw Object.assign(new Error('Not Found'), { status: 404 });
        comments.splice(at, 1);
        return { data: undefined };
      },
    },
  };
  const octokit = {
    rest,
    paginate: async (
      method: (params: object) => Promise<{ data: unknown[] }>,
      params: object,
    ) => (await method(params)).data,
  } as unknown as Octokit;
  return { octokit, comments };
}

function publish(octokit: Octokit, headSha: string) {
  const pull = { octokit, repo: { owner: 'o', repo: 'r' }, pullNumber: 17 };
  return publishComment({
    ...pull,
    capabilities: new Capabilities(),
    headSha,
    body: commentBody('podspec-check', headSha, `findings for ${headSha.slice(0, 7)}`),
    createIfMissing: true,
    ownComments: findOwnComments({ ...pull, checkName: 'podspec-check' }),
  });
}

describe('the sticky comment when runs of one pull request overlap', () => {
  it('leaves two comments when two first runs create at the same time, and the next run keeps the oldest', async () => {
    const { octokit, comments } = fakeApi(NEW_HEAD);
    await Promise.all([publish(octokit, NEW_HEAD), publish(octokit, NEW_HEAD)]);
    expect(comments.map((c) => c.id)).toEqual([101, 102]);

    await publish(octokit, NEW_HEAD);

    expect(comments.map((c) => c.id)).toEqual([101]);
    expect(comments[0].body).toContain(`podspec-check-head:${NEW_HEAD}`);
  });

  it('keeps the newer head in the comment whichever run created first', async () => {
    for (const order of [
      [OLD_HEAD, NEW_HEAD],
      [NEW_HEAD, OLD_HEAD],
    ]) {
      const { octokit, comments } = fakeApi(NEW_HEAD);
      await Promise.all(order.map((head) => publish(octokit, head)));
      expect(comments).toHaveLength(2);

      await publish(octokit, NEW_HEAD);

      expect(comments).toHaveLength(1);
      expect(comments[0].body).toContain(`podspec-check-head:${NEW_HEAD}`);
    }
  });

  it('leaves both comments to the next run when the run that finds them is outdated', async () => {
    const { octokit, comments } = fakeApi(NEW_HEAD);
    await Promise.all([publish(octokit, OLD_HEAD), publish(octokit, NEW_HEAD)]);
    const before = comments.map((c) => ({ ...c }));

    // A re-run of the first push's workflow: its own comment is the oldest one.
    await publish(octokit, OLD_HEAD);

    expect(comments).toEqual(before);
  });

  it('does not overwrite the comment of a newer head with an outdated run', async () => {
    const { octokit, comments } = fakeApi(NEW_HEAD);
    await publish(octokit, NEW_HEAD);
    await publish(octokit, OLD_HEAD);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('findings for bbbbbbb');
  });

  it('removes every duplicate an earlier race left behind', async () => {
    const { octokit, comments } = fakeApi(NEW_HEAD);
    await Promise.all([publish(octokit, OLD_HEAD), publish(octokit, OLD_HEAD)]);
    comments.push({ ...comments[0], id: 999 });
    await publish(octokit, NEW_HEAD);
    expect(comments.map((c) => c.body)).toEqual([expect.stringContaining(NEW_HEAD)]);
  });

  it('never deletes a marked comment that somebody else wrote', async () => {
    const { octokit, comments } = fakeApi(NEW_HEAD);
    await Promise.all([publish(octokit, NEW_HEAD), publish(octokit, NEW_HEAD)]);
    const quote = {
      id: 150,
      body: commentBody('podspec-check', NEW_HEAD, 'quoted by a reviewer'),
      user: { login: 'reviewer' },
      html_url: 'u/150',
    };
    comments.push(quote);

    await publish(octokit, NEW_HEAD);

    expect(comments.map((c) => c.id)).toEqual([101, 150]);
    expect(comments[1]).toEqual(quote);
  });
});
