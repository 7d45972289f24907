import type { Document, Node } from 'yaml';
import type {
  ContainerRef,
  FixIntent,
  ManifestObject,
  PodSpecRef,
  Severity,
} from '../engine/types.js';
import type { WorkspaceIndex } from '../engine/workspace-index.js';

/** Names of the corresponding checks in other tools, for the docs and for migration. */
export interface PeerNames {
  polaris?: string;
  kubeLinter?: string;
  kubeScore?: string;
  checkov?: string;
}

/** What a check reports; the engine adds file, object, severity and exemptions. */
export interface Report {
  /** The node the finding points at: the offending field, or the container or pod spec. */
  at: Node | undefined;
  /** `start`: only the first line of `at` (used when pointing at a whole container). */
  span?: 'node' | 'start';
  message: string;
  /** The exact fix for this finding; defaults to the check's `howToFix`. */
  fix?: string;
  /** Path of the field from the object root; part of the finding's identity. */
  field?: string;
  container?: ContainerRef;
  fixIntent?: FixIntent;
}

export interface ObjectContext {
  object: ManifestObject;
  doc: Document.Parsed;
  options: Readonly<Record<string, unknown>>;
  /** Every object of the workspace, for checks that look at related resources. */
  workspace: WorkspaceIndex;
}

export interface PodContext extends ObjectContext {
  pod: PodSpecRef;
}

export interface ContainerContext extends PodContext {
  container: ContainerRef;
}

export interface Check {
  id: string;
  title: string;
  severity: Severity;
  /** Why the check matters, in one or two sentences. */
  why: string;
  /** How to fix a finding, in general terms. */
  howToFix: string;
  /** Whether `fix` can repair findings of this check. */
  autoFix: boolean;
  peers: PeerNames;
  /** Where this check decides differently from its peers on purpose, and why. */
  differences?: string;
  /** Per-check options and their defaults, documented in docs/configuration.md. */
  options?: Record<string, { default: unknown; description: string }>;
  checkObject?(context: ObjectContext): Report[];
  checkPod?(context: PodContext): Report[];
  checkContainer?(context: ContainerContext): Report[];
}
