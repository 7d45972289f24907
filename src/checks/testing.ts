import { describe, expect, it } from 'vitest';
import { CHECKS } from './catalogue/index.js';
import { defaultConfig, type CheckConfig } from '../config/types.js';
import { runEngine } from '../engine/engine.js';
import type { Finding } from '../engine/types.js';

/**
 * Runs one check alone over a manifest, as the engine runs it, and returns its
 * findings. For the tests beside each check module.
 */
export function findingsOf(
  checkId: string,
  text: string,
  options: { settings?: CheckConfig; context?: string; path?: string } = {},
): Finding[] {
  const config = defaultConfig();
  for (const check of CHECKS) {
    if (check.id !== checkId) config.checks[check.id] = { severity: 'off' };
  }
  if (options.settings) config.checks[checkId] = options.settings;
  const result = runEngine({
    files: [{ path: options.path ?? 'deploy/app.yaml', text }],
    contextFiles: options.context
      ? [{ path: 'deploy/other.yaml', text: options.context }]
      : [],
    config,
  });
  return result.findings.filter((f) => f.checkId === checkId);
}

/** A Deployment around a container spec, indented for the manifest. */
export function deployment(container: string, podExtra = '', name = 'api'): string {
  const indent = (text: string, by: number) =>
    text
      .trim()
      .split('\n')
      .map((line) => ' '.repeat(by) + line)
      .join('\n');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: shop
spec:
  replicas: 3
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
${podExtra ? `${indent(podExtra, 6)}\n` : ''}      containers:
${indent(container, 8)}
`;
}

const WEB = '- name: web\n  image: shop/web:1.0';

/** The tests of a pod-level host namespace check (host-ipc, host-network, host-pid). */
export function hostNamespaceSuite(checkId: string, key: string): void {
  describe(checkId, () => {
    it(`reports ${key}: true on the value`, () => {
      const findings = findingsOf(checkId, deployment(WEB, `${key}: true`));
      expect(findings).toHaveLength(1);
      expect(findings[0].range.line).toBe(16);
      expect(findings[0].message).toContain('Deployment "shop/api"');
    });

    it('passes false and absent', () => {
      expect(findingsOf(checkId, deployment(WEB, `${key}: false`))).toEqual([]);
      expect(findingsOf(checkId, deployment(WEB))).toEqual([]);
    });
  });
}

/** The tests of a missing-probe check (liveness-probe, readiness-probe). */
export function missingProbeSuite(checkId: string, key: string): void {
  describe(checkId, () => {
    it(`reports an app container without a ${key}`, () => {
      const findings = findingsOf(checkId, deployment(WEB));
      expect(findings).toHaveLength(1);
      expect(findings[0].container).toBe('web');
    });

    it('leaves out init containers, Jobs and CronJobs', () => {
      const withInit = deployment(
        `${WEB}\n  ${key}:\n    tcpSocket:\n      port: 8080`,
        'initContainers:\n  - name: migrate\n    image: shop/migrate:1.0',
      );
      expect(findingsOf(checkId, withInit)).toEqual([]);
      const job = `apiVersion: batch/v1
kind: Job
metadata:
  name: backfill
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: run
          image: shop/backfill:1.0
`;
      expect(findingsOf(checkId, job)).toEqual([]);
      const cronJob = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: '0 3 * * *'
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: run
              image: shop/nightly:1.0
`;
      expect(findingsOf(checkId, cronJob)).toEqual([]);
    });
  });
}

/** The tests of a missing resource check (cpu/memory requests/limits). */
export function missingResourceSuite(
  checkId: string,
  kind: 'requests' | 'limits',
  resource: 'cpu' | 'memory',
): void {
  describe(checkId, () => {
    it(`reports a container without ${kind}.${resource}`, () => {
      const findings = findingsOf(
        checkId,
        deployment(`${WEB}\n  resources:\n    ${kind}:\n      other: 1`),
      );
      expect(findings).toHaveLength(1);
      expect(findings[0].message).toContain('Container "web"');
    });

    it('passes a set value and skips init containers', () => {
      const set = deployment(
        `${WEB}\n  resources:\n    ${kind}:\n      ${resource}: "1"`,
        'initContainers:\n  - name: init\n    image: shop/init:1.0',
      );
      expect(findingsOf(checkId, set)).toEqual([]);
    });
  });
}
