import * as core from '@actions/core';
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { redact, registerSecret } from '../util/redact.js';

export type Octokit = ReturnType<typeof github.getOctokit>;

/** A request that takes longer than this is abandoned and retried. */
const REQUEST_TIMEOUT_MS = Number(process.env.PODSPEC_CHECK_REQUEST_TIMEOUT_MS) || 30_000;
/**
 * A rate limit that asks for a longer wait than this is not waited for: the step would
 * sit idle (a primary limit can reset an hour later) and the run is better off reporting
 * what it has.
 */
const MAX_RATE_LIMIT_WAIT_S = 60;

/**
 * An Octokit that retries server errors and network failures with backoff and honours
 * GitHub's primary and secondary rate limits, through the maintained plugins. The token
 * is registered so that no message this action prints can quote it.
 */
export function createClient(token: string): Octokit {
  registerSecret(token);
  // Octokit merges `request` shallowly: keep the runner's proxy-aware fetch under ours.
  const baseFetch = (actionsDefaults.request?.fetch ?? fetch) as typeof fetch;
  return github.getOctokit(
    token,
    {
      request: {
        ...actionsDefaults.request,
        fetch: (url: string, init: RequestInit) =>
          baseFetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
      },
      retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => rateLimited('rate limit was reached', retryAfter, options, retryCount),
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => rateLimited('secondary rate limit was hit', retryAfter, options, retryCount),
      },
    },
    retry,
    throttling,
  );
}

/** Whether to wait out a rate limit: three times at most, and never for long. */
function rateLimited(
  what: string,
  retryAfter: number,
  options: { method: string; url: string },
  retryCount: number,
): boolean {
  const where = `${options.method} ${redact(options.url)}`;
  if (retryCount >= 3 || retryAfter > MAX_RATE_LIMIT_WAIT_S) {
    core.warning(
      `GitHub's ${what} on ${where} and asks to wait ${retryAfter} s; not retried.`,
    );
    return false;
  }
  core.warning(`GitHub's ${what} on ${where}; retrying in ${retryAfter} s.`);
  return true;
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
  // Redacted before it is cut, so that a cut cannot leave half a token behind.
  const text =
    typeof message === 'string'
      ? redact(message).split('\n')[0].slice(0, 300)
      : 'unknown error';
  return status ? `HTTP ${status}: ${text}` : text;
}
