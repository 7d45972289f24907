import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('cpu-requests', () => {
  it('reports a container without requests.cpu', () => {
    const findings = findingsOf(
      'cpu-requests',
      deployment(
        '- name: web\n  image: shop/web:1.0\n  resources:\n    requests:\n      other: 1',
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('Container "web"');
  });

  it('passes a set value and skips init containers', () => {
    const set = deployment(
      '- name: web\n  image: shop/web:1.0\n  resources:\n    requests:\n      cpu: "1"',
      'initContainers:\n  - name: init\n    image: shop/init:1.0',
    );
    expect(findingsOf('cpu-requests', set)).toEqual([]);
  });
});
