import { isScalar } from 'yaml';
import { findPair, mapGetText, resolve } from '../../manifests/nodes.js';
import { defaultPullPolicy, parseImageReference } from '../../podspecs/image.js';
import { describe } from '../helpers.js';
import type { Check, ContainerContext, Report } from '../types.js';

const VALID = ['Always', 'IfNotPresent', 'Never'];

const WHY_ALWAYS =
  'A node that has the image cached starts it without asking the registry, so a tag ' +
  'that was re-pushed with a security fix can keep running the old, vulnerable image. ' +
  '`Always` does not re-download cached layers: the kubelet only checks the digest ' +
  'upstream and that this pod may pull it, so it costs almost nothing.';

export const imagePullPolicy: Check = {
  id: 'image-pull-policy',
  title: 'imagePullPolicy must be Always',
  severity: 'error',
  why: WHY_ALWAYS,
  howToFix: 'Set `imagePullPolicy: Always` on the container.',
  autoFix: true,
  differences:
    'Without `imagePullPolicy`, a `latest` or untagged image is reported although Kubernetes defaults it to Always (kube-score accepts it): the default changes silently as soon as someone pins a tag.',
  peers: {
    polaris: 'pullPolicyNotAlways',
    kubeScore: 'container-image-pull-policy',
    checkov: 'CKV_K8S_15',
  },
  options: {
    'allow-digest': {
      default: false,
      description:
        'Accept a container whose image is pinned by digest (`image@sha256:...`) without ' +
        '`Always`: the digest names one exact image, so a stale cache cannot serve another.',
    },
  },

  checkContainer(context: ContainerContext): Report[] {
    const { container, doc, options } = context;
    const image = mapGetText(container.node, 'image', doc);
    const pair = findPair(container.node, 'imagePullPolicy', doc, 0);
    const field = `${container.path}.imagePullPolicy`;
    const who = describe(context);
    const reference = image ? parseImageReference(image) : undefined;

    if (options['allow-digest'] === true && reference?.digest) {
      return [];
    }

    if (!pair) {
      // A container without an image is a partial object (a kustomize patch, say);
      // its default cannot be known and the base it patches is checked on its own.
      if (image === undefined) return [];
      const policy = defaultPullPolicy(image);
      const because =
        policy === 'Always'
          ? `its tag is ${reference?.tag === 'latest' ? '`latest`' : 'missing'}, so Kubernetes defaults it to Always today, but only by accident of the tag: pin a tag and the default silently becomes IfNotPresent`
          : `Kubernetes defaults it to IfNotPresent for ${reference?.tag ? 'a tag other than `latest`' : 'an image pinned by digest only'}, so a node that has it cached never checks the registry again`;
      return [
        {
          at: container.node,
          span: 'start',
          field,
          container,
          message: `${who} has no imagePullPolicy: for image \`${image}\` ${because}.`,
          fix: 'Add `imagePullPolicy: Always` to the container.',
          fixIntent: {
            type: 'add-field',
            map: container.node,
            key: 'imagePullPolicy',
            value: 'Always',
            after: ['image', 'name'],
          },
        },
      ];
    }

    const valueNode = resolve(pair.value, doc);
    const value = isScalar(valueNode) ? valueNode.value : undefined;
    if (value === 'Always') return [];

    const shown = typeof value === 'string' ? value : String(value ?? '');
    const wrongCase =
      typeof value === 'string' &&
      VALID.some((v) => v.toLowerCase() === value.toLowerCase());
    const invalid = !VALID.includes(shown);
    const message = invalid
      ? `${who} has imagePullPolicy \`${shown}\`, which the API server rejects: the accepted values are Always, IfNotPresent and Never, and they are case-sensitive${wrongCase ? ' (write `Always` with a capital A)' : ''}.`
      : `${who} has imagePullPolicy \`${shown}\`: a node that has image \`${image ?? '(none)'}\` cached ${shown === 'Never' ? 'never contacts the registry, and a node without it fails to start the pod' : 'runs it without checking the registry for a newer push of the tag'}.`;
    return [
      {
        at: (valueNode ?? pair.key) as never,
        field,
        container,
        message,
        fix: 'Set `imagePullPolicy: Always`.',
        fixIntent: isScalar(valueNode)
          ? { type: 'set-scalar', node: valueNode, value: 'Always' }
          : undefined,
      },
    ];
  },
};
