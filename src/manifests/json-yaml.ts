import { Document, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
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
 * The fast reader's counterpart for JSON manifests (`kubectl get -o json`, generated
 * files): a JSON object is a YAML flow mapping, and this builds the nodes the `yaml`
 * parser builds for it, with the same ranges. It accepts JSON as `JSON.stringify` and
 * most tools write it: no tabs or carriage returns, each key on the line of its colon.
 * Anything else (including any JSON the parser would read differently) is left to the
 * parser.
 */
export function readJsonDocument(
  text: string,
  span: DocumentSpan,
): Document.Parsed | undefined {
  let start = span.body;
  while (isSpace(text.charCodeAt(start))) start++;
  // The object must open a line: indented, the parser reads it differently.
  if (text.charCodeAt(start) !== 0x7b /* { */) return undefined;
  if (start > 0 && text.charCodeAt(start - 1) !== 0x0a) return undefined;
  if (UNSAFE_CHARACTER.test(text.slice(span.body, span.end))) return undefined;
  try {
    return new JsonReader(text, span.end).read(start, span);
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

/** Deeper nesting is left to the parser, so that the depth limit applies as usual. */
const MAX_DEPTH = 40;
/** The parser's limit for an implicit key, which a flow mapping's keys are. */
const MAX_KEY_LENGTH = 1024;
const JSON_LITERAL =
  /^(?:-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|true|false|null)/;

class JsonReader {
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly end: number,
  ) {}

  read(start: number, span: DocumentSpan): Document.Parsed {
    const root = this.object(start);
    const after = this.lineEnd(root.range![1]);
    root.range![2] = after;
    // Only blank lines may follow the object.
    let rest = after;
    while (rest < this.end && isSpace(this.text.charCodeAt(rest))) rest++;
    if (rest !== this.end) outside();

    const doc = new Document() as unknown as Document.Parsed;
    if (span.marker !== -1) doc.directives.docStart = true;
    doc.contents = root as unknown as Document.Parsed['contents'];
    // The parser ends the document after one more line, not at the next marker.
    const end = Math.min(this.lineEnd(after), span.end);
    doc.range = [span.marker !== -1 ? span.marker : start, after, end];
    return doc;
  }

  /** After spaces and one line break, where the parser ends a flow node's trailing space. */
  private lineEnd(at: number): number {
    let end = at;
    while (this.text.charCodeAt(end) === 0x20) end++;
    if (this.text.charCodeAt(end) === 0x0a) end++;
    return end;
  }

  /** The next offset that is not a space or a line break. */
  private skipSpace(at: number): number {
    let end = at;
    while (end < this.end && isSpace(this.text.charCodeAt(end))) end++;
    return end;
  }

  private value(at: number): Scalar | YAMLMap | YAMLSeq {
    const code = this.text.charCodeAt(at);
    if (code === 0x7b) return this.object(at);
    if (code === 0x5b /* [ */) return this.array(at);
    if (code === 0x22 /* " */) return this.string(at);
    const literal = JSON_LITERAL.exec(this.text.slice(at, at + 400));
    if (!literal) outside();
    const source = literal[0];
    const scalar = resolvePlain(source);
    scalar.range = [at, at + source.length, at + source.length];
    scalar.source = source;
    scalar.type = 'PLAIN';
    return scalar;
  }

  private object(open: number): YAMLMap {
    if (++this.depth > MAX_DEPTH) outside();
    const { text } = this;
    const map = newCollection(MAP_PROTOTYPE);
    map.flow = true;
    const keys = new Set<string>();
    let at = this.skipSpace(open + 1);
    if (text.charCodeAt(at) !== 0x7d /* } */) {
      for (;;) {
        if (text.charCodeAt(at) !== 0x22) outside();
        const key = this.string(at);
        const name = key.value as string;
        if (keys.has(name) || key.range![1] - at > MAX_KEY_LENGTH) outside();
        keys.add(name);
        at = key.range![1];
        if (text.charCodeAt(at) !== 0x3a /* : */) outside();
        at++;
        while (text.charCodeAt(at) === 0x20) at++;
        const value = this.value(at);
        map.items.push(newPair(key, value));
        at = this.skipSpace(value.range![1]);
        // A value's node ends after the space and line break that follow it.
        value.range![2] = this.lineEnd(value.range![1]);
        const code = text.charCodeAt(at);
        if (code === 0x7d) break;
        if (code !== 0x2c /* , */) outside();
        at = this.skipSpace(at + 1);
      }
    }
    this.depth--;
    map.range = [open, at + 1, at + 1];
    return map;
  }

  private array(open: number): YAMLSeq {
    if (++this.depth > MAX_DEPTH) outside();
    const { text } = this;
    const seq = newCollection(SEQ_PROTOTYPE);
    seq.flow = true;
    let at = this.skipSpace(open + 1);
    if (text.charCodeAt(at) !== 0x5d /* ] */) {
      for (;;) {
        const value = this.value(at);
        seq.items.push(value);
        // An item's node ends where the next `,` or the `]` is, past any line breaks.
        at = this.skipSpace(value.range![1]);
        value.range![2] = at;
        const code = text.charCodeAt(at);
        if (code === 0x5d) break;
        if (code !== 0x2c) outside();
        at = this.skipSpace(at + 1);
      }
    }
    this.depth--;
    seq.range = [open, at + 1, at + 1];
    return seq;
  }

  /** A double-quoted string on one line, decoded as YAML decodes it. */
  private string(at: number): Scalar {
    const { text } = this;
    let value = '';
    let from = at + 1;
    for (;;) {
      let close = from;
      while (close < this.end) {
        const code = text.charCodeAt(close);
        if (code === 0x22 || code === 0x5c /* \ */ || code === 0x0a) break;
        close++;
      }
      const code = text.charCodeAt(close);
      if (code !== 0x22 && code !== 0x5c) outside();
      value += text.slice(from, close);
      if (code === 0x22) {
        const scalar = newScalar(value);
        scalar.range = [at, close + 1, close + 1];
        scalar.source = value;
        scalar.type = 'QUOTE_DOUBLE';
        return scalar;
      }
      const [decoded, after] = readEscape(text, close) ?? outside();
      value += decoded;
      from = after;
    }
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a;
}
