import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('host-path', () => {
  it('reports a hostPath volume with its path', () => {
    const findings = findingsOf(
      'host-path',
      deployment(
        '- name: web\n  image: shop/web:1.0',
        'volumes:\n  - name: sock\n    hostPath:\n      path: /var/run/docker.sock',
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('/var/run/docker.sock');
  });

  it('passes other volume types', () => {
    expect(
      findingsOf(
        'host-path',
        deployment(
          '- name: web\n  image: shop/web:1.0',
          'volumes:\n  - name: tmp\n    emptyDir: {}',
        ),
      ),
    ).toEqual([]);
  });
});
