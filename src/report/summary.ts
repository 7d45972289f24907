import { CHECKS_BY_ID } from '../checks/catalogue/index.js';
import type { Finding, SkippedFile } from '../engine/types.js';
import {
  compareFindings,
  counted,
  countFindings,
  plural,
  type Counts,
} from './counts.js';
import { escapeHtml, escapeMarkdown, renderMessage } from './markdown.js';

export interface SummaryInput {
  findings: readonly Finding[];
  skipped: readonly SkippedFile[];
  filesChecked: number;
  containersChecked: number;
  failed: boolean;
  checkName: string;
  /** `https://github.com/owner/repo/blob/<sha>/` for links to the lines, if known. */
  blobUrl?: string;
  /** Extra paragraphs: fix results, capabilities that were unavailable, and so on. */
  notes?: readonly string[];
  /** Hidden first line that identifies the sticky comment. */
  marker?: string;
  /** Hard limit on the length of the result. */
  maxLength: number;
  /** With only-new: what the findings were compared with, and what the change fixed. */
  comparison?: SummaryComparison;
}

/** The base side of an only-new run, for the three counts and the list of fixes. */
export interface SummaryComparison {
  /** How the change is named: `this pull request`, `this push`. */
  change: string;
  /** The commit the findings were compared with. */
  baseSha: string;
  /** Base findings gone at the head. */
  fixed: readonly Finding[];
}

const ICON = { error: '🔴', warning: '🟡', notice: '🔵' } as const;

/** The Markdown report shared by the check run, the sticky comment and the job summary. */
export function buildSummary(input: SummaryInput): string {
  const counts = countFindings(input.findings);
  const head: string[] = [];
  if (input.marker) head.push(input.marker);
  head.push(`### ${title(input, counts)}`, '');
  if (input.comparison) head.push(comparisonLine(input.comparison, counts), '');
  head.push(scopeLine(input, counts), '');
  for (const note of input.notes ?? []) head.push(note, '');

  const tail: string[] = [];
  if (input.comparison && input.comparison.fixed.length > 0) {
    tail.push(...fixedList(input.comparison), '');
  }
  const shownChecks = new Set(counted(input.findings).map((f) => f.checkId));
  if (shownChecks.size > 0) {
    tail.push(
      '<details><summary>Why these checks matter and how to fix them</summary>',
      '',
    );
    for (const id of [...shownChecks].sort()) {
      const check = CHECKS_BY_ID.get(id);
      if (!check) continue;
      tail.push(
        `- **\`${id}\`**: ${renderMessage(check.why)} ${renderMessage(check.howToFix)}`,
      );
    }
    tail.push('', '</details>', '');
  }
  if (input.skipped.length > 0) {
    tail.push(
      `<details><summary>${plural(input.skipped.length, 'file')} not checked</summary>`,
      '',
    );
    for (const skip of input.skipped.slice(0, 200)) {
      tail.push(`- ${code(skip.path)}: ${escapeMarkdown(skip.reason)}`);
    }
    if (input.skipped.length > 200)
      tail.push(`- … and ${input.skipped.length - 200} more`);
    tail.push('', '</details>', '');
  }

  const rows = tableOrder(input.findings);
  const budget = input.maxLength - join(head).length - join(tail).length - 400;
  const table: string[] = [];
  let used = 0;
  let shown = 0;
  // Rows are rendered only while they fit: a run with 100,000 findings shows a few
  // hundred, and rendering the rest cost seconds.
  for (const finding of rows) {
    const row = tableRow(input, finding);
    if (used + row.length + 1 > budget) break;
    table.push(row);
    used += row.length + 1;
    shown++;
  }
  const body = [...head];
  if (rows.length > 0) {
    body.push(
      '| | Check | Where | Object | Container | Problem |',
      '|---|---|---|---|---|---|',
    );
    body.push(...table, '');
    if (shown < rows.length) {
      body.push(
        `_${rows.length - shown} more findings are not listed here to stay within GitHub's size limit; the check run's annotations and the SARIF report have all of them._`,
        '',
      );
    }
  }
  body.push(...tail);
  const text = join(body);
  return text.length <= input.maxLength
    ? text
    : `${text.slice(0, input.maxLength - 40)}\n\n_(report cut to fit)_\n`;
}

function title(input: SummaryInput, counts: Counts): string {
  const fresh = input.comparison ? 'new ' : '';
  if (counts.findings === 0) {
    return `✅ ${escapeMarkdown(input.checkName)}: no ${fresh}findings`;
  }
  const parts = [];
  if (counts.errors) parts.push(plural(counts.errors, `${fresh}error`));
  if (counts.warnings) parts.push(plural(counts.warnings, `${fresh}warning`));
  if (counts.notices) parts.push(plural(counts.notices, `${fresh}notice`));
  const icon = input.failed ? '❌' : '⚠️';
  return `${icon} ${escapeMarkdown(input.checkName)}: ${parts.join(', ')}`;
}

function scopeLine(input: SummaryInput, counts: Counts): string {
  const parts = [
    `Checked ${plural(input.filesChecked, 'file')} and ${plural(input.containersChecked, 'container')}.`,
  ];
  if (counts.existing)
    parts.push(`${counts.existing} existed before this change and do not count.`);
  if (counts.exempted)
    parts.push(`${counts.exempted} exempted (listed with their reasons).`);
  if (input.failed)
    parts.push('The run fails because findings reach the `fail-on` severity.');
  return parts.join(' ');
}

/** New first: a reviewer reads what the change introduced before what it inherited. */
function comparisonLine(comparison: SummaryComparison, counts: Counts): string {
  return `**New: ${counts.findings}** · Existing: ${counts.existing} · Fixed by ${escapeMarkdown(comparison.change)}: ${comparison.fixed.length} (compared with ${comparison.baseSha.slice(0, 7)})`;
}

function fixedList(comparison: SummaryComparison): string[] {
  const lines = [
    `<details><summary>${plural(comparison.fixed.length, 'finding')} fixed by ${escapeHtml(comparison.change)}</summary>`,
    '',
  ];
  for (const f of [...comparison.fixed].sort(compareFindings).slice(0, 100)) {
    const object = f.object
      ? ` of ${escapeMarkdown(`${f.object.kind} ${f.object.namespace ? `${f.object.namespace}/` : ''}${f.object.name}`)}`
      : '';
    const container = f.container ? ` container "${escapeMarkdown(f.container)}"` : '';
    lines.push(`- \`${f.checkId}\`${container}${object} in ${code(f.file)}`);
  }
  if (comparison.fixed.length > 100)
    lines.push(`- … and ${comparison.fixed.length - 100} more`);
  lines.push('', '</details>');
  return lines;
}

/** Counted findings first, then exempted and existing ones, each most severe first. */
function tableOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      Number(Boolean(a.exemption || a.existing)) -
        Number(Boolean(b.exemption || b.existing)) || compareFindings(a, b),
  );
}

function tableRow(input: SummaryInput, f: Finding): string {
  const where = `${f.file}:${f.range.line}`;
  const link = input.blobUrl
    ? `[${escapeMarkdown(where)}](${input.blobUrl}${encodePath(f.file)}#L${f.range.line})`
    : code(where);
  const object = f.object
    ? escapeMarkdown(
        `${f.object.kind} ${f.object.namespace ? `${f.object.namespace}/` : ''}${f.object.name}`,
      )
    : '';
  let problem = `${renderMessage(f.message)} ${renderMessage(f.fix)}`;
  if (f.exemption) problem = `_Exempted: ${escapeMarkdown(f.exemption)}._ ${problem}`;
  if (f.existing) problem = `_Existing before this change._ ${problem}`;
  const icon = f.exemption || f.existing ? '⚪' : ICON[f.severity];
  return `| ${icon} | \`${f.checkId}\` | ${link} | ${object} | ${escapeMarkdown(f.container ?? '')} | ${problem} |`;
}

/** Inline code that stays inert and inside its table cell whatever the text holds. */
function code(text: string): string {
  return `<code>${escapeHtml(text.replace(/[\r\n]+/g, ' '))
    .replace(/\|/g, '&#124;')
    .replace(/@/g, '&#64;')}</code>`;
}

function encodePath(path: string): string {
  // Parentheses too: a `)` in a file name would end the Markdown link early.
  return path
    .split('/')
    .map((part) =>
      encodeURIComponent(part).replace(
        /[()]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}

function join(lines: string[]): string {
  return lines.join('\n');
}
