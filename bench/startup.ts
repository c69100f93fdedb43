/**
 * One start of the engine in a fresh process, for the bench: what the bot or the CLI pays to have
 * its index ready, JIT cold, with the engine's modules already imported (the cold start figure
 * counts those). `build DIR` opens the folder from scratch; `load DIR CACHE` opens it from the index
 * persisted in CACHE. Prints `{"ms": …, "firstAnswerMs": …}`: the open, and the open with a first
 * question answered (what a restarted bot's first user waits for).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isEntryScript } from '../src/cli/args.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type StartMode = 'build' | 'load';

/** The question a fresh start answers first. */
const FIRST_QUESTION = 'What did the president say about the election?';

export interface Starts {
  /** Each open that succeeded, in order. */
  open: number[];
  /** The same opens with the first question answered. */
  firstAnswer: number[];
}

/** Runs `runs` fresh processes of `mode`; the times of each one that succeeded, in order. */
export function measureStarts(mode: StartMode, dir: string, cacheDir: string, runs: number): Starts {
  const out: Starts = { open: [], firstAnswer: [] };
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), mode, dir, cacheDir],
      { cwd: ROOT, encoding: 'utf8', timeout: 5 * 60_000 },
    );
    const last = child.stdout?.trim().split('\n').pop() ?? '';
    if (child.status === 0 && last.startsWith('{')) {
      const start = JSON.parse(last) as { ms: number; firstAnswerMs: number };
      out.open.push(start.ms);
      out.firstAnswer.push(start.firstAnswerMs);
    } else
      process.stderr.write(
        `bench: a fresh ${mode} failed (${child.status ?? child.signal}): ${child.stderr?.slice(0, 300)}\n`,
      );
  }
  return out;
}

async function main([mode, dir, cacheDir]: string[]): Promise<void> {
  if ((mode !== 'build' && mode !== 'load') || !dir)
    throw new Error('usage: startup.ts build|load DIR [CACHE]');
  // Imported here, not above: the bench imports this file even when the engine cannot be.
  const { openBriefing } = await import('../src/answer/briefing.ts');
  const t0 = performance.now();
  const briefing = await openBriefing(dir, {
    warn: () => {},
    ...(mode === 'load' && cacheDir ? { cacheDir } : {}),
  });
  const ms = performance.now() - t0;
  briefing.ask(FIRST_QUESTION);
  process.stdout.write(`${JSON.stringify({ ms, firstAnswerMs: performance.now() - t0 })}\n`);
}

if (isEntryScript(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`startup: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
