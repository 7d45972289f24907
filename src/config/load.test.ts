import { describe, expect, it } from 'vitest';
import { parseConfig } from './load.js';

const README_EXAMPLE = `checks:
  image-pull-policy:
    options:
      allow-digest: true
  priority-class: off
  replicas: notice
exclude:
  - 'charts/**'
exemptions:
  - checks: [host-network, host-port]
    kinds: [DaemonSet]
    names: ['node-exporter*']
    reason: The node exporter reads the host's network counters.
limits:
  max-documents: 500
`;

describe('parseConfig', () => {
  it('reads the README example into severities, options, excludes, exemptions and limits', () => {
    const config = parseConfig(README_EXAMPLE, '.github/podspec-check.yaml');
    expect(config.checks['image-pull-policy']).toEqual({
      options: { 'allow-digest': true },
    });
    expect(config.checks['priority-class']).toEqual({ severity: 'off' });
    expect(config.checks.replicas).toEqual({ severity: 'notice' });
    expect(config.exclude).toEqual(['charts/**']);
    expect(config.exemptions).toEqual([
      {
        checks: ['host-network', 'host-port'],
        kinds: ['DaemonSet'],
        names: ['node-exporter*'],
        reason: "The node exporter reads the host's network counters.",
        source: { file: '.github/podspec-check.yaml', line: 10 },
      },
    ]);
    expect(config.limits.maxDocuments).toBe(500);
    expect(config.fix.checks).toEqual(['image-pull-policy']);
  });

  it('takes one string where a list is expected', () => {
    const config = parseConfig(
      'exclude: vendor/**\nexemptions:\n  - checks: all\n    reason: legacy\n',
      'c.yaml',
    );
    expect(config.exclude).toEqual(['vendor/**']);
    expect(config.exemptions[0].checks).toEqual(['all']);
  });

  it('names the file, the line and the likely check id for a typo', () => {
    expect(() => parseConfig('checks:\n  image-pull-polcy: off\n', 'c.yaml')).toThrow(
      /^c\.yaml:2: .*"image-pull-policy"/,
    );
  });

  it('refuses a fix for a check that has no automatic fix', () => {
    expect(() => parseConfig('fix:\n  checks: [liveness-probe]\n', 'c.yaml')).toThrow(
      /^c\.yaml:2: /,
    );
  });
});
