import { describe, effectiveSecurityField } from '../helpers.js';
import type { Check, ContainerContext, Report } from '../types.js';

export const privileged: Check = {
  id: 'privileged',
  title: 'Containers are not privileged',
  severity: 'error',
  why:
    'A privileged container has every capability and every device of the node, with no ' +
    'seccomp or AppArmor confinement: root in it is root on the node.',
  howToFix:
    'Remove `privileged: true`; add only the capabilities the container needs instead.',
  autoFix: false,
  peers: {
    polaris: 'runAsPrivileged',
    kubeLinter: 'privileged-container',
    kubeScore: 'container-security-context-privileged',
    checkov: 'CKV_K8S_16',
  },

  checkContainer(context: ContainerContext): Report[] {
    const found = effectiveSecurityField(context, 'privileged');
    if (found?.value !== true) return [];
    return [
      {
        at: found.node,
        field: `${context.container.path}.securityContext.privileged`,
        container: context.container,
        message: `${describe(context)} is privileged: it gets every capability and device of the node without confinement, so root in the container is root on the node.`,
        fix: 'Remove `privileged: true` and add only the capabilities it needs under `securityContext.capabilities.add`.',
      },
    ];
  },
};
