import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseAllDocuments, type Document } from 'yaml';
import { readBlockDocument } from './block-yaml.js';
import { readJsonDocument } from './json-yaml.js';
import { parseFile } from './parse.js';
import { splitDocuments } from './spans.js';
import {
  renderTree,
  yamlTrees,
  type ScalarLines,
} from '../../test/support/yaml-trees.js';

/** Everything of a node the engine may read: class, value, style, format and ranges. */
export function nodeShape(node: unknown): unknown {
  if (isScalar(node)) {
    const value = node.value;
    return {
      scalar: typeof value === 'number' && Number.isNaN(value) ? 'NaN' : value,
      range: node.range,
      type: node.type,
      format: node.format,
      minFractionDigits: (node as { minFractionDigits?: number }).minFractionDigits,
      tag: node.tag,
      source: (node as { source?: string }).source,
    };
  }
  if (isMap(node)) {
    return {
      map: node.items.map((pair) => [nodeShape(pair.key), nodeShape(pair.value)]),
      range: node.range,
      flow: node.flow,
      tag: node.tag,
    };
  }
  if (isSeq(node)) {
    return { seq: node.items.map(nodeShape), range: node.range, flow: node.flow };
  }
  return node === null ? null : { other: String(node) };
}

export function documentShape(document: Document.Parsed): unknown {
  return {
    range: document.range,
    docStart: document.directives.docStart,
    errors: document.errors.length,
    warnings: document.warnings.length,
    contents: nodeShape(document.contents),
  };
}

/**
 * Reads every document of `text` both ways and returns the pairs the fast reader
 * accepted: its document and the parser's document for the same span.
 */
export function compareWithParser(text: string): { fast: unknown; parser: unknown }[] {
  const spans = splitDocuments(text) ?? [];
  const parsed = parseAllDocuments(text);
  const documents = Array.isArray(parsed) ? parsed : [];
  const pairs: { fast: unknown; parser: unknown }[] = [];
  for (const span of spans) {
    const fast = readBlockDocument(text, span);
    if (!fast) continue;
    const start = span.marker !== -1 ? span.marker : fast.range[0];
    const parser = documents.find((document) => document.range[0] === start);
    pairs.push({
      fast: documentShape(fast),
      parser: parser ? documentShape(parser) : 'no document',
    });
  }
  return pairs;
}

function expectSameAsParser(text: string): number {
  const pairs = compareWithParser(text);
  for (const { fast, parser } of pairs) expect(fast).toEqual(parser);
  return pairs.length;
}

describe('readBlockDocument', () => {
  it('builds the nodes, values and ranges the parser builds', () => {
    const text = `# leading comment
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web   # trailing
  labels: {}
  resources: { cpu: 100m, memory: "128Mi" }
  annotations:
    "quoted.key/x": 'it''s'
    a.example.com/x: "quoted \\"x\\" \\u00e9"
    b: 'it''s'
spec:
  replicas: 3
  paused: false
  ratio: 1.50
  big: 1e3
  none: ~
  empty:
  template:
    spec:
      containers:
      - name: app
        image: nginx:1.25
        args: [--port, "8080" , x ]
        command:
          - sh
          - -c
          - |
            echo hi

            echo there
        env:
          # a comment before the items
          - name: B
            value: "1"
          # a comment at the items' column
          - name: A
            value: >-
              folded
              text

              here
            # deeper comment joins the scalar
      # comment between
      initContainers: []
`;
    expect(expectSameAsParser(text)).toBe(1);
  });

  it('reads every document of a stream and their ranges', () => {
    const text = 'a: 1\n---\n\nb: [x]\n\n---\nc: |-\n  kept\n\n# tail\n';
    expect(expectSameAsParser(text)).toBe(3);
  });

  it('leaves to the parser what is outside the subset', () => {
    const outside = [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '? a\n: b\n',
      'a: b: c\n',
      'a: first\n  second\n',
      'a: "open\n  close"\n',
      'a: {b: {c: 1}}\n',
      'a: {b:1}\n',
      'a:\tb\n',
      'a: 1\r\n',
      'a: 1\na: 2\n',
      '"a" : 1\n',
      `${'k'.repeat(1100)}: 1\n`,
      '1: a\n',
      '- a\n',
      '  a: 1\n',
      'a: |2\n   x\n',
      'a: |\n  \n  x\n',
      'a: >\n  x\n    y\n',
      'a: [x,\n  y]\n',
      'a: [x, ]\n',
      'a:\n  # c\nb: 1\n',
      'a:\n',
      '# only a comment\n',
    ];
    for (const text of outside) {
      const [span] = splitDocuments(text)!;
      expect(readBlockDocument(text, span), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('gives a file the documents the parser gives it (property)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(stream, (text) => {
        accepted += compareWithParser(text).length;
        const parsed = parseFile({ path: 'generated.yaml', text });
        const expected = parseAllDocuments(text);
        expect(parsed.file?.documents.map(documentShape)).toEqual(
          (Array.isArray(expected) ? expected : []).map(documentShape),
        );
      }),
      { numRuns: 5_000 },
    );
    // The generator is useful only if many documents are read by the fast reader.
    expect(accepted).toBeGreaterThan(500);
  });
});

describe('cases found by differential fuzzing', () => {
  it('gives these files the documents the parser gives them', () => {
    const cases = [
      // Non-YAML white space after a marker is content to the parser.
      '--- \u00a0\na: 1\n',
      '--- \ufeff\na: 1\n',
      '---\t\u3000\na: 1\n',
      '--- \u000b\na: 1\n',
      '--- \u00a0\n{"a": 1}\n',
      // A key's empty value with a comment, then blank lines, then a shallower line.
      'a:\n b: #\n\nc: 1\n',
      'a:\n  b: # c\n  \nc: 1\n',
      'a:\n b: # x\n\n\nc: 1\n',
      'a:\n- b: # c\n\nc: 1\n',
      'a:\n    - a: #\n\n    - a',
      'a:\n  b:\n    c: #\n\n  d: 1\n',
      'a:\n b: #\n\n b2: 1\n',
      // A JSON document ends one line after its object, not at the next marker.
      '{}\n\n\n',
      '{"a": 1}\n\n\n',
      '{}\n\n ',
      '{}\n  \n\n',
      '---\n{}\n\n\n---\n{}\n',
    ];
    for (const text of cases) {
      const parsed = parseFile({ path: 'found.yaml', text });
      const expected = parseAllDocuments(text);
      expect(parsed.file?.documents.map(documentShape), JSON.stringify(text)).toEqual(
        (Array.isArray(expected) ? expected : []).map(documentShape),
      );
    }
  });
});

describe('readJsonDocument', () => {
  it('gives a JSON file the documents the parser gives it (property)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(jsonStream, (text) => {
        const parsed = parseFile({ path: 'generated.json', text });
        // `{{` in a string reads as a Go template; such a file is not parsed at all.
        if (parsed.skipReason?.startsWith('Helm')) return;
        const expected = parseAllDocuments(text);
        const documents = Array.isArray(expected) ? expected : [];
        expect(parsed.file?.documents.map(documentShape)).toEqual(
          documents.map(documentShape),
        );
        for (const span of splitDocuments(text) ?? []) {
          if (readJsonDocument(text, span)) accepted++;
        }
      }),
      { numRuns: 2_000 },
    );
    expect(accepted).toBeGreaterThan(500);
  });
});

describe('splitDocuments', () => {
  it('finds the spans between markers, and refuses what is not line-based', () => {
    expect(splitDocuments('a: 1\n---\nb: 2\n--- x\n')).toEqual([
      { marker: -1, body: 0, end: 5, inline: false },
      { marker: 5, body: 9, end: 14, inline: false },
      { marker: 14, body: 20, end: 20, inline: true },
    ]);
    expect(splitDocuments('---\na: 1\n')).toEqual([
      { marker: 0, body: 4, end: 9, inline: false },
    ]);
    expect(splitDocuments('%YAML 1.2\n---\na: 1\n')).toBeUndefined();
    expect(splitDocuments('a: 1\n...\n')).toBeUndefined();
    expect(splitDocuments('\ufeffa: 1\n')).toBeUndefined();
  });
});

const KEYS = [
  'a',
  'b',
  'name',
  'x.y/z',
  'null',
  '1',
  'a b',
  '"q"',
  "'s p'",
  '"e\\"x"',
  '"a"',
  'True',
  'on',
];
const SCALARS = [
  'text',
  'two words',
  'x:y',
  'http://h/p',
  '42',
  '-7',
  '0o17',
  '0x1F',
  '1.50',
  '.5',
  '1e3',
  '.inf',
  '.NaN',
  'true',
  'False',
  'NULL',
  '~',
  'null',
  'yes',
  "'single ''q'''",
  "'open",
  '"double \\"x\\" \\t \\u00e9"',
  '"bad \\q"',
  '"x"y',
  '{}',
  '{ }',
  '[]',
  '[ ]',
  '[a, "b" , 3 ]',
  '[a,, b]',
  '[a, b,]',
  '[a, [b]]',
  '{a: 1, b: "x" }',
  '{ cpu: 100m,memory: 1Gi }',
  '{a: 1,}',
  '{a:1}',
  '{a: [b]}',
  '{a: 1, a: 2}',
  '*alias',
  '&anchor x',
  '!tag x',
  'a: b',
  'ends:',
  'x # comment',
  'x #not',
  '"q"   # c',
  '@at',
  '- x',
  '-',
  '%p',
  '? q',
  'BLOCK',
  'BLOCK_KEEP',
  'FOLDED',
  'EMPTY',
  'EMPTY_COMMENT',
  'MULTI',
];

const tree = yamlTrees(KEYS, SCALARS);

const scalarLines: ScalarLines = (head, value, _pad, deeper) => {
  switch (value) {
    case 'BLOCK':
      return [`${head}|`, `${deeper}line one`, '', `${deeper}  # kept`, ''];
    case 'BLOCK_KEEP':
      return [`${head}|+`, `${deeper}kept`, ''];
    case 'FOLDED':
      return [`${head}>-`, `${deeper}one`, `${deeper}two`, '', `${deeper}three`];
    case 'EMPTY':
      return [head.trimEnd()];
    case 'EMPTY_COMMENT':
      return [`${head}# nothing`];
    case 'MULTI':
      return [`${head}first`, `${deeper}second`];
    default:
      return [`${head}${value}`];
  }
};

/** Edits that make near-valid YAML: where comments and indentation go wrong. */
const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom(
    'indent',
    'outdent',
    'repeat',
    'delete',
    'comment',
    'blank',
    'spaces',
    'none',
  ),
  column: fc.integer({ min: 0, max: 8 }),
});

const documentText = fc
  .tuple(
    tree,
    fc.constantFrom(' ', '  ', '    '),
    fc.boolean(),
    fc.array(edit, { maxLength: 4 }),
  )
  .map(([body, step, compact, edits]) => {
    const lines =
      'map' in body
        ? renderTree(body, '', step, compact, scalarLines)
        : ['root:', ...renderTree(body, step, step, compact, scalarLines)];
    for (const { at, kind, column } of edits) {
      const i = at % (lines.length + 1);
      const pad = ' '.repeat(column);
      if (kind === 'comment') lines.splice(i, 0, `${pad}# note`);
      if (kind === 'blank') lines.splice(i, 0, '');
      if (kind === 'spaces') lines.splice(i, 0, pad);
      if (i === lines.length) continue;
      if (kind === 'indent') lines[i] = ` ${lines[i]}`;
      if (kind === 'outdent') lines[i] = lines[i].replace(/^ /, '');
      if (kind === 'repeat') lines.splice(i, 0, lines[i]);
      if (kind === 'delete') lines.splice(i, 1);
    }
    return lines.join('\n');
  });

/** One to three documents, with or without markers and a final newline. */
const stream = fc
  .tuple(
    fc.array(documentText, { minLength: 1, maxLength: 3 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([documents, leadingMarker, finalNewline]) => {
    const text = (leadingMarker ? '---\n' : '') + documents.join('\n---\n');
    return finalNewline ? `${text}\n` : text;
  });

/** JSON as tools write it, then sometimes bent: spaces around `,` and `:`, line breaks. */
const jsonObject = fc
  .tuple(
    fc.dictionary(
      fc.constantFrom('a', 'b', 'name', 'x/y', 'é', 'q"', ''),
      fc.jsonValue({ maxDepth: 3 }),
      { minKeys: 0, maxKeys: 5 },
    ),
    fc.constantFrom(0, 1, 2, 4),
    fc.constantFrom('', ' ', '\n', ' \n  ', '\t', '\r\n'),
    fc.constantFrom(',', ':', '[', '{', '"', 'none'),
  )
  .map(([value, indent, space, where]) => {
    const text = JSON.stringify(value, null, indent);
    return where === 'none' ? text : text.replace(where, `${space}${where}${space}`);
  });

const jsonStream = fc
  .tuple(fc.array(jsonObject, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([documents, finalNewline]) => {
    const text = documents.join('\n---\n');
    return finalNewline ? `${text}\n` : text;
  });
