import { describe, expect, test } from 'vitest';
import { defaultPullPolicy, parseImageReference } from '../../src/podspecs/image.js';

describe('parseImageReference', () => {
  test.each([
    ['nginx', { repository: 'nginx' }],
    ['nginx:1.27', { repository: 'nginx', tag: '1.27' }],
    ['library/nginx:latest', { repository: 'library/nginx', tag: 'latest' }],
    [
      'ghcr.io/octo-shop/api:2.1.0',
      { registry: 'ghcr.io', repository: 'octo-shop/api', tag: '2.1.0' },
    ],
    ['localhost/app', { registry: 'localhost', repository: 'app' }],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app' }],
    [
      'registry.internal:5000/shop/pay:3',
      { registry: 'registry.internal:5000', repository: 'shop/pay', tag: '3' },
    ],
    ['[::1]:5000/app:v1', { registry: '[::1]:5000', repository: 'app', tag: 'v1' }],
    ['app:5000', { repository: 'app', tag: '5000' }],
    ['team/app:5000', { repository: 'team/app', tag: '5000' }],
    [
      'quay.io/prom/node-exporter@sha256:' + 'a'.repeat(64),
      {
        registry: 'quay.io',
        repository: 'prom/node-exporter',
        digest: 'sha256:' + 'a'.repeat(64),
      },
    ],
    [
      'redis:7.4@sha256:' + 'b'.repeat(64),
      { repository: 'redis', tag: '7.4', digest: 'sha256:' + 'b'.repeat(64) },
    ],
    [
      'localhost:5000/app@sha256:' + 'c'.repeat(64),
      {
        registry: 'localhost:5000',
        repository: 'app',
        digest: 'sha256:' + 'c'.repeat(64),
      },
    ],
  ])('splits %s the way the reference grammar does', (image, expected) => {
    expect(parseImageReference(image)).toEqual({
      registry: undefined,
      tag: undefined,
      digest: undefined,
      ...expected,
    });
  });
});

describe('defaultPullPolicy follows the API server defaulting', () => {
  test.each([
    ['nginx', 'Always'],
    ['nginx:latest', 'Always'],
    ['localhost:5000/app', 'Always'],
    ['registry.internal:5000/shop/pay:latest', 'Always'],
    ['nginx:1.27', 'IfNotPresent'],
    ['app:5000', 'IfNotPresent'],
    ['nginx@sha256:' + 'd'.repeat(64), 'IfNotPresent'],
    ['nginx:latest@sha256:' + 'e'.repeat(64), 'Always'],
    ['nginx:1.27@sha256:' + 'f'.repeat(64), 'IfNotPresent'],
  ])('%s defaults to %s', (image, policy) => {
    expect(defaultPullPolicy(image)).toBe(policy);
  });
});
