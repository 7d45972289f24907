/**
 * What the fix tests need beyond the shared GitHub stand-in: a `createCommitOnBranch`
 * that commits into the test's real git repository the way GitHub does (refusing a
 * stale `expectedHeadOid`). The stand-in itself serves the commit the loop guard reads.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { GitHubState } from '../support/github-api.js';
import { makeTempDir, type GitRepo } from '../support/git-repo.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface CommitInput {
  branch: { repositoryNameWithOwner: string; branchName: string };
  expectedHeadOid: string;
  message: { headline: string; body?: string };
  fileChanges?: { additions?: { path: string; contents: string }[] };
}

/** The user GitHub records as the author of commits made with the workflow token. */
const BOT_ENV = {
  GIT_AUTHOR_NAME: 'github-actions[bot]',
  GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'GitHub',
  GIT_COMMITTER_EMAIL: 'noreply@github.com',
};

function git(
  repo: GitRepo,
  args: string[],
  env: Record<string, string> = {},
  input?: Buffer,
) {
  return execFileSync('git', args, {
    cwd: repo.dir,
    input,
    env: {
      PATH: process.env.PATH,
      HOME: tmpdir(),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      ...BOT_ENV,
      ...env,
    },
  })
    .toString('utf8')
    .trim();
}

/**
 * A GraphQL handler that plays `createCommitOnBranch` on `repo`: one commit on the
 * branch with the expected head as its parent, or GitHub's STALE_DATA error when the
 * branch points elsewhere. `refuse` answers as for a token without contents: write.
 */
export function commitOnBranchHandler(
  repo: GitRepo,
  options: { refuse?: boolean } = {},
): GitHubState['graphql'] {
  return (body): { status?: number; body: Json } => {
    const input = ((body as { variables?: { input?: Json } })?.variables?.input ??
      null) as unknown as CommitInput | null;
    if (!input) return { body: { errors: [{ message: 'no input' }] } };
    if (options.refuse) {
      return {
        body: {
          data: { createCommitOnBranch: null },
          errors: [
            {
              type: 'FORBIDDEN',
              path: ['createCommitOnBranch'],
              message: 'Resource not accessible by integration',
            },
          ],
        },
      };
    }
    const ref = `refs/heads/${input.branch.branchName}`;
    const current = git(repo, ['rev-parse', ref]);
    if (current !== input.expectedHeadOid) {
      return {
        body: {
          data: { createCommitOnBranch: null },
          errors: [
            {
              type: 'STALE_DATA',
              path: ['createCommitOnBranch'],
              message: `Expected branch to point to "${input.expectedHeadOid}" but it did not.  Pull and try again.`,
            },
          ],
        },
      };
    }
    const index = join(makeTempDir('podspec-index-'), 'index');
    const env = { GIT_INDEX_FILE: index };
    git(repo, ['read-tree', current], env);
    for (const file of input.fileChanges?.additions ?? []) {
      const content = Buffer.from(file.contents, 'base64');
      const blob = git(repo, ['hash-object', '-w', '--stdin'], env, content);
      git(
        repo,
        ['update-index', '--add', '--cacheinfo', `100644,${blob},${file.path}`],
        env,
      );
    }
    const tree = git(repo, ['write-tree'], env);
    const message = [input.message.headline, input.message.body]
      .filter(Boolean)
      .join('\n\n');
    const oid = git(repo, ['commit-tree', tree, '-p', current, '-m', message], env);
    git(repo, ['update-ref', ref, oid, current]);
    return {
      body: {
        data: {
          createCommitOnBranch: {
            commit: { oid, url: `https://github.com/octo-shop/deploy/commit/${oid}` },
          },
        },
      },
    };
  };
}

/** The GraphQL route id of the stand-in. */
export const GRAPHQL = 'POST /graphql';
