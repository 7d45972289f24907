import { describe, effectiveSecurityField, isWindowsPod, mapAt } from '../helpers.js';
import type { Check, ContainerContext, Report } from '../types.js';

export const readOnlyRootFilesystem: Check = {
  id: 'read-only-root-filesystem',
  title: 'Containers have a read-only root filesystem',
  severity: 'warning',
  why:
    'A writable root filesystem lets an attacker drop tools or change binaries and ' +
    'configuration inside a running container; with it read-only, writes go only to declared volumes.',
  howToFix:
    'Set `securityContext.readOnlyRootFilesystem: true` and mount an emptyDir where the ' +
    'application writes (for example /tmp).',
  autoFix: false,
  differences:
    'A pod-level `readOnlyRootFilesystem` (which the API does not have) counts for nothing, as in the kubelet.',
  peers: {
    polaris: 'notReadOnlyRootFilesystem',
    kubeLinter: 'no-read-only-root-fs',
    kubeScore: 'container-security-context-readonlyrootfilesystem',
    checkov: 'CKV_K8S_22',
  },

  checkContainer(context: ContainerContext): Report[] {
    const { container, doc, pod } = context;
    if (isWindowsPod(pod, doc)) return [];
    const found = effectiveSecurityField(context, 'readOnlyRootFilesystem');
    if (found?.value === true) return [];
    const securityContext = mapAt(container.node, ['securityContext'], doc);
    return [
      {
        at: found?.node ?? securityContext ?? container.node,
        span: found ? 'node' : 'start',
        field: `${container.path}.securityContext.readOnlyRootFilesystem`,
        container,
        message: `${describe(context)} ${found ? `sets readOnlyRootFilesystem: ${String(found.value)}` : 'does not set readOnlyRootFilesystem'}: anything running in it can change its binaries and configuration or drop new tools.`,
        fix: "Set `readOnlyRootFilesystem: true` in the container's securityContext and mount an emptyDir where it needs to write (such as /tmp).",
      },
    ];
  },
};
