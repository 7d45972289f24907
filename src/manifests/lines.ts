import { LineCounter } from 'yaml';

/**
 * The line starts of `text` as the parser's LineCounter records them (0, and the offset
 * after every `\n`), found with `indexOf` instead of during parsing, so that the parser
 * may be given a text whose skipped documents were blanked out on one line each.
 */
export function lineCounterOf(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    lineCounter.addNewLine(at + 1);
  }
  return lineCounter;
}
