/** An image reference split the way the container runtime and Kubernetes split it. */
export interface ImageReference {
  /** Registry host, with port, when the reference names one. */
  registry?: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/**
 * Splits `[registry[:port]/]repository[:tag][@digest]`. The first path component is a
 * registry only when it contains `.` or `:` or is `localhost`, as in the reference
 * grammar, so `localhost:5000/app` has no tag and `app:5000` has tag `5000`.
 */
export function parseImageReference(image: string): ImageReference {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }

  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash !== -1) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }

  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon !== -1 && !rest.slice(colon).includes('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { registry, repository: rest, tag, digest };
}

export type PullPolicy = 'Always' | 'IfNotPresent' | 'Never';

/**
 * The pull policy the API server fills in when a container has none: `Always` for tag
 * `latest` or for no tag and no digest, `IfNotPresent` otherwise (a digest alone too).
 */
export function defaultPullPolicy(image: string): PullPolicy {
  const { tag, digest } = parseImageReference(image);
  if (tag === 'latest') return 'Always';
  if (tag === undefined && digest === undefined) return 'Always';
  return 'IfNotPresent';
}
