import { execFileSync } from 'node:child_process';

/**
 * Runs git with an argument array (never through a shell, so file names with `$(...)`,
 * quotes or leading dashes are just names). Returns undefined when git fails or is
 * missing: every caller has another way to get what it wanted.
 */
function git(
  cwd: string,
  args: string[],
  maxBuffer = 256 * 1024 * 1024,
): Buffer | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      maxBuffer,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
    });
  } catch {
    return undefined;
  }
}

/** git's standard output as text (see git), or undefined when git fails. */
export function gitText(cwd: string, args: string[]): string | undefined {
  return git(cwd, args)?.toString('utf8');
}

/** The content of a blob from local objects, when the checkout has it. */
export function readBlob(cwd: string, sha: string): Buffer | undefined {
  if (!/^[0-9a-f]{40,64}$/.test(sha)) return undefined;
  return git(cwd, ['cat-file', 'blob', sha]);
}

/** A file at a commit (`<rev>:<path>`), when the checkout has it. */
export function readFileAtRevision(
  cwd: string,
  rev: string,
  path: string,
): Buffer | undefined {
  if (!/^[0-9a-zA-Z_./^~-]+$/.test(rev) || rev.startsWith('-')) return undefined;
  return git(cwd, ['cat-file', 'blob', `${rev}:${path}`]);
}

export function hasCommit(cwd: string, sha: string): boolean {
  if (!/^[0-9a-f]{40,64}$/.test(sha)) return false;
  return git(cwd, ['cat-file', '-e', `${sha}^{commit}`]) !== undefined;
}

export function headSha(cwd: string): string | undefined {
  return git(cwd, ['rev-parse', 'HEAD'])?.toString('utf8').trim() || undefined;
}

export interface ChangedPath {
  path: string;
  previousPath?: string;
  status: 'added' | 'modified' | 'renamed' | 'copied' | 'removed' | 'changed';
  /** Blob sha of the head version; absent for removed files. */
  sha?: string;
}

/** The best common ancestor of two local commits, as a pull request diff uses it. */
export function mergeBase(cwd: string, a: string, b: string): string | undefined {
  if (!hasCommit(cwd, a) || !hasCommit(cwd, b)) return undefined;
  return git(cwd, ['merge-base', a, b])?.toString('utf8').trim() || undefined;
}

/** Files changed between two local commits, with renames, or undefined if unknown. */
export function diffNames(
  cwd: string,
  base: string,
  head: string,
): ChangedPath[] | undefined {
  if (!hasCommit(cwd, base) || !hasCommit(cwd, head)) return undefined;
  // --raw gives each file's head blob, so the head version is read even when the
  // workspace holds a merge commit.
  const out = git(cwd, ['diff', '--raw', '--no-abbrev', '-z', '-M', base, head, '--']);
  if (!out) return undefined;
  const fields = out
    .toString('utf8')
    .split('\0')
    .filter((f) => f !== '');
  const changes: ChangedPath[] = [];
  for (let i = 0; i < fields.length;) {
    // `:old-mode new-mode old-sha new-sha status`, then one or two paths.
    const [, newMode, , newSha, code = ''] = fields[i++].split(' ');
    // Links (mode 120000) and submodules (160000) are not files to read.
    const sha = newMode === '100644' || newMode === '100755' ? newSha : undefined;
    if (code.startsWith('R') || code.startsWith('C')) {
      const previousPath = fields[i++];
      const path = fields[i++];
      changes.push({
        path,
        previousPath,
        status: code.startsWith('R') ? 'renamed' : 'copied',
        sha,
      });
    } else {
      const path = fields[i++];
      const status =
        code === 'A'
          ? 'added'
          : code === 'D'
            ? 'removed'
            : code === 'M'
              ? 'modified'
              : 'changed';
      changes.push(status === 'removed' ? { path, status } : { path, status, sha });
    }
  }
  return changes;
}
