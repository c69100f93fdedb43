/**
 * One start of the engine in a fresh process, for the bench: what the bot or the CLI pays to have
 * its index ready, JIT cold, with the engine's modules already imported (the cold start figure
 * counts those). `build DIR` opens the folder from scratch; `load DIR CACHE` opens it from the index
 * persisted in CACHE. Prints `{"ms": …}`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isEntryScript } from '../src/cli/args.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type StartMode = 'build' | 'load';

/** Runs `runs` fresh processes of `mode`; the time of each one that succeeded, in order. */
export function measureStarts(mode: StartMode, dir: string, cacheDir: string, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), mode, dir, cacheDir],
      { cwd: ROOT, encoding: 'utf8', timeout: 5 * 60_000 },
    );
    const last = child.stdout?.trim().split('\n').pop() ?? '';
    if (child.status === 0 && last.startsWith('{')) out.push((JSON.parse(last) as { ms: number }).ms);
    else
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
  await openBriefing(dir, { warn: () => {}, ...(mode === 'load' && cacheDir ? { cacheDir } : {}) });
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - t0 })}\n`);
}

if (isEntryScript(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`startup: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
