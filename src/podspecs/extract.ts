import { isMap, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import type {
  ContainerRef,
  ContainerType,
  ManifestObject,
  PodSpecRef,
} from '../engine/types.js';
import { mapGet, mapGetMap, mapGetSeq, mapGetText, resolve } from '../manifests/nodes.js';

const CONTAINER_TYPES: readonly ContainerType[] = [
  'containers',
  'initContainers',
  'ephemeralContainers',
];

/** Kinds that never carry a pod spec; skipping them keeps large CRD bundles cheap. */
const NO_POD_KINDS = new Set([
  'CustomResourceDefinition',
  'ConfigMap',
  'Secret',
  'Service',
  'ServiceAccount',
  'Namespace',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'Ingress',
  'IngressClass',
  'NetworkPolicy',
  'PodDisruptionBudget',
  'HorizontalPodAutoscaler',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'StorageClass',
  'Endpoints',
  'EndpointSlice',
  'LimitRange',
  'ResourceQuota',
  'PriorityClass',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'APIService',
  'Kustomization',
  'Component',
]);

/**
 * API groups whose objects hold container-shaped data that is not a pod: policy engines
 * match or patch pod specs rather than run them.
 */
const NON_WORKLOAD_GROUPS = [
  /(^|\.)kyverno\.io\//,
  /^templates\.gatekeeper\.sh\//,
  // GKE Autopilot allowlists describe which containers may run, with pod-shaped criteria.
  /^auto\.gke\.io\//,
];

/** Keys under which container-shaped data is a pattern, patch or schema, not a pod. */
const NON_POD_KEYS = new Set([
  'metadata',
  'status',
  'pattern',
  'anyPattern',
  'patchStrategicMerge',
  'patchesStrategicMerge',
  'patchesJson6902',
  'openAPIV3Schema',
  'schema',
  'validation',
  'matchingCriteria',
  'data',
  'stringData',
]);

const MAX_DEPTH = 24;

/**
 * Finds the pod specs of an object without a list of kinds: any mapping with a
 * `containers` sequence of mappings is a pod spec. That covers Pod, PodTemplate, the
 * workload controllers, CronJob, and custom resources that embed a pod template (Argo
 * Rollout, OpenShift DeploymentConfig, Knative Service, JobSet, ...).
 */
export function podSpecsOf(object: ManifestObject): PodSpecRef[] {
  if (NO_POD_KINDS.has(object.kind)) return [];
  if (NON_WORKLOAD_GROUPS.some((group) => group.test(object.apiVersion))) return [];

  const found: PodSpecRef[] = [];
  const visited = new Set<Node>();
  search(object, object.node, '', undefined, 0, visited, found);
  return found;
}

function search(
  object: ManifestObject,
  map: YAMLMap,
  path: string,
  parent: YAMLMap | undefined,
  depth: number,
  visited: Set<Node>,
  found: PodSpecRef[],
): void {
  if (depth > MAX_DEPTH || visited.has(map)) return;
  visited.add(map);
  const doc = object.document;

  if (depth > 0 && isPodSpec(map, doc)) {
    const templateMetadata = parent ? mapGetMap(parent, 'metadata', doc) : undefined;
    found.push({
      object,
      node: map,
      path,
      templateMetadata,
      containers: containersOf(map, path, doc),
    });
    return;
  }

  for (const item of map.items) {
    const key = (item.key as { value?: unknown } | null)?.value;
    if (typeof key !== 'string' || NON_POD_KEYS.has(key)) continue;
    const value = resolve(item.value, doc);
    const childPath = path ? `${path}.${key}` : key;
    if (isMap(value)) {
      search(object, value, childPath, map, depth + 1, visited, found);
    } else if (isSeq(value)) {
      value.items.forEach((element, index) => {
        const resolved = resolve(element, doc);
        if (isMap(resolved)) {
          search(
            object,
            resolved,
            `${childPath}[${index}]`,
            map,
            depth + 1,
            visited,
            found,
          );
        }
      });
    }
  }
}

function isPodSpec(map: YAMLMap, doc: Document.Parsed): boolean {
  const containers = mapGetSeq(map, 'containers', doc);
  if (!containers) return false;
  return containers.items.some((item) => isMap(resolve(item, doc)));
}

function containersOf(
  podSpec: YAMLMap,
  podPath: string,
  doc: Document.Parsed,
): ContainerRef[] {
  const result: ContainerRef[] = [];
  for (const type of CONTAINER_TYPES) {
    const list = mapGet(podSpec, type, doc);
    if (!isSeq(list)) continue;
    list.items.forEach((item, index) => {
      const node = resolve(item, doc);
      if (!isMap(node)) return;
      result.push({
        type,
        index,
        node,
        name: mapGetText(node, 'name', doc) ?? `#${index + 1}`,
        path: `${podPath}.${type}[${index}]`,
      });
    });
  }
  return result;
}
