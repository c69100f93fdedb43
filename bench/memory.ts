/**
 * The bot's memory as it runs, in a fresh process: the briefing opened from its persisted index (a
 * restarted bot), `count` first-sight questions asked, then a live reload after one article is added,
 * with 20 questions a second asked meanwhile. The bench's own process has built the index, opened
 * it a dozen times and timed the peers before it gets there, and an RSS, once grown, seldom shrinks:
 * its figure is kept beside this one, not instead of it. Prints one line of JSON (`FreshMemory`).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEntryScript } from '../src/cli/args.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MB = 1024 * 1024;

export interface FreshMemory {
  /** RSS and heap (after collection) once the questions are answered, MB. */
  steadyRssMB: number;
  steadyHeapMB: number;
  /** Highest RSS sampled during the live reload, MB. */
  reloadPeakRssMB: number;
  /** The live reload's time and the event loop's delay meanwhile, in this JIT-warm process. */
  reloadMs: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

interface Job {
  dir: string;
  cacheDir: string;
  questions: string[];
  count: number;
}

/**
 * Runs the measure in a fresh process on `dir`, whose index is persisted in `cacheDir` (copied
 * first: the reload persists the folder it read, and the caller's cache stays as it was). Null when
 * the process fails (said on stderr).
 */
export async function measureFreshMemory(
  dir: string,
  cacheDir: string,
  questions: readonly string[],
  count: number,
): Promise<FreshMemory | null> {
  const copy = await mkdtemp(join(tmpdir(), 'briefing-bench-memory-cache-'));
  try {
    await cp(cacheDir, copy, { recursive: true });
    const job: Job = { dir, cacheDir: copy, questions: [...questions], count };
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)],
      { cwd: ROOT, encoding: 'utf8', input: JSON.stringify(job), timeout: 5 * 60_000 },
    );
    const last = child.stdout?.trim().split('\n').pop() ?? '';
    if (child.status === 0 && last.startsWith('{')) return JSON.parse(last) as FreshMemory;
    process.stderr.write(
      `bench: the fresh memory process failed (${child.status ?? child.signal}): ${child.stderr?.slice(0, 300)}\n`,
    );
    return null;
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const job = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Job;
  // Imported here, not above: `real.ts` imports this file, and the engine is loaded only in the child.
  const { LiveBriefing } = await import('../src/answer/live-briefing.ts');
  const { idle, reloadWhileAsking, settle } = await import('./real.ts');
  const { findGc } = await import('./measure.ts');
  const gc = findGc();
  const live = await LiveBriefing.open(job.dir, { warn: () => {}, cacheDir: job.cacheDir });
  await idle();
  for (let k = 0; k < job.count; k++) live.ask(job.questions[k % job.questions.length] as string);
  await idle();
  settle(gc);
  const steady = process.memoryUsage();
  // Questions the briefing has not answered yet: a reload's questions are first-sight too.
  const rest = job.questions.slice(job.count);
  const { reload, peakRss } = await reloadWhileAsking(live, job.dir, rest.length > 0 ? rest : job.questions);
  const result: FreshMemory = {
    steadyRssMB: steady.rss / MB,
    steadyHeapMB: steady.heapUsed / MB,
    reloadPeakRssMB: peakRss,
    reloadMs: reload.ms,
    loopDelayP99Ms: reload.loopDelayP99Ms,
    loopDelayMaxMs: reload.loopDelayMaxMs,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (isEntryScript(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`memory: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
