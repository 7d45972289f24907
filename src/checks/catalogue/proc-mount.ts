import { describe, effectiveSecurityField } from '../helpers.js';
import type { Check, ContainerContext, Report } from '../types.js';

export const procMount: Check = {
  id: 'proc-mount',
  title: 'Containers keep /proc masked',
  severity: 'warning',
  why:
    'The container runtime hides and write-protects parts of /proc that expose the node ' +
    '(kernel settings, other processes). `procMount: Unmasked` removes that protection.',
  howToFix: 'Remove `procMount` or set it to `Default`.',
  autoFix: false,
  peers: { polaris: 'procMount', kubeLinter: 'unsafe-proc-mount' },

  checkContainer(context: ContainerContext): Report[] {
    const found = effectiveSecurityField(context, 'procMount');
    if (!found || found.value === 'Default') return [];
    return [
      {
        at: found.node,
        field: `${context.container.path}.securityContext.procMount`,
        container: context.container,
        message: `${describe(context)} sets procMount: ${String(found.value)}: the parts of /proc that the runtime masks (kernel settings, node details) become readable and writable.`,
        fix: 'Remove `procMount` or set `procMount: Default`.',
      },
    ];
  },
};
