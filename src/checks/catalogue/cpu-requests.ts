import type { Check } from '../types.js';
import { missingResource } from './resources.js';

export const cpuRequests: Check = {
  id: 'cpu-requests',
  title: 'Containers request CPU',
  severity: 'warning',
  why:
    'The scheduler places pods by their requests. Without a CPU request a pod can land on ' +
    'a node that is already busy, and under contention it gets the smallest share of CPU.',
  howToFix: 'Set `resources.requests.cpu` to what the container uses under normal load.',
  autoFix: false,
  peers: {
    polaris: 'cpuRequestsMissing',
    kubeLinter: 'unset-cpu-requirements',
    kubeScore: 'container-resources',
    checkov: 'CKV_K8S_10',
  },
  checkContainer: (context) =>
    missingResource(
      context,
      'requests',
      'cpu',
      'the scheduler may place it on a busy node, and under contention it gets the smallest share of CPU.',
      '250m',
    ),
};
