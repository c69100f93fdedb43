/**
 * The bench on real text: the news briefings under `../shared/polnear` (train, dev and the question
 * briefing, about 950 articles) when present, else the seeds plus generated distractors, reported as
 * such. Latency is first-sight: each question is asked once on an index freshly loaded for its chunk
 * of questions (the JIT warmed first as the bot warms it before logging in, then on other questions),
 * and separately warm (asked again); the peers run on the same passages and questions in the same
 * process. Also the engine's memory alone, its growth over 1,000 first-sight questions, a live
 * reload's event-loop delay and memory peak while 20 questions a second are asked, and the time of
 * `/sources`, `/quotes`, `/whosaid` and autocomplete.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Briefing } from '../src/answer/briefing.ts';
import { openBriefing } from '../src/answer/briefing.ts';
import { LiveBriefing } from '../src/answer/live-briefing.ts';
import { writeBenchFolder } from './distractors.ts';
import { findGc, type Latency, latencyOf } from './measure.ts';
import { type FreshMemory, measureFreshMemory } from './memory.ts';
import { passagesOf } from './passages.ts';
import { PEERS } from './peers.ts';
import { readQuestions, variantsOf } from './questions.ts';
import { measureStarts, type Starts } from './startup.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const POLNEAR = resolve(ROOT, '..', 'shared', 'polnear');
const MB = 1024 * 1024;
/**
 * How long a live reload's memory is still sampled after the new briefing is swapped in: RSS rose by
 * up to 3 MB in the first second after (15 MB when the work after a swap was larger).
 */
const AFTER_RELOAD_MS = 1_000;
/** Statements on a page of the bot's `/quotes` reply (`QUOTES_PAGE` in `src/bot/router.ts`). */
const QUOTES_PAGE = 25;

export interface RealParams {
  /** Most articles used (the question briefing's first): small for `--quick`. */
  maxArticles: number;
  /** Most questions timed. */
  maxQuestions: number;
  /** Questions asked per freshly loaded index. */
  chunk: number;
  /** Questions asked for the memory figure (first sight, cycling through forms of the questions). */
  memoryQuestions: number;
  seedsDir: string;
  seed: number;
  /** Distractors beside the seeds when the real briefings are absent. */
  distractors: number;
  /** Wall time a peer's two rounds may take; a slower peer is timed on a sample of the questions. */
  peerBudgetMs: number;
  /** Fresh processes timing the build (0: none): each is as long as a build, under a minute. */
  buildRuns: number;
  /** Fresh processes timing the load from the persisted briefing (0: none). */
  loadRuns: number;
  /** Whether a fresh process measures the bot's memory as it runs (`memory.ts`). */
  freshMemory?: boolean;
  peers?: string[];
}

export interface CommandCost {
  name: string;
  calls: number;
  p50: number;
  max: number;
  /**
   * Longest CPU time of the process for a call: on a shared machine a call's wall time also counts
   * the time the process waited for a core, which this does not.
   */
  cpuMax: number;
}

export interface RealResult {
  corpus: string;
  articles: number;
  paragraphs: number;
  questions: number;
  buildMs: number;
  /** Opening again from the persisted briefing. */
  loadMs: number;
  /** Fresh processes (engine modules imported, JIT cold): open, and open with a first answer. */
  starts: { build: Starts; load: Starts };
  firstSight: Latency;
  /**
   * The same questions' CPU time (the process's, collections' helper threads included): on a shared
   * machine a question's wall time also counts the time the process waited for a core.
   */
  firstSightCpu: Latency;
  warm: Latency;
  /**
   * The warm questions again, each right after two forced full collections (null without a
   * collector to call): what a major collection costs the question after it, through compiled code
   * and caches the collection dropped (`src/matches.ts`, `src/shapes.ts`).
   */
  afterCollection: Latency | null;
  peers: {
    name: string;
    /** Questions it was timed on (a sample when it is too slow for its budget). */
    questions: number;
    buildMs: number;
    firstSight: Latency;
    warm: Latency;
    p50Ratio: number;
    p99Ratio: number;
  }[];
  memory: {
    /** Heap the briefing holds, after collection, alone in the process. */
    engineHeapMB: number | null;
    /** After `memoryQuestions` first-sight questions, after collection. */
    steadyHeapMB: number | null;
    heapGrowthMB: number | null;
    memoryQuestions: number;
    steadyRssMB: number;
    /** Highest RSS sampled during a live reload, and heap then. */
    reloadPeakRssMB: number;
    reloadPeakHeapMB: number;
    /** The same in a fresh process that opens the persisted index, as a restarted bot (`memory.ts`). */
    fresh: FreshMemory | null;
  };
  reload: {
    ms: number;
    asked: number;
    askP50Ms: number;
    askMaxMs: number;
    loopDelayP99Ms: number;
    loopDelayMaxMs: number;
  };
  commands: CommandCost[];
  /** Longest event-loop delay while the commands ran back to back with questions. */
  commandsLoopDelayMaxMs: number;
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function questionsIn(file: string): string[] {
  return existsSync(file) ? readQuestions(file).map((q) => q.q) : [];
}

/** The real briefings' files copied into one folder (the loader refuses symlinks), and their questions. */
export async function realCorpus(params: RealParams): Promise<{ dir: string; timed: string[] } | null> {
  const folders = ['questions-briefing', 'dev/briefing', 'train/briefing'].map((f) => join(POLNEAR, f));
  if (!folders.every((f) => existsSync(f))) return null;
  const dir = await mkdtemp(join(tmpdir(), 'briefing-bench-real-'));
  let copied = 0;
  const seen = new Set<string>();
  for (const folder of folders) {
    for (const name of (await readdir(folder)).sort()) {
      if (copied >= params.maxArticles || seen.has(name)) continue;
      const from = join(folder, name);
      if (!(await stat(from)).isFile()) continue;
      seen.add(name);
      await copyFile(from, join(dir, name));
      copied++;
    }
  }
  const files = ['questions.jsonl', 'dev/questions.jsonl', 'train/questions.jsonl'].map((f) =>
    join(POLNEAR, f),
  );
  const timed = [...new Set(files.flatMap(questionsIn))];
  return { dir, timed };
}

/** Questions never timed, for warming the JIT: the project's own and the bench's seed questions. */
function warmUpQuestions(): string[] {
  return [
    ...questionsIn(join(ROOT, 'test', 'questions.jsonl')),
    ...questionsIn(join(ROOT, 'bench', 'fallback-questions.jsonl')),
  ];
}

export function settle(gc: (() => void) | null): void {
  if (!gc) return;
  gc();
  gc();
}

/** A few idle turns of the event loop: long enough for what an open leaves for later to be done. */
export function idle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 500));
}

function heapMB(gc: (() => void) | null): number | null {
  if (!gc) return null;
  settle(gc);
  return process.memoryUsage().heapUsed / MB;
}

function timeOnce(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/** Questions timed each after a forced full collection: two collections each, so a sample, not all. */
const AFTER_COLLECTION_QUESTIONS = 100;

/**
 * Each question once on a fresh index per chunk, then all again on the last (warm), then a sample
 * of them each after a full collection.
 */
async function measureOurs(
  dir: string,
  cacheDir: string,
  timed: readonly string[],
  warmUp: readonly string[],
  chunk: number,
  gc: (() => void) | null,
): Promise<{ firstSight: number[]; firstSightCpu: number[]; warm: number[]; afterCollection: number[] }> {
  const firstSight: number[] = [];
  const firstSightCpu: number[] = [];
  // Imported here, not above: the child measuring a restarted bot's memory imports this file, and
  // the bot's modules (discord.js among them) would count in its heap.
  const { createServices } = await import('../src/bot/services.ts');
  const { warmUp: botWarmUp } = await import('../src/bot/warm-up.ts');
  let briefing: Briefing | null = null;
  for (let at = 0; at < timed.length; at += chunk) {
    briefing = null;
    briefing = await openBriefing(dir, { warn: () => {}, cacheDir });
    const b = briefing;
    // As the bot does before it logs in (one request of each kind, from the briefing's own words),
    // then the warm-up questions: what is timed is a question's own cost, not the compiling of code
    // that every first question of its kind pays once per process.
    botWarmUp(createServices({ briefing: b }));
    for (const q of warmUp) b.ask(q);
    for (const q of timed.slice(at, at + chunk)) {
      const cpu = process.cpuUsage();
      firstSight.push(timeOnce(() => b.ask(q)));
      const used = process.cpuUsage(cpu);
      firstSightCpu.push((used.user + used.system) / 1000);
    }
  }
  const warm: number[] = [];
  const b = briefing as Briefing;
  for (const q of timed) b.ask(q);
  for (const q of timed) warm.push(timeOnce(() => b.ask(q)));
  const afterCollection: number[] = [];
  if (gc)
    for (const q of timed.slice(0, AFTER_COLLECTION_QUESTIONS)) {
      settle(gc);
      afterCollection.push(timeOnce(() => b.ask(q)));
    }
  return { firstSight, firstSightCpu, warm, afterCollection };
}

async function measureCommands(
  briefing: Briefing,
  timed: readonly string[],
): Promise<{ commands: CommandCost[]; loopMax: number }> {
  // Inputs of each kind: 40 timed, and a 41st for the untimed warm-up call.
  const speakers = briefing.speakers().slice(0, 41);
  const surnames = speakers.map((s) => s.name.split(' ').at(-1) ?? s.name);
  const topics = timed.slice(0, 41).map((q) =>
    q
      .split(/\s+/u)
      .filter((w) => w.length > 4)
      .slice(0, 2)
      .join(' '),
  );
  const prefixes = surnames.flatMap((s) => [s.slice(0, 1), s.slice(0, 3), s]).slice(0, 121);
  const phrases = briefing.statements
    .filter((s) => s.kind === 'direct')
    .slice(0, 41)
    .map((s) => s.text.split(/\s+/u).slice(0, 6).join(' '));
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const commands: CommandCost[] = [];
  const pause = () => new Promise((r) => setTimeout(r, 2));
  const run = async (name: string, all: readonly string[], fn: (input: string) => unknown) => {
    // As the bot does before it logs in (src/bot/warm-up.ts): one call untimed, on an input not
    // timed, so that the first timed call does not pay for the command's code being compiled.
    const inputs = all.length > 1 ? all.slice(0, -1) : all;
    const warm = all.at(-1);
    if (warm !== undefined) fn(warm);
    await pause();
    // One call per turn of the event loop, as interactions arrive: the histogram sees each one.
    const samples: number[] = [];
    let cpuMax = 0;
    for (const input of inputs) {
      const cpu = process.cpuUsage();
      samples.push(timeOnce(() => fn(input)));
      const used = process.cpuUsage(cpu);
      cpuMax = Math.max(cpuMax, (used.user + used.system) / 1000);
      await pause();
    }
    const latency = latencyOf(samples);
    commands.push({ name, calls: samples.length, p50: latency.p50, max: Math.max(...samples), cpuMax });
  };
  await run(
    '/sources',
    Array.from({ length: 21 }, () => ''),
    () => briefing.sources(),
  );
  // What the bot asks for: the first page and the total.
  const page = { offset: 0, limit: QUOTES_PAGE };
  await run('/quotes speaker', surnames, (s) => briefing.quotePage({ speaker: s }, page));
  await run('/quotes topic', topics, (t) => briefing.quotePage({ topic: t }, page));
  const pairs = surnames.map((s, k) => `${s}\u0000${topics[k % topics.length] ?? 'election'}`);
  await run('/quotes speaker topic', pairs, (pair) => {
    const [speaker, topic] = pair.split('\u0000');
    return briefing.quotePage({ speaker: speaker ?? '', topic: topic ?? '' }, page);
  });
  await run('/whosaid', phrases, (p) => briefing.whoSaid(p));
  await run('autocomplete', prefixes, (p) => briefing.findSpeakers(p, 25));
  histogram.disable();
  return { commands, loopMax: histogram.max / 1e6 };
}

/** A live reload after one article is added, while 20 questions a second are asked. */
export async function measureReload(
  dir: string,
  cacheDir: string,
  timed: readonly string[],
  gc: (() => void) | null,
): Promise<ReloadMeasure> {
  const live = await LiveBriefing.open(dir, { warn: () => {}, cacheDir });
  await idle();
  settle(gc);
  return reloadWhileAsking(live, dir, timed);
}

/** What `reloadWhileAsking` measures: the reload, and the highest RSS sampled meanwhile (MB), heap then. */
export interface ReloadMeasure {
  reload: RealResult['reload'];
  peakRss: number;
  peakHeap: number;
}

/**
 * `live` (the briefing of `dir`) reloaded after one article is added to `dir`, while 20 questions
 * a second are asked: its time, the event loop's delay, and the memory peak. The article is removed
 * after.
 */
export async function reloadWhileAsking(
  live: LiveBriefing,
  dir: string,
  timed: readonly string[],
): Promise<ReloadMeasure> {
  const added = join(dir, 'zz-bench-reload.txt');
  await writeFile(
    added,
    'Reload probe\n\nOSLO – “The harbour opens in May,” Mayor Ada Lin said on Monday.\n',
  );
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const asks: number[] = [];
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) {
      peakRss = m.rss;
      peakHeap = m.heapUsed;
    }
  };
  let i = 0;
  const asker = setInterval(() => {
    const q = timed[i++ % timed.length] as string;
    asks.push(timeOnce(() => live.ask(q)));
  }, 50);
  const sampler = setInterval(sample, 5);
  histogram.enable();
  const t0 = performance.now();
  let ms = 0;
  try {
    await live.reload();
    ms = performance.now() - t0;
    // The turn that swapped the briefing in ends only now: the histogram must see it too.
    await new Promise((resolve) => setTimeout(resolve, 20));
    histogram.disable();
    // What the reload left is collected later still: RSS is sampled on, questions still asked.
    await new Promise((resolve) => setTimeout(resolve, AFTER_RELOAD_MS));
  } finally {
    histogram.disable();
    clearInterval(asker);
    clearInterval(sampler);
    sample();
    await rm(added, { force: true });
  }
  const latency = asks.length > 0 ? latencyOf(asks) : { p50: 0, p99: 0, mean: 0 };
  return {
    reload: {
      ms,
      asked: asks.length,
      askP50Ms: latency.p50,
      askMaxMs: asks.length > 0 ? Math.max(...asks) : 0,
      loopDelayP99Ms: histogram.percentile(99) / 1e6,
      loopDelayMaxMs: histogram.max / 1e6,
    },
    peakRss: peakRss / MB,
    peakHeap: peakHeap / MB,
  };
}

export async function measureReal(params: RealParams): Promise<RealResult> {
  const gc = findGc();
  const real = await realCorpus(params);
  const corpus = real
    ? `PolNeAR news briefings (../shared/polnear: questions-briefing, dev, train)`
    : `seeds + ${params.distractors} generated distractors (../shared/polnear absent)`;
  const dir = real?.dir ?? (await writeBenchFolder(params.seedsDir, params.distractors, params.seed));
  const cacheDir = await mkdtemp(join(tmpdir(), 'briefing-bench-real-cache-'));
  const timedAll = real?.timed ?? questionsIn(join(ROOT, 'test', 'questions.jsonl')).flatMap(variantsOf);
  const timed = timedAll.slice(0, params.maxQuestions);
  const warmUp = warmUpQuestions().filter((q) => !timed.includes(q));
  log(`real: ${corpus}, ${timed.length} questions, ${warmUp.length} warm-up questions`);
  try {
    const before = heapMB(gc);
    let t0 = performance.now();
    let briefing: Briefing | null = await openBriefing(dir, { warn: () => {}, cacheDir });
    const buildMs = performance.now() - t0;
    const after = heapMB(gc);
    const articles = briefing.articles.length;
    const paragraphs = briefing.articles.reduce((n, a) => n + a.paragraphs.length, 0);
    const peerPassages = passagesOf(briefing.articles);
    briefing = null;
    t0 = performance.now();
    briefing = await openBriefing(dir, { warn: () => {}, cacheDir });
    const loadMs = performance.now() - t0;
    briefing = null;
    log(`real: ${articles} articles built in ${buildMs.toFixed(0)} ms, loaded in ${loadMs.toFixed(0)} ms`);
    const starts = {
      build: measureStarts('build', dir, cacheDir, params.buildRuns),
      load: measureStarts('load', dir, cacheDir, params.loadRuns),
    };
    if (params.loadRuns > 0)
      log(`real: fresh loads ${starts.load.open.map((t) => t.toFixed(0)).join(', ')} ms`);

    const ours = await measureOurs(dir, cacheDir, timed, warmUp, params.chunk, gc);
    const firstSight = latencyOf(ours.firstSight);
    const firstSightCpu = latencyOf(ours.firstSightCpu);
    const warm = latencyOf(ours.warm);
    const afterCollection = ours.afterCollection.length > 0 ? latencyOf(ours.afterCollection) : null;
    log(`real: ours first-sight p50 ${firstSight.p50.toFixed(2)} ms, p99 ${firstSight.p99.toFixed(2)} ms`);

    // Memory: one briefing alive, then after many first-sight questions.
    // An open leaves some work for the idle turns after it (`Later`): the briefings before must have
    // finished theirs (it holds them), and this one its own, or the heap counts them wrongly.
    await idle();
    settle(gc);
    const base = heapMB(gc);
    briefing = await openBriefing(dir, { warn: () => {}, cacheDir });
    await idle();
    const engine = heapMB(gc);
    const forms = timedAll.flatMap(variantsOf);
    for (let k = 0; k < params.memoryQuestions; k++) briefing.ask(forms[k % forms.length] as string);
    const steady = heapMB(gc);
    const steadyRss = process.memoryUsage().rss / MB;
    const measured = await measureCommands(briefing, timed);
    briefing = null;
    settle(gc);
    const fresh = params.freshMemory
      ? await measureFreshMemory(dir, cacheDir, forms, params.memoryQuestions)
      : null;
    const reload = await measureReload(dir, cacheDir, timed, gc);

    const peers: RealResult['peers'] = [];
    for (const peer of PEERS) {
      if (params.peers && !params.peers.includes(peer.name)) continue;
      settle(gc);
      const p0 = performance.now();
      const index = peer.build(peerPassages);
      const peerBuild = performance.now() - p0;
      for (const q of warmUp.slice(0, 30)) index.search(q, 3);
      // A slow peer is timed on every k-th question, so that both rounds fit in its budget.
      const probe = timed.slice(0, 10).map((q) => timeOnce(() => index.search(q, 3)));
      const each = probe.reduce((a, b) => a + b, 0) / Math.max(1, probe.length);
      const stride = Math.max(1, Math.ceil((2 * each * timed.length) / params.peerBudgetMs));
      const sample = timed.filter((_, k) => k % stride === 0);
      const first = latencyOf(sample.map((q) => timeOnce(() => index.search(q, 3))));
      const again = latencyOf(sample.map((q) => timeOnce(() => index.search(q, 3))));
      peers.push({
        name: peer.name,
        questions: sample.length,
        buildMs: peerBuild,
        firstSight: first,
        warm: again,
        p50Ratio: first.p50 / firstSight.p50,
        p99Ratio: first.p99 / firstSight.p99,
      });
      log(`real: ${peer.name} first-sight p99 ${first.p99.toFixed(2)} ms`);
    }
    return {
      corpus,
      articles,
      paragraphs,
      questions: timed.length,
      buildMs,
      loadMs,
      starts,
      firstSight,
      firstSightCpu,
      warm,
      afterCollection,
      peers,
      memory: {
        engineHeapMB:
          before !== null && after !== null && base !== null && engine !== null ? engine - base : null,
        steadyHeapMB: steady !== null && base !== null ? steady - base : null,
        heapGrowthMB: steady !== null && engine !== null ? steady - engine : null,
        memoryQuestions: params.memoryQuestions,
        steadyRssMB: steadyRss,
        reloadPeakRssMB: reload.peakRss,
        reloadPeakHeapMB: reload.peakHeap,
        fresh,
      },
      reload: reload.reload,
      commands: measured.commands,
      commandsLoopDelayMaxMs: measured.loopMax,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  }
}
