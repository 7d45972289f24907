/**
 * The text `JSON.stringify(frameOf(items), null, 2)` makes, written `perPiece` items at a
 * time: a report of a hundred thousand findings is then never held whole, as objects
 * and again as one string. `frameOf` builds the report around the array it is given,
 * which stands for the items.
 */
export function* prettyJsonPieces<T>(
  frameOf: (items: unknown[]) => unknown,
  items: readonly T[],
  toJson: (item: T) => unknown,
  perPiece = 1000,
): Generator<string> {
  const text = JSON.stringify(frameOf([SLOT]), null, 2);
  const placeholder = JSON.stringify(SLOT);
  const at = text.indexOf(placeholder);
  const after = at + placeholder.length;
  if (at === -1 || text.includes(placeholder, after)) {
    throw new Error('prettyJsonPieces: the frame must hold the items array exactly once');
  }
  if (items.length === 0) {
    // An empty array is written `[]`, on the line of its key.
    yield (
      text.slice(0, text.lastIndexOf('[', at) + 1) + text.slice(text.indexOf(']', after))
    );
    return;
  }

  const lineStart = text.lastIndexOf('\n', at) + 1;
  yield text.slice(0, lineStart);
  // A batch is stringified as an array of its own, whose items sit two spaces in; they
  // are moved to the slot's depth. JSON strings hold no raw line breaks, so every line
  // break in the text starts a line of structure.
  const shift = ' '.repeat(at - lineStart - 2);
  for (let start = 0; start < items.length; start += perPiece) {
    const batch = JSON.stringify(
      items.slice(start, start + perPiece).map(toJson),
      null,
      2,
    );
    const inner = batch.slice(2, -2);
    const moved = shift ? shift + inner.replaceAll('\n', `\n${shift}`) : inner;
    yield start + perPiece >= items.length ? moved : `${moved},\n`;
  }
  yield text.slice(after);
}

/**
 * Stands for the items while the frame is written. A frame holds paths, reasons and
 * arguments, none of which can hold NUL; findings, which can, are never in the frame.
 */
const SLOT = '\u0000items\u0000';
