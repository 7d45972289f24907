/**
 * Runs the built action (`dist/index.js`) in a child process the way a GitHub runner
 * does: inputs as `INPUT_<NAME>` with the action.yml defaults, the event payload in a
 * file, the `GITHUB_*` and `RUNNER_*` variables, and file commands for outputs and the
 * step summary.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { WORKFLOW_TOKEN } from './github-api.js';
import { makeTempDir } from './git-repo.js';

/** The repository root (this file is in test/support/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The bundle under test: `PODSPEC_DIST` or `dist/index.js` of this repository. */
export function distPath(): string {
  return resolve(REPO_ROOT, process.env.PODSPEC_DIST || 'dist/index.js');
}

export interface RunActionOptions {
  /** GITHUB_WORKSPACE: the checked-out repository. */
  workspace: string;
  /** GITHUB_EVENT_NAME, e.g. `pull_request`, `push`, `workflow_dispatch`. */
  eventName: string;
  /** The event payload, written to GITHUB_EVENT_PATH. */
  payload: object;
  /** Inputs by their action.yml name (`fail-on`); others get their action.yml default. */
  inputs?: Record<string, string>;
  /** GITHUB_API_URL, normally `api.url` of `startGitHubApi`. */
  apiUrl: string;
  /** Extra or overriding environment variables. */
  env?: Record<string, string>;
  /** GITHUB_REPOSITORY; default `octo-shop/deploy`, the test API's default repository. */
  repository?: string;
  /**
   * GITHUB_SHA; default: for pull requests the payload's merge commit is not known, so
   * the head sha, else the payload's `after`, else 40 zeros.
   */
  sha?: string;
  /** The value `${{ github.token }}` stands for; default the test API's workflow token. */
  token?: string;
  /** Kill the child after this long (a hung action fails the test, not the suite). */
  killAfterMs?: number;
}

/** A workflow command the action printed, such as `::error file=a.yaml,line=3::msg`. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Outputs written through GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** The text written to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** Every `::command ...::message` line of stdout, unescaped. */
  commands: WorkflowCommand[];
  /** The `error`, `warning` and `notice` commands that carry a file (annotations). */
  annotations: WorkflowCommand[];
}

interface ActionInputSpec {
  default?: string;
}

let defaultsCache: Record<string, string> | undefined;

/** Every input of action.yml with its default (`''` when none), as the runner fills them. */
export function actionDefaults(): Record<string, string> {
  if (!defaultsCache) {
    const spec = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs?: Record<string, ActionInputSpec | null>;
    };
    defaultsCache = {};
    for (const [name, input] of Object.entries(spec.inputs ?? {})) {
      defaultsCache[name] = input?.default === undefined ? '' : String(input.default);
    }
  }
  return { ...defaultsCache };
}

/** The environment variable the runner uses for an input: spaces to `_`, upper case. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Runs `node dist/index.js` with a runner's environment and collects what it wrote.
 * Never rejects for a failing action: the exit code says how it went.
 */
export async function runAction(options: RunActionOptions): Promise<ActionResult> {
  const temp = makeTempDir('podspec-runner-');
  const eventPath = join(temp, 'event.json');
  const outputPath = join(temp, 'output.txt');
  const summaryPath = join(temp, 'step-summary.md');
  const runnerTemp = join(temp, 'runner-temp');
  mkdirSync(runnerTemp);
  writeFileSync(eventPath, JSON.stringify(options.payload, null, 2));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const token = options.token ?? WORKFLOW_TOKEN;
  const inputs = { ...actionDefaults(), ...options.inputs };
  const env: NodeJS.ProcessEnv = {
    // Only what a runner sets: nothing from the developer's or CI's own environment.
    PATH: process.env.PATH,
    HOME: temp,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: options.repository ?? 'octo-shop/deploy',
    GITHUB_REPOSITORY_OWNER: (options.repository ?? 'octo-shop/deploy').split('/')[0],
    GITHUB_SHA: options.sha ?? defaultSha(options.payload),
    GITHUB_REF: refOf(options.eventName, options.payload),
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_ENV: join(temp, 'env.txt'),
    GITHUB_PATH: join(temp, 'path.txt'),
    GITHUB_STATE: join(temp, 'state.txt'),
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'podspec',
    GITHUB_ACTION: 'podspec-check',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'manifests',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(temp, 'tool-cache'),
  };
  for (const [name, value] of Object.entries(inputs)) {
    env[inputVariable(name)] = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
  }
  Object.assign(env, options.env);

  const { exitCode, stdout, stderr } = await new Promise<{
    exitCode: number;
    stdout: string;
    stderr: string;
  }>((done) => {
    execFile(
      process.execPath,
      [distPath()],
      {
        cwd: options.workspace,
        env,
        maxBuffer: 256 * 1024 * 1024,
        timeout: options.killAfterMs ?? 50_000,
        killSignal: 'SIGKILL',
      },
      (error, out, err) => {
        const code =
          error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        done({ exitCode: code, stdout: String(out), stderr: String(err) });
      },
    );
  });

  const commands = parseCommands(stdout);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands,
    annotations: commands.filter(
      (c) => ['error', 'warning', 'notice'].includes(c.command) && 'file' in c.properties,
    ),
  };
}

function defaultSha(payload: object): string {
  const p = payload as { pull_request?: { head?: { sha?: string } }; after?: string };
  return p.pull_request?.head?.sha ?? p.after ?? '0'.repeat(40);
}

function refOf(eventName: string, payload: object): string {
  const p = payload as { pull_request?: { number?: number }; ref?: string };
  if (p.pull_request?.number) return `refs/pull/${p.pull_request.number}/merge`;
  return p.ref ?? 'refs/heads/main';
}

/**
 * Parses a GITHUB_OUTPUT file: `name<<DELIMITER` blocks (what @actions/core writes) and
 * plain `name=value` lines.
 */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      outputs[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

/** Parses `::name key=value,key=value::message` lines, undoing the runner's escapes. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const [, command, props = '', message] = match;
    const properties: Record<string, string> = {};
    for (const pair of props.split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command, properties, message: unescapeData(message) });
  }
  return commands;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));
}
