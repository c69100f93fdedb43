/**
 * Attribution in worker threads: one article's attribution can hold the event loop for 150 ms, too
 * long beside a briefing that is answering, and a large briefing's takes seconds that two cores can
 * share. The articles are cut into contiguous shares of about equal text, one per worker; each worker
 * extracts its share's raw statements and hands them back in chunks, the main thread taking one and
 * giving the event loop back before asking for the next, so that no single message costs it more than
 * a few milliseconds to decode. Speakers are then unified across the whole briefing, in steps, on the
 * main thread: the same statements and speakers, in the same order, as `attribute`.
 */
import { createRequire } from 'node:module';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RawStatement } from '../attribution/extract.ts';
import { unifySteps } from '../attribution/speakers.ts';
import type { Speaker, Statement } from '../attribution/types.ts';
import type { Article } from '../corpus/types.ts';
import { runInBackground } from '../search/index.ts';

/** Articles per message to a worker (924 real articles, 7 MB, take 15–30 ms to encode at once). */
const ARTICLES_PER_MESSAGE = 50;
/** Raw statements per message back (1,000: a few milliseconds to decode). */
const ITEMS_PER_MESSAGE = 1_000;
/**
 * Fewest articles worth a worker of their own: starting one (its modules loaded, JIT cold) costs
 * about 0.3 s, what attributing some 50 real articles costs.
 */
const ARTICLES_PER_WORKER = 100;
/** Most workers: the bot's machine has two cores, and the main thread keeps answering meanwhile. */
export const MAX_WORKERS = 2;

/** What the main thread sends: its share of articles (in batches), then `extract`, then `next` per chunk. */
export type ToWorker =
  | { type: 'articles'; articles: Article[] }
  | { type: 'extract'; chunk: number }
  | { type: 'next' };

/** What a worker answers: how many chunks it holds, then one chunk per `next`, then `end`. */
export type WorkerReply =
  | { type: 'extracted'; chunks: number }
  | { type: 'chunk'; raw: RawStatement[] }
  | { type: 'end' };

/** The worker's module, in TypeScript as the whole app is. */
const WORKER = new URL('./attribution-worker.ts', import.meta.url);
/** tsx's CommonJS API by absolute path, so the worker finds it whatever the current directory. */
const TSX_API = createRequire(import.meta.url).resolve('tsx/cjs/api');

/**
 * The worker's bootstrap: registers tsx's CommonJS hooks, then requires the module (its ES module
 * syntax compiled by tsx). (Under Node 20, `execArgv: ['--import', 'tsx']` does not reach a worker's
 * entry module, and tsx's ES module hooks start a loader thread of their own in each worker: two
 * workers then took about 65 MB more while they ran and kept about 19 MB after, against 35–55 MB and
 * 10 MB this way, and started more slowly.)
 */
const bootstrap = (module: URL) =>
  `require(${JSON.stringify(TSX_API)}).register(); require(${JSON.stringify(fileURLToPath(module))});`;

export interface WorkerOptions {
  /** The worker's module (tests give one that fails); defaults to `attribution-worker.ts`. */
  module?: URL;
  /** Raw statements per message back; defaults to 1,000. */
  chunk?: number;
  /** Workers to share the articles; defaults to one per `ARTICLES_PER_WORKER`, at most `MAX_WORKERS`. */
  workers?: number;
}

/** Workers started and not yet ended: zero whenever no attribution runs (tests check for leaks). */
let running = 0;
export const runningWorkers = (): number => running;

/** How many workers a briefing of `articles` articles is given. */
export function workersFor(articles: number): number {
  return Math.max(1, Math.min(MAX_WORKERS, Math.floor(articles / ARTICLES_PER_WORKER)));
}

/**
 * The articles cut into `parts` runs, in order, of about equal text: attribution's cost follows the
 * length of what it reads, not the number of articles.
 */
export function shares<T extends Article>(articles: readonly T[], parts: number): T[][] {
  const size = (a: Article) => a.paragraphs.reduce((n, p) => n + p.text.length, 0);
  const total = articles.reduce((n, a) => n + size(a), 0);
  const out: T[][] = [[]];
  let done = 0;
  for (const a of articles) {
    // A new share starts once the ones before hold their part of the text.
    if (out.length < parts && done >= (total * out.length) / parts && (out.at(-1) as T[]).length > 0)
      out.push([]);
    (out.at(-1) as T[]).push(a);
    done += size(a);
  }
  return out;
}

/**
 * A worker thread started for attribution, answering one request at a time. Started before its
 * articles are known (`startWorkers`), it loads its modules (0.2–0.4 s) while the folder is parsed.
 * A worker that fails or ends before `close` fails the request waiting, and every later one.
 */
export class AttributionWorker {
  private readonly worker: Worker;
  private closed = false;
  private waiting: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void } | null = null;
  private failure: Error | null = null;

  constructor(module: URL = WORKER) {
    this.worker = new Worker(bootstrap(module), { eval: true });
    running++;
    const worker = this.worker;
    worker.on('message', (reply: WorkerReply) => {
      const w = this.waiting;
      this.waiting = null;
      w?.resolve(reply);
    });
    worker.on('error', (error) => this.fail(new Error(`The attribution worker failed: ${error.message}`)));
    worker.on('messageerror', (error) =>
      this.fail(new Error(`The attribution worker sent an unreadable message: ${error.message}`)),
    );
    worker.once('exit', (code) => {
      running--;
      if (!this.closed) this.fail(new Error(`The attribution worker stopped early (exit code ${code})`));
    });
  }

  /** Fails the request waiting and every later one (once: the first reason stays). */
  fail(error: Error): void {
    this.failure ??= error;
    this.waiting?.reject(this.failure);
    this.waiting = null;
  }

  /** Sends a message that has no answer; throws if the worker has failed. */
  post(message: ToWorker): void {
    if (this.failure) throw this.failure;
    this.worker.postMessage(message);
  }

  /** Sends a message and waits for its answer. */
  ask(message: ToWorker): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.waiting = { resolve, reject };
      this.worker.postMessage(message);
    });
  }

  /** Ends the worker, whatever it was doing. */
  async close(): Promise<void> {
    this.closed = true;
    // Errors after this point (the worker torn down mid-message) concern no one.
    this.worker.on('error', () => {});
    await this.worker.terminate();
  }
}

/**
 * `count` workers started ahead of the articles they will attribute (`attributeInWorker`'s
 * `started`); whoever starts them ends them, by that call or by `close` on each.
 */
export function startWorkers(count: number, module?: URL): AttributionWorker[] {
  return Array.from({ length: count }, () => new AttributionWorker(module));
}

/**
 * `attribute(articles)`, computed in worker threads: the same statements and speakers, in the same
 * order. Rejects, with every worker terminated, when a worker cannot start or fails; the workers are
 * terminated once the result is in, whatever happens. `started`: workers started beforehand, which
 * the articles are shared among (and which this call ends).
 *
 * @example const { statements, speakers } = await attributeInWorker(loaded.articles);
 */
export async function attributeInWorker(
  articles: readonly Article[],
  options: WorkerOptions & { started?: readonly AttributionWorker[] } = {},
): Promise<{ statements: Statement[]; speakers: Speaker[] }> {
  const { started } = options;
  const parts = shares(articles, started?.length ?? options.workers ?? workersFor(articles.length));
  const workers = parts.map((_, i) => started?.[i] ?? new AttributionWorker(options.module));
  // Workers started for more shares than the articles make have nothing to do.
  const idle = started?.slice(parts.length) ?? [];
  // A worker that fails stops the others at once; the call settles once every worker is gone.
  let first: unknown = null;
  const settled = await Promise.allSettled([
    ...parts.map((share, i) =>
      extractIn(workers[i] as AttributionWorker, share, options).catch((error: unknown) => {
        if (first === null) {
          first = error;
          for (const w of workers) w.fail(new Error('Another attribution worker failed'));
        }
        throw error;
      }),
    ),
    ...idle.map((w) => w.close().then(() => [])),
  ]);
  if (first !== null) throw first;
  return runInBackground(unifySteps(settled.flatMap((r) => (r.status === 'fulfilled' ? r.value : []))));
}

/** The raw statements of some articles, extracted by a worker of their own, which is then ended. */
async function extractIn(
  worker: AttributionWorker,
  articles: readonly Article[],
  options: WorkerOptions,
): Promise<RawStatement[]> {
  try {
    for (let at = 0; at < articles.length; at += ARTICLES_PER_MESSAGE) {
      worker.post({ type: 'articles', articles: articles.slice(at, at + ARTICLES_PER_MESSAGE) });
      await yieldToLoop();
    }
    const done = await worker.ask({ type: 'extract', chunk: options.chunk ?? ITEMS_PER_MESSAGE });
    if (done.type !== 'extracted') throw new Error('The attribution worker answered out of turn');
    const raw: RawStatement[] = [];
    for (;;) {
      await yieldToLoop();
      const reply = await worker.ask({ type: 'next' });
      if (reply.type === 'end') break;
      if (reply.type !== 'chunk') throw new Error('The attribution worker answered out of turn');
      for (const s of reply.raw) raw.push(s);
    }
    return raw;
  } finally {
    await worker.close();
  }
}
