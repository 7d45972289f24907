import { podLabel, scalarAt } from '../helpers.js';
import type { PodContext, Report } from '../types.js';

/** A pod-level boolean that shares a namespace of the node (`hostNetwork: true`, ...). */
export function hostNamespace(
  context: PodContext,
  key: 'hostNetwork' | 'hostPID' | 'hostIPC',
  consequence: string,
): Report[] {
  const found = scalarAt(context.pod.node, key, context.doc);
  if (found?.value !== true) return [];
  return [
    {
      at: found.node,
      field: `${context.pod.path}.${key}`,
      message: `${podLabel(context)} sets ${key}: true: ${consequence}`,
      fix: `Remove \`${key}: true\` (the default is false); if the pod really needs it, exempt it with a reason.`,
    },
  ];
}
