/**
 * Line arithmetic on the original text. Offsets are JavaScript string indices, the same
 * unit the `yaml` parser reports, so a byte-order mark counts as one character.
 */

/** Offset of the first character of the line that holds `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the line break (`\r\n` or `\n`) that ends the line holding `offset`, or the end of the text. */
export function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return text.length;
  return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}

/**
 * The line break to write next to `offset`: the one that ends its line, else the first
 * one in the file, else `\n`. Files that mix endings keep each line's own.
 */
export function newlineNear(text: string, offset: number): string {
  const end = lineEnd(text, offset);
  if (end < text.length) return text[end] === '\r' ? '\r\n' : '\n';
  const first = text.indexOf('\n');
  if (first === -1) return '\n';
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * The whitespace that puts a new line's key in the same column as the key at `offset`.
 * Sequence dashes and a byte-order mark before it become spaces or vanish; tabs stay.
 */
export function indentBefore(text: string, offset: number): string {
  return text
    .slice(lineStart(text, offset), offset)
    .replace(/\uFEFF/g, '')
    .replace(/[^\t]/g, ' ');
}

/** Whether only whitespace precedes `offset` on its line (a byte-order mark counts as none). */
export function startsLine(text: string, offset: number): boolean {
  return /^[\uFEFF \t]*$/.test(text.slice(lineStart(text, offset), offset));
}
