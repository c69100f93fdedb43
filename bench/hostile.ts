/**
 * Issue #13's hostile files: the seeds plus three articles that each are one paragraph of 50,000
 * sentences or quote marks (200,000 characters), which once took 13 s to over 120 s to load and 13 s
 * per question. Times opening them at start-up, a live reload that brings them in while the bot is
 * serving (the event loop's longest delay during it), and each question over them. The measuring
 * process is first warmed up on the seeds as the bot warms up before it logs in (`src/bot/warm-up.ts`),
 * so that the question figures are the hostile text's, not the first calls' compilation.
 */
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openBriefing } from '../src/answer/briefing.ts';
import { LiveBriefing } from '../src/answer/live-briefing.ts';
import { createServices } from '../src/bot/services.ts';
import { warmUp } from '../src/bot/warm-up.ts';

export interface HostileResult {
  files: { name: string; bytes: number }[];
  articles: number;
  /** Opening the folder at start-up, before the bot serves anything. */
  loadMs: number;
  /** A live reload that adds the three files to the seeds, as the folder watcher would. */
  reloadMs: number;
  reloadLoopMaxMs: number;
  questions: number;
  questionMaxMs: number;
  /** The slowest question, to reproduce it. */
  slowest: string;
  questionsLoopMaxMs: number;
}

const HOSTILE: [string, string][] = [
  ['mr.txt', `Mr. repeated\n\n${'Mr. '.repeat(50_000)}`],
  ['quote-marks.txt', `Quote marks\n\n${'“a” '.repeat(50_000)}`],
  ['quote-sentences.txt', `Quotes across sentences\n\n${'“a. '.repeat(50_000)}`],
];

/** What a hostile user would ask of those files, and everyday questions beside them. */
const QUESTIONS = [
  'Who said yes?',
  'Who said a?',
  'What did Mr. say?',
  'Who said “a”?',
  'a a a a a',
  'Mr. Mr. Mr.',
  'What did Blinken say about China?',
  'Who said the talks were tough?',
  'What was said about sanctions?',
  'Where did Wang Yi speak?',
];

export async function measureHostile(seedsDir: string): Promise<HostileResult> {
  const dir = await mkdtemp(join(tmpdir(), 'briefing-bench-hostile-'));
  try {
    for (const name of await readdir(seedsDir)) {
      if (/\.(?:txt|md)$/u.test(name)) await copyFile(join(seedsDir, name), join(dir, name));
    }
    const live = await LiveBriefing.open(dir, { warn: () => {} });
    warmUp(createServices({ briefing: live }));
    for (const [name, text] of HOSTILE) await writeFile(join(dir, name), text);
    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    let t0 = performance.now();
    await live.reload();
    const reloadMs = performance.now() - t0;
    // The turn that swapped the briefing in ends only now: the histogram must see it too.
    await new Promise((resolve) => setTimeout(resolve, 5));
    loop.disable();
    const reloadLoopMaxMs = loop.max / 1e6;
    t0 = performance.now();
    const briefing = await openBriefing(dir, { warn: () => {} });
    const loadMs = performance.now() - t0;
    loop.reset();
    loop.enable();
    let questionMaxMs = 0;
    let slowest = '';
    for (const question of QUESTIONS) {
      for (const run of [
        () => briefing.ask(question),
        () => briefing.whoSaid(question),
        () => briefing.quotes({ topic: question }),
      ]) {
        const started = performance.now();
        run();
        const ms = performance.now() - started;
        if (ms > questionMaxMs) {
          questionMaxMs = ms;
          slowest = question;
        }
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    }
    loop.disable();
    return {
      files: HOSTILE.map(([name, text]) => ({ name, bytes: Buffer.byteLength(text) })),
      articles: briefing.articles.length,
      loadMs,
      reloadMs,
      reloadLoopMaxMs,
      questions: QUESTIONS.length * 3,
      questionMaxMs,
      slowest,
      questionsLoopMaxMs: loop.max / 1e6,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
