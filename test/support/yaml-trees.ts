import fc from 'fast-check';

/**
 * Random block YAML for the property tests of the fast readers: trees of mappings and
 * sequences whose leaves are scalar texts or stand-ins (`BLOCK`, `MULTI`, ...) that the
 * caller's `scalarLines` turns into lines.
 */
export type Value = string | Tree;
export type Tree = { map: [string, Value][] } | { seq: Value[] };

export function yamlTrees(
  keys: readonly string[],
  scalars: readonly string[],
): fc.Arbitrary<Tree> {
  return fc.letrec<{ tree: Tree; value: Value }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc
        .array(fc.tuple(fc.constantFrom(...keys), tie('value')), {
          minLength: 1,
          maxLength: 4,
        })
        .map((map) => ({ map })),
      fc.array(tie('value'), { minLength: 1, maxLength: 3 }).map((seq) => ({ seq })),
    ),
    value: fc.oneof({ depthSize: 'small' }, fc.constantFrom(...scalars), tie('tree')),
  })).tree;
}

/**
 * The lines of one scalar entry: `head` is `key: ` or `- ` at `pad`, and `deeper` the
 * indentation of the lines that continue it.
 */
export type ScalarLines = (
  head: string,
  value: string,
  pad: string,
  deeper: string,
) => string[];

/** Block YAML for a tree, sequences either at their key's column or one step in. */
export function renderTree(
  node: Tree,
  pad: string,
  step: string,
  compact: boolean,
  scalarLines: ScalarLines,
): string[] {
  const lines: string[] = [];
  if ('map' in node) {
    for (const [key, value] of node.map) {
      if (typeof value === 'string') {
        lines.push(...scalarLines(`${pad}${key}: `, value, pad, pad + step));
      } else {
        const inner = 'seq' in value && compact ? pad : pad + step;
        lines.push(
          `${pad}${key}:`,
          ...renderTree(value, inner, step, !compact, scalarLines),
        );
      }
    }
    return lines;
  }
  for (const value of node.seq) {
    if (typeof value === 'string') {
      lines.push(...scalarLines(`${pad}- `, value, pad, pad + step));
    } else if ('map' in value) {
      const inner = renderTree(value, `${pad}  `, step, compact, scalarLines);
      inner[0] = `${pad}- ${inner[0].slice(pad.length + 2)}`;
      lines.push(...inner);
    } else {
      lines.push(`${pad}-`, ...renderTree(value, pad + step, step, compact, scalarLines));
    }
  }
  return lines;
}
