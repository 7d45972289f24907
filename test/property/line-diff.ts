/**
 * An independent line diff for the tests (longest common subsequence), so that what the
 * fix code reports about changed lines is not checked against itself.
 */
export interface LineChanges {
  removed: string[];
  added: string[];
}

/**
 * Lines only in `before` and lines only in `after`, split on `\n` (a `\r` stays), by
 * Myers' O(ND) shortest edit script: fixes change few lines of possibly large files.
 */
export function lineChanges(before: string, after: string): LineChanges {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Array<number>(2 * max + 3).fill(0);
  const trace: number[][] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push([...v]);
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  // Walk the trace back from the end to collect the removed and added lines.
  const removed: string[] = [];
  const added: string[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d];
    const k = x - y;
    const down =
      k === -d || (k !== d && previous[offset + k - 1] < previous[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = previous[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (down) added.unshift(b[prevY]);
    else removed.unshift(a[prevX]);
    x = prevX;
    y = prevY;
  }
  return { removed, added };
}

const POLICY_MEMBER =
  /, ?["']?imagePullPolicy["']? ?: ?["']?Always["']?|["']?imagePullPolicy["']? ?: ?["']?Always["']?, ?/g;

/**
 * Whether the changed lines are only the ones a pull-policy fix may touch: a line with
 * `imagePullPolicy` added or rewritten, a one-line flow mapping that gained the member,
 * or a JSON member that gained the comma before a new one.
 */
export function onlyPolicyLines(changes: LineChanges): string | undefined {
  for (const line of changes.added) {
    if (line.includes('imagePullPolicy')) continue;
    if (changes.removed.some((old) => gainedComma(old, line) || gainedBreak(old, line)))
      continue;
    return `unexpected added line ${JSON.stringify(line)}`;
  }
  for (const line of changes.removed) {
    const accounted = changes.added.some(
      (now) =>
        gainedComma(line, now) ||
        gainedBreak(line, now) ||
        (now.includes('imagePullPolicy') &&
          (line.includes('imagePullPolicy') || now.replace(POLICY_MEMBER, '') === line)),
    );
    if (!accounted) return `unexpected removed line ${JSON.stringify(line)}`;
  }
  return undefined;
}

/** A JSON member that gained the comma before a new member. */
function gainedComma(old: string, now: string): boolean {
  return now === `${old},` || now === `${old.replace(/\r$/, '')},\r`;
}

/** The last line of a CRLF file without a final newline, which a new last line follows. */
function gainedBreak(old: string, now: string): boolean {
  return now === `${old}\r`;
}
