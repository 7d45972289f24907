import type { Octokit } from './client.js';
import type { RepoRef } from './repo.js';

export type FileStatus =
  'added' | 'modified' | 'renamed' | 'copied' | 'removed' | 'changed' | 'unchanged';

export interface ChangedFile {
  path: string;
  previousPath?: string;
  status: FileStatus;
  /** Blob sha of the head version; absent for removed files. */
  sha?: string;
  /** The unified diff of the file, when GitHub includes it. */
  patch?: string;
}

/** GitHub lists at most this many files of a pull request. */
export const PULL_FILES_LIMIT = 3000;

interface ApiFile {
  filename: string;
  previous_filename?: string;
  status: string;
  sha?: string | null;
  patch?: string;
}

function toChangedFile(file: ApiFile): ChangedFile {
  return {
    path: file.filename,
    previousPath: file.previous_filename,
    status: file.status as FileStatus,
    sha: file.sha ?? undefined,
    patch: file.patch,
  };
}

/** Every page of a pull request's file list (GitHub stops at 3,000 files). */
export async function listPullRequestFiles(
  octokit: Octokit,
  repo: RepoRef,
  pullNumber: number,
): Promise<ChangedFile[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return (files as ApiFile[]).map(toChangedFile);
}

/** The files changed between two commits of a push, through the compare API. */
export async function listComparedFiles(
  octokit: Octokit,
  repo: RepoRef,
  base: string,
  head: string,
): Promise<ChangedFile[]> {
  const files: ChangedFile[] = [];
  const iterator = octokit.paginate.iterator(
    octokit.rest.repos.compareCommitsWithBasehead,
    {
      ...repo,
      basehead: `${base}...${head}`,
      per_page: 100,
    },
  );
  for await (const page of iterator) {
    const data = page.data as unknown as { files?: ApiFile[] };
    for (const file of data.files ?? []) files.push(toChangedFile(file));
  }
  return files;
}

/** The content of a blob through the API. */
export async function fetchBlob(
  octokit: Octokit,
  repo: RepoRef,
  sha: string,
): Promise<Buffer> {
  const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: sha });
  return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
}
