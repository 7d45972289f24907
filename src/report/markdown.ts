import { cut } from '../util/cut.js';

/**
 * Text from manifests (names, images, values) ends up in comments and summaries. These
 * helpers make it inert: HTML is escaped, table pipes are encoded, and code spans that
 * the messages use become `<code>` elements with escaped content.
 */
const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML[c]);
}

/** Plain text safe to place in Markdown, also inside a table cell. */
export function escapeMarkdown(text: string): string {
  // A stray backtick would pair with a later one and swallow the rest of the line into
  // a code span; `@` would let a manifest mention (and notify) any user or team.
  // Entities come last so that their `#` is not escaped in turn.
  return escapeHtml(text.replace(/[\r\n]+/g, ' '))
    .replace(/([\\*_[\]~#!`])/g, '\\$1')
    .replace(/\|/g, '&#124;')
    .replace(/@/g, '&#64;');
}

/** A message with `code` spans, rendered safe for a Markdown table cell. */
export function renderMessage(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length >= 2
        ? `<code>${escapeHtml(part.slice(1, -1).replace(/[\r\n]+/g, ' '))
            .replace(/\|/g, '&#124;')
            .replace(/@/g, '&#64;')}</code>`
        : escapeMarkdown(part),
    )
    .join('');
}

/** A user value as it appears inside a message's code span: no backticks, one line. */
export function quoteValue(value: string, max = 120): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  const flat = value.replace(/`/g, "'").replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return cut(flat, max);
}
