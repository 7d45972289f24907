import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing.js';

describe('hpa-min-replicas', () => {
  it('reports minReplicas 1 on the value', () => {
    const findings = findingsOf(
      'hpa-min-replicas',
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
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].range.line).toBe(8);
    expect(
      findingsOf(
        'hpa-min-replicas',
        `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: api
  namespace: shop
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
  minReplicas: 1
  maxReplicas: 5
`.replace('minReplicas: 1', 'minReplicas: 2'),
      ),
    ).toEqual([]);
  });
});
