import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { Finding, ParsedFile, SourceFile } from '../engine/types.js';
import { offsetsToRange } from './nodes.js';
import { DEFAULT_LIMITS, type ParseLimits } from './limits.js';
import { looksLikeGoTemplate } from './templates.js';

export interface ParseResult {
  file?: ParsedFile;
  /** `yaml-syntax` findings, at most one per document. */
  findings: Finding[];
  /** Set when the file was not parsed at all. */
  skipReason?: string;
}

/** Reads every YAML (or JSON) document of a file, with positions. */
export function parseFile(
  source: SourceFile,
  limits: ParseLimits = DEFAULT_LIMITS,
): ParseResult {
  const { path, text } = source;

  if (text.length > limits.maxFileBytes) {
    const mb = (limits.maxFileBytes / 1024 / 1024).toFixed(0);
    return {
      findings: [],
      skipReason: `larger than the ${mb} MB limit (limits.max-file-bytes)`,
    };
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

  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    keepSourceTokens: false,
    // Documents beyond the limit are still tokenised by the parser; the limit bounds what
    // the checks do with them, and the file is reported as too long.
  });
  const docs = Array.isArray(documents) ? documents : [];
  const file: ParsedFile = { path, text, lineCounter, documents: docs };

  if (docs.length > limits.maxDocuments) {
    return {
      findings: [],
      skipReason: `has ${docs.length} YAML documents, more than the limit of ${limits.maxDocuments} (limits.max-documents)`,
    };
  }

  const findings: Finding[] = [];
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) findings.push(syntaxFinding(file, doc, error));
  }
  return { file, findings };
}

function syntaxFinding(
  file: ParsedFile,
  _doc: Document.Parsed,
  error: { message: string; pos: [number, number]; code: string },
): Finding {
  const range = offsetsToRange(file, error.pos[0], error.pos[1]);
  const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const duplicate = error.code === 'DUPLICATE_KEY';
  return {
    checkId: 'yaml-syntax',
    severity: 'error',
    file: file.path,
    range,
    message: duplicate
      ? `${detail}: kubectl's strict decoding rejects duplicate fields, and other tools silently keep only one of them.`
      : `This YAML document does not parse: ${detail}.`,
    why: 'A manifest that does not parse cannot be applied, and none of its objects were checked.',
    fix: duplicate
      ? 'Keep one of the duplicate keys and delete the other.'
      : `Correct the YAML at line ${range.line}, column ${range.column}.`,
  };
}
