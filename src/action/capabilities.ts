import * as core from '@actions/core';
import { describeApiError, statusOf } from '../github/client.js';
import { escapeMarkdown } from '../report/markdown.js';

/**
 * Tracks the API capabilities (check runs, comments, reviews, contents) that this token
 * turned out not to have. A 403 on one degrades that one alone, with one warning.
 */
export class Capabilities {
  private readonly lost = new Map<string, string>();

  available(name: string): boolean {
    return !this.lost.has(name);
  }

  /** Runs an API step; a refusal or failure is recorded and reported once. */
  async attempt<T>(
    name: string,
    what: string,
    step: () => Promise<T>,
  ): Promise<T | undefined> {
    if (this.lost.has(name)) return undefined;
    try {
      return await step();
    } catch (error) {
      const status = statusOf(error);
      const explain = (detail: string) =>
        status === 403 || status === 404
          ? `the token may not ${what} (${detail}); on pull requests from forks GitHub gives the workflow a read-only token. Grant the permission in the workflow's \`permissions:\` block, or accept the fallback`
          : `${what} failed: ${detail}`;
      // The API's own words go into Markdown too; they are the server's text, not ours.
      this.lost.set(name, explain(escapeMarkdown(describeApiError(error))));
      core.warning(`Could not ${what}: ${explain(describeApiError(error))}.`);
      return undefined;
    }
  }

  /** One line per lost capability, for the summary. */
  notes(): string[] {
    return [...this.lost.entries()].map(([name, reason]) => `⚠️ ${name}: ${reason}.`);
  }
}
