import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('host-pid', () => {
  it('reports hostPID: true on the value', () => {
    const findings = findingsOf(
      'host-pid',
      deployment('- name: web\n  image: shop/web:1.0', 'hostPID: true'),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].range.line).toBe(16);
    expect(findings[0].message).toContain('Deployment "shop/api"');
  });

  it('passes false and absent', () => {
    expect(
      findingsOf(
        'host-pid',
        deployment('- name: web\n  image: shop/web:1.0', 'hostPID: false'),
      ),
    ).toEqual([]);
    expect(
      findingsOf('host-pid', deployment('- name: web\n  image: shop/web:1.0')),
    ).toEqual([]);
  });
});
