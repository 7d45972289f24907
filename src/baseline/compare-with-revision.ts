import { posix } from 'node:path';
import type { Config } from '../config/types.js';
import { runEngine } from '../engine/engine.js';
import type { Finding, SourceFile } from '../engine/types.js';
import { UserError } from '../util/errors.js';
import { BaseReader } from './base-versions.js';
import { renamesSince, repositoryPrefix, resolveCommit } from './git-history.js';
import { matchFindings } from './match.js';

/** How the working tree's findings compare with a git revision's, for the CLI. */
export interface RevisionComparison {
  /** The commit `--base` named. */
  sha: string;
  introduced: number;
  existing: number;
  fixed: Finding[];
  /** Files whose base version was not found in any form; their findings are new. */
  addedFiles: number;
}

/**
 * The CLI's `--base <git-ref>`: checks each file as it was at the revision (under its old
 * name when git sees it renamed since) and marks the current findings that were there
 * already as `existing`, in place. Only local git objects are read.
 */
export function compareWithRevision(options: {
  cwd: string;
  rev: string;
  /** The checked files, with paths relative to `cwd`. */
  sources: SourceFile[];
  findings: Finding[];
  config: Config;
}): RevisionComparison {
  const { cwd, rev } = options;
  const prefix = repositoryPrefix(cwd);
  if (prefix === undefined) {
    throw new UserError(
      `--base needs a git repository, and ${cwd} is not inside one. Run podspec-check from the repository, or leave out --base.`,
    );
  }
  const sha = resolveCommit(cwd, rev);
  if (!sha) {
    throw new UserError(
      `--base "${rev}" does not name a commit of this repository. Give a branch, tag or commit that \`git rev-parse\` knows (fetch it first if it is remote).`,
    );
  }

  // Base versions, under the name each file had then
  const renames = renamesSince(cwd, sha);
  const reader = new BaseReader({
    workspace: cwd,
    commit: sha,
    maxBytes: options.config.limits.maxFileBytes,
  });
  const baseSources: SourceFile[] = [];
  let addedFiles = 0;
  for (const source of options.sources) {
    const repoPath = posix.normalize(posix.join(prefix, source.path));
    const version = reader.readLocal(renames.get(repoPath) ?? repoPath);
    if (version.state === 'read')
      baseSources.push({ path: source.path, text: version.text });
    else addedFiles++;
  }

  // Findings then and now
  const baseRun = runEngine({ files: baseSources, config: options.config });
  const matched = matchFindings(options.findings, baseRun.findings, () => false);
  return {
    sha,
    introduced: matched.introduced.length,
    existing: matched.existing.length,
    fixed: matched.fixed,
    addedFiles,
  };
}
