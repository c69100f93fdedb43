/**
 * Attribution of a background (re)load, run in a worker thread: one article's attribution can hold
 * the event loop for 150 ms, too long beside a briefing that is answering. The articles go to the
 * worker and the statements and speakers come back in chunks, the main thread taking one and giving
 * the event loop back before asking for the next, so that no single message costs it more than a
 * few milliseconds to encode or decode.
 */
import { Worker } from 'node:worker_threads';
import type { Speaker, Statement } from '../attribution/types.ts';
import type { Article } from '../corpus/types.ts';

/** Articles per message to the worker (924 real articles, 7 MB, take 15–30 ms to encode at once). */
const ARTICLES_PER_MESSAGE = 50;
/** Statements or speakers per message back (1,000 statements: about 2 ms to decode). */
const ITEMS_PER_MESSAGE = 1_000;

/** What the main thread sends: the articles (in batches), then `attribute`, then `next` per chunk. */
export type ToWorker =
  | { type: 'articles'; articles: Article[] }
  | { type: 'attribute'; chunk: number }
  | { type: 'next' };

/** What the worker answers: how many chunks it holds, then one chunk per `next`, then `end`. */
export type WorkerReply =
  | { type: 'attributed'; chunks: number }
  | { type: 'chunk'; statements: Statement[]; speakers: Speaker[] }
  | { type: 'end' };

/** The worker's module, in TypeScript as the whole app is. */
const WORKER = new URL('./attribution-worker.ts', import.meta.url);
/** tsx's API by absolute URL, so the worker finds it whatever the current directory. */
const TSX_API = import.meta.resolve('tsx/esm/api');

/**
 * The worker's bootstrap: registers tsx, then imports the module. (Under Node 20, `execArgv:
 * ['--import', 'tsx']` does not reach a worker's entry module: ".ts" stays an unknown extension.)
 */
const bootstrap = (module: URL) =>
  `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface WorkerOptions {
  /** The worker's module (tests give one that fails); defaults to `attribution-worker.ts`. */
  module?: URL;
  /** Statements or speakers per message back; defaults to 1,000. */
  chunk?: number;
}

/** Workers started and not yet ended: zero whenever no attribution runs (tests check for leaks). */
let running = 0;
export const runningWorkers = (): number => running;

/**
 * `attribute(articles)`, computed in a worker thread: the same statements and speakers, in the same
 * order. Rejects, with the worker terminated, when the worker cannot start or fails; the worker is
 * terminated once the result is in, whatever happens.
 *
 * @example const { statements, speakers } = await attributeInWorker(loaded.articles);
 */
export async function attributeInWorker(
  articles: readonly Article[],
  options: WorkerOptions = {},
): Promise<{ statements: Statement[]; speakers: Speaker[] }> {
  const worker = new Worker(bootstrap(options.module ?? WORKER), { eval: true });
  running++;
  let finished = false;
  // Every reply, and the end of the worker, settles the one request waiting for it.
  let waiting: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void } | null = null;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    waiting?.reject(failure);
    waiting = null;
  };
  worker.on('message', (reply: WorkerReply) => {
    const w = waiting;
    waiting = null;
    w?.resolve(reply);
  });
  worker.on('error', (error) => fail(new Error(`The attribution worker failed: ${error.message}`)));
  worker.on('messageerror', (error) =>
    fail(new Error(`The attribution worker sent an unreadable message: ${error.message}`)),
  );
  worker.once('exit', (code) => {
    running--;
    if (!finished) fail(new Error(`The attribution worker stopped early (exit code ${code})`));
  });
  const ask = (message: ToWorker): Promise<WorkerReply> =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      waiting = { resolve, reject };
      worker.postMessage(message);
    });
  try {
    for (let at = 0; at < articles.length; at += ARTICLES_PER_MESSAGE) {
      if (failure) throw failure;
      worker.postMessage({
        type: 'articles',
        articles: articles.slice(at, at + ARTICLES_PER_MESSAGE),
      } satisfies ToWorker);
      await yieldToLoop();
    }
    const attributed = await ask({ type: 'attribute', chunk: options.chunk ?? ITEMS_PER_MESSAGE });
    if (attributed.type !== 'attributed') throw new Error('The attribution worker answered out of turn');
    const statements: Statement[] = [];
    const speakers: Speaker[] = [];
    for (;;) {
      await yieldToLoop();
      const reply = await ask({ type: 'next' });
      if (reply.type === 'end') break;
      if (reply.type !== 'chunk') throw new Error('The attribution worker answered out of turn');
      for (const s of reply.statements) statements.push(s);
      for (const s of reply.speakers) speakers.push(s);
    }
    return { statements, speakers };
  } finally {
    finished = true;
    // Errors after this point (the worker torn down mid-message) concern no one.
    worker.on('error', () => {});
    await worker.terminate();
  }
}
