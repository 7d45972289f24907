import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** `import … from '…'`, `import '…'` and `export … from '…'`; `type`-only ones aside. */
const STATIC_IMPORT = /^(?:import|export)\s+(type\s+)?(?:[^;]*?\s+from\s+)?'([^']+)';/gm;

/** The packages that the modules reachable from `entry` import when they load. */
function packagesLoadedFrom(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = [join(ROOT, entry)];
  for (let file = pending.pop(); file; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, typeOnly, specifier] of readFileSync(file, 'utf8').matchAll(
      STATIC_IMPORT,
    )) {
      if (typeOnly) continue;
      if (!specifier.startsWith('.')) packages.add(specifier);
      else if (specifier.endsWith('.js'))
        pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    }
  }
  return packages;
}

test('the CLI loads no GitHub client, which would double its start-up time', () => {
  const github = [...packagesLoadedFrom('src/cli.ts')].filter((name) =>
    /^@(actions|octokit)\//.test(name),
  );
  expect(github).toEqual([]);
});

test('the action does load it, so the walk above sees the imports it looks for', () => {
  expect(packagesLoadedFrom('src/main.ts')).toContain('@actions/github');
});
