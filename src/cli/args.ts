import { parseArgs } from 'node:util';
import type { FailOn } from '../report/counts.js';
import { UserError } from '../util/errors.js';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  paths: string[];
  format: OutputFormat;
  failOn: FailOn;
  config?: string;
  exclude: string[];
  fix: boolean;
  dryRun: boolean;
  base?: string;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: podspec-check [options] [paths...]

Checks the pod specs of Kubernetes manifests (files or folders; default: .).

Options:
  --format <text|json|sarif>   output format (default: text)
  --fail-on <error|warning|notice|never>
                               lowest severity that makes the exit code 1 (default: error)
  --config <file>              configuration file (default: .github/podspec-check.yaml if present)
  --exclude <glob>             leave matching files out (repeatable)
  --fix                        apply the configured fixes to the files in place
  --dry-run                    with --fix: print the fixes as a unified diff instead
  --base <git-ref>             report only findings that are new since this git revision
  --version                    print the version
  --help                       print this help

Exit codes: 0 no finding reaches --fail-on, 1 some do, 2 bad usage or configuration.`;

const FORMATS: OutputFormat[] = ['text', 'json', 'sarif'];
const FAIL_ON: FailOn[] = ['error', 'warning', 'notice', 'never'];

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string', default: 'error' },
        config: { type: 'string' },
        exclude: { type: 'string', multiple: true, default: [] },
        fix: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        base: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UserError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const format = values.format as OutputFormat;
  if (!FORMATS.includes(format)) {
    throw new UserError(`--format is "${format}"; use one of: ${FORMATS.join(', ')}.`);
  }
  const failOn = values['fail-on'] as FailOn;
  if (!FAIL_ON.includes(failOn)) {
    throw new UserError(`--fail-on is "${failOn}"; use one of: ${FAIL_ON.join(', ')}.`);
  }
  if (values['dry-run'] && !values.fix) {
    throw new UserError('--dry-run goes with --fix.');
  }
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    format,
    failOn,
    config: values.config,
    exclude: values.exclude ?? [],
    fix: values.fix ?? false,
    dryRun: values['dry-run'] ?? false,
    base: values.base,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
