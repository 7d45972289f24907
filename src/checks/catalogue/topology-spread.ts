import {
  isMainPodSpec,
  podLabel,
  podStart,
  runsToCompletion,
  seqItems,
} from '../helpers.js';
import { findPair } from '../../manifests/nodes.js';
import type { Check, PodContext, Report } from '../types.js';

export const topologySpread: Check = {
  id: 'topology-spread',
  title: 'Replicated pods spread across nodes and zones',
  severity: 'warning',
  why:
    'Without topology spread constraints the scheduler may put every replica on one node or ' +
    'in one zone, and a single failure takes all of them down together.',
  howToFix:
    'Add `topologySpreadConstraints` for `topology.kubernetes.io/zone` and ' +
    "`kubernetes.io/hostname` selecting the pod's own labels.",
  autoFix: false,
  differences:
    'DaemonSets are left out (one pod per node by design), as well as Jobs and CronJobs as in Polaris.',
  peers: {
    polaris: 'topologySpreadConstraint',
    kubeScore: 'pod-topology-spread-constraints',
  },

  checkPod(context: PodContext): Report[] {
    const { object, pod, doc } = context;
    // Jobs run to completion and DaemonSets place one pod per node by design.
    if (runsToCompletion(object) || object.kind === 'DaemonSet') return [];
    if (!isMainPodSpec(context)) return [];
    if (seqItems(pod.node, 'topologySpreadConstraints', doc).length > 0) return [];
    const pair = findPair(pod.node, 'topologySpreadConstraints', doc, 0);
    const report = podStart(
      context,
      `${podLabel(context)} has ${pair ? 'an empty topologySpreadConstraints list' : 'no topologySpreadConstraints'}: the scheduler may place all replicas on one node or zone, and one failure takes them all down.`,
      'Add `topologySpreadConstraints` with `topologyKey: topology.kubernetes.io/zone` (and `kubernetes.io/hostname`), `whenUnsatisfiable: ScheduleAnyway` and a `labelSelector` matching the pod labels.',
    );
    return [pair ? { ...report, at: pair.key, span: 'node' } : report];
  },
};
