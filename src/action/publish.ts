import * as core from '@actions/core';
import type { Finding } from '../engine/types.js';
import {
  completeCheckRun,
  createCheckRun,
  createCompletedCheckRun,
  type Conclusion,
} from '../github/check-run.js';
import { describeApiError, statusOf, type Octokit } from '../github/client.js';
import { tokenLogin } from '../github/identity.js';
import type { RepoRef } from '../github/repo.js';
import {
  commentMarker,
  createComment,
  deleteComment,
  findStickyComments,
  headMarker,
  headOfComment,
  updateComment,
  type StickyComment,
} from '../github/sticky-comment.js';
import { annotationMessage, toAnnotation } from '../report/annotations.js';
import { compareFindings } from '../report/counts.js';
import type { Capabilities } from './capabilities.js';

/** More annotations than this are summarised instead of sent (20 requests of 50). */
export const MAX_CHECK_ANNOTATIONS = 1000;
/** The runner shows at most this many annotations of each level for one step. */
const RUNNER_ANNOTATIONS_PER_LEVEL = 10;
/**
 * The step's own messages take slots too: one error when the step fails, and warnings
 * for each lost permission (check run, comment) and for the line that counts the rest.
 * Findings get what is left, so none of them is dropped by the runner unseen.
 */
const RUNNER_SLOTS = {
  error: RUNNER_ANNOTATIONS_PER_LEVEL - 1,
  warning: RUNNER_ANNOTATIONS_PER_LEVEL - 3,
  notice: RUNNER_ANNOTATIONS_PER_LEVEL,
};

/** The findings that get an annotation, most severe first, capped. */
export function annotatedFindings(findings: readonly Finding[]): {
  shown: Finding[];
  omitted: number;
} {
  const eligible = findings
    .filter((f) => !f.exemption && (!f.existing || f.annotateExisting))
    .sort(compareFindings);
  return {
    shown: eligible.slice(0, MAX_CHECK_ANNOTATIONS),
    omitted: Math.max(0, eligible.length - MAX_CHECK_ANNOTATIONS),
  };
}

/** A check run that exists, and whether its annotations arrived. */
export interface PublishedCheckRun {
  id: number;
  /** False when sending the findings failed and the run was completed without them. */
  annotated: boolean;
}

/**
 * Creates the check run, sends the annotations in batches and completes it. When the
 * annotations cannot be sent, the run is still completed (without them) and its id is
 * returned with `annotated: false`, so the caller can fall back to runner annotations.
 * Undefined when no check run could be created.
 */
export async function publishCheckRun(options: {
  octokit: Octokit;
  repo: RepoRef;
  capabilities: Capabilities;
  name: string;
  headSha: string;
  conclusion: Conclusion;
  title: string;
  summary: string;
  annotated: Finding[];
}): Promise<PublishedCheckRun | undefined> {
  const { octokit, repo, capabilities } = options;
  const result = {
    conclusion: options.conclusion,
    title: options.title,
    summary: options.summary,
  };
  if (options.annotated.length === 0) {
    const id = await capabilities.attempt('Check run', 'create the check run', () =>
      createCompletedCheckRun(octokit, repo, options.name, options.headSha, result),
    );
    return id === undefined ? undefined : { id, annotated: true };
  }

  const id = await capabilities.attempt('Check run', 'create the check run', () =>
    createCheckRun(octokit, repo, options.name, options.headSha),
  );
  if (id === undefined) return undefined;
  const sent = await capabilities.attempt(
    'Check run',
    'send the findings to the check run',
    async () => {
      await completeCheckRun(octokit, repo, id, {
        ...result,
        annotations: options.annotated.map(toAnnotation),
      });
      return true;
    },
  );
  if (sent) return { id, annotated: true };

  // A check run left in progress holds a required status check forever: complete it
  // without annotations; the caller falls back to the runner's annotations.
  try {
    await completeCheckRun(octokit, repo, id, { ...result, annotations: [] });
  } catch (error) {
    core.warning(
      `Could not complete check run ${id} either (${describeApiError(error)}); it stays in progress until GitHub times it out.`,
    );
  }
  // The run exists either way: the `check-run-id` output names it.
  return { id, annotated: false };
}

/**
 * Starts looking up our sticky comments on the pull request (oldest first) for
 * `publishComment`. The lookup needs only the pull request, so the run starts it before
 * publishing the check run and the two wait on the API together.
 */
export function findOwnComments(options: {
  octokit: Octokit;
  repo: RepoRef;
  pullNumber: number;
  checkName: string;
  /** The token's login when its shape tells it (the workflow token), saving a request. */
  knownLogin?: string;
}): Promise<StickyComment[]> {
  const { octokit, repo, pullNumber, knownLogin } = options;
  const login = async () => knownLogin ?? tokenLogin(octokit);
  const marker = commentMarker(options.checkName);
  const lookup = findStickyComments(octokit, repo, pullNumber, marker, login);
  // publishComment awaits it and reports a failure; until then it is not unhandled.
  lookup.catch(() => undefined);
  return lookup;
}

/**
 * Creates or edits the one sticky comment, found by `findOwnComments`: by its marker
 * among the token's own comments only. A run for a head that is no longer the pull
 * request's head leaves a comment about the newer head alone. Two first runs at once may
 * each create a comment; the next run keeps the oldest and deletes the others.
 */
export async function publishComment(options: {
  octokit: Octokit;
  repo: RepoRef;
  capabilities: Capabilities;
  pullNumber: number;
  headSha: string;
  body: string;
  /** Whether there is anything to say when no comment exists yet. */
  createIfMissing: boolean;
  /** The lookup from `findOwnComments`. */
  ownComments: Promise<StickyComment[]>;
}): Promise<StickyComment | undefined> {
  const { octokit, repo, capabilities, pullNumber } = options;

  return capabilities.attempt(
    'Pull request comment',
    'write the pull request comment',
    async () => {
      const existing = await options.ownComments;
      const [current, ...duplicates] = existing;

      if (!current) {
        if (!options.createIfMissing) {
          core.info('No findings and no earlier comment: nothing to comment.');
          return undefined;
        }
        // Not looked up again after creating it, which would cost a request on every
        // first run: a duplicate from a run at the same time is deleted by the next run.
        return createComment(octokit, repo, pullNumber, options.body);
      }

      const otherHead = existing.some((c) => {
        const head = headOfComment(c.body);
        return head !== undefined && head !== options.headSha;
      });
      if (otherHead && (await isOutdated(options))) {
        core.info(
          'The pull request has a newer head than this run; its comment is left as it is.',
        );
        return current;
      }
      const updated = await updateComment(octokit, repo, current.id, options.body);
      // Left by two first runs at once, each of which created a comment.
      await deleteQuietly(octokit, repo, duplicates);
      return updated;
    },
  );
}

/** Deletes duplicates; one that another run deleted first is already gone, not a failure. */
async function deleteQuietly(
  octokit: Octokit,
  repo: RepoRef,
  comments: readonly StickyComment[],
): Promise<void> {
  for (const comment of comments) {
    try {
      await deleteComment(octokit, repo, comment.id);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
}

async function isOutdated(options: {
  octokit: Octokit;
  repo: RepoRef;
  pullNumber: number;
  headSha: string;
}) {
  const { data } = await options.octokit.rest.pulls.get({
    ...options.repo,
    pull_number: options.pullNumber,
  });
  return data.head.sha !== options.headSha;
}

export function commentBody(checkName: string, headSha: string, summary: string): string {
  return `${commentMarker(checkName)}\n${headMarker(headSha)}\n${summary}`;
}

/**
 * Without check-run permission, findings still reach the diff as workflow-command
 * annotations, within the runner's limit per level, plus one line for the rest.
 */
export function emitRunnerAnnotations(findings: readonly Finding[]): void {
  const byLevel = { error: 0, warning: 0, notice: 0 };
  let hidden = 0;
  for (const finding of findings) {
    const level = finding.existing ? 'notice' : finding.severity;
    if (byLevel[level] >= RUNNER_SLOTS[level]) {
      hidden++;
      continue;
    }
    byLevel[level]++;
    const { range } = finding;
    const properties: core.AnnotationProperties = {
      title: finding.checkId,
      file: finding.file,
      startLine: range.line,
      endLine: Math.max(range.line, range.endLine),
      ...(range.line === range.endLine
        ? { startColumn: range.column, endColumn: range.endColumn }
        : {}),
    };
    const message = annotationMessage(finding);
    if (level === 'error') core.error(message, properties);
    else if (level === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
  if (hidden > 0) {
    core.warning(
      `${hidden} more findings are not shown as annotations (the runner shows ${RUNNER_ANNOTATIONS_PER_LEVEL} per level for a step); the job summary lists them all.`,
    );
  }
}
