/**
 * The benchmark behind `npm run bench`: our engine against off-the-shelf indexes on the briefing
 * plus 0–3,000 generated distractor articles; prints a table and writes `bench/results.json`.
 *
 * Flags: `--sizes 0,100,1000,3000`, `--queries N`, `--quick` (sizes 0,100 and 50 queries, for CI),
 * `--out FILE`, `--seeds DIR`, `--seed N`, `--budget SECONDS` (per peer and size), `--in-process`,
 * `--e2e`, `--no-cold`, `--starts N` (fresh processes timing the build and the persisted load, per
 * size; 0 times them in the measuring process), `--no-real` (skips the real-text section, `real.ts`),
 * `--real-only` (only that section), `--commands` (every command through discord.js at 3,000
 * articles, then 20 `/ask` a second beside another user's heavy commands: `commands-e2e.ts`),
 * `--commands-only` (only that section), `--commands-articles N` (its distractors, default 3,000),
 * `--e2e-only` (only the end-to-end runs, on the seeds and on the real articles: `e2e.ts`),
 * `--peers NAME,NAME` (only those peers; `--peers none`: ours alone, for comparing two versions of
 * the engine in turn without the peers' minutes).
 */
import { spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isEntryScript } from '../src/cli/args.ts';
import { measureColdStart } from './cold-start.ts';
import { type CommandsE2eParams, type CommandsE2eResult, measureCommandsE2e } from './commands-e2e.ts';
import { type E2eResult, measureE2e } from './e2e.ts';
import { emptyOurs, measureSize, type PeerCost, type SizeParams, type SizeResult } from './measure.ts';
import { loadQuestions, queryList } from './questions.ts';
import { measureReal, type RealParams, type RealResult, realCorpus } from './real.ts';
import { type BenchReport, formatReport } from './report.ts';

export interface BenchOptions {
  sizes: number[];
  queries: number;
  seed: number;
  seedsDir: string;
  peerBudgetMs: number;
  /** One child process per size: exact memory figures and a hard timeout. */
  isolate: boolean;
  coldStart: boolean;
  e2e: boolean;
  /** Fresh processes timed for the build and for the persisted load, per size (0: timed in-process). */
  startRuns: number;
  /** Restricts the peers run (tests); all when absent. */
  peers?: string[];
  /** The real-text section (`real.ts`); skipped when absent. */
  real?: RealParams | null;
  /** Only the real-text section. */
  realOnly?: boolean;
  /** Every command through discord.js on a large briefing, alone and under mixed load; null: skipped. */
  commands?: Omit<CommandsE2eParams, 'queries' | 'seed' | 'seedsDir'> | null;
  /** Only that section. */
  commandsOnly?: boolean;
  /** Only the end-to-end runs (`e2e.ts`), on the seeds and on the real articles when present. */
  e2eOnly?: boolean;
}

/**
 * The commands section as `--commands` runs it: 3,000 articles, 40 calls of each kind, three 15 s
 * mixed runs; then 25,000 users over the seeds, and the hostile files.
 */
const COMMANDS_FULL = { distractors: 3_000, samples: 40, mixedSeconds: 15, users: 25_000 };

/** The real-text section as `npm run bench` runs it: every article and question, 100 per fresh index. */
const REAL_FULL = {
  maxArticles: 5_000,
  maxQuestions: 2_000,
  chunk: 100,
  memoryQuestions: 1_000,
  distractors: 950,
  peerBudgetMs: 60_000,
  buildRuns: 1,
  loadRuns: 5,
  freshMemory: true,
};
/** As `--quick` runs it: the 30-article question briefing and 30 of its questions. */
const REAL_QUICK = {
  maxArticles: 30,
  maxQuestions: 30,
  chunk: 15,
  memoryQuestions: 60,
  distractors: 30,
  peerBudgetMs: 10_000,
  buildRuns: 0,
  loadRuns: 0,
  freshMemory: false,
};

const DEFAULT_SIZES = [0, 100, 1000, 3000];
const QUICK_SIZES = [0, 100];
const DEFAULT_QUERIES = 200;
const QUICK_QUERIES = 50;
const DEFAULT_BUDGET_S = 90;
/** A size that takes longer than this (our engine hung, or a pathological build) is abandoned. */
const SIZE_TIMEOUT_MS = 10 * 60_000;
const COLD_START_RUNS = 5;
const START_RUNS = 3;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/** Runs one size in a fresh node (with `--expose-gc`) and reads its result from the last stdout line. */
function measureSizeInChild(params: SizeParams): Promise<SizeResult> {
  return inChild<SizeResult>('--child', params);
}

function inChild<T>(flag: string, params: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), flag, JSON.stringify(params)],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), SIZE_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as T);
      else
        reject(
          new Error(
            signal === 'SIGKILL'
              ? `timed out after ${SIZE_TIMEOUT_MS / 60_000} min`
              : `exited with ${code ?? signal}`,
          ),
        );
    });
  });
}

function failedSize(distractors: number, error: unknown): SizeResult {
  return {
    distractors,
    articles: 0,
    bodyParagraphs: 0,
    passages: 0,
    gcExact: false,
    ours: { ...emptyOurs(), error: error instanceof Error ? error.message : String(error) },
    peers: [],
  };
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { file, questions } = loadQuestions();
  const queries = queryList(questions, options.queries);
  const history: Record<string, PeerCost> = {};
  const sizes: SizeResult[] = [];
  let real: RealResult | null = null;
  let commands: CommandsE2eResult | null = null;
  if (options.commands) {
    log(`commands through discord.js at ${options.commands.distractors} distractors: starting`);
    const params: CommandsE2eParams = {
      ...options.commands,
      seed: options.seed,
      seedsDir: options.seedsDir,
      queries,
    };
    try {
      commands = options.isolate
        ? await inChild<CommandsE2eResult>('--commands-child', params)
        : await measureCommandsE2e(params);
    } catch (error) {
      log(`commands failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (options.real && !options.commandsOnly && !options.e2eOnly) {
    log('real text: starting');
    const params: RealParams = { ...options.real, ...(options.peers ? { peers: options.peers } : {}) };
    try {
      real = options.isolate ? await inChild<RealResult>('--real-child', params) : await measureReal(params);
    } catch (error) {
      log(`real text failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const distractors of options.realOnly || options.commandsOnly || options.e2eOnly
    ? []
    : options.sizes) {
    const params: SizeParams = {
      distractors,
      seed: options.seed,
      seedsDir: options.seedsDir,
      queries,
      questions,
      peerBudgetMs: options.peerBudgetMs,
      history: { ...history },
      startRuns: options.startRuns,
      ...(options.peers ? { peers: options.peers } : {}),
    };
    log(`size ${distractors}: starting${options.isolate ? ' (child process)' : ''}`);
    let result: SizeResult;
    try {
      result = options.isolate ? await measureSizeInChild(params) : await measureSize(params);
    } catch (error) {
      log(`size ${distractors} failed: ${error instanceof Error ? error.message : String(error)}`);
      result = failedSize(distractors, error);
    }
    for (const peer of result.peers) history[peer.name] = peer.cost;
    sizes.push(result);
  }
  const coldStart =
    options.coldStart && !options.realOnly && !options.commandsOnly && !options.e2eOnly
      ? measureColdStart(options.seedsDir, COLD_START_RUNS)
      : null;
  const e2e = options.e2e && !options.commandsOnly ? await measureE2e(options.seedsDir, queries) : null;
  // The same through discord.js on the ~950 real articles and their questions, each asked once.
  let e2eReal: E2eResult | null = null;
  if (options.e2e && options.real && !options.commandsOnly) {
    const corpus = await realCorpus(options.real);
    if (corpus) {
      log(`end to end on ${corpus.dir}: starting`);
      try {
        e2eReal = await measureE2e(corpus.dir, corpus.timed);
      } finally {
        await rm(corpus.dir, { recursive: true, force: true });
      }
    }
  }
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    seed: options.seed,
    seedsDir: options.seedsDir,
    questionsFile: relative(ROOT, file),
    queries: queries.length,
    peerBudgetMs: options.peerBudgetMs,
    isolated: options.isolate,
    sizes,
    real,
    coldStart,
    e2e,
    e2eReal,
    commands,
  };
}

function parseNumbers(flag: string, value: string): number[] {
  const numbers = value.split(',').map((part) => Number(part.trim()));
  if (numbers.length === 0 || numbers.some((n) => !Number.isSafeInteger(n) || n < 0)) {
    throw new Error(`${flag} takes whole numbers separated by commas, not "${value}"`);
  }
  return numbers;
}

export function parseBenchArgs(argv: string[]): BenchOptions & { out: string } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      sizes: { type: 'string' },
      queries: { type: 'string' },
      quick: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/results.json' },
      seeds: { type: 'string', default: 'seeds' },
      seed: { type: 'string', default: '1' },
      budget: { type: 'string', default: String(DEFAULT_BUDGET_S) },
      'in-process': { type: 'boolean', default: false },
      'no-cold': { type: 'boolean', default: false },
      e2e: { type: 'boolean', default: false },
      starts: { type: 'string', default: String(START_RUNS) },
      'no-real': { type: 'boolean', default: false },
      'real-only': { type: 'boolean', default: false },
      commands: { type: 'boolean', default: false },
      'commands-only': { type: 'boolean', default: false },
      'commands-articles': { type: 'string', default: String(COMMANDS_FULL.distractors) },
      'e2e-only': { type: 'boolean', default: false },
      peers: { type: 'string' },
    },
  });
  const [queries] = parseNumbers(
    '--queries',
    values.queries ?? String(values.quick ? QUICK_QUERIES : DEFAULT_QUERIES),
  );
  const [seed] = parseNumbers('--seed', values.seed);
  const [budget] = parseNumbers('--budget', values.budget);
  const [starts] = parseNumbers('--starts', values.starts);
  const [commandsArticles] = parseNumbers('--commands-articles', values['commands-articles']);
  const commands = values.commands || values['commands-only'];
  return {
    sizes: values.sizes ? parseNumbers('--sizes', values.sizes) : values.quick ? QUICK_SIZES : DEFAULT_SIZES,
    queries: Math.max(1, queries ?? DEFAULT_QUERIES),
    seed: seed ?? 1,
    seedsDir: values.seeds,
    peerBudgetMs: (budget ?? DEFAULT_BUDGET_S) * 1000,
    isolate: !values['in-process'],
    coldStart: !values['no-cold'],
    e2e: values.e2e || values['e2e-only'],
    startRuns: starts ?? START_RUNS,
    real: values['no-real']
      ? null
      : { ...(values.quick ? REAL_QUICK : REAL_FULL), seedsDir: values.seeds, seed: seed ?? 1 },
    realOnly: values['real-only'],
    commands: commands
      ? { ...COMMANDS_FULL, distractors: commandsArticles ?? COMMANDS_FULL.distractors }
      : null,
    commandsOnly: values['commands-only'],
    e2eOnly: values['e2e-only'],
    ...(values.peers === undefined
      ? {}
      : {
          peers: values.peers
            .split(',')
            .map((name) => name.trim())
            .filter((name) => name !== '' && name !== 'none'),
        }),
    out: values.out,
  };
}

async function main(argv: string[]): Promise<void> {
  const realIndex = argv.indexOf('--real-child');
  if (realIndex >= 0) {
    const result = await measureReal(JSON.parse(argv[realIndex + 1] ?? '{}') as RealParams);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const commandsIndex = argv.indexOf('--commands-child');
  if (commandsIndex >= 0) {
    const result = await measureCommandsE2e(JSON.parse(argv[commandsIndex + 1] ?? '{}') as CommandsE2eParams);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const childIndex = argv.indexOf('--child');
  if (childIndex >= 0) {
    const result = await measureSize(JSON.parse(argv[childIndex + 1] ?? '{}') as SizeParams);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const options = parseBenchArgs(argv);
  const report = await runBench(options);
  await writeFile(options.out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(formatReport(report));
  log(`results written to ${options.out}`);
}

if (isEntryScript(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
