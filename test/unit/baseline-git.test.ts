import { afterAll, describe, expect, test } from 'vitest';
import { BaseReader } from '../../src/baseline/base-versions.js';
import { changedLinesOf, NO_DIFF_REASON } from '../../src/baseline/file-changes.js';
import {
  diffFile,
  mergeBase,
  renamesSince,
  repositoryPrefix,
  resolveCommit,
} from '../../src/baseline/git-history.js';
import { addedLines } from '../../src/baseline/patch.js';
import { createGitRepo, makeTempDir, removeTempDirs } from '../support/git-repo.js';

afterAll(() => removeTempDirs());

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\n';
const long = (n: number) =>
  Array.from({ length: n }, (_, i) => `# line ${i + 1}`).join('\n') + '\n';

describe('git history for the base comparison', () => {
  test('diffs one file between commits with its head line numbers, renames included', () => {
    const repo = createGitRepo({ 'deploy/a.yaml': long(30) });
    const base = repo.head();
    const edited = long(30).replace('# line 12\n', '# line twelve\n');
    const head = repo.commit('move and edit', {
      'deploy/a.yaml': null,
      'apps/a.yaml': edited,
    });

    const diff = diffFile(repo.dir, base, head, 'apps/a.yaml', 'deploy/a.yaml');

    expect(diff).toContain('rename from deploy/a.yaml');
    expect([...addedLines(diff ?? '')]).toEqual([12]);
  });

  test('finds the merge base, resolves revisions and lists renames since a commit', () => {
    const repo = createGitRepo({ 'a.yaml': POD + long(20) });
    const fork = repo.head();
    repo.branch('feature');
    const head = repo.commit('feature', { 'b.yaml': POD + long(20), 'a.yaml': null });
    repo.checkout('main');
    const main = repo.commit('main moves on', { 'c.yaml': POD });
    repo.checkout('feature');

    expect(mergeBase(repo.dir, main, head)).toBe(fork);
    expect(resolveCommit(repo.dir, 'main')).toBe(main);
    expect(resolveCommit(repo.dir, 'no-such-branch')).toBeUndefined();
    expect(resolveCommit(repo.dir, '--all')).toBeUndefined();
    expect(renamesSince(repo.dir, fork)).toEqual(new Map([['b.yaml', 'a.yaml']]));
    expect(repositoryPrefix(repo.dir)).toBe('');
    expect(repositoryPrefix(makeTempDir())).toBeUndefined();
  });

  test('reads base versions from local objects: present, absent, and over the size limit', async () => {
    const repo = createGitRepo({ 'a.yaml': POD, 'big.yaml': long(200) });
    const reader = new BaseReader({
      workspace: repo.dir,
      commit: repo.head(),
      maxBytes: 500,
    });

    expect(reader.hasLocalCommit).toBe(true);
    expect(await reader.read('a.yaml')).toEqual({
      state: 'read',
      text: POD,
      origin: 'git',
    });
    expect(await reader.read('missing.yaml')).toEqual({ state: 'absent' });
    expect((await reader.read('big.yaml')).state).toBe('unavailable');
  });

  test('says a base is unavailable when the commit is missing and there is no API', async () => {
    const repo = createGitRepo({ 'a.yaml': POD });
    const reader = new BaseReader({
      workspace: repo.dir,
      commit: 'f'.repeat(40),
      maxBytes: 1000,
    });
    expect((await reader.read('a.yaml')).state).toBe('unavailable');
  });
});

describe('changedLinesOf', () => {
  test('uses the patch when GitHub gave one', () => {
    const lines = changedLinesOf({
      file: { path: 'a.yaml', status: 'modified', patch: '@@ -2 +2 @@\n-a\n+b' },
      workspace: '.',
      head: 'f'.repeat(40),
    });
    expect(lines).toEqual({ kind: 'lines', lines: new Set([2]) });
  });

  test('computes the diff from git when GitHub left the patch out', () => {
    const repo = createGitRepo({ 'a.yaml': long(10) });
    const base = repo.head();
    const head = repo.commit('edit', {
      'a.yaml': long(10).replace('# line 4\n', 'x: 4\n'),
    });

    const lines = changedLinesOf({
      file: { path: 'a.yaml', status: 'modified' },
      workspace: repo.dir,
      base,
      head,
    });
    expect(lines).toEqual({ kind: 'lines', lines: new Set([4]) });
  });

  test('treats a file as wholly changed when neither a patch nor the commits are there', () => {
    const lines = changedLinesOf({
      file: { path: 'a.yaml', status: 'modified' },
      workspace: makeTempDir(),
      base: 'a'.repeat(40),
      head: 'b'.repeat(40),
    });
    expect(lines).toEqual({ kind: 'whole-file', reason: NO_DIFF_REASON });
  });

  test('sees no changed line in a pure rename whose text is the same', () => {
    const lines = changedLinesOf({
      file: { path: 'b.yaml', previousPath: 'a.yaml', status: 'renamed' },
      workspace: makeTempDir(),
      head: 'b'.repeat(40),
      baseText: POD,
      headText: POD,
    });
    expect(lines).toEqual({ kind: 'lines', lines: new Set() });
  });
});
