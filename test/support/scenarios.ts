/**
 * Ready-made workflow situations for end-to-end tests: a real git repository with a
 * base and a head commit, the GitHub stand-in primed with the pull request (file list
 * from `git diff`, blobs from git), the event payload, and a `run()` that runs the
 * action against them.
 */
import {
  startGitHubApi,
  type ApiFile,
  type GitHubApi,
  type GitHubState,
} from './github-api.js';
import { createGitRepo, type FileChanges, type GitRepo } from './git-repo.js';
import { runAction, type ActionResult, type RunActionOptions } from './run-action.js';

export interface PullRequestScenario {
  repo: GitRepo;
  api: GitHubApi;
  baseSha: string;
  headSha: string;
  /** What the workspace has checked out: the head, or GitHub's merge commit. */
  checkedOut: string;
  number: number;
  /** The `pull_request` event payload. */
  payload: object;
  /** The file list the API serves (from `git diff base head`). */
  files: ApiFile[];
  /** Runs the action on this pull request. */
  run(
    inputs?: Record<string, string>,
    extra?: Partial<RunActionOptions>,
  ): Promise<ActionResult>;
}

export interface PullRequestOptions {
  /** Files of the base commit (on `main`). */
  base: FileChanges;
  /** Changes the pull request makes on top of the base. */
  head: FileChanges;
  /** Changes `main` gets after the branch point (they make the merge differ from head). */
  baseAfter?: FileChanges;
  number?: number;
  /** `owner/repo` of the head; another repository makes it a fork pull request. */
  headRepo?: string;
  /** `merge` (default, as actions/checkout does for pull_request) or `head`. */
  checkout?: 'merge' | 'head';
  /** `pull_request` (default) or `pull_request_target`. */
  eventName?: string;
  /** Extra state for the API stand-in. */
  state?: Partial<GitHubState>;
}

const OWNER = 'octo-shop';
const NAME = 'deploy';

/**
 * A pull request from branch `feature` into `main`, ready to run.
 * @param options the files of both sides and how the workspace is checked out
 */
export async function pullRequestScenario(
  options: PullRequestOptions,
): Promise<PullRequestScenario> {
  const number = options.number ?? 17;
  const repo = createGitRepo(options.base);
  const branchPoint = repo.head();
  repo.branch('feature');
  const headSha = repo.commit('Change manifests', options.head);
  repo.checkout('main');
  const baseSha = options.baseAfter
    ? repo.commit('Meanwhile on main', options.baseAfter)
    : branchPoint;
  const checkedOut =
    options.checkout === 'head'
      ? (repo.checkout(headSha), headSha)
      : repo.mergeCommit(baseSha, headSha);

  // GitHub lists the files changed between the merge base and the head, with patches.
  const files = repo.changedFiles(branchPoint, headSha);
  const headRepo = options.headRepo ?? `${OWNER}/${NAME}`;
  const api = await startGitHubApi({
    owner: OWNER,
    repo: NAME,
    pulls: {
      [number]: {
        number,
        head: { sha: headSha, ref: 'feature', repoFullName: headRepo },
        base: { sha: baseSha, ref: 'main' },
        files,
      },
    },
    blobs: repo.blobs(headSha),
    git: repo,
    ...options.state,
  });
  const payload = pullRequestPayload({ number, headSha, baseSha, headRepo });
  return {
    repo,
    api,
    baseSha,
    headSha,
    checkedOut,
    number,
    payload,
    files,
    run: (inputs = {}, extra = {}) =>
      runAction({
        workspace: repo.dir,
        eventName: options.eventName ?? 'pull_request',
        payload,
        inputs,
        apiUrl: api.url,
        sha: checkedOut,
        ...extra,
      }),
  };
}

/** A `pull_request` event payload with the fields GitHub sends that the action reads. */
export function pullRequestPayload(pull: {
  number: number;
  headSha: string;
  baseSha: string;
  headRepo?: string;
}): object {
  const baseRepo = { full_name: `${OWNER}/${NAME}`, name: NAME, owner: { login: OWNER } };
  const headFull = pull.headRepo ?? baseRepo.full_name;
  return {
    action: 'synchronize',
    number: pull.number,
    pull_request: {
      number: pull.number,
      state: 'open',
      head: {
        sha: pull.headSha,
        ref: 'feature',
        repo: {
          full_name: headFull,
          name: headFull.split('/')[1],
          owner: { login: headFull.split('/')[0] },
          fork: headFull !== baseRepo.full_name,
        },
      },
      base: { sha: pull.baseSha, ref: 'main', repo: baseRepo },
    },
    repository: baseRepo,
    sender: { login: 'octocat', type: 'User' },
  };
}

/** A `push` event payload. */
export function pushPayload(before: string, after: string): object {
  return {
    ref: 'refs/heads/main',
    before,
    after,
    repository: { full_name: `${OWNER}/${NAME}`, name: NAME, owner: { login: OWNER } },
    pusher: { name: 'octocat' },
    sender: { login: 'octocat', type: 'User' },
  };
}

/** The route ids of the stand-in, named once so tests read as requests. */
export const ROUTES = {
  pull: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  pullFiles: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  compare: 'GET /repos/{owner}/{repo}/compare/{basehead}',
  blob: 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
  gitCommit: 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
  createCheckRun: 'POST /repos/{owner}/{repo}/check-runs',
  updateCheckRun: 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  deleteComment: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
  user: 'GET /user',
  graphql: 'POST /graphql',
  createReview: 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
} as const;
