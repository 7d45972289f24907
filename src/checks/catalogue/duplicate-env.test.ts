import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('duplicate-env', () => {
  it('reports the second entry of a repeated name', () => {
    const findings = findingsOf(
      'duplicate-env',
      deployment(
        '- name: web\n  image: shop/web:1.0\n  env:\n    - name: MODE\n      value: a\n    - name: MODE\n      value: b',
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].range.line).toBe(22);
  });
});
