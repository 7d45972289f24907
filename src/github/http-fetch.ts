import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/** The part of fetch's options that Octokit passes. */
export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  redirect?: 'follow' | 'manual' | 'error';
  signal?: AbortSignal | null;
}

/** The part of fetch's Response that Octokit reads. */
export interface FetchResponse {
  status: number;
  statusText: string;
  ok: boolean;
  url: string;
  redirected: boolean;
  headers: ResponseHeaders;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** fetch's limit on redirects in a row. */
const MAX_REDIRECTS = 20;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const DECODERS: Record<string, (content: Buffer) => Buffer> = {
  gzip: gunzipSync,
  // Servers send both zlib-wrapped and raw deflate under this name; fetch takes both.
  deflate: (content) =>
    isZlibHeader(content) ? inflateSync(content) : inflateRawSync(content),
  br: brotliDecompressSync,
};

/** The two bytes that open zlib-wrapped deflate (RFC 1950). */
function isZlibHeader(content: Buffer): boolean {
  return (content[0] & 0x0f) === 8 && ((content[0] << 8) | content[1]) % 31 === 0;
}

/** Response headers by lower-case name, a repeated header joined as fetch joins it. */
export class ResponseHeaders implements Iterable<[string, string]> {
  private readonly values = new Map<string, string>();

  constructor(headers: IncomingMessage['headers']) {
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined) continue;
      this.values.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }

  get(name: string): string | null {
    return this.values.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.values.entries();
  }
}

/**
 * A `fetch` on node:http and node:https for Octokit's requests. Node's fetch (and the
 * undici package behind @actions/github's) compiles its HTTP parser to WebAssembly on
 * the first request and optimises it on background threads that the process waits for
 * before it exits: tens of milliseconds on every run, for a few small JSON answers.
 *
 * What Octokit relies on behaves as fetch's does: redirects are followed (303, and 301
 * or 302 after a POST, as a GET; Authorization is dropped when one leaves the origin),
 * gzip, deflate and br answers are decoded when the body is read (a body that does not
 * decode fails that read, and the status stays what the server said), a failure below
 * HTTP rejects with a TypeError whose `cause` is the error, and an abort rejects with
 * the signal's reason.
 * One difference: the body is read before the promise settles, so a connection that
 * breaks mid-answer fails the request, which Octokit then retries.
 */
export async function httpFetch(
  input: string | URL,
  init: FetchInit = {},
): Promise<FetchResponse> {
  const signal = init.signal ?? undefined;
  let url = new URL(input);
  let method = (init.method ?? 'GET').toUpperCase();
  let body = init.body ?? undefined;
  const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' };
  for (const [name, value] of Object.entries(init.headers ?? {})) {
    headers[name.toLowerCase()] = value;
  }

  for (let redirects = 0; ; redirects++) {
    signal?.throwIfAborted();
    const answer = await exchange(url, method, headers, body, signal);
    const status = answer.response.statusCode ?? 0;
    const location = answer.response.headers.location;
    if (!REDIRECTS.has(status) || !location || init.redirect === 'manual') {
      return toResponse(url, answer, redirects > 0);
    }
    if (init.redirect === 'error') {
      throw networkError(new Error(`redirected to ${location}`));
    }
    if (redirects === MAX_REDIRECTS) {
      throw networkError(new Error('more than 20 redirects'));
    }

    const next = new URL(location, url);
    const asGet =
      (status === 303 && method !== 'HEAD') ||
      ((status === 301 || status === 302) && method === 'POST');
    if (asGet) {
      method = 'GET';
      body = undefined;
      for (const name of Object.keys(headers)) {
        if (name.startsWith('content-')) delete headers[name];
      }
    }
    if (next.origin !== url.origin) delete headers.authorization;
    url = next;
  }
}

interface Answer {
  response: IncomingMessage;
  /** The body as sent, still encoded. */
  content: Buffer;
}

/** One request, and its answer read to the end. */
function exchange(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const length =
      body === undefined ? {} : { 'content-length': Buffer.byteLength(body) };
    const request = send(url, { method, headers: { ...headers, ...length } });

    const abort = () => {
      reject(signal?.reason);
      request.destroy();
    };
    signal?.addEventListener('abort', abort, { once: true });
    const settle = () => signal?.removeEventListener('abort', abort);
    const fail = (error: Error) => {
      settle();
      reject(networkError(error));
    };

    request.on('error', fail);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.on('end', () => {
        settle();
        resolve({ response, content: Buffer.concat(chunks) });
      });
      response.on('close', () => {
        if (!response.complete) fail(new Error('the connection closed mid-answer'));
      });
    });
    request.end(body);
  });
}

function decode({ response, content }: Answer): Buffer {
  const encoding = response.headers['content-encoding']?.trim().toLowerCase();
  const decoder = encoding === undefined ? undefined : DECODERS[encoding];
  if (!decoder || content.length === 0) return content;
  try {
    return decoder(content);
  } catch (error) {
    throw networkError(error as Error);
  }
}

function toResponse(url: URL, answer: Answer, redirected: boolean): FetchResponse {
  const { response } = answer;
  const status = response.statusCode ?? 0;
  let decoded: Buffer | undefined;
  const content = () => (decoded ??= decode(answer));
  const text = async () => new TextDecoder().decode(content());
  return {
    status,
    statusText: response.statusMessage ?? '',
    ok: status >= 200 && status < 300,
    url: url.href.replace(/#.*$/, ''),
    redirected,
    headers: new ResponseHeaders(response.headers),
    text,
    json: async () => JSON.parse(await text()) as unknown,
    arrayBuffer: async () => new Uint8Array(content()).buffer,
  };
}

/** How fetch reports a failure below HTTP; Octokit quotes the cause's message. */
function networkError(cause: Error): TypeError {
  return new TypeError('fetch failed', { cause });
}
