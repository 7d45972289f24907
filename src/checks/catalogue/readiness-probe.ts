import type { Check } from '../types.js';
import { missingProbe } from './probes.js';

export const readinessProbe: Check = {
  id: 'readiness-probe',
  title: 'Containers have a readiness probe',
  severity: 'warning',
  why:
    'Without a readiness probe a pod receives traffic as soon as its process starts, before ' +
    'it can serve, and keeps receiving it while it is overloaded or cut off from what it needs.',
  howToFix:
    'Add a `readinessProbe` (httpGet, tcpSocket, grpc or exec) that succeeds only when the ' +
    'container can serve requests.',
  autoFix: false,
  differences:
    'Required on every app container of a long-running workload, as Polaris does; kube-score asks for it only when a Service selects the pod, and accepts one probe kind per pod rather than per container.',
  peers: {
    polaris: 'readinessProbeMissing',
    kubeLinter: 'no-readiness-probe',
    kubeScore: 'pod-probes',
    checkov: 'CKV_K8S_9',
  },
  checkContainer: (context) =>
    missingProbe(
      context,
      'readinessProbe',
      'Services send it traffic as soon as the process starts, before it can serve, and keep sending while it is overloaded.',
      'Add a `readinessProbe` that succeeds only when the container can serve requests, for example an `httpGet` on its health endpoint.',
    ),
};
