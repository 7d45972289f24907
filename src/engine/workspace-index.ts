import type { ManifestObject } from './types.js';

/**
 * Every Kubernetes object known to the run, by kind. Checks that look at related
 * resources (a PodDisruptionBudget for a Deployment) use it, so that objects in
 * unchanged files count too.
 */
export class WorkspaceIndex {
  private readonly byKind = new Map<string, ManifestObject[]>();

  add(object: ManifestObject): void {
    const list = this.byKind.get(object.kind);
    if (list) list.push(object);
    else this.byKind.set(object.kind, [object]);
  }

  ofKind(kind: string): readonly ManifestObject[] {
    return this.byKind.get(kind) ?? [];
  }
}
