import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { tooLargeReason } from '../manifests/limits.js';

export type ReadOutcome =
  { ok: true; content: Buffer } | { ok: false; reason: string; missing?: boolean };

/**
 * Reads a file of the workspace by its repository-relative path, refusing anything that
 * is a symbolic link or lies under one, and anything that would resolve outside the
 * workspace. A pull request can add a link to `/etc/passwd` or to the runner's secrets;
 * such a file is never opened.
 */
export function readWorkspaceFile(
  workspace: string,
  path: string,
  maxBytes: number,
): ReadOutcome {
  return workspaceReader(workspace)(path, maxBytes);
}

/**
 * `readWorkspaceFile` bound to one workspace, whose real path is resolved once (at the
 * first read) rather than for every file.
 */
export function workspaceReader(
  workspace: string,
): (path: string, maxBytes: number) => ReadOutcome {
  let root: string | undefined;
  return (path, maxBytes) =>
    readUnder((root ??= realpathSync.native(workspace)), path, maxBytes);
}

function readUnder(root: string, path: string, maxBytes: number): ReadOutcome {
  const lexical = resolve(root, path);
  if (lexical !== root && !lexical.startsWith(root + sep)) {
    return { ok: false, reason: 'lies outside the workspace; not read' };
  }

  let stat;
  try {
    stat = lstatSync(lexical);
  } catch {
    return { ok: false, reason: 'not in the workspace', missing: true };
  }
  if (stat.isSymbolicLink()) {
    return { ok: false, reason: 'is a symbolic link; links are never followed' };
  }
  let real: string;
  try {
    real = realpathSync.native(lexical);
  } catch {
    return { ok: false, reason: 'could not be resolved', missing: true };
  }
  if (real !== lexical) {
    return {
      ok: false,
      reason: 'lies under a symbolically linked folder; links are never followed',
    };
  }
  if (!stat.isFile()) return { ok: false, reason: 'is not a regular file' };
  if (stat.size > maxBytes) return { ok: false, reason: tooLargeReason(maxBytes) };
  // O_NOFOLLOW: a link swapped in after the checks above is refused by the kernel.
  let fd: number | undefined;
  try {
    fd = openSync(lexical, constants.O_RDONLY | constants.O_NOFOLLOW);
    return { ok: true, content: readFileSync(fd) };
  } catch {
    return { ok: false, reason: 'could not be read' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes a file the workflow asked for (the SARIF report) without following links: the
 * pull request could have put a link where the report goes, pointing at a file outside
 * the workspace. Returns why it refused, or undefined when written.
 */
export function writeFileNoFollow(
  path: string,
  content: string | Iterable<string>,
): string | undefined {
  const full = resolve(path);
  let folder: string;
  try {
    folder = realpathSync(dirname(full));
  } catch {
    return 'its folder does not exist';
  }
  if (folder !== dirname(full)) return 'its folder is reached through a symbolic link';
  let fd: number | undefined;
  try {
    fd = openSync(
      full,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644,
    );
    if (typeof content === 'string') writeFileSync(fd, content);
    else for (const piece of content) writeFileSync(fd, piece);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP'
      ? 'it is a symbolic link'
      : `it could not be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Git's object id of a blob with this content, to tell whether the workspace holds it. */
export function gitBlobSha(content: Buffer): string {
  return createHash('sha1')
    .update(`blob ${content.length}\0`)
    .update(content)
    .digest('hex');
}

/**
 * Every regular file below the workspace, as repository-relative paths with `/`. Does
 * not enter `.git` or follow symbolic links; links are listed so they can be reported.
 */
export function listWorkspaceFiles(workspace: string): {
  files: string[];
  links: string[];
} {
  const files: string[] = [];
  const links: string[] = [];
  const stack = [workspace];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const rel = relative(workspace, full).split(sep).join('/');
      if (entry.isSymbolicLink()) links.push(rel);
      else if (entry.isDirectory()) {
        if (entry.name !== '.git') stack.push(full);
      } else if (entry.isFile()) files.push(rel);
    }
  }
  return { files: files.sort(), links: links.sort() };
}
