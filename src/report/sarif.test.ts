import { describe, expect, it } from 'vitest';
import type { Finding } from '../engine/types.js';
import { buildSarif, sarifLeftOutMessage, sarifText } from './sarif.js';

function finding(index: number, extra: Partial<Finding> = {}): Finding {
  return {
    checkId: index % 2 ? 'image-pull-policy' : 'yaml-syntax',
    severity: index % 3 ? 'error' : 'notice',
    file: `apps/web ${index}/deployment.yaml`,
    range: { line: index + 1, column: 3, endLine: index + 2, endColumn: 9 },
    message: `Container "web" has a "quoted" message\nwith a line break ${index}.`,
    why: 'Why.',
    fix: 'Set imagePullPolicy: Always.',
    object: { kind: 'Deployment', name: `web-${index}`, namespace: '' },
    container: 'web',
    ...extra,
  };
}

describe('sarifText', () => {
  it('writes in pieces exactly the text JSON.stringify makes of the whole log', () => {
    const cases: Finding[][] = [
      [],
      [finding(0)],
      [finding(1, { exemption: 'vendor chart' }), finding(2, { existing: true })],
      // Enough findings for several pieces of about a megabyte.
      Array.from({ length: 4_000 }, (_, index) => finding(index)),
    ];
    for (const findings of cases) {
      const pieces = [...sarifText(findings, '1.2.3')];
      const whole = `${JSON.stringify(buildSarif(findings, '1.2.3'), null, 2)}\n`;
      expect(pieces.join('')).toBe(whole);
      if (findings.length === 4_000) expect(pieces.length).toBeGreaterThan(1);
    }
  });
});

describe('the result limit', () => {
  const findings = Array.from({ length: 40 }, (_, index) =>
    finding(index, {
      severity: index % 4 === 0 ? 'error' : index % 4 === 1 ? 'warning' : 'notice',
      ...(index === 0 ? { exemption: 'vendor chart' } : {}),
    }),
  );

  it('keeps the most severe active findings, in their order, and says what it left out', () => {
    const log = JSON.parse([...sarifText(findings, '1.2.3', 12)].join('')) as {
      runs: {
        results: { level: string; message: { text: string }; suppressions?: unknown }[];
        invocations?: { toolExecutionNotifications: { message: { text: string } }[] }[];
      }[];
    };
    const [run] = log.runs;

    // Nine active errors (4, 8, ..., 36) and the first three warnings.
    expect(run.results.map((result) => result.level)).toEqual([
      'warning',
      'error',
      'warning',
      'error',
      'warning',
      'error',
      'error',
      'error',
      'error',
      'error',
      'error',
      'error',
    ]);
    expect(run.results.some((result) => result.suppressions)).toBe(false);
    expect(run.invocations?.[0].toolExecutionNotifications[0].message.text).toBe(
      sarifLeftOutMessage(40, 12),
    );
    expect(sarifLeftOutMessage(40, 12)).toMatch(
      /holds the 12 most severe of 40 findings/,
    );
  });

  it('writes the same text in pieces as in one log, and nothing extra under the limit', () => {
    const pieces = [...sarifText(findings, '1.2.3', 12)].join('');
    expect(pieces).toBe(
      `${JSON.stringify(buildSarif(findings, '1.2.3', 12), null, 2)}\n`,
    );
    expect([...sarifText(findings, '1.2.3', 40)].join('')).not.toMatch(/invocations/);
    expect(sarifLeftOutMessage(40, 40)).toBeUndefined();
  });
});

describe('the result limit with a baseline', () => {
  it('keeps new findings before existing ones of the same or higher severity', () => {
    const findings = [
      finding(0, { severity: 'error', existing: true }),
      finding(1, { severity: 'notice' }),
      finding(2, { severity: 'warning' }),
    ];
    const log = JSON.parse([...sarifText(findings, '1.2.3', 2)].join('')) as {
      runs: { results: { level: string; baselineState?: string }[] }[];
    };
    expect(log.runs[0].results).toEqual([
      expect.objectContaining({ level: 'note' }),
      expect.objectContaining({ level: 'warning' }),
    ]);
  });
});

describe('result locations', () => {
  it('writes a path with # and ? as a URI that still names the file', () => {
    const log = JSON.parse(
      [...sarifText([finding(1, { file: 'apps/a#b?c%d é.yaml' })], '1.2.3')].join(''),
    ) as {
      runs: {
        results: {
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe('apps/a%23b%3Fc%25d%20%C3%A9.yaml');
    expect(decodeURIComponent(uri)).toBe('apps/a#b?c%d é.yaml');
  });
});
