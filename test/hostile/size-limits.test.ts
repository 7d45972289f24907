import { describe, expect, it } from 'vitest';
import { annotatedFindings, MAX_CHECK_ANNOTATIONS } from '../../src/action/publish.js';
import { defaultConfig } from '../../src/config/types.js';
import { runEngine } from '../../src/engine/engine.js';
import { CHECK_SUMMARY_LIMIT } from '../../src/github/check-run.js';
import { COMMENT_LIMIT } from '../../src/github/sticky-comment.js';
import { buildSummary } from '../../src/report/summary.js';

/** One Deployment with thousands of containers, each with a long, wide-character name. */
function manyFindings() {
  const containers = Array.from(
    { length: 3000 },
    (_, i) => `      - {name: "名前-${'长'.repeat(60)}-${i}", image: "nginx:1"}`,
  );
  const text = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: big}\nspec:\n  template:\n    spec:\n      containers:\n${containers.join('\n')}\n`;
  return runEngine({ files: [{ path: 'big.yaml', text }], config: defaultConfig() })
    .findings;
}

describe('very many findings stay within every GitHub size limit, with a note', () => {
  const findings = manyFindings();
  const summary = (maxLength: number) =>
    buildSummary({
      findings,
      skipped: [],
      filesChecked: 1,
      containersChecked: 3000,
      failed: true,
      checkName: 'podspec-check',
      notes: [],
      maxLength,
    });

  it('caps annotations and counts the rest', () => {
    const { shown, omitted } = annotatedFindings(findings);
    expect(shown).toHaveLength(MAX_CHECK_ANNOTATIONS);
    expect(omitted).toBe(findings.length - MAX_CHECK_ANNOTATIONS);
  });

  it('fits the check run summary and says how many rows were left out', () => {
    const text = summary(CHECK_SUMMARY_LIMIT);
    expect(text.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT);
    expect(text).toMatch(/_\d+ more findings are not listed here/);
  });

  it('fits the comment limit', () => {
    expect(summary(COMMENT_LIMIT - 200).length).toBeLessThanOrEqual(COMMENT_LIMIT);
  });
});
