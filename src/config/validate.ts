import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { didYouMean } from '../util/did-you-mean.js';
import schemaJson from './schema.json' with { type: 'json' };

/** The part of JSON Schema the configuration schema uses. */
export interface SchemaNode {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean;
  required?: string[];
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  minimum?: number;
  minLength?: number;
  description?: string;
}

/** The configuration schema, generated from the check modules by .ci/gen-docs.ts. */
export const CONFIG_SCHEMA = schemaJson as SchemaNode;

/** A problem found by the schema, with the node to point at. */
export interface SchemaError {
  node: Node | null | undefined;
  message: string;
}

function describeType(schema: SchemaNode): string {
  if (schema.enum) return `one of ${schema.enum.map((v) => `"${String(v)}"`).join(', ')}`;
  if (schema.oneOf) return schema.oneOf.map(describeType).join(', or ');
  if (schema.type === 'object') return 'a mapping';
  if (schema.type === 'array') return 'a list';
  if (schema.type === 'integer') return 'a whole number';
  return `a ${schema.type ?? 'value'}`;
}

/** Whether a node has the shape a branch of `oneOf` expects, to pick that branch. */
function shapeFits(node: Node | null | undefined, schema: SchemaNode): boolean {
  if (schema.oneOf) return schema.oneOf.some((branch) => shapeFits(node, branch));
  if (schema.type === 'object') return isMap(node);
  if (schema.type === 'array') return isSeq(node);
  return isScalar(node);
}

/**
 * Checks a YAML node against the schema and returns the first problem: an unknown key
 * (with "did you mean"), a wrong type, a value outside an enum, a missing key.
 */
export function validateNode(
  node: Node | null | undefined,
  schema: SchemaNode,
  path: string,
): SchemaError | undefined {
  const where = path || 'the configuration';
  if (schema.oneOf) {
    const branch =
      schema.oneOf.find((b) => shapeFits(node, b) && !validateNode(node, b, path)) ??
      schema.oneOf.find((b) => shapeFits(node, b));
    if (!branch) return { node, message: `${where} must be ${describeType(schema)}.` };
    return validateNode(node, branch, path);
  }
  if (schema.enum) {
    const value = isScalar(node) ? node.value : undefined;
    if (schema.enum.includes(value)) return undefined;
    const text = String(value ?? '');
    return {
      node,
      message: `${where} is "${text}", which is not accepted.${didYouMean(text, schema.enum.map(String))} Accepted: ${schema.enum.join(', ')}.`,
    };
  }
  switch (schema.type) {
    case 'object': {
      if (!isMap(node)) return { node, message: `${where} must be a mapping.` };
      const known = Object.keys(schema.properties ?? {});
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        seen.add(key);
        const child = schema.properties?.[key];
        const childPath = path ? `${path}.${key}` : key;
        if (!child) {
          if (schema.additionalProperties === false) {
            return {
              node: pair.key as Node,
              message: `unknown key "${childPath}".${didYouMean(key, known)} Accepted: ${known.join(', ') || 'none'}.`,
            };
          }
          continue;
        }
        const error = validateNode(pair.value as Node | null, child, childPath);
        if (error) return error;
      }
      const missing = (schema.required ?? []).find((key) => !seen.has(key));
      if (missing) return { node, message: `${where} needs "${missing}".` };
      return undefined;
    }
    case 'array': {
      if (!isSeq(node)) return { node, message: `${where} must be a list.` };
      for (const [index, item] of node.items.entries()) {
        const error =
          schema.items && validateNode(item as Node, schema.items, `${path}[${index}]`);
        if (error) return error;
      }
      return undefined;
    }
    default:
      return validateScalar(node, schema, where);
  }
}

function validateScalar(
  node: Node | null | undefined,
  schema: SchemaNode,
  where: string,
): SchemaError | undefined {
  const value = isScalar(node) ? node.value : undefined;
  const ok =
    (schema.type === 'string' && typeof value === 'string') ||
    (schema.type === 'boolean' && typeof value === 'boolean') ||
    (schema.type === 'integer' && Number.isInteger(value)) ||
    (schema.type === 'number' && typeof value === 'number');
  if (!ok) return { node, message: `${where} must be ${describeType(schema)}.` };
  if (
    schema.minimum !== undefined &&
    typeof value === 'number' &&
    value < schema.minimum
  ) {
    return { node, message: `${where} must be at least ${schema.minimum}.` };
  }
  if (
    schema.minLength &&
    typeof value === 'string' &&
    value.trim().length < schema.minLength
  ) {
    return { node, message: `${where} must not be empty.` };
  }
  return undefined;
}
