import { Document, isMap, LineCounter, Parser, parseAllDocuments, Scalar } from 'yaml';
import type { Finding, ParsedFile, SourceFile } from '../engine/types.js';
import { offsetsToRange } from './nodes.js';
import { objectType } from './objects.js';
import {
  countDocumentStarts,
  DEFAULT_LIMITS,
  documentOverLimit,
  nestingBound,
  nestingTooDeep,
  type ParseLimits,
  tooLargeReason,
} from './limits.js';
import { lineCounterOf } from './lines.js';
import { BLOCK_READER_MAX_DEPTH, readBlockDocument } from './block-yaml.js';
import {
  blankOpaque,
  findOpaqueDocuments,
  mayHoldOpaqueDocument,
  opaqueDocumentIn,
  shiftDocument,
} from './opaque.js';
import { readJsonDocument } from './json-yaml.js';
import { splitDocuments, type DocumentSpan } from './spans.js';
import { looksLikeGoTemplate } from './templates.js';

/** Switches for the equivalence tests and the benchmark; always on in a real run. */
export const parseSettings = {
  /** Skip building the syntax tree of documents no check reads (see opaque.ts). */
  skipOpaqueDocuments: true,
  /** Read plain block YAML and JSON documents with the fast readers (block-yaml.ts). */
  readBlockYaml: true,
};

export interface ParseResult {
  file?: ParsedFile;
  /** `yaml-syntax` findings, at most one per document. */
  findings: Finding[];
  /** Set when the file was not parsed at all. */
  skipReason?: string;
  /** Objects whose documents were not built because no check reads them (CRDs). */
  opaqueObjects?: number;
}

/**
 * Takes a file's documents one at a time, so that a large file is never held whole as
 * syntax trees. The file's `documents` stay empty when a visitor is given.
 */
export interface DocumentVisitor {
  document(document: Document.Parsed, index: number, file: ParsedFile): void;
  /**
   * Forget every document given so far: the file is skipped after all (a later document
   * is over a limit), or read again from its start as one text (see readBySpans).
   */
  discard(): void;
}

/** Reads every YAML (or JSON) document of a file, with positions. */
export function parseFile(
  source: SourceFile,
  limits: ParseLimits = DEFAULT_LIMITS,
  visitor?: DocumentVisitor,
): ParseResult {
  const refused = refuseBeforeParsing(source.text, limits);
  if (refused) return { findings: [], skipReason: refused };

  const spans = parseSettings.readBlockYaml ? splitDocuments(source.text) : undefined;
  if (spans) {
    const read = readBySpans(source, spans, limits, visitor);
    if (read !== READ_WHOLE) return read;
    visitor?.discard();
  }
  return readWhole(source, limits, visitor);
}

/** Limits that are checked on the text, so that the parser never sees such a file. */
function refuseBeforeParsing(text: string, limits: ParseLimits): string | undefined {
  if (text.length > limits.maxFileBytes) return tooLargeReason(limits.maxFileBytes);
  if (text.includes('\u0000')) return 'contains a NUL byte, so it is not a text manifest';
  if (looksLikeGoTemplate(text)) {
    return 'Helm/Go template: render it first, then check the output';
  }
  const starts = countDocumentStarts(text);
  if (starts > limits.maxDocuments) return tooManyDocuments(starts, limits);
  if (nestingTooDeep(text, limits.maxDepth)) {
    return `nests too deep to parse safely: a line is indented or bracketed past ${nestingBound(limits.maxDepth)} columns (limits.max-depth is ${limits.maxDepth})`;
  }
  return undefined;
}

function tooManyDocuments(count: number, limits: ParseLimits): string {
  return `has ${count} YAML documents, more than the limit of ${limits.maxDocuments} (limits.max-documents)`;
}

/** Returned by readBySpans when the file has to be parsed as one text. */
const READ_WHOLE = Symbol('read the whole file');

/**
 * Reads a file document by document: an opaque document (a CRD) is not built at all, a
 * plain block document is built by the fast reader, and any other is given to the
 * parser on its own text, its offsets then moved to where it sits in the file.
 *
 * The parser does not always end a document at a `---` line: an unclosed quote runs on
 * into the next document. So when a document parsed on its own has an error, the file
 * is parsed again as one text, and its syntax errors are the parser's on the whole file.
 */
function readBySpans(
  source: SourceFile,
  spans: readonly (DocumentSpan & { inline: boolean })[],
  limits: ParseLimits,
  visitor: DocumentVisitor | undefined,
): ParseResult | typeof READ_WHOLE {
  const { path, text } = source;
  const documents: Document.Parsed[] = [];
  const file: ParsedFile = { path, text, lineCounter: lineCounterOf(text), documents };
  const mayHaveAliases = text.includes('*');
  const skipOpaque = parseSettings.skipOpaqueDocuments && mayHoldOpaqueDocument(text);
  // Counted as the parser counts documents: text before the first `---` that is only
  // comments and blank lines is not one.
  const several =
    spans.length > 2 ||
    (spans.length === 2 && (spans[0].marker !== -1 || hasContent(text, spans[0])));
  // The fast reader nests no deeper than this; the depth walk is needed only above it.
  const depthChecked = limits.maxDepth >= BLOCK_READER_MAX_DEPTH;
  let count = 0;
  let opaqueObjects = 0;

  const take = (document: Document.Parsed): string | undefined => {
    const index = count++;
    if (count > limits.maxDocuments) return tooManyDocuments(count, limits);
    if (visitor) visitor.document(document, index, file);
    else documents.push(document);
    return undefined;
  };

  for (const span of spans) {
    const where = several ? `YAML document ${count + 1}` : 'it';
    if (skipOpaque && opaqueDocumentIn(text, span)) {
      opaqueObjects++;
      const refused = take(opaquePlaceholder(span));
      if (refused) return skipped(refused, visitor);
      continue;
    }

    const fast = span.inline
      ? undefined
      : (readBlockDocument(text, span) ?? readJsonDocument(text, span));
    if (fast) {
      const overLimit = depthChecked ? undefined : documentOverLimit(fast, limits, false);
      const refused = overLimit ? `${where} ${overLimit}` : take(fast);
      if (refused) return skipped(refused, visitor);
      continue;
    }

    // The next marker line is parsed too, so that the document ends the way it ends
    // in the whole file (a newline before `---` is not the document's); the document
    // that marker opens is then dropped.
    const start = span.marker !== -1 ? span.marker : span.body;
    const markerEnd = text.indexOf('\n', span.end);
    const end = markerEnd === -1 ? text.length : markerEnd + 1;
    let parsed: Document.Parsed[] | { empty: true };
    try {
      parsed = parseAllDocuments(text.slice(start, end), PARSE_OPTIONS);
    } catch {
      return READ_WHOLE;
    }
    for (const document of Array.isArray(parsed) ? parsed : []) {
      if (document.range[0] + start >= span.end && span.end < text.length) break;
      if (document.errors.length > 0) return READ_WHOLE;
      if (start > 0) shiftDocument(document, start);
      const overLimit = documentOverLimit(document, limits, mayHaveAliases);
      const refused = overLimit ? `${where} ${overLimit}` : take(document);
      if (refused) return skipped(refused, visitor);
    }
  }
  return { file, findings: [], opaqueObjects };
}

/** Whether a span holds anything but blank and comment lines. */
function hasContent(text: string, span: DocumentSpan): boolean {
  return /^[ \t]*[^ \t\r\n#]/m.test(text.slice(span.body, span.end));
}

function skipped(reason: string, visitor: DocumentVisitor | undefined): ParseResult {
  visitor?.discard();
  return { findings: [], skipReason: reason };
}

const PARSE_OPTIONS = { prettyErrors: false, keepSourceTokens: false } as const;

/**
 * Stands for a skipped opaque document, so that the documents after it keep their
 * index: a null document, as the parser makes of `~`.
 */
function opaquePlaceholder(span: DocumentSpan): Document.Parsed {
  const document = new Document() as unknown as Document.Parsed;
  if (span.marker !== -1) document.directives.docStart = true;
  const empty = new Scalar(null);
  empty.range = [span.body, span.body, span.body];
  document.contents = empty as unknown as Document.Parsed['contents'];
  document.range = [span.marker !== -1 ? span.marker : span.body, span.body, span.end];
  return document;
}

/** Parses the file as one text, as the parser reads a stream of documents. */
function readWhole(
  source: SourceFile,
  limits: ParseLimits,
  visitor: DocumentVisitor | undefined,
): ParseResult {
  const { path, text } = source;
  // Documents that no check reads and that are known to parse cleanly are left out of
  // what the parser reads; lines are then counted on the original text.
  const opaque = parseSettings.skipOpaqueDocuments ? findOpaqueDocuments(text) : [];
  const blanked = opaque.length > 0 ? blankOpaque(text, opaque) : undefined;
  const lineCounter = blanked ? lineCounterOf(text) : new LineCounter();
  let documents: Document.Parsed[] | { empty: true };
  try {
    documents = parseAllDocuments(blanked ? blanked.text : text, {
      ...PARSE_OPTIONS,
      lineCounter: blanked ? undefined : lineCounter,
    });
  } catch (error) {
    // The parser recurses; input it cannot hold on the stack is refused, not a crash.
    return {
      findings: [],
      skipReason: `could not be parsed (${error instanceof Error ? error.name : 'error'})`,
    };
  }
  const docs = Array.isArray(documents) ? documents : [];
  if (blanked) for (const doc of docs) blanked.restore(doc);
  const file: ParsedFile = { path, text, lineCounter, documents: docs };

  if (docs.length > limits.maxDocuments) {
    return { findings: [], skipReason: tooManyDocuments(docs.length, limits) };
  }

  const findings: Finding[] = [];
  const mayHaveAliases = text.includes('*');
  for (const [index, doc] of docs.entries()) {
    const error = doc.errors[0];
    if (error) {
      if (!onlyDuplicateKeysOutsideManifest(doc))
        findings.push(syntaxFinding(file, doc, error));
      continue;
    }
    const overLimit = documentOverLimit(doc, limits, mayHaveAliases);
    if (overLimit) {
      const where = docs.length > 1 ? `YAML document ${index + 1}` : 'it';
      return { findings: [], skipReason: `${where} ${overLimit}` };
    }
  }
  if (visitor) {
    docs.forEach((doc, index) => visitor.document(doc, index, file));
    file.documents = [];
  }
  return { file, findings, opaqueObjects: opaque.length };
}

/**
 * A duplicate key matters because kubectl rejects it; in a document that is no
 * Kubernetes object (a package.json, a CI config among the candidate paths) it is not
 * podspec-check's to report. Any other syntax error is, since it may hide a manifest.
 */
function onlyDuplicateKeysOutsideManifest(doc: Document.Parsed): boolean {
  if (doc.errors.some((error) => error.code !== 'DUPLICATE_KEY')) return false;
  const root = doc.contents;
  return !(isMap(root) && objectType(root, doc));
}

function syntaxFinding(
  file: ParsedFile,
  _doc: Document.Parsed,
  error: { message: string; pos: [number, number]; code: string },
): Finding {
  // The parser reports an unclosed quote where the file ends; the opening quote is
  // where the author has to look, and the end may lie past the file's last line.
  const quoteStart =
    error.code === 'MISSING_CHAR' && /quote/.test(error.message)
      ? openingQuote(file.text, error.pos[0])
      : undefined;
  const range =
    quoteStart === undefined
      ? offsetsToRange(file, error.pos[0], error.pos[1])
      : offsetsToRange(file, quoteStart, quoteStart + 1);
  const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const duplicate = error.code === 'DUPLICATE_KEY';
  return {
    checkId: 'yaml-syntax',
    severity: 'error',
    file: file.path,
    range,
    message: duplicate
      ? `${detail}: kubectl's strict decoding rejects duplicate fields, and other tools silently keep only one of them.`
      : `This YAML document does not parse: ${describeYamlError(error.code, detail)}.`,
    why: 'A manifest that does not parse cannot be applied, and none of its objects were checked.',
    fix: duplicate
      ? 'Keep one of the duplicate keys and delete the other.'
      : `Correct the YAML at line ${range.line}, column ${range.column}.`,
  };
}

/** The offset of the quoted scalar that runs up to `pos`, from the parser's token tree. */
function openingQuote(text: string, pos: number): number | undefined {
  let found: number | undefined;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (
      (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') &&
      typeof token.offset === 'number' &&
      typeof token.source === 'string' &&
      token.offset <= pos &&
      pos <= token.offset + token.source.length
    ) {
      found = token.offset;
    }
    for (const value of Object.values(node))
      if (value && typeof value === 'object') visit(value);
  };
  for (const token of new Parser().parse(text)) visit(token);
  return found;
}

/** yaml's messages are terse ("Missing closing \"quote"); say it the way a person would. */
function describeYamlError(code: string, detail: string): string {
  if (code === 'MISSING_CHAR' && /quote/.test(detail)) {
    return 'a quoted string is never closed (its closing quote is missing)';
  }
  if (code === 'MISSING_CHAR' && /flow/.test(detail)) {
    return 'a flow collection ({...} or [...]) is never closed';
  }
  if (code === 'BAD_INDENT') return `the indentation is inconsistent (${detail})`;
  if (code === 'TAB_AS_INDENT')
    return 'a tab is used for indentation; YAML allows only spaces';
  if (code === 'BLOCK_IN_FLOW')
    return `a block value stands inside a flow collection (${detail})`;
  return detail.replace(/\.$/, '');
}
