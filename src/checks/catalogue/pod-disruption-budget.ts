import { mapGetMap } from '../../manifests/nodes.js';
import { objectLabel } from '../helpers.js';
import type { Check, ObjectContext, Report } from '../types.js';
import { budgetsFor, CONTROLLERS, templateLabels } from './related.js';

export const podDisruptionBudget: Check = {
  id: 'pod-disruption-budget',
  title: 'Deployments and StatefulSets have a PodDisruptionBudget',
  severity: 'warning',
  why:
    'Without a PodDisruptionBudget a node drain or cluster upgrade may evict every replica ' +
    'at once; with one, evictions wait until enough replicas are running elsewhere.',
  howToFix:
    'Add a PodDisruptionBudget in the same namespace whose `selector` matches the pod ' +
    'template labels, with `maxUnavailable: 1` (or a `minAvailable` below the replica count).',
  autoFix: false,
  differences: 'StatefulSets are checked as well as Deployments (as kube-score does).',
  peers: {
    polaris: 'missingPodDisruptionBudget',
    kubeScore: 'deployment-has-poddisruptionbudget',
  },

  checkObject(context: ObjectContext): Report[] {
    const { object, doc } = context;
    if (!CONTROLLERS.has(object.kind)) return [];
    const labels = templateLabels(object);
    if (budgetsFor(context, object.namespace, labels).length > 0) return [];
    const spec = mapGetMap(object.node, 'spec', doc);
    const reason =
      Object.keys(labels).length === 0
        ? 'its pod template has no labels, so no PodDisruptionBudget can select it'
        : `no PodDisruptionBudget in ${object.namespace ? `namespace "${object.namespace}"` : 'the same namespace'} among the workspace's manifests selects its pod labels`;
    return [
      {
        at: spec ?? object.node,
        span: 'start',
        field: 'spec.template.metadata.labels',
        message: `${objectLabel(object)} has no PodDisruptionBudget: ${reason}, so a node drain may evict all its replicas at once.`,
        fix: `Add a PodDisruptionBudget with \`maxUnavailable: 1\` and a selector matching the pod labels${
          Object.keys(labels).length
            ? ` (${Object.entries(labels)
                .map(([k, v]) => `${k}: ${v}`)
                .join(', ')})`
            : ''
        }.`,
      },
    ];
  },
};
