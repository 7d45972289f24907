import { minimatch } from 'minimatch';
import { isScalar, type Document, type Node, type YAMLMap } from 'yaml';
import type { Config, Exemption } from '../config/types.js';
import { mapGetMap, rangeOf, resolve, scalarText } from '../manifests/nodes.js';
import { closest } from '../util/did-you-mean.js';
import type { Finding, ManifestObject, Severity, SourceRange } from './types.js';

const GLOB = { dot: true, nocase: false };

/** The annotation that exempts an object: `podspec-check/ignore: "id, id -- reason"`. */
export const IGNORE_ANNOTATION = 'podspec-check/ignore';
/** The per-container form: `podspec-check/ignore.<container-name>`. */
export const CONTAINER_IGNORE_PREFIX = `${IGNORE_ANNOTATION}.`;
/** The comment form, on the finding's line or the comment lines right above it. */
const COMMENT = /#\s*podspec-check:\s*ignore\s+([^#]*?)\s*$/;
const STALE_ID = 'stale-exemption';

function matchesAny(value: string | undefined, globs: string[] | undefined): boolean {
  if (!globs || globs.length === 0) return true;
  return globs.some((glob) => minimatch(value ?? '', glob, GLOB));
}

/** Whether an exemption from the configuration covers a finding. */
export function exemptionCovers(exemption: Exemption, finding: Finding): boolean {
  if (!exemption.checks.includes('all') && !exemption.checks.includes(finding.checkId)) {
    return false;
  }
  return (
    matchesAny(finding.file, exemption.paths) &&
    matchesAny(finding.object?.kind, exemption.kinds) &&
    matchesAny(finding.object?.namespace, exemption.namespaces) &&
    matchesAny(finding.object?.name, exemption.names) &&
    matchesAny(finding.container, exemption.containers)
  );
}

/**
 * What exemptions need of an object once its syntax tree is gone: where it is and
 * what it is called.
 */
export interface ObjectIdentity {
  path: string;
  kind: string;
  name: string;
  namespace: string;
}

/** The identity of an object, kept after its syntax tree is dropped. */
export function identityOf(object: ManifestObject): ObjectIdentity {
  const { kind, name, namespace } = object;
  return { path: object.file.path, kind, name, namespace };
}

/** An exemption written inside a manifest, as an annotation or a comment. */
export interface ManifestExemption {
  checks: string[];
  reason: string;
  file: string;
  range: SourceRange;
  /** What it covers: an object (and maybe one container), or one line of a file. */
  object?: ObjectIdentity;
  container?: string;
  lines?: number[];
  where: string;
  used: boolean;
}

/** Splits `image-tag, host-path -- vendor chart` into ids and an optional reason. */
export function parseDirective(text: string): { checks: string[]; reason?: string } {
  const [ids, ...rest] = text.split(/\s--\s?|\s—\s?/);
  const reason = rest.join(' -- ').trim();
  return {
    checks: ids
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter(Boolean),
    reason: reason || undefined,
  };
}

export interface ExemptionScope {
  /** Every checked object, in order. */
  objects: readonly ObjectIdentity[];
  /** The annotation exemptions of those objects, in order (see `annotationExemptions`). */
  annotations: readonly ManifestExemption[];
  /** The text of every parsed file, by path, in order: comments may exempt too. */
  texts: ReadonlyMap<string, string>;
  /** Ids of the checks that ran; an exemption naming a check that is off is not stale. */
  active: ReadonlySet<string>;
  known: readonly string[];
}

/**
 * Marks the findings that an exemption covers (configuration, annotations, comments),
 * keeping them in the list, and adds a `stale-exemption` notice for every exemption
 * that covers nothing, so that exemptions are removed once their reason is gone.
 */
export function applyExemptions(
  findings: Finding[],
  config: Config,
  scope: ExemptionScope,
): void {
  const used = new Set<Exemption>();
  for (const finding of findings) {
    const exemption = config.exemptions.find((e) => exemptionCovers(e, finding));
    if (exemption) {
      finding.exemption = exemption.reason;
      used.add(exemption);
    }
  }

  const inManifest = [...scope.annotations, ...commentExemptions(scope.texts)];
  if (inManifest.length > 0) {
    for (const finding of findings) {
      const exemption = inManifest.find((e) => manifestCovers(e, finding));
      if (!exemption) continue;
      exemption.used = true;
      finding.exemption ??= exemption.reason;
    }
  }

  const severity = staleSeverity(config);
  if (!severity) return;
  const notices: Finding[] = [];
  for (const exemption of config.exemptions) {
    if (used.has(exemption) || !exemption.source) continue;
    if (!exemption.checks.every((id) => id === 'all' || scope.active.has(id))) continue;
    if (!scope.objects.some((object) => selects(exemption, object))) continue;
    notices.push(
      staleNotice(
        severity,
        exemption.source.file,
        {
          line: exemption.source.line,
          column: 1,
          endLine: exemption.source.line,
          endColumn: 1,
        },
        `The exemption for ${exemption.checks.join(', ')} in the configuration matches no finding in the checked files it applies to`,
      ),
    );
  }
  for (const exemption of inManifest) {
    const unknown = exemption.checks.filter(
      (id) => id !== 'all' && !scope.known.includes(id),
    );
    for (const id of unknown) {
      const near = closest(id, scope.known);
      notices.push(
        staleNotice(
          severity,
          exemption.file,
          exemption.range,
          `The ${exemption.where} names "${id}", which is not a check id${near ? ` (did you mean "${near}"?)` : ''}, so it exempts nothing`,
          near ? `Write "${near}" instead of "${id}".` : `Remove "${id}".`,
        ),
      );
    }
    if (exemption.used || unknown.length > 0) continue;
    if (!exemption.checks.every((id) => id === 'all' || scope.active.has(id))) continue;
    notices.push(
      staleNotice(
        severity,
        exemption.file,
        exemption.range,
        `The ${exemption.where} for ${exemption.checks.join(', ')} matches no finding`,
      ),
    );
  }
  findings.push(...notices);
}

function staleSeverity(config: Config): Severity | undefined {
  const configured = config.checks[STALE_ID]?.severity;
  if (configured === 'off') return undefined;
  return configured ?? 'notice';
}

function staleNotice(
  severity: Severity,
  file: string,
  range: SourceRange,
  what: string,
  fix = 'Remove the exemption, or correct its check ids and selectors.',
): Finding {
  return {
    checkId: STALE_ID,
    severity,
    file,
    range,
    message: `${what}: a stale exemption would silently hide a future finding. ${fix}`,
    why: 'Exemptions are for findings that exist; one that matches nothing hides the next real finding it happens to match.',
    fix,
  };
}

/** Whether a configuration exemption's selectors (other than checks) pick this object. */
function selects(exemption: Exemption, object: ObjectIdentity): boolean {
  return (
    matchesAny(object.path, exemption.paths) &&
    matchesAny(object.kind, exemption.kinds) &&
    matchesAny(object.namespace, exemption.namespaces) &&
    matchesAny(object.name, exemption.names)
  );
}

function manifestCovers(exemption: ManifestExemption, finding: Finding): boolean {
  if (!exemption.checks.includes('all') && !exemption.checks.includes(finding.checkId)) {
    return false;
  }
  if (finding.file !== exemption.file) return false;
  if (exemption.lines) return exemption.lines.includes(finding.range.line);
  const object = exemption.object;
  if (!object || !finding.object) return false;
  if (
    finding.object.kind !== object.kind ||
    finding.object.name !== object.name ||
    finding.object.namespace !== object.namespace
  ) {
    return false;
  }
  return exemption.container === undefined || exemption.container === finding.container;
}

/** Metadata mappings whose annotations may exempt: the object's and its pod template's. */
function metadataOf(object: ManifestObject): YAMLMap[] {
  const doc = object.document;
  const result: YAMLMap[] = [];
  const own = mapGetMap(object.node, 'metadata', doc);
  if (own) result.push(own);
  let spec = mapGetMap(object.node, 'spec', doc);
  // CronJob: spec.jobTemplate.spec.template; others: spec.template.
  const jobTemplate = spec && mapGetMap(spec, 'jobTemplate', doc);
  if (jobTemplate) spec = mapGetMap(jobTemplate, 'spec', doc);
  const template = spec && mapGetMap(spec, 'template', doc);
  const templateMetadata = template && mapGetMap(template, 'metadata', doc);
  if (templateMetadata) result.push(templateMetadata);
  return result;
}

/**
 * The exemptions an object's annotations (and its pod template's) declare. Read while
 * the object's syntax tree is at hand; they keep only the object's identity.
 */
export function annotationExemptions(object: ManifestObject): ManifestExemption[] {
  const result: ManifestExemption[] = [];
  const doc: Document.Parsed = object.document;
  for (const metadata of metadataOf(object)) {
    const annotations = mapGetMap(metadata, 'annotations', doc);
    if (!annotations) continue;
    for (const pair of annotations.items) {
      const key = scalarText(pair.key);
      if (!key?.startsWith(IGNORE_ANNOTATION)) continue;
      const container = key.startsWith(CONTAINER_IGNORE_PREFIX)
        ? key.slice(CONTAINER_IGNORE_PREFIX.length)
        : undefined;
      if (key !== IGNORE_ANNOTATION && container === undefined) continue;
      const valueNode = resolve(pair.value, doc);
      const directive = parseDirective(scalarText(valueNode) ?? '');
      if (directive.checks.length === 0) continue;
      const at = (isScalar(valueNode) ? valueNode : pair.key) as Node;
      result.push({
        checks: directive.checks,
        reason:
          directive.reason ??
          `annotation ${key} on ${object.kind} "${object.name}" (no reason given)`,
        file: object.file.path,
        range: rangeOf(object.file, at),
        object: identityOf(object),
        container,
        where: `annotation ${key}`,
        used: false,
      });
    }
  }
  return result;
}

function commentExemptions(texts: ReadonlyMap<string, string>): ManifestExemption[] {
  const result: ManifestExemption[] = [];
  for (const [path, text] of texts) {
    if (!text.includes('podspec-check:')) continue;
    const lines = text.split(/\r?\n/);
    lines.forEach((line, index) => {
      const match = COMMENT.exec(line);
      if (!match) return;
      const directive = parseDirective(match[1]);
      if (directive.checks.length === 0) return;
      const lineNumber = index + 1;
      const commentOnly = line.trimStart().startsWith('#');
      // A trailing comment covers its own line; a comment line covers the next line
      // that is not a comment.
      let target = lineNumber;
      if (commentOnly) {
        target = lineNumber + 1;
        while (target <= lines.length && lines[target - 1].trimStart().startsWith('#')) {
          target++;
        }
      }
      const column = line.indexOf('#') + 1;
      result.push({
        checks: directive.checks,
        reason: directive.reason ?? `comment on line ${lineNumber} (no reason given)`,
        file: path,
        range: {
          line: lineNumber,
          column,
          endLine: lineNumber,
          endColumn: line.length + 1,
        },
        lines: [target],
        where: `comment on line ${lineNumber}`,
        used: false,
      });
    });
  }
  return result;
}
