import { isMap } from 'yaml';
import { mapGetMap, mapGetText } from '../../manifests/nodes.js';
import { podLabel, seqItems } from '../helpers.js';
import type { Check, PodContext, Report } from '../types.js';

export const hostPath: Check = {
  id: 'host-path',
  title: 'Pods do not mount directories of the node',
  severity: 'warning',
  why:
    'A hostPath volume gives the pod files of the node: container runtime sockets, ' +
    "credentials of the kubelet, or other pods' data, and ties the pod to what one node holds.",
  howToFix:
    'Use a PersistentVolumeClaim, an emptyDir, a ConfigMap or a Secret instead of `hostPath`.',
  autoFix: false,
  peers: { polaris: 'hostPathSet', kubeLinter: 'sensitive-host-mounts' },

  checkPod(context: PodContext): Report[] {
    const { pod, doc } = context;
    const reports: Report[] = [];
    seqItems(pod.node, 'volumes', doc).forEach((volume, index) => {
      if (!isMap(volume)) return;
      const source = mapGetMap(volume, 'hostPath', doc);
      if (!source) return;
      const name = mapGetText(volume, 'name', doc) ?? `#${index + 1}`;
      const path = mapGetText(source, 'path', doc) ?? '(no path)';
      reports.push({
        at: source,
        span: 'start',
        field: `${pod.path}.volumes[${index}].hostPath`,
        message: `${podLabel(context)} mounts \`${path}\` of the node as volume "${name}": files of the node (runtime sockets, kubelet credentials, other pods' data) become reachable from the pod.`,
        fix: `Replace the hostPath of volume "${name}" with a PersistentVolumeClaim, emptyDir, ConfigMap or Secret; if the pod is a node agent that needs it, exempt it with a reason.`,
      });
    });
    return reports;
  },
};
