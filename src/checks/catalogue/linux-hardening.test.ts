import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('linux-hardening', () => {
  it('passes a pod-level RuntimeDefault seccomp profile', () => {
    expect(
      findingsOf(
        'linux-hardening',
        deployment(
          '- name: web\n  image: shop/web:1.0',
          'securityContext:\n  seccompProfile:\n    type: RuntimeDefault',
        ),
      ),
    ).toEqual([]);
  });

  it('reports a container that makes the pod profile Unconfined', () => {
    const text = deployment(
      '- name: web\n  image: shop/web:1.0\n  securityContext:\n    seccompProfile:\n      type: Unconfined',
      'securityContext:\n  seccompProfile:\n    type: RuntimeDefault',
    );
    expect(findingsOf('linux-hardening', text)).toHaveLength(1);
  });
});
