import type { Check } from '../types.js';
import { missingProbe } from './probes.js';

export const livenessProbe: Check = {
  id: 'liveness-probe',
  title: 'Containers have a liveness probe',
  severity: 'warning',
  why:
    'Without a liveness probe a container that hangs (a deadlock, an exhausted pool) keeps ' +
    'running forever: the kubelet only restarts containers whose process exits.',
  howToFix:
    'Add a `livenessProbe` that fails only when the container cannot recover by itself; ' +
    'do not reuse a readiness check that depends on other services.',
  autoFix: false,
  differences:
    'As for readiness-probe: per container and whether or not a Service selects the pod (kube-score differs).',
  peers: {
    polaris: 'livenessProbeMissing',
    kubeLinter: 'no-liveness-probe',
    kubeScore: 'pod-probes',
    checkov: 'CKV_K8S_8',
  },
  checkContainer: (context) =>
    missingProbe(
      context,
      'livenessProbe',
      'if it hangs without exiting, the kubelet never restarts it.',
      'Add a `livenessProbe` that fails only when a restart would help; do not make it depend on other services.',
    ),
};
