import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('image-pull-policy', () => {
  it('reports a container without imagePullPolicy at its first line', () => {
    const findings = findingsOf(
      'image-pull-policy',
      deployment('- name: web\n  image: shop/web:1.4.2'),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].range.line).toBe(17);
    expect(findings[0].message).toContain('Container "web" of Deployment "shop/api"');
  });

  it('passes Always and, with allow-digest, a digest pin', () => {
    expect(
      findingsOf(
        'image-pull-policy',
        deployment('- name: web\n  image: shop/web:1.4.2\n  imagePullPolicy: Always'),
      ),
    ).toEqual([]);
    const pinned = deployment('- name: web\n  image: shop/web@sha256:' + 'a'.repeat(64));
    expect(findingsOf('image-pull-policy', pinned)).toHaveLength(1);
    expect(
      findingsOf('image-pull-policy', pinned, {
        settings: { options: { 'allow-digest': true } },
      }),
    ).toEqual([]);
  });
});
