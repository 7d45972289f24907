import { CHECKS } from '../checks/catalogue/index.js';
import type { Finding, Severity } from '../engine/types.js';
import { findingKey } from './identity.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

const ENGINE_RULES = [
  {
    id: 'yaml-syntax',
    name: 'YamlSyntax',
    shortDescription: { text: 'The manifest must be valid YAML' },
    fullDescription: {
      text: 'A document that does not parse cannot be applied, and its objects cannot be checked.',
    },
    help: { text: 'Correct the YAML at the reported position.' },
    defaultConfiguration: { level: 'error' },
  },
];

/** A SARIF 2.1.0 log whose rule ids are the check ids and whose regions are exact. */
export function buildSarif(findings: readonly Finding[], version: string): object {
  const rules = sarifRules();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  return sarifLog(
    rules,
    version,
    findings.map((f) => sarifResult(f, ruleIndex)),
  );
}

/**
 * The text of `buildSarif`'s log as `JSON.stringify(log, null, 2)` writes it, with a
 * final newline, in pieces of about a megabyte: a run with a hundred thousand findings
 * would otherwise hold the whole log as objects and then as one string of 100 MB or
 * more.
 */
export function* sarifText(
  findings: readonly Finding[],
  version: string,
): Generator<string> {
  const rules = sarifRules();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  if (findings.length === 0) {
    yield `${JSON.stringify(sarifLog(rules, version, []), null, 2)}\n`;
    return;
  }

  // The log with a stand-in for its results, cut where the results go.
  const stand = 'podspec-check results';
  const placeholder = JSON.stringify(stand);
  const frame = JSON.stringify(sarifLog(rules, version, [stand]), null, 2);
  const at = frame.indexOf(placeholder);
  yield frame.slice(0, frame.lastIndexOf('\n', at) + 1);
  for (let start = 0; start < findings.length; start += RESULTS_PER_PIECE) {
    const batch = findings
      .slice(start, start + RESULTS_PER_PIECE)
      .map((finding) => sarifResult(finding, ruleIndex));
    // Results sit as deep in this wrapper as in the log, so they come out indented
    // as JSON.stringify indents them there, one native call per piece.
    const wrapped = JSON.stringify({ runs: [{ results: batch }] }, null, 2);
    const resultsClose = wrapped.lastIndexOf(']', wrapped.lastIndexOf(']') - 1);
    const items = wrapped.slice(
      wrapped.indexOf('[', wrapped.indexOf('"results"')) + 2,
      wrapped.lastIndexOf('\n', resultsClose),
    );
    const last = start + RESULTS_PER_PIECE >= findings.length;
    yield last ? items : `${items},\n`;
  }
  yield `${frame.slice(at + placeholder.length)}\n`;
}

/** About a megabyte of text: a result takes about a kilobyte. */
const RESULTS_PER_PIECE = 1000;

function sarifRules() {
  return [
    ...ENGINE_RULES,
    ...CHECKS.map((check) => ({
      id: check.id,
      name: check.id.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase()),
      shortDescription: { text: check.title },
      fullDescription: { text: check.why },
      help: {
        text: check.howToFix,
        markdown: `${check.why}\n\n**Fix:** ${check.howToFix}`,
      },
      defaultConfiguration: { level: LEVEL[check.severity] },
      properties: { tags: ['kubernetes', 'security'] },
    })),
  ];
}

function sarifResult(f: Finding, ruleIndex: ReadonlyMap<string, number>) {
  return {
    ruleId: f.checkId,
    ruleIndex: ruleIndex.get(f.checkId),
    level: LEVEL[f.severity],
    message: { text: `${f.message} ${f.fix}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: f.range.line,
            startColumn: f.range.column,
            endLine: f.range.endLine,
            endColumn: f.range.endColumn,
          },
        },
      },
    ],
    partialFingerprints: { 'podspecCheck/v1': findingKey(f) },
    ...(f.exemption
      ? {
          suppressions: [
            { kind: 'external', status: 'accepted', justification: f.exemption },
          ],
        }
      : {}),
    ...(f.existing ? { baselineState: 'unchanged' } : {}),
  };
}

function sarifLog(rules: object[], version: string, results: unknown[]): object {
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'podspec-check',
            version,
            informationUri: 'https://github.com/podspec-check/podspec-check',
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///' } },
        results,
      },
    ],
  };
}
