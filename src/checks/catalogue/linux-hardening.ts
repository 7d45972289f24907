import { mapGetText } from '../../manifests/nodes.js';
import {
  describe,
  effectiveSecurityMap,
  isWindowsPod,
  labelsOf,
  mapAt,
  podMetadata,
} from '../helpers.js';
import type { Check, ContainerContext, Report } from '../types.js';
import { capabilities } from './capabilities.js';

export const linuxHardening: Check = {
  id: 'linux-hardening',
  title: 'Containers use a Linux hardening profile',
  severity: 'warning',
  why:
    'Seccomp, AppArmor and SELinux limit what a compromised process can ask of the kernel; ' +
    'without any of them (or at least dropped capabilities) the whole system call surface is open.',
  howToFix:
    'Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or container), or ' +
    'an AppArmor or SELinux profile, or drop capabilities.',
  autoFix: false,
  peers: {
    polaris: 'linuxHardening',
    kubeScore: 'container-seccomp-profile',
    checkov: 'CKV_K8S_31',
  },

  checkContainer(context: ContainerContext): Report[] {
    const { container, doc, pod } = context;
    if (isWindowsPod(pod, doc)) return [];

    // Seccomp: the container's profile wins over the pod's.
    const seccomp = effectiveSecurityMap(context, 'seccompProfile');
    const seccompType = seccomp && mapGetText(seccomp.map, 'type', doc);
    if (seccompType && seccompType !== 'Unconfined') return [];

    // SELinux: any option set at either level (container first).
    const selinux = effectiveSecurityMap(context, 'seLinuxOptions');
    if (selinux && selinux.map.items.length > 0) return [];

    // AppArmor: the field (1.30+) or the older per-container annotation.
    const apparmor = effectiveSecurityMap(context, 'appArmorProfile');
    const apparmorType = apparmor && mapGetText(apparmor.map, 'type', doc);
    if (apparmorType && apparmorType !== 'Unconfined') return [];
    const annotations = labelsOf(podMetadata(context), doc, 'annotations');
    const annotation =
      annotations[`container.apparmor.security.beta.kubernetes.io/${container.name}`];
    if (annotation && annotation !== 'unconfined') return [];

    // Dropped capabilities, unless ALL is added back.
    const dropped = capabilities(context, 'drop');
    const addsAll = capabilities(context, 'add').some((c) => c.name === 'ALL');
    if (dropped.length > 0 && !addsAll) return [];

    const securityContext = mapAt(container.node, ['securityContext'], doc);
    const unconfined =
      seccompType === 'Unconfined' ? ' (seccomp is explicitly Unconfined)' : '';
    return [
      {
        at: securityContext ?? container.node,
        span: 'start',
        field: `${container.path}.securityContext`,
        container,
        message: `${describe(context)} has no seccomp, AppArmor or SELinux profile and drops no capabilities${unconfined}: a compromised process can use every system call the kernel offers.`,
        fix: 'Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod or container (or an AppArmor or SELinux profile), or `capabilities.drop: [ALL]`.',
      },
    ];
  },
};
