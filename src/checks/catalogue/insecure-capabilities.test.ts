import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('insecure-capabilities', () => {
  it('reports a container that drops nothing and passes drop ALL', () => {
    expect(
      findingsOf(
        'insecure-capabilities',
        deployment('- name: web\n  image: shop/web:1.0'),
      ),
    ).toHaveLength(1);
    expect(
      findingsOf(
        'insecure-capabilities',
        deployment(
          '- name: web\n  image: shop/web:1.0\n  securityContext:\n    capabilities:\n      drop: [ALL]',
        ),
      ),
    ).toEqual([]);
  });
});
