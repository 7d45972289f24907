import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('privilege-escalation', () => {
  it('reports a container that does not set it to false', () => {
    expect(
      findingsOf(
        'privilege-escalation',
        deployment('- name: web\n  image: shop/web:1.0'),
      ),
    ).toHaveLength(1);
  });

  it('does not take a pod-level value, as the kubelet does not', () => {
    const text = deployment(
      '- name: web\n  image: shop/web:1.0',
      'securityContext:\n  allowPrivilegeEscalation: false',
    );
    expect(findingsOf('privilege-escalation', text)).toHaveLength(1);
    const own = deployment(
      '- name: web\n  image: shop/web:1.0\n  securityContext:\n    allowPrivilegeEscalation: false',
    );
    expect(findingsOf('privilege-escalation', own)).toEqual([]);
  });
});
