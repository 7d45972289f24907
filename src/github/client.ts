import * as core from '@actions/core';
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { redact, registerSecret } from '../util/redact.js';
import { httpFetch } from './http-fetch.js';

export type Octokit = ReturnType<typeof github.getOctokit>;
export { describeApiError, statusOf } from './api-errors.js';

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
  // Octokit merges `request` shallowly: keep the runner's settings under ours.
  const baseFetch = transport();
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

/**
 * How requests leave: through the runner's proxy when it has one for the API (the
 * undici fetch that @actions/github sets up for it), else on node:http, which starts
 * sooner (see http-fetch.ts).
 */
function transport(): typeof fetch {
  const apiUrl = new URL(actionsDefaults.baseUrl ?? 'https://api.github.com');
  if (getProxyUrl(apiUrl)?.hostname) {
    return (actionsDefaults.request?.fetch ?? fetch) as typeof fetch;
  }
  // Octokit reads only what FetchResponse has.
  return httpFetch as unknown as typeof fetch;
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
