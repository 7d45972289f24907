import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('liveness-probe', () => {
  it('reports an app container without a livenessProbe', () => {
    const findings = findingsOf(
      'liveness-probe',
      deployment('- name: web\n  image: shop/web:1.0'),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].container).toBe('web');
  });

  it('leaves out init containers, Jobs and CronJobs', () => {
    const withInit = deployment(
      '- name: web\n  image: shop/web:1.0\n  livenessProbe:\n    tcpSocket:\n    port: 8080',
      'initContainers:\n  - name: migrate\n    image: shop/migrate:1.0',
    );
    expect(findingsOf('liveness-probe', withInit)).toEqual([]);
    const job = `apiVersion: batch/v1
kind: Job
metadata:
  name: backfill
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: run
          image: shop/backfill:1.0
`;
    expect(findingsOf('liveness-probe', job)).toEqual([]);
  });
});
