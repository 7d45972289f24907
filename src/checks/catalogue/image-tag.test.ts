import { describe, expect, it } from 'vitest';
import { deployment, findingsOf } from '../testing.js';

describe('image-tag', () => {
  it('reports latest and a missing tag on the image value', () => {
    const latest = findingsOf(
      'image-tag',
      deployment('- name: web\n  image: nginx:latest'),
    );
    expect(latest).toHaveLength(1);
    expect(latest[0].range.line).toBe(18);
    expect(
      findingsOf(
        'image-tag',
        deployment('- name: web\n  image: registry.local:5000/nginx'),
      ),
    ).toHaveLength(1);
  });

  it('passes a version tag and a digest pin', () => {
    expect(
      findingsOf('image-tag', deployment('- name: web\n  image: nginx:1.27.0')),
    ).toEqual([]);
    expect(
      findingsOf(
        'image-tag',
        deployment('- name: web\n  image: nginx@sha256:' + 'b'.repeat(64)),
      ),
    ).toEqual([]);
  });
});
