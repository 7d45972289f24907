import * as core from '@actions/core';
import { isCandidate } from '../discovery/globs.js';
import { listWorkspaceFiles } from '../discovery/workspace.js';
import { diffNames, mergeBase } from '../git/git.js';
import { describeApiError, type Octokit } from '../github/client.js';
import { escapeMarkdown } from '../report/markdown.js';
import {
  listComparedFiles,
  listPullRequestFiles,
  PULL_FILES_LIMIT,
  type ChangedFile,
} from '../github/changed-files.js';
import type { RepoRef } from '../github/repo.js';
import type { SkippedFile } from '../engine/types.js';
import type { RunTarget } from './event.js';

export interface Selection {
  /** Files to check, with the head blob sha when the change list gave one. */
  files: ChangedFile[];
  /** Every changed file before filtering, for diff-aware features. */
  changed?: ChangedFile[];
  /** Links and similar, reported in the summary. */
  skipped: SkippedFile[];
  /** How the list was made, for the log and the summary. */
  description: string;
  notes: string[];
}

/** The compare API returns at most this many files, on its first page. */
const COMPARE_FILES_LIMIT = 300;

const CHECKABLE = new Set(['added', 'modified', 'renamed', 'copied', 'changed']);

/** Decides which files this run checks: the change's files, or the whole workspace. */
export async function selectFiles(options: {
  target: RunTarget;
  scope: 'changed' | 'all';
  paths: string[];
  exclude: string[];
  workspace: string;
  octokit?: Octokit;
  repo: RepoRef;
}): Promise<Selection> {
  const { target, paths, exclude } = options;
  const notes: string[] = [];
  const keep = (path: string) => isCandidate(path, paths, exclude);

  if (options.scope === 'changed' && target.kind !== 'other') {
    const listed = await changedFiles(options, notes);
    if (listed) {
      const files = listed.files.filter((f) => CHECKABLE.has(f.status) && keep(f.path));
      core.info(
        `${listed.description}: ${listed.files.length} changed, ${files.length} match the paths.`,
      );
      return {
        files,
        changed: listed.files,
        skipped: [],
        description: listed.description,
        notes,
      };
    }
  }

  const { files, links } = listWorkspaceFiles(options.workspace);
  const matched = files
    .filter(keep)
    .map((path): ChangedFile => ({ path, status: 'unchanged' }));
  const skipped = links
    .filter(keep)
    .map((path) => ({ path, reason: 'is a symbolic link; links are never followed' }));
  const why =
    options.scope === 'all'
      ? 'scope: all'
      : target.kind === 'other'
        ? `a ${target.event} event has no change set`
        : 'the change set could not be listed';
  core.info(`Every matching file of the workspace (${why}): ${matched.length} files.`);
  return { files: matched, skipped, description: `all files (${why})`, notes };
}

async function changedFiles(
  options: Parameters<typeof selectFiles>[0],
  notes: string[],
): Promise<{ files: ChangedFile[]; description: string } | undefined> {
  const { target, octokit, repo, workspace } = options;

  if (target.kind === 'pull_request' && target.pullNumber !== undefined) {
    const number = target.pullNumber;
    // The pull request's diff starts at the merge base, not at the base branch's tip.
    const fromGit = () => {
      const base = target.baseSha && mergeBase(workspace, target.baseSha, target.headSha);
      return base ? diffNames(workspace, base, target.headSha) : undefined;
    };
    let files: ChangedFile[];
    try {
      if (!octokit) throw new Error('no github-token');
      files = await listPullRequestFiles(octokit, repo, number);
    } catch (error) {
      const local = fromGit();
      const why = `GitHub did not list the pull request's files (${describeApiError(error)})`;
      core.warning(
        `${why}; ${local ? 'they were taken from the local git history instead' : 'every matching file of the workspace is checked instead'}.`,
      );
      notes.push(
        `⚠️ ${escapeMarkdown(why)}; ${local ? 'the files were taken from the local git history instead.' : 'every matching file of the workspace was checked instead.'}`,
      );
      return local
        ? { files: local, description: `pull request #${number} (from git)` }
        : undefined;
    }
    if (files.length >= PULL_FILES_LIMIT) {
      const local = fromGit();
      if (local) {
        notes.push(
          `This pull request changes more than GitHub's ${PULL_FILES_LIMIT}-file list shows; the files were taken from the local git history instead.`,
        );
        return { files: local, description: `pull request #${number} (from git)` };
      }
      // GitHub gives no way to list the rest: name the boundary so nobody assumes the
      // whole change was checked.
      const last = files[files.length - 1].path;
      const message = `This pull request changes more files than GitHub lists (${PULL_FILES_LIMIT}), and the checkout lacks the history to list the rest: only the first ${PULL_FILES_LIMIT} in GitHub's order (up to ${last}) were checked, and any file after those was not.`;
      core.warning(`${message} Check out with fetch-depth: 0 to check them all.`);
      notes.push(
        `⚠️ ${escapeMarkdown(message)} Check out with \`fetch-depth: 0\` to check them all.`,
      );
    }
    return { files, description: `pull request #${number}` };
  }

  if (target.kind === 'push') {
    if (!target.baseSha) {
      notes.push(
        'This push created the branch, so there is no previous commit to compare with: every matching file was checked.',
      );
      return undefined;
    }
    const local = diffNames(workspace, target.baseSha, target.headSha);
    if (local)
      return {
        files: local,
        description: `push ${short(target.baseSha)}..${short(target.headSha)}`,
      };
    if (!octokit) return undefined;
    const files = await listComparedFiles(octokit, repo, target.baseSha, target.headSha);
    if (files.length >= COMPARE_FILES_LIMIT) {
      notes.push(
        `GitHub's compare API lists at most ${COMPARE_FILES_LIMIT} files and this push changes more, so only those were checked. Check out with \`fetch-depth: 0\` so the changed files come from git instead.`,
      );
    }
    return {
      files,
      description: `push ${short(target.baseSha)}..${short(target.headSha)}`,
    };
  }
  return undefined;
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
