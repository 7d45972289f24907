import { isMap } from 'yaml';
import { describe, scalarAt, seqItems } from '../helpers.js';
import type { Check, ContainerContext, Report } from '../types.js';

export const hostPort: Check = {
  id: 'host-port',
  title: 'Containers do not bind a port of the node',
  severity: 'warning',
  why:
    'A hostPort ties the pod to nodes where that port is free, so two replicas cannot share ' +
    "a node and rollouts can stall; it also exposes the container on the node's address.",
  howToFix: 'Remove `hostPort` and reach the container through a Service.',
  autoFix: false,
  peers: { polaris: 'hostPortSet', checkov: 'CKV_K8S_26' },

  checkContainer(context: ContainerContext): Report[] {
    const { container, doc } = context;
    const reports: Report[] = [];
    seqItems(container.node, 'ports', doc).forEach((port, index) => {
      if (!isMap(port)) return;
      const found = scalarAt(port, 'hostPort', doc);
      // hostPort 0 is the API's way of writing "none".
      if (!found || found.value === 0 || found.value === '0') return;
      reports.push({
        at: found.node,
        field: `${container.path}.ports[${index}].hostPort`,
        container,
        message: `${describe(context)} binds port ${String(found.value)} of the node: only one such pod fits on a node, so replicas and rollouts can get stuck Pending, and the port is open on the node's address.`,
        fix: 'Remove `hostPort` from the port and expose the container through a Service.',
      });
    });
    return reports;
  },
};
