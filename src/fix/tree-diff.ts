/** A step into a parsed tree: a mapping key or a sequence index. */
export type PathSegment = string | number;

/** One place where two parsed trees differ, with the values on either side. */
export interface TreeChange {
  path: PathSegment[];
  before: unknown;
  after: unknown;
}

/**
 * Every place where two plain trees (the `toJS()` of a YAML document) differ, as deep as
 * the difference goes: a key added to a mapping is reported at that key, not as a change
 * of the whole mapping. Key order is not compared; a fix may add keys anywhere.
 */
export function diffTrees(before: unknown, after: unknown): TreeChange[] {
  const changes: TreeChange[] = [];
  walk(before, after, [], changes);
  return changes;
}

function walk(a: unknown, b: unknown, path: PathSegment[], out: TreeChange[]): void {
  if (Object.is(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      out.push({ path, before: a, after: b });
      return;
    }
    a.forEach((item, index) => walk(item, b[index], [...path, index], out));
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const inA = Object.prototype.hasOwnProperty.call(a, key);
      const inB = Object.prototype.hasOwnProperty.call(b, key);
      if (inA !== inB) {
        out.push({ path: [...path, key], before: a[key], after: b[key] });
      } else {
        walk(a[key], b[key], [...path, key], out);
      }
    }
    return;
  }
  if (a instanceof Date && b instanceof Date && a.getTime() === b.getTime()) return;
  out.push({ path, before: a, after: b });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `spec.containers[0].image`, the way findings name fields. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

/** The reverse of {@link formatPath}, for the fields that findings carry. */
export function parsePath(field: string): PathSegment[] {
  const path: PathSegment[] = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) path.push(Number(match[2]));
    else path.push(match[1]);
  }
  return path;
}
