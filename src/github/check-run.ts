import type { CheckAnnotation } from '../report/annotations.js';
import type { Octokit } from './client.js';
import type { RepoRef } from './repo.js';

/** GitHub accepts at most 50 annotations in one request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit on a check run's summary and text. */
export const CHECK_SUMMARY_LIMIT = 65_535;

export type Conclusion = 'success' | 'failure' | 'neutral' | 'action_required';

export async function createCheckRun(
  octokit: Octokit,
  repo: RepoRef,
  name: string,
  headSha: string,
): Promise<number> {
  const { data } = await octokit.rest.checks.create({
    ...repo,
    name,
    head_sha: headSha,
    status: 'in_progress',
    started_at: new Date().toISOString(),
  });
  return data.id;
}

/**
 * Creates a check run that is already complete, in one request. Used when there is no
 * annotation to stream: an in-progress state would only cost a second write, which the
 * throttling plugin spaces a second after the first, as GitHub asks for writes.
 */
export async function createCompletedCheckRun(
  octokit: Octokit,
  repo: RepoRef,
  name: string,
  headSha: string,
  result: { conclusion: Conclusion; title: string; summary: string },
): Promise<number> {
  const now = new Date().toISOString();
  const { data } = await octokit.rest.checks.create({
    ...repo,
    name,
    head_sha: headSha,
    status: 'completed',
    conclusion: result.conclusion,
    started_at: now,
    completed_at: now,
    output: { title: result.title, summary: result.summary },
  });
  return data.id;
}

/**
 * Sends the annotations in requests of at most 50, the last batch together with the
 * completion, so a run with N annotations costs ceil(N / 50) updates.
 */
export async function completeCheckRun(
  octokit: Octokit,
  repo: RepoRef,
  checkRunId: number,
  result: {
    conclusion: Conclusion;
    title: string;
    summary: string;
    annotations: CheckAnnotation[];
  },
): Promise<void> {
  const { annotations } = result;
  const output = { title: result.title, summary: result.summary };
  let sent = 0;
  while (annotations.length - sent > ANNOTATIONS_PER_REQUEST) {
    await octokit.rest.checks.update({
      ...repo,
      check_run_id: checkRunId,
      output: {
        ...output,
        annotations: annotations.slice(sent, sent + ANNOTATIONS_PER_REQUEST),
      },
    });
    sent += ANNOTATIONS_PER_REQUEST;
  }
  await octokit.rest.checks.update({
    ...repo,
    check_run_id: checkRunId,
    status: 'completed',
    conclusion: result.conclusion,
    completed_at: new Date().toISOString(),
    output: { ...output, annotations: annotations.slice(sent) },
  });
}
