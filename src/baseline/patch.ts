/** `@@ -12,3 +14,5 @@`: the old and new start lines, and the counts (1 when left out). */
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * The head line numbers a unified diff adds (`+` lines; a modified line is a removed
 * line followed by an added one). Takes GitHub's per-file `patch` (hunks only) as well
 * as `git diff` output with its headers, where sections that delete a file
 * (`+++ /dev/null`) add nothing.
 *
 * Hunk line counts decide where a hunk ends, so an added line that itself starts with
 * `++` or `@@` is not mistaken for a header.
 */
export function addedLines(diff: string): Set<number> {
  const added = new Set<number>();
  let oldLeft = 0;
  let newLeft = 0;
  let newLine = 0;
  let deletedFile = false;

  for (const line of diff.split('\n')) {
    if (oldLeft > 0 || newLeft > 0) {
      const tag = line.charAt(0);
      if (tag === '+') {
        if (!deletedFile) added.add(newLine);
        newLine++;
        newLeft--;
      } else if (tag === '-') {
        oldLeft--;
      } else if (tag !== '\\') {
        // A context line; some tools strip the space of an empty one.
        newLine++;
        newLeft--;
        oldLeft--;
      }
      continue;
    }
    if (line.startsWith('diff --git ')) {
      deletedFile = false;
      continue;
    }
    if (line.startsWith('+++ ')) {
      deletedFile = line.trimEnd() === '+++ /dev/null';
      continue;
    }
    const hunk = HUNK_HEADER.exec(line);
    if (hunk) {
      oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
      newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
      newLine = Number(hunk[3]);
    }
  }
  return added;
}
