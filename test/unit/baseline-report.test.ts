import { afterEach, describe, expect, test } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';
import type { Finding } from '../../src/engine/types.js';
import { buildSummary } from '../../src/report/summary.js';

function finding(container: string, line: number, existing = false): Finding {
  return {
    checkId: 'image-pull-policy',
    severity: 'error',
    file: 'deploy/api.yaml',
    range: { line, column: 9, endLine: line, endColumn: 9 },
    message: `Container "${container}" of Deployment "api" has no imagePullPolicy.`,
    why: 'Cached images are not checked again.',
    fix: 'Add `imagePullPolicy: Always` to the container.',
    object: { kind: 'Deployment', name: 'api', namespace: 'shop' },
    container,
    field: 'spec.template.spec.containers[0].imagePullPolicy',
    ...(existing ? { existing: true } : {}),
  };
}

describe('the summary of an only-new run', () => {
  const summary = (findings: Finding[], fixed: Finding[]) =>
    buildSummary({
      findings,
      skipped: [],
      filesChecked: 1,
      containersChecked: 3,
      failed: findings.some((f) => !f.existing),
      checkName: 'podspec-check',
      maxLength: 60_000,
      comparison: { change: 'this pull request', baseSha: 'abcdef0123456789', fixed },
    });

  test('shows new, existing and fixed counts and lists the new finding first', () => {
    const text = summary(
      [finding('old', 10, true), finding('sidecar', 20)],
      [finding('worker', 30)],
    );

    expect(text).toContain('### ❌ podspec-check: 1 new error');
    expect(text).toContain(
      '**New: 1** · Existing: 1 · Fixed by this pull request: 1 (compared with abcdef0)',
    );
    expect(text.indexOf('| sidecar |')).toBeLessThan(text.indexOf('| old |'));
    expect(text).toContain('_Existing before this change._');
    expect(text).toContain('1 finding fixed by this pull request');
    expect(text).toContain(
      '- `image-pull-policy` container "worker" of Deployment shop/api',
    );
  });

  test('says there is nothing new when every finding existed', () => {
    const text = summary([finding('old', 10, true)], []);
    expect(text).toContain('### ✅ podspec-check: no new findings');
    expect(text).not.toContain('fixed by this pull request</summary>');
  });
});

describe('the only-new and annotate inputs', () => {
  const names = ['INPUT_ONLY-NEW', 'INPUT_ANNOTATE'];
  afterEach(() => {
    for (const name of names) delete process.env[name];
  });

  test('default to false and changed-files', () => {
    expect(readInputs()).toMatchObject({ onlyNew: false, annotate: 'changed-files' });
  });

  test('are read when given', () => {
    process.env['INPUT_ONLY-NEW'] = 'true';
    process.env.INPUT_ANNOTATE = 'changed-lines';
    expect(readInputs()).toMatchObject({ onlyNew: true, annotate: 'changed-lines' });
  });

  test('reject a bad value, naming the input and the accepted values', () => {
    process.env['INPUT_ONLY-NEW'] = 'yes';
    expect(() => readInputs()).toThrow(
      'Input "only-new" is "yes", which is not accepted. Use one of: true, false.',
    );
    delete process.env['INPUT_ONLY-NEW'];
    process.env.INPUT_ANNOTATE = 'lines';
    expect(() => readInputs()).toThrow(
      'Input "annotate" is "lines", which is not accepted. Use one of: changed-files, changed-lines.',
    );
  });
});
