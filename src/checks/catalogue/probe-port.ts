import { isMap, type YAMLMap } from 'yaml';
import { mapGetText } from '../../manifests/nodes.js';
import { describe, mapAt, scalarAt, seqItems } from '../helpers.js';
import type { Check, ContainerContext, Report } from '../types.js';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HANDLERS = ['httpGet', 'tcpSocket'] as const;

export const probePort: Check = {
  id: 'probe-port',
  title: 'Probes aim at a port the container names',
  severity: 'warning',
  why:
    'A probe that names a port the container does not declare can never connect: the pod is ' +
    'never ready (readiness) or is restarted forever (liveness, startup).',
  howToFix:
    "Name the port in the container's `ports` list (`- name: http, containerPort: 8080`) or " +
    'give the probe the port number.',
  autoFix: false,
  peers: { kubeLinter: 'liveness-port, readiness-port, startup-port' },

  checkContainer(context: ContainerContext): Report[] {
    const { container, doc } = context;
    const names = new Set<string>();
    for (const port of seqItems(container.node, 'ports', doc)) {
      const name = isMap(port) ? mapGetText(port, 'name', doc) : undefined;
      if (name) names.add(name);
    }
    const reports: Report[] = [];
    for (const probe of PROBES) {
      for (const handler of HANDLERS) {
        const action: YAMLMap | undefined = mapAt(container.node, [probe, handler], doc);
        const port = scalarAt(action, 'port', doc);
        // Numbers need no declaration: an undeclared numeric port still works.
        if (!port || typeof port.value !== 'string' || /^\d+$/.test(port.value)) continue;
        if (names.has(port.value)) continue;
        const declared = names.size
          ? `it declares ${[...names].map((n) => `"${n}"`).join(', ')}`
          : 'it declares no named ports';
        reports.push({
          at: port.node,
          field: `${container.path}.${probe}.${handler}.port`,
          container,
          message: `${describe(context)} has a ${probe} aimed at port "${port.value}", which it does not declare (${declared}): the probe can never connect, so the pod ${probe === 'readinessProbe' ? 'never becomes ready' : 'is restarted again and again'}.`,
          fix: `Add \`- name: ${port.value}\` with its containerPort to the container's ports, or set the probe's port to the number.`,
        });
      }
    }
    return reports;
  },
};
