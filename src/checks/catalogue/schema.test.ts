import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('schema', () => {
  it('reports a misspelled field with a suggestion, on the key', () => {
    const findings = findingsOf(
      'schema',
      deployment('- name: web\n  image: shop/web:1.0\n  imagePullpolicy: Always'),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('Did you mean "imagePullPolicy"?');
    expect(findings[0].range.line).toBe(19);
    expect(findings[0].container).toBe('web');
  });

  it('reports values outside an enum and wrong types', () => {
    const text = deployment(
      '- name: web\n  image: shop/web:1.0\n  ports:\n    - containerPort: "8080"\n      protocol: tcp',
      'restartPolicy: Sometimes',
    );
    const messages = findingsOf('schema', text).map((f) => f.message);
    expect(messages).toHaveLength(3);
    expect(messages.join('\n')).toContain('Did you mean "TCP"?');
  });

  it('leaves a bad imagePullPolicy to the image-pull-policy check, which explains it', () => {
    const text = deployment(
      '- name: web\n  image: shop/web:1.0\n  imagePullPolicy: always',
    );
    expect(findingsOf('schema', text)).toEqual([]);
  });

  it('leaves placeholders and custom resources alone', () => {
    expect(
      findingsOf(
        'schema',
        deployment(
          '- name: web\n  image: shop/web:1.0\n  imagePullPolicy: ${PULL_POLICY}',
        ),
      ),
    ).toEqual([]);
    const rollout = deployment('- name: web\n  image: shop/web:1.0\n  extra: 1')
      .replace('apps/v1', 'argoproj.io/v1alpha1')
      .replace('kind: Deployment', 'kind: Rollout');
    expect(findingsOf('schema', rollout)).toEqual([]);
  });
});
