import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REAL_CORPUS, sourcesUnder } from '../../test/support/engine-runs.js';
import { objectsOf } from '../manifests/objects.js';
import { parseFile } from '../manifests/parse.js';
import type { ManifestObject } from './types.js';
import { WorkspaceIndex } from './workspace-index.js';

const RELATED = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: worker
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: worker
  namespace: jobs
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: worker
  namespace: jobs
automountServiceAccountToken: false
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
  namespace: jobs
spec:
  maxUnavailable: 1
`;

function objectsOfText(path: string, text: string): ManifestObject[] {
  const parsed = parseFile({ path, text });
  return parsed.file ? objectsOf(parsed.file) : [];
}

/**
 * The index against the filters it replaced: every kind, namespace and name looked up
 * returns the same objects, in the same order, as scanning the kind's full list.
 */
function expectSameAsFiltering(objects: ManifestObject[]): void {
  const index = new WorkspaceIndex();
  for (const object of objects) index.add(object);
  const kinds = new Set(objects.map((o) => o.kind));
  for (const kind of kinds) {
    const all = index.ofKind(kind);
    expect(all).toEqual(objects.filter((o) => o.kind === kind));
    for (const namespace of new Set([...all.map((o) => o.namespace), 'absent'])) {
      const filtered = all.filter((o) => o.namespace === namespace);
      const found = index.inNamespace(kind, namespace);
      expect(found.length).toBe(filtered.length);
      found.forEach((object, i) => expect(object).toBe(filtered[i]));
      for (const name of new Set([...filtered.map((o) => o.name), 'absent'])) {
        expect(index.named(kind, namespace, name)).toBe(
          filtered.find((o) => o.name === name),
        );
      }
    }
  }
}

describe('WorkspaceIndex', () => {
  it('finds the first of two objects with the same kind, namespace and name', () => {
    const objects = objectsOfText('rbac.yaml', RELATED);
    const index = new WorkspaceIndex();
    for (const object of objects) index.add(object);
    expect(index.named('ServiceAccount', 'jobs', 'worker')).toBe(objects[1]);
    expect(index.named('ServiceAccount', '', 'worker')).toBe(objects[0]);
    expect(index.inNamespace('PodDisruptionBudget', '')).toEqual([]);
    expectSameAsFiltering(objects);
  });

  it.skipIf(!existsSync(REAL_CORPUS))(
    'answers every lookup over the real corpus as filtering by kind and namespace does',
    () => {
      const objects: ManifestObject[] = [];
      for (const { path, text } of sourcesUnder(REAL_CORPUS)) {
        objects.push(...objectsOfText(path, text));
      }
      expect(objects.length).toBeGreaterThan(1000);
      expectSameAsFiltering(objects);
    },
    60_000,
  );
});
