/**
 * Only the real-text bench's live reload (see `real.ts`): the event loop's delay and the answers'
 * time while the ~924 articles are reloaded with 20 questions a second asked, `--runs N` times.
 * Each run has a cache folder of its own, so that the reload attributes afresh, as the full bench's
 * one reload does. Run: `node --expose-gc --import tsx bench/reload.ts --runs 3`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findGc } from './measure.ts';
import { measureReload, realCorpus } from './real.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  const real = await realCorpus({ maxArticles: Number.POSITIVE_INFINITY } as Parameters<
    typeof realCorpus
  >[0]);
  if (!real) throw new Error('../shared/polnear is absent: this bench needs the real briefings');
  try {
    for (let k = 0; k < runs; k++) {
      const cacheDir = await mkdtemp(join(tmpdir(), 'briefing-bench-reload-cache-'));
      const { reload, peakRss } = await measureReload(real.dir, cacheDir, real.timed, findGc()).finally(() =>
        rm(cacheDir, { recursive: true, force: true }),
      );
      process.stdout.write(
        `${JSON.stringify({ run: k + 1, ...reload, peakRssMB: Math.round(peakRss) }, (_, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}\n`,
      );
    }
  } finally {
    await rm(real.dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
