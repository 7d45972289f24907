import { mapGetMap } from '../../manifests/nodes.js';
import { objectLabel, scalarAt } from '../helpers.js';
import type { Check, ObjectContext, Report } from '../types.js';

export const hpaMinReplicas: Check = {
  id: 'hpa-min-replicas',
  title: 'HorizontalPodAutoscalers keep at least two replicas',
  severity: 'warning',
  why:
    'An autoscaler that may scale down to one replica leaves the workload down whenever that ' +
    'pod is: at quiet hours a single drain or crash is an outage.',
  howToFix: 'Set `spec.minReplicas: 2` or more.',
  autoFix: false,
  options: {
    minimum: {
      default: 2,
      description:
        'The lowest minReplicas an autoscaler may have (kube-linter asks for 3).',
    },
  },
  peers: {
    polaris: 'hpaMinAvailability',
    kubeLinter: 'hpa-minimum-three-replicas',
    kubeScore: 'horizontalpodautoscaler-replicas',
  },

  checkObject(context: ObjectContext): Report[] {
    const { object, doc, options } = context;
    if (object.kind !== 'HorizontalPodAutoscaler') return [];
    const minimum = typeof options.minimum === 'number' ? options.minimum : 2;
    const spec = mapGetMap(object.node, 'spec', doc);
    const min = scalarAt(spec, 'minReplicas', doc);
    // Absent means 1, but the API may default it differently per version and Polaris
    // passes it; see docs/checks.md. Report only an explicit value below `minimum`.
    if (!min || typeof min.value !== 'number' || min.value >= minimum) return [];
    return [
      {
        at: min.node,
        field: 'spec.minReplicas',
        message: `${objectLabel(object)} sets minReplicas: ${min.value}: at low load it scales down to ${min.value === 0 ? 'nothing' : 'a single pod'}, and one drain or crash is then an outage.`,
        fix: `Set \`minReplicas: ${minimum}\` or more.`,
      },
    ];
  },
};
