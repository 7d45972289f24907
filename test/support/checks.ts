/**
 * Helpers about the check catalogue of the bundle under test, so end-to-end tests can
 * pin the set of active checks while the catalogue grows.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { distPath, REPO_ROOT } from './run-action.js';
import { makeTempDir } from './git-repo.js';

let idsCache: string[] | undefined;

/**
 * Every rule id the bundled CLI knows (check ids and engine ids such as `yaml-syntax`),
 * read from its SARIF output so that it matches the bundle that runs.
 */
export function knownCheckIds(): string[] {
  if (!idsCache) {
    const cli = join(dirname(distPath()), 'cli.js');
    const empty = makeTempDir('podspec-ids-');
    const out = execFileSync(process.execPath, [cli, '--format', 'sarif', '.'], {
      cwd: empty,
      env: { PATH: process.env.PATH },
    }).toString('utf8');
    const sarif = JSON.parse(out) as {
      runs: { tool: { driver: { rules: { id: string }[] } } }[];
    };
    idsCache = sarif.runs[0].tool.driver.rules.map((rule) => rule.id);
  }
  return [...idsCache];
}

/**
 * A configuration file's text that turns off every check except `keep` (and the engine's
 * `yaml-syntax`), so a test's finding count does not change when checks are added.
 * @param keep the check ids that stay on, at their default severity
 * @param severities severities to set for kept checks, e.g. `{ 'yaml-syntax': 'warning' }`
 */
export function onlyChecksConfig(
  keep: string[] = ['image-pull-policy'],
  severities: Record<string, string> = {},
): string {
  const off = knownCheckIds().filter((id) => !keep.includes(id) && id !== 'yaml-syntax');
  const lines = [
    ...off.map((id) => `  ${id}: off`),
    ...Object.entries(severities).map(([id, severity]) => `  ${id}: ${severity}`),
  ];
  if (lines.length === 0) return '# every check stays on\nchecks: {}\n';
  return `checks:\n${lines.join('\n')}\n`;
}

/** The text of a fixture under test/fixtures/ (e.g. `manifests/platform.yaml`). */
export function fixture(path: string): string {
  return readFileSync(join(REPO_ROOT, 'test', 'fixtures', path), 'utf8');
}

/**
 * The 1-based line of the first line of `text` that contains `needle` (after `from`),
 * so assertions name content rather than bare numbers.
 */
export function lineOf(text: string, needle: string, from = 1): number {
  const lines = text.split(/\r?\n/);
  for (let i = from - 1; i < lines.length; i++) {
    if (lines[i].includes(needle)) return i + 1;
  }
  throw new Error(`"${needle}" is not in the text after line ${from}`);
}
