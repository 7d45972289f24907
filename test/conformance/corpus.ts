import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS } from '../../src/checks/catalogue/index.js';
import { defaultConfig, type CheckConfig } from '../../src/config/types.js';
import { runEngine } from '../../src/engine/engine.js';
import { SHARED_CORPUS } from '../support/engine-runs.js';

export const CORPUS = SHARED_CORPUS;

export const corpusPresent = existsSync(CORPUS);

/** Rows of a tab-separated EXPECTED file, header dropped. */
export function readExpected(folder: string): string[][] {
  const text = readFileSync(
    join(CORPUS, 'peer-fixtures', folder, 'EXPECTED.tsv'),
    'utf8',
  );
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split('\t'));
}

/**
 * Whether `checkId`, run alone (with its defaults unless `settings` says otherwise),
 * reports the fixture, as the action does with `scope: all`.
 */
export function fails(
  folder: string,
  fixture: string,
  checkId: string,
  settings: Record<string, CheckConfig> = {},
): boolean {
  const config = defaultConfig();
  for (const check of CHECKS) {
    if (check.id !== checkId) config.checks[check.id] = { severity: 'off' };
  }
  if (settings[checkId]) config.checks[checkId] = settings[checkId];
  const path = join(CORPUS, 'peer-fixtures', folder, fixture);
  const result = runEngine({
    files: [{ path: fixture, text: readFileSync(path, 'utf8') }],
    config,
  });
  return result.findings.some((f) => f.checkId === checkId && !f.exemption);
}
