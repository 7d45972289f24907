import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../config/types.js';
import { runEngine } from '../engine/engine.js';
import { fixFiles } from './fix-files.js';

function fix(text: string, path = 'pod.yaml') {
  const config = defaultConfig();
  return fixFiles(runEngine({ files: [{ path, text }], config }), config);
}

function fixed(text: string, path?: string): string {
  return fix(text, path).files[0]?.after ?? text;
}

const POD = (containers: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n${containers}`;

describe('fixFiles', () => {
  test('inserts the policy after the image line, past its comment, at the mapping indentation', () => {
    expect(
      fixed(
        POD('  - name: a\n    image: nginx:1 # pinned\n    # ports\n    ports: []\n'),
      ),
    ).toBe(
      POD(
        '  - name: a\n    image: nginx:1 # pinned\n    imagePullPolicy: Always\n    # ports\n    ports: []\n',
      ),
    );
  });

  test('keeps CRLF, the byte-order mark and a missing final newline', () => {
    const text = `\uFEFF${POD('  - name: a\n    image: "nginx:1"').replace(/\n/g, '\r\n')}`;
    expect(fixed(text)).toBe(`${text}\r\n    imagePullPolicy: Always`);
  });

  test('writes after the whole of a multi-line quoted image', () => {
    const text = POD('  - image: "registry.example.com/\n      app:1"\n    name: a\n');
    expect(fixed(text)).toContain(
      '      app:1"\n    imagePullPolicy: Always\n    name: a\n',
    );
  });

  test('replaces a wrong value in place, keeping its quotes and comment', () => {
    const text = POD(
      "  - name: a\n    image: nginx:1\n    imagePullPolicy: 'Never' # old\n",
    );
    expect(fixed(text)).toContain("imagePullPolicy: 'Always' # old\n");
  });

  test('adds the member inside the braces of a flow mapping', () => {
    expect(fixed(POD('  - {name: a, image: nginx:1}  # web\n'))).toContain(
      '  - {name: a, image: nginx:1, imagePullPolicy: Always}  # web\n',
    );
  });

  test('adds a JSON member with the comma and indentation of the file', () => {
    const text = JSON.stringify(
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'p' },
        spec: { containers: [{ name: 'a', image: 'nginx:1' }] },
      },
      null,
      4,
    );
    const after = fixed(text, 'pod.json');
    expect(JSON.parse(after).spec.containers[0].imagePullPolicy).toBe('Always');
    expect(after).toContain(
      '                "image": "nginx:1",\n                "imagePullPolicy": "Always"\n',
    );
  });

  test('edits an anchor when every container that uses it needs the same fix', () => {
    const text = POD('  - &app\n    name: a\n    image: nginx:1\n  - *app\n');
    expect(fixed(text)).toBe(
      POD(
        '  - &app\n    name: a\n    image: nginx:1\n    imagePullPolicy: Always\n  - *app\n',
      ),
    );
  });

  test('leaves an anchor alone when it is also used where the fix is not wanted, with the reason', () => {
    const text =
      'x-base: &base\n  name: base\n  image: nginx:1\n  imagePullPolicy: Never\n' +
      POD('  - <<: *base\n    name: a\n').replace('apiVersion', '\napiVersion');
    const result = fix(text);
    expect(result.files).toEqual([]);
    expect(result.notFixed).toHaveLength(1);
    expect(result.notFixed[0].reason).toContain('`&base`');
    expect(result.notFixed[0].finding.notFixed).toBe(result.notFixed[0].reason);
  });

  test('fixes only the checks listed in fix.checks', () => {
    const config = { ...defaultConfig(), fix: { checks: [] } };
    const text = POD('  - name: a\n    image: nginx:1\n');
    expect(
      fixFiles(runEngine({ files: [{ path: 'p.yaml', text }], config }), config).files,
    ).toEqual([]);
  });

  test('gives a unified diff that git apply reads', () => {
    const [file] = fix(POD('  - name: a\n    image: nginx:1')).files;
    expect(file.diff).toBe(
      [
        '--- a/pod.yaml',
        '+++ b/pod.yaml',
        '@@ -5,4 +5,5 @@',
        ' spec:',
        '   containers:',
        '   - name: a',
        '-    image: nginx:1',
        '\\ No newline at end of file',
        '+    image: nginx:1',
        '+    imagePullPolicy: Always',
        '\\ No newline at end of file',
        '',
      ].join('\n'),
    );
  });
});
