import type { Check } from '../types.js';
import { missingResource } from './resources.js';

export const cpuLimits: Check = {
  id: 'cpu-limits',
  title: 'Containers have a CPU limit',
  severity: 'warning',
  why:
    'Without a CPU limit one container in a busy loop can take every idle core of its node ' +
    'and slow down the other pods there.',
  howToFix: 'Set `resources.limits.cpu` to the most CPU the container should ever use.',
  autoFix: false,
  peers: {
    polaris: 'cpuLimitsMissing',
    kubeLinter: 'unset-cpu-requirements',
    kubeScore: 'container-resources',
    checkov: 'CKV_K8S_11',
  },
  checkContainer: (context) =>
    missingResource(
      context,
      'limits',
      'cpu',
      'a busy loop in it can take every idle core of the node and slow down the pods next to it.',
      '"1"',
    ),
};
