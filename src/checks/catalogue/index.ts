import type { Check } from '../types.js';
import { cpuLimits } from './cpu-limits.js';
import { cpuRequests } from './cpu-requests.js';
import { dangerousCapabilities } from './dangerous-capabilities.js';
import { duplicateEnv } from './duplicate-env.js';
import { hostIpc } from './host-ipc.js';
import { hostNetwork } from './host-network.js';
import { hostPath } from './host-path.js';
import { hostPid } from './host-pid.js';
import { hostPort } from './host-port.js';
import { hostProcess } from './host-process.js';
import { hpaMaxReplicas } from './hpa-max-replicas.js';
import { hpaMinReplicas } from './hpa-min-replicas.js';
import { imagePullPolicy } from './image-pull-policy.js';
import { imageTag } from './image-tag.js';
import { insecureCapabilities } from './insecure-capabilities.js';
import { instanceLabel } from './instance-label.js';
import { linuxHardening } from './linux-hardening.js';
import { livenessProbe } from './liveness-probe.js';
import { memoryLimits } from './memory-limits.js';
import { memoryRequests } from './memory-requests.js';
import { networkPolicy } from './network-policy.js';
import { pdbAllowsDisruption } from './pdb-allows-disruption.js';
import { pdbVsHpa } from './pdb-vs-hpa.js';
import { podDisruptionBudget } from './pod-disruption-budget.js';
import { priorityClass } from './priority-class.js';
import { privilegeEscalation } from './privilege-escalation.js';
import { privileged } from './privileged.js';
import { probePort } from './probe-port.js';
import { procMount } from './proc-mount.js';
import { readOnlyRootFilesystem } from './read-only-root-filesystem.js';
import { readinessProbe } from './readiness-probe.js';
import { replicas } from './replicas.js';
import { runAsNonRoot } from './run-as-non-root.js';
import { schema } from './schema.js';
import { secretInEnv } from './secret-in-env.js';
import { serviceAccountToken } from './service-account-token.js';
import { topologySpread } from './topology-spread.js';

/** Every check, in the order they are documented and reported. */
export const CHECKS: readonly Check[] = [
  // Images
  imagePullPolicy,
  imageTag,
  // Health
  readinessProbe,
  livenessProbe,
  // Resources
  cpuRequests,
  cpuLimits,
  memoryRequests,
  memoryLimits,
  // Host access
  hostNetwork,
  hostPid,
  hostIpc,
  hostPort,
  hostPath,
  hostProcess,
  procMount,
  // Privilege
  privileged,
  privilegeEscalation,
  runAsNonRoot,
  dangerousCapabilities,
  insecureCapabilities,
  readOnlyRootFilesystem,
  linuxHardening,
  // Secrets
  secretInEnv,
  // Scheduling and availability
  priorityClass,
  topologySpread,
  replicas,
  instanceLabel,
  // Related resources
  serviceAccountToken,
  podDisruptionBudget,
  networkPolicy,
  pdbAllowsDisruption,
  hpaMinReplicas,
  hpaMaxReplicas,
  pdbVsHpa,
  // API schema and consistency
  schema,
  duplicateEnv,
  probePort,
];

export const CHECKS_BY_ID: ReadonlyMap<string, Check> = new Map(
  CHECKS.map((c) => [c.id, c]),
);

/** Checks that look up other objects of the workspace (PodDisruptionBudgets, ...). */
export const RELATED_CHECK_IDS: ReadonlySet<string> = new Set([
  'service-account-token',
  'pod-disruption-budget',
  'network-policy',
  'pdb-vs-hpa',
  'replicas',
]);

/**
 * The kinds those checks look up in the workspace. The engine indexes only these, and
 * reads first the files whose text may hold one (see `mayHoldKind`); a lookup of any
 * other kind throws, so a check that starts looking one up must add it here.
 */
export const RELATED_KINDS: ReadonlySet<string> = new Set([
  'ServiceAccount',
  'PodDisruptionBudget',
  'NetworkPolicy',
  'HorizontalPodAutoscaler',
]);

/** Ids that are findings of the engine itself rather than of a check module. */
export const ENGINE_CHECK_IDS = ['yaml-syntax', 'stale-exemption'] as const;
