// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc.
// Builds into a scratch folder first and renames into place, so a test that runs
// dist/index.js never sees a half-written bundle. OUT_DIR builds elsewhere.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.env.OUT_DIR ?? 'dist');
const scratch = join(root, 'build', `bundle-${process.pid}`);
const ncc = join(root, 'node_modules', '.bin', 'ncc');

rmSync(scratch, { recursive: true, force: true });
try {
  execFileSync(
    ncc,
    [
      'build',
      'src/main.ts',
      '-o',
      join(scratch, 'action'),
      '--license',
      'licenses.txt',
      '-q',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  execFileSync(ncc, ['build', 'src/cli.ts', '-o', join(scratch, 'cli'), '-q'], {
    cwd: root,
    stdio: 'inherit',
  });
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(out)) {
    if (!['index.js', 'cli.js', 'licenses.txt', 'package.json'].includes(name))
      rmSync(join(out, name), { recursive: true, force: true });
  }
  for (const name of readdirSync(join(scratch, 'action')))
    renameSync(join(scratch, 'action', name), join(out, name));
  renameSync(join(scratch, 'cli', 'index.js'), join(out, 'cli.js'));
  chmodSync(join(out, 'cli.js'), 0o755);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
