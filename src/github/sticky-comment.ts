import type { Octokit } from './client.js';
import type { RepoRef } from './repo.js';

/** GitHub's limit on a comment body. */
export const COMMENT_LIMIT = 65_536;

export interface StickyComment {
  id: number;
  url: string;
  body: string;
}

/** The hidden first line that finds the comment again; it names the check. */
export function commentMarker(checkName: string): string {
  return `<!-- podspec-check:${checkName.replace(/--+/g, '-').replace(/[<>]/g, '')} -->`;
}

/** A second hidden line that records which head commit the comment describes. */
export function headMarker(headSha: string): string {
  return `<!-- podspec-check-head:${headSha} -->`;
}

export function headOfComment(body: string): string | undefined {
  return /<!-- podspec-check-head:([0-9a-f]{7,64}) -->/.exec(body)?.[1];
}

interface ApiComment {
  id: number;
  html_url: string;
  body?: string;
  user: { login: string } | null;
}

/**
 * Our own comments that carry the marker, oldest first. Comments by anybody else are
 * never candidates, even when they quote the marker.
 */
export async function findStickyComments(
  octokit: Octokit,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  login: () => Promise<string>,
): Promise<StickyComment[]> {
  const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  })) as ApiComment[];
  const marked = comments.filter((c) => (c.body ?? '').startsWith(marker));
  // Who the token is only matters when some comment carries the marker.
  if (marked.length === 0) return [];
  const me = await login();
  return marked
    .filter((c) => c.user?.login === me)
    .sort((a, b) => a.id - b.id)
    .map((c) => ({ id: c.id, url: c.html_url, body: c.body ?? '' }));
}

export async function createComment(
  octokit: Octokit,
  repo: RepoRef,
  issueNumber: number,
  body: string,
): Promise<StickyComment> {
  const { data } = await octokit.rest.issues.createComment({
    ...repo,
    issue_number: issueNumber,
    body,
  });
  return { id: data.id, url: data.html_url, body };
}

export async function updateComment(
  octokit: Octokit,
  repo: RepoRef,
  commentId: number,
  body: string,
): Promise<StickyComment> {
  const { data } = await octokit.rest.issues.updateComment({
    ...repo,
    comment_id: commentId,
    body,
  });
  return { id: data.id, url: data.html_url, body };
}

export async function deleteComment(
  octokit: Octokit,
  repo: RepoRef,
  commentId: number,
): Promise<void> {
  await octokit.rest.issues.deleteComment({ ...repo, comment_id: commentId });
}
