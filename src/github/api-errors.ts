import { redact } from '../util/redact.js';

// Apart from client.ts so that code the CLI shares with the action (the baseline's
// base versions) can describe API failures without loading Octokit.

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
