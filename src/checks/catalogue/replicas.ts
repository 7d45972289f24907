import { mapGetMap } from '../../manifests/nodes.js';
import { objectLabel, scalarAt } from '../helpers.js';
import type { Check, ObjectContext, Report } from '../types.js';
import { autoscalersOf } from './hpa.js';

export const replicas: Check = {
  id: 'replicas',
  title: 'Deployments run at least two replicas',
  severity: 'warning',
  why:
    'A Deployment with one replica is down whenever its pod is: on every node drain, ' +
    'eviction, crash and, with some strategies, every rollout.',
  howToFix:
    'Set `spec.replicas` to 2 or more, or let a HorizontalPodAutoscaler with `minReplicas: 2` manage it.',
  autoFix: false,
  differences:
    'A Deployment that an autoscaler targets, or that is scaled to 0 on purpose, is not reported.',
  options: {
    minimum: {
      default: 2,
      description:
        'The fewest replicas a Deployment may run (kube-linter asks for 3). A Deployment ' +
        'scaled to 0 on purpose is never reported.',
    },
  },
  peers: {
    polaris: 'deploymentMissingReplicas',
    kubeLinter: 'minimum-three-replicas',
    kubeScore: 'deployment-replicas',
  },

  checkObject(context: ObjectContext): Report[] {
    const { object, doc, options } = context;
    if (object.kind !== 'Deployment') return [];
    const minimum = typeof options.minimum === 'number' ? options.minimum : 2;
    const spec = mapGetMap(object.node, 'spec', doc);
    if (!spec) return [];
    // An autoscaler owns the replica count; hpa-min-replicas checks its minimum.
    if (autoscalersOf(context, object).length > 0) return [];
    const found = scalarAt(spec, 'replicas', doc);
    if (typeof found?.value === 'number' && found.value >= minimum) return [];
    // Zero is a deliberate "scaled down", not an availability mistake.
    if (found?.value === 0) return [];
    const message = found
      ? `${objectLabel(object)} runs ${String(found.value)} replicas, fewer than ${minimum}: it is down whenever that pod is (node drains, evictions, crashes).`
      : `${objectLabel(object)} does not set replicas, so it runs 1: it is down whenever that pod is (node drains, evictions, crashes).`;
    return [
      {
        at: found?.node ?? spec,
        span: found ? 'node' : 'start',
        field: 'spec.replicas',
        message,
        fix: `Set \`spec.replicas: ${minimum}\` or more, or target the Deployment with a HorizontalPodAutoscaler.`,
      },
    ];
  },
};
