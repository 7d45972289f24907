import { isAlias, isCollection, isPair, visit, type Document, type Node } from 'yaml';

/**
 * Bounds that keep one hostile file from taking the run's time or memory. Each is set in
 * the configuration's `limits:` block; docs/limits.md explains the defaults.
 */
export interface ParseLimits {
  /** Files larger than this many bytes are skipped with a note, before they are read. */
  maxFileBytes: number;
  /** Files with more YAML documents than this are skipped with a note, unparsed. */
  maxDocuments: number;
  /** Documents nested deeper than this are not checked; the file is skipped with a note. */
  maxDepth: number;
  /**
   * The most alias uses (`*name`) one document may make once every alias is expanded, so
   * an alias inside a repeated anchor counts each time it is repeated.
   */
  maxAliases: number;
}

export const DEFAULT_LIMITS: ParseLimits = {
  // The full parser, which documents outside the fast reader's subset need, costs
  // about 0.4 s and 20 MB of memory per MB of YAML: 8 MiB keeps the worst single file
  // within a few seconds, and real bundles (Argo CD's install.yaml, CRD collections)
  // stay around 2 MB.
  maxFileBytes: 8 * 1024 * 1024,
  maxDocuments: 20_000,
  maxDepth: 64,
  maxAliases: 1_000,
};

/**
 * Why a file over `limits.max-file-bytes` was not read, naming the limit as configured:
 * "8 MB" for whole mebibytes, else the byte count (a 500 KB limit is not "0 MB").
 */
export function tooLargeReason(maxBytes: number): string {
  const mb = maxBytes / 1024 / 1024;
  const limit = Number.isInteger(mb) ? `${mb} MB` : `${maxBytes}-byte`;
  return `larger than the ${limit} limit (limits.max-file-bytes)`;
}

/**
 * How many columns of indentation and open brackets a line may reach before the text is
 * refused unparsed (see nestingTooDeep): 8 per allowed level, 512 with the default 64.
 */
export function nestingBound(maxDepth: number): number {
  return maxDepth * 8;
}

/**
 * An upper bound on the number of YAML documents in a text, found without parsing: every
 * document after the first starts with a `---` line. Cheap enough to run on every file,
 * so a file of a million empty documents is refused before the parser sees it.
 */
export function countDocumentStarts(text: string): number {
  let count = 1;
  let at = text.startsWith('---') ? 3 : 0;
  for (;;) {
    const next = text.indexOf('\n---', at);
    if (next === -1) return count;
    const after = text.charCodeAt(next + 4);
    // `---` followed by space, tab, line end or end of text; not `----` or `---x`.
    if (
      Number.isNaN(after) ||
      after === 32 ||
      after === 9 ||
      after === 10 ||
      after === 13
    )
      count++;
    at = next + 4;
  }
}

/**
 * Whether a text nests too deep for the parser to be safe with it. The parser recurses
 * once per level: around a thousand levels it runs out of stack, and when that happens
 * while V8 is compiling a regular expression the process aborts instead of throwing. So
 * nesting is bounded before parsing, by what it costs in the text: a block level takes
 * at least one column of indentation (spaces and the `- `, `? `, `: ` indicators that
 * open a line), a flow level one bracket. A line whose indentation plus the brackets
 * open around it exceeds the bound is refused. Brackets inside strings count too; the
 * bound is far above any real manifest's nesting (which is refused after parsing, past
 * maxDepth levels), so neither a bracket in a string nor a deep block scalar trips it.
 */
export function nestingTooDeep(text: string, maxDepth: number): boolean {
  const bound = nestingBound(maxDepth);
  let brackets = 0;
  let indent = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      indent = 0;
      lineStart = true;
      continue;
    }
    if (lineStart) {
      // space, tab, `-`, `?`, `:`
      if (c === 32 || c === 9 || c === 45 || c === 63 || c === 58) {
        if (++indent + brackets > bound) return true;
        continue;
      }
      lineStart = false;
    }
    if (c === 91 || c === 123) {
      if (++brackets + indent > bound) return true;
    } else if ((c === 93 || c === 125) && brackets > 0) brackets--;
  }
  return false;
}

/** Why a parsed document is refused, or undefined when it is within the limits. */
export function documentOverLimit(
  doc: Document.Parsed,
  limits: ParseLimits,
  // False when the source holds no `*`, so no alias: the alias walk is then skipped.
  mayHaveAliases = true,
): string | undefined {
  // Depth first: the other walks recurse, and this one is what bounds them.
  const depth = depthOf(doc.contents, limits.maxDepth + 1);
  if (depth > limits.maxDepth) {
    return `nests deeper than ${limits.maxDepth} levels (limits.max-depth)`;
  }
  if (!mayHaveAliases) return undefined;
  const targets = aliasTargets(doc);
  const expanded = new Map<Node, number>();
  const inProgress = new Set<Node>();
  let cycle = false;

  // The alias uses a full expansion of `node` would make; capped just above the limit so
  // the numbers stay small however hostile the document is.
  const cap = limits.maxAliases + 1;
  const aliasesIn = (node: unknown): number => {
    if (isAlias(node)) {
      const target = targets.get(node);
      if (!target) return 1;
      return Math.min(cap, 1 + aliasesIn(target));
    }
    if (isPair(node)) return Math.min(cap, aliasesIn(node.key) + aliasesIn(node.value));
    if (!isCollection(node)) return 0;
    const known = expanded.get(node);
    if (known !== undefined) return known;
    if (inProgress.has(node)) {
      cycle = true;
      return cap;
    }
    inProgress.add(node);
    let total = 0;
    for (const item of node.items) {
      total = Math.min(cap, total + aliasesIn(item));
      if (total >= cap) break;
    }
    inProgress.delete(node);
    expanded.set(node, total);
    return total;
  };

  const aliases = aliasesIn(doc.contents);
  if (cycle) return 'has an alias that refers to a node containing itself';
  if (aliases > limits.maxAliases) {
    return `expands YAML aliases more than ${limits.maxAliases} times (limits.max-aliases), as an alias bomb ("billion laughs") does`;
  }
  return undefined;
}

/**
 * How deep collections nest below `node`, counting the source as written (an alias is a
 * leaf), and stopping at `stop` so a hostile document costs no more than the limit. An
 * explicit stack, since recursion this deep is what the limit guards against.
 */
function depthOf(node: unknown, stop: number): number {
  let deepest = 0;
  const stack: { node: unknown; depth: number }[] = [{ node, depth: 0 }];
  while (stack.length > 0) {
    const { node: current, depth } = stack.pop() as { node: unknown; depth: number };
    if (isPair(current)) {
      stack.push({ node: current.key, depth }, { node: current.value, depth });
      continue;
    }
    if (!isCollection(current)) continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest >= stop) return deepest;
    for (const item of current.items) stack.push({ node: item, depth: level });
  }
  return deepest;
}

/**
 * The node each alias of a document names: the last node before it with that anchor,
 * the way YAML defines it. One walk for the whole document; resolving aliases one by one
 * walks the document once per alias.
 */
export function aliasTargets(doc: Document.Parsed): Map<Node, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Node, Node>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) targets.set(node, target);
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
    },
  });
  return targets;
}
