import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prettyJsonPieces } from './json-pieces.js';

/** A frame with the slot array somewhere inside, and the same frame with the items. */
const framed = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom('a', 'runs', 'x y', '"q"'), fc.jsonValue()), {
      maxLength: 3,
    }),
    fc.array(fc.constantFrom('object', 'array'), { maxLength: 4 }),
    fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 12 }),
  )
  .map(([siblings, path, items]) => {
    const wrap = (inner: unknown, kind: string): unknown =>
      kind === 'object'
        ? { ...Object.fromEntries(siblings), inside: inner }
        : [1, inner, 'z'];
    return {
      frameOf: (slot: unknown[]) => path.reduce(wrap, slot),
      whole: path.reduce(wrap, items),
      items,
    };
  });

describe('prettyJsonPieces', () => {
  it('writes in pieces exactly the text JSON.stringify makes of the whole', () => {
    fc.assert(
      fc.property(
        framed,
        fc.integer({ min: 1, max: 5 }),
        ({ frameOf, whole, items }, perPiece) => {
          const pieces = [...prettyJsonPieces(frameOf, items, (item) => item, perPiece)];
          expect(pieces.join('')).toBe(JSON.stringify(whole, null, 2));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('maps each item as it writes it, a piece at a time', () => {
    const seen: number[] = [];
    const pieces = prettyJsonPieces(
      (list) => ({ list }),
      [1, 2, 3],
      (item) => {
        seen.push(item);
        return { item };
      },
      2,
    );
    expect(pieces.next().value).toBe('{\n  "list": [\n');
    expect(seen).toEqual([]);
    pieces.next();
    expect(seen).toEqual([1, 2]);
  });

  it('refuses a frame that does not hold the items array once', () => {
    expect(() => [
      ...prettyJsonPieces(
        () => ({}),
        [1],
        (item) => item,
      ),
    ]).toThrow(/exactly once/);
    expect(() => [
      ...prettyJsonPieces(
        (items) => [items, items],
        [1],
        (item) => item,
      ),
    ]).toThrow(/exactly once/);
  });
});
