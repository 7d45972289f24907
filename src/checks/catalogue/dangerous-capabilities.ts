import { describe } from '../helpers.js';
import type { Check, ContainerContext, Report } from '../types.js';
import { capabilities } from './capabilities.js';

/** Capabilities that amount to control of the node. */
const DANGEROUS: Record<string, string> = {
  ALL: 'every capability, the same as privileged',
  SYS_ADMIN: 'mount, namespaces and much of the kernel: close to full root',
  NET_ADMIN: "control of the node's or pod's network: routes, firewall rules, interfaces",
  SYS_MODULE: 'loading kernel modules into the node',
  SYS_RAWIO: 'raw access to devices and I/O ports',
  SYS_PTRACE: 'tracing and injecting code into other processes',
  BPF: 'loading BPF programs into the kernel',
  DAC_READ_SEARCH: 'reading any file by handle, a known container escape',
};

export const dangerousCapabilities: Check = {
  id: 'dangerous-capabilities',
  title: 'Containers do not add dangerous capabilities',
  severity: 'error',
  why:
    'Some Linux capabilities (ALL, SYS_ADMIN, NET_ADMIN, SYS_MODULE, ...) give control over ' +
    'the node itself; a container that adds them can escape its isolation.',
  howToFix:
    'Remove the capability from `securityContext.capabilities.add` and grant a narrower one.',
  autoFix: false,
  differences:
    "Besides Polaris's ALL, SYS_ADMIN and NET_ADMIN, also reports SYS_MODULE, SYS_RAWIO, SYS_PTRACE, BPF and DAC_READ_SEARCH; `CAP_` prefixes and any letter case are understood.",
  peers: { polaris: 'dangerousCapabilities', checkov: 'CKV_K8S_39' },

  checkContainer(context: ContainerContext): Report[] {
    const { container } = context;
    return capabilities(context, 'add')
      .filter((cap) => DANGEROUS[cap.name])
      .map((cap) => ({
        at: cap.node,
        field: `${container.path}.securityContext.capabilities.add`,
        container,
        message: `${describe(context)} adds capability ${cap.text}: ${DANGEROUS[cap.name]}, enough to escape the container.`,
        fix: `Remove \`${cap.text}\` from \`capabilities.add\`; grant the narrowest capability the process needs instead.`,
      }));
  },
};
