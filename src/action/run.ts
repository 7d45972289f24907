import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { annotationFilter } from '../baseline/annotate.js';
import { compareWithBase, markExistingAgain } from '../baseline/compare-with-base.js';
import { loadConfigFromWorkspace } from '../config/workspace.js';
import { relatedContextFiles } from '../discovery/context-files.js';
import { writeFileNoFollow } from '../discovery/workspace.js';
import { runEngine } from '../engine/engine.js';
import type { SourceFile } from '../engine/types.js';
import type { Conclusion } from '../github/check-run.js';
import { CHECK_SUMMARY_LIMIT } from '../github/check-run.js';
import { createClient } from '../github/client.js';
import { loginFromTokenShape } from '../github/identity.js';
import { COMMENT_LIMIT } from '../github/sticky-comment.js';
import { countFindings, fails, plural } from '../report/counts.js';
import { sarifLeftOutMessage, sarifText } from '../report/sarif.js';
import { buildSummary } from '../report/summary.js';
import { printable } from '../util/printable.js';
import { VERSION } from '../version.js';
import { Capabilities } from './capabilities.js';
import { describeEvent } from './event.js';
import { runFixStep } from './fix-step.js';
import { readInputs } from './inputs.js';
import {
  annotatedFindings,
  commentBody,
  emitRunnerAnnotations,
  findOwnComments,
  publishCheckRun,
  publishComment,
} from './publish.js';
import { readContents } from './read-contents.js';
import { selectFiles } from './select-files.js';

/** GitHub's limit on one step's job summary. */
const JOB_SUMMARY_LIMIT = 1024 * 1024 - 1024;

/** The action: find the changed manifests, check them, and report where reviewers look. */
export async function run(): Promise<void> {
  const inputs = readInputs();
  if (inputs.token) core.setSecret(inputs.token);
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const context = github.context;
  const repo = context.repo;
  const target = describeEvent(context);
  const octokit = inputs.token ? createClient(inputs.token) : undefined;
  const capabilities = new Capabilities();
  core.info(
    `podspec-check ${VERSION} on ${target.event} for ${repo.owner}/${repo.repo}@${target.headSha.slice(0, 7)}`,
  );

  // Configuration
  const config = loadConfigFromWorkspace(
    workspace,
    inputs.configPath,
    inputs.configRequired,
  );
  if (config.path) core.info(`Configuration: ${inputs.configPath}`);

  // Files
  const selection = await core.group('Finding the files to check', () =>
    selectFiles({
      target,
      scope: inputs.scope,
      paths: inputs.paths,
      exclude: [...inputs.exclude, ...config.exclude],
      workspace,
      octokit,
      repo,
    }),
  );
  const contents = await core.group('Reading the files', async () => {
    const read = await readContents({
      files: selection.files,
      workspace,
      maxBytes: config.limits.maxFileBytes,
      octokit,
      repo,
      capabilities,
    });
    core.info(
      `Read ${plural(read.sources.length, 'file')}: ${read.origin.workspace} from the workspace, ${read.origin.git} from git objects, ${read.origin.api} through the API.`,
    );
    return read;
  });

  // Checks
  // Related objects (PodDisruptionBudgets, ...) may sit in files this change did not
  // touch; the engine reads them only when a check that looks them up is enabled. The
  // check of a fix commit needs the same objects, so the workspace is read once.
  let related: SourceFile[] | undefined;
  const contextFiles = () =>
    (related ??= relatedContextFiles(
      workspace,
      [...inputs.exclude, ...config.exclude],
      config.limits.maxFileBytes,
      undefined,
      new Set(contents.sources.map((source) => source.path)),
    ));
  const result = await core.group('Checking pod specs', async () => {
    const engine = runEngine({ files: contents.sources, config, contextFiles });
    core.info(
      `Checked ${plural(engine.filesChecked, 'file')}, ${plural(engine.objectsChecked, 'object')}, ${plural(engine.containersChecked, 'container')}: ${plural(engine.findings.length, 'finding')}.`,
    );
    return engine;
  });
  const findings = result.findings;
  const skipped = [...selection.skipped, ...contents.skipped, ...result.skipped];
  for (const skip of skipped) {
    core.info(`Not checked: ${printable(`${skip.path} ${skip.reason}`)}.`);
  }

  // Base (only-new marks the findings that existed before, in place)
  const change = await core.group('Comparing with the base', () =>
    compareWithBase({
      target,
      files: selection.files,
      changed: selection.changed,
      sources: contents.sources,
      skipped,
      findings,
      config,
      paths: inputs.paths,
      exclude: [...inputs.exclude, ...config.exclude],
      workspace,
      octokit,
      repo,
      onlyNew: inputs.onlyNew,
      annotate: inputs.annotate,
    }),
  );
  // Fixes
  const fixMode = inputs.fix;
  const fix =
    fixMode === 'off'
      ? undefined
      : await core.group(`Fixing (fix: ${fixMode})`, () =>
          runFixStep({
            mode: fixMode,
            octokit,
            repo,
            target,
            capabilities,
            config,
            run: result,
            sources: contents.sources,
            contextFiles,
            skipped,
            commitMessage: inputs.commitMessage,
            checkName: inputs.checkName,
            failOn: inputs.failOn,
            serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
          }),
        );

  const counts = countFindings(findings);
  const failed = fails(findings, inputs.failOn);
  const conclusion: Conclusion = failed ? 'failure' : 'success';
  // After a fix commit the branch holds the fixed content, which the step's outcome
  // follows; the checked head's check run keeps the findings it had.
  if (fix?.after) markExistingAgain(fix.after.findings, change.comparison);
  const stepFailed = fix?.after ? fails(fix.after.findings, inputs.failOn) : failed;

  // Reports
  const serverUrl = process.env.GITHUB_SERVER_URL || 'https://github.com';
  const summaryOf = (maxLength: number, extraNotes: string[] = []) =>
    buildSummary({
      findings,
      skipped,
      filesChecked: result.filesChecked,
      containersChecked: result.containersChecked,
      failed,
      checkName: inputs.checkName,
      blobUrl: `${serverUrl}/${repo.owner}/${repo.repo}/blob/${target.headSha}/`,
      notes: [...selection.notes, ...change.notes, ...(fix?.notes ?? []), ...extraNotes],
      maxLength,
      comparison: change.comparison && {
        change: change.comparison.base.change,
        baseSha: change.comparison.base.sha,
        fixed: change.comparison.fixed,
      },
    });
  const { shown, omitted } = annotatedFindings(
    findings.filter(annotationFilter(inputs.annotate, change.changedLines)),
  );
  const omittedNote = omitted
    ? [
        `${omitted} findings beyond the first ${shown.length} have no annotation; the table lists them.`,
      ]
    : [];

  let checkRunId: number | undefined;
  let commentUrl: string | undefined;
  if (octokit) {
    // Our earlier comment, looked up while the check run is published.
    const pullNumber = target.kind === 'pull_request' ? target.pullNumber : undefined;
    const ownComments =
      inputs.comment !== 'off' && pullNumber
        ? findOwnComments({
            octokit,
            repo,
            pullNumber,
            checkName: inputs.checkName,
            knownLogin: loginFromTokenShape(inputs.token),
          })
        : undefined;

    const checkRun = await core.group('Publishing the check run', () =>
      publishCheckRun({
        octokit,
        repo,
        capabilities,
        name: inputs.checkName,
        headSha: target.headSha,
        conclusion,
        title: checkTitle(counts.findings, counts.errors, counts.warnings),
        summary: summaryOf(CHECK_SUMMARY_LIMIT, omittedNote),
        annotated: shown,
      }),
    );
    checkRunId = checkRun?.id;
    if (!checkRun?.annotated) emitRunnerAnnotations(shown);

    if (ownComments && pullNumber) {
      const comment = await core.group('Updating the pull request comment', () =>
        publishComment({
          octokit,
          repo,
          capabilities,
          pullNumber,
          headSha: target.headSha,
          body: commentBody(
            inputs.checkName,
            target.headSha,
            summaryOf(COMMENT_LIMIT - 200, capabilities.notes()),
          ),
          createIfMissing: inputs.comment === 'always' || counts.findings > 0,
          ownComments,
        }),
      );
      commentUrl = comment?.url;
    }
  } else {
    core.warning(
      'No github-token: findings are shown as annotations and in the job summary only.',
    );
    emitRunnerAnnotations(shown);
  }

  await writeJobSummary((limit) => summaryOf(limit, capabilities.notes()));

  let sarifWritten = '';
  if (inputs.sarifFile) {
    const sarifPath = resolve(workspace, inputs.sarifFile);
    // `results/podspec.sarif` is the usual setting, and a fresh checkout has no such
    // folder; writeFileNoFollow still refuses a folder reached through a link.
    mkdirSync(dirname(sarifPath), { recursive: true });
    const refused = writeFileNoFollow(sarifPath, sarifText(findings, VERSION));
    if (refused) {
      core.warning(`SARIF report not written to ${inputs.sarifFile}: ${refused}.`);
    } else {
      core.info(`SARIF report written to ${inputs.sarifFile}.`);
      const leftOut = sarifLeftOutMessage(findings.length);
      if (leftOut) core.warning(`${leftOut} The job summary counts every finding.`);
      sarifWritten = inputs.sarifFile;
    }
  }

  // Outputs
  core.setOutput('findings', counts.findings);
  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);
  core.setOutput('notices', counts.notices);
  core.setOutput('fixed', fix?.fixed ?? 0);
  core.setOutput('fix-commit', fix?.commitSha ?? '');
  core.setOutput('check-run-id', checkRunId ?? '');
  core.setOutput('comment-url', commentUrl ?? '');
  core.setOutput('conclusion', stepFailed ? 'failure' : 'success');
  // Only a report that exists: a later upload step would fail on a missing file.
  core.setOutput('sarif-file', sarifWritten);

  if (stepFailed) {
    core.setFailed(
      `${plural(counts.findings, 'finding')} (${counts.errors} errors, ${counts.warnings} warnings, ${counts.notices} notices) reach fail-on: ${inputs.failOn}. See the annotations or the job summary for each fix.`,
    );
  } else {
    core.info(
      `Done: ${plural(counts.findings, 'finding')}, none reaching fail-on: ${inputs.failOn}.`,
    );
  }
}

function checkTitle(findings: number, errors: number, warnings: number): string {
  if (findings === 0) return 'No findings';
  return `${plural(findings, 'finding')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/**
 * The job summary's limit is in bytes, the report's in characters: names in other
 * scripts take up to three bytes a character, so the report is rebuilt smaller until
 * its bytes fit.
 */
async function writeJobSummary(build: (maxLength: number) => string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  let markdown = build(JOB_SUMMARY_LIMIT);
  for (let attempt = 0; attempt < 4; attempt++) {
    const bytes = Buffer.byteLength(markdown);
    if (bytes <= JOB_SUMMARY_LIMIT) break;
    const ratio = JOB_SUMMARY_LIMIT / bytes;
    markdown = build(Math.floor(markdown.length * ratio * 0.95));
  }
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}
