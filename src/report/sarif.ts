import { CHECKS } from '../checks/catalogue/index.js';
import type { Finding, Severity } from '../engine/types.js';
import { findingKey } from './identity.js';
import { prettyJsonPieces } from './json-pieces.js';

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

/**
 * GitHub code scanning rejects a SARIF run with more results than this (and shows only
 * the 5,000 most severe of those it takes).
 */
export const SARIF_MAX_RESULTS = 25_000;

/**
 * What to tell the user when a log holds only part of the findings, or undefined when
 * it holds them all.
 */
export function sarifLeftOutMessage(
  findingCount: number,
  maxResults = SARIF_MAX_RESULTS,
): string | undefined {
  if (findingCount <= maxResults) return undefined;
  return (
    `The SARIF report holds the ${maxResults.toLocaleString('en-US')} most severe of ` +
    `${findingCount.toLocaleString('en-US')} findings: GitHub code scanning rejects a ` +
    `run with more results. To see the rest in code scanning, check fewer files ` +
    `(paths, exclude) or turn off checks in the config.`
  );
}

/** A SARIF 2.1.0 log whose rule ids are the check ids and whose regions are exact. */
export function buildSarif(
  findings: readonly Finding[],
  version: string,
  maxResults = SARIF_MAX_RESULTS,
): object {
  const rules = sarifRules();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  return sarifLog(
    rules,
    version,
    mostSevere(findings, maxResults).map((f) => sarifResult(f, ruleIndex)),
    sarifLeftOutMessage(findings.length, maxResults),
  );
}

/**
 * The text of `buildSarif`'s log as `JSON.stringify(log, null, 2)` writes it, with a
 * final newline, in pieces of about a megabyte (a thousand results).
 */
export function* sarifText(
  allFindings: readonly Finding[],
  version: string,
  maxResults = SARIF_MAX_RESULTS,
): Generator<string> {
  const rules = sarifRules();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const leftOut = sarifLeftOutMessage(allFindings.length, maxResults);
  const findings = mostSevere(allFindings, maxResults);
  yield* prettyJsonPieces(
    (results) => sarifLog(rules, version, results, leftOut),
    findings,
    (finding) => sarifResult(finding, ruleIndex),
  );
  yield '\n';
}

/**
 * At most `maxResults` findings, in their order: new findings before existing ones (with
 * a baseline), exempted ones last, and errors before warnings before notices within each
 * group, the earlier first.
 */
function mostSevere(
  findings: readonly Finding[],
  maxResults: number,
): readonly Finding[] {
  if (findings.length <= maxResults) return findings;

  const perRank = new Array<number>(RANKS).fill(0);
  for (const finding of findings) perRank[rankOf(finding)]++;
  let room = maxResults;
  const taken = perRank.map((count) => {
    const take = Math.min(count, room);
    room -= take;
    return take;
  });
  return findings.filter((finding) => {
    const rank = rankOf(finding);
    if (taken[rank] === 0) return false;
    taken[rank]--;
    return true;
  });
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
const RANKS = 9;

function rankOf(finding: Finding): number {
  const group = finding.exemption ? 2 : finding.existing ? 1 : 0;
  return group * 3 + SEVERITY_RANK[finding.severity];
}

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
          artifactLocation: { uri: pathUri(f.file), uriBaseId: '%SRCROOT%' },
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

/** A relative path as a URI reference: `#` and `?` in a name would start a fragment or query. */
function pathUri(path: string): string {
  return encodeURI(path).replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
}

function sarifLog(
  rules: object[],
  version: string,
  results: unknown[],
  leftOut: string | undefined,
): object {
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
        ...(leftOut
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: [
                    { level: 'warning', message: { text: leftOut } },
                  ],
                },
              ],
            }
          : {}),
        results,
      },
    ],
  };
}
