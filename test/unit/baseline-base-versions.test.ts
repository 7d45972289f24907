import { describe, expect, test } from 'vitest';
import { BaseReader } from '../../src/baseline/base-versions.js';
import type { Octokit } from '../../src/github/client.js';
import { makeTempDir } from '../support/git-repo.js';

const COMMIT = 'c'.repeat(40);
const POD = 'apiVersion: v1\nkind: Pod\n';
const base64 = (text: string) => Buffer.from(text).toString('base64');

/** The three endpoints the reader uses, answered from tables; records the calls. */
function fakeOctokit(answers: {
  contents: (path: string) => unknown;
  tree?: () => unknown;
  blobs?: Record<string, string>;
}) {
  const calls: string[] = [];
  const octokit = {
    rest: {
      repos: {
        getContent: async ({ path, ref }: { path: string; ref: string }) => {
          calls.push(`contents ${path}@${ref}`);
          return { data: answers.contents(path) };
        },
      },
      git: {
        getTree: async ({ tree_sha }: { tree_sha: string }) => {
          calls.push(`tree ${tree_sha}`);
          return { data: answers.tree?.() };
        },
        getBlob: async ({ file_sha }: { file_sha: string }) => {
          calls.push(`blob ${file_sha}`);
          return {
            data: {
              content: base64(answers.blobs?.[file_sha] ?? ''),
              encoding: 'base64',
            },
          };
        },
      },
    },
  };
  return { octokit: octokit as unknown as Octokit, calls };
}

function readerWith(octokit: Octokit) {
  return new BaseReader({
    workspace: makeTempDir(),
    commit: COMMIT,
    maxBytes: 10_000,
    api: { octokit, repo: { owner: 'octo-shop', repo: 'deploy' }, debug: () => {} },
  });
}

const failure = (status: number) =>
  Object.assign(new Error(`HTTP ${status}`), { status });

describe('BaseReader through the API', () => {
  test('reads the contents at the base commit when the checkout lacks it', async () => {
    const { octokit, calls } = fakeOctokit({
      contents: () => ({
        type: 'file',
        encoding: 'base64',
        content: base64(POD),
        sha: 'a1',
      }),
    });
    expect(await readerWith(octokit).read('deploy/pod.yaml')).toEqual({
      state: 'read',
      text: POD,
      origin: 'api',
    });
    expect(calls).toEqual([`contents deploy/pod.yaml@${COMMIT}`]);
  });

  test('takes a file over 1 MB, which comes without content, from its blob', async () => {
    const { octokit, calls } = fakeOctokit({
      contents: () => ({ type: 'file', encoding: 'none', content: '', sha: 'b2' }),
      blobs: { b2: POD },
    });
    expect(await readerWith(octokit).read('big.yaml')).toMatchObject({ text: POD });
    expect(calls).toEqual([`contents big.yaml@${COMMIT}`, 'blob b2']);
  });

  test('says a file the base did not have is absent', async () => {
    const { octokit } = fakeOctokit({
      contents: () => {
        throw failure(404);
      },
    });
    expect(await readerWith(octokit).read('new.yaml')).toEqual({ state: 'absent' });
  });

  test('falls back to the base tree, listed once, when the contents endpoint fails', async () => {
    const { octokit, calls } = fakeOctokit({
      contents: () => {
        throw failure(403);
      },
      tree: () => ({
        truncated: false,
        tree: [{ path: 'a.yaml', type: 'blob', sha: 'd4' }],
      }),
      blobs: { d4: POD },
    });
    const reader = readerWith(octokit);

    expect(await reader.read('a.yaml')).toMatchObject({ state: 'read', text: POD });
    expect(await reader.read('gone.yaml')).toEqual({ state: 'absent' });
    expect(calls.filter((c) => c.startsWith('tree'))).toEqual([`tree ${COMMIT}`]);
  });

  test('reports a base it could not read, with the reason', async () => {
    const { octokit } = fakeOctokit({
      contents: () => {
        throw failure(500);
      },
      tree: () => ({ truncated: true, tree: [] }),
    });
    const version = await readerWith(octokit).read('a.yaml');
    expect(version).toEqual({
      state: 'unavailable',
      reason: expect.stringContaining(
        'the base tree is too large to list through the API',
      ),
    });
  });
});
