/** A document's text between its markers, as `splitDocuments` finds it. */
export interface DocumentSpan {
  /** Offset of the `---` line that opens the document, or -1 when there is none. */
  marker: number;
  /** First offset of the body: after the marker line, or where the span starts. */
  body: number;
  /** End of the span: the next marker line, or the end of the text. */
  end: number;
}

/**
 * The documents of a file as spans of text between `---` lines, found without parsing.
 * Returns undefined for a file whose boundaries are not that simple: a byte-order mark,
 * a directive (`%YAML`, `%TAG`) or a document end marker (`...`); such a file is parsed
 * whole. A span with text after its `---` on the marker line is marked `inline`.
 */
export function splitDocuments(
  text: string,
): (DocumentSpan & { inline: boolean })[] | undefined {
  if (text.charCodeAt(0) === 0xfeff || /^%/m.test(text)) return undefined;

  const markers = new MarkerScanner(text);
  const spans: (DocumentSpan & { inline: boolean })[] = [];
  let marker = -1;
  let body = 0;
  let inline = false;
  for (;;) {
    const next = markers.next(body);
    const end = next === -1 ? text.length : next;
    if (marker !== -1 || end > body) spans.push({ marker, body, end, inline });
    if (next === -1) break;
    if (text.startsWith('...', next)) return undefined;
    const lineEnd = text.indexOf('\n', next);
    // Only spaces and tabs are YAML's white space; trim() would also take a no-break
    // space or a BOM, which the parser reads as content.
    inline = /[^ \t\r]/.test(
      text.slice(next + 3, lineEnd === -1 ? text.length : lineEnd),
    );
    marker = next;
    body = lineEnd === -1 ? text.length : lineEnd + 1;
  }
  return spans;
}

/**
 * Finds document markers: `---` or `...` at column 0, then whitespace or the end of
 * the line. The `yaml` parser ends a document at such a line in every context, even
 * inside a quoted or block scalar, so the boundaries need no parsing. The positions of
 * the next candidates are kept, so a file is searched once whatever its document count.
 */
export class MarkerScanner {
  private dashes = -2;
  private dots = -2;

  constructor(private readonly text: string) {}

  /** The first marker line at or after the line that starts at `from`, or -1. */
  next(from: number): number {
    const text = this.text;
    if (isMarkerAt(text, from)) return from;
    let at = from;
    for (;;) {
      if (this.dashes !== -1 && this.dashes < at) this.dashes = text.indexOf('\n---', at);
      if (this.dots !== -1 && this.dots < at) this.dots = text.indexOf('\n...', at);
      const candidate =
        this.dashes === -1
          ? this.dots
          : this.dots === -1
            ? this.dashes
            : Math.min(this.dashes, this.dots);
      if (candidate === -1) return -1;
      if (isMarkerAt(text, candidate + 1)) return candidate + 1;
      at = candidate + 1;
    }
  }
}

function isMarkerAt(text: string, at: number): boolean {
  if (!text.startsWith('---', at) && !text.startsWith('...', at)) return false;
  if (at + 3 >= text.length) return true;
  const code = text.charCodeAt(at + 3);
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
