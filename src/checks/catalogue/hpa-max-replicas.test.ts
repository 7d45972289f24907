import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing.js';

describe('hpa-max-replicas', () => {
  it('reports maxReplicas not above minReplicas', () => {
    expect(
      findingsOf(
        'hpa-max-replicas',
        `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: api
  namespace: shop
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
  minReplicas: 1
  maxReplicas: 5
`.replace('maxReplicas: 5', 'maxReplicas: 1'),
      ),
    ).toHaveLength(1);
    expect(
      findingsOf(
        'hpa-max-replicas',
        `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: api
  namespace: shop
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
  minReplicas: 1
  maxReplicas: 5
`,
      ),
    ).toEqual([]);
  });
});
