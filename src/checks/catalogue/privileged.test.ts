import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('privileged', () => {
  it('reports privileged: true on init containers too', () => {
    const text = deployment(
      '- name: web\n  image: shop/web:1.0',
      'initContainers:\n  - name: sysctl\n    image: busybox:1.36\n    securityContext:\n      privileged: true',
    );
    const findings = findingsOf('privileged', text);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('Init container "sysctl"');
  });

  it('ignores a pod-level privileged, which the API does not have', () => {
    expect(
      findingsOf(
        'privileged',
        deployment(
          '- name: web\n  image: shop/web:1.0',
          'securityContext:\n  privileged: true',
        ),
      ),
    ).toEqual([]);
  });
});
