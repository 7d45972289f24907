import { minimatch } from 'minimatch';

const OPTIONS = { dot: true };

/** Whether a repository-relative path is a candidate: it matches `paths` and no `exclude`. */
export function isCandidate(path: string, paths: string[], exclude: string[]): boolean {
  return (
    paths.some((glob) => minimatch(path, glob, OPTIONS)) &&
    !exclude.some((glob) => minimatch(path, glob, OPTIONS))
  );
}
