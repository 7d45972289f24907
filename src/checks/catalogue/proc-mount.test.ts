import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('proc-mount', () => {
  it('reports Unmasked and passes Default', () => {
    expect(
      findingsOf(
        'proc-mount',
        deployment(
          '- name: web\n  image: shop/web:1.0\n  securityContext:\n    procMount: Unmasked',
        ),
      ),
    ).toHaveLength(1);
    expect(
      findingsOf(
        'proc-mount',
        deployment(
          '- name: web\n  image: shop/web:1.0\n  securityContext:\n    procMount: Default',
        ),
      ),
    ).toEqual([]);
  });
});
