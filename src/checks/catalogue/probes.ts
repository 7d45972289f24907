import { isScalar } from 'yaml';
import { findPair, resolve } from '../../manifests/nodes.js';
import { describe, runsToCompletion } from '../helpers.js';
import type { ContainerContext, Report } from '../types.js';

/**
 * A missing probe on an app container of a long-running workload. Init and ephemeral
 * containers have no probes that matter, and Jobs and CronJobs run to completion.
 */
export function missingProbe(
  context: ContainerContext,
  key: 'readinessProbe' | 'livenessProbe',
  consequence: string,
  fix: string,
): Report[] {
  const { container, doc, object } = context;
  if (container.type !== 'containers' || runsToCompletion(object)) return [];
  const pair = findPair(container.node, key, doc, 0);
  const value = pair ? resolve(pair.value, doc) : undefined;
  // `readinessProbe:` with nothing after it is null, the same as no probe.
  if (value && !(isScalar(value) && value.value === null)) return [];
  return [
    {
      at: pair ? pair.key : container.node,
      span: pair ? 'node' : 'start',
      field: `${container.path}.${key}`,
      container,
      message: `${describe(context)} has no ${key}: ${consequence}`,
      fix,
    },
  ];
}
