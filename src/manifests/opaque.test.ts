import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { defaultConfig } from '../config/types.js';
import { runEngine } from '../engine/engine.js';
import { blankOpaque, findOpaqueDocuments } from './opaque.js';
import { parseFile, parseSettings } from './parse.js';
import { outcome, REAL_CORPUS, sourcesUnder } from '../../test/support/engine-runs.js';
import {
  renderTree,
  yamlTrees,
  type ScalarLines,
} from '../../test/support/yaml-trees.js';

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
    expect(findOpaqueDocuments(CRD)).toHaveLength(1);
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
    expect(findOpaqueDocuments(CRD.replace('enum: [1, 2]', 'enum: [1, {2}]'))).toEqual(
      [],
    );
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
    const text = `# bundle\n---\n${plain}---\n${deployment}---\n${plain}`;
    const found = findOpaqueDocuments(text);
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual([plain, plain]);
    // A document end marker (`...`) is rare; such a file is parsed whole.
    expect(findOpaqueDocuments(`${plain}...\n---\n${plain}`)).toEqual([]);
  });

  it('does not skip a body that starts on its marker line, or a file with directives', () => {
    const plain = CRD.replace('enum: [1, 2]', 'enum: []');
    expect(findOpaqueDocuments(`--- !!map\n${plain}`)).toEqual([]);
    expect(findOpaqueDocuments(`%YAML 1.2\n---\n${plain}`)).toEqual([]);
  });

  it('only ever skips documents the parser reads without an error (property)', () => {
    fc.assert(
      fc.property(crdDocument, (text) => {
        if (findOpaqueDocuments(text).length > 0) expect(parsesCleanly(text)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});

/** Keys and scalars, safe and not, and markers for the multi-line forms. */
const KEYS = [
  'a',
  'b',
  'type',
  'x-kubernetes-y',
  '$ref',
  'null',
  '1',
  'a b',
  '"q"',
  'True',
];
const SCALARS = [
  'plain text',
  'x:y',
  "'single ''quoted'''",
  "'open single",
  "closed'",
  '"double \\"x\\" \\u00e9"',
  '"bad \\q"',
  '"open double',
  '{}',
  '[]',
  '[a]',
  '[a, -1, b.c]',
  '[a,, b]',
  '[a, b,]',
  '[-]',
  '[ x ]',
  '[a, {b}]',
  '*alias',
  '&anchor x',
  '!tag x',
  'a: b',
  'ends:',
  'x #c',
  '@at',
  '`tick`',
  '-1',
  '- x',
  '~',
  '%p',
  '? q',
  'BLOCK',
  'BLOCK_EMPTY',
  'MULTI',
  'MULTI_AFTER_COMMENT',
  'QUOTED',
  'QUOTED_SHALLOW',
];

const tree = yamlTrees(KEYS, SCALARS);

const scalarLines: ScalarLines = (head, value, pad, deeper) => {
  switch (value) {
    case 'BLOCK':
      return [`${head}|-`, `${deeper}text: here`, '', `${deeper}  # kept`];
    case 'BLOCK_EMPTY':
      return [`${head}>`];
    case 'MULTI':
      return [`${head}first`, `${deeper}second *x`, `${deeper}"third"`];
    case 'MULTI_AFTER_COMMENT':
      return [`${head}first`, `${pad}# c`, `${deeper}second`];
    case 'QUOTED':
      return [`${head}'first`, '', `${deeper}# second'`];
    case 'QUOTED_SHALLOW':
      return [`${head}"first`, `${pad}second"`];
    default:
      return [`${head}${value}`];
  }
};

const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('indent', 'outdent', 'repeat', 'delete', 'none', 'none', 'none'),
});

/**
 * CRD-headed documents rendered from random trees and then, sometimes, broken by an
 * edit or two: mostly near-valid YAML, which is where a scanner can be wrong.
 */
const crdDocument = fc
  .tuple(
    tree,
    fc.constantFrom(' ', '  ', '    '),
    fc.boolean(),
    fc.array(edit, { maxLength: 2 }),
  )
  .map(([body, step, compact, edits]) => {
    const lines =
      'map' in body
        ? renderTree(body, '', step, compact, scalarLines)
        : ['root:', ...renderTree(body, step, step, compact, scalarLines)];
    for (const { at, kind } of edits) {
      if (lines.length === 0) break;
      const i = at % lines.length;
      if (kind === 'indent') lines[i] = ` ${lines[i]}`;
      if (kind === 'outdent') lines[i] = lines[i].replace(/^ /, '');
      if (kind === 'repeat') lines.splice(i, 0, lines[i]);
      if (kind === 'delete') lines.splice(i, 1);
    }
    return `${HEAD}${lines.join('\n')}\n`;
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

describe.skipIf(!existsSync(REAL_CORPUS))(
  'skipping opaque documents over the real corpus',
  () => {
    afterEach(() => {
      parseSettings.skipOpaqueDocuments = true;
    });

    it('reports exactly the findings of a full parse', { timeout: 300_000 }, () => {
      const files = sourcesUnder(REAL_CORPUS);
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
        for (const { text } of sourcesUnder(REAL_CORPUS)) {
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
