import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('instance-label', () => {
  it('accepts an instance that prefixes the name and reports a missing label', () => {
    const labelled = deployment(
      '- name: web\n  image: shop/web:1.0',
      '',
      'shop-api',
    ).replace(
      '  namespace: shop',
      '  namespace: shop\n  labels:\n    app.kubernetes.io/instance: shop',
    );
    expect(findingsOf('instance-label', labelled)).toEqual([]);
    expect(
      findingsOf('instance-label', deployment('- name: web\n  image: shop/web:1.0')),
    ).toHaveLength(1);
  });
});
