import { lstatSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { SkippedFile } from '../engine/types.js';
import { isCandidate, matchesAny } from './globs.js';
import { listWorkspaceFiles } from './workspace.js';

export const MANIFEST_GLOBS = ['**/*.yaml', '**/*.yml', '**/*.json'];

/**
 * Expands CLI arguments into files relative to `root`: a file is taken as given, a
 * folder contributes its manifest files. Links are reported, never followed.
 */
export function expandPaths(
  root: string,
  args: string[],
  exclude: string[],
): { files: string[]; skipped: SkippedFile[]; missing: string[] } {
  const files = new Set<string>();
  const skipped: SkippedFile[] = [];
  const missing: string[] = [];
  const excluded = (path: string) => matchesAny(path, exclude);

  for (const arg of args) {
    const full = resolve(root, arg);
    const rel = toPosix(relative(root, full));
    let stat;
    try {
      stat = lstatSync(full);
    } catch {
      missing.push(arg);
      continue;
    }
    if (stat.isSymbolicLink()) {
      skipped.push({ path: rel, reason: 'is a symbolic link; links are never followed' });
    } else if (stat.isDirectory()) {
      const listed = listWorkspaceFiles(full);
      const prefix = rel === '' ? '' : `${rel}/`;
      for (const file of listed.files) {
        if (isCandidate(file, MANIFEST_GLOBS, []) && !excluded(prefix + file)) {
          files.add(prefix + file);
        }
      }
      for (const link of listed.links) {
        if (isCandidate(link, MANIFEST_GLOBS, [])) {
          skipped.push({
            path: prefix + link,
            reason: 'is a symbolic link; links are never followed',
          });
        }
      }
    } else if (!excluded(rel)) {
      files.add(rel);
    }
  }
  return { files: [...files].sort(), skipped, missing };
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
