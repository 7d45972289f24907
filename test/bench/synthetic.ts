import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A deterministic tree of manifests for the benchmark: the mix a monorepo has (mostly
 * workloads and their services, some config, a few large CRD bundles and Lists), in
 * the styles people write (block, flow, JSON, anchors, comments, quoted scalars), and
 * a few broken or templated files. The same seed always writes the same bytes.
 */
export function writeSyntheticTree(root: string, count: number, seed = 7): string {
  const dir = join(root, `synthetic-${count}-${seed}`);
  const done = join(dir, '.complete');
  if (existsSync(done)) return dir;

  rmSync(dir, { recursive: true, force: true });
  const random = mulberry32(seed);
  for (let index = 0; index < count; index++) {
    const { name, text } = manifest(random, index);
    const path = join(dir, `team-${index % 40}`, `app-${index % 250}`, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  writeFileSync(done, `${count} ${seed}\n`);
  return dir;
}

/**
 * One multi-document manifest of at least `bytes` bytes, alone in its folder: the
 * rendered output of a large chart or a whole cluster's export. Only valid documents,
 * since one template marker would make the engine skip the whole file.
 */
export function writeLargeManifest(root: string, bytes: number, seed = 11): string {
  const dir = join(root, `large-${bytes}-${seed}`);
  const path = join(dir, 'cluster-export.yaml');
  if (existsSync(join(dir, '.complete'))) return dir;

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = mulberry32(seed);
  const parts: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    const app = `big-${index}`;
    const roll = random();
    const text =
      roll < 0.35
        ? workload(random, app)
        : roll < 0.5
          ? cronJob(random, app)
          : roll < 0.7
            ? service(app)
            : roll < 0.9
              ? configMap(random, app)
              : crd(random, app);
    parts.push(text);
    size += text.length + 4;
  }
  writeFileSync(path, parts.join('---\n'));
  writeFileSync(join(dir, '.complete'), `${bytes} ${seed}\n`);
  return dir;
}

type Random = () => number;

/** A small seeded generator, so the tree does not depend on Math.random. */
function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

const IMAGES = [
  'nginx:1.27',
  'nginx',
  'ghcr.io/acme/api:v2.3.1',
  'registry.local:5000/worker@sha256:' + 'a'.repeat(64),
  'busybox:latest',
  'quay.io/prometheus/node-exporter:v1.8.0',
];
const POLICIES = ['Always', 'Always', 'Always', 'IfNotPresent', 'Never', undefined];

/** One file: its name and text, chosen by weight so the mix resembles a real repository. */
function manifest(random: Random, index: number): { name: string; text: string } {
  const roll = random();
  const app = `app-${index}`;
  if (roll < 0.3) return { name: `${app}-deployment.yaml`, text: workload(random, app) };
  if (roll < 0.4)
    return { name: `${app}.yaml`, text: multiDocument(random, app, 2 + int(random, 6)) };
  if (roll < 0.5) return { name: `${app}-cronjob.yaml`, text: cronJob(random, app) };
  if (roll < 0.6) return { name: `${app}-service.yaml`, text: service(app) };
  if (roll < 0.7) return { name: `${app}-config.yaml`, text: configMap(random, app) };
  if (roll < 0.76) return { name: `${app}-pod.json`, text: podJson(random, app) };
  if (roll < 0.82) return { name: `${app}-anchors.yml`, text: anchored(random, app) };
  if (roll < 0.87) return { name: `${app}-rbac.yaml`, text: rbac(app) };
  if (roll < 0.9) return { name: `${app}-list.yaml`, text: list(random, app) };
  if (roll < 0.93) return { name: `${app}-flow.yaml`, text: flowStyle(random, app) };
  if (roll < 0.975) return { name: `${app}-crd.yaml`, text: crd(random, app) };
  if (roll < 0.985) return { name: `${app}-broken.yaml`, text: broken(app) };
  if (roll < 0.993) return { name: `${app}-chart.yaml`, text: template(app) };
  return { name: `${app}-values.yaml`, text: values(random) };
}

function int(random: Random, below: number): number {
  return Math.floor(random() * below);
}

function container(random: Random, name: string, indent: string): string {
  const policy = pick(random, POLICIES);
  const lines = [
    `- name: ${name}`,
    `  image: ${pick(random, IMAGES)}`,
    ...(policy ? [`  imagePullPolicy: ${policy}`] : []),
    '  ports:',
    `    - containerPort: ${8000 + int(random, 1000)}`,
    '  env:',
    ...Array.from({ length: int(random, 6) }, (_, i) => [
      `    - name: VAR_${i}`,
      `      value: "value ${i} of ${name}"`,
    ]).flat(),
    '  resources:',
    '    requests: { cpu: 100m, memory: 128Mi }',
    '    limits:',
    '      memory: 256Mi',
    '  securityContext:',
    '    runAsNonRoot: true',
    '    readOnlyRootFilesystem: true',
  ];
  return lines.map((line) => indent + line).join('\n');
}

function podSpec(random: Random, app: string, indent: string): string {
  const containers = Array.from({ length: 1 + int(random, 3) }, (_, i) =>
    container(random, `${app}-c${i}`, `${indent}  `),
  );
  const init =
    random() < 0.3
      ? [`${indent}initContainers:`, container(random, 'init', `${indent}  `)]
      : [];
  return [
    `${indent}serviceAccountName: ${app}`,
    ...init,
    `${indent}containers:`,
    ...containers,
    `${indent}volumes:`,
    `${indent}  - name: config`,
    `${indent}    configMap:`,
    `${indent}      name: ${app}-config`,
  ].join('\n');
}

function workload(random: Random, app: string): string {
  const kind = pick(random, ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);
  return `# ${kind} for ${app}; generated for the benchmark
apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${app}
  namespace: ns-${app.length % 7}
  labels:
    app.kubernetes.io/name: ${app}
    app.kubernetes.io/part-of: bench
spec:
  replicas: ${1 + int(random, 5)}
  selector:
    matchLabels:
      app: ${app}
  template:
    metadata:
      labels:
        app: ${app}
      annotations:
        prometheus.io/scrape: "true"
    spec:
${podSpec(random, app, '      ')}
`;
}

function cronJob(random: Random, app: string): string {
  return `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${app}
spec:
  schedule: "*/${1 + int(random, 59)} * * * *"
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        spec:
          restartPolicy: OnFailure
${podSpec(random, app, '          ')}
`;
}

function service(app: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${app}
spec:
  selector:
    app: ${app}
  ports:
    - name: http
      port: 80
      targetPort: 8080
`;
}

function configMap(random: Random, app: string): string {
  const size = pick(random, [2, 5, 10, 60]);
  const entries = Array.from(
    { length: size },
    (_, i) => `  key-${i}: "${'x'.repeat(10 + int(random, 60))}"`,
  );
  const script =
    random() < 0.5
      ? [
          '  script.sh: |',
          ...Array.from({ length: size }, (_, i) => `    echo line ${i}`),
        ]
      : [];
  return [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: ${app}`,
    'data:',
    ...entries,
    ...script,
    '',
  ].join('\n');
}

function podJson(random: Random, app: string): string {
  const policy = pick(random, POLICIES);
  return `${JSON.stringify(
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: app, labels: { app } },
      spec: {
        containers: [
          {
            name: app,
            image: pick(random, IMAGES),
            ...(policy ? { imagePullPolicy: policy } : {}),
            args: ['--port', '8080'],
          },
        ],
      },
    },
    null,
    2,
  )}\n`;
}

function anchored(random: Random, app: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
spec:
  template:
    spec:
      containers:
        - &base
          name: main
          image: ${pick(random, IMAGES)}
          imagePullPolicy: ${pick(random, ['Always', 'IfNotPresent'])}
        - <<: *base
          name: sidecar
        - name: proxy
          image: 'envoyproxy/envoy:v1.30'
`;
}

function rbac(app: string): string {
  return `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${app}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ${app}
rules:
  - apiGroups: [""]
    resources: [pods, configmaps]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ${app}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: ${app}
subjects:
  - kind: ServiceAccount
    name: ${app}
`;
}

function indentBlock(text: string, indent: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => indent + line)
    .join('\n');
}

function list(random: Random, app: string): string {
  const items = [
    workload(random, `${app}-a`),
    service(`${app}-a`),
    cronJob(random, `${app}-b`),
  ];
  const body = items
    .map((item) => {
      const [first, ...rest] = indentBlock(item.replace(/^#.*\n/, ''), '    ').split(
        '\n',
      );
      return ['  - ' + first.trimStart(), ...rest].join('\n');
    })
    .join('\n');
  return `apiVersion: v1\nkind: List\nitems:\n${body}\n`;
}

function flowStyle(random: Random, app: string): string {
  return `{apiVersion: batch/v1, kind: Job, metadata: {name: ${app}}, spec: {template: {spec: {restartPolicy: Never, containers: [{name: run, image: "${pick(random, IMAGES)}", command: [sh, -c, "echo done"]}]}}}}\n`;
}

function multiDocument(random: Random, app: string, documents: number): string {
  const parts: string[] = [];
  for (let i = 0; i < documents; i++) {
    const name = `${app}-${i}`;
    const roll = random();
    if (roll < 0.4) parts.push(workload(random, name));
    else if (roll < 0.6) parts.push(service(name));
    else if (roll < 0.8) parts.push(configMap(random, name));
    else parts.push(rbac(name));
  }
  return parts.join('---\n');
}

/** A CustomResourceDefinition with a deep schema, the bulk of a real CRD bundle. */
function crd(random: Random, app: string): string {
  const properties = (depth: number, indent: string): string[] => {
    const lines: string[] = [];
    const width = depth === 0 ? 8 : 2 + int(random, 4);
    for (let i = 0; i < width; i++) {
      const name = `field${depth}x${i}`;
      lines.push(`${indent}${name}:`);
      lines.push(`${indent}  description: >-`);
      lines.push(
        `${indent}    ${name} configures part ${i} of the resource at depth ${depth};`,
      );
      lines.push(`${indent}    it is described at length as generated schemas are.`);
      if (depth < 2 && random() < 0.5) {
        lines.push(`${indent}  type: object`);
        lines.push(`${indent}  properties:`);
        lines.push(...properties(depth + 1, `${indent}    `));
      } else {
        lines.push(`${indent}  type: ${pick(random, ['string', 'integer', 'boolean'])}`);
        if (random() < 0.3) lines.push(`${indent}  enum: [a, b, c]`);
      }
    }
    return lines;
  };
  return [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    `  name: ${app}s.bench.example.com`,
    'spec:',
    '  group: bench.example.com',
    '  names:',
    `    kind: Kind${app.replace(/\W/g, '')}`,
    `    plural: ${app}s`,
    '  scope: Namespaced',
    '  versions:',
    '    - name: v1',
    '      served: true',
    '      storage: true',
    '      schema:',
    '        openAPIV3Schema:',
    '          type: object',
    '          properties:',
    ...properties(0, '            '),
    '',
  ].join('\n');
}

function broken(app: string): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${app}
  name: duplicate
spec:
  containers:
    - name: web
      image: nginx
     bad-indent: true
`;
}

function template(app: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "chart.fullname" . }}-${app}
spec:
  replicas: {{ .Values.replicas }}
`;
}

function values(random: Random): string {
  return `replicaCount: ${int(random, 4)}\nimage:\n  repository: nginx\n  tag: "1.27"\n`;
}
