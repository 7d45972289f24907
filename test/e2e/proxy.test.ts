import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, expect, test } from 'vitest';
import { onlyChecksConfig } from '../support/checks.js';
import type { GitHubApi } from '../support/github-api.js';
import { removeTempDirs } from '../support/git-repo.js';
import { deploymentWithoutPolicies } from '../support/manifests.js';
import { pullRequestScenario, ROUTES } from '../support/scenarios.js';

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  removeTempDirs();
});

/**
 * A forward proxy as a self-hosted runner may sit behind: it tunnels every CONNECT to
 * the test API, whatever host it names, and records the hosts.
 */
async function startProxy(apiPort: number): Promise<{ url: string; tunnels: string[] }> {
  const tunnels: string[] = [];
  const server = createServer((_, response) => response.writeHead(405).end());
  server.on('connect', (request, client, head) => {
    tunnels.push(request.url ?? '');
    const upstream = connect(apiPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  closers.push(async () => {
    server.closeAllConnections();
    await new Promise((closed) => server.close(closed));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, tunnels };
}

test("reaches an API that only the runner's proxy can reach, through that proxy", async () => {
  const pr = await pullRequestScenario({
    base: { '.github/podspec-check.yaml': onlyChecksConfig(['image-pull-policy']) },
    head: { 'deploy/web.yaml': deploymentWithoutPolicies('web', 1) },
  });
  const api: GitHubApi = pr.api;
  closers.push(() => api.close());
  const port = Number(new URL(api.url).port);
  const proxy = await startProxy(port);
  // A name that does not resolve: only the proxy, which tunnels it to the test API,
  // can reach it.
  const host = `api.podspec-check.test:${port}`;

  const result = await pr.run(
    {},
    { apiUrl: `http://${host}`, env: { HTTP_PROXY: proxy.url } },
  );

  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(1);
  expect(new Set(proxy.tunnels)).toEqual(new Set([host]));
  expect(api.unknownRequests()).toEqual([]);
  expect(api.requestsTo(ROUTES.pullFiles)).toHaveLength(1);
  expect(api.state.checkRuns).toHaveLength(1);
  expect(result.outputs).toMatchObject({ findings: '1' });
});
