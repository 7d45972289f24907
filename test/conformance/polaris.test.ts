import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/catalogue/index.js';
import { corpusPresent, CORPUS, fails, readExpected } from './corpus.js';

/**
 * Fixtures where podspec-check decides differently from Polaris on purpose, with the
 * reason (docs/checks.md says the same under each check's "Deliberate differences").
 */
const DELIBERATE: Record<string, string> = {
  'test/checks/missingNetworkPolicy/failure.netpol_missing_egress_rules.yaml':
    'policyTypes lists Egress with no egress rules: that is a default deny, the strictest egress isolation, not a missing one.',
  'test/checks/missingNetworkPolicy/failure.netpol_missing_ingress_rules.yaml':
    'policyTypes lists Ingress with no ingress rules: that is a default deny, the strictest ingress isolation, not a missing one.',
  'test/checks/pdbMinAvailableGreaterThanHPAMinReplicas/success.equals.yaml':
    "minAvailable equal to the autoscaler's minReplicas allows no eviction at the minimum scale, so node drains hang just as with a greater value.",
};

const byPolaris = new Map(
  CHECKS.filter((check) => check.peers.polaris).map((check) => [
    check.peers.polaris as string,
    check.id,
  ]),
);

describe.skipIf(!corpusPresent)('conformance with Polaris fixtures', () => {
  const rows = corpusPresent
    ? readExpected('polaris').filter(([, check]) => byPolaris.has(check))
    : [];
  const counts = { agree: 0, differ: 0 };

  it('covers every check that has a Polaris counterpart', () => {
    const covered = new Set(rows.map(([, check]) => check));
    expect([...byPolaris.keys()].filter((check) => !covered.has(check))).toEqual([]);
  });

  it.each(rows)('%s (%s): %s', (fixture, check, expected) => {
    const id = byPolaris.get(check) as string;
    const polarisFails = expected.startsWith('fail');
    const ours = fails('polaris', fixture, id);
    const reason = DELIBERATE[fixture];
    if (reason) {
      counts.differ++;
      // A listed difference must still be a difference, or the list is stale.
      expect(ours, `listed as deliberate: ${reason}`).toBe(!polarisFails);
    } else {
      counts.agree++;
      expect(ours, `${id} on ${fixture}`).toBe(polarisFails);
    }
  });

  it('prints the conformance counts', () => {
    console.log(
      `Polaris conformance: ${rows.length} fixtures for ${byPolaris.size} checks, ${counts.agree} agree, ${counts.differ} deliberately differ (listed with reasons).`,
    );
    expect(counts.agree + counts.differ).toBe(rows.length);
  });
});

describe.skipIf(corpusPresent)(
  'conformance with Polaris fixtures (corpus absent)',
  () => {
    it('is skipped because the shared corpus is not beside the repository', () => {
      console.log(
        `Polaris conformance skipped: ${CORPUS} does not exist (it is ../shared/corpus next to the repository).`,
      );
    });
  },
);
