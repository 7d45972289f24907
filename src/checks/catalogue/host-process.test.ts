import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('host-process', () => {
  it('reports hostProcess once at pod level and per container that sets it', () => {
    const pod = deployment(
      '- name: web\n  image: shop/web:1.0',
      'securityContext:\n  windowsOptions:\n    hostProcess: true',
    );
    expect(findingsOf('host-process', pod)).toHaveLength(1);
    const container = deployment(
      '- name: web\n  image: shop/web:1.0\n  securityContext:\n    windowsOptions:\n      hostProcess: true',
    );
    expect(findingsOf('host-process', container)[0].container).toBe('web');
  });
});
