import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { RunTarget } from '../../src/action/event.js';
import { readContents } from '../../src/action/read-contents.js';
import { selectFiles } from '../../src/action/select-files.js';
import type { Octokit } from '../../src/github/client.js';
import { createGitRepo, removeTempDirs } from '../support/git-repo.js';

vi.mock('@actions/core', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@actions/core')>()),
  info: vi.fn(),
  warning: vi.fn(),
}));

afterAll(removeTempDirs);

const HOSTILE_NAMES = [
  'k8s/with space.yaml',
  'k8s/ünïcødé-名前.yaml',
  `k8s/quote'"s.yaml`,
  'k8s/$(touch pwned).yaml',
  'k8s/`touch pwned`.yaml',
  '-rf.yaml',
  '--output=x.yaml',
  'k8s/semi;colon&amp.yaml',
];

const POD =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: c, image: "nginx:1"}\n';

/** A pull request whose head adds the hostile names, checked out at the head. */
function pullRequest(extra: Record<string, string> = {}) {
  const repo = createGitRepo({ 'README.md': 'base\n' });
  const base = repo.head();
  repo.branch('feature');
  const files = Object.fromEntries(HOSTILE_NAMES.map((name) => [name, POD]));
  const head = repo.commit('hostile names', { ...files, ...extra });
  const target: RunTarget = {
    event: 'pull_request',
    kind: 'pull_request',
    headSha: head,
    baseSha: base,
    pullNumber: 17,
    fromFork: true,
  };
  return { repo, target };
}

/** A files API that lists exactly GitHub's maximum, as for a pull request beyond it. */
function apiListing(count: number): Octokit {
  const files = Array.from({ length: count }, (_, i) => ({
    filename: `bulk/f${String(i).padStart(4, '0')}.yaml`,
    status: 'added',
    sha: '0'.repeat(40),
  }));
  return {
    rest: { pulls: { listFiles: () => undefined } },
    paginate: async () => files,
  } as unknown as Octokit;
}

describe('file names are data, never shell or git options', () => {
  it('lists and reads every hostile name exactly, and runs nothing', async () => {
    const { repo, target } = pullRequest();
    const selection = await selectFiles({
      target,
      scope: 'changed',
      paths: ['**/*.yaml'],
      exclude: [],
      workspace: repo.dir,
      octokit: apiListing(3000),
      repo: { owner: 'o', repo: 'r' },
    });
    expect(selection.files.map((f) => f.path).sort()).toEqual([...HOSTILE_NAMES].sort());
    const contents = await readContents({
      files: selection.files,
      workspace: repo.dir,
      maxBytes: 1 << 20,
      repo: { owner: 'o', repo: 'r' },
    });
    expect(contents.skipped).toEqual([]);
    expect(contents.sources.map((s) => s.path).sort()).toEqual([...HOSTILE_NAMES].sort());
    expect(existsSync(join(repo.dir, 'pwned'))).toBe(false);
    expect(existsSync(join(repo.dir, 'k8s', 'pwned'))).toBe(false);
    expect(existsSync('pwned')).toBe(false);
  });
});

describe('a pull request beyond the 3,000 files GitHub lists', () => {
  it('takes the files from git, from the merge base, when the checkout has them', async () => {
    const { repo, target } = pullRequest();
    // main moves on after the branch point: its change is not part of the pull request.
    repo.checkout('main');
    const moved = repo.commit('meanwhile', { 'k8s/only-on-main.yaml': POD });
    repo.checkout(target.headSha);
    const selection = await selectFiles({
      target: { ...target, baseSha: moved },
      scope: 'changed',
      paths: ['**/*.yaml'],
      exclude: [],
      workspace: repo.dir,
      octokit: apiListing(3000),
      repo: { owner: 'o', repo: 'r' },
    });
    expect(selection.description).toBe('pull request #17 (from git)');
    expect(selection.files.map((f) => f.path)).not.toContain('k8s/only-on-main.yaml');
    expect(selection.files).toHaveLength(HOSTILE_NAMES.length);
    expect(selection.files.every((f) => /^[0-9a-f]{40}$/.test(f.sha ?? ''))).toBe(true);
    expect(selection.notes[0]).toMatch(/taken from the local git history/);
  });

  it('says which files were not checked when the checkout lacks the history', async () => {
    const { repo, target } = pullRequest();
    const selection = await selectFiles({
      target: { ...target, baseSha: 'f'.repeat(40), headSha: 'e'.repeat(40) },
      scope: 'changed',
      paths: ['**/*.yaml'],
      exclude: [],
      workspace: repo.dir,
      octokit: apiListing(3000),
      repo: { owner: 'o', repo: 'r' },
    });
    expect(selection.files).toHaveLength(3000);
    expect(selection.notes.join('\n')).toMatch(
      /only the first 3000 in GitHub's order \(up to bulk\/f2999\.yaml\) were checked, and any file after those was not/,
    );
  });

  it('falls back to git when GitHub refuses to list the files', async () => {
    const { repo, target } = pullRequest();
    const refusing = {
      rest: { pulls: { listFiles: () => undefined } },
      paginate: () =>
        Promise.reject(Object.assign(new Error('Server Error'), { status: 502 })),
    } as unknown as Octokit;
    const selection = await selectFiles({
      target,
      scope: 'changed',
      paths: ['**/*.yaml'],
      exclude: [],
      workspace: repo.dir,
      octokit: refusing,
      repo: { owner: 'o', repo: 'r' },
    });
    expect(selection.files).toHaveLength(HOSTILE_NAMES.length);
    expect(selection.notes[0]).toMatch(/HTTP 502/);
  });
});
