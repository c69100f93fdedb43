/**
 * Unanswered questions: questions the briefing refused and answers voted 👎, kept so a server's
 * managers can see what their briefing is missing (`/briefing gaps`). Question text, time, server and
 * why; the asker's id only with `GAPS_RECORD_USER=true`.
 *
 * The store is a folder of JSON-lines files, one per bot process (`shard-0.jsonl`, `shard-1.jsonl`…,
 * or `main.jsonl`): under `npm run start:sharded` each shard is a process of its own, and one file
 * appended to by several processes can interleave their lines, so each appends only to its own file
 * (writes queued in order within the process), and counting reads every file of the folder. Each file
 * is bounded: past `maxBytes` it is moved to `<name>.old.jsonl` (the previous one dropped), so the
 * folder holds at most two files per process. Node 20 has no built-in database (`node:sqlite` arrives
 * in Node 22.5, experimental), and a folder of append-only files needs no dependency, no lock and no
 * server, survives a crashed process (at worst one half-written last line, skipped when read), and can
 * be read with `cat` and `jq`.
 *
 * @example
 * const gaps = new GapStore({ dir: 'data/gaps', process: 'shard-0' });
 * await gaps.record({ kind: 'refused', question: 'What did Putin say?', server: '123', user: '9' });
 * await gaps.top('123'); // [{ question: 'what did putin say', refused: 1, down: 0, last: '…' }]
 */
import { appendFile, mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';

export type GapKind = 'refused' | 'down';

/** One unanswered question, as recorded. */
export interface Gap {
  at: string;
  kind: GapKind;
  question: string;
  /** The server it was asked in; `null` for a DM. */
  server: string | null;
  /** Only with `recordUser`. */
  user?: string;
}

/** A question as counted: how often refused or voted down, and when last. */
export interface GapCount {
  question: string;
  refused: number;
  down: number;
  last: string;
}

export interface GapStoreOptions {
  dir: string;
  /** This process's file name, without extension: `shard-0`, or `main` without sharding. */
  process: string;
  /** Record the asker's id too (default false). */
  recordUser?: boolean;
  /** Size past which this process's file is rotated (default 1 MB). */
  maxBytes?: number;
  now?: () => number;
}

/** How far back `/briefing gaps` counts. */
export const GAPS_WINDOW_DAYS = 30;
const MAX_QUESTION = 300;

export class GapStore {
  readonly #file: string;
  readonly #old: string;
  readonly #options: Required<GapStoreOptions>;
  #queue: Promise<void> = Promise.resolve();

  constructor(options: GapStoreOptions) {
    this.#options = { recordUser: false, maxBytes: 1024 * 1024, now: Date.now, ...options };
    const name = options.process.replace(/[^a-z0-9-]/giu, '_');
    this.#file = path.join(options.dir, `${name}.jsonl`);
    this.#old = path.join(options.dir, `${name}.old.jsonl`);
  }

  /** Appends one gap to this process's file, after any write already queued. */
  record(gap: { kind: GapKind; question: string; server: string | null; user: string }): Promise<void> {
    const line: Gap = {
      at: new Date(this.#options.now()).toISOString(),
      kind: gap.kind,
      question: [...gap.question.replace(/\s+/gu, ' ').trim()].slice(0, MAX_QUESTION).join(''),
      server: gap.server,
      ...(this.#options.recordUser ? { user: gap.user } : {}),
    };
    const write = this.#queue.then(() => this.#append(`${JSON.stringify(line)}\n`));
    this.#queue = write.catch(() => {});
    return write;
  }

  /** The most frequent questions of the last `GAPS_WINDOW_DAYS` in `server`, from every process's file. */
  async top(server: string | null, limit = 10): Promise<GapCount[]> {
    const since = new Date(this.#options.now() - GAPS_WINDOW_DAYS * 86_400_000).toISOString();
    const counts = new Map<string, GapCount>();
    for (const gap of await this.#readAll()) {
      if (gap.server !== server || gap.at < since) continue;
      const key = normalise(gap.question);
      if (key === '') continue;
      const count = counts.get(key) ?? { question: gap.question, refused: 0, down: 0, last: gap.at };
      count[gap.kind]++;
      if (gap.at >= count.last) {
        count.last = gap.at;
        count.question = gap.question;
      }
      counts.set(key, count);
    }
    return [...counts.values()]
      .sort((a, b) => b.refused + b.down - (a.refused + a.down) || b.last.localeCompare(a.last))
      .slice(0, limit);
  }

  async #append(line: string): Promise<void> {
    await mkdir(this.#options.dir, { recursive: true });
    const size = await stat(this.#file).then(
      (info) => info.size,
      () => 0,
    );
    if (size > 0 && size + Buffer.byteLength(line) > this.#options.maxBytes)
      await rename(this.#file, this.#old);
    await appendFile(this.#file, line, { flag: 'a' });
  }

  async #readAll(): Promise<Gap[]> {
    let names: string[];
    try {
      names = await readdir(this.#options.dir);
    } catch {
      return [];
    }
    const gaps: Gap[] = [];
    for (const name of names.filter((n) => n.endsWith('.jsonl'))) {
      const text = await readFile(path.join(this.#options.dir, name), 'utf8').catch(() => '');
      for (const line of text.split('\n')) {
        const gap = parseGap(line);
        if (gap !== null) gaps.push(gap);
      }
    }
    return gaps;
  }
}

/** "What did Putin say?" and "what did  putin say" count as one question. */
export function normalise(question: string): string {
  return question
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

function parseGap(line: string): Gap | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    // A line cut short by a crash: skipped.
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const gap = value as Partial<Gap>;
  if (typeof gap.at !== 'string' || typeof gap.question !== 'string') return null;
  if (gap.kind !== 'refused' && gap.kind !== 'down') return null;
  if (gap.server !== null && typeof gap.server !== 'string') return null;
  return { at: gap.at, kind: gap.kind, question: gap.question, server: gap.server ?? null };
}
