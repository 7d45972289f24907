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
  const rules = [
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
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));

  const results = findings.map((f) => ({
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
  }));

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
