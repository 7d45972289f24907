import * as core from '@actions/core';
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof github.getOctokit>;

/** A request that takes longer than this is abandoned and retried. */
const REQUEST_TIMEOUT_MS = Number(process.env.PODSPEC_CHECK_REQUEST_TIMEOUT_MS) || 30_000;

/**
 * An Octokit that retries server errors and network failures with backoff and honours
 * GitHub's primary and secondary rate limits, through the maintained plugins.
 */
export function createClient(token: string): Octokit {
  return github.getOctokit(
    token,
    {
      request: {
        fetch: (url: string, init: RequestInit) =>
          fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
      },
      retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          core.warning(
            `GitHub's rate limit was reached on ${options.method} ${options.url}; retrying in ${retryAfter} s.`,
          );
          return retryCount < 3;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          core.warning(
            `GitHub's secondary rate limit was hit on ${options.method} ${options.url}; retrying in ${retryAfter} s.`,
          );
          return retryCount < 3;
        },
      },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * A short description of an API failure that never contains the token: Octokit errors
 * carry the request, whose headers hold it, so only status and message are used.
 */
export function describeApiError(error: unknown): string {
  const status = statusOf(error);
  const message = (error as { message?: unknown })?.message;
  const text =
    typeof message === 'string' ? message.split('\n')[0].slice(0, 300) : 'unknown error';
  return status ? `HTTP ${status}: ${text}` : text;
}
