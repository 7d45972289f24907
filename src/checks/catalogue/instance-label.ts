import { mapGetMap } from '../../manifests/nodes.js';
import { labelsOf, objectLabel } from '../helpers.js';
import type { Check, ObjectContext, Report } from '../types.js';

const LABEL = 'app.kubernetes.io/instance';

/** Objects that own pods: the ones a reader of a dashboard looks up by instance. */
const WORKLOADS = new Set([
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
]);

export const instanceLabel: Check = {
  id: 'instance-label',
  title: 'Workloads carry a matching app.kubernetes.io/instance label',
  severity: 'warning',
  why:
    'Tools group objects by the recommended `app.kubernetes.io/instance` label; a workload ' +
    "without it, or with another instance's value, is missing from or misfiled in those views.",
  howToFix:
    'Set `metadata.labels["app.kubernetes.io/instance"]` to the name of the instance: the ' +
    'object name, or the release name that prefixes it.',
  autoFix: false,
  differences:
    'Accepts an instance value that prefixes the object name (`shop` for `shop-api`), the way Helm and kustomize name objects; Polaris requires equality.',
  peers: { polaris: 'metadataAndInstanceMismatched' },

  checkObject(context: ObjectContext): Report[] {
    const { object, doc } = context;
    if (!WORKLOADS.has(object.kind) || !object.name) return [];
    const metadata = mapGetMap(object.node, 'metadata', doc);
    const labels = labelsOf(metadata, doc);
    const instance = labels[LABEL];
    // A Helm or kustomize release name prefixes the object name: `shop-api` of `shop`.
    if (
      instance &&
      (instance === object.name || object.name.startsWith(`${instance}-`))
    ) {
      return [];
    }
    const message =
      instance === undefined
        ? `${objectLabel(object)} has no ${LABEL} label: dashboards and tools that group by instance leave it out.`
        : `${objectLabel(object)} has ${LABEL} "${instance}", which neither equals nor prefixes its name "${object.name}": tools that group by instance file it under another instance.`;
    return [
      {
        at: metadata ?? object.node,
        span: 'start',
        field: `metadata.labels.${LABEL}`,
        message,
        fix: `Set the label \`${LABEL}: ${object.name}\` (or the release name that prefixes the object name).`,
      },
    ];
  },
};
