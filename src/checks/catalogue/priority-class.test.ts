import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('priority-class', () => {
  it('reports a pod spec without priorityClassName', () => {
    expect(
      findingsOf('priority-class', deployment('- name: web\n  image: shop/web:1.0')),
    ).toHaveLength(1);
    expect(
      findingsOf(
        'priority-class',
        deployment(
          '- name: web\n  image: shop/web:1.0',
          'priorityClassName: business-critical',
        ),
      ),
    ).toEqual([]);
  });
});
