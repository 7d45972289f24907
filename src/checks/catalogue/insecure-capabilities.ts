import { deepestNode, describe, isWindowsPod, mapAt } from '../helpers.js';
import type { Check, ContainerContext, Report } from '../types.js';
import { capabilities } from './capabilities.js';

/** The capabilities container runtimes grant by default (containerd and CRI-O). */
const DEFAULT_CAPABILITIES = [
  'NET_ADMIN',
  'CHOWN',
  'DAC_OVERRIDE',
  'FSETID',
  'FOWNER',
  'MKNOD',
  'NET_RAW',
  'SETGID',
  'SETUID',
  'SETFCAP',
  'SETPCAP',
  'NET_BIND_SERVICE',
  'SYS_CHROOT',
  'KILL',
  'AUDIT_WRITE',
];

export const insecureCapabilities: Check = {
  id: 'insecure-capabilities',
  title: 'Containers drop the default capabilities',
  severity: 'warning',
  why:
    'Runtimes give every container a set of capabilities by default (NET_RAW, CHOWN, ' +
    'SETUID, ...); most applications need none of them, and NET_RAW alone allows spoofing on the pod network.',
  howToFix:
    'Set `securityContext.capabilities.drop: [ALL]` and add back only what the process needs.',
  autoFix: false,
  peers: {
    polaris: 'insecureCapabilities',
    kubeLinter: 'drop-net-raw-capability',
    checkov: 'CKV_K8S_37',
  },

  checkContainer(context: ContainerContext): Report[] {
    const { container, doc, pod } = context;
    if (isWindowsPod(pod, doc)) return [];
    const dropped = new Set(capabilities(context, 'drop').map((c) => c.name));
    if (dropped.has('ALL')) return [];
    const kept = DEFAULT_CAPABILITIES.filter((cap) => !dropped.has(cap));
    if (kept.length === 0) return [];
    const drop = mapAt(container.node, ['securityContext', 'capabilities'], doc);
    const at = drop ?? deepestNode(container.node, ['securityContext'], doc).node;
    return [
      {
        at,
        span: 'start',
        field: `${container.path}.securityContext.capabilities.drop`,
        container,
        message: `${describe(context)} keeps ${kept.length === DEFAULT_CAPABILITIES.length ? "the runtime's default capabilities" : `default capabilities ${kept.join(', ')}`}${dropped.size ? '' : ' (it drops none)'}: NET_RAW allows spoofing on the pod network, and SETUID, CHOWN and DAC_OVERRIDE make a compromise worse.`,
        fix: 'Set `securityContext.capabilities.drop: [ALL]` and list under `add` only the capabilities the process needs.',
      },
    ];
  },
};
