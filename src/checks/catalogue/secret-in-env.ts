import { isMap } from 'yaml';
import { findPair, mapGetText, resolve, scalarText } from '../../manifests/nodes.js';
import { describe, seqItems } from '../helpers.js';
import type { Check, ContainerContext, Report } from '../types.js';

/** Variable names that hold credentials by convention. */
const SECRET_NAMES = [
  /^AWS_SECRET_ACCESS_KEY$/i,
  /^AWS_SESSION_TOKEN$/i,
  /^GOOGLE_APPLICATION_CREDENTIALS$/i,
  /^AZURE_.+KEY$/i,
  /^OCI_CLI_KEY_CONTENT$/i,
  /passw(or)?d/i,
  /passphrase/i,
  /secret/i,
  /token/i,
  /bearer/i,
  /api_?key/i,
  /private_?key/i,
  /credentials?$/i,
];

/** Values that are credentials whatever the variable is called. */
const SECRET_VALUES = [
  /-+BEGIN\s+(?:[A-Z0-9]+\s+)*PRIVATE KEY-+/i,
  /^AKIA[0-9A-Z]{16}$/,
  /^gh[pousr]_[A-Za-z0-9]{30,}$/,
  /^xox[abpors]-[A-Za-z0-9-]{10,}$/,
  /^sk_live_[A-Za-z0-9]{20,}$/,
  /^glpat-[A-Za-z0-9_-]{20}$/,
];

/**
 * Values that name where a secret is rather than being one: a file path, a reference to
 * another variable, a URL without credentials, a switch. A placeholder (`changeme`,
 * `<password>`) is not one of them: it is still a literal where a secretKeyRef belongs,
 * and often the value that ships.
 */
function isReference(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return true;
  if (/^(true|false|yes|no|on|off|enabled?|disabled?|none|null)$/i.test(trimmed))
    return true;
  if (/^\d+$/.test(trimmed)) return true;
  if (trimmed.startsWith('/') || trimmed.startsWith('./') || trimmed.startsWith('~/'))
    return true;
  if (/^\$\([A-Za-z_][A-Za-z0-9_]*\)$/.test(trimmed) || /^\$\{[^}]+\}$/.test(trimmed))
    return true;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(trimmed)) return true;
  return false;
}

/** Names whose value is a file or a setting, not the secret itself. */
const NOT_A_SECRET_NAME =
  /(_FILE|_PATH|_DIR|_NAME|_ENABLED|_URL|_ENDPOINT|_TTL|_TIMEOUT|_LENGTH|_KEY_ID|_ID|_REF|_MOUNT|_LOCATION|_HEADER)$/i;

export const secretInEnv: Check = {
  id: 'secret-in-env',
  title: 'No credentials written into env values',
  severity: 'error',
  why:
    'A credential written as a literal env value is in the repository history, in every ' +
    'rendered manifest and in `kubectl get -o yaml` output for anyone who can read the object.',
  howToFix:
    'Move the value into a Secret and reference it with `valueFrom.secretKeyRef` (or mount ' +
    'the Secret as a file); then rotate the credential, because it is in the history.',
  autoFix: false,
  differences:
    'Values that are file paths, `$(VAR)` references, booleans or numbers are not reported even under a credential-like name (`TOKEN_FILE: /var/run/token`); values shaped like private keys or access tokens are reported under any name.',
  peers: { polaris: 'sensitiveContainerEnvVar', kubeLinter: 'env-var-secret' },

  checkContainer(context: ContainerContext): Report[] {
    const { container, doc } = context;
    const reports: Report[] = [];
    seqItems(container.node, 'env', doc).forEach((entry, index) => {
      if (!isMap(entry)) return;
      const name = mapGetText(entry, 'name', doc) ?? '';
      const pair = findPair(entry, 'value', doc, 0);
      if (!pair) return;
      const valueNode = resolve(pair.value, doc);
      const value = scalarText(valueNode);
      if (value === undefined) return;

      const valueLooksSecret = SECRET_VALUES.some((pattern) =>
        pattern.test(value.trim()),
      );
      const nameLooksSecret =
        SECRET_NAMES.some((pattern) => pattern.test(name)) &&
        !NOT_A_SECRET_NAME.test(name);
      if (!valueLooksSecret && (!nameLooksSecret || isReference(value))) return;

      const why = valueLooksSecret
        ? 'its value has the form of a private key or access token'
        : `its name says it holds a credential`;
      // The message never repeats the value: it would leak into logs and comments.
      reports.push({
        at: valueNode ?? pair.key,
        field: `${container.path}.env[${index}].value`,
        container,
        message: `${describe(context)} sets env ${name ? `"${name}"` : `#${index + 1}`} to a literal value and ${why}: it is readable in the repository history and by anyone who can read the object.`,
        fix: `Move the value into a Secret, replace \`value\` with \`valueFrom.secretKeyRef\` for "${name}", and rotate the credential because it is in the history.`,
      });
    });
    return reports;
  },
};
