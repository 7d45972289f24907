/**
 * Random Kubernetes manifests written out in the styles people use: indentation 2 or 4,
 * compact and indented sequences, flow mappings and sequences, comments everywhere,
 * quoted and plain scalars, CRLF, a byte-order mark, several documents, JSON. The
 * model knows every container, so tests can state the expected result independently of
 * the fix code.
 */
import fc from 'fast-check';

export type Quote = 'plain' | 'double' | 'single';

export interface ContainerModel {
  name: string;
  image: string;
  imageStyle: Quote | 'folded';
  nameStyle: Quote;
  /** Absent, or a value and how it is quoted. */
  policy: { value: string; style: Quote } | null;
  /** Where the policy goes: before `image` or last. */
  policyFirst: boolean;
  imageFirst: boolean;
  extra: 'none' | 'ports' | 'args';
  flow: boolean;
  trailingName: string | null;
  trailingImage: string | null;
  trailingPolicy: string | null;
  commentAbove: string | null;
}

export interface DocModel {
  kind: 'Pod' | 'Deployment';
  name: string;
  containers: ContainerModel[];
  initContainers: ContainerModel[];
  headComment: string | null;
  flowSeq: boolean;
}

export interface FileModel {
  json: boolean;
  indent: 2 | 4;
  compact: boolean;
  crlf: boolean;
  bom: boolean;
  finalNewline: boolean;
  leadingSeparator: boolean;
  docs: DocModel[];
}

const word = fc.constantFrom('web', 'api', 'worker', 'db', 'cache', 'side-car', 'x1');
const comment = fc.option(
  fc.constantFrom('keep me', 'TODO: bump', 'pinned #42', 'é ü ✓', 'a: b', '---'),
  { nil: null },
);
const quote = fc.constantFrom<Quote>('plain', 'double', 'single');
const image = fc.constantFrom(
  'nginx',
  'nginx:1.27',
  'nginx:latest',
  'registry.example.com:5000/team/app:v2',
  'ghcr.io/org/tool@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
);
const policyValue = fc.constantFrom('Always', 'IfNotPresent', 'Never', 'always', 'never');

const container: fc.Arbitrary<ContainerModel> = fc.record({
  name: word,
  image,
  imageStyle: fc.constantFrom<Quote | 'folded'>('plain', 'double', 'single', 'folded'),
  nameStyle: quote,
  policy: fc.option(fc.record({ value: policyValue, style: quote }), { nil: null }),
  policyFirst: fc.boolean(),
  imageFirst: fc.boolean(),
  extra: fc.constantFrom<'none' | 'ports' | 'args'>('none', 'ports', 'args'),
  flow: fc.boolean(),
  trailingName: comment,
  trailingImage: comment,
  trailingPolicy: comment,
  commentAbove: comment,
});

const doc: fc.Arbitrary<DocModel> = fc.record({
  kind: fc.constantFrom<'Pod' | 'Deployment'>('Pod', 'Deployment'),
  name: word,
  containers: fc.array(container, { minLength: 1, maxLength: 3 }),
  initContainers: fc.array(container, { maxLength: 2 }),
  headComment: comment,
  flowSeq: fc.boolean(),
});

/** A file model; JSON files hold one document. */
export const fileModel: fc.Arbitrary<FileModel> = fc
  .record({
    json: fc.boolean(),
    indent: fc.constantFrom<2 | 4>(2, 4),
    compact: fc.boolean(),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
    leadingSeparator: fc.boolean(),
    docs: fc.array(doc, { minLength: 1, maxLength: 3 }),
  })
  .map((model) => (model.json ? { ...model, docs: model.docs.slice(0, 1) } : model));

/** The source text of a model. */
export function render(model: FileModel): string {
  const lines = model.json ? renderJson(model) : renderYaml(model);
  const newline = model.crlf ? '\r\n' : '\n';
  return `${model.bom ? '\uFEFF' : ''}${lines.join(newline)}${model.finalNewline ? newline : ''}`;
}

function renderYaml(model: FileModel): string[] {
  const out: string[] = [];
  model.docs.forEach((d, index) => {
    if (index > 0 || model.leadingSeparator) out.push('---');
    if (d.headComment) out.push(`# ${d.headComment}`);
    out.push('apiVersion: ' + (d.kind === 'Pod' ? 'v1' : 'apps/v1'));
    out.push(`kind: ${d.kind}`);
    out.push('metadata:', `${pad(model.indent)}name: ${d.name}  # object name`);
    out.push('spec:');
    let level = model.indent;
    if (d.kind === 'Deployment') {
      out.push(`${pad(level)}replicas: 2`, `${pad(level)}template:`);
      level += model.indent;
      out.push(`${pad(level)}spec:`);
      level += model.indent;
    }
    for (const [key, list] of [
      ['containers', d.containers],
      ['initContainers', d.initContainers],
    ] as const) {
      if (list.length === 0) continue;
      if (d.flowSeq) {
        out.push(`${pad(level)}${key}: [${list.map(flowMap).join(', ')}]`);
        continue;
      }
      out.push(`${pad(level)}${key}:`);
      const dash = model.compact ? level : level + model.indent;
      for (const c of list) out.push(...blockContainer(c, dash, model.indent));
    }
  });
  return out;
}

function blockContainer(c: ContainerModel, dash: number, indent: number): string[] {
  const lines: string[] = [];
  if (c.commentAbove) lines.push(`${pad(dash)}# ${c.commentAbove}`);
  if (c.flow) {
    lines.push(`${pad(dash)}- ${flowMap(c)}${trail(c.trailingName)}`);
    return lines;
  }
  const keyCol = dash + 2;
  const fields: string[][] = [];
  const nameLine = [`name: ${scalar(c.name, c.nameStyle)}${trail(c.trailingName)}`];
  const imageLines =
    c.imageStyle === 'folded'
      ? [`image: >-${trail(c.trailingImage)}`, `${pad(indent)}${c.image}`]
      : [`image: ${scalar(c.image, c.imageStyle)}${trail(c.trailingImage)}`];
  const policyLine = c.policy
    ? [
        `imagePullPolicy: ${scalar(c.policy.value, c.policy.style)}${trail(c.trailingPolicy)}`,
      ]
    : [];
  const extra =
    c.extra === 'ports'
      ? ['ports:', `${pad(indent)}- containerPort: 80 # http`, `# a comment at column 0`]
      : c.extra === 'args'
        ? ['args: ["--port", "80"]']
        : [];
  if (c.policyFirst && policyLine.length) fields.push(policyLine);
  if (c.imageFirst) fields.push(imageLines, nameLine);
  else fields.push(nameLine, imageLines);
  if (extra.length) fields.push(extra);
  if (!c.policyFirst && policyLine.length) fields.push(policyLine);

  fields.forEach((field, index) => {
    field.forEach((line, lineIndex) => {
      const column = line.startsWith('#') ? 0 : keyCol;
      const first = index === 0 && lineIndex === 0;
      lines.push(first ? `${pad(dash)}- ${line}` : `${pad(column)}${line}`);
    });
    if (index === 0 && c.commentAbove)
      lines.push(`${pad(keyCol)}# between ${c.commentAbove}`);
  });
  return lines;
}

function flowMap(c: ContainerModel): string {
  const parts = [
    `name: ${scalar(c.name, c.nameStyle)}`,
    `image: ${scalar(c.image, c.imageStyle === 'folded' ? 'double' : c.imageStyle)}`,
  ];
  if (c.imageFirst) parts.reverse();
  if (c.policy) {
    const policy = `imagePullPolicy: ${scalar(c.policy.value, c.policy.style)}`;
    if (c.policyFirst) parts.unshift(policy);
    else parts.push(policy);
  }
  return `{${parts.join(', ')}}`;
}

function renderJson(model: FileModel): string[] {
  const d = model.docs[0];
  const toObject = (c: ContainerModel) => {
    const entries: [string, string][] = [
      ['name', c.name],
      ['image', c.image],
    ];
    if (c.imageFirst) entries.reverse();
    if (c.policy) {
      if (c.policyFirst) entries.unshift(['imagePullPolicy', c.policy.value]);
      else entries.push(['imagePullPolicy', c.policy.value]);
    }
    return Object.fromEntries(entries);
  };
  const podSpec: Record<string, unknown> = { containers: d.containers.map(toObject) };
  if (d.initContainers.length) podSpec.initContainers = d.initContainers.map(toObject);
  const object = {
    apiVersion: d.kind === 'Pod' ? 'v1' : 'apps/v1',
    kind: d.kind,
    metadata: { name: d.name },
    spec: d.kind === 'Pod' ? podSpec : { replicas: 2, template: { spec: podSpec } },
  };
  const text = JSON.stringify(object, null, model.indent);
  // Some containers on one line, the way hand-written JSON often has them.
  const compacted = d.containers.some((c) => c.flow)
    ? text.replace(
        /\{\s+("(?:name|image|imagePullPolicy)"[^{}]*?)\s+\}/g,
        (_m, body: string) => `{${body.replace(/,\s+/g, ', ')}}`,
      )
    : text;
  return compacted.split('\n');
}

function scalar(value: string, style: Quote): string {
  if (style === 'double') return JSON.stringify(value);
  if (style === 'single') return `'${value}'`;
  return value;
}

function trail(text: string | null): string {
  return text ? `  # ${text}` : '';
}

function pad(width: number): string {
  return ' '.repeat(width);
}
