import {
  Document,
  isScalar,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import {
  MAP_PROTOTYPE,
  newCollection,
  newPair,
  newScalar,
  outside,
  OutsideSubset,
  readEscape,
  resolvePlain,
  SEQ_PROTOTYPE,
  UNSAFE_CHARACTER,
} from './fast-nodes.js';
import type { DocumentSpan } from './spans.js';

/**
 * A fast reader for the plain block YAML that nearly every Kubernetes manifest is
 * written in: block mappings and sequences, plain and one-line quoted scalars, literal
 * and simple folded block scalars, one-line flow sequences and mappings of scalars,
 * comments.
 * It builds the very nodes the `yaml` parser builds for such a document (same classes,
 * values, scalar styles and ranges) at a fraction of the cost, because it reads each
 * line once instead of lexing, building a token tree and composing it.
 *
 * It is one-sided, like the opaque-document scan: the moment a document holds anything
 * outside the subset (anchors, aliases, tags, explicit keys, multi-line plain or quoted
 * scalars, nested or multi-line flow collections, tabs, carriage returns, duplicate or
 * non-string keys, an empty value next to comments, an indentation the parser would
 * reject, ...) it gives up and the caller hands the document to the parser. A document it returns is one the parser accepts without an
 * error or a warning, so syntax errors are always the parser's.
 *
 * Comments are not kept on the nodes (no check reads them), but they move node ends the
 * way the parser moves them, because a collection's range ends where its last value's
 * trailing comments end.
 */

/** Keys that resolve to strings under the core schema, written without quotes. */
const PLAIN_KEY = /^[A-Za-z_$][\w.$/-]*$/;
const NON_STRING_KEY = /^(?:null|true|false)$/i;
/** Characters that may start a plain scalar in block context. */
const PLAIN_START = /^(?:[^-?:,[\]{}#&*!|>'"%@`\s]|-\S)/;
/** Characters a plain scalar inside a flow sequence may not hold. */
const FLOW_PLAIN_STOP = /[,[\]{}#:]/;
/** Deeper nesting is left to the parser, so that the depth limit applies as usual. */
const MAX_DEPTH = 40;
/** The deepest a document read here nests: its block collections and one flow level. */
export const BLOCK_READER_MAX_DEPTH = MAX_DEPTH + 1;

type ValueNode = Scalar | YAMLMap | YAMLSeq;

interface Frame {
  type: 'map' | 'seq';
  /** Column of the keys of a mapping, or of the `-` of a sequence. */
  indent: number;
  node: YAMLMap | YAMLSeq;
  start: number;
  keys?: Set<string>;
  /** The value of the last pair or item, once it is known (a child frame's node too). */
  last?: ValueNode;
  /** Whether a deeper comment may still join the last value (a flow node, see below). */
  lastTakesComments?: boolean;
  /** Blank and comment lines after the last item, not yet given to anything. */
  trailing?: Trailing;
}

/**
 * Blank and comment lines that follow the last item of a collection. The parser keeps
 * them in that collection, so that its range ends after them, unless every comment is
 * indented less than the collection (or there is none): then they move to the parent.
 */
interface Trailing {
  end: number;
  /** The deepest comment's column, or -1 when the lines are all blank. */
  deepestComment: number;
}

/** A key or `-` whose value is not known yet: a nested block, or null. */
interface Pending {
  frame: Frame;
  pair?: Pair;
  /** Where the parser puts a null value: the first non-space after the indicator. */
  at: number;
  /** Where the null's node ends: after a comment on its line. */
  end?: number;
  /** The start of the line after the key or `-`. */
  nextLine: number;
  /** Whether comment lines came before the key or `-` (see resolvePendingAsNull). */
  afterComment: boolean;
  /** Whether comment lines came after it, before its value. */
  commentAfter?: boolean;
}

/**
 * Reads one document, or returns undefined when it is outside the subset. `text` is the
 * whole file; the span comes from `splitDocuments`.
 */
export function readBlockDocument(
  text: string,
  span: DocumentSpan,
): Document.Parsed | undefined {
  if (UNSAFE_CHARACTER.test(text.slice(span.body, span.end))) return undefined;
  try {
    return new BlockReader(text, span).read();
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

class BlockReader {
  private readonly stack: Frame[] = [];
  private pending: Pending | undefined;
  private root: YAMLMap | undefined;

  /** The current line: `[lineStart, lineEnd)` without its newline; `next` after it. */
  private lineStart = 0;
  private lineEnd = 0;
  private next = 0;

  constructor(
    private readonly text: string,
    private readonly span: DocumentSpan,
  ) {}

  read(): Document.Parsed {
    const { text, span } = this;
    this.next = span.body;
    while (this.next < span.end) {
      this.advance();
      let indent = this.lineStart;
      while (indent < this.lineEnd && text.charCodeAt(indent) === 0x20) indent++;
      if (indent === this.lineEnd) {
        this.blankLine();
        continue;
      }
      const column = indent - this.lineStart;
      if (text.charCodeAt(indent) === 0x23 /* # */) {
        this.commentLine(column);
        continue;
      }
      this.contentLine(column, indent);
    }
    // A document that ends in an empty value ends where that value does, not at the
    // next marker; left to the parser too.
    if (!this.root || this.pending) outside();

    while (this.stack.length > 0) this.close();
    const root = this.root;
    const doc = new Document() as unknown as Document.Parsed;
    if (span.marker !== -1) doc.directives.docStart = true;
    doc.contents = root as unknown as Document.Parsed['contents'];
    const start = span.marker !== -1 ? span.marker : root.range![0];
    doc.range = [start, root.range![2], span.end];
    return doc;
  }

  /** Moves to the line that starts at `next`. */
  private advance(): void {
    this.lineStart = this.next;
    const newline = this.text.indexOf('\n', this.lineStart);
    if (newline === -1 || newline >= this.span.end) {
      this.lineEnd = this.span.end;
      this.next = this.span.end;
    } else {
      this.lineEnd = newline;
      this.next = newline + 1;
    }
  }

  /** A blank line after the last item: it joins the innermost collection's trailing lines. */
  private blankLine(): void {
    const frame = this.stack[this.stack.length - 1];
    const pending = this.pending;
    if (pending) {
      // Where the parser ends a key's empty value that has a comment on its line, when
      // blank lines follow, depends on the line after them; left to it.
      if (pending.end !== undefined && pending.pair) outside();
      return;
    }
    if (!frame) return;
    frame.trailing ??= { end: this.next, deepestComment: -1 };
    frame.trailing.end = this.next;
  }

  /**
   * A comment line goes where the parser puts it: onto the last value of the innermost collection when it is
   * indented more than that collection and follows only blank lines (a flow node's end
   * then moves past it); otherwise into that collection's trailing lines.
   */
  private commentLine(column: number): void {
    const frame = this.stack[this.stack.length - 1];
    if (!frame) return;
    // A comment before a key's nested block changes no range; where the parser ends an
    // empty value followed by comments depends on what comes after them, so such a
    // value is left to it (see resolvePendingAsNull).
    if (this.pending) {
      this.pending.commentAfter = true;
      return;
    }
    const afterBlanksOnly = !frame.trailing || frame.trailing.deepestComment === -1;
    if (frame.lastTakesComments && afterBlanksOnly && column > frame.indent) {
      frame.last!.range![2] = this.next;
      frame.trailing = undefined;
      return;
    }
    frame.trailing ??= { end: this.next, deepestComment: -1 };
    frame.trailing.end = this.next;
    frame.trailing.deepestComment = Math.max(frame.trailing.deepestComment, column);
  }

  private contentLine(column: number, at: number): void {
    const { text } = this;
    const item = isSequenceItem(text, at, this.lineEnd);
    // The line's indentation joins the trailing lines of the collection it may close.
    const innermost = this.stack[this.stack.length - 1];
    if (innermost?.trailing && !this.pending) innermost.trailing.end = at;

    // A key or `-` waiting for its value: a deeper block, or a sequence at the key's own
    // column, is that value; anything else leaves it null.
    const pending = this.pending;
    if (pending) {
      // An empty value with a comment on its line takes the next line's indentation too
      // (an item's even after blank lines, a key's only from the very next line).
      if (
        pending.end !== undefined &&
        (!pending.pair || this.lineStart === pending.nextLine)
      ) {
        pending.end = at;
      }
      const owner = pending.frame;
      if (
        column > owner.indent ||
        (item && owner.type === 'map' && column === owner.indent)
      ) {
        this.pending = undefined;
        if (!item && !this.looksLikeKey(at)) outside();
        const frame = this.open(item ? 'seq' : 'map', column, at);
        this.setValue(pending, frame.node);
      } else {
        this.resolvePendingAsNull();
      }
    }

    while (this.stack.length > 0 && this.top().indent > column) this.close();
    let top = this.stack[this.stack.length - 1];
    if (top?.type === 'seq' && top.indent === column && !item) {
      // A sequence at its parent key's column ends at the next key of that mapping.
      this.close();
      top = this.top();
    }
    if (!top) {
      // The first content line opens the root mapping; anything else is left over.
      if (this.root || column !== 0 || item) outside();
      top = this.open('map', 0, at);
      this.root = top.node as YAMLMap;
    }
    if (top.indent !== column) outside();

    if (top.type === 'seq') {
      if (!item) outside();
      this.sequenceItem(top, at);
    } else {
      if (item) outside();
      this.mapEntry(top, at);
    }
  }

  private sequenceItem(seq: Frame, dash: number): void {
    const { text } = this;
    let at = dash + 1;
    while (at < this.lineEnd && text.charCodeAt(at) === 0x20) at++;
    if (at === this.lineEnd || text.charCodeAt(at) === 0x23) {
      this.pending = this.pendingAt(seq, undefined, at, afterComment(seq));
      seq.trailing = undefined;
      return;
    }
    if (isSequenceItem(text, at, this.lineEnd)) outside();
    if (this.looksLikeKey(at)) {
      // `- key: value` opens a mapping at the key's column.
      const map = this.open('map', at - this.lineStart, at);
      seq.last = map.node;
      seq.lastTakesComments = false;
      seq.trailing = undefined;
      (seq.node as YAMLSeq).items.push(map.node);
      this.mapEntry(map, at);
      return;
    }
    const value = this.inlineValue(at, seq.indent);
    (seq.node as YAMLSeq).items.push(value);
    seq.last = value;
    seq.lastTakesComments = !isBlockScalar(value);
    seq.trailing = undefined;
  }

  private mapEntry(map: Frame, at: number): void {
    const { text } = this;
    const key = this.key(at);
    const colon = key.range![1];
    // The parser refuses an implicit key longer than this.
    if (colon - at > 1024) outside();
    const name = key.value as string;
    if (map.keys!.has(name)) outside();
    map.keys!.add(name);

    const pair = newPair<Scalar, ValueNode | null>(key, null);
    (map.node as YAMLMap).items.push(pair);
    const commentsBefore = afterComment(map);
    map.trailing = undefined;

    let value = colon + 1;
    while (value < this.lineEnd && text.charCodeAt(value) === 0x20) value++;
    if (value === this.lineEnd || text.charCodeAt(value) === 0x23) {
      map.last = undefined;
      map.lastTakesComments = false;
      this.pending = this.pendingAt(map, pair, value, commentsBefore);
      return;
    }
    const node = this.inlineValue(value, map.indent);
    pair.value = node;
    map.last = node;
    map.lastTakesComments = !isBlockScalar(node);
  }

  private pendingAt(
    frame: Frame,
    pair: Pair | undefined,
    at: number,
    afterComment: boolean,
  ): Pending {
    const commented = at < this.lineEnd;
    const end = commented ? this.next : undefined;
    return { frame, pair, at, end, nextLine: this.next, afterComment };
  }

  private setValue(pending: Pending, node: ValueNode): void {
    const frame = pending.frame;
    if (pending.pair) pending.pair.value = node;
    else (frame.node as YAMLSeq).items.push(node);
    // A nested block or an empty value has no end for later comments to join.
    frame.last = node;
    frame.lastTakesComments = false;
    frame.trailing = undefined;
  }

  private resolvePendingAsNull(): void {
    const pending = this.pending;
    if (!pending) return;
    // Next to comment lines the parser ends an empty value elsewhere; left to it.
    if (pending.afterComment || pending.commentAfter) outside();
    this.pending = undefined;
    const scalar = newScalar(null);
    scalar.range = [pending.at, pending.at, pending.end ?? pending.at];
    scalar.source = '';
    scalar.type = 'PLAIN';
    this.setValue(pending, scalar);
  }

  /** A scalar, `{}` or a one-line flow sequence after `key: ` or `- `. */
  private inlineValue(at: number, ownerIndent: number): ValueNode {
    const code = this.text.charCodeAt(at);
    if (code === 0x7c /* | */ || code === 0x3e /* > */)
      return this.blockScalar(at, ownerIndent);
    if (code === 0x22 /* " */ || code === 0x27 /* ' */) return this.quoted(at);
    if (code === 0x5b /* [ */) return this.flowSequence(at);
    if (code === 0x7b /* { */) return this.flowMap(at);
    return this.plain(at);
  }

  private plain(at: number): Scalar {
    const { text } = this;
    let end = this.find(' #', at);
    if (end === -1) end = this.lineEnd;
    while (text.charCodeAt(end - 1) === 0x20) end--;
    const source = text.slice(at, end);
    if (!PLAIN_START.test(source) || source.includes(': ') || source.endsWith(':'))
      outside();
    const scalar = resolvePlain(source);
    scalar.range = [at, end, this.next];
    scalar.source = source;
    scalar.type = 'PLAIN';
    return scalar;
  }

  private quoted(at: number): Scalar {
    const { text } = this;
    const double = text.charCodeAt(at) === 0x22;
    const [value, close] = double ? this.doubleQuoted(at) : this.singleQuoted(at);
    this.expectLineEnd(close + 1);
    const scalar = newScalar(value);
    scalar.range = [at, close + 1, this.next];
    scalar.source = value;
    scalar.type = double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    return scalar;
  }

  /** The value of a single-quoted scalar closed on this line, and its closing quote. */
  private singleQuoted(at: number): [string, number] {
    const { text } = this;
    let value = '';
    let from = at + 1;
    for (;;) {
      const close = this.find("'", from);
      if (close === -1) outside();
      value += text.slice(from, close);
      if (text.charCodeAt(close + 1) !== 0x27) return [value, close];
      value += "'";
      from = close + 2;
    }
  }

  /** The value of a double-quoted scalar closed on this line, and its closing quote. */
  private doubleQuoted(at: number): [string, number] {
    const { text } = this;
    let value = '';
    let from = at + 1;
    for (;;) {
      const close = this.find('"', from);
      if (close === -1) outside();
      const escape = text.slice(from, close).indexOf('\\');
      if (escape === -1) return [value + text.slice(from, close), close];
      const at = from + escape;
      value += text.slice(from, at);
      const [decoded, after] = readEscape(text, at) ?? outside();
      value += decoded;
      from = after;
    }
  }

  /** `[a, "b", c]` on one line: plain or quoted scalars only. */
  private flowSequence(open: number): YAMLSeq {
    const { text } = this;
    const seq = newCollection(SEQ_PROTOTYPE);
    seq.flow = true;
    let at = open + 1;
    for (;;) {
      while (text.charCodeAt(at) === 0x20) at++;
      if (at >= this.lineEnd) outside();
      if (text.charCodeAt(at) === 0x5d /* ] */) {
        if (seq.items.length > 0) outside();
        break;
      }
      const item = this.flowItem(at);
      seq.items.push(item);
      at = item.range![2];
      const code = text.charCodeAt(at);
      if (code === 0x5d) break;
      if (code !== 0x2c /* , */) outside();
      at++;
    }
    this.expectLineEnd(at + 1);
    seq.range = [open, at + 1, this.next];
    return seq;
  }

  private flowItem(at: number): Scalar {
    const { text } = this;
    const code = text.charCodeAt(at);
    let scalar: Scalar;
    let end: number;
    if (code === 0x22 || code === 0x27) {
      const [value, close] =
        code === 0x22 ? this.doubleQuoted(at) : this.singleQuoted(at);
      scalar = newScalar(value);
      scalar.source = value;
      scalar.type = code === 0x22 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
      end = close + 1;
    } else {
      end = at;
      while (end < this.lineEnd && !FLOW_PLAIN_STOP.test(text[end])) end++;
      while (text.charCodeAt(end - 1) === 0x20) end--;
      const source = text.slice(at, end);
      if (source === '' || !PLAIN_START.test(source)) outside();
      scalar = resolvePlain(source);
      scalar.source = source;
      scalar.type = 'PLAIN';
    }
    let after = end;
    while (text.charCodeAt(after) === 0x20) after++;
    scalar.range = [at, end, after];
    return scalar;
  }

  /** `{}` or `{ key: value, ... }` on one line: plain keys, plain or quoted values. */
  private flowMap(open: number): YAMLMap {
    const { text } = this;
    const map = newCollection(MAP_PROTOTYPE);
    map.flow = true;
    const keys = new Set<string>();
    let at = open + 1;
    for (;;) {
      while (text.charCodeAt(at) === 0x20) at++;
      if (at >= this.lineEnd) outside();
      if (text.charCodeAt(at) === 0x7d /* } */) {
        if (map.items.length > 0) outside();
        break;
      }
      const colon = this.find(': ', at);
      if (colon === -1) outside();
      const name = text.slice(at, colon);
      if (!PLAIN_KEY.test(name) || NON_STRING_KEY.test(name) || keys.has(name)) outside();
      keys.add(name);
      const key = newScalar(name);
      key.range = [at, colon, colon];
      key.source = name;
      key.type = 'PLAIN';

      at = colon + 2;
      while (text.charCodeAt(at) === 0x20) at++;
      const value = this.flowItem(at);
      map.items.push(newPair(key, value));
      at = value.range![2];
      const code = text.charCodeAt(at);
      if (code === 0x7d) break;
      if (code !== 0x2c /* , */) outside();
      at++;
    }
    this.expectLineEnd(at + 1);
    map.range = [open, at + 1, this.next];
    return map;
  }

  /** After a closed value: only spaces, then the end of the line or a comment. */
  private expectLineEnd(at: number): void {
    const { text } = this;
    let rest = at;
    while (rest < this.lineEnd && text.charCodeAt(rest) === 0x20) rest++;
    if (rest === this.lineEnd) return;
    if (text.charCodeAt(rest) !== 0x23 || rest === at) outside();
  }

  /**
   * `|`, `|-`, `|+`, `>`, `>-` or `>+` ending its line, then lines deeper than the
   * owner. Folded scalars are read only when no line is more indented than the first.
   */
  private blockScalar(header: number, ownerIndent: number): Scalar {
    const { text } = this;
    const folded = text.charCodeAt(header) === 0x3e;
    let at = header + 1;
    const chomp = text[at] === '-' || text[at] === '+' ? text[at++] : '';
    while (at < this.lineEnd && text.charCodeAt(at) === 0x20) at++;
    if (at !== this.lineEnd) outside();

    /** Lines of the scalar, without their indentation; '' for a blank line. */
    const lines: string[] = [];
    let indent = -1;
    /** After the last line holding text, and after the last line of the scalar. */
    let contentEnd = -1;
    let scalarEnd = this.next;
    let lastHadNewline = true;
    while (this.next < this.span.end) {
      const lineStart = this.next;
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1 || lineEnd > this.span.end) lineEnd = this.span.end;
      let first = lineStart;
      while (first < lineEnd && text.charCodeAt(first) === 0x20) first++;
      const column = first - lineStart;
      if (first === lineEnd) {
        // Spaces on a blank line can be content or need an indentation indicator.
        if (lineEnd > lineStart && (indent === -1 || column > indent)) outside();
        lines.push('');
      } else {
        if (indent === -1) {
          if (column <= ownerIndent) break;
          indent = column;
        } else if (column < indent) {
          break;
        }
        if (folded && column > indent) outside();
        lines.push(text.slice(lineStart + indent, lineEnd));
        contentEnd = lineEnd < this.span.end ? lineEnd + 1 : lineEnd;
        lastHadNewline = lineEnd < this.span.end;
      }
      scalarEnd = lineEnd < this.span.end ? lineEnd + 1 : lineEnd;
      this.next = scalarEnd;
      this.lineStart = lineStart;
      this.lineEnd = lineEnd;
    }
    if (indent === -1) outside();

    let last = lines.length;
    while (lines[last - 1] === '') last--;
    const trailing = lines.length - last;
    if (chomp === '+' && (trailing > 0 || !lastHadNewline)) outside();
    const body = folded ? fold(lines.slice(0, last)) : lines.slice(0, last).join('\n');
    const value = chomp === '-' ? body : `${body}\n`;
    // Blank lines after the text belong to the scalar only when they are kept.
    this.next = chomp === '+' ? scalarEnd : contentEnd;

    const scalar = newScalar(value);
    scalar.range = [header, this.next, this.next];
    scalar.source = value;
    scalar.type = folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
    return scalar;
  }

  /** The colon that ends a plain key at `at` (followed by a space or the line end), or -1. */
  private keyColon(at: number): number {
    const { text } = this;
    let colon = this.find(':', at);
    while (colon !== -1) {
      if (colon + 1 === this.lineEnd || text.charCodeAt(colon + 1) === 0x20) return colon;
      colon = this.find(':', colon + 1);
    }
    return -1;
  }

  /** The offset of `needle` on the current line at or after `from`, or -1. */
  private find(needle: string, from: number): number {
    const index = this.text.slice(from, this.lineEnd).indexOf(needle);
    return index === -1 ? -1 : from + index;
  }

  private looksLikeKey(at: number): boolean {
    const quote = this.text.charCodeAt(at);
    if (quote === 0x22 || quote === 0x27) return this.quotedKeyEnd(at) !== -1;
    const colon = this.keyColon(at);
    return colon > at && !this.text.slice(at, colon).includes(' #');
  }

  /**
   * A mapping key: a plain word, or a one-line quoted string right before its colon.
   * Either way it must be a string the key has not held before in its mapping.
   */
  private key(at: number): Scalar {
    const { text } = this;
    const quote = text.charCodeAt(at);
    if (quote === 0x22 || quote === 0x27) {
      const end = this.quotedKeyEnd(at);
      if (end === -1) outside();
      const [name] = quote === 0x22 ? this.doubleQuoted(at) : this.singleQuoted(at);
      const key = newScalar(name);
      key.range = [at, end, end];
      key.source = name;
      key.type = quote === 0x22 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
      return key;
    }
    const colon = this.keyColon(at);
    if (colon === -1) outside();
    const name = text.slice(at, colon);
    if (!PLAIN_KEY.test(name) || NON_STRING_KEY.test(name)) outside();
    const key = newScalar(name);
    key.range = [at, colon, colon];
    key.source = name;
    key.type = 'PLAIN';
    return key;
  }

  /** The end of a quoted key followed by `: ` or `:` at the line end, or -1. */
  private quotedKeyEnd(at: number): number {
    const { text } = this;
    let close: number;
    try {
      close = (
        text.charCodeAt(at) === 0x22 ? this.doubleQuoted(at) : this.singleQuoted(at)
      )[1];
    } catch (error) {
      if (error instanceof OutsideSubset) return -1;
      throw error;
    }
    const colon = close + 1;
    if (text.charCodeAt(colon) !== 0x3a) return -1;
    return colon + 1 === this.lineEnd || text.charCodeAt(colon + 1) === 0x20 ? colon : -1;
  }

  private open(type: 'map' | 'seq', indent: number, start: number): Frame {
    if (this.stack.length >= MAX_DEPTH) outside();
    const node =
      type === 'map' ? newCollection(MAP_PROTOTYPE) : newCollection(SEQ_PROTOTYPE);
    const frame: Frame = { type, indent, node, start };
    if (type === 'map') frame.keys = new Set();
    this.stack.push(frame);
    return frame;
  }

  private top(): Frame {
    return this.stack[this.stack.length - 1];
  }

  /**
   * Closes the innermost collection: it ends where its last value's node ends, or after
   * its trailing lines when one of their comments is as deep as its items.
   */
  private close(): void {
    this.resolvePendingAsNull();
    const frame = this.stack.pop()!;
    const lastEnd = frame.last ? frame.last.range![2] : undefined;
    if (lastEnd === undefined) outside();
    const trailing = frame.trailing;
    if (trailing && frame.indent > 0 && trailing.deepestComment >= frame.indent) {
      frame.node.range = [frame.start, lastEnd, trailing.end];
      return;
    }
    frame.node.range = [frame.start, lastEnd, lastEnd];
    const parent = this.stack[this.stack.length - 1];
    if (trailing && parent) parent.trailing = trailing;
  }
}

function afterComment(frame: Frame): boolean {
  return !!frame.trailing && frame.trailing.deepestComment >= 0;
}

function isSequenceItem(text: string, at: number, lineEnd: number): boolean {
  return (
    text.charCodeAt(at) === 0x2d &&
    (at + 1 === lineEnd || text.charCodeAt(at + 1) === 0x20)
  );
}

function isBlockScalar(node: Node): boolean {
  return (
    isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')
  );
}

/** Folds the lines of a `>` scalar: a line break between text lines becomes a space. */
function fold(lines: readonly string[]): string {
  let out = '';
  let blanks = 0;
  for (const [index, line] of lines.entries()) {
    if (line === '') {
      blanks++;
      continue;
    }
    if (index > 0) out += blanks > 0 ? '\n'.repeat(blanks) : ' ';
    blanks = 0;
    out += line;
  }
  return out;
}
