import type { Document } from 'yaml';
import {
  CHECKS,
  CHECKS_BY_ID,
  ENGINE_CHECK_IDS,
  RELATED_CHECK_IDS,
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
import { objectsOf } from '../manifests/objects.js';
import { parseFile } from '../manifests/parse.js';
import { podSpecsOf } from '../podspecs/extract.js';
import { applyExemptions } from './exemptions.js';
import type {
  EngineResult,
  Finding,
  ManifestObject,
  ParsedFile,
  Severity,
  SourceFile,
} from './types.js';
import { WorkspaceIndex } from './workspace-index.js';

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

/** The parsed form of every checked file, kept for fixes and re-checks. */
export interface EngineRun extends EngineResult {
  parsed: Map<string, ParsedFile>;
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
    parsed: new Map(),
  };
  const workspace = new WorkspaceIndex();
  const checked: ManifestObject[] = [];

  for (const source of input.files) {
    const parse = parseFile(source, config.limits);
    if (parse.skipReason || !parse.file) {
      result.skipped.push({
        path: source.path,
        reason: parse.skipReason ?? 'not parsed',
      });
      continue;
    }
    result.filesChecked++;
    result.parsed.set(source.path, parse.file);
    for (const finding of parse.findings) {
      const configured = applySeverity(finding, config);
      if (configured) result.findings.push(configured);
    }
    for (const object of objectsOf(parse.file)) {
      workspace.add(object);
      checked.push(object);
    }
    // CRDs the parser skipped (no check reads them) still count as objects seen.
    result.objectsChecked += parse.opaqueObjects ?? 0;
  }

  const active = activeChecks(config);
  const checkedPaths = new Set(input.files.map((f) => f.path));
  const needsContext = active.some(({ check }) => RELATED_CHECK_IDS.has(check.id));
  const contextFiles = !needsContext
    ? []
    : typeof input.contextFiles === 'function'
      ? input.contextFiles()
      : (input.contextFiles ?? []);
  for (const source of contextFiles) {
    if (checkedPaths.has(source.path)) continue;
    const parse = parseFile(source, config.limits);
    if (parse.file) for (const object of objectsOf(parse.file)) workspace.add(object);
  }

  for (const object of checked) {
    checkObject(object, active, workspace, result);
  }

  applyExemptions(result.findings, config, {
    objects: checked,
    parsed: result.parsed,
    active: new Set(active.map(({ check }) => check.id)),
    known: [...CHECKS_BY_ID.keys(), ...ENGINE_CHECK_IDS],
  });
  return result;
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

function checkObject(
  object: ManifestObject,
  active: ActiveCheck[],
  workspace: WorkspaceIndex,
  result: EngineRun,
): void {
  result.objectsChecked++;
  const doc: Document.Parsed = object.document;
  const pods = podSpecsOf(object);

  for (const { check, severity, options } of active) {
    const base: ObjectContext = { object, doc, options, workspace };
    const emit = (reports: Report[]) => {
      for (const report of reports)
        result.findings.push(toFinding(check, severity, object, report));
    };
    if (check.checkObject) emit(check.checkObject(base));
    for (const pod of pods) {
      const podContext: PodContext = { ...base, pod };
      if (check.checkPod) emit(check.checkPod(podContext));
      if (check.checkContainer) {
        for (const container of pod.containers) {
          const context: ContainerContext = { ...podContext, container };
          emit(check.checkContainer(context));
        }
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
    object: { kind: object.kind, name: object.name, namespace: object.namespace },
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
