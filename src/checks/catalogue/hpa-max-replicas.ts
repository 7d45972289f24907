import { mapGetMap } from '../../manifests/nodes.js';
import { objectLabel, scalarAt } from '../helpers.js';
import type { Check, ObjectContext, Report } from '../types.js';

export const hpaMaxReplicas: Check = {
  id: 'hpa-max-replicas',
  title: 'HorizontalPodAutoscalers can scale up',
  severity: 'warning',
  why:
    'An autoscaler whose maxReplicas is not above minReplicas can never add a pod: it looks ' +
    'like autoscaling but the workload stays at a fixed size under any load.',
  howToFix: 'Set `spec.maxReplicas` above `spec.minReplicas`.',
  autoFix: false,
  peers: { polaris: 'hpaMaxAvailability' },

  checkObject(context: ObjectContext): Report[] {
    const { object, doc } = context;
    if (object.kind !== 'HorizontalPodAutoscaler') return [];
    const spec = mapGetMap(object.node, 'spec', doc);
    if (!spec) return [];
    const max = scalarAt(spec, 'maxReplicas', doc);
    const min = scalarAt(spec, 'minReplicas', doc);
    const minValue = typeof min?.value === 'number' ? min.value : 1;
    if (!max) {
      return [
        {
          at: spec,
          span: 'start',
          field: 'spec.maxReplicas',
          message: `${objectLabel(object)} has no maxReplicas, which the API requires: the object is rejected.`,
          fix: `Set \`spec.maxReplicas\` above ${minValue}.`,
        },
      ];
    }
    if (typeof max.value !== 'number') return [];
    // maxReplicas equal to an explicit minReplicas pins the size; below it is invalid.
    const stuck = min ? max.value <= minValue : max.value < 1;
    if (!stuck) return [];
    return [
      {
        at: max.node,
        field: 'spec.maxReplicas',
        message: `${objectLabel(object)} sets maxReplicas: ${max.value}${min ? ` with minReplicas: ${minValue}` : ''}: it can never add a pod, so the workload stays at a fixed size under any load.`,
        fix: `Set \`maxReplicas\` above ${minValue}.`,
      },
    ];
  },
};
