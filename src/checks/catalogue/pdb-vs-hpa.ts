import { mapGetMap } from '../../manifests/nodes.js';
import { intOrPercent, objectLabel, scalarAt } from '../helpers.js';
import type { Check, ObjectContext, Report } from '../types.js';
import { autoscalersOf } from './hpa.js';
import { budgetsFor, CONTROLLERS, templateLabels } from './related.js';

export const pdbVsHpa: Check = {
  id: 'pdb-vs-hpa',
  title: "A PodDisruptionBudget leaves room at the autoscaler's minimum",
  severity: 'warning',
  why:
    'When the autoscaler scales down to minReplicas and the PodDisruptionBudget requires at ' +
    'least that many pods available, no pod may be evicted: node drains and upgrades hang.',
  howToFix:
    "Lower the PodDisruptionBudget's minAvailable below the autoscaler's minReplicas, use " +
    '`maxUnavailable: 1`, or raise minReplicas.',
  autoFix: false,
  differences:
    "Reports a minAvailable equal to the autoscaler's minReplicas too (Polaris only reports greater): at the minimum scale that budget allows no eviction either.",
  peers: { polaris: 'pdbMinAvailableGreaterThanHPAMinReplicas' },

  checkObject(context: ObjectContext): Report[] {
    const { object } = context;
    if (!CONTROLLERS.has(object.kind)) return [];
    const hpas = autoscalersOf(context, object);
    if (hpas.length === 0) return [];
    const budgets = budgetsFor(context, object.namespace, templateLabels(object));
    const reports: Report[] = [];
    const spec = mapGetMap(object.node, 'spec', context.doc);
    for (const hpa of hpas) {
      const hpaSpec = mapGetMap(hpa.node, 'spec', hpa.document);
      const minReplicas = scalarAt(hpaSpec, 'minReplicas', hpa.document);
      const floor = typeof minReplicas?.value === 'number' ? minReplicas.value : 1;
      if (!minReplicas) continue;
      for (const pdb of budgets) {
        const pdbSpec = mapGetMap(pdb.node, 'spec', pdb.document);
        const min = scalarAt(pdbSpec, 'minAvailable', pdb.document);
        const parsed = min && intOrPercent(min.value);
        if (!min || !parsed) continue;
        // A percentage is of the current replicas, rounded up, as the disruption controller does.
        const required =
          'number' in parsed ? parsed.number : Math.ceil((parsed.percent * floor) / 100);
        if (required < floor) continue;
        reports.push({
          at: spec ?? object.node,
          span: 'start',
          field: 'spec',
          message: `${objectLabel(object)} is scaled by ${objectLabel(hpa)} down to ${floor} replicas, while ${objectLabel(pdb)} (${pdb.file.path}) requires minAvailable: ${String(min.value)} (${required} pods): at the minimum no pod may be evicted, so node drains hang.`,
          fix: `Lower minAvailable of ${objectLabel(pdb)} below ${floor} (or use \`maxUnavailable: 1\`), or raise minReplicas of ${objectLabel(hpa)} above ${required}.`,
        });
      }
    }
    return reports;
  },
};
