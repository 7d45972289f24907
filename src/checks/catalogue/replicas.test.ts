import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('replicas', () => {
  it('reports one replica and passes when an autoscaler owns the count', () => {
    const single = deployment('- name: web\n  image: shop/web:1.0').replace(
      'replicas: 3',
      'replicas: 1',
    );
    expect(findingsOf('replicas', single)).toHaveLength(1);
    const hpa = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: api
  namespace: shop
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
  minReplicas: 2
  maxReplicas: 6
`;
    expect(findingsOf('replicas', single, { context: hpa })).toEqual([]);
  });

  it('takes the minimum from the options', () => {
    const three = deployment('- name: web\n  image: shop/web:1.0');
    expect(
      findingsOf('replicas', three, { settings: { options: { minimum: 4 } } }),
    ).toHaveLength(1);
  });
});
