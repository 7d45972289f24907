import type { Check } from '../types.js';
import { hostNamespace } from './host-namespaces.js';

export const hostPid: Check = {
  id: 'host-pid',
  title: "Pods do not share the node's process namespace",
  severity: 'error',
  why:
    'A pod in the host PID namespace sees every process of the node, including other ' +
    "pods' processes and their environment, and can signal them.",
  howToFix: 'Remove `hostPID: true`.',
  autoFix: false,
  peers: { polaris: 'hostPIDSet', kubeLinter: 'host-pid', checkov: 'CKV_K8S_17' },
  checkPod: (context) =>
    hostNamespace(
      context,
      'hostPID',
      "its containers see every process on the node, with other pods' command lines and environment, and can signal them.",
    ),
};
