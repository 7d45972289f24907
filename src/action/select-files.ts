import * as core from '@actions/core';
import { isCandidate } from '../discovery/globs.js';
import { listWorkspaceFiles } from '../discovery/workspace.js';
import { diffNames } from '../git/git.js';
import type { Octokit } from '../github/client.js';
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
    if (!octokit)
      throw new Error('A GitHub token is needed to list the pull request files.');
    const files = await listPullRequestFiles(octokit, repo, target.pullNumber);
    if (files.length >= PULL_FILES_LIMIT) {
      const local = target.baseSha
        ? diffNames(workspace, target.baseSha, target.headSha)
        : undefined;
      if (local) {
        notes.push(
          `This pull request changes more than GitHub's ${PULL_FILES_LIMIT}-file list shows; the files were taken from the local git history instead.`,
        );
        return {
          files: local,
          description: `pull request #${target.pullNumber} (from git)`,
        };
      }
      notes.push(
        `This pull request changes more files than GitHub lists (${PULL_FILES_LIMIT}), and the checkout lacks the history to list the rest: only the first ${PULL_FILES_LIMIT} were checked. Check out with \`fetch-depth: 0\` to check them all.`,
      );
    }
    return { files, description: `pull request #${target.pullNumber}` };
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
