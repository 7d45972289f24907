import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('host-ipc', () => {
  it('reports hostIPC: true on the value', () => {
    const findings = findingsOf(
      'host-ipc',
      deployment('- name: web\n  image: shop/web:1.0', 'hostIPC: true'),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].range.line).toBe(16);
    expect(findings[0].message).toContain('Deployment "shop/api"');
  });

  it('passes false and absent', () => {
    expect(
      findingsOf(
        'host-ipc',
        deployment('- name: web\n  image: shop/web:1.0', 'hostIPC: false'),
      ),
    ).toEqual([]);
    expect(
      findingsOf('host-ipc', deployment('- name: web\n  image: shop/web:1.0')),
    ).toEqual([]);
  });
});
