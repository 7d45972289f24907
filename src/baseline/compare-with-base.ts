import * as core from '@actions/core';
import type { RunTarget } from '../action/event.js';
import type { AnnotateMode } from '../action/inputs.js';
import type { Config } from '../config/types.js';
import { isCandidate } from '../discovery/globs.js';
import { runEngine } from '../engine/engine.js';
import type { Finding, SkippedFile, SourceFile } from '../engine/types.js';
import type { ChangedFile } from '../github/changed-files.js';
import type { Octokit } from '../github/client.js';
import type { RepoRef } from '../github/repo.js';
import { plural } from '../report/counts.js';
import { escapeHtml, escapeMarkdown } from '../report/markdown.js';
import { resolveBaseCommit, type BaseCommit } from './base-commit.js';
import { BaseReader, type BaseVersion } from './base-versions.js';
import { touches, type ChangedLines } from './changed-lines.js';
import { changedLinesOf, NO_DIFF_REASON } from './file-changes.js';
import { matchFindings } from './match.js';

/** How the head's findings compare with the base's. */
export interface BaseComparison {
  base: BaseCommit;
  introduced: number;
  existing: number;
  /** Base findings gone at the head, with the head's file name. */
  fixed: Finding[];
  /** Every finding of the base versions, to judge a later re-check (after a fix) too. */
  baseFindings: Finding[];
}

/** What the change did, as far as findings and annotations care. */
export interface ChangeView {
  /** Changed lines by head path; undefined when the run has no change set or no base. */
  changedLines?: Map<string, ChangedLines>;
  /** Set when only-new compared the findings with the base. */
  comparison?: BaseComparison;
  /** Paragraphs for the summary: files read as wholly changed, bases not read. */
  notes: string[];
}

/**
 * Works out what the change did: the lines each changed file adds or modifies (for
 * `annotate: changed-lines` and for annotating existing findings on touched lines) and,
 * with only-new, which head findings were already there at the base (marked `existing`
 * in place) and which base findings the change fixed. Does nothing the inputs do not
 * ask for, so a default run reads no base version.
 */
export async function compareWithBase(options: {
  target: RunTarget;
  /** The files checked at the head. */
  files: ChangedFile[];
  /** Every changed file, removed ones included, when the change set is known. */
  changed?: ChangedFile[];
  sources: SourceFile[];
  /** Files the head run could not check: their base is not read, or it would look fixed. */
  skipped?: readonly SkippedFile[];
  findings: Finding[];
  config: Config;
  paths: string[];
  exclude: string[];
  workspace: string;
  octokit?: Octokit;
  repo: RepoRef;
  onlyNew: boolean;
  annotate: AnnotateMode;
}): Promise<ChangeView> {
  const { target, workspace, onlyNew } = options;
  const notes: string[] = [];
  if (!onlyNew && options.annotate === 'changed-files') {
    core.info('only-new is off and annotate is changed-files: no base version is read.');
    return { notes };
  }

  if (!options.changed) {
    notes.push(
      `${onlyNew ? 'only-new' : 'annotate: changed-lines'} needs the list of changed files, which this run does not have (${noChangeSet(target)}): every finding ${onlyNew ? 'counts' : 'is annotated'}.`,
    );
    return { notes };
  }

  // Base commit
  const base = await resolveBaseCommit({
    target,
    workspace,
    octokit: options.octokit,
    repo: options.repo,
    useApi: onlyNew,
  });
  if (!base && onlyNew) {
    notes.push(
      'only-new: this run has no earlier commit to compare with, so every finding counts.',
    );
  }
  if (base) core.info(`Comparing with ${base.sha.slice(0, 7)}.`);

  // Base versions
  const baseVersions = new Map<string, BaseVersion>();
  const removed: string[] = [];
  if (onlyNew && base) {
    const reader = new BaseReader({
      workspace,
      commit: base.sha,
      maxBytes: options.config.limits.maxFileBytes,
      api: options.octokit
        ? { octokit: options.octokit, repo: options.repo, debug: core.debug }
        : undefined,
    });
    const skipped = new Set((options.skipped ?? []).map((s) => s.path));
    const checked = new Set(options.sources.map((s) => s.path));
    for (const file of options.files) {
      if (!checked.has(file.path) || skipped.has(file.path)) continue;
      baseVersions.set(file.path, await readBase(reader, file));
    }
    for (const file of options.changed) {
      if (file.status !== 'removed') continue;
      if (!isCandidate(file.path, options.paths, options.exclude)) continue;
      removed.push(file.path);
      baseVersions.set(file.path, await reader.read(file.path));
    }
    const read = [...baseVersions.values()].filter((v) => v.state === 'read');
    core.info(
      `Read ${plural(read.length, 'base version')}: ${read.filter((v) => v.origin === 'git').length} from git objects, ${read.filter((v) => v.origin === 'api').length} through the API.`,
    );
  }

  // Changed lines
  const headText = new Map(options.sources.map((s) => [s.path, s.text]));
  const changedLines = new Map<string, ChangedLines>();
  for (const file of options.files) {
    const version = baseVersions.get(file.path);
    changedLines.set(
      file.path,
      changedLinesOf({
        file,
        workspace,
        base: base?.sha,
        head: target.headSha,
        baseText: version?.state === 'read' ? version.text : undefined,
        headText: headText.get(file.path),
      }),
    );
  }
  const wholeFiles = [...changedLines.entries()]
    .filter(([, lines]) => lines.kind === 'whole-file' && lines.reason === NO_DIFF_REASON)
    .map(([path]) => codePath(path));
  if (wholeFiles.length > 0) {
    notes.push(
      `GitHub sent no diff for ${wholeFiles.join(', ')} (it leaves out very large ones) and the checkout lacks the commits to compute it, so every line of ${wholeFiles.length === 1 ? 'that file' : 'those files'} counts as changed.`,
    );
  }
  if (!onlyNew || !base) {
    notes.push(...offLineNote(options.annotate, options.findings, changedLines));
    return { changedLines, notes };
  }

  // Findings at the base
  for (const [path, version] of baseVersions) {
    if (version.state !== 'unavailable') continue;
    notes.push(
      `The base version of ${codePath(path)} could not be read (${escapeMarkdown(version.reason)}): its findings count as new.`,
    );
  }
  const baseSources: SourceFile[] = [];
  for (const [path, version] of baseVersions) {
    if (version.state === 'read') baseSources.push({ path, text: version.text });
  }
  const baseRun = runEngine({ files: baseSources, config: options.config });
  const matched = matchFindings(options.findings, baseRun.findings, (finding) =>
    touches(changedLines.get(finding.file), finding.range),
  );
  notes.push(...offLineNote(options.annotate, options.findings, changedLines));
  core.info(
    `Against the base: ${matched.introduced.length} new, ${matched.existing.length} existing, ${matched.fixed.length} fixed by ${base.change}${removed.length ? ` (${plural(removed.length, 'removed file')} included)` : ''}.`,
  );
  return {
    changedLines,
    comparison: {
      base,
      introduced: matched.introduced.length,
      existing: matched.existing.length,
      fixed: matched.fixed,
      baseFindings: baseRun.findings,
    },
    notes,
  };
}

/**
 * The base version of a head file: none for an added or copied file (a copy's findings
 * are new even when the original had the same ones), the previous name's for a rename.
 */
async function readBase(reader: BaseReader, file: ChangedFile): Promise<BaseVersion> {
  if (file.status === 'added' || file.status === 'copied') return { state: 'absent' };
  const path =
    file.status === 'renamed' && file.previousPath ? file.previousPath : file.path;
  return reader.read(path);
}

function noChangeSet(target: RunTarget): string {
  if (target.kind === 'other') return `a ${target.event} event has no base`;
  if (!target.baseSha) return 'the push created the branch';
  return 'scope: all, or the change set could not be listed';
}

/** With `annotate: changed-lines`, says how many counted findings got no annotation. */
function offLineNote(
  annotate: AnnotateMode,
  findings: readonly Finding[],
  changedLines: ReadonlyMap<string, ChangedLines>,
): string[] {
  if (annotate !== 'changed-lines') return [];
  const off = findings.filter(
    (f) => !f.exemption && !f.existing && !touches(changedLines.get(f.file), f.range),
  ).length;
  if (off === 0) return [];
  return [
    `${plural(off, 'finding')} on lines this change did not touch ${off === 1 ? 'has' : 'have'} no annotation (annotate: changed-lines); the table lists ${off === 1 ? 'it' : 'them'}.`,
  ];
}

/** A file name in a note, inert whatever characters it holds. */
function codePath(path: string): string {
  return `<code>${escapeHtml(path.replace(/[\r\n]+/g, ' '))}</code>`;
}

/**
 * Marks, in place, the findings of a re-check of the same change (the content after a fix
 * commit) that existed at the base, so that only-new judges it as it judged the head.
 */
export function markExistingAgain(
  findings: Finding[],
  comparison: BaseComparison | undefined,
): void {
  if (comparison) matchFindings(findings, comparison.baseFindings, () => false);
}
