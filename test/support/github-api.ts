/**
 * A local stand-in for the GitHub REST API (and the GraphQL endpoint) of one repository,
 * for end-to-end tests that run the built action in a child process. It follows GitHub's
 * documented request and response shapes closely enough that Octokit's pagination,
 * retry and throttling plugins behave as they do against github.com, records every
 * request, and can answer any route with canned faults first.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GitRepo } from './git-repo.js';

/** The token a runner gives the workflow (`${{ github.token }}`); it writes as the bot. */
export const WORKFLOW_TOKEN = 'ghs_workflowTokenForTests000000000000';
/** The login GitHub shows for comments written with the workflow token. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** GitHub lists at most this many files of a pull request, whatever the page. */
export const PULL_FILES_MAX = 3000;
/** The compare endpoint shows at most this many files. */
export const COMPARE_FILES_MAX = 300;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One file of a pull request or comparison, as GitHub lists it. */
export interface ApiFile {
  filename: string;
  status:
    'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** Blob sha of the head version (GitHub gives the base's for removed files). */
  sha: string;
  previous_filename?: string;
  additions?: number;
  deletions?: number;
  changes?: number;
  patch?: string;
}

export interface PullState {
  number: number;
  state?: 'open' | 'closed';
  title?: string;
  head: { sha: string; ref: string; repoFullName: string };
  base: { sha: string; ref: string };
  files: ApiFile[];
}

export interface ApiUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface IssueComment {
  id: number;
  issueNumber: number;
  body: string;
  user: ApiUser;
  created_at: string;
  updated_at: string;
}

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at?: string;
  completed_at?: string;
  output: { title: string | null; summary: string | null; text: string | null };
  /** Every annotation received, in order, over all requests. */
  annotations: CheckRunAnnotation[];
}

export interface Review {
  id: number;
  pullNumber: number;
  body: Json;
  user: ApiUser;
}

/** What the server knows about the repository; tests may change it between runs. */
export interface GitHubState {
  owner: string;
  repo: string;
  pulls: Record<number, PullState>;
  /** Files of `GET /compare/{base}...{head}`, keyed by `base...head`. */
  compares: Record<string, { files: ApiFile[]; commits?: string[] }>;
  /** Blob contents by sha, served base64-encoded by `GET /git/blobs/{sha}`. */
  blobs: Record<string, string | Buffer>;
  comments: IssueComment[];
  checkRuns: CheckRun[];
  reviews: Review[];
  /** Personal access tokens and the login each belongs to; they answer `GET /user`. */
  personalTokens: Record<string, string>;
  /**
   * What the workflow token may write. `none` answers 403 "Resource not accessible by
   * integration", as for a pull request from a fork.
   */
  permissions: { checks: 'write' | 'none'; pullRequests: 'write' | 'none' };
  /** Answers `POST /graphql`; the default reports that nothing is configured. */
  graphql: (body: Json, user: ApiUser) => { status?: number; body: unknown };
  /**
   * The repository's real git objects, which `GET /git/commits/{commit_sha}` reads; a
   * commit made meanwhile (by a GraphQL handler, or a test) is served too. Without it
   * that route answers 404.
   */
  git?: GitRepo;
}

/** A canned answer consumed before the route's normal handler. */
export interface Fault {
  /** Omit to delay only and then answer normally. */
  status?: number;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  /** Wait this long before answering (the client may give up first). */
  delayMs?: number;
  /** How many requests this fault answers; default 1, `Infinity` for all. */
  times?: number;
}

/** One request as the server saw it. The Authorization value is never kept. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/repos/o/r/pulls/1/files`. */
  path: string;
  query: Record<string, string>;
  /** The parsed JSON body, the raw text if it was not JSON, or undefined. */
  body: Json | undefined;
  /** Request headers in lower case, without `authorization`. */
  headers: Record<string, string>;
  authorized: boolean;
  /** The matched route, e.g. `GET /repos/{owner}/{repo}/pulls/{pull_number}`, or undefined. */
  route: string | undefined;
  status: number;
}

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: Json;
}

interface RouteContext {
  params: Record<string, string>;
  query: Record<string, string>;
  body: Json | undefined;
  user: ApiUser;
  /** The request URL without query, absolute, for building Link headers. */
  url: string;
}

type Handler = (context: RouteContext) => Reply;

interface Route {
  id: string;
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

export interface GitHubApi {
  /** Base URL for GITHUB_API_URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** GITHUB_GRAPHQL_URL. */
  graphqlUrl: string;
  state: GitHubState;
  /** Every request, in arrival order. */
  requests: RecordedRequest[];
  /** Requests that matched no route (answered 404). Tests assert this is empty. */
  unknownRequests(): RecordedRequest[];
  /** Requests to one route id, e.g. `PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}`. */
  requestsTo(route: string): RecordedRequest[];
  /** `METHOD /path` of every request, for asserting exact sequences. */
  sequence(): string[];
  /** Queues faults for a route id; they answer before the normal handler, in order. */
  inject(route: string, ...faults: Fault[]): void;
  /** Adds or replaces a route, e.g. for an endpoint a later feature needs. */
  addRoute(route: string, handler: Handler): void;
  /** Route ids this server knows. */
  routes(): string[];
  close(): Promise<void>;
}

const NOT_ACCESSIBLE: Json = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest',
  status: '403',
};

/** A state with one repository and nothing in it; pass overrides to `startGitHubApi`. */
export function emptyState(overrides: Partial<GitHubState> = {}): GitHubState {
  return {
    owner: 'octo-shop',
    repo: 'deploy',
    pulls: {},
    compares: {},
    blobs: {},
    comments: [],
    checkRuns: [],
    reviews: [],
    personalTokens: {},
    permissions: { checks: 'write', pullRequests: 'write' },
    graphql: () => ({
      body: { data: null, errors: [{ message: 'no GraphQL handler in this test' }] },
    }),
    ...overrides,
  };
}

/**
 * Starts the server on 127.0.0.1 at a random port. Close it in `afterAll`/`afterEach`.
 * @param state the repository's initial state; missing parts are empty
 */
export async function startGitHubApi(
  state: Partial<GitHubState> = {},
): Promise<GitHubApi> {
  const full = emptyState(state);
  const requests: RecordedRequest[] = [];
  const faults = new Map<string, Fault[]>();
  const routes: Route[] = [];
  let nextId = 1000;
  const newId = () => ++nextId;

  const addRoute = (id: string, handler: Handler) => {
    const [method, template] = id.split(' ');
    const names: string[] = [];
    const source = template
      .split('/')
      .map((segment) => {
        // `{basehead}` holds `...` and `{file_sha}` hex; neither spans a slash.
        return segment.replace(/\{(\w+)\}|[.*+?^$()[\]\\|]/g, (match, name?: string) => {
          if (!name) return `\\${match}`;
          names.push(name);
          return '([^/]+)';
        });
      })
      .join('/');
    const existing = routes.findIndex((r) => r.id === id);
    const route = { id, method, pattern: new RegExp(`^${source}$`), names, handler };
    if (existing >= 0) routes[existing] = route;
    else routes.push(route);
  };

  const repoPath = '/repos/{owner}/{repo}';
  const canWrite = (ctx: RouteContext, what: keyof GitHubState['permissions']) =>
    ctx.user.type === 'User' || full.permissions[what] === 'write';

  // Pull requests
  addRoute(`GET ${repoPath}/pulls/{pull_number}`, (ctx) => {
    const pull = full.pulls[Number(ctx.params.pull_number)];
    if (!pull) return notFound();
    return { status: 200, body: pullJson(full, pull) };
  });
  addRoute(`GET ${repoPath}/pulls/{pull_number}/files`, (ctx) => {
    const pull = full.pulls[Number(ctx.params.pull_number)];
    if (!pull) return notFound();
    const listed = pull.files.slice(0, PULL_FILES_MAX).map(fileJson);
    return paginate(ctx, listed);
  });
  addRoute(`POST ${repoPath}/pulls/{pull_number}/reviews`, (ctx) => {
    const pullNumber = Number(ctx.params.pull_number);
    if (!full.pulls[pullNumber]) return notFound();
    if (!canWrite(ctx, 'pullRequests')) return { status: 403, body: NOT_ACCESSIBLE };
    const review: Review = {
      id: newId(),
      pullNumber,
      body: ctx.body ?? null,
      user: ctx.user,
    };
    full.reviews.push(review);
    const event = objectField(ctx.body, 'event');
    return {
      status: 200,
      body: {
        id: review.id,
        node_id: `PRR_${review.id}`,
        user: userJson(ctx.user),
        body: stringField(ctx.body, 'body') ?? '',
        state: event === 'APPROVE' ? 'APPROVED' : event ? 'COMMENTED' : 'PENDING',
        html_url: `${htmlRepo(full)}/pull/${pullNumber}#pullrequestreview-${review.id}`,
        commit_id: stringField(ctx.body, 'commit_id') ?? full.pulls[pullNumber].head.sha,
      },
    };
  });

  // Comparisons
  addRoute(`GET ${repoPath}/compare/{basehead}`, (ctx) => {
    const compare = full.compares[ctx.params.basehead];
    if (!compare) return notFound();
    const commits = (compare.commits ?? []).map((sha) => ({
      sha,
      commit: { message: '' },
    }));
    const paged = 'page' in ctx.query || 'per_page' in ctx.query;
    const firstPage = (Number(ctx.query.page) || 1) === 1;
    // Documented: with paging parameters the commits are paginated and the files (at
    // most 300) appear on the first page only.
    const files =
      !paged || firstPage ? compare.files.slice(0, COMPARE_FILES_MAX).map(fileJson) : [];
    const page = paged ? pageOf(ctx, commits) : { items: commits, link: undefined };
    return {
      status: 200,
      headers: page.link ? { link: page.link } : undefined,
      body: {
        url: ctx.url,
        html_url: `${htmlRepo(full)}/compare/${ctx.params.basehead}`,
        status: 'ahead',
        ahead_by: commits.length,
        behind_by: 0,
        total_commits: commits.length,
        commits: page.items,
        files,
      },
    };
  });

  // Blobs
  addRoute(`GET ${repoPath}/git/blobs/{file_sha}`, (ctx) => {
    const content = full.blobs[ctx.params.file_sha];
    if (content === undefined) return notFound();
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    // GitHub wraps the base64 text at 60 characters.
    const wrapped = (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
    return {
      status: 200,
      body: {
        sha: ctx.params.file_sha,
        node_id: `B_${ctx.params.file_sha.slice(0, 12)}`,
        size: bytes.length,
        url: ctx.url,
        content: wrapped ? `${wrapped}\n` : '',
        encoding: 'base64',
      },
    };
  });

  // Git commits
  addRoute(`GET ${repoPath}/git/commits/{commit_sha}`, (ctx) => {
    const commit = full.git && readCommit(full.git, ctx.params.commit_sha);
    if (!commit) return notFound();
    return { status: 200, body: gitCommitJson(full, commit) };
  });

  // Check runs
  addRoute(`POST ${repoPath}/check-runs`, (ctx) => {
    if (!canWrite(ctx, 'checks')) return { status: 403, body: NOT_ACCESSIBLE };
    const name = stringField(ctx.body, 'name');
    const headSha = stringField(ctx.body, 'head_sha');
    if (!name || !headSha) return invalid('name and head_sha are required');
    const run: CheckRun = {
      id: newId(),
      name,
      head_sha: headSha,
      status: 'queued',
      conclusion: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
    };
    const error = applyCheckRunUpdate(run, ctx.body);
    if (error) return invalid(error);
    full.checkRuns.push(run);
    return { status: 201, body: checkRunJson(full, run) };
  });
  addRoute(`PATCH ${repoPath}/check-runs/{check_run_id}`, (ctx) => {
    const run = full.checkRuns.find((r) => r.id === Number(ctx.params.check_run_id));
    if (!run) return notFound();
    if (!canWrite(ctx, 'checks')) return { status: 403, body: NOT_ACCESSIBLE };
    const error = applyCheckRunUpdate(run, ctx.body);
    if (error) return invalid(error);
    return { status: 200, body: checkRunJson(full, run) };
  });

  // Issue comments
  addRoute(`GET ${repoPath}/issues/{issue_number}/comments`, (ctx) => {
    const issue = Number(ctx.params.issue_number);
    if (!full.pulls[issue]) return notFound();
    const comments = full.comments
      .filter((c) => c.issueNumber === issue)
      .sort((a, b) => a.id - b.id)
      .map((c) => commentJson(full, c));
    return paginate(ctx, comments);
  });
  addRoute(`POST ${repoPath}/issues/{issue_number}/comments`, (ctx) => {
    const issue = Number(ctx.params.issue_number);
    if (!full.pulls[issue]) return notFound();
    if (!canWrite(ctx, 'pullRequests')) return { status: 403, body: NOT_ACCESSIBLE };
    const body = stringField(ctx.body, 'body');
    if (body === undefined) return invalid('body is required');
    if (body.length > 65_536)
      return invalid('Body is too long (maximum is 65536 characters)');
    const now = new Date().toISOString();
    const comment: IssueComment = {
      id: newId(),
      issueNumber: issue,
      body,
      user: ctx.user,
      created_at: now,
      updated_at: now,
    };
    full.comments.push(comment);
    return { status: 201, body: commentJson(full, comment) };
  });
  addRoute(`PATCH ${repoPath}/issues/comments/{comment_id}`, (ctx) => {
    const comment = full.comments.find((c) => c.id === Number(ctx.params.comment_id));
    if (!comment) return notFound();
    if (!canWrite(ctx, 'pullRequests') || comment.user.login !== ctx.user.login)
      return { status: 403, body: NOT_ACCESSIBLE };
    const body = stringField(ctx.body, 'body');
    if (body === undefined) return invalid('body is required');
    if (body.length > 65_536)
      return invalid('Body is too long (maximum is 65536 characters)');
    comment.body = body;
    comment.updated_at = new Date().toISOString();
    return { status: 200, body: commentJson(full, comment) };
  });
  addRoute(`DELETE ${repoPath}/issues/comments/{comment_id}`, (ctx) => {
    const index = full.comments.findIndex((c) => c.id === Number(ctx.params.comment_id));
    if (index < 0) return notFound();
    const comment = full.comments[index];
    if (!canWrite(ctx, 'pullRequests') || comment.user.login !== ctx.user.login)
      return { status: 403, body: NOT_ACCESSIBLE };
    full.comments.splice(index, 1);
    return { status: 204 };
  });

  // The token's user
  addRoute('GET /user', (ctx) => {
    // An installation token (the workflow token) has no user behind it.
    if (ctx.user.type === 'Bot') return { status: 403, body: NOT_ACCESSIBLE };
    return { status: 200, body: userJson(ctx.user) };
  });

  // GraphQL
  addRoute('POST /graphql', (ctx) => {
    const answer = full.graphql(ctx.body ?? null, ctx.user);
    // The handler's value is sent as JSON.stringify sends it (undefined fields dropped).
    return { status: answer.status ?? 200, body: answer.body as Json };
  });

  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const base = `http://${req.headers.host ?? '127.0.0.1'}`;
    const parsedUrl = new URL(req.url ?? '/', base);
    const method = req.method ?? 'GET';
    const path = parsedUrl.pathname;
    const query = Object.fromEntries(parsedUrl.searchParams.entries());
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (name === 'authorization' || value === undefined) continue;
      headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const authorization = req.headers.authorization;
    const record: RecordedRequest = {
      method,
      path,
      query,
      body: parseJson(raw),
      headers,
      authorized: Boolean(authorization),
      route: undefined,
      status: 0,
    };
    requests.push(record);

    let route: Route | undefined;
    let params: Record<string, string> = {};
    for (const candidate of routes) {
      if (candidate.method !== method) continue;
      const match = candidate.pattern.exec(path);
      if (!match) continue;
      params = Object.fromEntries(
        candidate.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]),
      );
      if (
        candidate.id.includes('{owner}/{repo}') &&
        (params.owner !== full.owner || params.repo !== full.repo)
      )
        continue;
      route = candidate;
      break;
    }
    record.route = route?.id;

    const queue = route ? faults.get(route.id) : undefined;
    const fault = queue?.[0];
    if (fault && queue) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) queue.shift();
      if (fault.delayMs) await sleep(fault.delayMs);
      if (res.destroyed || !res.socket || res.socket.destroyed) {
        // The client gave up (a timeout test): there is nobody to answer.
        record.status = -1;
        return;
      }
      if (fault.status !== undefined) {
        send(res, record, {
          status: fault.status,
          headers: fault.headers,
          body: fault.body as Json | undefined,
        });
        return;
      }
    }

    if (!route) {
      send(res, record, notFound());
      return;
    }
    const user = userOf(full, authorization);
    if (!user) {
      send(res, record, {
        status: 401,
        body: {
          message: authorization ? 'Bad credentials' : 'Requires authentication',
          documentation_url: 'https://docs.github.com/rest',
          status: '401',
        },
      });
      return;
    }
    let reply: Reply;
    try {
      reply = route.handler({
        params,
        query,
        body: record.body,
        user,
        url: `${base}${path}`,
      });
    } catch (error) {
      reply = { status: 500, body: { message: `test server error: ${String(error)}` } };
    }
    send(res, record, { ...reply, headers: { ...reply.headers, ...fault?.headers } });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    state: full,
    requests,
    unknownRequests: () => requests.filter((r) => r.route === undefined),
    requestsTo: (route) => requests.filter((r) => r.route === route),
    sequence: () => requests.map((r) => `${r.method} ${r.path}`),
    inject(route, ...added) {
      if (!routes.some((r) => r.id === route))
        throw new Error(
          `No route "${route}"; known: ${routes.map((r) => r.id).join(', ')}`,
        );
      faults.set(route, [...(faults.get(route) ?? []), ...added.map((f) => ({ ...f }))]);
    },
    addRoute,
    routes: () => routes.map((r) => r.id),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Users and tokens

function userOf(
  state: GitHubState,
  authorization: string | undefined,
): ApiUser | undefined {
  if (!authorization) return undefined;
  const token = authorization.replace(/^(token|bearer)\s+/i, '');
  if (token === WORKFLOW_TOKEN)
    return { login: ACTIONS_BOT_LOGIN, id: 41898282, type: 'Bot' };
  const login = state.personalTokens[token];
  if (login) return { login, id: idOfLogin(login), type: 'User' };
  return undefined;
}

function idOfLogin(login: string): number {
  let hash = 7;
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000;
  return 100_000 + hash;
}

function userJson(user: ApiUser): Json {
  return {
    login: user.login,
    id: user.id,
    node_id: `U_${user.id}`,
    type: user.type,
    site_admin: false,
    html_url: `https://github.com/${user.login}`,
  };
}

/** Any user, for seeding comments written by people or other apps. */
export function userNamed(login: string, type: 'User' | 'Bot' = 'User'): ApiUser {
  return {
    login,
    id: login === ACTIONS_BOT_LOGIN ? 41898282 : idOfLogin(login),
    type,
  };
}

// Shapes

function htmlRepo(state: GitHubState): string {
  return `https://github.com/${state.owner}/${state.repo}`;
}

function pullJson(state: GitHubState, pull: PullState): Json {
  return {
    number: pull.number,
    state: pull.state ?? 'open',
    title: pull.title ?? `Pull request ${pull.number}`,
    html_url: `${htmlRepo(state)}/pull/${pull.number}`,
    head: {
      sha: pull.head.sha,
      ref: pull.head.ref,
      label: `${pull.head.repoFullName.split('/')[0]}:${pull.head.ref}`,
      repo: {
        full_name: pull.head.repoFullName,
        fork: pull.head.repoFullName !== `${state.owner}/${state.repo}`,
      },
    },
    base: {
      sha: pull.base.sha,
      ref: pull.base.ref,
      label: `${state.owner}:${pull.base.ref}`,
      repo: { full_name: `${state.owner}/${state.repo}`, fork: false },
    },
    changed_files: pull.files.length,
  };
}

function fileJson(file: ApiFile): Json {
  const json: Record<string, Json> = {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions ?? 0,
    deletions: file.deletions ?? 0,
    changes: file.changes ?? (file.additions ?? 0) + (file.deletions ?? 0),
    blob_url: `https://github.com/blob/${file.sha}/${file.filename}`,
    raw_url: `https://github.com/raw/${file.sha}/${file.filename}`,
    contents_url: `https://api.github.com/contents/${file.filename}`,
  };
  if (file.patch !== undefined) json.patch = file.patch;
  if (file.previous_filename !== undefined)
    json.previous_filename = file.previous_filename;
  return json;
}

function commentJson(state: GitHubState, comment: IssueComment): Json {
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `https://api.github.com/repos/${state.owner}/${state.repo}/issues/comments/${comment.id}`,
    html_url: `${htmlRepo(state)}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `https://api.github.com/repos/${state.owner}/${state.repo}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  };
}

function checkRunJson(state: GitHubState, run: CheckRun): Json {
  return {
    id: run.id,
    node_id: `CR_${run.id}`,
    head_sha: run.head_sha,
    name: run.name,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at ?? null,
    completed_at: run.completed_at ?? null,
    html_url: `${htmlRepo(state)}/runs/${run.id}`,
    output: { ...run.output, annotations_count: run.annotations.length },
  };
}

// Git commits, as the Git database API shapes them

interface GitCommit {
  sha: string;
  tree: string;
  parents: string[];
  author: GitPerson;
  committer: GitPerson;
  message: string;
  signature?: string;
}

interface GitPerson {
  name: string;
  email: string;
  date: string;
}

/** The commit `sha` of the real repository, read raw; undefined when there is none. */
function readCommit(repo: GitRepo, sha: string): GitCommit | undefined {
  // GitHub takes a full sha only; a ref name or a short sha is not found.
  if (!/^[0-9a-f]{40}$/.test(sha)) return undefined;
  let raw: string;
  try {
    raw = repo.gitRaw('cat-file', 'commit', sha);
  } catch {
    return undefined;
  }
  const split = raw.indexOf('\n\n');
  const headerText = split < 0 ? raw : raw.slice(0, split);
  // Header lines that start with a space continue the one before (a gpgsig block).
  const headers: [string, string][] = [];
  for (const line of headerText.split('\n')) {
    if (line.startsWith(' ') && headers.length > 0) {
      headers[headers.length - 1][1] += `\n${line.slice(1)}`;
      continue;
    }
    const space = line.indexOf(' ');
    headers.push([line.slice(0, space), line.slice(space + 1)]);
  }
  const value = (name: string) => headers.find(([key]) => key === name)?.[1] ?? '';
  return {
    sha,
    tree: value('tree'),
    parents: headers.filter(([key]) => key === 'parent').map(([, parent]) => parent),
    author: personOf(value('author')),
    committer: personOf(value('committer')),
    // GitHub shows the message without the final newline git stores after it.
    message: split < 0 ? '' : raw.slice(split + 2).replace(/\n$/, ''),
    signature: headers.find(([key]) => key === 'gpgsig')?.[1],
  };
}

/** `Name <email> 1700000000 +0100` as GitHub shows it: the date in UTC, ISO 8601. */
function personOf(line: string): GitPerson {
  const match = /^(.*) <([^>]*)> (\d+) [+-]\d{4}$/.exec(line);
  if (!match) return { name: line, email: '', date: new Date(0).toISOString() };
  const date = new Date(Number(match[3]) * 1000).toISOString().replace('.000Z', 'Z');
  return { name: match[1], email: match[2], date };
}

function gitCommitJson(state: GitHubState, commit: GitCommit): Json {
  const api = `https://api.github.com/repos/${state.owner}/${state.repo}/git`;
  return {
    sha: commit.sha,
    node_id: `C_${commit.sha.slice(0, 12)}`,
    url: `${api}/commits/${commit.sha}`,
    html_url: `${htmlRepo(state)}/commit/${commit.sha}`,
    author: { ...commit.author },
    committer: { ...commit.committer },
    tree: { sha: commit.tree, url: `${api}/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${htmlRepo(state)}/commit/${sha}`,
    })),
    // The stand-in checks no keys: a signed commit is reported as GitHub reports a
    // signature by a key it does not know.
    verification: {
      verified: false,
      reason: commit.signature ? 'unknown_key' : 'unsigned',
      signature: commit.signature ?? null,
      payload: null,
      verified_at: null,
    },
  };
}

// Check run validation, as GitHub documents it

const STATUSES = [
  'queued',
  'in_progress',
  'completed',
  'waiting',
  'requested',
  'pending',
];
const CONCLUSIONS = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out',
];
const LEVELS = ['notice', 'warning', 'failure'];

/** Applies a create/update body to a run; returns the validation error, if any. */
function applyCheckRunUpdate(run: CheckRun, body: Json | undefined): string | undefined {
  if (!isObject(body)) return 'the body must be a JSON object';
  const status = body.status;
  if (status !== undefined && (typeof status !== 'string' || !STATUSES.includes(status)))
    return `status "${String(status)}" is not one of ${STATUSES.join(', ')}`;
  const conclusion = body.conclusion;
  if (
    conclusion !== undefined &&
    (typeof conclusion !== 'string' || !CONCLUSIONS.includes(conclusion))
  )
    return `conclusion "${String(conclusion)}" is not one of ${CONCLUSIONS.join(', ')}`;
  const completing = status === 'completed' || body.completed_at !== undefined;
  if (completing && conclusion === undefined)
    return 'conclusion is required when status is completed or completed_at is given';

  let annotations: CheckRunAnnotation[] = [];
  const output = body.output;
  if (output !== undefined) {
    if (!isObject(output)) return 'output must be an object';
    if (typeof output.title !== 'string' || typeof output.summary !== 'string')
      return 'output.title and output.summary are required when output is given';
    if (output.summary.length > 65_535)
      return 'output.summary is longer than 65535 characters';
    if (typeof output.text === 'string' && output.text.length > 65_535)
      return 'output.text is longer than 65535 characters';
    const list = output.annotations ?? [];
    if (!Array.isArray(list)) return 'output.annotations must be an array';
    if (list.length > 50)
      return `output.annotations has ${list.length} items; at most 50 are allowed per request`;
    for (const [index, item] of list.entries()) {
      const problem = annotationProblem(item);
      if (problem) return `output.annotations[${index}]: ${problem}`;
      annotations.push(item as unknown as CheckRunAnnotation);
    }
  } else {
    annotations = [];
  }

  if (typeof status === 'string') run.status = status;
  if (typeof conclusion === 'string') {
    run.conclusion = conclusion;
    run.status = 'completed';
  }
  if (typeof body.started_at === 'string') run.started_at = body.started_at;
  if (typeof body.completed_at === 'string') run.completed_at = body.completed_at;
  if (typeof body.name === 'string') run.name = body.name;
  if (isObject(output)) {
    run.output = {
      title: output.title as string,
      summary: output.summary as string,
      text: typeof output.text === 'string' ? output.text : run.output.text,
    };
  }
  // GitHub appends the annotations of every update to the run's list.
  run.annotations.push(...annotations);
  return undefined;
}

function annotationProblem(item: Json): string | undefined {
  if (!isObject(item)) return 'not an object';
  for (const key of ['path', 'message', 'annotation_level'])
    if (typeof item[key] !== 'string') return `${key} is required`;
  for (const key of ['start_line', 'end_line'])
    if (!Number.isInteger(item[key]) || (item[key] as number) < 1)
      return `${key} must be a positive integer`;
  if (!LEVELS.includes(item.annotation_level as string))
    return `annotation_level must be one of ${LEVELS.join(', ')}`;
  const columns = item.start_column !== undefined || item.end_column !== undefined;
  if (columns && item.start_line !== item.end_line)
    return 'start_column and end_column are only allowed when start_line equals end_line';
  if ((item.message as string).length > 65_535) return 'message is too long';
  if (typeof item.title === 'string' && item.title.length > 255)
    return 'title is too long';
  return undefined;
}

// Pagination, as GitHub does it: `per_page` (default 30, at most 100), `page` from 1,
// and a Link header with first/prev/next/last.

function pageOf<T>(
  ctx: RouteContext,
  all: T[],
): { items: T[]; link: string | undefined } {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page) || 30));
  const page = Math.max(1, Number(ctx.query.page) || 1);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const at = (n: number) => {
    const params = new URLSearchParams({
      ...ctx.query,
      per_page: String(perPage),
      page: String(n),
    });
    return `<${ctx.url}?${params.toString()}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${at(page - 1)}; rel="prev"`);
  if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
  if (page > 1) links.push(`${at(1)}; rel="first"`);
  return { items, link: links.length > 0 ? links.join(', ') : undefined };
}

function paginate(ctx: RouteContext, all: Json[]): Reply {
  const { items, link } = pageOf(ctx, all);
  return { status: 200, headers: link ? { link } : undefined, body: items };
}

// Plumbing

function notFound(): Reply {
  return {
    status: 404,
    body: {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    },
  };
}

function invalid(message: string): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'Request', code: 'invalid', message }],
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    },
  };
}

function send(res: ServerResponse, record: RecordedRequest, reply: Reply): void {
  record.status = reply.status;
  const headers: Record<string, string> = {
    'x-github-request-id': `TEST:${record.method}:${Date.now().toString(16)}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...reply.headers,
  };
  if (reply.body !== undefined && reply.status !== 204) {
    headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(reply.status, headers);
    res.end(JSON.stringify(reply.body));
  } else {
    res.writeHead(reply.status, headers);
    res.end();
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function parseJson(text: string): Json | undefined {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(value: Json | undefined, key: string): string | undefined {
  if (!isObject(value)) return undefined;
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}

function objectField(value: Json | undefined, key: string): Json | undefined {
  return isObject(value) ? value[key] : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export type { Json };
