import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('probe-port', () => {
  it('reports a named port the container does not declare', () => {
    const text = deployment(
      '- name: web\n  image: shop/web:1.0\n  ports:\n    - name: http\n      containerPort: 8080\n  readinessProbe:\n    httpGet:\n      port: htp',
    );
    expect(findingsOf('probe-port', text)).toHaveLength(1);
    expect(findingsOf('probe-port', text.replace('port: htp', 'port: http'))).toEqual([]);
    expect(findingsOf('probe-port', text.replace('port: htp', 'port: 8080'))).toEqual([]);
  });
});
