import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('read-only-root-filesystem', () => {
  it('reports a writable root filesystem and passes true', () => {
    expect(
      findingsOf(
        'read-only-root-filesystem',
        deployment('- name: web\n  image: shop/web:1.0'),
      ),
    ).toHaveLength(1);
    expect(
      findingsOf(
        'read-only-root-filesystem',
        deployment(
          '- name: web\n  image: shop/web:1.0\n  securityContext:\n    readOnlyRootFilesystem: true',
        ),
      ),
    ).toEqual([]);
  });
});
