import type { Check } from '../types.js';
import { missingResource } from './resources.js';

export const memoryRequests: Check = {
  id: 'memory-requests',
  title: 'Containers request memory',
  severity: 'warning',
  why:
    'Without a memory request the scheduler may pack a pod onto a node without room for ' +
    'it, and under memory pressure the kubelet evicts pods that use more than they request first.',
  howToFix:
    'Set `resources.requests.memory` to what the container uses under normal load.',
  autoFix: false,
  peers: {
    polaris: 'memoryRequestsMissing',
    kubeLinter: 'unset-memory-requirements',
    kubeScore: 'container-resources',
    checkov: 'CKV_K8S_12',
  },
  checkContainer: (context) =>
    missingResource(
      context,
      'requests',
      'memory',
      'the scheduler may place it on a node without room for it, and under memory pressure it is among the first evicted.',
      '256Mi',
    ),
};
