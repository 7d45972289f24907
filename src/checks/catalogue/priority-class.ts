import { isMainPodSpec, podLabel, podStart, scalarAt } from '../helpers.js';
import type { Check, PodContext, Report } from '../types.js';

export const priorityClass: Check = {
  id: 'priority-class',
  title: 'Pods name a priority class',
  severity: 'warning',
  why:
    'Without a priority class every pod has the same priority, so when the cluster is full ' +
    'the scheduler cannot preempt batch work for a critical service, and evicts in no useful order.',
  howToFix:
    "Set `priorityClassName` on the pod spec to one of the cluster's PriorityClasses.",
  autoFix: false,
  peers: { polaris: 'priorityClassNotSet' },

  checkPod(context: PodContext): Report[] {
    if (!isMainPodSpec(context)) return [];
    if (scalarAt(context.pod.node, 'priorityClassName', context.doc)) return [];
    return [
      podStart(
        context,
        `${podLabel(context)} has no priorityClassName: when the cluster is full it cannot preempt less important pods, and it is evicted in no particular order.`,
        'Add `priorityClassName: <class>` to the pod spec, naming a PriorityClass of the cluster.',
      ),
    ];
  },
};
