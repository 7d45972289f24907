import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { runEngine } from '../../src/engine/engine.js';
import type { Finding } from '../../src/engine/types.js';
import { toAnnotation } from '../../src/report/annotations.js';
import { escapeMarkdown, renderMessage } from '../../src/report/markdown.js';
import { buildSummary } from '../../src/report/summary.js';

const EVIL_NAME = '</details><img src=x onerror=alert(1)>';
const EVIL_IMAGE = 'evil`|</td><script>x</script>|`:1';

/** A manifest whose names, image and path try to break out of the report. */
function hostileFindings(): Finding[] {
  const text = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: "${EVIL_NAME} @octo-shop/admins"`,
    '  namespace: "ns|with|pipes"',
    'spec:',
    '  containers:',
    `  - name: "\`\`\`</code>${EVIL_NAME}"`,
    `    image: "${EVIL_IMAGE}"`,
    '',
  ].join('\n');
  const result = runEngine({
    files: [{ path: 'k8s/a) <img src=x>|`b`.yaml', text }],
    config: defaultConfig(),
  });
  return result.findings;
}

function summaryOf(findings: Finding[]): string {
  return buildSummary({
    findings,
    skipped: [{ path: `skipped${EVIL_NAME}.yaml`, reason: `reason ${EVIL_NAME}` }],
    filesChecked: 1,
    containersChecked: 1,
    failed: true,
    checkName: 'podspec-check',
    blobUrl: 'https://github.com/o/r/blob/abc/',
    notes: [],
    maxLength: 65_535,
  });
}

describe('text from manifests cannot break or inject into the report', () => {
  it('finds the hostile container, so the report has something to escape', () => {
    const findings = hostileFindings();
    expect(findings.some((f) => f.checkId === 'image-pull-policy')).toBe(true);
  });

  it('leaves no live HTML from names, images, values or paths in the summary', () => {
    const summary = summaryOf(hostileFindings());
    expect(summary).not.toMatch(/<img/i);
    expect(summary).not.toMatch(/<script/i);
    expect(summary).not.toContain('onerror=alert(1)>');
    // Every <details> we open is closed, and no manifest text closes one early.
    const opened = summary.match(/<details>/g)?.length ?? 0;
    expect(summary.match(/<\/details>/g)?.length ?? 0).toBe(opened);
    expect(summary.match(/<code>/g)?.length).toBe(summary.match(/<\/code>/g)?.length);
  });

  it('keeps every table row at the column count of the header', () => {
    const summary = summaryOf(hostileFindings());
    const rows = summary.split('\n').filter((line) => line.startsWith('| '));
    expect(rows.length).toBeGreaterThan(1);
    // Cells are separated by unescaped pipes; escaped ones are entities.
    for (const row of rows) expect(row.split('|').length).toBe(rows[0].split('|').length);
  });

  it('does not let a manifest mention users or teams', () => {
    const summary = summaryOf(hostileFindings());
    expect(summary).not.toMatch(/(^|[^&#\w])@octo-shop/);
  });

  it('keeps the link target intact when the file name holds parentheses', () => {
    const summary = summaryOf(hostileFindings());
    const link = /\]\((https:\/\/github\.com\/o\/r\/blob\/abc\/[^)\s]*)\)/.exec(summary);
    expect(link?.[1]).toContain('a%29%20%3Cimg%20src%3Dx%3E%7C%60b%60.yaml#L');
  });

  it('escapes stray backticks so they cannot open a code span', () => {
    expect(escapeMarkdown('a`b')).toBe('a\\`b');
    expect(renderMessage('image `evil`|x` here')).not.toMatch(/(^|[^\\])`/);
  });

  it('keeps entities whole when escaping pipes and at signs', () => {
    expect(escapeMarkdown('a|b@c#d')).toBe('a&#124;b&#64;c\\#d');
  });

  it('sends annotations as plain text within the API limits', () => {
    for (const finding of hostileFindings()) {
      const annotation = toAnnotation({ ...finding, message: 'x'.repeat(70_000) });
      expect(annotation.message.length).toBeLessThanOrEqual(64 * 1024);
      expect(annotation.title.length).toBeLessThanOrEqual(255);
    }
  });
});
