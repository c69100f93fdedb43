/**
 * The worker thread of `attributeInWorker`: receives the articles a batch at a time, attributes them
 * all, then hands the result back a chunk per request, so that the main thread decodes little at once.
 */
import { parentPort } from 'node:worker_threads';
import { attribute } from '../attribution/index.ts';
import type { Article } from '../corpus/types.ts';
import type { ToWorker, WorkerReply } from './attribute-in-worker.ts';

const port = parentPort;
if (port === null) throw new Error('attribution-worker.ts runs only as a worker thread');

const articles: Article[] = [];
let chunks: WorkerReply[] = [];

port.on('message', (message: ToWorker) => {
  if (message.type === 'articles') {
    articles.push(...message.articles);
  } else if (message.type === 'attribute') {
    const { statements, speakers } = attribute(articles);
    const size = message.chunk;
    chunks = [];
    for (let at = 0; at < speakers.length; at += size)
      chunks.push({ type: 'chunk', speakers: speakers.slice(at, at + size), statements: [] });
    for (let at = 0; at < statements.length; at += size)
      chunks.push({ type: 'chunk', speakers: [], statements: statements.slice(at, at + size) });
    port.postMessage({ type: 'attributed', chunks: chunks.length } satisfies WorkerReply);
  } else {
    port.postMessage(chunks.shift() ?? ({ type: 'end' } satisfies WorkerReply));
  }
});
