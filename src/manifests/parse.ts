import { LineCounter, Parser, parseAllDocuments, type Document } from 'yaml';
import type { Finding, ParsedFile, SourceFile } from '../engine/types.js';
import { offsetsToRange } from './nodes.js';
import {
  bracketsTooDeep,
  countDocumentStarts,
  DEFAULT_LIMITS,
  documentOverLimit,
  type ParseLimits,
  tooLargeReason,
} from './limits.js';
import { lineCounterOf } from './lines.js';
import { blankOpaque, findOpaqueDocuments } from './opaque.js';
import { looksLikeGoTemplate } from './templates.js';

/** Switches for the equivalence test and the benchmark; always on in a real run. */
export const parseSettings = {
  /** Skip building the syntax tree of documents no check reads (see opaque.ts). */
  skipOpaqueDocuments: true,
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

/** Reads every YAML (or JSON) document of a file, with positions. */
export function parseFile(
  source: SourceFile,
  limits: ParseLimits = DEFAULT_LIMITS,
): ParseResult {
  const { path, text } = source;

  if (text.length > limits.maxFileBytes) {
    return { findings: [], skipReason: tooLargeReason(limits.maxFileBytes) };
  }
  if (text.includes('\u0000')) {
    return {
      findings: [],
      skipReason: 'contains a NUL byte, so it is not a text manifest',
    };
  }
  if (looksLikeGoTemplate(text)) {
    return {
      findings: [],
      skipReason: 'Helm/Go template: render it first, then check the output',
    };
  }

  // Refused before parsing: the parser's own cost is what these limits bound.
  const starts = countDocumentStarts(text);
  if (starts > limits.maxDocuments) {
    return {
      findings: [],
      skipReason: `has ${starts} YAML documents, more than the limit of ${limits.maxDocuments} (limits.max-documents)`,
    };
  }
  if (bracketsTooDeep(text, limits.maxDepth)) {
    return {
      findings: [],
      skipReason: `nests brackets deeper than the limit allows (limits.max-depth is ${limits.maxDepth})`,
    };
  }

  // Documents that no check reads and that are known to parse cleanly are left out of
  // what the parser reads; lines are then counted on the original text.
  const opaque = parseSettings.skipOpaqueDocuments ? findOpaqueDocuments(text) : [];
  const blanked = opaque.length > 0 ? blankOpaque(text, opaque) : undefined;
  const lineCounter = blanked ? lineCounterOf(text) : new LineCounter();
  let documents: Document.Parsed[] | { empty: true };
  try {
    documents = parseAllDocuments(blanked ? blanked.text : text, {
      lineCounter: blanked ? undefined : lineCounter,
      prettyErrors: false,
      keepSourceTokens: false,
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
    return {
      findings: [],
      skipReason: `has ${docs.length} YAML documents, more than the limit of ${limits.maxDocuments} (limits.max-documents)`,
    };
  }

  const findings: Finding[] = [];
  const mayHaveAliases = text.includes('*');
  for (const [index, doc] of docs.entries()) {
    const error = doc.errors[0];
    if (error) {
      findings.push(syntaxFinding(file, doc, error));
      continue;
    }
    const overLimit = documentOverLimit(doc, limits, mayHaveAliases);
    if (overLimit) {
      const where = docs.length > 1 ? `YAML document ${index + 1}` : 'it';
      return { findings: [], skipReason: `${where} ${overLimit}` };
    }
  }
  return { file, findings, opaqueObjects: opaque.length };
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
