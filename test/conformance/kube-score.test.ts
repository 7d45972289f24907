import { describe, expect, it } from 'vitest';
import type { CheckConfig } from '../../src/config/types.js';
import { corpusPresent, CORPUS, fails, readExpected } from './corpus.js';

/**
 * kube-score checks that correspond to ours. A kube-score check that covers several of
 * ours fails when any of them does. kube-score checks not listed here have no
 * counterpart (ingress targets, deployment strategy, ...) and are not compared.
 */
const MAPPING: Record<string, string[]> = {
  'Container Image Pull Policy': ['image-pull-policy'],
  'Container Image Tag': ['image-tag'],
  'Container Resources': [
    'cpu-requests',
    'cpu-limits',
    'memory-requests',
    'memory-limits',
  ],
  'Container Security Context Privileged': ['privileged'],
  'Container Security Context ReadOnlyRootFilesystem': ['read-only-root-filesystem'],
  'Deployment Replicas': ['replicas'],
  'Deployment has PodDisruptionBudget': ['pod-disruption-budget'],
  'StatefulSet has PodDisruptionBudget': ['pod-disruption-budget'],
  'Environment Variable Key Duplication': ['duplicate-env'],
  'HorizontalPodAutoscaler Replicas': ['hpa-min-replicas'],
  'Pod NetworkPolicy': ['network-policy'],
  'Pod Probes': ['readiness-probe', 'liveness-probe'],
};

const NOT_A_PROBLEM =
  'kube-score asks for probes only when a Service selects the pod; podspec-check asks every long-running app container, as Polaris does.';
const DELIBERATE: Record<string, string> = {
  'Pod Probes|score/testdata/pod-probes-targeted-by-service-different-namespace.yaml':
    NOT_A_PROBLEM,
  'Pod Probes|score/testdata/pod-probes-not-targeted-by-service.yaml': NOT_A_PROBLEM,
  'Pod Probes|score/testdata/pod-probes-not-targeted-by-service-multi-labels.yaml':
    NOT_A_PROBLEM,
  'Pod Probes|score/testdata/pod-probes-on-different-containers.yaml':
    'Each container needs its own probes here; kube-score accepts a readiness probe on one container and a liveness probe on another.',
  'Container Image Pull Policy|score/testdata/pod-image-pullpolicy-undefined-latest-tag.yaml':
    'Without imagePullPolicy a `latest` image defaults to Always only by accident of its tag; pinning a tag later silently turns it into IfNotPresent.',
  'Container Image Pull Policy|score/testdata/pod-image-pullpolicy-undefined-no-tag.yaml':
    'Without imagePullPolicy an untagged image defaults to Always only by accident; pinning a tag later silently turns it into IfNotPresent.',
};

/** kube-score's RunConfiguration of a fixture, as podspec-check settings. */
function settingsFor(runConfiguration: string): Record<string, CheckConfig> {
  const settings: Record<string, CheckConfig> = {};
  const number = (name: string) => /\d+/.exec(runConfiguration.split(name)[1] ?? '')?.[0];
  if (runConfiguration.includes('MinReplicasDeployment'))
    settings.replicas = { options: { minimum: Number(number('MinReplicasDeployment')) } };
  if (runConfiguration.includes('MinReplicasHPA'))
    settings['hpa-min-replicas'] = {
      options: { minimum: Number(number('MinReplicasHPA')) },
    };
  if (runConfiguration.includes('IgnoreContainerCpuLimitRequirement: true'))
    settings['cpu-limits'] = { severity: 'off' };
  if (runConfiguration.includes('IgnoreContainerMemoryLimitRequirement: true'))
    settings['memory-limits'] = { severity: 'off' };
  return settings;
}

describe.skipIf(!corpusPresent)('conformance with kube-score fixtures', () => {
  const rows = corpusPresent
    ? readExpected('kube-score').filter(([, check]) => MAPPING[check])
    : [];
  const counts = { agree: 0, differ: 0 };

  it.each(rows)('%s (%s): %s [%s]', (fixture, check, grade, runConfiguration) => {
    // Grade 10 passes; 0 means kube-score skipped the check (not applicable).
    const kubeScoreFails = !(grade.startsWith('10 ') || grade.startsWith('0 '));
    const settings = settingsFor(runConfiguration);
    const ours = MAPPING[check].some(
      (id) =>
        settings[id]?.severity !== 'off' && fails('kube-score', fixture, id, settings),
    );
    const reason = DELIBERATE[`${check}|${fixture}`];
    if (reason) {
      counts.differ++;
      expect(ours, `listed as deliberate: ${reason}`).toBe(!kubeScoreFails);
    } else {
      counts.agree++;
      expect(ours, `${MAPPING[check].join(', ')} on ${fixture}`).toBe(kubeScoreFails);
    }
  });

  it('prints the conformance counts', () => {
    console.log(
      `kube-score conformance: ${rows.length} fixture results for ${Object.keys(MAPPING).length} checks, ${counts.agree} agree, ${counts.differ} deliberately differ (listed with reasons).`,
    );
    expect(counts.agree + counts.differ).toBe(rows.length);
  });
});

describe.skipIf(corpusPresent)(
  'conformance with kube-score fixtures (corpus absent)',
  () => {
    it('is skipped because the shared corpus is not beside the repository', () => {
      console.log(`kube-score conformance skipped: ${CORPUS} does not exist.`);
    });
  },
);
