import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fixture, lineOf, onlyChecksConfig } from '../support/checks.js';
import type { GitHubApi } from '../support/github-api.js';
import { removeTempDirs } from '../support/git-repo.js';
import { pullRequestScenario } from '../support/scenarios.js';

const apis: GitHubApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  removeTempDirs();
});

const CONFIG = '.github/podspec-check.yaml';
const payments = fixture('manifests/payments-deployment.yaml');
const nightly = fixture('manifests/nightly-report.yaml');

async function scenario(config = onlyChecksConfig()) {
  const pr = await pullRequestScenario({
    base: { [CONFIG]: config },
    head: { 'deploy/payments.yaml': payments, 'jobs/nightly.yaml': nightly },
  });
  apis.push(pr.api);
  return pr;
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string };
          region: {
            startLine: number;
            startColumn: number;
            endLine: number;
            endColumn: number;
          };
        };
      }[];
    }[];
  }[];
}

describe.concurrent('reports', () => {
  test('the SARIF file has rule ids equal to check ids and exact regions', async () => {
    const pr = await scenario();

    const result = await pr.run({ 'sarif-file': 'reports/podspec.sarif' });

    expect(result.outputs['sarif-file']).toBe('reports/podspec.sarif');
    const sarif = JSON.parse(
      readFileSync(join(pr.repo.dir, 'reports/podspec.sarif'), 'utf8'),
    ) as SarifLog;
    expect(sarif.version).toBe('2.1.0');
    const [run] = sarif.runs;
    expect(run.tool.driver.name).toBe('podspec-check');
    const ruleIds = run.tool.driver.rules.map((r) => r.id);
    expect(ruleIds).toContain('image-pull-policy');
    expect(ruleIds).toContain('yaml-syntax');
    const policyLine = lineOf(payments, 'imagePullPolicy: IfNotPresent');
    const policyColumn = payments.split('\n')[policyLine - 1].indexOf('IfNotPresent') + 1;
    const neverLine = lineOf(nightly, 'imagePullPolicy: Never');
    const neverColumn = nightly.split('\n')[neverLine - 1].indexOf('Never') + 1;
    const results = run.results.map((r) => ({
      ruleId: r.ruleId,
      rule: run.tool.driver.rules[r.ruleIndex].id,
      level: r.level,
      uri: r.locations[0].physicalLocation.artifactLocation.uri,
      region: r.locations[0].physicalLocation.region,
    }));
    expect(results).toEqual(
      expect.arrayContaining([
        {
          ruleId: 'image-pull-policy',
          rule: 'image-pull-policy',
          level: 'error',
          uri: 'deploy/payments.yaml',
          region: {
            startLine: policyLine,
            startColumn: policyColumn,
            endLine: policyLine,
            endColumn: policyColumn + 'IfNotPresent'.length,
          },
        },
        {
          ruleId: 'image-pull-policy',
          rule: 'image-pull-policy',
          level: 'error',
          uri: 'jobs/nightly.yaml',
          region: {
            startLine: neverLine,
            startColumn: neverColumn,
            endLine: neverLine,
            endColumn: neverColumn + 'Never'.length,
          },
        },
      ]),
    );
    expect(results).toHaveLength(3);
  });

  test('outputs count the findings and name the conclusion', async () => {
    const pr = await scenario();

    const result = await pr.run();

    expect(result.outputs).toEqual({
      findings: '3',
      errors: '3',
      warnings: '0',
      notices: '0',
      fixed: '0',
      'fix-commit': '',
      'check-run-id': String(pr.api.state.checkRuns[0].id),
      'comment-url': `https://github.com/octo-shop/deploy/pull/17#issuecomment-${pr.api.state.comments[0].id}`,
      conclusion: 'failure',
      'sarif-file': '',
      ...pickExtra(result.outputs),
    });
  });

  test('the job summary has the same table as the check run', async () => {
    const pr = await scenario();

    const result = await pr.run();

    const rows = (text: string) => text.split('\n').filter((l) => l.startsWith('| 🔴'));
    expect(rows(result.summary)).toHaveLength(3);
    expect(rows(result.summary)).toEqual(
      rows(pr.api.state.checkRuns[0].output.summary ?? ''),
    );
    expect(result.summary).toContain('podspec-check: 3 errors');
    expect(result.summary).toContain(
      `https://github.com/octo-shop/deploy/blob/${pr.headSha}/jobs/nightly.yaml#L${lineOf(nightly, 'imagePullPolicy: Never')}`,
    );
  });

  test('fail-on: never reports the findings and passes', async () => {
    const pr = await scenario();

    const result = await pr.run({ 'fail-on': 'never' });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.findings).toBe('3');
    expect(result.outputs.conclusion).toBe('success');
    expect(pr.api.state.checkRuns[0].conclusion).toBe('success');
    expect(result.summary).toContain('⚠️ podspec-check: 3 errors');
  });

  test('fail-on: warning fails on a warning, fail-on: error does not', async () => {
    const pr = await scenario(
      onlyChecksConfig(['image-pull-policy'], { 'image-pull-policy': 'warning' }),
    );

    const [strict, lenient] = await Promise.all([
      pr.run({ 'fail-on': 'warning', comment: 'off' }),
      pr.run({ 'fail-on': 'error', comment: 'off' }),
    ]);

    expect(strict.exitCode).toBe(1);
    expect(strict.outputs).toMatchObject({
      warnings: '3',
      errors: '0',
      conclusion: 'failure',
    });
    expect(lenient.exitCode).toBe(0);
    expect(lenient.outputs).toMatchObject({ warnings: '3', conclusion: 'success' });
    const levels = pr.api.state.checkRuns.flatMap((r) =>
      r.annotations.map((a) => a.annotation_level),
    );
    expect(new Set(levels)).toEqual(new Set(['warning']));
  });
});

/** Outputs added by later features, so this test names only the ones it is about. */
function pickExtra(outputs: Record<string, string>): Record<string, string> {
  const known = [
    'findings',
    'errors',
    'warnings',
    'notices',
    'fixed',
    'fix-commit',
    'check-run-id',
    'comment-url',
    'conclusion',
    'sarif-file',
  ];
  return Object.fromEntries(Object.entries(outputs).filter(([k]) => !known.includes(k)));
}
