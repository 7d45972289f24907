import { spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const cli = resolve(root, process.env.PODSPEC_DIST ?? 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'podspec-cli-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runCli(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the CLI from the committed bundle', () => {
  it('runs the README command on the bundled examples and exits 0', () => {
    const { code, stdout, stderr } = runCli(['--fail-on', 'never', 'examples']);
    expect(code).toBe(0);
    expect(stdout).toContain('examples/needs-work/api.yaml:');
    expect(stdout).toMatch(
      /^examples\/needs-work\/\S+:\d+:\d+ error image-pull-policy /m,
    );
    expect(stdout).not.toContain('examples/compliant/');
    expect(stderr).toMatch(/\d+ files, \d+ containers checked/);
  });

  it('finds nothing in the compliant examples and exits 1 on the others', () => {
    expect(runCli(['examples/compliant']).code).toBe(0);
    expect(runCli(['examples/needs-work']).code).toBe(1);
  });

  it('prints its version and JSON and SARIF reports', () => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    expect(runCli(['--version']).stdout.trim()).toBe(version);

    const json = JSON.parse(runCli(['--format', 'json', 'examples/needs-work']).stdout);
    expect(json.counts.errors).toBeGreaterThan(0);
    expect(json.findings[0]).toHaveProperty('range.line');

    const sarif = JSON.parse(runCli(['--format', 'sarif', 'examples/needs-work']).stdout);
    expect(sarif.version).toBe('2.1.0');
    const ruleIds = sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId);
    expect(ruleIds).toContain('image-pull-policy');
  });

  it('rejects a bad option value naming the accepted ones, with exit code 2', () => {
    const { code, stderr } = runCli(['--format', 'xml', 'examples']);
    expect(code).toBe(2);
    expect(stderr).toContain('text, json, sarif');
    expect(runCli(['no-such-folder']).code).toBe(2);
  });

  it('fixes pull policies in place, and prints them as a diff with --dry-run', () => {
    const folder = join(scratch, 'fix');
    cpSync(join(root, 'examples', 'needs-work'), folder, { recursive: true });
    const before = readFileSync(join(folder, 'api.yaml'), 'utf8');

    const dryRun = runCli(['--fix', '--dry-run', '.'], folder);
    expect(dryRun.stdout).toMatch(/^\+\s+imagePullPolicy: Always/m);
    expect(readFileSync(join(folder, 'api.yaml'), 'utf8')).toBe(before);

    runCli(['--fix', '.'], folder);
    const after = readFileSync(join(folder, 'api.yaml'), 'utf8');
    expect(after).not.toBe(before);
    const policyFindings = JSON.parse(
      runCli(['--format', 'json', '.'], folder).stdout,
    ).findings.filter((f: { checkId: string }) => f.checkId === 'image-pull-policy');
    expect(policyFindings).toEqual([]);
    // Only lines with imagePullPolicy changed.
    const beforeLines = new Set(before.split('\n'));
    const afterLines = new Set(after.split('\n'));
    const added = [...afterLines].filter((line) => !beforeLines.has(line));
    const removed = [...beforeLines].filter((line) => !afterLines.has(line));
    expect(added.length).toBeGreaterThan(0);
    for (const line of [...added, ...removed]) expect(line).toContain('imagePullPolicy');
  });

  it('keeps a SARIF report within the result limit of code scanning, most severe first', () => {
    // 2,200 containers with nothing set: over 26,000 findings, a quarter of them errors.
    const dir = mkdtempSync(join(scratch, 'many-'));
    const containers = Array.from(
      { length: 2_200 },
      (_, index) => `  - name: c${index}\n    image: nginx:1.${index}\n`,
    );
    writeFileSync(
      join(dir, 'pod.yaml'),
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: many\nspec:\n  containers:\n${containers.join('')}`,
    );

    const { code, stdout, stderr } = runCli(['--format', 'sarif', 'pod.yaml'], dir);
    const { counts } = JSON.parse(runCli(['--format', 'json', 'pod.yaml'], dir).stdout);

    expect(code).toBe(1);
    expect(counts.findings).toBeGreaterThan(25_000);
    const [run] = JSON.parse(stdout).runs;
    expect(run.results).toHaveLength(25_000);
    const levels = run.results.map((result: { level: string }) => result.level);
    expect(levels.filter((level: string) => level === 'error')).toHaveLength(
      counts.errors,
    );
    const leftOut = `holds the 25,000 most severe of ${counts.findings.toLocaleString('en-US')} findings`;
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain(
      leftOut,
    );
    expect(stderr).toContain(leftOut);
    expect(stderr).toContain('--format json lists every finding');
  });

  it('stops quietly when the reader goes away, with the exit code of its findings', () => {
    // Over the pipe's buffer, so that the reader is gone before the report is written.
    const dir = mkdtempSync(join(scratch, 'pipe-'));
    const pods = Array.from(
      { length: 400 },
      (_, index) =>
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${index}\nspec:\n  containers:\n  - name: c\n    image: nginx:1.${index}\n`,
    );
    writeFileSync(join(dir, 'pods.yaml'), pods.join('---\n'));

    for (const format of ['text', 'json', 'sarif']) {
      const result = spawnSync(
        '/bin/bash',
        [
          '-c',
          `"${process.execPath}" "${cli}" --format ${format} pods.yaml 2>/dev/null | head -c 10; echo " exit \${PIPESTATUS[0]}"`,
        ],
        { cwd: dir, encoding: 'utf8' },
      );
      expect(result.stdout).toMatch(/^.{10} exit 1\n$/s);
      expect(result.stderr).toBe('');
    }
  });

  it.skipIf(!existsSync('/dev/full'))(
    'fails with exit code 2, not the findings code, when it cannot write its report',
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(
          process.execPath,
          [cli, '--format', 'json', 'examples/compliant'],
          { cwd: root, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] },
        );
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/^podspec-check: cannot write the report: ENOSPC/);
      } finally {
        closeSync(full);
      }
    },
  );
});
