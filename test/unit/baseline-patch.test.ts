import { describe, expect, test } from 'vitest';
import { touches, NO_LINES } from '../../src/baseline/changed-lines.js';
import { addedLines } from '../../src/baseline/patch.js';

const range = (line: number, endLine = line) => ({
  line,
  column: 1,
  endLine,
  endColumn: 1,
});

describe('addedLines', () => {
  test('takes the head line numbers of added lines from a GitHub patch', () => {
    const patch = [
      '@@ -3,4 +3,5 @@ spec:',
      '   containers:',
      '     - name: api',
      '-      image: shop/api:1.0',
      '+      image: shop/api:1.1',
      '+      imagePullPolicy: IfNotPresent',
      '     - name: sidecar',
    ].join('\n');
    expect([...addedLines(patch)]).toEqual([5, 6]);
  });

  test('follows several hunks and counts a hunk header without a count as one line', () => {
    const patch = [
      '@@ -1 +1 @@',
      '-kind: Pod',
      '+kind: Deployment',
      '@@ -10,0 +11,2 @@',
      '+  replicas: 2',
      '+  paused: false',
    ].join('\n');
    expect([...addedLines(patch)]).toEqual([1, 11, 12]);
  });

  test('reads an added line that starts with ++ or @@ as content, not a header', () => {
    const patch = ['@@ -0,0 +1,2 @@', '+++ not a header', '+@@ -1 +1 @@ nor this'].join(
      '\n',
    );
    expect([...addedLines(patch)]).toEqual([1, 2]);
  });

  test('ignores the no-newline marker and takes nothing from a pure deletion', () => {
    const patch = [
      '@@ -4,2 +3,0 @@',
      '-      imagePullPolicy: Always',
      '-      ports: []',
      '\\ No newline at end of file',
    ].join('\n');
    expect(addedLines(patch).size).toBe(0);
  });

  test('reads git diff output with headers and skips the section that deletes a file', () => {
    const diff = [
      'diff --git a/old.yaml b/old.yaml',
      'deleted file mode 100644',
      'index 1111111..0000000',
      '--- a/old.yaml',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-kind: Pod',
      '-metadata: {}',
      'diff --git a/new.yaml b/new.yaml',
      'new file mode 100644',
      'index 0000000..2222222',
      '--- /dev/null',
      '+++ b/new.yaml',
      '@@ -0,0 +1,2 @@',
      '+kind: Pod',
      '+metadata: {}',
    ].join('\n');
    expect([...addedLines(diff)]).toEqual([1, 2]);
  });
});

describe('touches', () => {
  const changed = { kind: 'lines', lines: new Set([7, 20]) } as const;

  test('is true when any line of the range changed', () => {
    expect(touches(changed, range(7))).toBe(true);
    expect(touches(changed, range(15, 25))).toBe(true);
  });

  test('is false for ranges away from the changed lines, and for unchanged files', () => {
    expect(touches(changed, range(8, 19))).toBe(false);
    expect(touches(NO_LINES, range(1))).toBe(false);
    expect(touches(undefined, range(1))).toBe(false);
  });

  test('counts every line of a file without a diff as changed', () => {
    expect(touches({ kind: 'whole-file', reason: 'added' }, range(300))).toBe(true);
  });
});
