import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing.js';

describe('pdb-allows-disruption', () => {
  it('reports maxUnavailable 0 and minAvailable 100%', () => {
    expect(
      findingsOf(
        'pdb-allows-disruption',
        `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
  namespace: shop
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: api
`.replace('maxUnavailable: 1', 'maxUnavailable: 0'),
      ),
    ).toHaveLength(1);
    expect(
      findingsOf(
        'pdb-allows-disruption',
        `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
  namespace: shop
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: api
`.replace('maxUnavailable: 1', 'minAvailable: 100%'),
      ),
    ).toHaveLength(1);
    expect(
      findingsOf(
        'pdb-allows-disruption',
        `apiVersion: policy/v1
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
      ),
    ).toEqual([]);
  });
});
