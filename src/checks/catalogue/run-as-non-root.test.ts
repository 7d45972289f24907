import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('run-as-non-root', () => {
  it('passes runAsNonRoot set on the pod and inherited by the container', () => {
    expect(
      findingsOf(
        'run-as-non-root',
        deployment(
          '- name: web\n  image: shop/web:1.0',
          'securityContext:\n  runAsNonRoot: true',
        ),
      ),
    ).toEqual([]);
  });

  it('lets the container override the pod, as the kubelet does', () => {
    const text = deployment(
      '- name: web\n  image: shop/web:1.0\n  securityContext:\n    runAsUser: 0',
      'securityContext:\n  runAsNonRoot: true',
    );
    const findings = findingsOf('run-as-non-root', text);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('UID 0');
  });

  it('passes a non-zero runAsUser and reports nothing set', () => {
    expect(
      findingsOf(
        'run-as-non-root',
        deployment(
          '- name: web\n  image: shop/web:1.0\n  securityContext:\n    runAsUser: 10001',
        ),
      ),
    ).toEqual([]);
    expect(
      findingsOf('run-as-non-root', deployment('- name: web\n  image: shop/web:1.0')),
    ).toHaveLength(1);
  });
});
