/**
 * The longest steps of what a live reload runs on the main thread, on the ~924 real articles: the
 * speakers unified, the attribution stored, the index built and opened. A reload runs these steps a
 * slice of 4 ms at a time, so a step's length is what it can hold the event loop for beyond a slice.
 * Each is reported as main-thread CPU time, with and without the collections that fell inside it
 * (the machine is shared: wall time would count other processes' turns). Run:
 * `node --expose-gc --import tsx bench/steps.ts --runs 2`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readCachedAttribution } from '../src/answer/briefing-cache.ts';
import { openBriefing } from '../src/answer/open-briefing.ts';
import { storeStatements } from '../src/answer/stored-statements.ts';
import { extractStatements } from '../src/attribution/extract.ts';
import { unifySteps } from '../src/attribution/speakers.ts';
import { readFolder } from '../src/corpus/index.ts';
import { storeArticles } from '../src/corpus/stored-article.ts';
import { BriefingIndex } from '../src/search/index.ts';
import { realCorpus } from './real.ts';

const collections: { at: number; ms: number }[] = [];
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** Runs a step generator to its end; the three longest steps, with and without collections. */
async function longest<T>(name: string, steps: Generator<void, T>): Promise<T> {
  const spans: { from: number; to: number; cpu: number }[] = [];
  let value: T;
  for (;;) {
    const cpu = cpuMs();
    const from = performance.now();
    const next = steps.next();
    spans.push({ from, to: performance.now(), cpu: cpuMs() - cpu });
    if (next.done) {
      value = next.value;
      break;
    }
  }
  // Collections are reported after the turn that ran them.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const net = spans.map(
    (s) => s.cpu - collections.filter((g) => g.at >= s.from && g.at <= s.to).reduce((n, g) => n + g.ms, 0),
  );
  const top = (list: number[]) =>
    [...list]
      .sort((a, b) => b - a)
      .slice(0, 3)
      .map((x) => Math.round(x));
  process.stdout.write(
    `${JSON.stringify({ part: name, steps: spans.length, longestCpuMs: top(spans.map((s) => s.cpu)), withoutGcMs: top(net) })}\n`,
  );
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '2' } } });
  const real = await realCorpus({ maxArticles: Number.POSITIVE_INFINITY } as Parameters<
    typeof realCorpus
  >[0]);
  if (!real) throw new Error('../shared/polnear is absent: this bench needs the real briefings');
  const cacheDir = await mkdtemp(join(tmpdir(), 'briefing-bench-steps-cache-'));
  try {
    await openBriefing(real.dir, { warn: () => {}, cacheDir });
    const read = await readFolder(real.dir);
    const attributed = await readCachedAttribution(cacheDir, read, () => {});
    if (!attributed) throw new Error('the attribution just persisted could not be read back');
    const { articles, statements, speakers } = attributed;
    const raw = articles.flatMap((a) => extractStatements(a));
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) collections.push({ at: e.startTime, ms: e.duration });
    }).observe({ entryTypes: ['gc'] });
    for (let k = 0; k < Number(values.runs); k++) {
      await longest('unify speakers', unifySteps(raw.slice()));
      await longest('store articles', storeArticles(articles, read.files));
      await longest('store statements', storeStatements(statements, articles));
      const index = await longest('build index', BriefingIndex.build(articles, statements, speakers));
      await longest('open index', BriefingIndex.open(articles, statements, speakers, index.data));
    }
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
    await rm(real.dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
