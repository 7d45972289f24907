import type { Document } from 'yaml';
import {
  CHECKS,
  CHECKS_BY_ID,
  ENGINE_CHECK_IDS,
  RELATED_CHECK_IDS,
  RELATED_KINDS,
} from '../checks/catalogue/index.js';
import type {
  Check,
  ContainerContext,
  ObjectContext,
  PodContext,
  Report,
} from '../checks/types.js';
import type { Config } from '../config/types.js';
import { rangeOf, startOf } from '../manifests/nodes.js';
import { objectsOfDocument } from '../manifests/objects.js';
import type { ParseLimits } from '../manifests/limits.js';
import { parseFile, type DocumentVisitor } from '../manifests/parse.js';
import { podSpecsOf } from '../podspecs/extract.js';
import {
  annotationExemptions,
  applyExemptions,
  identityOf,
  type ManifestExemption,
  type ObjectIdentity,
} from './exemptions.js';
import type {
  EngineResult,
  Finding,
  ManifestObject,
  ParsedFile,
  Severity,
  SourceFile,
} from './types.js';
import { mayHoldKind, WorkspaceIndex } from './workspace-index.js';

export interface EngineInput {
  files: SourceFile[];
  config: Config;
  /**
   * Objects of files that are not checked but that related-resource checks may look
   * up (a PodDisruptionBudget in an unchanged file). A function is called only when a
   * check that looks up related objects is enabled, so the workspace is read only then.
   */
  contextFiles?: SourceFile[] | (() => SourceFile[]);
}

/** A switch for the equivalence test; always off in a real run. */
export const engineSettings = {
  /**
   * Parse and index every file before checking any, as the engine did before it read
   * first only the files that may hold a kind some check looks up.
   */
  readEveryFileFirst: false,
};

/** A run's result, and what the fix step needs of it. */
export interface EngineRun extends EngineResult {
  parsed: FixableFiles;
}

/**
 * The checked files that have a finding with a fix intent, for the fix step. Syntax
 * trees are dropped as soon as their file is checked, so that a large run never holds
 * them all (they take about 20 bytes per byte of YAML); the fix step gets a file parsed
 * again from the same text with the same limits. Parsing is deterministic, so its nodes
 * sit at the offsets the fix intents' nodes give, which is all the fix step relies on.
 */
export class FixableFiles {
  private readonly sources = new Map<string, SourceFile>();

  constructor(private readonly limits: ParseLimits) {}

  add(source: SourceFile): void {
    this.sources.set(source.path, source);
  }

  has(path: string): boolean {
    return this.sources.has(path);
  }

  /** The file parsed again, or undefined when the run had no fix intent in it. */
  get(path: string): ParsedFile | undefined {
    const source = this.sources.get(path);
    return source && parseFile(source, this.limits).file;
  }
}

interface ActiveCheck {
  check: Check;
  severity: Severity;
  options: Record<string, unknown>;
}

/** Runs every enabled check over the files: parse, find objects and pod specs, check. */
export function runEngine(input: EngineInput): EngineRun {
  const { config } = input;
  const result: EngineRun = {
    findings: [],
    skipped: [],
    filesChecked: 0,
    objectsChecked: 0,
    podSpecsChecked: 0,
    containersChecked: 0,
    parsed: new FixableFiles(config.limits),
  };
  const active = activeChecks(config);
  const needsContext = active.some(({ check }) => RELATED_CHECK_IDS.has(check.id));
  const workspace = new WorkspaceIndex(RELATED_KINDS);

  // Related objects first: every check of a file may look them up
  if (needsContext) indexRelated(input, config, workspace);

  // Check file by file, each document as it is read
  const checkFindings: Finding[] = [];
  const objects: ObjectIdentity[] = [];
  const annotations: ManifestExemption[] = [];
  const texts = new Map<string, string>();
  const file = new FileChecks(active, workspace);
  for (const source of input.files) {
    file.reset();
    const parse = parseFile(source, config.limits, file);
    if (parse.skipReason || !parse.file) {
      result.skipped.push({
        path: source.path,
        reason: parse.skipReason ?? 'not parsed',
      });
      continue;
    }
    result.filesChecked++;
    texts.set(source.path, source.text);
    // Syntax findings come before every check's, as when all files were parsed first.
    for (const finding of parse.findings) {
      const configured = applySeverity(finding, config);
      if (configured) result.findings.push(configured);
    }
    for (const finding of file.findings) checkFindings.push(finding);
    for (const object of file.objects) objects.push(object);
    for (const annotation of file.annotations) annotations.push(annotation);
    result.objectsChecked += file.objectsChecked;
    result.podSpecsChecked += file.podSpecsChecked;
    result.containersChecked += file.containersChecked;
    // CRDs the parser skipped (no check reads them) still count as objects seen.
    result.objectsChecked += parse.opaqueObjects ?? 0;
    // The syntax trees are dropped; the fix step parses again the files it may edit.
    if (file.fixable) result.parsed.add(source);
  }
  for (const finding of checkFindings) result.findings.push(finding);

  applyExemptions(result.findings, config, {
    objects,
    annotations,
    texts,
    active: new Set(active.map(({ check }) => check.id)),
    known: [...CHECKS_BY_ID.keys(), ...ENGINE_CHECK_IDS],
  });
  return result;
}

/**
 * What the checks found in one file, document by document as the parser reads them.
 * Kept apart until the file is read to its end, since a later document over a limit
 * skips the whole file.
 */
class FileChecks implements DocumentVisitor {
  findings: Finding[] = [];
  objects: ObjectIdentity[] = [];
  annotations: ManifestExemption[] = [];
  objectsChecked = 0;
  podSpecsChecked = 0;
  containersChecked = 0;
  /** Whether a finding carries a fix intent, so the fix step may need the file. */
  fixable = false;

  constructor(
    private readonly active: ActiveCheck[],
    private readonly workspace: WorkspaceIndex,
  ) {}

  reset(): void {
    this.findings = [];
    this.objects = [];
    this.annotations = [];
    this.objectsChecked = 0;
    this.podSpecsChecked = 0;
    this.containersChecked = 0;
    this.fixable = false;
  }

  discard(): void {
    this.reset();
  }

  document(document: Document.Parsed, index: number, file: ParsedFile): void {
    for (const object of objectsOfDocument(file, document, index)) {
      const first = this.findings.length;
      checkObject(object, this.active, this.workspace, this.findings, this);
      this.objects.push(identityOf(object));
      for (const annotation of annotationExemptions(object))
        this.annotations.push(annotation);
      for (let i = first; i < this.findings.length && !this.fixable; i++) {
        if (this.findings[i].fixIntent) this.fixable = true;
      }
    }
  }
}

/**
 * Reads the files that may hold an object some check looks up (a ServiceAccount, a
 * PodDisruptionBudget, ...), checked files and then context files, and indexes those
 * objects. Their syntax trees are not kept for the checks: parsing a file again when
 * its turn comes costs less than the garbage collection of trees held that long.
 */
function indexRelated(
  input: EngineInput,
  config: Config,
  workspace: WorkspaceIndex,
): void {
  // A file's objects are indexed once it is read to its end: a file skipped for a
  // limit found in a later document has no objects, as it is not checked either.
  let found: ManifestObject[] = [];
  const index: DocumentVisitor = {
    document(document, documentIndex, file) {
      for (const object of objectsOfDocument(file, document, documentIndex)) {
        found.push(object);
      }
    },
    discard() {
      found = [];
    },
  };
  const read = (source: SourceFile) => {
    found = [];
    if (!parseFile(source, config.limits, index).skipReason) {
      for (const object of found) workspace.add(object);
    }
  };
  const mayHold = (source: SourceFile) =>
    engineSettings.readEveryFileFirst || mayHoldKind(source.text, RELATED_KINDS);
  for (const source of input.files) if (mayHold(source)) read(source);

  const checkedPaths = new Set(input.files.map((f) => f.path));
  const contextFiles =
    typeof input.contextFiles === 'function'
      ? input.contextFiles()
      : (input.contextFiles ?? []);
  for (const source of contextFiles) {
    if (!checkedPaths.has(source.path) && mayHold(source)) read(source);
  }
}

function activeChecks(config: Config): ActiveCheck[] {
  const active: ActiveCheck[] = [];
  for (const check of CHECKS) {
    const configured = config.checks[check.id];
    const severity = configured?.severity ?? check.severity;
    if (severity === 'off') continue;
    const options: Record<string, unknown> = {};
    for (const [name, option] of Object.entries(check.options ?? {})) {
      options[name] = configured?.options?.[name] ?? option.default;
    }
    active.push({ check, severity, options });
  }
  return active;
}

/** Counts a check pass keeps, for a file or for the whole run. */
interface CheckCounts {
  objectsChecked: number;
  podSpecsChecked: number;
  containersChecked: number;
}

function checkObject(
  object: ManifestObject,
  active: ActiveCheck[],
  workspace: WorkspaceIndex,
  findings: Finding[],
  result: CheckCounts,
): void {
  result.objectsChecked++;
  const doc: Document.Parsed = object.document;
  const pods = podSpecsOf(object);
  // One for all the object's findings: a large run has a hundred thousand of them.
  const named = { kind: object.kind, name: object.name, namespace: object.namespace };

  // Findings stay in order: by check, then the object, its pods and their containers.
  // No closure per check: this loop runs once per object and check.
  for (const { check, severity, options } of active) {
    const base: ObjectContext = { object, doc, options, workspace };
    if (check.checkObject) {
      for (const report of check.checkObject(base))
        findings.push(toFinding(check, severity, object, named, report));
    }
    if (!check.checkPod && !check.checkContainer) continue;
    for (const pod of pods) {
      const podContext: PodContext = { ...base, pod };
      if (check.checkPod) {
        for (const report of check.checkPod(podContext))
          findings.push(toFinding(check, severity, object, named, report));
      }
      if (!check.checkContainer) continue;
      for (const container of pod.containers) {
        const context: ContainerContext = { ...podContext, container };
        for (const report of check.checkContainer(context))
          findings.push(toFinding(check, severity, object, named, report));
      }
    }
  }

  result.podSpecsChecked += pods.length;
  for (const pod of pods) result.containersChecked += pod.containers.length;
}

function toFinding(
  check: Check,
  severity: Severity,
  object: ManifestObject,
  named: NonNullable<Finding['object']>,
  report: Report,
): Finding {
  const file = object.file;
  const range =
    report.span === 'start'
      ? startOf(file, report.at)
      : rangeOf(file, report.at ?? object.node);
  return {
    checkId: check.id,
    severity,
    file: file.path,
    range,
    message: report.message,
    why: check.why,
    fix: report.fix ?? check.howToFix,
    object: named,
    container: report.container?.name,
    field: report.field,
    fixIntent: report.fixIntent,
  };
}

/** Engine findings (`yaml-syntax`) honour the configured severity too; `off` drops them. */
function applySeverity(finding: Finding, config: Config): Finding | undefined {
  const configured = config.checks[finding.checkId]?.severity;
  if (configured === 'off') return undefined;
  if (configured) return { ...finding, severity: configured };
  return finding;
}
