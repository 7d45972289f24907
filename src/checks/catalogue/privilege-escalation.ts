import { describe, effectiveSecurityField, isWindowsPod, mapAt } from '../helpers.js';
import type { Check, ContainerContext, Report } from '../types.js';

export const privilegeEscalation: Check = {
  id: 'privilege-escalation',
  title: 'Containers forbid privilege escalation',
  severity: 'error',
  why:
    'Unless `allowPrivilegeEscalation` is false, a process can gain more rights than its ' +
    'parent through setuid binaries or file capabilities; the default is to allow it.',
  howToFix: 'Set `securityContext.allowPrivilegeEscalation: false` on the container.',
  autoFix: false,
  differences:
    'A pod-level `allowPrivilegeEscalation` (which the API does not have and drops) counts for nothing, as in the kubelet.',
  peers: {
    polaris: 'privilegeEscalationAllowed',
    kubeLinter: 'privilege-escalation-container',
    checkov: 'CKV_K8S_20',
  },

  checkContainer(context: ContainerContext): Report[] {
    const { container, doc, pod } = context;
    // Windows has no setuid; the API server rejects the field for Windows pods.
    if (isWindowsPod(pod, doc)) return [];
    const found = effectiveSecurityField(context, 'allowPrivilegeEscalation');
    if (found?.value === false) return [];
    const securityContext = mapAt(container.node, ['securityContext'], doc);
    const message = found
      ? `${describe(context)} sets allowPrivilegeEscalation: ${String(found.value)}: setuid binaries and file capabilities let its processes gain rights their parent did not have.`
      : `${describe(context)} does not set allowPrivilegeEscalation, which defaults to true: setuid binaries and file capabilities let its processes gain rights their parent did not have.`;
    return [
      {
        at: found?.node ?? securityContext ?? container.node,
        span: found ? 'node' : 'start',
        field: `${container.path}.securityContext.allowPrivilegeEscalation`,
        container,
        message,
        fix: "Set `allowPrivilegeEscalation: false` in the container's securityContext (the pod-level securityContext has no such field).",
      },
    ];
  },
};
