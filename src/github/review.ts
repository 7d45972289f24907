import type { Octokit } from './client.js';
import type { RepoRef } from './repo.js';

/** One review comment on the head side of the pull request's diff. */
export interface ReviewComment {
  path: string;
  /** Last line of the commented range, in the head version of the file. */
  line: number;
  side: 'RIGHT';
  /** First line of a multi-line range. */
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

export interface Review {
  body: string;
  comments: ReviewComment[];
}

/**
 * The head-side lines that a pull request file's patch shows (added and context lines).
 * GitHub accepts review comments only on those.
 */
export function linesInPatch(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (!patch) return lines;
  let line = 0;
  let inHunk = false;
  for (const text of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) {
      line = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk || text.startsWith('\\')) continue;
    if (text.startsWith('-')) continue;
    lines.add(line);
    line++;
  }
  return lines;
}

/**
 * A ```suggestion block that replaces the commented lines with `lines`. GitHub puts
 * the lines in as they are, so a line of a CRLF file must keep its `\r`.
 */
export function suggestionBlock(lines: readonly string[]): string {
  const fence = lines.some((l) => l.includes('```')) ? '````' : '```';
  return `${fence}suggestion\n${lines.join('\n')}\n${fence}`;
}

/**
 * Posts one review with event COMMENT on the head commit: suggestions on the lines in
 * the diff, and the rest in the body.
 */
export async function postReview(
  octokit: Octokit,
  repo: RepoRef,
  pullNumber: number,
  headSha: string,
  review: Review,
): Promise<{ id: number; url: string }> {
  const { data } = await octokit.rest.pulls.createReview({
    ...repo,
    pull_number: pullNumber,
    commit_id: headSha,
    event: 'COMMENT',
    body: review.body,
    comments: review.comments,
  });
  return { id: data.id, url: data.html_url };
}
