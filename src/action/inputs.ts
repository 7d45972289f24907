import * as core from '@actions/core';
import type { FailOn } from '../report/counts.js';
import { UserError } from '../util/errors.js';

export type Scope = 'changed' | 'all';
export type CommentMode = 'on-findings' | 'always' | 'off';
export type FixMode = 'off' | 'commit' | 'suggest';
export type AnnotateMode = 'changed-files' | 'changed-lines';

export interface ActionInputs {
  token: string;
  paths: string[];
  exclude: string[];
  scope: Scope;
  configPath: string;
  configRequired: boolean;
  failOn: FailOn;
  checkName: string;
  comment: CommentMode;
  fix: FixMode;
  commitMessage: string;
  sarifFile: string;
  /** Findings that existed at the base are shown as existing and do not count. */
  onlyNew: boolean;
  annotate: AnnotateMode;
}

export const DEFAULT_PATHS = ['**/*.yaml', '**/*.yml', '**/*.json'];
export const DEFAULT_CONFIG = '.github/podspec-check.yaml';
export const DEFAULT_COMMIT_MESSAGE =
  'podspec-check: set imagePullPolicy to Always\n\nApplied by the podspec-check action.';

/**
 * Reads and validates every input. The runner fills in the defaults from action.yml;
 * the same defaults apply here when an input is missing, so the bundle behaves the same
 * when run by hand.
 */
export function readInputs(): ActionInputs {
  const configInput = core.getInput('config');
  return {
    token: core.getInput('github-token') || process.env.GITHUB_TOKEN || '',
    paths: listInput('paths', DEFAULT_PATHS),
    exclude: listInput('exclude', []),
    scope: choice('scope', ['changed', 'all'], 'changed'),
    configPath: configInput || DEFAULT_CONFIG,
    configRequired: configInput !== '' && configInput !== DEFAULT_CONFIG,
    failOn: choice('fail-on', ['error', 'warning', 'notice', 'never'], 'error'),
    checkName: core.getInput('check-name') || 'podspec-check',
    comment: choice('comment', ['on-findings', 'always', 'off'], 'on-findings'),
    fix: choice('fix', ['off', 'commit', 'suggest'], 'off'),
    commitMessage: core.getInput('commit-message') || DEFAULT_COMMIT_MESSAGE,
    sarifFile: core.getInput('sarif-file'),
    onlyNew: choice('only-new', ['true', 'false'], 'false') === 'true',
    annotate: choice('annotate', ['changed-files', 'changed-lines'], 'changed-files'),
  };
}

function choice<T extends string>(name: string, accepted: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim();
  if (value === '') return fallback;
  if (!accepted.includes(value as T)) {
    throw new UserError(
      `Input "${name}" is "${value}", which is not accepted. Use one of: ${accepted.join(', ')}.`,
    );
  }
  return value as T;
}

/** One entry per line (globs may hold commas in braces); blank lines and `#` lines are ignored. */
function listInput(name: string, fallback: string[]): string[] {
  const raw = core.getInput(name);
  const values = raw
    .split(/\r?\n/)
    .map((v) => v.trim())
    .filter((v) => v !== '' && !v.startsWith('#'));
  return values.length > 0 ? values : fallback;
}
