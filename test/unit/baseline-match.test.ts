import { describe, expect, test } from 'vitest';
import { touches } from '../../src/baseline/changed-lines.js';
import { matchFindings } from '../../src/baseline/match.js';
import { CHECKS } from '../../src/checks/catalogue/index.js';
import { defaultConfig, type Config } from '../../src/config/types.js';
import { runEngine } from '../../src/engine/engine.js';
import type { Finding } from '../../src/engine/types.js';

/** Only the pull-policy check, so the counts do not move as the catalogue grows. */
function pullPolicyOnly(): Config {
  const config = defaultConfig();
  for (const check of CHECKS) {
    if (check.id !== 'image-pull-policy') config.checks[check.id] = { severity: 'off' };
  }
  return config;
}

function findingsOf(files: Record<string, string>): Finding[] {
  const sources = Object.entries(files).map(([path, text]) => ({ path, text }));
  return runEngine({ files: sources, config: pullPolicyOnly() }).findings;
}

function deployment(name: string, containers: string[], indent = ''): string {
  const lines = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    ...containers.flatMap((c) => [
      `        - name: ${c}`,
      `          image: shop/${c}:1.0`,
    ]),
  ];
  return lines.map((l) => `${indent}${l}`).join('\n') + '\n';
}

const never = () => false;

describe('matchFindings', () => {
  test('keeps the findings of a Deployment that moved down the file and was re-indented', () => {
    const base = findingsOf({ 'a.yaml': deployment('api', ['api']) });
    const reindented = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '    name: api',
      'spec:',
      '    template:',
      '        spec:',
      '            containers:',
      '            -   name: api',
      '                image: shop/api:1.0',
    ].join('\n');
    const head = findingsOf({
      'a.yaml': `${deployment('web', [])}---\n${reindented}\n`,
    });
    expect(head[0].range.line).not.toBe(base[0].range.line);

    const result = matchFindings(head, base, () => true);

    expect(result.introduced).toEqual([]);
    expect(result.existing).toHaveLength(1);
    expect(result.fixed).toEqual([]);
    expect(head[0]).toMatchObject({ existing: true, annotateExisting: true });
  });

  test('counts a new container without a policy as one new finding', () => {
    const base = findingsOf({ 'a.yaml': deployment('api', ['api']) });
    const head = findingsOf({ 'a.yaml': deployment('api', ['api', 'sidecar']) });

    const result = matchFindings(head, base, never);

    expect(result.introduced.map((f) => f.container)).toEqual(['sidecar']);
    expect(result.existing.map((f) => f.container)).toEqual(['api']);
    expect(result.existing[0].annotateExisting).toBeUndefined();
  });

  test('reports a base finding gone at the head as fixed', () => {
    const base = findingsOf({ 'a.yaml': deployment('api', ['api', 'worker']) });
    const head = findingsOf({ 'a.yaml': deployment('api', ['api']) });

    const result = matchFindings(head, base, never);

    expect(result.fixed.map((f) => f.container)).toEqual(['worker']);
    expect(result.introduced).toEqual([]);
  });

  test('counts duplicates: a second container with a name that had a finding is new', () => {
    const base = findingsOf({ 'a.yaml': deployment('api', ['app']) });
    const head = findingsOf({ 'a.yaml': deployment('api', ['app', 'app']) });
    const second = head[1];

    const result = matchFindings(head, base, (f) => f === second);

    expect(result.introduced).toEqual([second]);
    expect(result.existing).toEqual([head[0]]);
  });

  test('matches an object moved to another file, after matching within files', () => {
    const base = findingsOf({ 'old.yaml': deployment('api', ['api']) });
    const head = findingsOf({ 'new.yaml': deployment('api', ['api']) });

    const result = matchFindings(head, base, never);

    expect(result.introduced).toEqual([]);
    expect(result.fixed).toEqual([]);
  });

  test('takes the copy on the changed lines as the new one when two files hold the same object', () => {
    const base = findingsOf({ 'a.yaml': deployment('api', ['api']) });
    const head = findingsOf({
      'a.yaml': deployment('api', ['api']),
      'b.yaml': deployment('api', ['api']),
    });
    const changed = new Map([
      ['b.yaml', { kind: 'whole-file', reason: 'added' } as const],
    ]);

    const result = matchFindings(head, base, (f) =>
      touches(changed.get(f.file), f.range),
    );

    expect(result.introduced.map((f) => f.file)).toEqual(['b.yaml']);
  });

  test('leaves exempted findings out on both sides', () => {
    const base = findingsOf({ 'a.yaml': deployment('api', ['api']) });
    const head = findingsOf({ 'a.yaml': deployment('api', ['api']) });
    base[0].exemption = 'legacy';
    head[0].exemption = 'legacy';

    const result = matchFindings(head, base, never);

    expect(result).toEqual({ introduced: [], existing: [], fixed: [] });
    expect(head[0].existing).toBeUndefined();
  });
});
