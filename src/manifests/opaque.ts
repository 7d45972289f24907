import { isCollection, isNode, isPair, type Document } from 'yaml';
import type { DocumentSpan } from './spans.js';
import { splitDocuments } from './spans.js';
import { readEscape } from './fast-nodes.js';

/**
 * A fast pre-scan that finds documents no check ever looks at, so that the parser can
 * skip them. CustomResourceDefinitions are most of the bytes of a real repository (their
 * OpenAPI schemas run to thousands of lines) and never carry a pod spec, yet building
 * their syntax tree costs more than everything else the engine does.
 *
 * The scan is deliberately one-sided: it accepts a document only when it is written in
 * a plain subset of block YAML that the `yaml` parser is known to accept without any
 * error or warning (no anchors, aliases, tags, tabs or control characters; no flow
 * collections but `{}` and one-line lists of words; quoted scalars with valid escapes;
 * keys that are plain strings, unique in their mapping). Anything else is left to the
 * parser, so a skipped document is one that would have parsed cleanly, and a document
 * with a syntax error is always parsed and reported.
 */

/**
 * Kinds whose documents may be skipped: none holds a pod spec, and no check reads them
 * (skipped objects are counted but never reach a check or the workspace index). A check
 * that needs one of these kinds has to take it out of this list.
 */
const OPAQUE_KINDS = new Set(['CustomResourceDefinition']);
/** A top-level `kind:` line naming an opaque kind: the cheap test before any scan. */
const OPAQUE_KIND_LINE = new RegExp(
  `^kind:[ ]+["']?(?:${[...OPAQUE_KINDS].join('|')})["']?[ ]*$`,
  'm',
);

/** A document the parser may skip: `[start, end)` of its body, after any `---` line. */
export interface OpaqueDocument {
  start: number;
  end: number;
  kind: string;
  apiVersion: string;
}

/**
 * The documents of `text` that are safe to skip. Returns nothing for a file with
 * directives, a byte-order mark or `...` markers, whose document boundaries are not
 * simply line-based.
 */
export function findOpaqueDocuments(text: string): OpaqueDocument[] {
  if (!mayHoldOpaqueDocument(text)) return [];
  const found: OpaqueDocument[] = [];
  for (const span of splitDocuments(text) ?? []) {
    const document = opaqueDocumentIn(text, span);
    if (document) found.push(document);
  }
  return found;
}

/** The cheap test before any scan: a top-level `kind:` line naming an opaque kind. */
export function mayHoldOpaqueDocument(text: string): boolean {
  return OPAQUE_KIND_LINE.test(text);
}

/** The span's document when it is opaque and safe to skip, else undefined. */
export function opaqueDocumentIn(
  text: string,
  span: DocumentSpan & { inline: boolean },
): OpaqueDocument | undefined {
  // `--- !tag` or `--- key: value` starts the body on the marker line itself.
  if (span.inline || span.end <= span.body) return undefined;
  return scanDocument(text, span.body, span.end);
}

/** Plain keys that resolve to strings under the core schema (never null, bool or number). */
const PLAIN_KEY = /^[A-Za-z_$][\w.$/-]*$/;
const NON_STRING_KEY = /^(?:null|true|false)$/i;
/** Characters that may start a plain scalar without changing its meaning. */
const PLAIN_START = /^(?:[^-?:,[\]{}#&*!|>'"%@`\s]|-\S)/;
/** Far below limits.max-depth, and far above a generated schema's nesting. */
const MAX_DEPTH = 40;
/** `[]` or a one-line flow sequence of simple words (`enum: [a, b-c, 1.5]`). */
const FLOW_WORDS =
  /^\[(?: *(?:[\w./]|-\d)[\w./-]* *(?:, *(?:[\w./]|-\d)[\w./-]* *)*)?\]$/;
const BLOCK_SCALAR_HEADER = /^[|>][+-]?$/;

interface Collection {
  type: 'map' | 'seq';
  /** Column of the keys of a mapping, or of the `-` of a sequence. */
  indent: number;
  keys?: Set<string>;
}

type Value =
  /** Nothing after `key:` or `-`: a nested block may follow, or the value is null. */
  | { type: 'pending'; owner: Collection }
  /** A plain scalar, whose lines may continue deeper than `owner`. */
  | { type: 'plain'; owner: Collection }
  /** A block scalar (`|`, `>-`, ...) whose content is deeper than `owner`. */
  | { type: 'block'; owner: Collection }
  /** A quoted scalar not closed on its first line; its lines are deeper than `owner`. */
  | { type: 'quoted'; owner: Collection; quote: string }
  | { type: 'done' };

/**
 * Checks one document body line by line against the accepted subset and reads its
 * top-level `kind` and `apiVersion`. Returns undefined as soon as anything falls
 * outside the subset or the kind is not opaque.
 */
function scanDocument(
  text: string,
  start: number,
  end: number,
): OpaqueDocument | undefined {
  const body = text.slice(start, end);
  if (!OPAQUE_KIND_LINE.test(body) || hasUnsafeCharacter(body)) return undefined;

  const stack: Collection[] = [];
  let value: Value = { type: 'done' };
  /** Column of a block scalar's content, once its first content line is seen. */
  let blockIndent = -1;
  /** The last top-level key: a continuation line would change its value. */
  let topKey: string | undefined;
  let kind: string | undefined;
  let apiVersion: string | undefined;

  let lineStart = 0;
  while (lineStart < body.length) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = body.length;
    const line = body.slice(lineStart, lineEnd);
    lineStart = lineEnd + 1;

    let indent = 0;
    while (indent < line.length && line.charCodeAt(indent) === 0x20) indent++;
    const blank = indent === line.length;

    // The rest of a quoted scalar: deeper lines up to the closing quote.
    if (value.type === 'quoted') {
      if (blank) continue;
      if (indent <= value.owner.indent) return undefined;
      const close = closingQuote(line, indent, value.quote);
      if (close === INVALID) return undefined;
      if (close === OPEN) continue;
      if (line.slice(close + 1).trim() !== '') return undefined;
      value = { type: 'done' };
      continue;
    }

    // Block scalar content: anything deeper than its first line, blank lines too.
    if (value.type === 'block') {
      if (blank) {
        // Blank lines with spaces before the first content line can need an
        // indentation indicator; such documents are left to the parser.
        if (blockIndent === -1 && line.length > 0) return undefined;
        continue;
      }
      if (blockIndent === -1 && indent > value.owner.indent) {
        blockIndent = indent;
        continue;
      }
      if (blockIndent !== -1 && indent >= blockIndent) continue;
      if (indent > value.owner.indent) return undefined;
      value = { type: 'done' };
      blockIndent = -1;
    }
    if (blank) continue;

    const content = line.slice(indent);
    if (content.charCodeAt(0) === 0x23 /* # */) {
      // A comment ends a plain scalar: a deeper line after it would be an error.
      if (value.type === 'plain') value = { type: 'done' };
      continue;
    }

    // A deeper line after a plain scalar continues it.
    if (value.type === 'plain' && indent > value.owner.indent) {
      if (!continuationIsSafe(content)) return undefined;
      if (value.owner === stack[0] && (topKey === 'kind' || topKey === 'apiVersion'))
        return undefined;
      continue;
    }

    // A pending key or item opens a nested block when this line is deeper, or is a
    // sequence at the key's own column.
    if (value.type === 'pending') {
      const owner = value.owner;
      const item = isSequenceItem(content);
      if (
        indent > owner.indent ||
        (item && owner.type === 'map' && indent === owner.indent)
      ) {
        stack.push(
          item ? { type: 'seq', indent } : { type: 'map', indent, keys: new Set() },
        );
      }
    }
    value = { type: 'done' };

    while (stack.length > 0 && stack[stack.length - 1].indent > indent) stack.pop();
    let top = stack[stack.length - 1];
    if (top?.type === 'seq' && top.indent === indent && !isSequenceItem(content)) {
      // A sequence at its parent key's column ends at the next key of that mapping.
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (!top) {
      // The first content line opens the root mapping.
      if (indent !== 0 || isSequenceItem(content)) return undefined;
      top = { type: 'map', indent: 0, keys: new Set() };
      stack.push(top);
    }
    if (top.indent !== indent) return undefined;
    // Deep nesting is left to the parser, whose depth limit then applies as usual.
    if (stack.length > MAX_DEPTH) return undefined;

    if (top.type === 'seq') {
      if (!isSequenceItem(content)) return undefined;
      let at = 1;
      while (at < content.length && content.charCodeAt(at) === 0x20) at++;
      if (at === content.length) {
        value = { type: 'pending', owner: top };
        continue;
      }
      const item = content.slice(at);
      if (isSequenceItem(item)) return undefined;
      if (looksLikeKey(item)) {
        // `- key: value` opens a mapping at the key's column.
        const map: Collection = { type: 'map', indent: indent + at, keys: new Set() };
        stack.push(map);
        const entry = readEntry(item, map);
        if (!entry) return undefined;
        value = entry;
        continue;
      }
      const scalar = readScalar(item, top, false);
      if (!scalar) return undefined;
      value = scalar;
      continue;
    }

    const entry = readEntry(content, top);
    if (!entry) return undefined;
    value = entry;
    if (top === stack[0]) {
      topKey = content.slice(0, content.indexOf(':'));
      if (topKey === 'kind' || topKey === 'apiVersion') {
        const read = scalarText(content.slice(topKey.length + 1).trim());
        if (read === undefined) return undefined;
        if (topKey === 'kind') kind = read;
        else apiVersion = read;
      }
    }
  }

  // A quoted scalar still open at the end of the document is an error.
  if (value.type === 'quoted') return undefined;
  if (!kind || !apiVersion || !OPAQUE_KINDS.has(kind)) return undefined;
  return { start, end, kind, apiVersion };
}

/**
 * Control characters (tab, carriage return, C1 and NEL included), DEL, the Unicode line
 * separators and the byte-order mark, written as the complement of what is safe: the
 * parser treats them specially or rejects them, so a document holding one is parsed.
 */
const UNSAFE_CHARACTER = /[^\n -~\u00a0-\u2027\u202a-\ufefe\uff00-\uffff]/;

function hasUnsafeCharacter(body: string): boolean {
  return UNSAFE_CHARACTER.test(body);
}

function isSequenceItem(content: string): boolean {
  return content.charCodeAt(0) === 0x2d && (content.length === 1 || content[1] === ' ');
}

function looksLikeKey(content: string): boolean {
  const colon = content.indexOf(':');
  return colon > 0 && (colon === content.length - 1 || content[colon + 1] === ' ');
}

/** Reads `key: value` into `map`, refusing anything but a new plain string key. */
function readEntry(content: string, map: Collection): Value | undefined {
  const colon = content.indexOf(':');
  if (colon <= 0 || colon > 1000) return undefined;
  if (colon !== content.length - 1 && content[colon + 1] !== ' ') return undefined;
  const key = content.slice(0, colon);
  if (!PLAIN_KEY.test(key) || NON_STRING_KEY.test(key)) return undefined;
  if (map.keys?.has(key)) return undefined;
  map.keys?.add(key);

  const rest = content.slice(colon + 1).trim();
  if (rest === '') return { type: 'pending', owner: map };
  return readScalar(rest, map, true);
}

/** A single-line value: plain, single- or double-quoted, `{}`, `[]` or a block header. */
function readScalar(
  raw: string,
  owner: Collection,
  blockAllowed: boolean,
): Value | undefined {
  const value = raw.trimEnd();
  if (value === '{}' || FLOW_WORDS.test(value)) return { type: 'done' };
  if (BLOCK_SCALAR_HEADER.test(value)) {
    return blockAllowed ? { type: 'block', owner } : undefined;
  }
  const quote = value[0];
  if (quote === "'" || quote === '"') {
    const close = closingQuote(value, 1, quote);
    if (close === INVALID) return undefined;
    if (close === OPEN) return { type: 'quoted', owner, quote };
    return close === value.length - 1 ? { type: 'done' } : undefined;
  }
  if (!plainIsSafe(value)) return undefined;
  return { type: 'plain', owner };
}

function plainIsSafe(value: string): boolean {
  if (!PLAIN_START.test(value)) return false;
  return !value.includes(': ') && !value.endsWith(':') && !value.includes(' #');
}

/**
 * A continuation line of a plain scalar may start with any character but `#` (a
 * comment, handled before); like the first line it must not hold `: ` or end in `:`,
 * which would make it a key.
 */
function continuationIsSafe(content: string): boolean {
  const value = content.trimEnd();
  return !value.includes(': ') && !value.endsWith(':') && !value.includes(' #');
}

/** Not closed on this line. */
const OPEN = -1;
/** An escape the subset does not accept (a line-end escape, or an unknown one). */
const INVALID = -2;

/**
 * The index of the quote that closes a scalar opened before `from`, OPEN or INVALID.
 * Inside single quotes `''` is an escaped quote; inside double quotes only the escapes
 * YAML defines are accepted, and never a backslash at the end of a line.
 */
function closingQuote(line: string, from: number, quote: string): number {
  let at = from;
  if (quote === "'") {
    for (;;) {
      const close = line.indexOf("'", at);
      if (close === -1 || line[close + 1] !== "'") return close;
      at = close + 2;
    }
  }
  for (;;) {
    const close = line.indexOf('"', at);
    const escape = line.indexOf('\\', at);
    if (escape === -1 || (close !== -1 && close < escape)) return close;
    const escaped = readEscape(line, escape);
    if (!escaped) return INVALID;
    at = escaped[1];
  }
}

/** The text of a one-line quoted scalar that ends the line, or undefined. */
function quotedText(value: string): string | undefined {
  // Escapes would need decoding; `kind` and `apiVersion` never hold one.
  if (value.includes('\\')) return undefined;
  const close = closingQuote(value, 1, value[0]);
  if (close !== value.length - 1) return undefined;
  return value.slice(1, close).replaceAll("''", "'");
}

/** The text of a top-level `kind` or `apiVersion` value, plain or quoted. */
function scalarText(value: string): string | undefined {
  if (value === '') return undefined;
  const first = value[0];
  if (first === '"' || first === "'") return quotedText(value);
  return plainIsSafe(value) ? value : undefined;
}

/** The text the parser is given, and how to move what it parsed back into place. */
export interface BlankedText {
  text: string;
  /** Moves the offsets of a document parsed from `text` to the original text. */
  restore(document: Document.Parsed): void;
}

/**
 * Replaces each skipped body by `~`, a null document, so that every document keeps its
 * index while the parser reads only what is left. The documents after a skipped one
 * then sit earlier in the text by the length removed; `restore` adds it back to every
 * range and error position, and the caller counts lines on the original text.
 */
export function blankOpaque(
  text: string,
  documents: readonly OpaqueDocument[],
): BlankedText {
  const parts: string[] = [];
  /** Where each `~` lands in the new text, and the length removed up to and with it. */
  const tildes: number[] = [];
  const removedUpTo: number[] = [];
  let at = 0;
  let length = 0;
  let removed = 0;
  for (const { start, end } of documents) {
    const kept = text.slice(at, start);
    parts.push(kept, '~');
    length += kept.length;
    tildes.push(length);
    length += 1;
    const newline = text.charCodeAt(end - 1) === 0x0a;
    if (newline) {
      parts.push('\n');
      length += 1;
    }
    removed += end - start - 1 - (newline ? 1 : 0);
    removedUpTo.push(removed);
    at = end;
  }
  parts.push(text.slice(at));

  return {
    text: parts.join(''),
    restore(document) {
      // A document starts before the `~` of the next skipped body, so the length to
      // add back is what was removed before its start.
      const start = document.range[0];
      let index = 0;
      while (index < tildes.length && tildes[index] < start) index++;
      const delta = index === 0 ? 0 : removedUpTo[index - 1];
      if (delta !== 0) shiftDocument(document, delta);
    },
  };
}

/**
 * Adds `delta` to every offset a parsed document holds: its range, its nodes' ranges and
 * its errors' and warnings' positions. An error may hold the very array of a node's
 * range, so each array moves once.
 */
export function shiftDocument(document: Document.Parsed, delta: number): void {
  const moved = new Set<number[]>();
  const move = (offsets: number[] | null | undefined) => {
    if (!offsets || moved.has(offsets)) return;
    moved.add(offsets);
    for (let i = 0; i < offsets.length; i++) offsets[i] += delta;
  };
  move(document.range);
  for (const error of document.errors) move(error.pos);
  for (const warning of document.warnings) move(warning.pos);

  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.key, node.value);
    } else if (isNode(node)) {
      move(node.range);
      if (isCollection(node)) for (const item of node.items) stack.push(item);
    }
  }
}
