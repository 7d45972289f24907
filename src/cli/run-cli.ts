import { lstatSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareWithRevision } from '../baseline/compare-with-revision.js';
import { loadConfig } from '../config/load.js';
import { relatedContextFiles } from '../discovery/context-files.js';
import { expandPaths } from '../discovery/local-files.js';
import { runEngine } from '../engine/engine.js';
import { runCliFix } from '../fix/cli-fix.js';
import { tooLargeReason } from '../manifests/limits.js';
import type { Finding, SkippedFile, SourceFile } from '../engine/types.js';
import { countFindings, fails, plural } from '../report/counts.js';
import { prettyJsonPieces } from '../report/json-pieces.js';
import { sarifLeftOutMessage, sarifText } from '../report/sarif.js';
import { textLines } from '../report/text.js';
import { UserError } from '../util/errors.js';
import { printable } from '../util/printable.js';
import { VERSION } from '../version.js';
import { parseCliArgs, USAGE } from './args.js';

export interface CliIo {
  cwd: string;
  /** Writes to standard output; a promise means: wait before writing more. */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
}

/** Runs the CLI and returns its exit code: 0 clean, 1 findings reach --fail-on, 2 usage. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const options = parseCliArgs(argv);
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }

  const configPath = resolve(io.cwd, options.config ?? '.github/podspec-check.yaml');
  const config = loadConfig(configPath, options.config !== undefined);
  const { files, skipped, missing } = expandPaths(io.cwd, options.paths, [
    ...options.exclude,
    ...config.exclude,
  ]);
  if (missing.length > 0) {
    throw new UserError(`No such file or folder: ${missing.join(', ')}`);
  }

  const sources: SourceFile[] = [];
  const unreadable: SkippedFile[] = [];
  for (const path of files) {
    const full = resolve(io.cwd, path);
    const size = lstatSync(full).size;
    if (size > config.limits.maxFileBytes) {
      unreadable.push({ path, reason: tooLargeReason(config.limits.maxFileBytes) });
      continue;
    }
    sources.push({ path, text: readFileSync(full, 'utf8') });
  }

  // Related objects may sit outside the given paths: read the working folder for them,
  // only when a check that looks them up is enabled.
  const contextFiles = () =>
    relatedContextFiles(
      io.cwd,
      [...options.exclude, ...config.exclude],
      config.limits.maxFileBytes,
      options.paths,
      new Set(sources.map((source) => source.path)),
    );
  let result = runEngine({ files: sources, config, contextFiles });
  if (options.fix) {
    if (options.dryRun && options.format !== 'text') {
      throw new UserError('--fix --dry-run prints a diff; use it with --format text.');
    }
    const fix = runCliFix({
      ...io,
      sources,
      run: result,
      config,
      dryRun: options.dryRun,
    });
    // The diff alone goes to stdout, so that it can be piped into `git apply`.
    if (options.dryRun) return fails(result.findings, options.failOn) ? 1 : 0;
    result = fix.recheck ?? result;
  }
  const allSkipped = [...skipped, ...unreadable, ...result.skipped];
  const findings = result.findings;
  // --base: findings the revision had already are marked existing and do not count
  const comparison = options.base
    ? compareWithRevision({ cwd: io.cwd, rev: options.base, sources, findings, config })
    : undefined;

  // Every format is written piece by piece, each piece written before the next is
  // made: a pipe that reads slower than the report is made would otherwise queue all
  // of it in memory.
  if (options.format === 'json') {
    const frameOf = (items: unknown[]) => ({
      version: VERSION,
      counts: countFindings(findings),
      filesChecked: result.filesChecked,
      containersChecked: result.containersChecked,
      skipped: allSkipped,
      ...(comparison && {
        base: {
          ref: options.base,
          sha: comparison.sha,
          new: comparison.introduced,
          existing: comparison.existing,
          fixed: comparison.fixed.length,
        },
      }),
      findings: items,
    });
    const withoutFixIntent = ({ fixIntent: _fixIntent, ...rest }: Finding) => rest;
    for (const piece of prettyJsonPieces(frameOf, findings, withoutFixIntent)) {
      await io.stdout(piece);
    }
    await io.stdout('\n');
  } else if (options.format === 'sarif') {
    for (const piece of sarifText(findings, VERSION)) await io.stdout(piece);
    const leftOut = sarifLeftOutMessage(findings.length);
    if (leftOut) io.stderr(`${leftOut} --format json lists every finding.\n`);
  } else {
    for (const piece of textLines(findings)) await io.stdout(piece);
    for (const skip of allSkipped)
      io.stderr(`${printable(`${skip.path}: not checked: ${skip.reason}`)}\n`);
    const counts = countFindings(findings);
    io.stderr(
      `${plural(result.filesChecked, 'file')}, ${plural(result.containersChecked, 'container')} checked: ${counts.errors} errors, ${counts.warnings} warnings, ${counts.notices} notices${counts.exempted ? `, ${counts.exempted} exempted` : ''}.\n`,
    );
    if (comparison) {
      io.stderr(
        `Since ${options.base} (${comparison.sha.slice(0, 7)}): ${comparison.introduced} new, ${comparison.existing} existing (not counted), ${comparison.fixed.length} fixed.\n`,
      );
    }
  }
  return fails(findings, options.failOn) ? 1 : 0;
}
