import type { Document, YAMLMap } from 'yaml';
import { describe, mapAt, podLabel, scalarAt } from '../helpers.js';
import type { Check, ContainerContext, PodContext, Report } from '../types.js';

const FIX =
  'Remove `hostProcess: true`; if this is a node agent that needs it, exempt it with a reason.';

/** `securityContext.windowsOptions.hostProcess` of a pod spec or a container. */
function hostProcessAt(node: YAMLMap, doc: Document.Parsed) {
  return scalarAt(
    mapAt(node, ['securityContext', 'windowsOptions'], doc),
    'hostProcess',
    doc,
  );
}

export const hostProcess: Check = {
  id: 'host-process',
  title: 'Windows containers do not run as host processes',
  severity: 'warning',
  why:
    'A Windows HostProcess container runs directly on the node with the rights of its ' +
    'user, outside any container isolation: it is the Windows form of a privileged container.',
  howToFix:
    'Remove `windowsOptions.hostProcess: true` from the pod and container security contexts.',
  autoFix: false,
  peers: { polaris: 'hostProcess' },

  // The pod-level setting applies to every container: one finding, on the pod.
  checkPod(context: PodContext): Report[] {
    const found = hostProcessAt(context.pod.node, context.doc);
    if (found?.value !== true) return [];
    return [
      {
        at: found.node,
        field: `${context.pod.path}.securityContext.windowsOptions.hostProcess`,
        message: `${podLabel(context)} sets hostProcess: true for all its containers: they run on the node outside container isolation.`,
        fix: FIX,
      },
    ];
  },

  checkContainer(context: ContainerContext): Report[] {
    const { container, doc } = context;
    const found = hostProcessAt(container.node, doc);
    if (found?.value !== true) return [];
    return [
      {
        at: found.node,
        field: `${container.path}.securityContext.windowsOptions.hostProcess`,
        container,
        message: `${describe(context)} sets hostProcess: true: it runs on the node outside container isolation.`,
        fix: FIX,
      },
    ];
  },
};
