import { findPair, resolve, scalarText } from '../../manifests/nodes.js';
import { parseImageReference } from '../../podspecs/image.js';
import { describe } from '../helpers.js';
import type { Check, ContainerContext, Report } from '../types.js';

export const imageTag: Check = {
  id: 'image-tag',
  title: 'Images name a fixed tag or a digest',
  severity: 'error',
  why:
    'An image without a tag, or with `latest`, is whatever was pushed last: two nodes can ' +
    'run different code under the same spec, and a rollback does not bring the old code back.',
  howToFix:
    'Name an explicit version tag (`app:1.4.2`) or pin the digest (`app@sha256:...`).',
  autoFix: false,
  peers: {
    polaris: 'tagNotSpecified',
    kubeLinter: 'latest-tag',
    kubeScore: 'container-image-tag',
    checkov: 'CKV_K8S_14',
  },

  checkContainer(context: ContainerContext): Report[] {
    const { container, doc } = context;
    const pair = findPair(container.node, 'image', doc, 0);
    const node = pair ? resolve(pair.value, doc) : undefined;
    const image = scalarText(node);
    // No image: a partial object (a kustomize patch); the base it patches is checked.
    if (!image) return [];
    const { tag, digest, repository } = parseImageReference(image);
    if (digest) return [];
    if (tag !== undefined && tag !== 'latest') return [];
    const problem =
      tag === 'latest'
        ? 'uses tag `latest`, which moves with every push'
        : 'has no tag, so it runs `latest`, which moves with every push';
    return [
      {
        at: node,
        field: `${container.path}.image`,
        container,
        message: `${describe(context)} runs image \`${image}\`, which ${problem}: nodes may run different builds and a rollback does not restore the old one.`,
        fix: `Replace \`${image}\` with a version tag or a digest, for example \`${repository}:<version>\`.`,
      },
    ];
  },
};
