import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('secret-in-env', () => {
  it('reports a literal password without repeating it', () => {
    const findings = findingsOf(
      'secret-in-env',
      deployment(
        '- name: web\n  image: shop/web:1.0\n  env:\n    - name: DB_PASSWORD\n      value: hunter2-prod',
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('DB_PASSWORD');
    expect(JSON.stringify(findings[0])).not.toContain('hunter2-prod');
  });

  it('passes valueFrom, file paths and ordinary settings', () => {
    const text = deployment(
      '- name: web\n  image: shop/web:1.0\n  env:\n    - name: DB_PASSWORD\n      valueFrom:\n        secretKeyRef: {name: db, key: password}\n    - name: TOKEN_FILE\n      value: /var/run/secrets/token\n    - name: LOG_LEVEL\n      value: debug',
    );
    expect(findingsOf('secret-in-env', text)).toEqual([]);
  });

  it('reports a placeholder like any literal, since it is often what ships', () => {
    const text = deployment(
      '- name: web\n  image: shop/web:1.0\n  env:\n    - name: API_TOKEN\n      value: changeme',
    );
    expect(findingsOf('secret-in-env', text)).toHaveLength(1);
  });
});
