import * as core from '@actions/core';
import type { Config } from '../config/types.js';
import { runEngine, type EngineInput, type EngineRun } from '../engine/engine.js';
import type { Finding, SkippedFile, SourceFile } from '../engine/types.js';
import { fixFiles, type FileFix, type FixResult } from '../fix/fix-files.js';
import { planSuggestions } from '../fix/suggestions.js';
import { findingKey } from '../fix/verify.js';
import { listPullRequestFiles } from '../github/changed-files.js';
import { CHECK_SUMMARY_LIMIT } from '../github/check-run.js';
import type { Octokit } from '../github/client.js';
import { describeApiError, statusOf } from '../github/client.js';
import {
  commitMessage,
  commitOnBranch,
  fixCommitMessage,
  isFixCommit,
  type CommitOutcome,
} from '../github/commit.js';
import type { RepoRef } from '../github/repo.js';
import {
  linesInPatch,
  postReview,
  suggestionBlock,
  type Review,
} from '../github/review.js';
import { countFindings, fails, plural, type FailOn } from '../report/counts.js';
import { buildSummary } from '../report/summary.js';
import type { Capabilities } from './capabilities.js';
import type { RunTarget } from './event.js';
import type { FixMode } from './inputs.js';
import { annotatedFindings, publishCheckRun } from './publish.js';

/** The token cannot write workflow files, so fixes there are only ever offered. */
const WORKFLOWS = /^\.github\/workflows\//;
/** Room for patches in the review body and in the sticky comment. */
const PATCH_BUDGET = 30_000;

export interface FixStepInput {
  mode: Exclude<FixMode, 'off'>;
  octokit?: Octokit;
  repo: RepoRef;
  target: RunTarget;
  capabilities: Capabilities;
  config: Config;
  run: EngineRun;
  sources: SourceFile[];
  /** The workspace's related objects, as the main run gave them to the engine. */
  contextFiles?: EngineInput['contextFiles'];
  skipped: SkippedFile[];
  commitMessage: string;
  checkName: string;
  failOn: FailOn;
  serverUrl: string;
}

export interface FixStepResult {
  /** Findings fixed in the pushed commit. */
  fixed: number;
  /** Sha of the pushed fix commit. */
  commitSha?: string;
  /** The engine run over the content now on the branch, when a commit was pushed. */
  after?: EngineRun;
  /** Paragraphs for the job summary and the sticky comment. */
  notes: string[];
}

/**
 * `fix: commit` and `fix: suggest` on a pull request. Commit: one signed commit on the
 * head branch whose parent is the checked head, then a check run for the new head.
 * Where the token may not push (forks, read-only tokens) the fixes are offered as a
 * review with suggestions, and where it may not review either, as a patch in the
 * sticky comment. Nothing here ever fails the run: every outcome becomes a note.
 */
export async function runFixStep(input: FixStepInput): Promise<FixStepResult> {
  const { target, octokit } = input;
  const result: FixStepResult = { fixed: 0, notes: [] };

  if (!octokit) {
    return note(result, `fix: ${input.mode} needs a github-token; no fix was made.`);
  }
  if (target.kind !== 'pull_request' || !target.pullNumber) {
    return note(
      result,
      `fix: ${input.mode} works on pull requests; this ${target.event} run only reports.`,
    );
  }

  // Our own fix commit
  const headMessage = await commitMessage(octokit, input.repo, target.headSha);
  if (headMessage === undefined) {
    core.info(
      `Could not read the message of ${target.headSha}; assuming it is not a fix commit.`,
    );
  } else if (isFixCommit(headMessage)) {
    return note(
      result,
      `The head commit ${short(target.headSha)} is podspec-check's own fix commit, so this run fixes nothing more (this keeps two runs from pushing fixes back and forth).`,
    );
  }

  // Plan and verify the edits
  const fixes = fixFiles(input.run, input.config);
  for (const { finding, reason } of fixes.notFixed) {
    core.warning(
      `${finding.file}:${finding.range.line}: ${finding.checkId} is not fixed automatically: ${reason}.`,
    );
  }
  const notFixedNote = notFixedParagraph(fixes);
  if (notFixedNote) result.notes.push(notFixedNote);
  if (fixes.files.length === 0) {
    core.info('Nothing to fix.');
    return result;
  }
  const writable = fixes.files.filter((file) => !WORKFLOWS.test(file.path));
  const workflowFiles = fixes.files.filter((file) => WORKFLOWS.test(file.path));
  if (workflowFiles.length > 0) {
    result.notes.push(
      `The fixes in ${workflowFiles.map((f) => `\`${f.path}\``).join(', ')} are not committed: the workflow token may not write under \`.github/workflows/\`. Apply this patch by hand:\n\n${diffBlock(workflowFiles)}`,
    );
  }

  // Commit, or offer
  if (input.mode === 'commit' && writable.length > 0) {
    if (target.fromFork) {
      result.notes.push(
        'This pull request comes from a fork, whose workflow token may not push to it: the fixes are offered instead.',
      );
    } else {
      const outcome = await commit(input, writable);
      if (outcome.kind === 'committed') {
        return committed(input, result, writable, outcome.sha);
      }
      if (outcome.kind === 'branch-moved') {
        core.warning(`The fix commit was refused: ${outcome.detail}`);
        return note(
          result,
          `⚠️ The branch \`${target.headRef}\` moved on from ${short(target.headSha)} while this run checked it, so no fix was committed and no commit was lost. The run for the new head fixes what is left.`,
        );
      }
      core.warning(`The token may not push the fix commit: ${outcome.detail}`);
      result.notes.push(
        `The token may not push to \`${target.headRef}\` (${outcome.detail}); grant \`contents: write\` in the workflow's \`permissions:\` to get a fix commit. The fixes are offered instead.`,
      );
    }
  }
  await offer(
    input,
    fixes.files.filter((f) => !WORKFLOWS.test(f.path)),
    result,
  );
  return result;
}

async function commit(input: FixStepInput, files: FileFix[]): Promise<CommitOutcome> {
  const { target } = input;
  core.info(
    `Committing ${plural(files.length, 'file')} to ${target.headRef} on top of ${short(target.headSha)}.`,
  );
  return commitOnBranch(input.octokit!, {
    repo: input.repo,
    branch: target.headRef ?? '',
    expectedHeadOid: target.headSha,
    message: fixCommitMessage(input.commitMessage, target.headSha),
    files: files.map((file) => ({ path: file.path, content: file.after })),
  });
}

/** After the push: check the pushed content and give the new head its check run. */
async function committed(
  input: FixStepInput,
  result: FixStepResult,
  files: FileFix[],
  sha: string,
): Promise<FixStepResult> {
  const fixedCount = files.reduce((sum, file) => sum + file.fixed.length, 0);
  core.info(`Pushed ${sha}: ${plural(fixedCount, 'finding')} fixed.`);
  const texts = new Map(files.map((file) => [file.path, file.after]));
  const sources = input.sources.map((s) => ({ ...s, text: texts.get(s.path) ?? s.text }));
  // The same related objects as the main run: without them a check such as
  // pod-disruption-budget would find on the new head what the checked head had not.
  const after = runEngine({
    files: sources,
    config: input.config,
    contextFiles: input.contextFiles,
  });
  // Findings that only-new found at the base already stay uncounted on the new head.
  const existing = new Set(input.run.findings.filter((f) => f.existing).map(findingKey));
  for (const finding of after.findings) {
    if (existing.has(findingKey(finding))) finding.existing = true;
  }
  result.fixed = fixedCount;
  result.commitSha = sha;
  result.after = after;

  const failed = fails(after.findings, input.failOn);
  const counts = countFindings(after.findings);
  const { shown } = annotatedFindings(after.findings);
  const checkRun = await publishCheckRun({
    octokit: input.octokit!,
    repo: input.repo,
    capabilities: input.capabilities,
    name: input.checkName,
    headSha: sha,
    conclusion: failed ? 'failure' : 'success',
    title:
      counts.findings === 0
        ? `No findings after the fix commit`
        : `${plural(counts.findings, 'finding')} left after the fix commit`,
    summary: buildSummary({
      findings: after.findings,
      skipped: input.skipped,
      filesChecked: after.filesChecked,
      containersChecked: after.containersChecked,
      failed,
      checkName: input.checkName,
      blobUrl: `${input.serverUrl}/${input.repo.owner}/${input.repo.repo}/blob/${sha}/`,
      notes: [
        `This is the result for podspec-check's fix commit ${short(sha)}, made by the run on ${short(input.target.headSha)}.`,
      ],
      maxLength: CHECK_SUMMARY_LIMIT,
    }),
    annotated: shown,
  });
  const checkRunNote =
    checkRun === undefined
      ? 'but its check run could not be created'
      : `and its \`${input.checkName}\` check run is already there`;
  return note(
    result,
    `🔧 Fixed ${plural(fixedCount, 'finding')} in ${plural(files.length, 'file')} with commit ${sha} on \`${input.target.headRef}\`, ${checkRunNote}. A push made with the workflow's GITHUB_TOKEN starts no workflow: other workflows need a re-run on the new head (or push fixes with an app token).`,
  );
}

/** Suggestions in one review where the token may review, else a patch in the comment. */
async function offer(
  input: FixStepInput,
  files: FileFix[],
  result: FixStepResult,
): Promise<void> {
  if (files.length === 0) return;
  const octokit = input.octokit!;
  const pullNumber = input.target.pullNumber!;

  let review: Review | undefined;
  try {
    const listed = await listPullRequestFiles(octokit, input.repo, pullNumber);
    const commentable = new Map(listed.map((f) => [f.path, linesInPatch(f.patch)]));
    review = buildReview(files, commentable);
  } catch (error) {
    core.warning(`Could not read the pull request's diff: ${describeApiError(error)}`);
  }

  if (review) {
    try {
      const posted = await postReview(
        octokit,
        input.repo,
        pullNumber,
        input.target.headSha,
        review,
      );
      core.info(
        `Review with ${plural(review.comments.length, 'suggestion')}: ${posted.url}`,
      );
      result.notes.push(
        `💡 The fixes are offered as suggestions in [a review](${posted.url}); commit them from there.`,
      );
      return;
    } catch (error) {
      const status = statusOf(error);
      core.warning(
        `Could not post the review with the fixes (${describeApiError(error)})${status === 403 ? '; the token may not write pull request reviews' : ''}.`,
      );
    }
  }
  result.notes.push(
    `💡 Apply the fixes with \`git apply\` (or \`podspec-check --fix\` locally):\n\n${diffBlock(files)}`,
  );
}

function buildReview(
  files: FileFix[],
  commentable: ReadonlyMap<string, ReadonlySet<number>>,
): Review {
  const plan = planSuggestions(files, commentable);
  const comments = plan.suggestions.map((s) => ({
    path: s.path,
    line: s.line,
    side: 'RIGHT' as const,
    ...(s.startLine < s.line
      ? { start_line: s.startLine, start_side: 'RIGHT' as const }
      : {}),
    body: `${describeFixes(s.findings)}\n\n${suggestionBlock(s.lines)}`,
  }));
  const count = files.reduce((sum, file) => sum + file.fixed.length, 0);
  const parts = [
    `**podspec-check** can fix ${plural(count, 'finding')} of this pull request; each suggestion changes only the lines it must.`,
  ];
  if (plan.patches.length > 0) {
    const patch = plan.patches.map((p) => p.diff).join('');
    parts.push(
      `Some fixes are on lines this pull request does not change, where GitHub takes no suggestions. Apply them with \`git apply\`:\n\n${fenced(patch)}`,
    );
  }
  return { body: parts.join('\n\n'), comments };
}

function describeFixes(findings: readonly Finding[]): string {
  const unique = [...new Set(findings.map((f) => `${f.message} ${f.fix}`))];
  return unique.map((text) => `- ${text}`).join('\n') || 'podspec-check fix.';
}

function notFixedParagraph(fixes: FixResult): string | undefined {
  if (fixes.notFixed.length === 0) return undefined;
  const lines = fixes.notFixed
    .slice(0, 20)
    .map(
      ({ finding, reason }) =>
        `- \`${finding.file}\` line ${finding.range.line}: ${reason}.`,
    );
  if (fixes.notFixed.length > 20)
    lines.push(`- … and ${fixes.notFixed.length - 20} more`);
  return `Not fixed automatically (fix these by hand):\n\n${lines.join('\n')}`;
}

function diffBlock(files: readonly FileFix[]): string {
  return fenced(files.map((file) => file.diff).join(''));
}

function fenced(patch: string): string {
  const text =
    patch.length > PATCH_BUDGET
      ? `${patch.slice(0, PATCH_BUDGET)}\n… (patch cut to fit; run \`podspec-check --fix\` locally for all of it)\n`
      : patch;
  return `\`\`\`diff\n${text}\`\`\``;
}

function note(result: FixStepResult, text: string): FixStepResult {
  core.info(text);
  result.notes.push(text);
  return result;
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
