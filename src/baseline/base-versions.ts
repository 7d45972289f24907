import { tooLargeReason } from '../manifests/limits.js';
import { hasCommit, readFileAtRevision } from '../git/git.js';
import { fetchBlob } from '../github/changed-files.js';
import { describeApiError, statusOf } from '../github/api-errors.js';
import type { Octokit } from '../github/client.js';
import type { RepoRef } from '../github/repo.js';

/** A file's version at the base commit. */
export type BaseVersion =
  | { state: 'absent' }
  | { state: 'read'; text: string; origin: 'git' | 'api' }
  | { state: 'unavailable'; reason: string };

interface Api {
  octokit: Octokit;
  repo: RepoRef;
  /** The action's debug log; this module is shared with the CLI, which has none. */
  debug: (message: string) => void;
}

interface TreeEntry {
  path?: string;
  type?: string;
  sha?: string;
}

/**
 * Reads files as they were at one base commit: from local git objects when the checkout
 * has the commit (no request), else through the API. A path the commit does not have is
 * `absent`; one that could not be read is `unavailable`, with the reason.
 */
export class BaseReader {
  private readonly local: boolean;
  private tree?: Promise<Map<string, string> | string>;

  constructor(
    private readonly options: {
      workspace: string;
      commit: string;
      maxBytes: number;
      /** Where files the local commit lacks are fetched from; none for the CLI. */
      api?: Api;
    },
  ) {
    this.local = hasCommit(options.workspace, options.commit);
  }

  /** Whether the base commit's objects are in the checkout. */
  get hasLocalCommit(): boolean {
    return this.local;
  }

  /** The version of `path` at the base commit. */
  async read(path: string): Promise<BaseVersion> {
    const { commit, api } = this.options;
    if (this.local) return this.readLocal(path);
    if (!api) {
      return {
        state: 'unavailable',
        reason:
          'the base commit is not in the checkout and there is no token to fetch it',
      };
    }
    try {
      return await this.readThroughContents(api, path);
    } catch (error) {
      api.debug(
        `Contents of ${path} at ${commit} failed (${describeApiError(error)}); trying the tree.`,
      );
    }
    try {
      return await this.readThroughTree(api, path);
    } catch (error) {
      return {
        state: 'unavailable',
        reason: `its base version could not be fetched (${describeApiError(error)})`,
      };
    }
  }

  /** The version of `path` from local objects only; `unavailable` without the commit. */
  readLocal(path: string): BaseVersion {
    if (!this.local) {
      return { state: 'unavailable', reason: 'the base commit is not in the checkout' };
    }
    const blob = readFileAtRevision(this.options.workspace, this.options.commit, path);
    return blob ? this.toText(blob, 'git') : { state: 'absent' };
  }

  private async readThroughContents(api: Api, path: string) {
    const { octokit, repo } = api;
    const { commit } = this.options;
    let data: unknown;
    try {
      ({ data } = await octokit.rest.repos.getContent({ ...repo, path, ref: commit }));
    } catch (error) {
      if (statusOf(error) === 404) return { state: 'absent' } as const;
      throw error;
    }
    const file = data as {
      type?: string;
      content?: string;
      encoding?: string;
      sha?: string;
    };
    if (Array.isArray(data) || file.type !== 'file') return { state: 'absent' } as const;
    // Files over 1 MB come without content; their blob has it.
    if (file.encoding === 'base64' && typeof file.content === 'string') {
      return this.toText(Buffer.from(file.content, 'base64'), 'api');
    }
    if (!file.sha) throw new Error('the contents answer has neither content nor sha');
    return this.toText(await fetchBlob(octokit, repo, file.sha), 'api');
  }

  private async readThroughTree(api: Api, path: string): Promise<BaseVersion> {
    this.tree ??= this.loadTree(api);
    const tree = await this.tree;
    if (typeof tree === 'string') throw new Error(tree);
    const sha = tree.get(path);
    if (!sha) return { state: 'absent' };
    return this.toText(await fetchBlob(api.octokit, api.repo, sha), 'api');
  }

  /** Blob shas by path of the whole base tree, read once for every file. */
  private async loadTree(api: Api): Promise<Map<string, string> | string> {
    const { data } = await api.octokit.rest.git.getTree({
      ...api.repo,
      tree_sha: this.options.commit,
      recursive: 'true',
    });
    if (data.truncated) return 'the base tree is too large to list through the API';
    const blobs = new Map<string, string>();
    for (const entry of data.tree as TreeEntry[]) {
      if (entry.type === 'blob' && entry.path && entry.sha)
        blobs.set(entry.path, entry.sha);
    }
    return blobs;
  }

  private toText(content: Buffer, origin: 'git' | 'api'): BaseVersion {
    if (content.length > this.options.maxBytes) {
      return {
        state: 'unavailable',
        reason: `its base version is ${tooLargeReason(this.options.maxBytes)}`,
      };
    }
    return { state: 'read', text: content.toString('utf8'), origin };
  }
}
