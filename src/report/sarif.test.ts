import { describe, expect, it } from 'vitest';
import type { Finding } from '../engine/types.js';
import { buildSarif, sarifText } from './sarif.js';

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
