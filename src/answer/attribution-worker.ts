/**
 * A worker thread of `attributeInWorker`: receives its share of the articles a batch at a time,
 * extracts their raw statements, then hands them back a chunk per request, so that the main thread
 * decodes little at once. Speakers are unified on the main thread, across every worker's share.
 */
import { parentPort } from 'node:worker_threads';
import { extractStatements, type RawStatement } from '../attribution/extract.ts';
import type { Article } from '../corpus/types.ts';
import type { ToWorker, WorkerReply } from './attribute-in-worker.ts';

const port = parentPort;
if (port === null) throw new Error('attribution-worker.ts runs only as a worker thread');

const articles: Article[] = [];
let chunks: WorkerReply[] = [];

port.on('message', (message: ToWorker) => {
  if (message.type === 'articles') {
    articles.push(...message.articles);
  } else if (message.type === 'extract') {
    const raw: RawStatement[] = [];
    for (const article of articles) for (const s of extractStatements(article)) raw.push(s);
    chunks = [];
    for (let at = 0; at < raw.length; at += message.chunk)
      chunks.push({ type: 'chunk', raw: raw.slice(at, at + message.chunk) });
    port.postMessage({ type: 'extracted', chunks: chunks.length } satisfies WorkerReply);
  } else {
    port.postMessage(chunks.shift() ?? ({ type: 'end' } satisfies WorkerReply));
  }
});
