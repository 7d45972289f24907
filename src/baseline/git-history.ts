import { gitText } from '../git/git.js';

const SHA = /^[0-9a-f]{40,64}$/;

/**
 * The commit a user's revision names (`main`, `HEAD~3`, `v1.2`), or undefined when the
 * repository has no such commit. A revision that starts with `-` would read as an option.
 */
export function resolveCommit(cwd: string, rev: string): string | undefined {
  if (rev === '' || rev.startsWith('-')) return undefined;
  const out = gitText(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  const sha = out?.trim();
  return sha && SHA.test(sha) ? sha : undefined;
}

/**
 * Where a pull request's branch left its base branch. GitHub's file list and patches are
 * relative to it; the base branch's tip may have moved on since, and comparing with the
 * tip would blame the pull request for what the base branch changed meanwhile. The one
 * in src/git/git.ts, which the action's file selection uses too.
 */
export { mergeBase } from '../git/git.js';

/**
 * The unified diff of one file between two commits, without context lines; for a rename
 * both names are given so git pairs them. Undefined when a commit is not in the checkout.
 */
export function diffFile(
  cwd: string,
  base: string,
  head: string,
  path: string,
  previousPath?: string,
): string | undefined {
  if (!SHA.test(base) || !SHA.test(head)) return undefined;
  const paths = previousPath && previousPath !== path ? [previousPath, path] : [path];
  return gitText(cwd, [
    '-c',
    'core.quotePath=false',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--unified=0',
    '-M',
    base,
    head,
    '--',
    ...paths,
  ]);
}

/**
 * The path of the working tree's folder inside its repository (`apps/web/`, or `` at the
 * root), or undefined outside a git repository.
 */
export function repositoryPrefix(cwd: string): string | undefined {
  const out = gitText(cwd, ['rev-parse', '--show-prefix']);
  return out === undefined ? undefined : out.trim();
}

/**
 * Renames between a commit and the working tree, head path to previous path, both
 * relative to the repository root. Files not yet added to git are not paired.
 */
export function renamesSince(cwd: string, base: string): Map<string, string> {
  const renames = new Map<string, string>();
  if (!SHA.test(base)) return renames;
  const out = gitText(cwd, ['diff', '--name-status', '-z', '-M', base, '--']);
  if (!out) return renames;
  const fields = out.split('\0').filter((f) => f !== '');
  for (let i = 0; i < fields.length;) {
    const code = fields[i++];
    if (code.startsWith('R') || code.startsWith('C')) {
      const previous = fields[i++];
      const path = fields[i++];
      if (code.startsWith('R')) renames.set(path, previous);
    } else {
      i++;
    }
  }
  return renames;
}
