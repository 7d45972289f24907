import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('host-port', () => {
  it('reports a hostPort and passes hostPort 0', () => {
    const findings = findingsOf(
      'host-port',
      deployment(
        '- name: web\n  image: shop/web:1.0\n  ports:\n    - containerPort: 80\n      hostPort: 8080',
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('8080');
    expect(
      findingsOf(
        'host-port',
        deployment(
          '- name: web\n  image: shop/web:1.0\n  ports:\n    - containerPort: 80\n      hostPort: 0',
        ),
      ),
    ).toEqual([]);
  });
});
