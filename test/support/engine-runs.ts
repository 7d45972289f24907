import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listWorkspaceFiles } from '../../src/discovery/workspace.js';
import type { EngineRun } from '../../src/engine/engine.js';
import type { SourceFile } from '../../src/engine/types.js';

/** The shared corpus beside the repository (../shared/corpus), read in place, never copied. */
export const SHARED_CORPUS = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'corpus',
);

/** Its real manifests from public projects; absent on some machines. */
export const REAL_CORPUS = join(SHARED_CORPUS, 'real');

/** Every manifest file under a folder, read, as the engine takes them. */
export function sourcesUnder(root: string): SourceFile[] {
  return listWorkspaceFiles(root)
    .files.filter((path) => /\.(ya?ml|json)$/.test(path))
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/**
 * Everything an engine run reports, comparable with toEqual between two ways of running
 * it: fix intents by the offsets of the nodes they edit, not the nodes themselves.
 */
export function outcome(run: EngineRun) {
  return {
    findings: run.findings.map(({ fixIntent, ...rest }) => ({
      ...rest,
      fixIntent:
        fixIntent &&
        (fixIntent.type === 'set-scalar'
          ? { ...fixIntent, node: fixIntent.node.range }
          : { ...fixIntent, map: fixIntent.map.range }),
    })),
    skipped: run.skipped,
    counts: [
      run.filesChecked,
      run.objectsChecked,
      run.podSpecsChecked,
      run.containersChecked,
    ],
  };
}
