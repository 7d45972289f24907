import type { YAMLMap } from 'yaml';
import { mapGetMap } from '../../manifests/nodes.js';
import type { ManifestObject } from '../../engine/types.js';
import { labelsOf, selectorMatches } from '../helpers.js';
import type { ObjectContext } from '../types.js';

/** Workload kinds whose pods are kept running by a controller. */
export const CONTROLLERS = new Set(['Deployment', 'StatefulSet']);

/** The labels of a workload's pod template. */
export function templateLabels(object: ManifestObject): Record<string, string> {
  const spec = mapGetMap(object.node, 'spec', object.document);
  const template = spec && mapGetMap(spec, 'template', object.document);
  return labelsOf(
    template && mapGetMap(template, 'metadata', object.document),
    object.document,
  );
}

/** The `spec.selector` of a PodDisruptionBudget, or `spec.podSelector` of a NetworkPolicy. */
export function selectorOf(object: ManifestObject, key: string): YAMLMap | undefined {
  const spec = mapGetMap(object.node, 'spec', object.document);
  return spec && mapGetMap(spec, key, object.document);
}

/** PodDisruptionBudgets of the workspace that select these pod labels. */
export function budgetsFor(
  context: ObjectContext,
  namespace: string,
  labels: Record<string, string>,
): ManifestObject[] {
  // A PDB with an empty or missing selector selects nothing (policy/v1).
  if (Object.keys(labels).length === 0) return [];
  return context.workspace.inNamespace('PodDisruptionBudget', namespace).filter((pdb) => {
    const selector = selectorOf(pdb, 'selector');
    if (!selector || selector.items.length === 0) return false;
    return selectorMatches(selector, labels, pdb.document);
  });
}
