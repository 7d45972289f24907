/**
 * Control characters written as escapes (`\n`, `\x1b`). A name from a manifest must not
 * start a new line, which in a GitHub Actions log (core.info writes text as it is) could
 * read as a workflow command (`::error ...`), nor move the cursor or clear a terminal.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (character) => {
    const named = NAMED_ESCAPES[character];
    return named ?? `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
