import { Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type ScalarTag } from 'yaml';

/**
 * What the fast readers (block-yaml.ts, json-yaml.ts) share: how the parser resolves a
 * plain scalar, how nodes are made, the escapes of double-quoted strings, and the way a
 * reader gives up on a document.
 */

/** The core schema's scalar tags, in the order the parser tries them on a plain scalar. */
const CORE = new Document();
const PLAIN_TAGS = CORE.schema.tags.filter(
  (tag): tag is ScalarTag =>
    tag.default === true && !('collection' in tag && tag.collection) && !!tag.test,
);
/** First characters of a plain scalar that some core tag can resolve (null, bool, number). */
const MAY_RESOLVE = /^[-+.~0-9nNtTfF]/;

/** What the parser's core schema makes of a plain scalar: null, bool, number or text. */
export function resolvePlain(source: string): Scalar {
  if (!MAY_RESOLVE.test(source)) return newScalar(source);
  for (const tag of PLAIN_TAGS) {
    if (!tag.test!.test(source)) continue;
    const resolved = tag.resolve(source, outside, CORE.options) as unknown;
    const scalar = isScalar(resolved) ? resolved : newScalar(resolved);
    if (tag.format) scalar.format = tag.format;
    return scalar;
  }
  return newScalar(source);
}

/**
 * Control characters (tab and carriage return included), DEL, the Unicode line
 * separators and the byte-order mark: the parser treats them specially or rejects them.
 */
export const UNSAFE_CHARACTER = /[^\n -~\u00a0-\u2027\u202a-\ufefe\uff00-\uffff]/;
const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };
const HEX = /^[0-9a-fA-F]+$/;

/**
 * The escape of a double-quoted scalar whose backslash is at `at`: the text it stands
 * for and the offset after it. Undefined for an escape the parser refuses or reads in
 * another way (one that continues the scalar on the next line, a code point past
 * U+10FFFF), which the fast readers leave to it.
 */
export function readEscape(text: string, at: number): [string, number] | undefined {
  const code = text[at + 1];
  const simple = SIMPLE_ESCAPES[code];
  if (simple !== undefined) return [simple, at + 2];
  const digits = HEX_ESCAPES[code];
  if (!digits) return undefined;
  const hex = text.slice(at + 2, at + 2 + digits);
  if (hex.length !== digits || !HEX.test(hex)) return undefined;
  const point = parseInt(hex, 16);
  if (point > 0x10ffff) return undefined;
  return [String.fromCodePoint(point), at + 2 + digits];
}

/**
 * The nodes are made from prototypes that carry yaml's node-type tag, not through the
 * constructors, which define that tag on every instance with Object.defineProperty: a
 * third of the reader's time went there. The objects are instances of the same classes,
 * with the same enumerable properties and the tag inherited, so `isMap`, `instanceof`,
 * `toJS` and the rest see no difference (the tests compare every node with the
 * parser's).
 */
function prototypeOf<T extends object>(sample: T): T {
  const descriptors: PropertyDescriptorMap = {};
  for (const symbol of Object.getOwnPropertySymbols(sample)) {
    descriptors[symbol] = Object.getOwnPropertyDescriptor(sample, symbol)!;
  }
  if ('schema' in sample) {
    descriptors.schema = { value: CORE.schema, configurable: true, writable: true };
  }
  return Object.create(Object.getPrototypeOf(sample), descriptors) as T;
}

const SCALAR_PROTOTYPE = prototypeOf(new Scalar(null));
const PAIR_PROTOTYPE = prototypeOf(new Pair(null));
export const MAP_PROTOTYPE = prototypeOf(new YAMLMap(CORE.schema));
export const SEQ_PROTOTYPE = prototypeOf(new YAMLSeq(CORE.schema));

export function newScalar(value: unknown): Scalar {
  const scalar = Object.create(SCALAR_PROTOTYPE) as Scalar;
  scalar.value = value;
  return scalar;
}

export function newPair<K, V>(key: K, value: V): Pair<K, V> {
  const pair = Object.create(PAIR_PROTOTYPE) as Pair<K, V>;
  pair.key = key;
  pair.value = value;
  return pair;
}

export function newCollection<T extends YAMLMap | YAMLSeq>(prototype: T): T {
  const collection = Object.create(prototype) as T;
  collection.items = [];
  return collection;
}

/** Thrown inside the reader when the document leaves the subset; never escapes it. */
export class OutsideSubset extends Error {}

/** One instance, thrown again and again: capturing a stack each time costs more. */
const OUTSIDE = new OutsideSubset('outside the block YAML subset');

export function outside(): never {
  throw OUTSIDE;
}
