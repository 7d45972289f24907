import type { Check } from '../types.js';
import { hostNamespace } from './host-namespaces.js';

export const hostIpc: Check = {
  id: 'host-ipc',
  title: "Pods do not share the node's IPC namespace",
  severity: 'error',
  why:
    'A pod in the host IPC namespace can read and write the shared memory and message ' +
    'queues of every process on the node.',
  howToFix: 'Remove `hostIPC: true`.',
  autoFix: false,
  peers: { polaris: 'hostIPCSet', kubeLinter: 'host-ipc', checkov: 'CKV_K8S_18' },
  checkPod: (context) =>
    hostNamespace(
      context,
      'hostIPC',
      'its containers can read and write the shared memory of every process on the node.',
    ),
};
