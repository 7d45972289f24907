import type { Check } from '../types.js';
import { hostNamespace } from './host-namespaces.js';

export const hostNetwork: Check = {
  id: 'host-network',
  title: "Pods do not share the node's network",
  severity: 'error',
  why:
    "A pod on the host network sees every interface of the node, can bind the node's " +
    'ports and reach services that listen only on localhost, and bypasses NetworkPolicies.',
  howToFix: 'Remove `hostNetwork: true`; expose ports through a Service instead.',
  autoFix: false,
  peers: { polaris: 'hostNetworkSet', kubeLinter: 'host-network', checkov: 'CKV_K8S_19' },
  checkPod: (context) =>
    hostNamespace(
      context,
      'hostNetwork',
      "its containers see every interface of the node, can reach services bound to the node's localhost, and NetworkPolicies do not apply to them.",
    ),
};
