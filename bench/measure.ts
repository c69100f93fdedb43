/**
 * One size of the bench: write the folder, open it with our engine, time and score it, then run the
 * same passages and queries through every peer. Runs in a child process per size (clean heap, a
 * hard timeout) or in-process (tests); the result is plain data either way.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, parse } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Briefing } from '../src/answer/briefing.ts';
import { LiveBriefing } from '../src/answer/live-briefing.ts';
import type { Answer } from '../src/answer/types.ts';
import { isHit } from '../src/cli/eval.ts';
import { type Article, loadArticles } from '../src/corpus/index.ts';
import { removeBenchFolder, writeBenchFolder } from './distractors.ts';
import { type Passage, passagesOf } from './passages.ts';
import { PEERS, type Peer } from './peers.ts';
import type { Question } from './questions.ts';
import { measureStarts } from './startup.ts';

export interface SizeParams {
  distractors: number;
  seed: number;
  seedsDir: string;
  /** Timed queries (ROUNDS times each, after WARMUP_ROUNDS untimed rounds to warm up). */
  queries: string[];
  /** Scored questions. */
  questions: Question[];
  /**
   * Wall time a peer may spend on one size (build and queries) before it is marked too slow; also
   * what our engine's timed queries may take (it is then timed on a sample, never skipped).
   */
  peerBudgetMs: number;
  /** What each peer cost at the previous size, to skip it when this size would blow its budget. */
  history: Record<string, PeerCost>;
  /** Restricts the peers run (tests); all when absent. */
  peers?: string[];
  /**
   * Fresh processes that build, and that load the persisted index, each timed: a start is JIT cold,
   * and one sample of a second-long build on a shared machine says little. 0: time the build and the
   * load in this process instead.
   */
  startRuns: number;
}

export interface PeerCost {
  passages: number;
  ms: number;
}

export interface Latency {
  p50: number;
  p99: number;
  mean: number;
}

export interface Quality {
  /** Answerable questions whose first result contains an expected phrase. */
  hit1: number;
  hit3: number;
  answerable: number;
  /** `none` questions refused (unanswered or no results). */
  refused: number;
  unanswerable: number;
  /** Answerable questions the engine refused. */
  falseRefusals: number;
  /** Answerable questions whose first result comes from the briefing, not a distractor. */
  briefingFirst: number;
}

export interface OursResult {
  ok: boolean;
  error: string | null;
  /** Opening the folder from scratch: the median of the fresh processes' times (`startRuns`). */
  buildMs: number | null;
  /** Opening again from a persisted index; null while the engine persists nothing. */
  loadMs: number | null;
  /** Each fresh process's time (empty when timed in this process). */
  buildRunsMs: number[];
  loadRunsMs: number[];
  /** A live reload after one file is added, while a question is asked every 10 ms. */
  reload: ReloadCost | null;
  heapMB: number | null;
  rssMB: number | null;
  statements: number | null;
  warnings: number;
  /** Queries the latency is over: fewer than asked when the engine is too slow for the budget. */
  timedQueries: number;
  latency: Latency | null;
  quality: Quality | null;
}

export interface ReloadCost {
  ms: number;
  /** Questions answered (from the old index) while the new one was built. */
  answered: number;
  /** Event-loop delay during the rebuild, from `monitorEventLoopDelay`. */
  delayP50Ms: number;
  delayP99Ms: number;
  delayMaxMs: number;
}

export type PeerStatus = 'ok' | 'too slow';

export interface PeerResult {
  name: string;
  status: PeerStatus;
  note: string | null;
  buildMs: number | null;
  latency: Latency | null;
  /** p99 of the peer over ours: above 1, ours is faster. */
  p99Ratio: number | null;
  /** Answerable questions whose top passage contains an expected phrase. */
  hit1: number | null;
  answerable: number;
  cost: PeerCost;
}

export interface SizeResult {
  distractors: number;
  articles: number;
  bodyParagraphs: number;
  passages: number;
  /** Whether `gc()` ran before each memory reading; without it heap figures are approximate. */
  gcExact: boolean;
  ours: OursResult;
  peers: PeerResult[];
}

type OpenBriefing = (
  dir: string,
  options?: { warn?: (message: string) => void; cacheDir?: string },
) => Promise<Briefing>;

const MB = 1024 * 1024;

/** `gc()` when node was started with `--expose-gc`, else the V8 flag set at run time; null if neither works. */
export function findGc(): (() => void) | null {
  if (typeof globalThis.gc === 'function') return globalThis.gc as () => void;
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

export function median(values: readonly number[]): number | null {
  return values.length > 0
    ? percentile(
        [...values].sort((a, b) => a - b),
        50,
      )
    : null;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function latencyOf(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
  };
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function loadEngine(): Promise<OpenBriefing | string> {
  try {
    const mod = (await import('../src/answer/briefing.ts')) as { openBriefing?: OpenBriefing };
    return typeof mod.openBriefing === 'function'
      ? mod.openBriefing
      : 'src/answer/briefing.ts exports no openBriefing';
  } catch (error) {
    return `cannot import the engine: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function scoreAnswers(
  questions: readonly Question[],
  answer: (q: string) => Answer,
  seedIds: ReadonlySet<string>,
): Quality {
  const quality: Quality = {
    hit1: 0,
    hit3: 0,
    answerable: 0,
    refused: 0,
    unanswerable: 0,
    falseRefusals: 0,
    briefingFirst: 0,
  };
  for (const question of questions) {
    const a = answer(question.q);
    const results = a.results.slice(0, 3);
    if (question.none) {
      quality.unanswerable++;
      if (!a.answered || results.length === 0) quality.refused++;
      continue;
    }
    quality.answerable++;
    if (!a.answered) quality.falseRefusals++;
    const hit = results.findIndex((r) => isHit(r.excerpt, question.expect ?? []));
    if (hit === 0) quality.hit1++;
    if (hit >= 0) quality.hit3++;
    if (results[0] && seedIds.has(results[0].article)) quality.briefingFirst++;
  }
  return quality;
}

function timeQueries(
  queries: readonly string[],
  run: (q: string) => unknown,
  deadline = Number.POSITIVE_INFINITY,
  gc: (() => void) | null = null,
) {
  for (let round = 0; round < WARMUP_ROUNDS; round++) {
    for (const q of queries) {
      run(q);
      if (performance.now() > deadline) return null;
    }
  }
  // Every engine is timed from a collected heap, so no one pays for the garbage of what ran before
  // (its own build, or the previous peer); V8 finishes that collection on other threads (sweeping),
  // which would compete with the first timed queries for the two cores, so the bench waits for it.
  if (gc) {
    gc();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLE_MS);
  }
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const t0 = performance.now();
      run(q);
      samples.push(performance.now() - t0);
      if (performance.now() > deadline) return null;
    }
  }
  return latencyOf(samples);
}

/**
 * Rounds over the queries, untimed then timed: a p99 over 200 samples is the second slowest, which
 * one garbage collection or one late compilation decides; over two rounds it is the fourth.
 */
export const ROUNDS = 2;
/**
 * Untimed rounds first: code run once per question only becomes hot enough for V8's optimizing
 * compiler after a few hundred questions, and its compiling would otherwise land in the timed rounds.
 */
export const WARMUP_ROUNDS = 3;
/** Quiet time after the collection that precedes the timed rounds. */
const SETTLE_MS = 300;

/** Queries probed to estimate what one costs before choosing how many to time. */
const PROBE = 10;
/** Fewest queries a percentile is taken over, whatever the budget. */
const MIN_SAMPLE = 20;

/**
 * The queries to time within `budgetMs` (each is run WARMUP_ROUNDS + ROUNDS times): all of them when
 * they fit, else every k-th, so that the sample keeps the mix of questions and phrasings. Our
 * engine is always measured, never skipped; a slow engine is measured on fewer queries.
 */
function sampleWithinBudget(
  queries: readonly string[],
  run: (q: string) => unknown,
  budgetMs: number,
): string[] {
  const t0 = performance.now();
  const probe = queries.slice(0, PROBE);
  for (const q of probe) run(q);
  const each = (performance.now() - t0) / Math.max(1, probe.length);
  const fit = Math.floor(budgetMs / ((WARMUP_ROUNDS + ROUNDS) * Math.max(each, 0.001)));
  if (fit >= queries.length) return [...queries];
  const stride = Math.ceil(queries.length / Math.max(fit, MIN_SAMPLE));
  return queries.filter((_, i) => i % stride === 0);
}

/**
 * Opens the folder with our engine, times and scores it, and returns the passages the peers get.
 * The briefing never leaves this function, so it can be collected before the peers run.
 */
async function measureOurs(
  open: OpenBriefing,
  dir: string,
  params: SizeParams,
  seedIds: ReadonlySet<string>,
  gc: (() => void) | null,
): Promise<{ ours: OursResult; articles: readonly Article[] }> {
  const ours = emptyOurs();
  const cacheDir = await mkdtemp(join(tmpdir(), 'briefing-bench-cache-'));
  const options = { warn: () => void ours.warnings++, cacheDir };
  try {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    // Build from scratch (nothing persisted), then once more to persist, then the timed reopen below.
    const t0 = performance.now();
    const briefing = await open(dir, { warn: options.warn });
    ours.buildMs = performance.now() - t0;
    await open(dir, options);
    gc?.();
    const mem = process.memoryUsage();
    ours.heapMB = (mem.heapUsed - before) / MB;
    ours.rssMB = mem.rss / MB;
    ours.statements = briefing.statements.length;
    if ((await readdir(cacheDir)).length > 0) {
      const t1 = performance.now();
      await open(dir, options);
      ours.loadMs = performance.now() - t1;
    }
    if (params.startRuns > 0) {
      ours.buildRunsMs = measureStarts('build', dir, cacheDir, params.startRuns).open;
      if (ours.loadMs !== null) ours.loadRunsMs = measureStarts('load', dir, cacheDir, params.startRuns).open;
      ours.buildMs = median(ours.buildRunsMs) ?? ours.buildMs;
      ours.loadMs = median(ours.loadRunsMs) ?? ours.loadMs;
    }
    const sample = sampleWithinBudget(params.queries, (q) => briefing.ask(q), params.peerBudgetMs);
    ours.timedQueries = sample.length;
    log(
      `ours: built in ${ours.buildMs.toFixed(0)} ms; timing ${sample.length} of ${params.queries.length} queries`,
    );
    ours.latency = timeQueries(sample, (q) => briefing.ask(q), Number.POSITIVE_INFINITY, gc);
    ours.quality = scoreAnswers(params.questions, (q) => briefing.ask(q), seedIds);
    ours.reload = await measureReload(dir, params.queries[0] ?? 'What did Blinken say about China?');
    ours.ok = true;
    return { ours, articles: briefing.articles };
  } catch (error) {
    ours.error = error instanceof Error ? error.message : String(error);
    log(`ours failed: ${ours.error}`);
    return { ours, articles: await corpusOnly(dir) };
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

/**
 * A live reload of the folder after one article is added: how long the rebuild takes, and how much
 * it holds up the event loop while a question is asked every 10 ms of it.
 */
async function measureReload(dir: string, question: string): Promise<ReloadCost> {
  const live = await LiveBriefing.open(dir, { warn: () => {} });
  const added = join(dir, 'zz-bench-reload.txt');
  await writeFile(
    added,
    'Reload probe\n\nOSLO – “The harbour opens in May,” Mayor Ada Lin said on Monday.\n',
  );
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  let answered = 0;
  const timer = setInterval(() => {
    live.ask(question);
    answered++;
  }, 10);
  histogram.enable();
  const t0 = performance.now();
  try {
    await live.reload();
  } finally {
    histogram.disable();
    clearInterval(timer);
    await rm(added, { force: true });
  }
  return {
    ms: performance.now() - t0,
    answered,
    delayP50Ms: histogram.percentile(50) / 1e6,
    delayP99Ms: histogram.percentile(99) / 1e6,
    delayMaxMs: histogram.max / 1e6,
  };
}

function measurePeer(
  peer: Peer,
  passages: readonly Passage[],
  params: SizeParams,
  oursP99: number | null,
  gc: (() => void) | null,
): PeerResult {
  const result: PeerResult = {
    name: peer.name,
    status: 'ok',
    note: null,
    buildMs: null,
    latency: null,
    p99Ratio: null,
    hit1: null,
    answerable: params.questions.filter((q) => !q.none).length,
    cost: { passages: passages.length, ms: 0 },
  };
  const previous = params.history[peer.name];
  if (previous && previous.passages > 0) {
    const projected = (previous.ms * passages.length) / previous.passages;
    if (projected > params.peerBudgetMs) {
      result.status = 'too slow';
      result.note = `skipped (too slow): ~${(projected / 1000).toFixed(0)} s projected, budget ${(params.peerBudgetMs / 1000).toFixed(0)} s`;
      result.cost = { passages: passages.length, ms: projected };
      return result;
    }
  }
  const start = performance.now();
  const deadline = start + params.peerBudgetMs;
  const index = peer.build(passages);
  result.buildMs = performance.now() - start;
  const latency =
    performance.now() < deadline
      ? timeQueries(params.queries, (q) => index.search(q, 3), deadline, gc)
      : null;
  result.cost.ms = performance.now() - start;
  if (!latency) {
    result.status = 'too slow';
    result.note = `skipped (too slow): over the ${(params.peerBudgetMs / 1000).toFixed(0)} s budget`;
    // What the full run would have cost, so larger sizes are skipped without trying.
    result.cost.ms = Math.max(result.cost.ms, params.peerBudgetMs * 2);
    return result;
  }
  result.latency = latency;
  result.p99Ratio = oursP99 && oursP99 > 0 ? latency.p99 / oursP99 : null;
  let hits = 0;
  for (const question of params.questions) {
    if (question.none) continue;
    const top = index.search(question.q, 1)[0];
    if (top !== undefined && isHit(passages[top]?.text ?? '', question.expect ?? [])) hits++;
  }
  result.hit1 = hits;
  return result;
}

export async function measureSize(params: SizeParams): Promise<SizeResult> {
  const gc = findGc();
  const t0 = performance.now();
  const dir = await writeBenchFolder(params.seedsDir, params.distractors, params.seed);
  const seedIds = new Set((await readdir(params.seedsDir)).map((name) => parse(name).name));
  log(`size ${params.distractors}: folder written in ${(performance.now() - t0).toFixed(0)} ms (${dir})`);
  try {
    const open = await loadEngine();
    const { ours, articles } =
      typeof open === 'string'
        ? { ours: { ...emptyOurs(), error: open }, articles: await corpusOnly(dir) }
        : await measureOurs(open, dir, params, seedIds, gc);
    const passages = passagesOf(articles);
    // Only the articles outlive our engine: the peers' memory is not ours.
    gc?.();
    const peers: PeerResult[] = [];
    for (const peer of PEERS) {
      if (params.peers && !params.peers.includes(peer.name)) continue;
      if (passages.length === 0) break;
      log(`size ${params.distractors}: ${peer.name} on ${passages.length} passages`);
      peers.push(measurePeer(peer, passages, params, ours.latency?.p99 ?? null, gc));
      gc?.();
    }
    return {
      distractors: params.distractors,
      articles: articles.length,
      bodyParagraphs: articles.reduce((n, a) => n + a.paragraphs.filter((p) => p.kind === 'body').length, 0),
      passages: passages.length,
      gcExact: gc !== null,
      ours,
      peers,
    };
  } finally {
    await removeBenchFolder(dir);
  }
}

/** Without a working engine the peers still run, on the corpus layer's own reading of the folder. */
async function corpusOnly(dir: string): Promise<readonly Article[]> {
  return (await loadArticles(dir)).articles;
}

export function emptyOurs(): OursResult {
  return {
    ok: false,
    error: null,
    buildMs: null,
    loadMs: null,
    buildRunsMs: [],
    loadRunsMs: [],
    reload: null,
    heapMB: null,
    rssMB: null,
    statements: null,
    warnings: 0,
    timedQueries: 0,
    latency: null,
    quality: null,
  };
}
