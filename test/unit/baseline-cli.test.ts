import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { createGitRepo, removeTempDirs } from '../support/git-repo.js';

afterAll(() => removeTempDirs());

function deployment(containers: string[]): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    ...containers.flatMap((c) => [
      `        - name: ${c}`,
      `          image: shop/${c}:1.0`,
    ]),
    '',
  ].join('\n');
}

async function cli(cwd: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

describe('the CLI with --base', () => {
  test('counts only the findings that are new since the revision, through a rename', async () => {
    const repo = createGitRepo({ 'deploy/api.yaml': deployment(['api', 'old']) });
    repo.git('mv', 'deploy/api.yaml', 'deploy/api-v2.yaml');
    repo.write({ 'deploy/api-v2.yaml': deployment(['api', 'sidecar']) });
    repo.git('add', '--all');

    const result = await cli(repo.dir, [
      '--base',
      'main',
      '--format',
      'json',
      '--exclude',
      '.github/**',
      'deploy',
    ]);
    const report = JSON.parse(result.stdout) as {
      base: { ref: string; new: number; existing: number; fixed: number };
      findings: { container: string; existing?: boolean; checkId: string }[];
    };
    const policy = report.findings.filter((f) => f.checkId === 'image-pull-policy');

    expect(report.base).toMatchObject({ ref: 'main' });
    expect(policy.map((f) => [f.container, f.existing ?? false])).toEqual([
      ['api', true],
      ['sidecar', false],
    ]);
    expect(result.code).toBe(1);
  });

  test('exits 0 when every finding existed at the revision, and says so', async () => {
    const repo = createGitRepo({ 'api.yaml': deployment(['api']) });
    repo.write({ 'api.yaml': `# moved down\n\n${deployment(['api'])}` });

    const result = await cli(repo.dir, ['--base', 'HEAD', 'api.yaml']);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(existing)');
    expect(result.stderr).toMatch(/Since HEAD \([0-9a-f]{7}\): 0 new, \d+ existing/);
  });

  test('fails with a message that says what to change for an unknown revision', async () => {
    const repo = createGitRepo({ 'api.yaml': deployment(['api']) });
    await expect(cli(repo.dir, ['--base', 'nope', 'api.yaml'])).rejects.toThrow(
      /--base "nope" does not name a commit/,
    );
  });
});
