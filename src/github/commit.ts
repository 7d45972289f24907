import type { Octokit } from './client.js';
import { describeApiError, statusOf } from './client.js';
import type { RepoRef } from './repo.js';

/**
 * The trailer that marks podspec-check's own fix commits. A run whose head commit has it
 * never fixes again, so a token that does start workflows (a personal or app token)
 * cannot make two runs push fixes back and forth.
 */
export const FIX_TRAILER = 'Podspec-Check-Fix-Of';

/** A file's full new content, as the commit writes it. */
export interface CommitFile {
  path: string;
  content: string;
}

export type CommitOutcome =
  | { kind: 'committed'; sha: string; url?: string }
  /** The branch no longer points at the checked head; nothing was written. */
  | { kind: 'branch-moved'; detail: string }
  /** The token may not write contents; nothing was written. */
  | { kind: 'forbidden'; detail: string };

const CREATE_COMMIT = `mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;

/** The commit message: the configured one, then the trailer naming the checked head. */
export function fixCommitMessage(
  message: string,
  checkedSha: string,
): { headline: string; body: string } {
  const [headline, ...rest] = message.trim().split('\n');
  const body = rest.join('\n').trim();
  const trailer = `${FIX_TRAILER}: ${checkedSha}`;
  return { headline: headline.trim(), body: body ? `${body}\n\n${trailer}` : trailer };
}

/** Whether a commit message is that of one of our fix commits. */
export function isFixCommit(message: string): boolean {
  return new RegExp(`^${FIX_TRAILER}: [0-9a-f]{7,64}\\s*$`, 'm').test(message);
}

/** The message of a commit, through the API; undefined when it cannot be read. */
export async function commitMessage(
  octokit: Octokit,
  repo: RepoRef,
  sha: string,
): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.git.getCommit({ ...repo, commit_sha: sha });
    return data.message;
  } catch {
    return undefined;
  }
}

/**
 * Creates one commit on `branch` whose parent is `expectedHeadOid`, through the GraphQL
 * `createCommitOnBranch` mutation: GitHub signs it, and refuses it when the branch has
 * moved, so no one's commit is ever replaced. There is no force, ever.
 */
export async function commitOnBranch(
  octokit: Octokit,
  options: {
    repo: RepoRef;
    branch: string;
    expectedHeadOid: string;
    message: { headline: string; body: string };
    files: CommitFile[];
  },
): Promise<CommitOutcome> {
  const { repo } = options;
  const input = {
    branch: {
      repositoryNameWithOwner: `${repo.owner}/${repo.repo}`,
      branchName: options.branch,
    },
    expectedHeadOid: options.expectedHeadOid,
    message: options.message,
    fileChanges: {
      additions: options.files.map((file) => ({
        path: file.path,
        contents: Buffer.from(file.content, 'utf8').toString('base64'),
      })),
    },
  };
  try {
    const answer = await octokit.graphql<{
      createCommitOnBranch: { commit: { oid: string; url?: string } };
    }>(CREATE_COMMIT, { input });
    const commit = answer.createCommitOnBranch.commit;
    return { kind: 'committed', sha: commit.oid, url: commit.url };
  } catch (error) {
    return classify(error);
  }
}

interface GraphqlError {
  type?: string;
  message?: string;
}

function classify(error: unknown): CommitOutcome {
  const errors = ((error as { errors?: GraphqlError[] })?.errors ?? []).filter(Boolean);
  const detail =
    errors.map((e) => e.message ?? e.type ?? '').join('; ') || describeApiError(error);
  const moved = errors.some(
    (e) =>
      e.type === 'STALE_DATA' ||
      /expected branch to point to|expectedHeadOid/i.test(e.message ?? ''),
  );
  const status = statusOf(error);
  // 409 and 422 are how GitHub refuses a ref update that is not a fast-forward: the
  // branch moved under us, and nothing was written.
  if (moved || status === 409 || status === 422) return { kind: 'branch-moved', detail };
  const refused =
    status === 401 ||
    status === 403 ||
    status === 404 ||
    errors.some(
      (e) =>
        e.type === 'FORBIDDEN' ||
        /not accessible|permission|push access|not authorized/i.test(e.message ?? ''),
    );
  if (refused) return { kind: 'forbidden', detail };
  throw error;
}
