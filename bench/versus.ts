/**
 * This version of the engine against another checkout of it, in one process and in turn, on the
 * ~924 real articles: the persisted load (each version from its own cache, built first) and the
 * first-sight latency (a fresh index per 100 questions, JIT warmed on the warm-up questions, each
 * question asked of both, which one first alternating). Taking both in the same process and minutes
 * is what makes the comparison hold on a machine that other work keeps busy.
 * Run: `node --import tsx bench/versus.ts --other ../other-checkout [--loads 10]` (the other checkout
 * needs its own node_modules, or a link to these).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { latencyOf } from './measure.ts';
import { readQuestions } from './questions.ts';
import { realCorpus } from './real.ts';

interface Asker {
  ask(question: string): unknown;
}
type Open = (dir: string, options: { warn: () => void; cacheDir: string }) => Promise<Asker>;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function timeOnce(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { other: { type: 'string' }, loads: { type: 'string', default: '10' } },
  });
  if (!values.other) throw new Error('usage: versus.ts --other DIR [--loads N]');
  const load = async (root: string): Promise<Open> =>
    (await import(pathToFileURL(join(root, 'src/answer/briefing.ts')).href)).openBriefing as Open;
  const versions = [
    { name: 'this', open: await load(resolve('.')), cacheDir: await mkdtemp(join(tmpdir(), 'versus-this-')) },
    {
      name: 'other',
      open: await load(resolve(values.other)),
      cacheDir: await mkdtemp(join(tmpdir(), 'versus-other-')),
    },
  ];
  const real = await realCorpus({ maxArticles: Number.POSITIVE_INFINITY } as Parameters<
    typeof realCorpus
  >[0]);
  if (!real) throw new Error('../shared/polnear is absent: this bench needs the real briefings');
  const warn = () => {};
  try {
    for (const v of versions) await v.open(real.dir, { warn, cacheDir: v.cacheDir });
    const loads: Record<string, number[]> = { this: [], other: [] };
    for (let r = 0; r < Number(values.loads); r++) {
      for (const v of r % 2 === 0 ? versions : [...versions].reverse()) {
        await pause(300);
        const t0 = performance.now();
        await v.open(real.dir, { warn, cacheDir: v.cacheDir });
        loads[v.name]?.push(performance.now() - t0);
      }
    }
    const timed = new Set(real.timed);
    const warmUp = [
      ...readQuestions('test/questions.jsonl'),
      ...readQuestions('bench/fallback-questions.jsonl'),
    ]
      .map((q) => q.q)
      .filter((q) => !timed.has(q));
    const firstSight: Record<string, number[]> = { this: [], other: [] };
    for (let at = 0; at < real.timed.length; at += 100) {
      const opened = await Promise.all(
        versions.map(async (v) => ({
          name: v.name,
          b: await v.open(real.dir, { warn, cacheDir: v.cacheDir }),
        })),
      );
      await pause(300);
      for (const q of warmUp) for (const { b } of opened) b.ask(q);
      real.timed.slice(at, at + 100).forEach((q, k) => {
        for (const { name, b } of k % 2 === 0 ? opened : [...opened].reverse())
          firstSight[name]?.push(timeOnce(() => b.ask(q)));
      });
    }
    const round = (x: number) => Math.round(x * 100) / 100;
    for (const v of versions) {
      const l = [...(loads[v.name] ?? [])].sort((a, b) => a - b);
      const f = latencyOf(firstSight[v.name] ?? []);
      process.stdout.write(
        `${JSON.stringify({ version: v.name, loadMs: l.map(Math.round), loadMedianMs: Math.round(l[l.length >> 1] ?? 0), firstSightP50: round(f.p50), firstSightP99: round(f.p99) })}\n`,
      );
    }
  } finally {
    await rm(real.dir, { recursive: true, force: true });
    for (const v of versions) await rm(v.cacheDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
