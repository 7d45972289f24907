import { isMap } from 'yaml';
import { findPair, mapGetText } from '../../manifests/nodes.js';
import { describe, seqItems } from '../helpers.js';
import type { Check, ContainerContext, Report } from '../types.js';

export const duplicateEnv: Check = {
  id: 'duplicate-env',
  title: 'Env variable names are unique in a container',
  severity: 'warning',
  why:
    'When a container lists a variable twice only the last value takes effect, and tools that ' +
    'merge or patch the list (kustomize, Helm, server-side apply) may keep either one.',
  howToFix: 'Keep one entry per variable name and delete the others.',
  autoFix: false,
  peers: {
    kubeLinter: 'duplicate-env-var',
    kubeScore: 'environment-variable-key-duplication',
  },

  checkContainer(context: ContainerContext): Report[] {
    const { container, doc } = context;
    const seen = new Map<string, number>();
    const reports: Report[] = [];
    seqItems(container.node, 'env', doc).forEach((entry, index) => {
      if (!isMap(entry)) return;
      const name = mapGetText(entry, 'name', doc);
      if (!name) return;
      const first = seen.get(name);
      if (first === undefined) {
        seen.set(name, index);
        return;
      }
      reports.push({
        at: findPair(entry, 'name', doc, 0)?.value as never,
        field: `${container.path}.env[${index}].name`,
        container,
        message: `${describe(context)} sets env "${name}" twice (entries ${first + 1} and ${index + 1}): only the last one takes effect, and patches or server-side apply may keep either.`,
        fix: `Delete one of the two "${name}" entries so the value is stated once.`,
      });
    });
    return reports;
  },
};
