import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('network-policy', () => {
  it('accepts a namespace-wide default deny and reports a pod no policy selects', () => {
    const text = deployment('- name: web\n  image: shop/web:1.0');
    expect(
      findingsOf('network-policy', text, {
        context: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`,
      }),
    ).toEqual([]);
    expect(findingsOf('network-policy', text)).toHaveLength(1);
  });

  it('reports missing egress unless require-egress is false', () => {
    const ingressOnly = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`.replace('[Ingress, Egress]', '[Ingress]');
    const text = deployment('- name: web\n  image: shop/web:1.0');
    expect(
      findingsOf('network-policy', text, { context: ingressOnly })[0].message,
    ).toContain('egress');
    expect(
      findingsOf('network-policy', text, {
        context: ingressOnly,
        settings: { options: { 'require-egress': false } },
      }),
    ).toEqual([]);
  });
});
