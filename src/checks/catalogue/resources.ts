import { isScalar } from 'yaml';
import { findPair, resolve, scalarText } from '../../manifests/nodes.js';
import { deepestNode, describe, mapAt } from '../helpers.js';
import type { ContainerContext, Report } from '../types.js';

/**
 * A missing resource request or limit on an app container. Init containers run one at a
 * time before the app and ephemeral containers cannot have resources; a pod-level
 * `resources` (Kubernetes 1.32+) covers every container.
 */
export function missingResource(
  context: ContainerContext,
  kind: 'requests' | 'limits',
  resource: 'cpu' | 'memory',
  consequence: string,
  example: string,
): Report[] {
  const { container, doc, pod } = context;
  if (container.type !== 'containers') return [];
  const path = ['resources', kind];
  if (hasValue(mapAt(pod.node, path, doc), resource, context)) return [];
  const section = mapAt(container.node, path, doc);
  if (hasValue(section, resource, context)) return [];

  const pair = section ? findPair(section, resource, doc, 0) : undefined;
  const { node } = deepestNode(container.node, path, doc);
  return [
    {
      at: pair ? pair.key : node,
      span: pair ? 'node' : 'start',
      field: `${container.path}.resources.${kind}.${resource}`,
      container,
      message: `${describe(context)} has no ${resource} ${kind === 'requests' ? 'request' : 'limit'}: ${consequence}`,
      fix: `Set \`resources.${kind}.${resource}\` on the container, for example \`${resource}: ${example}\`, sized from what it uses under load.`,
    },
  ];
}

function hasValue(
  section: ReturnType<typeof mapAt>,
  resource: string,
  context: ContainerContext,
): boolean {
  if (!section) return false;
  const pair = findPair(section, resource, context.doc, 0);
  if (!pair) return false;
  const node = resolve(pair.value, context.doc);
  if (!isScalar(node)) return false;
  const text = scalarText(node);
  return text !== undefined && text.trim() !== '';
}
