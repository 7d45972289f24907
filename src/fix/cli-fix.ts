import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config/types.js';
import { runEngine, type EngineRun } from '../engine/engine.js';
import type { SourceFile } from '../engine/types.js';
import { plural } from '../report/counts.js';
import { fixFiles, type FixResult } from './fix-files.js';

export interface CliFixOptions {
  cwd: string;
  sources: SourceFile[];
  run: EngineRun;
  config: Config;
  dryRun: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * `--fix`: writes the fixes into the files and returns the engine run over the written
 * text, so the report shows what is left. `--fix --dry-run`: prints the fixes as one
 * unified diff on stdout (for `git apply`) and writes nothing.
 */
export function runCliFix(options: CliFixOptions): {
  result: FixResult;
  recheck?: EngineRun;
} {
  const { cwd, config, stderr } = options;
  const result = fixFiles(options.run, config);

  for (const { finding, reason } of result.notFixed) {
    stderr(
      `${finding.file}:${finding.range.line}: not fixed (${finding.checkId}): ${reason}.\n`,
    );
  }

  if (options.dryRun) {
    for (const file of result.files) options.stdout(file.diff);
    stderr(
      `Dry run: ${plural(result.fixedCount, 'finding')} in ${plural(result.files.length, 'file')} would be fixed; nothing was written.\n`,
    );
    return { result };
  }

  const written = new Map<string, string>();
  for (const file of result.files) {
    const full = resolve(cwd, file.path);
    // A file that changed since it was read, or whose bytes are not valid UTF-8 (which
    // reading replaced), would lose bytes if written back.
    if (!readFileSync(full).equals(Buffer.from(file.before, 'utf8'))) {
      stderr(
        `${file.path}: not fixed: it changed while being checked or is not valid UTF-8, so writing it could lose bytes.\n`,
      );
      continue;
    }
    writeFileSync(full, file.after, 'utf8');
    written.set(file.path, file.after);
  }
  const fixedCount = result.files
    .filter((file) => written.has(file.path))
    .reduce((sum, file) => sum + file.fixed.length, 0);
  stderr(`Fixed ${plural(fixedCount, 'finding')} in ${plural(written.size, 'file')}.\n`);
  if (written.size === 0) return { result };

  const sources = options.sources.map((source) => ({
    path: source.path,
    text: written.get(source.path) ?? source.text,
  }));
  return { result, recheck: runEngine({ files: sources, config }) };
}
