import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('pod-disruption-budget', () => {
  it('finds a PodDisruptionBudget in an unchanged file', () => {
    const text = deployment('- name: web\n  image: shop/web:1.0');
    expect(findingsOf('pod-disruption-budget', text)).toHaveLength(1);
    expect(
      findingsOf('pod-disruption-budget', text, {
        context: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
  namespace: shop
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: api
`,
      }),
    ).toEqual([]);
  });

  it('does not take a budget from another namespace', () => {
    const other = `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
  namespace: shop
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: api
`.replace('namespace: shop', 'namespace: billing');
    expect(
      findingsOf(
        'pod-disruption-budget',
        deployment('- name: web\n  image: shop/web:1.0'),
        { context: other },
      ),
    ).toHaveLength(1);
  });
});
