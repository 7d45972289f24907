import type { Document, LineCounter, Node as YamlNode, YAMLMap } from 'yaml';

/** Finding severities, strongest first. `off` only appears in configuration. */
export type Severity = 'error' | 'warning' | 'notice';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/** 1-based line and column range inside a file. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A file as the engine sees it: a path relative to the repository root and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** Where a Kubernetes object came from and what it is. */
export interface ManifestObject {
  file: ParsedFile;
  document: Document.Parsed;
  /** Index of the YAML document in the file (0-based). */
  documentIndex: number;
  /** The object's mapping node; for an item of a `kind: List` the item's node. */
  node: YAMLMap;
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
}

/** A parsed file with everything needed to turn node offsets into lines. */
export interface ParsedFile {
  path: string;
  text: string;
  lineCounter: LineCounter;
  documents: Document.Parsed[];
}

export type ContainerType = 'containers' | 'initContainers' | 'ephemeralContainers';

/** One container of a pod spec, with the nodes checks need for exact positions. */
export interface ContainerRef {
  type: ContainerType;
  index: number;
  node: YAMLMap;
  name: string;
  /** Dotted path from the object root, for example `spec.template.spec.containers[0]`. */
  path: string;
}

/** A pod spec found inside an object, at `path` (for example `spec.template.spec`). */
export interface PodSpecRef {
  object: ManifestObject;
  node: YAMLMap;
  path: string;
  /** The pod template's metadata node when the spec sits in a template. */
  templateMetadata?: YAMLMap;
  containers: ContainerRef[];
}

/** A text edit against the original bytes of a file. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * What a fix wants, independent of the file's formatting. The fix module turns it into
 * text edits that respect the file's own style.
 */
export type FixIntent =
  | { type: 'set-scalar'; node: YamlNode; value: string }
  | { type: 'add-field'; map: YAMLMap; key: string; value: string; after?: string[] };

export interface Finding {
  checkId: string;
  severity: Severity;
  file: string;
  range: SourceRange;
  /** One sentence: what is wrong, with the container and object named. */
  message: string;
  /** Why it matters. */
  why: string;
  /** The exact fix. */
  fix: string;
  object?: { kind: string; name: string; namespace: string };
  container?: string;
  /** The field the finding is about, as a path from the object root. */
  field?: string;
  fixIntent?: FixIntent;
  /** Set by the fix step when it tried this finding's fix and left it out: the reason. */
  notFixed?: string;
  /** Set when an exemption matched: the finding is kept, listed and not counted. */
  exemption?: string;
  /** Set by only-new: the finding existed at the base already. */
  existing?: boolean;
  /** Set by only-new for an existing finding whose line this change touched. */
  annotateExisting?: boolean;
}

/** A file that was not checked, with the reason shown in the summary. */
export interface SkippedFile {
  path: string;
  reason: string;
}

export interface EngineResult {
  findings: Finding[];
  skipped: SkippedFile[];
  filesChecked: number;
  objectsChecked: number;
  podSpecsChecked: number;
  containersChecked: number;
}
