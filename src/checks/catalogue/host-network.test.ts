import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('host-network', () => {
  it('reports hostNetwork: true on the value', () => {
    const findings = findingsOf(
      'host-network',
      deployment('- name: web\n  image: shop/web:1.0', 'hostNetwork: true'),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].range.line).toBe(16);
    expect(findings[0].message).toContain('Deployment "shop/api"');
  });

  it('passes false and absent', () => {
    expect(
      findingsOf(
        'host-network',
        deployment('- name: web\n  image: shop/web:1.0', 'hostNetwork: false'),
      ),
    ).toEqual([]);
    expect(
      findingsOf('host-network', deployment('- name: web\n  image: shop/web:1.0')),
    ).toEqual([]);
  });
});
