import type { Severity } from '../engine/types.js';
import { DEFAULT_LIMITS, type ParseLimits } from '../manifests/limits.js';

export type ConfiguredSeverity = Severity | 'off';

export interface CheckConfig {
  severity?: ConfiguredSeverity;
  options?: Record<string, unknown>;
}

/** Leaves findings out of the counts, matched by globs, with a reason for the report. */
export interface Exemption {
  checks: string[];
  kinds?: string[];
  namespaces?: string[];
  names?: string[];
  containers?: string[];
  paths?: string[];
  reason: string;
  /** Where the exemption was written, for the notice when it matches nothing. */
  source?: { file: string; line: number };
}

export interface Config {
  /** Where the configuration came from, or undefined for the built-in defaults. */
  path?: string;
  checks: Record<string, CheckConfig>;
  exclude: string[];
  exemptions: Exemption[];
  limits: ParseLimits;
  fix: {
    /** Checks whose fixes are applied; only the pull-policy fix unless opted in. */
    checks: string[];
  };
}

export function defaultConfig(): Config {
  return {
    checks: {},
    exclude: [],
    exemptions: [],
    limits: { ...DEFAULT_LIMITS },
    fix: { checks: ['image-pull-policy'] },
  };
}
