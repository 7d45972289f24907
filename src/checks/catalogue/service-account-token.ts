import { isMainPodSpec, objectLabel, podLabel, scalarAt } from '../helpers.js';
import type { Check, PodContext, Report } from '../types.js';

export const serviceAccountToken: Check = {
  id: 'service-account-token',
  title: 'Pods mount an API token only when they use it',
  severity: 'warning',
  why:
    'Every pod gets a token for the Kubernetes API unless its spec or its ServiceAccount ' +
    "turns that off; an attacker in any container can use it with all of the account's permissions.",
  howToFix:
    'Set `automountServiceAccountToken: false` on the pod spec (or its ServiceAccount) ' +
    'unless the pod talks to the Kubernetes API.',
  autoFix: false,
  differences:
    "When the pod does not decide and its ServiceAccount is not among the workspace's manifests, nothing is reported: the account may turn the token off in the cluster.",
  peers: { polaris: 'automountServiceAccountToken', checkov: 'CKV_K8S_38' },

  checkPod(context: PodContext): Report[] {
    const { pod, doc } = context;
    if (!isMainPodSpec(context)) return [];
    const fix =
      'Add `automountServiceAccountToken: false` to the pod spec, or to its ServiceAccount, unless the pod calls the Kubernetes API.';

    // The pod's own setting wins over its ServiceAccount's, as in the kubelet.
    const own = scalarAt(pod.node, 'automountServiceAccountToken', doc);
    if (own?.value === false) return [];
    if (own?.value === true) {
      return [
        {
          at: own.node,
          field: `${pod.path}.automountServiceAccountToken`,
          message: `${podLabel(context)} sets automountServiceAccountToken: true: every container gets an API token with the ServiceAccount's permissions.`,
          fix: 'Set `automountServiceAccountToken: false` unless the pod calls the Kubernetes API.',
        },
      ];
    }

    const named =
      scalarAt(pod.node, 'serviceAccountName', doc) ??
      scalarAt(pod.node, 'serviceAccount', doc);
    const accountName = named ? String(named.value) : 'default';
    const account = context.workspace.named(
      'ServiceAccount',
      context.object.namespace,
      accountName,
    );
    // The ServiceAccount lives elsewhere (the cluster, another repository): unknown.
    if (!account) return [];
    if (
      scalarAt(account.node, 'automountServiceAccountToken', account.document)?.value ===
      false
    )
      return [];
    return [
      {
        at: named?.node ?? pod.node,
        span: named ? 'node' : 'start',
        field: `${pod.path}.automountServiceAccountToken`,
        message: `${podLabel(context)} does not set automountServiceAccountToken and its ${objectLabel(account)} (${account.file.path}) does not turn it off: every container gets an API token.`,
        fix,
      },
    ];
  },
};
