import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContents } from '../../src/action/read-contents.js';
import {
  listWorkspaceFiles,
  readWorkspaceFile,
  writeFileNoFollow,
} from '../../src/discovery/workspace.js';
import { makeTempDir, removeTempDirs } from '../support/git-repo.js';

const SECRET = 'SECRET-MARKER-7f3a9c';

/** A workspace next to a folder it must never read from. */
function setup() {
  const root = makeTempDir('podspec-links-');
  const outside = join(root, 'outside');
  const workspace = join(root, 'workspace');
  mkdirSync(outside);
  mkdirSync(join(workspace, 'k8s'), { recursive: true });
  writeFileSync(join(outside, 'secret.yaml'), `token: ${SECRET}\n`);
  writeFileSync(join(workspace, 'k8s', 'ok.yaml'), 'kind: ConfigMap\n');
  symlinkSync(join(outside, 'secret.yaml'), join(workspace, 'k8s', 'link.yaml'));
  symlinkSync(outside, join(workspace, 'linked-dir'));
  symlinkSync('../../outside/secret.yaml', join(workspace, 'k8s', 'relative.yaml'));
  return { root, outside, workspace };
}

afterAll(removeTempDirs);

describe('files outside the workspace are never read', () => {
  it('refuses a link to a file outside the workspace', () => {
    const { workspace } = setup();
    const outcome = readWorkspaceFile(workspace, 'k8s/link.yaml', 1 << 20);
    expect(outcome).toEqual({
      ok: false,
      reason: 'is a symbolic link; links are never followed',
    });
  });

  it('refuses a relative link that climbs out of the workspace', () => {
    const { workspace } = setup();
    expect(readWorkspaceFile(workspace, 'k8s/relative.yaml', 1 << 20).ok).toBe(false);
  });

  it('refuses a path through a linked folder', () => {
    const { workspace } = setup();
    const outcome = readWorkspaceFile(workspace, 'linked-dir/secret.yaml', 1 << 20);
    expect(outcome).toEqual({
      ok: false,
      reason: 'lies under a symbolically linked folder; links are never followed',
    });
  });

  it('refuses a path that climbs out with ..', () => {
    const { workspace } = setup();
    expect(readWorkspaceFile(workspace, '../outside/secret.yaml', 1 << 20)).toEqual({
      ok: false,
      reason: 'lies outside the workspace; not read',
    });
  });

  it('lists links without entering linked folders', () => {
    const { workspace } = setup();
    const listed = listWorkspaceFiles(workspace);
    expect(listed.files).toEqual(['k8s/ok.yaml']);
    expect(listed.links).toEqual(['k8s/link.yaml', 'k8s/relative.yaml', 'linked-dir']);
  });

  it('reports linked files as skipped and keeps their targets out of the sources', async () => {
    const { workspace } = setup();
    const contents = await readContents({
      files: [
        { path: 'k8s/ok.yaml', status: 'added' },
        { path: 'k8s/link.yaml', status: 'added' },
        { path: 'linked-dir/secret.yaml', status: 'added' },
      ],
      workspace,
      maxBytes: 1 << 20,
      repo: { owner: 'o', repo: 'r' },
    });
    expect(contents.sources.map((s) => s.path)).toEqual(['k8s/ok.yaml']);
    expect(contents.skipped.map((s) => s.path)).toEqual([
      'k8s/link.yaml',
      'linked-dir/secret.yaml',
    ]);
    expect(JSON.stringify(contents)).not.toContain(SECRET);
  });

  it('does not write the SARIF report through a link the pull request planted', () => {
    const { workspace, outside } = setup();
    symlinkSync(join(outside, 'victim.txt'), join(workspace, 'report.sarif'));
    writeFileSync(join(outside, 'victim.txt'), 'untouched');
    expect(writeFileNoFollow(join(workspace, 'report.sarif'), '{}')).toBe(
      'it is a symbolic link',
    );
    expect(writeFileNoFollow(join(workspace, 'linked-dir', 'r.sarif'), '{}')).toBe(
      'its folder is reached through a symbolic link',
    );
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('untouched');
    expect(writeFileNoFollow(join(workspace, 'ok.sarif'), '{}')).toBeUndefined();
  });
});
