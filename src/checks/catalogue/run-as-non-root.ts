import { describe, effectiveSecurityField, isWindowsPod, mapAt } from '../helpers.js';
import type { Check, ContainerContext, Report } from '../types.js';

export const runAsNonRoot: Check = {
  id: 'run-as-non-root',
  title: 'Containers cannot run as root',
  severity: 'error',
  why:
    'A container that runs as UID 0 is one kernel bug or one mounted path away from root on ' +
    'the node. `runAsNonRoot: true` makes the kubelet refuse to start an image whose user is root.',
  howToFix:
    'Set `runAsNonRoot: true` (and a non-zero `runAsUser` if the image has no numeric user) ' +
    'in the pod or container securityContext.',
  autoFix: false,
  peers: {
    polaris: 'runAsRootAllowed',
    kubeLinter: 'run-as-non-root',
    checkov: 'CKV_K8S_23',
  },

  checkContainer(context: ContainerContext): Report[] {
    const { container, doc, pod } = context;
    // Windows containers use runAsUserName; UIDs do not apply.
    if (isWindowsPod(pod, doc)) return [];
    const nonRoot = effectiveSecurityField(context, 'runAsNonRoot');
    const user = effectiveSecurityField(context, 'runAsUser');
    const uid = typeof user?.value === 'number' ? user.value : undefined;

    if (uid === 0) {
      return [
        {
          at: user?.node,
          field: `${container.path}.securityContext.runAsUser`,
          container,
          message: `${describe(context)} runs as UID 0 (runAsUser: 0${user?.level === 'pod' ? ' in the pod securityContext' : ''}): it is root, one kernel bug or mounted path away from root on the node.`,
          fix: 'Set `runAsUser` to a non-zero UID that the image can run as, and `runAsNonRoot: true`.',
        },
      ];
    }
    if (nonRoot?.value === true || (uid !== undefined && uid > 0)) return [];

    const securityContext = mapAt(container.node, ['securityContext'], doc);
    return [
      {
        at: nonRoot?.node ?? securityContext ?? container.node,
        span: nonRoot ? 'node' : 'start',
        field: `${container.path}.securityContext.runAsNonRoot`,
        container,
        message: `${describe(context)} may run as root: ${nonRoot ? `runAsNonRoot is ${String(nonRoot.value)}` : 'neither runAsNonRoot nor a non-zero runAsUser is set'} in its or the pod's securityContext, so an image whose user is root starts as root.`,
        fix: "Set `runAsNonRoot: true` in the pod securityContext (or the container's), with `runAsUser: <uid>` if the image has no numeric non-root user.",
      },
    ];
  },
};
