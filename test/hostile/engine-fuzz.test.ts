import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { runEngine } from '../../src/engine/engine.js';
import type { SourceFile } from '../../src/engine/types.js';
import { REAL_CORPUS } from '../support/engine-runs.js';

const CORPUS = REAL_CORPUS;

/** Every manifest of the shared corpus, read in place; none when it is not there. */
function corpusFiles(): SourceFile[] {
  if (!existsSync(CORPUS)) return [];
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else if (/\.(ya?ml|json)$/.test(name) && stat.size < 512 * 1024)
        out.push({ path: relative(CORPUS, full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(CORPUS);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

const SEED = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: web, namespace: shop}',
  'spec:',
  '  template:',
  '    spec:',
  '      initContainers:',
  '      - &init {name: setup, image: "busybox:1", imagePullPolicy: IfNotPresent}',
  '      containers:',
  '      - name: app',
  '        image: nginx:1.27',
  '        <<: *init',
  '        env: [{name: A, value: "1"}]',
  '',
].join('\n');

/** Lines are counted the way positions are: one more than the line breaks. */
function lineCount(text: string): number {
  return text.split('\n').length;
}

/** The engine never throws and every finding points at a line of its file. */
function assertSound(files: SourceFile[]): void {
  const result = runEngine({ files, config: defaultConfig() });
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  for (const finding of result.findings) {
    const text = byPath.get(finding.file);
    expect(text, `finding for unknown file ${finding.file}`).toBeDefined();
    const lines = lineCount(text as string);
    expect(finding.range.line).toBeGreaterThanOrEqual(1);
    expect(finding.range.line).toBeLessThanOrEqual(lines);
    expect(finding.range.endLine).toBeGreaterThanOrEqual(finding.range.line);
    expect(finding.range.endLine).toBeLessThanOrEqual(lines);
  }
}

/** A mutation of a manifest: bytes cut, duplicated, swapped or replaced by YAML syntax. */
const mutation = (text: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat({ max: Math.max(0, text.length) }),
        cut: fc.nat({ max: 40 }),
        insert: fc.oneof(
          fc.constantFrom(
            '\n',
            '\r\n',
            '\t',
            ' ',
            '- ',
            ': ',
            '&a ',
            '*a',
            '<<: *a\n',
            '---\n',
            '{',
            '[',
            '"',
            "'",
            '|\n',
            '\uFEFF',
            '\u0000',
            '\uFFFD',
            'containers:\n- name: x\n',
          ),
          fc.string({ maxLength: 8 }),
        ),
      }),
      { maxLength: 6 },
    )
    .map((edits) =>
      edits.reduce(
        (current, edit) =>
          current.slice(0, edit.at) + edit.insert + current.slice(edit.at + edit.cut),
        text,
      ),
    );

describe('the engine on random and mutated manifests', () => {
  it('never throws and keeps every finding inside its file, on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        assertSound([{ path: 'random.yaml', text }]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and keeps every finding inside its file, on mutated pod specs', () => {
    fc.assert(
      fc.property(mutation(SEED), (text) => {
        assertSound([{ path: 'mutated.yaml', text }]);
      }),
      { numRuns: 500 },
    );
  });

  const corpus = corpusFiles();
  it.skipIf(corpus.length === 0)(
    'never throws on the real-world corpus in ../shared/corpus/real, as is',
    () => {
      assertSound(corpus);
    },
  );

  it.skipIf(corpus.length === 0)(
    'never throws on mutations of files from the real-world corpus',
    () => {
      const small = corpus.filter((f) => f.text.length < 20_000);
      fc.assert(
        fc.property(
          fc
            .constantFrom(...small)
            .chain((file) =>
              mutation(file.text).map((text) => ({ path: file.path, text })),
            ),
          (file) => {
            assertSound([file]);
          },
        ),
        { numRuns: 300 },
      );
    },
  );

  if (corpus.length === 0) {
    it.skip(`corpus not found at ${CORPUS}: the corpus cases are skipped`, () => {});
  }
});
