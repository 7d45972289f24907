import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('dangerous-capabilities', () => {
  it('reports SYS_ADMIN in any case and with a CAP_ prefix', () => {
    const text = deployment(
      '- name: web\n  image: shop/web:1.0\n  securityContext:\n    capabilities:\n      add: [cap_sys_admin, NET_BIND_SERVICE]',
    );
    const findings = findingsOf('dangerous-capabilities', text);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('cap_sys_admin');
  });
});
