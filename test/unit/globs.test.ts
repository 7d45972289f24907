import { describe, expect, test } from 'vitest';
import { isCandidate } from '../../src/discovery/globs.js';

const DEFAULTS = ['**/*.yaml', '**/*.yml', '**/*.json'];

describe('isCandidate', () => {
  test.each([
    ['deploy/web.yaml', true],
    ['web.yml', true],
    ['a/b/c/search.json', true],
    ['.github/workflows/ci.yml', true],
    ['.k8s/base/app.yaml', true],
    ['README.md', false],
    ['deploy/web.yaml.bak', false],
  ])('with the default paths, %s is a candidate: %s', (path, expected) => {
    expect(isCandidate(path, DEFAULTS, [])).toBe(expected);
  });

  test('exclude wins over paths, and dot folders match exclude globs too', () => {
    const exclude = ['deploy/legacy/**', '**/.generated/**'];
    expect(isCandidate('deploy/legacy/old.yaml', DEFAULTS, exclude)).toBe(false);
    expect(isCandidate('apps/.generated/x.yaml', DEFAULTS, exclude)).toBe(false);
    expect(isCandidate('deploy/prod/new.yaml', DEFAULTS, exclude)).toBe(true);
  });

  test('brace and extglob patterns work as minimatch defines them', () => {
    expect(isCandidate('k8s/prod/app.yaml', ['k8s/{prod,staging}/*.yaml'], [])).toBe(
      true,
    );
    expect(isCandidate('k8s/dev/app.yaml', ['k8s/{prod,staging}/*.yaml'], [])).toBe(
      false,
    );
    expect(isCandidate('k8s/app.yaml', ['k8s/!(test)*.yaml'], [])).toBe(true);
  });

  test('a glob matches whole paths from the repository root', () => {
    expect(isCandidate('nested/deploy/web.yaml', ['deploy/*.yaml'], [])).toBe(false);
    expect(isCandidate('deploy/web.yaml', ['deploy/*.yaml'], [])).toBe(true);
  });
});
