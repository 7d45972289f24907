import type * as github from '@actions/github';

type Context = typeof github.context;

/** What the workflow run is about, read from the event payload. */
export interface RunTarget {
  event: string;
  kind: 'pull_request' | 'push' | 'other';
  /** The commit the findings belong to: the pull request's head, or the pushed commit. */
  headSha: string;
  /** The pull request's base commit, or the commit before the push. */
  baseSha?: string;
  pullNumber?: number;
  /** The pull request comes from another repository: its token is read-only. */
  fromFork: boolean;
  headRef?: string;
  headRepo?: string;
}

const ZERO_SHA = /^0+$/;

export function describeEvent(context: Context): RunTarget {
  const payload = context.payload as Record<string, unknown> & {
    pull_request?: {
      number: number;
      head: { sha: string; ref: string; repo?: { full_name?: string } | null };
      base: { sha: string; repo?: { full_name?: string } | null };
    };
    before?: string;
    after?: string;
  };
  const event = context.eventName;

  if (
    (event === 'pull_request' || event === 'pull_request_target') &&
    payload.pull_request
  ) {
    const pr = payload.pull_request;
    const headRepo = pr.head.repo?.full_name;
    const baseRepo =
      pr.base.repo?.full_name ?? `${context.repo.owner}/${context.repo.repo}`;
    return {
      event,
      kind: 'pull_request',
      headSha: pr.head.sha,
      baseSha: pr.base.sha,
      pullNumber: pr.number,
      fromFork: headRepo !== undefined && headRepo !== baseRepo,
      headRef: pr.head.ref,
      headRepo,
    };
  }

  if (event === 'push') {
    const before = payload.before;
    return {
      event,
      kind: 'push',
      headSha:
        payload.after && !ZERO_SHA.test(payload.after) ? payload.after : context.sha,
      baseSha: before && !ZERO_SHA.test(before) ? before : undefined,
      fromFork: false,
    };
  }

  return { event, kind: 'other', headSha: context.sha, fromFork: false };
}
