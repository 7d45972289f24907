/**
 * Generates src/checks/schema/pod-spec.json, the compact schema of PodSpec and everything
 * it contains, from the type declarations that kubernetes-models generates from the
 * Kubernetes API's published OpenAPI definitions (enums included).
 *
 * Run: npx tsx .ci/gen-k8s-schema.ts [path/to/unpacked/kubernetes-models/package]
 * Without a path it fetches the pinned version with `npm pack` into a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import ts from 'typescript';

const PACKAGE = 'kubernetes-models';
const VERSION = '5.1.0';
const ROOTS = ['PodSpec'];
const OUT = new URL('../src/checks/schema/pod-spec.json', import.meta.url);

function packageDir(): string {
  const given = process.argv[2];
  if (given) return given;
  const dir = mkdtempSync(join(tmpdir(), 'k8s-models-'));
  execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent'], { cwd: dir });
  execFileSync('tar', ['xzf', `${PACKAGE}-${VERSION}.tgz`], { cwd: dir });
  return join(dir, 'package');
}

/** Maps a type node of a field to the compact notation the schema check reads. */
function typeOf(node: ts.TypeNode, refs: Set<string>): string {
  if (node.kind === ts.SyntaxKind.StringKeyword) return 'string';
  if (node.kind === ts.SyntaxKind.NumberKeyword) return 'number';
  if (node.kind === ts.SyntaxKind.BooleanKeyword) return 'boolean';
  if (ts.isUnionTypeNode(node)) {
    const literals = node.types.filter(ts.isLiteralTypeNode);
    if (literals.length === node.types.length) {
      return `enum:${literals.map((l) => (l.literal as ts.StringLiteral).text).join('|')}`;
    }
    return 'object';
  }
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) {
    return `enum:${node.literal.text}`;
  }
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    if (name === 'Array' && node.typeArguments?.[0]) {
      return `array:${typeOf(node.typeArguments[0], refs)}`;
    }
    if (name.endsWith('IntstrIntOrString')) return 'int-or-string';
    if (name.endsWith('ResourceQuantity')) return 'quantity';
    if (name.endsWith('MetaV1Time') || name.endsWith('MetaV1MicroTime')) return 'string';
    const core = /^IIoK8sApiCoreV1(\w+)$/.exec(name);
    if (core) {
      refs.add(core[1]);
      return `ref:${core[1]}`;
    }
    return 'object';
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index?.type) return `map:${typeOf(index.type, refs)}`;
    return 'object';
  }
  return 'object';
}

function readDefinition(
  dir: string,
  name: string,
  refs: Set<string>,
): Record<string, string> {
  const path = join(dir, 'v1', `${name}.d.ts`);
  if (!existsSync(path)) throw new Error(`No declaration for ${name} at ${path}`);
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
  );
  const fields: Record<string, string> = {};
  source.forEachChild((statement) => {
    if (!ts.isInterfaceDeclaration(statement) || statement.name.text !== `I${name}`)
      return;
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const key = member.name.getText().replace(/^"|"$/g, '');
      fields[key] = typeOf(member.type, refs);
    }
  });
  if (Object.keys(fields).length === 0)
    throw new Error(`No fields found for ${name} in ${path}`);
  return fields;
}

const dir = packageDir();
const definitions: Record<string, Record<string, string>> = {};
const queue = [...ROOTS];
while (queue.length > 0) {
  const name = queue.shift() as string;
  if (definitions[name]) continue;
  const refs = new Set<string>();
  definitions[name] = readDefinition(dir, name, refs);
  for (const ref of refs) if (!definitions[ref]) queue.push(ref);
}

const sorted = Object.fromEntries(
  Object.keys(definitions)
    .sort()
    .map((name) => [name, definitions[name]]),
);
const output = {
  source: `${PACKAGE} ${VERSION}, generated from the Kubernetes API OpenAPI definitions`,
  generator: '.ci/gen-k8s-schema.ts',
  definitions: sorted,
};
const options = (await resolveConfig(OUT.pathname)) ?? {};
writeFileSync(
  OUT,
  await format(JSON.stringify(output), { ...options, filepath: OUT.pathname }),
);
console.log(`Wrote ${Object.keys(sorted).length} definitions to ${OUT.pathname}`);
