import type { Octokit } from './client.js';
import { statusOf } from './client.js';

/** The login that GITHUB_TOKEN writes as; `GET /user` answers 403 for that token. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who the token writes as, so that only our own comments are ever edited. A personal
 * token answers `GET /user`; the workflow token does not and writes as the Actions bot.
 */
export async function tokenLogin(octokit: Octokit): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 401 || status === 404) return ACTIONS_BOT;
    throw error;
  }
}

/**
 * The login a token writes as, when its shape tells: installation tokens (`ghs_`), which
 * is what the workflow token is, cannot call `GET /user` anyway and write as the Actions
 * bot. Undefined for other tokens, which are asked.
 */
export function loginFromTokenShape(token: string): string | undefined {
  return token.startsWith('ghs_') ? ACTIONS_BOT : undefined;
}
