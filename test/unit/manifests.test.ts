import { describe, expect, test } from 'vitest';
import type { ParsedFile } from '../../src/engine/types.js';
import { rangeOf, startOf } from '../../src/manifests/nodes.js';
import { objectsOf } from '../../src/manifests/objects.js';
import { parseFile } from '../../src/manifests/parse.js';
import { podSpecsOf } from '../../src/podspecs/extract.js';
import { fixture, lineOf } from '../support/checks.js';

function parsed(text: string, path = 'm.yaml'): ParsedFile {
  const result = parseFile({ path, text });
  expect(result.skipReason).toBeUndefined();
  expect(result.findings).toEqual([]);
  return result.file as ParsedFile;
}

/** `kind/name: container@line` for every container found. */
function containers(text: string): string[] {
  const file = parsed(text);
  return objectsOf(file).flatMap((object) =>
    podSpecsOf(object).flatMap((pod) =>
      pod.containers.map(
        (c) => `${object.kind}/${object.name}: ${c.path}@${startOf(file, c.node).line}`,
      ),
    ),
  );
}

describe('objects of a file', () => {
  test('a leading ---, several documents, and a document without kind', () => {
    const text = fixture('manifests/platform.yaml');
    const objects = objectsOf(parsed(text));
    expect(objects.map((o) => [o.kind, o.name, o.documentIndex])).toEqual([
      ['Service', 'cache', 0],
      ['StatefulSet', 'cache', 1],
      ['DaemonSet', 'node-exporter', 3],
    ]);
  });

  test('kind: List and typed lists are expanded into their items', () => {
    expect(
      objectsOf(parsed(fixture('manifests/workers-list.yaml'))).map((o) => o.kind),
    ).toEqual(['Pod', 'ReplicaSet']);
    const podList =
      'apiVersion: v1\nkind: PodList\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: a}\n    spec: {containers: [{name: c, image: x}]}\n';
    expect(objectsOf(parsed(podList)).map((o) => `${o.kind}/${o.name}`)).toEqual([
      'Pod/a',
    ]);
  });

  test('a JSON manifest is one object', () => {
    const objects = objectsOf(parsed(fixture('manifests/search.json'), 's.json'));
    expect(objects.map((o) => `${o.kind}/${o.namespace}/${o.name}`)).toEqual([
      'StatefulSet/shop/search',
    ]);
  });

  test('a document with a syntax error yields a finding and no objects', () => {
    const text = fixture('manifests/broken.yaml');
    const result = parseFile({ path: 'b.yaml', text });
    expect(result.findings.map((f) => [f.checkId, f.range.line])).toEqual([
      ['yaml-syntax', lineOf(text, 'image: "ghcr.io')],
    ]);
    expect(objectsOf(result.file as ParsedFile)).toEqual([]);
  });

  test('a duplicate key is a finding in a manifest only', () => {
    const manifest = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n';
    const result = parseFile({ path: 'pod.yaml', text: manifest });
    expect(result.findings.map((f) => [f.checkId, f.range.line, f.message])).toEqual([
      ['yaml-syntax', 5, expect.stringMatching(/^Map keys must be unique: kubectl/)],
    ]);

    for (const text of [
      '{\n  "name": "web",\n  "scripts": {},\n  "scripts": {}\n}\n',
      'on: push\njobs: {}\njobs: {}\n',
    ]) {
      expect(parseFile({ path: 'other.json', text }).findings).toEqual([]);
    }
    // Any other error may hide a manifest, so it is reported wherever it is.
    expect(parseFile({ path: 'x.yaml', text: 'a: "open\nb: 1\n' }).findings).toHaveLength(
      1,
    );
  });

  test('a Helm template is skipped with a reason, not parsed', () => {
    const result = parseFile({
      path: 't.yaml',
      text: fixture('manifests/chart/templates/deployment.yaml'),
    });
    expect(result.skipReason).toMatch(/Helm\/Go template/);
    expect(result.findings).toEqual([]);
  });

  test('braces in an ordinary string are not a template', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: dash}\ndata:\n  panel: "{{ host }} up"\n';
    expect(parseFile({ path: 'c.yaml', text }).skipReason).toBeUndefined();
  });
});

describe('pod specs and containers', () => {
  test('Deployment with init containers and containers, at their lines', () => {
    const text = fixture('manifests/payments-deployment.yaml');
    expect(containers(text)).toEqual([
      `Deployment/payments: spec.template.spec.containers[0]@${lineOf(text, '- name: api')}`,
      `Deployment/payments: spec.template.spec.containers[1]@${lineOf(text, '- name: envoy')}`,
      `Deployment/payments: spec.template.spec.initContainers[0]@${lineOf(text, '- name: migrate')}`,
    ]);
  });

  test('CronJob, Argo Rollout and OpenShift DeploymentConfig carry pod templates', () => {
    const cron = fixture('manifests/nightly-report.yaml');
    expect(containers(cron)).toEqual([
      `CronJob/nightly-report: spec.jobTemplate.spec.template.spec.containers[0]@${lineOf(cron, '- name: report')}`,
    ]);
    const rollout = fixture('manifests/checkout-rollout.yaml');
    expect(containers(rollout)).toEqual([
      `Rollout/checkout: spec.template.spec.containers[0]@${lineOf(rollout, '- name: checkout')}`,
    ]);
    const dc = fixture('manifests/legacy-deploymentconfig.yaml');
    expect(containers(dc)).toEqual([
      `DeploymentConfig/legacy-billing: spec.template.spec.containers[0]@${lineOf(dc, '- name: billing')}`,
    ]);
  });

  test('a Pod with ephemeral containers, and a PodTemplate', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: debug}',
      'spec:',
      '  containers: [{name: app, image: app:1}]',
      '  ephemeralContainers:',
      '    - name: shell',
      '      image: busybox',
      '---',
      'apiVersion: v1',
      'kind: PodTemplate',
      'metadata: {name: tpl}',
      'template:',
      '  spec:',
      '    containers:',
      '      - {name: t, image: t:2}',
      '',
    ].join('\n');
    expect(containers(text)).toEqual([
      'Pod/debug: spec.containers[0]@5',
      'Pod/debug: spec.ephemeralContainers[0]@7',
      'PodTemplate/tpl: template.spec.containers[0]@16',
    ]);
  });

  test('anchors, aliases and merge keys are followed', () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: anchored}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - &base',
      '          name: web',
      '          image: web:1',
      '          imagePullPolicy: IfNotPresent',
      '        - <<: *base',
      '          name: web-canary',
      '',
    ].join('\n');
    const file = parsed(text);
    const [object] = objectsOf(file);
    const [pod] = podSpecsOf(object);
    expect(pod.containers.map((c) => c.name)).toEqual(['web', 'web-canary']);
  });

  test('flow style is found with exact positions', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: flow}\nspec: {containers: [{name: a, image: "a:1", imagePullPolicy: Never}]}\n';
    const file = parsed(text);
    const [pod] = podSpecsOf(objectsOf(file)[0]);
    const range = rangeOf(file, pod.containers[0].node);
    expect(range.line).toBe(4);
    expect(text.split('\n')[3].slice(range.column - 1, range.endColumn - 1)).toBe(
      '{name: a, image: "a:1", imagePullPolicy: Never}',
    );
  });

  test('CRLF line endings and a byte order mark keep lines and columns right', () => {
    const lf = fixture('manifests/payments-deployment.yaml');
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    expect(containers(crlf)).toEqual(containers(lf));
    const file = parsed(crlf);
    const [object] = objectsOf(file);
    expect(object.name).toBe('payments');
  });

  test('kinds that never run pods, and policy engines, yield no pod specs', () => {
    const text = [
      'apiVersion: kyverno.io/v1',
      'kind: ClusterPolicy',
      'metadata: {name: require-always}',
      'spec:',
      '  rules:',
      '    - name: r',
      '      validate:',
      '        pattern:',
      '          spec:',
      '            containers: [{name: "*", imagePullPolicy: Always}]',
      '',
    ].join('\n');
    expect(containers(text)).toEqual([]);
  });
});
