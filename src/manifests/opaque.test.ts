import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { defaultConfig } from '../config/types.js';
import { listWorkspaceFiles } from '../discovery/workspace.js';
import { runEngine, type EngineRun } from '../engine/engine.js';
import type { SourceFile } from '../engine/types.js';
import { blankOpaque, findOpaqueDocuments } from './opaque.js';
import { parseFile, parseSettings } from './parse.js';

const HEAD = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n';

const CRD = `${HEAD}metadata:
  name: widgets.example.com
spec:
  group: example.com
  names:
    kind: Widget
    plural: widgets
  versions:
  - name: v1
    served: true
    schema:
      openAPIV3Schema:
        description: Widget is a thing that is described over
          more than one line, as generated schemas are.
        type: object
        properties:
          size:
            description: |-
              How big.

              In units.
            type: integer
            enum: [1, 2]
          color:
            pattern: '^[a-z]+$'
            default: "it's \\"red\\""
            x-kubernetes-list-type: map
            items: {}
`;

/** Whether the `yaml` parser reads `text` as one document without errors or warnings. */
function parsesCleanly(text: string): boolean {
  const documents = parseAllDocuments(text);
  return (
    documents.length === 1 &&
    documents[0].errors.length === 0 &&
    documents[0].warnings.length === 0
  );
}

describe('findOpaqueDocuments', () => {
  it('skips a CustomResourceDefinition written in plain block YAML', () => {
    const found = findOpaqueDocuments(CRD.replace('enum: [1, 2]', 'enum: []'));
    expect(found).toEqual([
      {
        start: 0,
        end: CRD.length - 4,
        kind: 'CustomResourceDefinition',
        apiVersion: 'apiextensions.k8s.io/v1',
      },
    ]);
  });

  it('leaves documents with flow collections, anchors, tags or tabs to the parser', () => {
    expect(findOpaqueDocuments(CRD)).toEqual([]);
    const plain = CRD.replace('enum: [1, 2]', 'enum: []');
    for (const [from, to] of [
      ['type: integer', 'type: &int integer'],
      ['type: integer', 'type: !!str integer'],
      ['type: integer', 'type:\tinteger'],
      ['served: true', 'served: *anchor'],
    ]) {
      expect(findOpaqueDocuments(plain.replace(from, to))).toEqual([]);
    }
  });

  it('never skips a document with a syntax error, so the error is still reported', () => {
    const plain = CRD.replace('enum: [1, 2]', 'enum: []');
    const broken = [
      plain.replace('  group: example.com\n', '  group: example.com\n  group: again\n'),
      plain.replace('    served: true', '     served: true'),
      plain.replace('            type: integer', '           type: integer'),
      plain.replace("pattern: '^[a-z]+$'", "pattern: '^[a-z]+$' trailing"),
      plain.replace('more than one line', 'more: than one line'),
      plain.replace('default: "it', 'default: "\\q it'),
    ];
    for (const text of broken) {
      expect(parsesCleanly(text)).toBe(false);
      expect(findOpaqueDocuments(text)).toEqual([]);
    }
  });

  it('finds the bodies between document markers and skips only opaque kinds', () => {
    const plain = CRD.replace('enum: [1, 2]', 'enum: []');
    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n';
    const text = `# bundle\n---\n${plain}---\n${deployment}...\n---\n${plain}`;
    const found = findOpaqueDocuments(text);
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual([plain, plain]);
  });

  it('does not skip a body that starts on its marker line, or a file with directives', () => {
    const plain = CRD.replace('enum: [1, 2]', 'enum: []');
    expect(findOpaqueDocuments(`--- !!map\n${plain}`)).toEqual([]);
    expect(findOpaqueDocuments(`%YAML 1.2\n---\n${plain}`)).toEqual([]);
  });

  it('only ever skips documents the parser reads without an error (property)', () => {
    const indent = fc.integer({ min: 0, max: 6 }).map((n) => ' '.repeat(n));
    const key = fc.constantFrom(
      'a',
      'b',
      'type',
      'null',
      'x-y',
      '$ref',
      '1',
      'a b',
      '"q"',
    );
    const scalar = fc.constantFrom(
      'plain text',
      "'single ''quoted'''",
      "'open single",
      "closed'",
      '"double \\"x\\""',
      '"bad \\q"',
      '"open double',
      '|',
      '>-',
      '|2',
      '{}',
      '[]',
      '[a]',
      '*alias',
      '&anchor x',
      '- item',
      'a: b',
      'ends:',
      'x #c',
      '@at',
      '`tick`',
      '-1',
      '~',
    );
    const line = fc.oneof(
      fc.tuple(indent, key, scalar).map(([i, k, v]) => `${i}${k}: ${v}`),
      fc.tuple(indent, key).map(([i, k]) => `${i}${k}:`),
      fc.tuple(indent, scalar).map(([i, v]) => `${i}- ${v}`),
      fc.tuple(indent, key, scalar).map(([i, k, v]) => `${i}- ${k}: ${v}`),
      fc.tuple(indent, scalar).map(([i, v]) => `${i}${v}`),
      indent.map((i) => `${i}# comment`),
      indent,
      fc.constant('-'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = `${HEAD}${lines.join('\n')}\n`;
        if (findOpaqueDocuments(text).length > 0) expect(parsesCleanly(text)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('blankOpaque', () => {
  it('gives the other documents their original offsets and indexes back', () => {
    const plain = CRD.replace('enum: [1, 2]', 'enum: []');
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n';
    const text = `${plain}---\n${pod}---\n${plain}---\n${pod}`;
    const blanked = blankOpaque(text, findOpaqueDocuments(text));
    const documents = parseAllDocuments(blanked.text);
    for (const doc of documents) blanked.restore(doc);
    const expected = parseAllDocuments(text);

    expect(documents).toHaveLength(4);
    for (const index of [1, 3]) {
      expect(documents[index].range).toEqual(expected[index].range);
      expect(documents[index].errors.map((e) => e.pos)).toEqual(
        expected[index].errors.map((e) => e.pos),
      );
      expect(documents[index].toJSON()).toEqual(expected[index].toJSON());
    }
  });
});

const CORPUS = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real');

function corpusSources(): SourceFile[] {
  return listWorkspaceFiles(CORPUS)
    .files.filter((path) => /\.(ya?ml|json)$/.test(path))
    .map((path) => ({ path, text: readFileSync(join(CORPUS, path), 'utf8') }));
}

/** Everything a run reports, with fix intents (which hold nodes) left out. */
function outcome(run: EngineRun) {
  return {
    findings: run.findings.map(({ fixIntent, ...rest }) => ({
      ...rest,
      fixIntent: fixIntent && { ...fixIntent, node: undefined, map: undefined },
    })),
    skipped: run.skipped,
    counts: [
      run.filesChecked,
      run.objectsChecked,
      run.podSpecsChecked,
      run.containersChecked,
    ],
  };
}

describe.skipIf(!existsSync(CORPUS))(
  'skipping opaque documents over the real corpus',
  () => {
    afterEach(() => {
      parseSettings.skipOpaqueDocuments = true;
    });

    it('reports exactly the findings of a full parse', { timeout: 300_000 }, () => {
      const files = corpusSources();
      parseSettings.skipOpaqueDocuments = false;
      const full = outcome(runEngine({ files, config: defaultConfig() }));
      parseSettings.skipOpaqueDocuments = true;
      const fast = outcome(runEngine({ files, config: defaultConfig() }));

      expect(fast.counts).toEqual(full.counts);
      expect(fast.skipped).toEqual(full.skipped);
      expect(fast.findings).toEqual(full.findings);
    });

    it(
      'skips only documents that parse cleanly on their own',
      { timeout: 300_000 },
      () => {
        let skipped = 0;
        for (const { text } of corpusSources()) {
          for (const document of findOpaqueDocuments(text)) {
            skipped++;
            expect(parsesCleanly(text.slice(document.start, document.end))).toBe(true);
          }
          // The parse keeps one document per document of the file, skipped or not.
          const parsed = parseFile({ path: 'x.yaml', text });
          if (parsed.file) {
            expect(parsed.file.documents.length).toBe(parseAllDocuments(text).length);
          }
        }
        // Most CRD bundles in the corpus are plain generated YAML and are skipped.
        expect(skipped).toBeGreaterThan(50);
      },
    );
  },
);
