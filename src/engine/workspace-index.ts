import type { ManifestObject } from './types.js';

/**
 * The Kubernetes objects of the run that checks may look up, by kind and by kind and
 * namespace. Checks that look at related resources (a PodDisruptionBudget for a
 * Deployment) use it, so that objects in unchanged files count too. Lookups are by
 * namespace because every related-resource check runs once per pod: filtering a kind's
 * full list each time made the run quadratic in the size of the workspace.
 */
export class WorkspaceIndex {
  private readonly byKind = new Map<string, ManifestObject[]>();
  private readonly byNamespace = new Map<string, Map<string, ManifestObject[]>>();
  /** The first object of each kind, namespace and name: `kind\0namespace\0name`. */
  private readonly firstByName = new Map<string, ManifestObject>();

  /**
   * @param kinds The kinds to index; objects of other kinds are not kept, and looking
   *   one of them up is a bug (it would always find nothing). All kinds when omitted.
   */
  constructor(private readonly kinds?: ReadonlySet<string>) {}

  /** Whether objects of `kind` are kept. */
  indexes(kind: string): boolean {
    return !this.kinds || this.kinds.has(kind);
  }

  add(object: ManifestObject): void {
    if (!this.indexes(object.kind)) return;
    const list = this.byKind.get(object.kind);
    if (list) list.push(object);
    else this.byKind.set(object.kind, [object]);

    let namespaces = this.byNamespace.get(object.kind);
    if (!namespaces) {
      namespaces = new Map();
      this.byNamespace.set(object.kind, namespaces);
    }
    const inNamespace = namespaces.get(object.namespace);
    if (inNamespace) inNamespace.push(object);
    else namespaces.set(object.namespace, [object]);

    const key = `${object.kind}\0${object.namespace}\0${object.name}`;
    if (!this.firstByName.has(key)) this.firstByName.set(key, object);
  }

  /** The objects of `kind`, in the order they were added. */
  ofKind(kind: string): readonly ManifestObject[] {
    this.expectIndexed(kind);
    return this.byKind.get(kind) ?? [];
  }

  /**
   * The objects of `kind` in `namespace` (`''` when unset), in the order they were
   * added: the same objects, in the same order, as filtering `ofKind(kind)`.
   */
  inNamespace(kind: string, namespace: string): readonly ManifestObject[] {
    this.expectIndexed(kind);
    return this.byNamespace.get(kind)?.get(namespace) ?? [];
  }

  /**
   * The first object added of `kind` named `name` in `namespace`: what
   * `inNamespace(kind, namespace).find((o) => o.name === name)` returns.
   */
  named(kind: string, namespace: string, name: string): ManifestObject | undefined {
    this.expectIndexed(kind);
    return this.firstByName.get(`${kind}\0${namespace}\0${name}`);
  }

  private expectIndexed(kind: string): void {
    if (!this.indexes(kind)) {
      throw new Error(
        `Bug: a check looked up ${kind} objects, which the workspace index does not keep; add "${kind}" to RELATED_KINDS in src/checks/catalogue/index.ts.`,
      );
    }
  }
}

/**
 * Whether `text` may hold an object of one of `kinds`: a cheap test that never says no
 * wrongly. A kind is a string scalar, so its name is in the text as written, or built
 * with escapes in a double-quoted scalar (`"Service\u0041ccount"`, or a line broken
 * with `\`); an alias or merge key only repeats what an anchor in the same text holds.
 */
export function mayHoldKind(text: string, kinds: ReadonlySet<string>): boolean {
  if (text.includes('\\')) return true;
  for (const kind of kinds) if (text.includes(kind)) return true;
  return false;
}
