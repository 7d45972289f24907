import type { Finding } from '../engine/types.js';

/**
 * A finding's identity without its line: the check, the object, the container and the
 * field. Moving or re-indenting an object keeps it; adding a container changes it.
 */
export function findingKey(finding: Finding): string {
  const object = finding.object;
  return [
    finding.checkId,
    object?.kind ?? '',
    object?.namespace ?? '',
    object?.name ?? '',
    finding.container ?? '',
    finding.field ?? (object ? '' : `${finding.file}:${finding.range.line}`),
  ].join('|');
}
