import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('topology-spread', () => {
  it('reports a Deployment without constraints and leaves DaemonSets out', () => {
    expect(
      findingsOf('topology-spread', deployment('- name: web\n  image: shop/web:1.0')),
    ).toHaveLength(1);
    const daemonSet = deployment('- name: agent\n  image: shop/agent:1.0').replace(
      'kind: Deployment',
      'kind: DaemonSet',
    );
    expect(findingsOf('topology-spread', daemonSet)).toEqual([]);
  });
});
