import { minimatch } from 'minimatch';
import type { Exemption } from '../config/types.js';
import type { Finding } from './types.js';

const GLOB = { dot: true, nocase: false };

function matchesAny(value: string | undefined, globs: string[] | undefined): boolean {
  if (!globs || globs.length === 0) return true;
  return globs.some((glob) => minimatch(value ?? '', glob, GLOB));
}

/** Whether an exemption from the configuration covers a finding. */
export function exemptionCovers(exemption: Exemption, finding: Finding): boolean {
  if (!exemption.checks.includes('all') && !exemption.checks.includes(finding.checkId)) {
    return false;
  }
  return (
    matchesAny(finding.file, exemption.paths) &&
    matchesAny(finding.object?.kind, exemption.kinds) &&
    matchesAny(finding.object?.namespace, exemption.namespaces) &&
    matchesAny(finding.object?.name, exemption.names) &&
    matchesAny(finding.container, exemption.containers)
  );
}
