import type { Check } from '../types.js';
import { missingResource } from './resources.js';

export const memoryLimits: Check = {
  id: 'memory-limits',
  title: 'Containers have a memory limit',
  severity: 'warning',
  why:
    'Without a memory limit a leak grows until the node runs out of memory, and the kernel ' +
    'then kills processes of other pods too, not only the leaking one.',
  howToFix:
    'Set `resources.limits.memory` to the most memory the container should ever use.',
  autoFix: false,
  peers: {
    polaris: 'memoryLimitsMissing',
    kubeLinter: 'unset-memory-requirements',
    kubeScore: 'container-resources',
    checkov: 'CKV_K8S_13',
  },
  checkContainer: (context) =>
    missingResource(
      context,
      'limits',
      'memory',
      'a leak grows until the node runs out of memory, and then processes of other pods are killed too.',
      '512Mi',
    ),
};
