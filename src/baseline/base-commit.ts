import * as core from '@actions/core';
import type { RunTarget } from '../action/event.js';
import { describeApiError, type Octokit } from '../github/client.js';
import type { RepoRef } from '../github/repo.js';
import { mergeBase } from '../git/git.js';

/** The commit a run compares with, and how the report names the change. */
export interface BaseCommit {
  sha: string;
  /** `this pull request` or `this push`, for "fixed by …". */
  change: string;
}

/**
 * The commit to compare with: for a pull request the merge base of its base and head
 * (what GitHub's patches are relative to), from local history or else the compare API,
 * falling back to the base branch's tip; for a push the commit before it. Undefined
 * when the event has no base (a new branch, a scheduled run).
 */
export async function resolveBaseCommit(options: {
  target: RunTarget;
  workspace: string;
  octokit?: Octokit;
  repo: RepoRef;
  /** Whether a request may be spent on the merge base. */
  useApi: boolean;
}): Promise<BaseCommit | undefined> {
  const { target, workspace, octokit, repo } = options;
  if (!target.baseSha || target.kind === 'other') return undefined;
  if (target.kind === 'push') return { sha: target.baseSha, change: 'this push' };

  const change = 'this pull request';
  const local = mergeBase(workspace, target.baseSha, target.headSha);
  if (local) return { sha: local, change };
  if (octokit && options.useApi) {
    try {
      const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${target.baseSha}...${target.headSha}`,
        per_page: 1,
      });
      const sha = data.merge_base_commit?.sha;
      if (sha) return { sha, change };
    } catch (error) {
      core.debug(`The merge base could not be had (${describeApiError(error)}).`);
    }
  }
  core.info(
    `Comparing with the base branch's commit ${target.baseSha.slice(0, 7)}: the merge base is not in the checkout.`,
  );
  return { sha: target.baseSha, change };
}
