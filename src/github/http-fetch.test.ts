import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { httpFetch } from './http-fetch.js';

interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** Two local servers, so that a redirect can leave the origin. */
const seen: Seen[] = [];
let base = '';
let other = '';
const routes = new Map<string, Route>();
const servers = [createServer(handle), createServer(handle)];

function handle(request: IncomingMessage, response: ServerResponse): void {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    const path = request.url ?? '/';
    seen.push({ method: request.method ?? '', path, headers: request.headers, body });
    const route = routes.get(path);
    if (route) route(request, response);
    else response.writeHead(404).end();
  });
}

function json(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(value));
}

beforeAll(async () => {
  const urls = await Promise.all(
    servers.map(
      (server) =>
        new Promise<string>((resolve) =>
          server.listen(0, '127.0.0.1', () => {
            resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
          }),
        ),
    ),
  );
  [base, other] = urls;

  routes.set('/json', (_, response) => json(response, 200, { ok: true }));
  routes.set('/gzip', (_, response) => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    response.end(gzipSync(JSON.stringify({ packed: true })));
  });
  for (const raw of [false, true]) {
    routes.set(raw ? '/deflate-raw' : '/deflate', (_, response) => {
      const text = JSON.stringify({ raw });
      response.writeHead(200, { 'content-encoding': 'deflate' });
      response.end(raw ? deflateRawSync(text) : deflateSync(text));
    });
  }
  routes.set('/not-gzip', (_, response) => {
    response.writeHead(404, { 'content-encoding': 'gzip' });
    response.end('{"message":"Not Found"}');
  });
  routes.set('/repeated', (_, response) => {
    response.setHeader('set-cookie', ['a=1', 'b=2']);
    response.setHeader('x-ratelimit-remaining', '4999');
    response.end();
  });
  routes.set('/moved', (_, response) =>
    response.writeHead(307, { location: '/json' }).end(),
  );
  routes.set('/see-other', (_, response) =>
    response.writeHead(303, { location: '/json' }).end(),
  );
  routes.set('/elsewhere', (_, response) =>
    response.writeHead(302, { location: `${other}/json` }).end(),
  );
  routes.set('/loop', (_, response) =>
    response.writeHead(302, { location: '/loop' }).end(),
  );
  routes.set('/slow', (_, response) => setTimeout(() => json(response, 200, {}), 2_000));
  routes.set('/cut', (_, response) => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': '100',
    });
    response.write('{"partial":');
    setTimeout(() => response.socket?.destroy(), 20);
  });
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('httpFetch', () => {
  test('sends the method, headers and body, and answers with status, headers and text', async () => {
    const response = await httpFetch(`${base}/json`, {
      method: 'POST',
      headers: { authorization: 'token abc', 'content-type': 'application/json' },
      body: '{"name":"podspec-check"}',
    });

    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${base}/json`);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toEqual({ ok: true });
    const request = seen.at(-1);
    expect(request).toMatchObject({ method: 'POST', body: '{"name":"podspec-check"}' });
    expect(request?.headers).toMatchObject({
      authorization: 'token abc',
      'content-length': '24',
      'accept-encoding': 'gzip, deflate, br',
    });
  });

  test('decodes a gzip answer', async () => {
    const response = await httpFetch(`${base}/gzip`);
    expect(await response.text()).toBe('{"packed":true}');
  });

  test('decodes deflate with and without its zlib header', async () => {
    expect(await (await httpFetch(`${base}/deflate`)).json()).toEqual({ raw: false });
    expect(await (await httpFetch(`${base}/deflate-raw`)).json()).toEqual({ raw: true });
  });

  test('keeps the status of an answer whose body does not decode; reading it fails', async () => {
    const response = await httpFetch(`${base}/not-gzip#part`);
    expect(response.status).toBe(404);
    expect(response.url).toBe(`${base}/not-gzip`);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  test('iterates the headers as fetch does, a repeated one joined', async () => {
    const response = await httpFetch(`${base}/repeated`);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'set-cookie': 'a=1, b=2',
      'x-ratelimit-remaining': '4999',
    });
  });

  test('follows a 307 with the same method and body', async () => {
    const response = await httpFetch(`${base}/moved`, { method: 'PATCH', body: 'x' });
    expect(response.status).toBe(200);
    expect(response.redirected).toBe(true);
    expect(response.url).toBe(`${base}/json`);
    expect(seen.at(-1)).toMatchObject({ method: 'PATCH', path: '/json', body: 'x' });
  });

  test('follows a 303 as a GET without the body', async () => {
    await httpFetch(`${base}/see-other`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const request = seen.at(-1);
    expect(request).toMatchObject({ method: 'GET', path: '/json', body: '' });
    expect(request?.headers).not.toHaveProperty('content-type');
  });

  test('drops the Authorization header on a redirect to another origin', async () => {
    const response = await httpFetch(`${base}/elsewhere`, {
      headers: { authorization: 'token abc' },
    });
    expect(response.url).toBe(`${other}/json`);
    expect(seen.at(-1)?.headers).not.toHaveProperty('authorization');
  });

  test('returns the redirect itself when told not to follow', async () => {
    const response = await httpFetch(`${base}/moved`, { redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('/json');
  });

  test('gives up after 20 redirects in a row, as fetch does', async () => {
    const failure = await httpFetch(`${base}/loop`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).cause).toEqual(new Error('more than 20 redirects'));
  });

  test('rejects a refused connection with a TypeError whose cause names it', async () => {
    const closed = createServer();
    const url = await new Promise<string>((resolve) =>
      closed.listen(0, '127.0.0.1', () =>
        resolve(`http://127.0.0.1:${(closed.address() as AddressInfo).port}`),
      ),
    );
    await new Promise((resolve) => closed.close(resolve));

    const failure = await httpFetch(url).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe('fetch failed');
    expect((failure as TypeError).cause).toMatchObject({ code: 'ECONNREFUSED' });
  });

  test('rejects an answer cut off mid-body instead of returning part of it', async () => {
    const failure = await httpFetch(`${base}/cut`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
  });

  test("rejects with the signal's reason when it aborts, as a timeout does", async () => {
    const started = performance.now();
    const failure = await httpFetch(`${base}/slow`, {
      signal: AbortSignal.timeout(100),
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'TimeoutError' });
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});
