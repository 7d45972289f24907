import { mapGetMap } from '../../manifests/nodes.js';
import { intOrPercent, objectLabel, scalarAt } from '../helpers.js';
import type { Check, ObjectContext, Report } from '../types.js';

export const pdbAllowsDisruption: Check = {
  id: 'pdb-allows-disruption',
  title: 'PodDisruptionBudgets allow at least one disruption',
  severity: 'warning',
  why:
    'A PodDisruptionBudget with `maxUnavailable: 0` or `minAvailable: 100%` never allows an ' +
    'eviction: node drains and cluster upgrades hang until someone deletes it by hand.',
  howToFix: 'Use `maxUnavailable: 1` (or a `minAvailable` below the replica count).',
  autoFix: false,
  peers: {
    polaris: 'pdbDisruptionsIsZero',
    kubeLinter: 'pdb-max-unavailable, pdb-min-available',
  },

  checkObject(context: ObjectContext): Report[] {
    const { object, doc } = context;
    if (object.kind !== 'PodDisruptionBudget') return [];
    const spec = mapGetMap(object.node, 'spec', doc);
    const reports: Report[] = [];
    const max = scalarAt(spec, 'maxUnavailable', doc);
    const maxValue = max && intOrPercent(max.value);
    if (
      max &&
      maxValue &&
      ('number' in maxValue ? maxValue.number : maxValue.percent) === 0
    ) {
      reports.push({
        at: max.node,
        field: 'spec.maxUnavailable',
        message: `${objectLabel(object)} sets maxUnavailable: ${String(max.value)}: no pod it selects may ever be evicted, so node drains and upgrades hang.`,
        fix: 'Set `maxUnavailable: 1` (or a higher number or percentage).',
      });
    }
    const min = scalarAt(spec, 'minAvailable', doc);
    const minValue = min && intOrPercent(min.value);
    if (min && minValue && 'percent' in minValue && minValue.percent >= 100) {
      reports.push({
        at: min.node,
        field: 'spec.minAvailable',
        message: `${objectLabel(object)} sets minAvailable: ${String(min.value)}: every selected pod must stay up, so no eviction is ever allowed and node drains hang.`,
        fix: 'Replace it with `maxUnavailable: 1`, or lower minAvailable below 100%.',
      });
    }
    return reports;
  },
};
