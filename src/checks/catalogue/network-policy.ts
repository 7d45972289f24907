import { findPair, mapGetMap } from '../../manifests/nodes.js';
import type { ManifestObject } from '../../engine/types.js';
import {
  isMainPodSpec,
  podLabel,
  podLabels,
  podStart,
  sameNamespace,
  selectorMatches,
  stringItems,
} from '../helpers.js';
import type { Check, PodContext, Report } from '../types.js';
import { selectorOf } from './related.js';

/** The directions a NetworkPolicy isolates, defaulted the way the API defaults them. */
function directions(policy: ManifestObject): Set<string> {
  const doc = policy.document;
  const node = mapGetMap(policy.node, 'spec', doc);
  const result = new Set<string>();
  const types = stringItems(node, 'policyTypes', doc).map((t) => t.text.toLowerCase());
  if (types.length > 0) {
    for (const type of types) result.add(type);
    return result;
  }
  // Without policyTypes: Ingress always, Egress when egress rules are present.
  result.add('ingress');
  if (node && findPair(node, 'egress', doc, 0)) result.add('egress');
  return result;
}

export const networkPolicy: Check = {
  id: 'network-policy',
  title: 'Pods are isolated by NetworkPolicies for ingress and egress',
  severity: 'warning',
  why:
    'A pod that no NetworkPolicy selects accepts connections from every pod in the cluster ' +
    'and can connect anywhere, so one compromised pod can reach it and it can reach everything.',
  howToFix:
    'Add a NetworkPolicy in the same namespace whose `podSelector` matches the pod labels, ' +
    'with `policyTypes: [Ingress, Egress]` and rules for the traffic the pod needs.',
  autoFix: false,
  differences:
    'A policy that isolates a direction without rules (default deny) satisfies it; Polaris requires at least one ingress and one egress rule, which would flag the strictest setup.',
  options: {
    'require-egress': {
      default: true,
      description:
        'Also require a policy that restricts egress. Set to false where egress is ' +
        'controlled elsewhere (an egress gateway, a mesh).',
    },
  },
  peers: {
    polaris: 'missingNetworkPolicy',
    kubeLinter: 'non-isolated-pod',
    kubeScore: 'pod-networkpolicy',
  },

  checkPod(context: PodContext): Report[] {
    if (!isMainPodSpec(context)) return [];
    const labels = podLabels(context);
    const covered = new Set<string>();
    for (const policy of sameNamespace(context, 'NetworkPolicy')) {
      const selector = selectorOf(policy, 'podSelector');
      // An empty podSelector selects every pod of the namespace.
      if (
        !selector ||
        (selector.items.length > 0 && !selectorMatches(selector, labels, policy.document))
      )
        continue;
      for (const direction of directions(policy)) covered.add(direction);
    }
    const wanted =
      context.options['require-egress'] === false ? ['ingress'] : ['ingress', 'egress'];
    const missing = wanted.filter((d) => !covered.has(d));
    if (missing.length === 0) return [];
    const what =
      missing.length === 2 || covered.size === 0
        ? "no NetworkPolicy among the workspace's manifests selects its pods, so they accept connections from any pod and can connect anywhere"
        : missing[0] === 'ingress'
          ? 'no NetworkPolicy restricts ingress to its pods, so they accept connections from any pod'
          : 'no NetworkPolicy restricts egress from its pods, so a compromised pod can connect anywhere';
    return [
      podStart(
        context,
        `${podLabel(context)}: ${what}.`,
        `Add a NetworkPolicy selecting the pod labels with \`policyTypes: [Ingress, Egress]\` and rules for the traffic it needs${missing.length === 1 ? ` (or add ${missing[0] === 'ingress' ? 'Ingress' : 'Egress'} to an existing policy's policyTypes)` : ''}.`,
      ),
    ];
  },
};
