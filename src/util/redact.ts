/**
 * Values that must never appear in anything the action prints. The runner masks what
 * `core.setSecret` registered in its own log, but not in text that leaves the runner
 * (API requests, comments) nor when the bundle runs outside a runner, so messages that
 * may quote a secret (API errors echo requests) pass through `redact` as well.
 */
const secrets = new Set<string>();

/** Registers a secret; values shorter than 6 characters are ignored as too common. */
export function registerSecret(value: string): void {
  if (value.length >= 6) secrets.add(value);
}

/** The text with every registered secret replaced by `***`. */
export function redact(text: string): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join('***');
  return result;
}
