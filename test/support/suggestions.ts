/**
 * What GitHub does when the author commits a review suggestion, so tests can check the
 * bytes a suggestion leaves in the file, not only the text of the comment.
 *
 * GitHub's diff splits a file on `\n` alone (a CRLF line is a line ending in `\r`), and
 * the suggestion is the text between the fence lines, split the same way: the commented
 * lines `start_line`..`line` are replaced by the suggested lines verbatim, and the line
 * break after the range stays. That is why suggestions typed in a browser, whose text
 * area sends `\r\n`, put CRLF lines into LF files, and why a suggestion that drops the
 * `\r` turns a CRLF line into an LF one.
 */

/** A review comment as the review payload carries it. */
export interface SuggestionComment {
  line: number;
  start_line?: number;
  body: string;
}

/**
 * The suggested text of a comment: what lies between the ```suggestion line and its
 * closing fence (of the same length), or undefined when the body has no suggestion.
 * @param body the comment body
 */
export function suggestedText(body: string): string | undefined {
  const open = /^(`{3,})suggestion\r?\n/m.exec(body);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const close = body.indexOf(`\n${open[1]}`, start - 1);
  if (close < 0) return undefined;
  return close < start ? '' : body.slice(start, close);
}

/**
 * The file after committing every suggestion of the comments, as GitHub applies them.
 * The comments must not overlap (GitHub refuses to batch overlapping ones).
 * @param text the head version of the file
 * @param comments the review's comments; those without a suggestion are ignored
 */
export function applySuggestions(
  text: string,
  comments: readonly SuggestionComment[],
): string {
  const lines = text.split('\n');
  // Bottom up, so earlier line numbers stay valid.
  const sorted = [...comments].sort((a, b) => b.line - a.line);
  for (const comment of sorted) {
    const suggested = suggestedText(comment.body);
    if (suggested === undefined) continue;
    const first = comment.start_line ?? comment.line;
    const replacement = suggested === '' ? [] : suggested.split('\n');
    lines.splice(first - 1, comment.line - first + 1, ...replacement);
  }
  return lines.join('\n');
}
