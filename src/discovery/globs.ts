import { minimatch } from 'minimatch';

const OPTIONS = { dot: true };

/** Whether a repository-relative path matches any of `globs` (dotfiles included). */
export function matchesAny(path: string, globs: string[]): boolean {
  return globs.some((glob) => minimatch(path, glob, OPTIONS));
}

/** Whether a repository-relative path is a candidate: it matches `paths` and no `exclude`. */
export function isCandidate(path: string, paths: string[], exclude: string[]): boolean {
  return matchesAny(path, paths) && !matchesAny(path, exclude);
}
