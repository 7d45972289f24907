import { lstatSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import { defaultConfig } from '../../src/config/types.js';
import { expandPaths } from '../../src/discovery/local-files.js';
import { runEngine } from '../../src/engine/engine.js';
import type { SourceFile } from '../../src/engine/types.js';
import { sarifText } from '../../src/report/sarif.js';
import { buildSummary } from '../../src/report/summary.js';
import { VERSION } from '../../src/version.js';

/** What one pass produced, so the passes can be compared and nothing is optimised away. */
export interface PassOutcome {
  files: number;
  /** Counted by the floor only: the engine keeps no syntax tree it does not need. */
  documents?: number;
  findings: number;
  bytes: number;
}

/** The manifest files of a folder, the way the CLI discovers them (relative paths). */
export function discover(root: string): string[] {
  return expandPaths(root, ['.'], []).files;
}

/**
 * The floor: read each file and parse every document with a LineCounter, nothing else.
 * No tool that reports lines can do less than this with the same parser.
 */
export function floorPass(
  root: string,
  files: readonly string[],
): PassOutcome & { documents: number } {
  let documents = 0;
  let bytes = 0;
  for (const path of files) {
    const text = readFileSync(resolve(root, path), 'utf8');
    bytes += text.length;
    const lineCounter = new LineCounter();
    documents += parseAllDocuments(text, { lineCounter }).length;
  }
  return { files: files.length, documents, findings: 0, bytes };
}

/**
 * The default configuration, with the file size limit raised above the large-file
 * scenario's 20 MB so that the file is parsed rather than skipped.
 */
export function benchConfig() {
  const config = defaultConfig();
  config.limits.maxFileBytes = Math.max(config.limits.maxFileBytes, LARGE_FILE_LIMIT);
  return config;
}

export const LARGE_FILE_LIMIT = 64 * 1024 * 1024;

/**
 * The engine as the CLI runs it with the default configuration: discovery, reading,
 * parsing, pod-spec extraction, every check, and both reports (summary Markdown and
 * SARIF, serialised).
 */
export function enginePass(root: string): PassOutcome {
  const config = benchConfig();
  const files = discover(root);
  const sources: SourceFile[] = [];
  for (const path of files) {
    const full = resolve(root, path);
    // The CLI stats each file against the size limit before reading it.
    if (lstatSync(full).size > config.limits.maxFileBytes) continue;
    sources.push({ path, text: readFileSync(full, 'utf8') });
  }

  const result = runEngine({ files: sources, config });
  const summary = buildSummary({
    findings: result.findings,
    skipped: result.skipped,
    filesChecked: result.filesChecked,
    containersChecked: result.containersChecked,
    failed: result.findings.length > 0,
    checkName: 'podspec-check',
    blobUrl: 'https://github.com/acme/repo/blob/0000000/',
    maxLength: 65_535,
  });
  // The SARIF log as the CLI and the action write it: in pieces.
  let sarifBytes = 0;
  for (const piece of sarifText(result.findings, VERSION)) sarifBytes += piece.length;
  return {
    files: files.length,
    findings: result.findings.length,
    bytes: summary.length + sarifBytes,
  };
}
