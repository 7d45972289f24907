import { describe, expect, it } from 'vitest';
import { CHECKS } from '../checks/catalogue/index.js';
import { parseConfig } from '../config/load.js';
import { runEngine } from './engine.js';

const ONLY = ['image-tag', 'host-network', 'stale-exemption'];

function run(text: string, configText = '') {
  const config = parseConfig(configText, '.github/podspec-check.yaml');
  for (const check of CHECKS) {
    if (!ONLY.includes(check.id) && !config.checks[check.id]) {
      config.checks[check.id] = { severity: 'off' };
    }
  }
  return runEngine({ files: [{ path: 'deploy/app.yaml', text }], config }).findings;
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: agent
  namespace: ops
ANNOTATIONS
spec:
  hostNetwork: true
  containers:
    - name: main
      image: shop/agent:latest
    - name: sidecar
      image: shop/proxy:latest
`;

describe('exemptions', () => {
  it('keeps a finding exempted by an object annotation, with its reason', () => {
    const text = POD.replace(
      'ANNOTATIONS',
      '  annotations:\n    podspec-check/ignore: "host-network -- the CNI agent needs the node network"',
    );
    const findings = run(text);
    const host = findings.find((f) => f.checkId === 'host-network');
    expect(host?.exemption).toBe('the CNI agent needs the node network');
    expect(
      findings.filter((f) => f.checkId === 'image-tag' && !f.exemption),
    ).toHaveLength(2);
  });

  it('exempts one container with podspec-check/ignore.<container>', () => {
    const text = POD.replace(
      'ANNOTATIONS',
      '  annotations:\n    podspec-check/ignore.sidecar: image-tag -- pinned by the mesh',
    );
    const tags = run(text).filter((f) => f.checkId === 'image-tag');
    expect(tags.find((f) => f.container === 'sidecar')?.exemption).toBe(
      'pinned by the mesh',
    );
    expect(tags.find((f) => f.container === 'main')?.exemption).toBeUndefined();
  });

  it('honours a comment on the line above and a trailing comment', () => {
    const text = POD.replace('ANNOTATIONS\n', '')
      .replace(
        '  hostNetwork: true',
        '  # podspec-check: ignore host-network -- node agent\n  hostNetwork: true',
      )
      .replace(
        'image: shop/agent:latest',
        'image: shop/agent:latest # podspec-check: ignore image-tag',
      );
    const findings = run(text);
    expect(findings.find((f) => f.checkId === 'host-network')?.exemption).toBe(
      'node agent',
    );
    const main = findings.find(
      (f) => f.checkId === 'image-tag' && f.container === 'main',
    );
    expect(main?.exemption).toContain('no reason given');
  });

  it('reports an in-manifest exemption that matches nothing, and an unknown id', () => {
    const text = POD.replace(
      'ANNOTATIONS',
      '  annotations:\n    podspec-check/ignore: "privileged, image-tga"',
    ).replace('  hostNetwork: true\n', '');
    const notices = run(text).filter((f) => f.checkId === 'stale-exemption');
    expect(notices.map((n) => n.message).join('\n')).toContain(
      'did you mean "image-tag"?',
    );
    expect(notices.every((n) => n.severity === 'notice' && n.range.line === 7)).toBe(
      true,
    );
  });

  it('reports a configuration exemption that matches no finding of the objects it selects', () => {
    const text = POD.replace('ANNOTATIONS\n', '').replace('  hostNetwork: true\n', '');
    const config = `exemptions:
  - checks: [host-network]
    names: [agent]
    reason: node agent
  - checks: [host-network]
    names: [not-in-this-change]
    reason: another agent
`;
    const notices = run(text, config).filter((f) => f.checkId === 'stale-exemption');
    expect(notices).toHaveLength(1);
    expect(notices[0].file).toBe('.github/podspec-check.yaml');
    expect(notices[0].range.line).toBe(2);
  });
});
