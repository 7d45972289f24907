import * as core from '@actions/core';
import { gitBlobSha, workspaceReader } from '../discovery/workspace.js';
import type { SkippedFile, SourceFile } from '../engine/types.js';
import { readBlob } from '../git/git.js';
import type { ChangedFile } from '../github/changed-files.js';
import { describeApiError, type Octokit } from '../github/client.js';
import { fetchBlob } from '../github/changed-files.js';
import { tooLargeReason } from '../manifests/limits.js';
import type { RepoRef } from '../github/repo.js';
import type { Capabilities } from './capabilities.js';

const CONTENTS = 'File contents';
const CONTENTS_LOST =
  'its head version is not in the checkout and the API did not give it (see the warning above)';

export interface Contents {
  sources: SourceFile[];
  skipped: SkippedFile[];
  /** How many files came from each place, for the log and the benchmark. */
  origin: { workspace: number; git: number; api: number };
}

/**
 * Reads the head version of each file: from the workspace when it holds exactly that
 * blob (the common case, and no request), else from local git objects, else through
 * the API. A pull_request workflow checks out the merge commit, whose files differ from
 * the head's when the base changed them too; annotations must match the head's lines.
 */
export async function readContents(options: {
  files: ChangedFile[];
  workspace: string;
  maxBytes: number;
  octokit?: Octokit;
  repo: RepoRef;
  /** Records a refusal of the contents API once, instead of once per file. */
  capabilities?: Capabilities;
}): Promise<Contents> {
  const { workspace, maxBytes, octokit, repo, capabilities } = options;
  const result: Contents = {
    sources: [],
    skipped: [],
    origin: { workspace: 0, git: 0, api: 0 },
  };

  const readWorkspaceFile = workspaceReader(workspace);
  for (const file of options.files) {
    const local = readWorkspaceFile(file.path, maxBytes);
    if (!local.ok && !local.missing) {
      result.skipped.push({ path: file.path, reason: local.reason });
      continue;
    }
    if (local.ok && (!file.sha || gitBlobSha(local.content) === file.sha)) {
      result.sources.push({ path: file.path, text: decode(local.content) });
      result.origin.workspace++;
      continue;
    }
    if (!file.sha) {
      result.skipped.push({ path: file.path, reason: 'not in the workspace' });
      continue;
    }

    const blob = readBlob(workspace, file.sha);
    if (blob) {
      result.origin.git++;
      addBlob(result, file, blob, maxBytes);
      continue;
    }
    if (!octokit) {
      result.skipped.push({
        path: file.path,
        reason: 'head version not available without a token',
      });
      continue;
    }
    if (capabilities && !capabilities.available(CONTENTS)) {
      result.skipped.push({ path: file.path, reason: CONTENTS_LOST });
      continue;
    }
    const sha = file.sha;
    const fetch = () => {
      core.debug(`Fetching ${JSON.stringify(file.path)} (blob ${sha}) through the API.`);
      return fetchBlob(octokit, repo, sha);
    };
    if (capabilities) {
      const content = await capabilities.attempt(CONTENTS, 'read file contents', fetch);
      if (content) {
        result.origin.api++;
        addBlob(result, file, content, maxBytes);
      } else result.skipped.push({ path: file.path, reason: CONTENTS_LOST });
      continue;
    }
    try {
      const content = await fetch();
      result.origin.api++;
      addBlob(result, file, content, maxBytes);
    } catch (error) {
      result.skipped.push({
        path: file.path,
        reason: `its head version could not be fetched (${describeApiError(error)})`,
      });
    }
  }
  return result;
}

function addBlob(
  result: Contents,
  file: ChangedFile,
  content: Buffer,
  maxBytes: number,
): void {
  if (content.length > maxBytes) {
    result.skipped.push({ path: file.path, reason: tooLargeReason(maxBytes) });
    return;
  }
  result.sources.push({ path: file.path, text: decode(content) });
}

/** UTF-8 text; invalid sequences become U+FFFD rather than failing the file. */
export function decode(content: Buffer): string {
  return content.toString('utf8');
}
