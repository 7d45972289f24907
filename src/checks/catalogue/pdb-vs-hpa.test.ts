import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('pdb-vs-hpa', () => {
  it('reports a budget that needs as many pods as the autoscaler keeps', () => {
    const text = deployment('- name: web\n  image: shop/web:1.0');
    const hpa = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: api
  namespace: shop
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
  minReplicas: 1
  maxReplicas: 5
`.replace('minReplicas: 1', 'minReplicas: 3');
    const strict = `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
  namespace: shop
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: api
`.replace('maxUnavailable: 1', 'minAvailable: 3');
    expect(
      findingsOf('pdb-vs-hpa', text, { context: `${hpa}---\n${strict}` }),
    ).toHaveLength(1);
    const loose = `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
  namespace: shop
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: api
`.replace('maxUnavailable: 1', 'minAvailable: 2');
    expect(findingsOf('pdb-vs-hpa', text, { context: `${hpa}---\n${loose}` })).toEqual(
      [],
    );
  });
});
