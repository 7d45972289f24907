/**
 * Real git repositories in temporary folders, so the action reads objects, diffs and
 * blob shas exactly as it does on a runner. git is always called with argument arrays.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ApiFile } from './github-api.js';

/** Environment that keeps the user's and the system's git configuration out. */
const GIT_ENV: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.test',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.test',
  GIT_TERMINAL_PROMPT: '0',
};

/** Content by repository-relative path; `null` deletes the file. */
export type FileChanges = Record<string, string | Buffer | null>;

/**
 * A temporary folder that is removed by `removeTempDirs()`.
 * @param prefix a readable prefix for the folder name
 */
export function makeTempDir(prefix = 'podspec-'): string {
  // realpath: on some systems tmpdir() is itself a link, and the action refuses paths
  // whose real location differs from the lexical one.
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  created.push(dir);
  return dir;
}

const created: string[] = [];

/** Removes every folder made by `makeTempDir` and `createGitRepo` in this process. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Writes files below a folder, creating parent folders; `null` removes a file.
 * @param root the folder
 * @param files content by relative path
 */
export function writeFiles(root: string, files: FileChanges): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    if (content === null) {
      rmSync(full, { force: true });
      continue;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** Git's blob sha of some content, computed by `git hash-object` (nothing is stored). */
export function hashObject(content: string | Buffer): string {
  return execFileSync('git', ['hash-object', '--stdin'], { input: content, env: GIT_ENV })
    .toString('utf8')
    .trim();
}

export class GitRepo {
  constructor(readonly dir: string) {}

  /** Runs git in the repository and returns its trimmed standard output. */
  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      env: GIT_ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    })
      .toString('utf8')
      .trim();
  }

  /** Runs git in the repository and returns its standard output as it is, untrimmed. */
  gitRaw(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      env: GIT_ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    }).toString('utf8');
  }

  /** Writes (or deletes) files in the working tree without committing. */
  write(files: FileChanges): void {
    writeFiles(this.dir, files);
  }

  /**
   * Applies the changes, stages everything and commits; returns the commit sha.
   * @param message the commit message
   * @param files changes to make first (none: commit what is in the tree)
   */
  commit(message: string, files: FileChanges = {}): string {
    this.write(files);
    this.git('add', '--all');
    this.git('commit', '--quiet', '--allow-empty', '-m', message);
    return this.head();
  }

  /** The sha of HEAD (or of another revision). */
  head(rev = 'HEAD'): string {
    return this.git('rev-parse', '--verify', `${rev}^{commit}`);
  }

  /** Creates a branch at a revision (HEAD by default) and checks it out. */
  branch(name: string, from = 'HEAD'): void {
    this.git('checkout', '--quiet', '-b', name, from);
  }

  /** Checks out a branch or commit (detached for a sha, as actions/checkout does). */
  checkout(rev: string): void {
    this.git('checkout', '--quiet', rev);
  }

  /**
   * Makes the merge commit GitHub builds for a pull request (`refs/pull/N/merge`): base
   * first parent, head second, and leaves it checked out, detached. Returns its sha.
   */
  mergeCommit(base: string, head: string): string {
    this.git('checkout', '--quiet', '--detach', base);
    this.git(
      'merge',
      '--quiet',
      '--no-ff',
      '--no-edit',
      '-m',
      `Merge ${head} into ${base}`,
      head,
    );
    return this.head();
  }

  /** The blob sha of a file at a revision. */
  blobSha(path: string, rev = 'HEAD'): string {
    return this.git('rev-parse', `${rev}:${path}`);
  }

  /** The bytes of a file at a revision. */
  show(path: string, rev = 'HEAD'): Buffer {
    return execFileSync('git', ['cat-file', 'blob', `${rev}:${path}`], {
      cwd: this.dir,
      env: GIT_ENV,
    });
  }

  /** Every blob of a commit's tree by sha, to serve from the API's blob endpoint. */
  blobs(rev = 'HEAD'): Record<string, Buffer> {
    const shas = new Set<string>();
    for (const entry of this.git('ls-tree', '-r', '-z', rev).split('\0')) {
      const [, type, sha] = entry.split('\t')[0].split(' ');
      if (type === 'blob') shas.add(sha);
    }
    // One `cat-file --batch` for all of them: a process per blob is slow for big trees.
    const batch = execFileSync('git', ['cat-file', '--batch'], {
      cwd: this.dir,
      env: GIT_ENV,
      input: [...shas].map((sha) => `${sha}\n`).join(''),
      maxBuffer: 512 * 1024 * 1024,
    });
    const out: Record<string, Buffer> = {};
    let at = 0;
    while (at < batch.length) {
      const eol = batch.indexOf(10, at);
      const [sha, , size] = batch.subarray(at, eol).toString('utf8').split(' ');
      const start = eol + 1;
      out[sha] = Buffer.from(batch.subarray(start, start + Number(size)));
      at = start + Number(size) + 1;
    }
    return out;
  }

  /**
   * The files changed between two commits in the shape of GitHub's pull request file
   * list: status, head blob sha (the base blob for removed files, as GitHub gives),
   * previous_filename for renames and copies, and the `patch` (the file's hunks from
   * its first `@@` line, no final newline) with its additions and deletions. Binary
   * files and pure renames have no hunks, and so no patch, as on GitHub.
   */
  changedFiles(base: string, head: string): ApiFile[] {
    const files = this.rawChanges(base, head);
    // Both lists come from one diff queue with the same options, so they are in step;
    // a type change (file to link) has two diffs for one entry, and then each file is
    // diffed on its own.
    let patches = this.patches(base, head);
    if (patches.length !== files.length) {
      patches = files.map((file) => {
        const paths = [file.previous_filename, file.filename].filter(
          (path): path is string => path !== undefined,
        );
        const parts = this.patches(base, head, paths).filter((p) => p !== undefined);
        return parts.length > 0 ? parts.join('\n') : undefined;
      });
    }
    return files.map((file, i) => {
      const patch = patches[i];
      if (patch === undefined) return file;
      const lines = patch.split('\n');
      return {
        ...file,
        patch,
        additions: lines.filter((l) => l.startsWith('+')).length,
        deletions: lines.filter((l) => l.startsWith('-')).length,
      };
    });
  }

  /** One entry per changed file, in `git diff` order: its hunks, or undefined. */
  private patches(
    base: string,
    head: string,
    paths: string[] = [],
  ): (string | undefined)[] {
    const diff = this.gitRaw(
      'diff',
      '--no-color',
      '--no-ext-diff',
      '-M',
      base,
      head,
      '--',
      ...paths,
    );
    if (diff === '') return [];
    // Each file's part starts with `diff --git`; a line of content cannot, as content
    // lines start with a space, `+`, `-` or `\`.
    return diff
      .split(/^(?=diff --git )/m)
      .filter((part) => part !== '')
      .map((part) => {
        const hunks = part.indexOf('\n@@');
        return hunks < 0 ? undefined : part.slice(hunks + 1).replace(/\n$/, '');
      });
  }

  private rawChanges(base: string, head: string): ApiFile[] {
    const out = this.git('diff', '--raw', '--no-abbrev', '-z', '-M', base, head, '--');
    const fields = out.split('\0').filter((f) => f !== '');
    const files: ApiFile[] = [];
    for (let i = 0; i < fields.length;) {
      // `:old-mode new-mode old-sha new-sha status`, then one or two paths.
      const [, , oldSha, newSha, code] = fields[i++].split(' ');
      if (code.startsWith('R') || code.startsWith('C')) {
        const previous = fields[i++];
        files.push({
          filename: fields[i++],
          previous_filename: previous,
          status: code.startsWith('R') ? 'renamed' : 'copied',
          sha: newSha,
        });
        continue;
      }
      const status = code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified';
      files.push({
        filename: fields[i++],
        status,
        sha: status === 'removed' ? oldSha : newSha,
      });
    }
    return files;
  }
}

/**
 * A new repository on branch `main` in a temporary folder, with an optional first
 * commit of `files`.
 * @param files the first commit's files; none: an empty repository
 */
export function createGitRepo(files?: FileChanges): GitRepo {
  const dir = makeTempDir('podspec-repo-');
  const repo = new GitRepo(dir);
  repo.git('init', '--quiet', '--initial-branch=main');
  repo.git('config', 'commit.gpgsign', 'false');
  repo.git('config', 'core.autocrlf', 'false');
  if (files) repo.commit('Initial manifests', files);
  return repo;
}
