// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc, and makes the
// action load undici only when it is used (see loadOnFirstUse below).
// Builds into a scratch folder first and renames into place, so a test that runs
// dist/index.js never sees a half-written bundle. OUT_DIR builds elsewhere.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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
      '--stats-out',
      join(scratch, 'action-stats.json'),
      '-q',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  loadOnFirstUse(join(scratch, 'action', 'index.js'), join(scratch, 'action-stats.json'));
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

/**
 * Makes undici's module in the action's bundle load on first use instead of at start.
 * @actions/core (for OIDC tokens) and @actions/github (for its proxy-aware fetch) import
 * undici as they load: a megabyte of code whose compiling and running takes about 40 ms
 * of every start, while a run without a proxy never calls it (the API client uses
 * node:http then, see src/github/http-fetch.ts). Their code reads undici's exports only
 * when it calls them, so the module is replaced by a proxy that loads undici at the
 * first read. Remove when neither package imports undici as it loads.
 */
function loadOnFirstUse(bundle, statsFile) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const ids = stats.modules
    .filter((m) => m.name?.endsWith('/node_modules/undici/index.js'))
    .map((m) => m.id);
  const code = readFileSync(bundle, 'utf8');
  const header = (id) =>
    `\n/***/ ${JSON.stringify(id)}:\n/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {\n`;
  const parts = ids.length === 1 ? code.split(header(ids[0])) : [];
  if (parts.length !== 2) {
    throw new Error(
      `undici's module (${ids.join(', ') || 'none'}) is not once in ${bundle} as loadOnFirstUse in .ci/build.mjs expects it.`,
    );
  }
  const id = ids[0];
  const onUse = `${id}-on-use`;
  const proxy = `${header(id)}// Loaded on first use: see loadOnFirstUse in .ci/build.mjs.
let undici;
const load = () => (undici ??= __nccwpck_require__(${JSON.stringify(onUse)}));
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(load(), key),
});

/***/ }),
`;
  writeFileSync(bundle, parts[0] + proxy + header(onUse) + parts[1]);
}
