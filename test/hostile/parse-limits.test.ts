import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { defaultConfig, type Config } from '../../src/config/types.js';
import { runEngine } from '../../src/engine/engine.js';
import type { EngineResult } from '../../src/engine/types.js';

const POD = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web',
  'spec:',
  '  containers:',
  '  - name: app',
  '    image: nginx:1.27',
  '',
].join('\n');

function check(text: string, config: Config = defaultConfig()): EngineResult {
  return runEngine({ files: [{ path: 'hostile/file.yaml', text }], config });
}

function skipReason(result: EngineResult): string | undefined {
  return result.skipped.find((s) => s.path === 'hostile/file.yaml')?.reason;
}

function pullPolicyLines(result: EngineResult): number[] {
  return result.findings
    .filter((f) => f.checkId === 'image-pull-policy')
    .map((f) => f.range.line);
}

/** Classic "billion laughs": nine levels of ten aliases, a billion leaves expanded. */
function billionLaughs(): string {
  const lines = ['lol0: &lol0 {name: c, image: "x:1"}'];
  for (let level = 1; level < 10; level++) {
    const refs = Array.from({ length: 10 }, () => `*lol${level - 1}`).join(', ');
    lines.push(`lol${level}: &lol${level} [${refs}]`);
  }
  return `apiVersion: v1\nkind: Pod\nmetadata: {name: bomb}\nx:\n${lines.map((l) => `  ${l}`).join('\n')}\nspec:\n  containers: *lol9\n`;
}

/** The same explosion through merge keys, which a key lookup follows. */
function mergeBomb(): string {
  const lines = ['m0: &m0 {x: 1}'];
  for (let level = 1; level < 9; level++) {
    const refs = Array.from({ length: 10 }, () => `*m${level - 1}`).join(', ');
    lines.push(`m${level}: &m${level} {<<: [${refs}]}`);
  }
  return `apiVersion: v1\nkind: Pod\nmetadata: {name: bomb}\nx:\n${lines.map((l) => `  ${l}`).join('\n')}\nspec:\n  containers:\n  - <<: *m8\n    name: c\n    image: nginx:1\n`;
}

describe('hostile YAML ends in findings or a named skip, never a hang', () => {
  it('skips a billion-laughs alias bomb and says which limit stopped it', () => {
    const result = check(billionLaughs());
    expect(skipReason(result)).toMatch(/limits\.max-aliases/);
    expect(result.findings).toEqual([]);
  });

  it('skips an alias bomb made of merge keys before any key lookup explodes', () => {
    expect(skipReason(check(mergeBomb()))).toMatch(/limits\.max-aliases/);
  });

  it('skips a document whose alias refers to a node containing itself', () => {
    const text = POD.replace('spec:', 'spec: &s').replace(
      '    image: nginx:1.27',
      '    image: nginx:1.27\n    loop: *s',
    );
    expect(skipReason(check(text))).toMatch(/refers to a node containing itself/);
  });

  it('still checks a manifest that shares settings through a few anchors', () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: shared}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '      - &base',
      '        name: one',
      '        image: nginx:1.27',
      '      - <<: *base',
      '        name: two',
      '',
    ].join('\n');
    const result = check(text);
    expect(result.skipped).toEqual([]);
    expect(pullPolicyLines(result)).toEqual([9, 11]);
  });

  it('honours a max-aliases limit set in the configuration', () => {
    const config = parseConfig(
      'limits:\n  max-aliases: 1\n',
      '.github/podspec-check.yaml',
    );
    expect(config.limits.maxAliases).toBe(1);
    const text = `${POD}x: &a [1]\ny: [*a, *a]\n`;
    expect(skipReason(check(text, config))).toMatch(/more than 1 times/);
    expect(skipReason(check(text))).toBeUndefined();
  });

  it('refuses a million nested flow brackets before parsing them', () => {
    const text = `a: ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}\n`;
    expect(skipReason(check(text))).toMatch(/limits\.max-depth/);
  });

  it('refuses a thousand nested block sequences before parsing, twice without a crash', () => {
    // Parsed twice in one process, this aborted node: the parser ran out of stack while
    // V8 compiled a regular expression, which is fatal, not an exception.
    const dashes = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}-`);
    const text = `${dashes.join('\n')} 1\n`;
    for (let run = 0; run < 2; run++) {
      expect(skipReason(check(text))).toMatch(
        /nests too deep to parse safely: a line is indented or bracketed past 512 columns/,
      );
    }
    const compact = `${'- '.repeat(1000)}1\n`;
    expect(skipReason(check(compact))).toMatch(/limits\.max-depth is 64/);
  });

  it('adds open brackets to indentation when bounding nesting before parsing', () => {
    const text = `${' '.repeat(300)}a: ${'['.repeat(300)}${']'.repeat(300)}\n`;
    expect(skipReason(check(text))).toMatch(/past 512 columns/);
    expect(skipReason(check(`a: ${'['.repeat(300)}${']'.repeat(300)}\n`))).toMatch(
      /nests deeper than 64 levels/,
    );
  });

  it('skips block nesting deeper than max-depth and checks it under a higher limit', () => {
    let nested = '';
    for (let level = 0; level < 80; level++)
      nested += `${'  '.repeat(level)}k${level}:\n`;
    const text = `${POD}deep:\n${nested.replace(/^/gm, '  ')}`;
    expect(skipReason(check(text))).toMatch(
      /nests deeper than 64 levels \(limits\.max-depth\)/,
    );
    const config = parseConfig('limits:\n  max-depth: 100\n', 'c.yaml');
    expect(pullPolicyLines(check(text, config))).toEqual([7]);
  });

  it('skips a 20 MB manifest by the file size limit, naming the limit', () => {
    const env = '    env:\n' + '    - {name: V, value: x}\n'.repeat(800_000);
    const text = POD + env;
    expect(text.length).toBeGreaterThan(20_000_000);
    expect(skipReason(check(text))).toBe(
      'larger than the 8 MB limit (limits.max-file-bytes)',
    );
  });

  it('skips a file of 100,000 documents without parsing them', () => {
    const text = 'a: 1\n---\n'.repeat(100_000);
    expect(skipReason(check(text))).toBe(
      'has 100001 YAML documents, more than the limit of 20000 (limits.max-documents)',
    );
  });

  it('counts only real document markers, not a `---` inside a block scalar line', () => {
    expect(skipReason(check(`${POD}---\n${POD}`))).toBeUndefined();
    const config = parseConfig('limits:\n  max-documents: 2\n', 'c.yaml');
    expect(skipReason(check(`${POD}---\n${POD}`, config))).toBeUndefined();
    expect(skipReason(check(`${POD}---\n${POD}---\n${POD}`, config))).toMatch(
      /more than the limit of 2/,
    );
  });

  it('skips a file with a NUL byte as not being a text manifest', () => {
    expect(skipReason(check(`${POD}\u0000`))).toMatch(/NUL byte/);
  });

  it('checks a file with invalid UTF-8 (decoded as replacement characters)', () => {
    const [before, after] = POD.split('web');
    const bytes = Buffer.concat([
      Buffer.from(`${before}we`),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(after),
    ]);
    const result = check(bytes.toString('utf8'));
    expect(result.skipped).toEqual([]);
    expect(pullPolicyLines(result)).toEqual([7]);
  });

  it('puts findings on the right lines with a BOM, CRLF line ends, or both', () => {
    expect(pullPolicyLines(check(`\uFEFF${POD}`))).toEqual([7]);
    expect(pullPolicyLines(check(POD.replace(/\n/g, '\r\n')))).toEqual([7]);
    expect(pullPolicyLines(check(`\uFEFF${POD.replace(/\n/g, '\r\n')}`))).toEqual([7]);
  });

  it('reports tab indentation as a YAML syntax finding on its line', () => {
    const text = POD.replace('    image: nginx:1.27', '\timage: nginx:1.27');
    const result = check(text);
    const syntax = result.findings.filter((f) => f.checkId === 'yaml-syntax');
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0].file).toBe('hostile/file.yaml');
    expect(syntax[0].range.line).toBe(8);
  });
});
