import { lstatSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RELATED_KINDS } from '../checks/catalogue/index.js';
import type { SourceFile } from '../engine/types.js';
import { mayHoldKind } from '../engine/workspace-index.js';
import { expandPaths } from './local-files.js';

/**
 * The manifests below `paths` (the whole workspace by default) that may hold objects
 * related to the checked ones (a PodDisruptionBudget in an unchanged file). Links are
 * never followed, files over `maxBytes` are left out, and files that name none of the
 * related kinds are not returned, so the engine parses only what the lookups can use.
 * Files in `known` (the checked ones, already read) are not read again: the engine
 * takes their objects from the checked sources and ignores a context file of that path.
 */
export function relatedContextFiles(
  root: string,
  exclude: string[],
  maxBytes: number,
  paths: string[] = ['.'],
  known: ReadonlySet<string> = new Set(),
): SourceFile[] {
  // Installed packages are nobody's manifests and can hold thousands of JSON files.
  const { files } = expandPaths(root, paths, [...exclude, '**/node_modules/**']);
  const sources: SourceFile[] = [];
  for (const path of files) {
    if (known.has(path)) continue;
    const full = resolve(root, path);
    try {
      const stat = lstatSync(full);
      if (!stat.isFile() || stat.size > maxBytes) continue;
      const text = readFileSync(full, 'utf8');
      if (mayHoldKind(text, RELATED_KINDS)) sources.push({ path, text });
    } catch {
      // A file that vanished or cannot be read only means less context.
    }
  }
  return sources;
}
