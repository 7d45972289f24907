import { mapGetMap, mapGetText } from '../../manifests/nodes.js';
import type { ManifestObject } from '../../engine/types.js';
import type { ObjectContext } from '../types.js';

/** The HorizontalPodAutoscalers in the workspace that scale `object`. */
export function autoscalersOf(
  context: ObjectContext,
  object: ManifestObject,
): ManifestObject[] {
  const autoscalers = context.workspace.inNamespace(
    'HorizontalPodAutoscaler',
    object.namespace,
  );
  return autoscalers.filter((hpa) => {
    const spec = mapGetMap(hpa.node, 'spec', hpa.document);
    const target = spec && mapGetMap(spec, 'scaleTargetRef', hpa.document);
    if (!target) return false;
    return (
      mapGetText(target, 'kind', hpa.document) === object.kind &&
      mapGetText(target, 'name', hpa.document) === object.name
    );
  });
}
