import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHECKS } from '../../src/checks/catalogue/index.js';
import { gitBlobSha } from '../../src/discovery/workspace.js';
import {
  startGitHubApi,
  userNamed,
  WORKFLOW_TOKEN,
  type ApiFile,
  type GitHubApi,
  type IssueComment,
} from '../support/github-api.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');
const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const PULL = 42;

/** One route's request count beside the least the API allows for the same work. */
export interface RouteCount {
  route: string;
  count: number;
  minimum: number;
}

/**
 * A workspace that holds the head of a pull request with `files` changed manifests, of
 * which `withFindings` have one container without imagePullPolicy. Every other check is
 * turned off in the workspace's configuration, so the number of findings (and so of
 * annotations) stays what the scenario says whatever checks the catalogue gains.
 */
function writePullRequest(dir: string, files: number, withFindings: number): ApiFile[] {
  rmSync(dir, { recursive: true, force: true });
  const others = CHECKS.filter((c) => c.id !== 'image-pull-policy').map(
    (c) => `  ${c.id}: { severity: off }`,
  );
  mkdirSync(join(dir, '.github'), { recursive: true });
  writeFileSync(
    join(dir, '.github', 'podspec-check.yaml'),
    others.length > 0 ? `checks:\n${others.join('\n')}\n` : 'checks: {}\n',
  );

  const listed: ApiFile[] = [];
  for (let i = 0; i < files; i++) {
    const path = `apps/team-${i % 30}/app-${i}/deployment.yaml`;
    const policy = i < withFindings ? '' : '\n          imagePullPolicy: Always';
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
spec:
  template:
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/app-${i}:1.0.${i}${policy}
`;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    listed.push({
      filename: path,
      status: 'modified',
      sha: gitBlobSha(Buffer.from(text)),
      additions: 1,
      deletions: 1,
    });
  }
  return listed;
}

interface ActionRun {
  code: number;
  ms: number;
  outputs: Record<string, string>;
  log: string;
}

/** Runs dist/index.js as the runner does: inputs and context in the environment. */
async function runAction(
  api: GitHubApi,
  workspace: string,
  scratch: string,
  withToken = true,
): Promise<ActionRun> {
  mkdirSync(scratch, { recursive: true });
  const eventPath = join(scratch, 'event.json');
  const outputPath = join(scratch, 'output.txt');
  const summaryPath = join(scratch, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'synchronize',
      number: PULL,
      pull_request: {
        number: PULL,
        head: { sha: HEAD, ref: 'feature', repo: { full_name: 'octo-shop/deploy' } },
        base: { sha: BASE, ref: 'main', repo: { full_name: 'octo-shop/deploy' } },
      },
      repository: {
        full_name: 'octo-shop/deploy',
        name: 'deploy',
        owner: { login: 'octo-shop' },
      },
    }),
  );
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: scratch,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo-shop/deploy',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: api.url,
    GITHUB_GRAPHQL_URL: api.graphqlUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: scratch,
  };
  if (withToken) env['INPUT_GITHUB-TOKEN'] = WORKFLOW_TOKEN;
  else {
    // Without a token a pull request's files cannot be listed; a manual run checks the
    // workspace instead, which is the same work without any request.
    env.GITHUB_EVENT_NAME = 'workflow_dispatch';
  }
  const start = performance.now();
  let code = 0;
  let log = '';
  try {
    const result = await run(process.execPath, [join(ROOT, 'dist', 'index.js')], {
      cwd: workspace,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    log = result.stdout;
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    code = failed.code ?? 1;
    log = failed.stdout ?? '';
  }
  const ms = performance.now() - start;
  return { code, ms, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), log };
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3];
  return outputs;
}

function countByRoute(api: GitHubApi): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of api.requests) {
    const route = request.route ?? `${request.method} ${request.path} (no route)`;
    counts.set(route, (counts.get(route) ?? 0) + 1);
  }
  return counts;
}

/**
 * The requests one action run makes for a pull request of `files` changed manifests
 * with `withFindings` findings, beside the minimum. With `existingComment` the sticky
 * comment is there from an earlier run (the steady state of a pull request).
 */
export async function measureApiCost(options: {
  files: number;
  withFindings: number;
  existingComment: boolean;
  scratch: string;
}): Promise<{ counts: RouteCount[]; total: number; minimum: number; findings: number }> {
  const workspace = join(options.scratch, 'workspace');
  const listed = writePullRequest(workspace, options.files, options.withFindings);
  const comments: IssueComment[] = options.existingComment
    ? [
        {
          id: 7,
          issueNumber: PULL,
          body: `<!-- podspec-check:podspec-check -->\n<!-- podspec-check-head:${HEAD} -->\nearlier`,
          user: userNamed('github-actions[bot]', 'Bot'),
          created_at: '2025-01-01T00:00:00Z',
          updated_at: '2025-01-01T00:00:00Z',
        },
      ]
    : [];
  const api = await startGitHubApi({
    owner: 'octo-shop',
    repo: 'deploy',
    pulls: {
      [PULL]: {
        number: PULL,
        head: { sha: HEAD, ref: 'feature', repoFullName: 'octo-shop/deploy' },
        base: { sha: BASE, ref: 'main' },
        files: listed,
      },
    },
    comments,
  });
  try {
    const result = await runAction(api, workspace, join(options.scratch, 'runner'));
    const findings = Number(result.outputs.findings ?? 0);
    const annotated = Math.min(findings, 1000);
    const repo = '/repos/{owner}/{repo}';
    const minimum: Record<string, number> = {
      [`GET ${repo}/pulls/{pull_number}/files`]: Math.ceil(options.files / 100),
      [`POST ${repo}/check-runs`]: 1,
      [`PATCH ${repo}/check-runs/{check_run_id}`]: Math.max(1, Math.ceil(annotated / 50)),
      [`GET ${repo}/issues/{issue_number}/comments`]: 1,
      [options.existingComment
        ? `PATCH ${repo}/issues/comments/{comment_id}`
        : `POST ${repo}/issues/{issue_number}/comments`]: 1,
    };
    const counted = countByRoute(api);
    const routes = new Set([...Object.keys(minimum), ...counted.keys()]);
    const counts = [...routes].map((route) => ({
      route,
      count: counted.get(route) ?? 0,
      minimum: minimum[route] ?? 0,
    }));
    if (result.code !== 0 && findings === 0) {
      throw new Error(`the action failed without findings:\n${result.log.slice(-3000)}`);
    }
    return {
      counts,
      total: api.requests.length,
      minimum: Object.values(minimum).reduce((a, b) => a + b, 0),
      findings,
    };
  } finally {
    await api.close();
  }
}

/**
 * Time to exit of the action on a pull request that changes no manifest: the cost every
 * pull request pays, mostly loading the bundle.
 */
export async function actionColdStart(
  scratch: string,
  runs: number,
  withToken = true,
): Promise<number[]> {
  const workspace = join(scratch, 'empty-workspace');
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(workspace, { recursive: true });
  writeFileSync(join(workspace, 'README.md'), '# nothing to check\n');
  const api = await startGitHubApi({
    pulls: {
      [PULL]: {
        number: PULL,
        head: { sha: HEAD, ref: 'docs', repoFullName: 'octo-shop/deploy' },
        base: { sha: BASE, ref: 'main' },
        files: [{ filename: 'README.md', status: 'modified', sha: 'd'.repeat(40) }],
      },
    },
  });
  try {
    const samples: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const result = await runAction(
        api,
        workspace,
        join(scratch, 'cold-runner'),
        withToken,
      );
      if (result.code !== 0)
        throw new Error(`the action failed:\n${result.log.slice(-3000)}`);
      // The first run warms the file cache and is not counted.
      if (i > 0) samples.push(result.ms);
    }
    return samples;
  } finally {
    await api.close();
  }
}

/** Time to exit of `node dist/cli.js --version`. */
export async function cliColdStart(runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    await run(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--version']);
    if (i > 0) samples.push(performance.now() - start);
  }
  return samples;
}
