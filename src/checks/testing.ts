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
