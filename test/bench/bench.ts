/**
 * `npm run bench`: the engine against the YAML floor, one large file, the GitHub API
 * cost, cold start and growth. `--quick` runs small sizes once and asserts nothing (CI);
 * `--only=engine,large,api,cold,growth` runs some sections; `--corpus=DIR` (repeatable)
 * adds a folder of your own to section 1.
 * See BENCHMARKS.md for the figures and how to read them.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { actionColdStart, cliColdStart, measureApiCost } from './action-cost.js';
import { parseSettings } from '../../src/manifests/parse.js';
import { discover, enginePass, floorPass, LARGE_FILE_LIMIT } from './pipeline.js';
import {
  formatTiming,
  mb,
  ms,
  summarise,
  table,
  timeAll,
  timePair,
  type Timing,
} from './stats.js';
import { writeLargeManifest, writeSyntheticTree } from './synthetic.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');
const SCRATCH = join(ROOT, 'build', 'bench');
const REAL_CORPUS = resolve(ROOT, '..', 'shared', 'corpus', 'real');

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
/** More folders for section 1, to time the engine on manifests of your own. */
const extraCorpora = process.argv
  .filter((a) => a.startsWith('--corpus='))
  .map((a) => resolve(a.slice('--corpus='.length)));
const RUNS = quick ? 1 : 5;
const SIZES = quick
  ? {
      synthetic: 300,
      large: 2 * 1024 * 1024,
      growth: [100, 300],
      prFiles: 300,
      prFindings: 100,
    }
  : {
      synthetic: 10_000,
      large: 20 * 1024 * 1024,
      growth: [1000, 3000, 10_000],
      prFiles: 3000,
      prFindings: 1000,
    };
const TARGETS = { ratio: 1.25, largeRss: 400 * 1024 * 1024, coldStart: 200 };

/** Targets missed, printed at the end; the exit code stays 0 under --quick. */
const missed: string[] = [];

function want(section: string): boolean {
  return !only || only.split(',').includes(section);
}

function target(ok: boolean, what: string): string {
  if (quick) return '';
  if (!ok) missed.push(what);
  return ok ? ' ✓' : ' ✗';
}

function ratioRow(
  name: string,
  files: number,
  documents: number,
  bytes: number,
  floor: Timing,
  engine: Timing,
): string[] {
  const ratio = engine.median / floor.median;
  return [
    name,
    String(files),
    String(documents),
    mb(bytes),
    formatTiming(floor),
    formatTiming(engine),
    `${ratio.toFixed(2)}×${target(ratio <= TARGETS.ratio, `${name}: engine ${ratio.toFixed(2)}× floor`)}`,
  ];
}

function machine(): void {
  const cpu = cpus();
  console.log(
    `Machine: ${cpu.length} CPUs (${cpu[0]?.model ?? 'unknown'}), ${mb(totalmem())} memory (${mb(freemem())} free), node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `Mode: ${quick ? 'quick (small sizes, 1 run, no targets)' : `${RUNS} runs after a warm-up, median (min–max)`}\n`,
  );
}

/** 1. The engine against the floor on the real corpus and the synthetic tree. */
function engineAgainstFloor(): void {
  console.log('## 1. Engine against the floor\n');
  const corpora: { name: string; root: string }[] = [];
  if (existsSync(REAL_CORPUS)) corpora.push({ name: 'real corpus', root: REAL_CORPUS });
  else
    console.log(
      `Skipping the real corpus: ${REAL_CORPUS} is absent (it lives in ../shared).\n`,
    );
  corpora.push({
    name: `synthetic ${SIZES.synthetic}`,
    root: writeSyntheticTree(SCRATCH, SIZES.synthetic),
  });
  for (const root of extraCorpora) {
    if (!existsSync(root)) throw new Error(`--corpus: no such folder: ${root}`);
    corpora.push({ name: root, root });
  }

  const rows: string[][] = [];
  for (const corpus of corpora) {
    const files = discover(corpus.root);
    const floorOutcome = floorPass(corpus.root, files);
    // The engine with every document given to the yaml parser: no opaque documents
    // skipped, no fast reader.
    const fullParse = () => {
      parseSettings.skipOpaqueDocuments = false;
      parseSettings.readBlockYaml = false;
      try {
        return enginePass(corpus.root);
      } finally {
        parseSettings.skipOpaqueDocuments = true;
        parseSettings.readBlockYaml = true;
      }
    };
    const [floor, engine, full] = timeAll(RUNS, [
      () => floorPass(corpus.root, files),
      () => enginePass(corpus.root),
      fullParse,
    ]);
    rows.push([
      ...ratioRow(
        corpus.name,
        files.length,
        floorOutcome.documents,
        floorOutcome.bytes,
        floor,
        engine,
      ),
      `${formatTiming(full)} = ${(full.median / floor.median).toFixed(2)}×`,
    ]);
  }
  console.log(
    table(
      [
        'corpus',
        'files',
        'documents',
        'size',
        'floor',
        'engine',
        'engine / floor',
        'engine, every document to the yaml parser',
      ],
      rows,
    ),
  );
  console.log();
}

interface ChildResult {
  ms: number;
  maxRssBytes: number;
}

async function child(mode: 'floor' | 'engine', dir: string): Promise<ChildResult> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'large-child.ts'), mode, dir],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as ChildResult;
}

/** Peak RSS of the shipped CLI bundle on the folder, through GNU time when it exists. */
async function bundleRss(dir: string): Promise<number | undefined> {
  if (!existsSync('/usr/bin/time')) return undefined;
  // The default 8 MiB file limit would skip the file: raise it as the in-process run does.
  const config = join(SCRATCH, 'large-config.yaml');
  writeFileSync(config, `limits:\n  max-file-bytes: ${LARGE_FILE_LIMIT}\n`);
  const cli = [join(ROOT, 'dist', 'cli.js'), '--config', config];
  const args = ['-f', 'maxrss=%M', process.execPath, ...cli];
  let stderr: string;
  try {
    const result = await run('/usr/bin/time', [...args, '--format', 'sarif', dir], {
      maxBuffer: 512 * 1024 * 1024,
    });
    stderr = result.stderr;
  } catch (error) {
    // Exit code 1 only says that findings reach --fail-on; GNU time still reported.
    stderr = (error as { stderr?: string }).stderr ?? '';
  }
  const kb = /maxrss=(\d+)/.exec(stderr)?.[1];
  return kb ? Number(kb) * 1024 : undefined;
}

/** 2. One large multi-document file: time against the floor, and peak memory. */
async function largeFile(): Promise<void> {
  console.log('## 2. One large file\n');
  const dir = writeLargeManifest(SCRATCH, SIZES.large);
  const files = discover(dir);
  const outcome = floorPass(dir, files);
  const { a: floor, b: engine } = timePair(
    RUNS,
    () => floorPass(dir, files),
    () => enginePass(dir),
  );
  console.log(
    table(
      ['file', 'documents', 'floor', 'engine', 'engine / floor'],
      [
        [
          mb(outcome.bytes),
          String(outcome.documents),
          formatTiming(floor),
          formatTiming(engine),
          `${(engine.median / floor.median).toFixed(2)}×${target(engine.median / floor.median <= TARGETS.ratio, `large file: engine ${(engine.median / floor.median).toFixed(2)}× floor`)}`,
        ],
      ],
    ),
  );

  const floorChild = await child('floor', dir);
  const engineChild = await child('engine', dir);
  const bundle = await bundleRss(dir);
  console.log();
  console.log(
    table(
      ['process', 'time', 'peak RSS'],
      [
        ['floor (tsx)', ms(floorChild.ms), mb(floorChild.maxRssBytes)],
        [
          'engine + reports (tsx)',
          ms(engineChild.ms),
          `${mb(engineChild.maxRssBytes)}${target(engineChild.maxRssBytes < TARGETS.largeRss, `large file: peak RSS ${mb(engineChild.maxRssBytes)}`)}`,
        ],
        [
          'dist/cli.js --format sarif',
          '',
          bundle === undefined
            ? 'n/a (no GNU time)'
            : `${mb(bundle)}${target(bundle < TARGETS.largeRss, `large file: bundle peak RSS ${mb(bundle)}`)}`,
        ],
      ],
    ),
  );
  console.log(`Target: peak RSS under ${mb(TARGETS.largeRss)}.\n`);
}

/** 3. Requests to the GitHub API for a large pull request, against the minimum. */
async function apiCost(): Promise<void> {
  console.log('## 3. GitHub API cost\n');
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    console.log('Skipping: dist/index.js is missing; run `npm run build` first.\n');
    return;
  }
  for (const existingComment of [false, true]) {
    const cost = await measureApiCost({
      files: SIZES.prFiles,
      withFindings: SIZES.prFindings,
      existingComment,
      scratch: join(SCRATCH, 'api'),
    });
    console.log(
      `Pull request of ${SIZES.prFiles} changed manifests, ${cost.findings} findings, workspace holding the head, ${existingComment ? 'sticky comment from an earlier run' : 'first run (no comment yet)'}:\n`,
    );
    const rows = cost.counts.map((c) => [
      c.route,
      String(c.count),
      String(c.minimum),
      c.count > c.minimum ? `+${c.count - c.minimum}` : '',
    ]);
    rows.push([
      'total',
      String(cost.total),
      String(cost.minimum),
      cost.total > cost.minimum ? `+${cost.total - cost.minimum}` : '',
    ]);
    console.log(table(['route', 'requests', 'minimum', 'over'], rows));
    target(
      cost.total <= cost.minimum,
      `API: ${cost.total} requests for a minimum of ${cost.minimum}`,
    );
    console.log();
  }
}

/** 4. Time to exit of the two entry points, and their sizes. */
async function coldStart(): Promise<void> {
  console.log('## 4. Cold start\n');
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    console.log('Skipping: dist/ is missing; run `npm run build` first.\n');
    return;
  }
  const runs = quick ? 1 : 10;
  const bare: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    await run(process.execPath, ['-e', '0']);
    if (i > 0) bare.push(performance.now() - start);
  }
  const action = summarise(await actionColdStart(join(SCRATCH, 'cold'), runs));
  const offline = summarise(await actionColdStart(join(SCRATCH, 'cold'), runs, false));
  const cli = summarise(await cliColdStart(runs));
  const node = summarise(bare);
  console.log(
    table(
      ['command', 'time to exit', 'bundle'],
      [
        ['node -e 0 (reference)', formatTiming(node), ''],
        [
          'node dist/index.js (PR, nothing to check)',
          `${formatTiming(action)}${target(action.median < TARGETS.coldStart, `action cold start ${ms(action.median)}`)}`,
          mb(statSync(join(ROOT, 'dist', 'index.js')).size),
        ],
        [
          'node dist/index.js (no token, nothing to check)',
          `${formatTiming(offline)}${target(offline.median < TARGETS.coldStart, `action cold start without requests ${ms(offline.median)}`)}`,
          '',
        ],
        [
          'node dist/cli.js --version',
          `${formatTiming(cli)}${target(cli.median < TARGETS.coldStart, `CLI cold start ${ms(cli.median)}`)}`,
          mb(statSync(join(ROOT, 'dist', 'cli.js')).size),
        ],
      ],
    ),
  );
  console.log(
    `Target: under ${TARGETS.coldStart} ms. With a token the run lists the pull request's files, looks up the sticky comment and creates the check run completed, in one write.\n`,
  );
}

/** 5. Engine time at growing sizes of the synthetic tree: per manifest it stays flat. */
function growth(): void {
  console.log('## 5. Growth\n');
  const rows: string[][] = [];
  let first: number | undefined;
  for (const size of SIZES.growth) {
    const root = writeSyntheticTree(SCRATCH, size);
    const { a: floor, b: engine } = timePair(
      RUNS,
      () => floorPass(root, discover(root)),
      () => enginePass(root),
    );
    const perFile = engine.median / size;
    first ??= perFile;
    rows.push([
      String(size),
      formatTiming(engine),
      `${(perFile * 1000).toFixed(0)} µs`,
      `${(perFile / first).toFixed(2)}`,
      `${(engine.median / floor.median).toFixed(2)}×`,
    ]);
  }
  console.log(
    table(
      [
        'manifests',
        'engine',
        'per manifest',
        'per manifest vs smallest',
        'engine / floor',
      ],
      rows,
    ),
  );
  console.log();
}

mkdirSync(SCRATCH, { recursive: true });
machine();
if (want('engine')) engineAgainstFloor();
if (want('large')) await largeFile();
if (want('api')) await apiCost();
if (want('cold')) await coldStart();
if (want('growth')) growth();

if (quick) {
  console.log('Quick run: sizes are small and no target is asserted.');
} else if (missed.length > 0) {
  console.log(`Targets missed:\n${missed.map((m) => `- ${m}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('Every target met.');
}
