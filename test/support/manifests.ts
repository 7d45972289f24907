/**
 * Generated manifests for tests that need many findings of a known shape. Fixtures
 * under test/fixtures/ are for everything that is read as written.
 */

/**
 * A Deployment whose containers all lack `imagePullPolicy` (one finding each, on the
 * container's `- name:` line). Container i is `worker-<i>` with a pinned tag.
 * @param name the Deployment's name
 * @param count how many containers
 * @param namespace its namespace
 */
export function deploymentWithoutPolicies(
  name: string,
  count: number,
  namespace = 'shop',
): string {
  const containers = Array.from(
    { length: count },
    (_, i) =>
      `        - name: worker-${i + 1}\n          image: ghcr.io/octo-shop/${name}:1.${i}.0\n`,
  ).join('');
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    'spec:',
    '  selector:',
    '    matchLabels:',
    `      app: ${name}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${name}`,
    '    spec:',
    '      containers:',
    containers,
  ].join('\n');
}

/** A YAML file whose second line has an unterminated quoted scalar (one yaml-syntax finding). */
export function brokenYaml(name: string): string {
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "${name}\ndata: {}\n`;
}
