import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('service-account-token', () => {
  it('follows the ServiceAccount found in another file of the workspace', () => {
    const text = deployment(
      '- name: web\n  image: shop/web:1.0',
      'serviceAccountName: api',
    );
    expect(
      findingsOf('service-account-token', text, {
        context: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
automountServiceAccountToken: false
`,
      }),
    ).toEqual([]);
    const enabled = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
automountServiceAccountToken: false
`.replace('false', 'true');
    expect(findingsOf('service-account-token', text, { context: enabled })).toHaveLength(
      1,
    );
  });

  it('lets the pod setting win over the ServiceAccount', () => {
    const text = deployment(
      '- name: web\n  image: shop/web:1.0',
      'serviceAccountName: api\nautomountServiceAccountToken: true',
    );
    expect(
      findingsOf('service-account-token', text, {
        context: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
automountServiceAccountToken: false
`,
      }),
    ).toHaveLength(1);
  });
});
