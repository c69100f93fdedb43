/**
 * The engines the table compares ours with, each reduced to "index these passages, return the ids
 * of the best few for this query". They are configured as a developer would first try them, so
 * the comparison says what the engine's analysis and ranking buy over an off-the-shelf index.
 */
import { Index as FlexIndex } from 'flexsearch';
import lunr from 'lunr';
import MiniSearch, { type SearchOptions } from 'minisearch';
import { STOP_WORDS } from '../src/search/text.ts';
import { BM25 } from '../src/search/weights.ts';
import type { Passage } from './passages.ts';

export interface PeerIndex {
  /** Passage ids, best first, at most `limit`. */
  search(query: string, limit: number): number[];
}

export interface Peer {
  name: string;
  build(passages: readonly Passage[]): PeerIndex;
}

function miniSearchPeer(
  name: string,
  searchOptions: SearchOptions,
  processTerm?: (term: string) => string | null,
): Peer {
  return {
    name,
    build(passages) {
      const index = new MiniSearch<Passage>({
        fields: ['text'],
        searchOptions,
        ...(processTerm ? { processTerm } : {}),
      });
      index.addAll(passages);
      return {
        search: (query, limit) =>
          index
            .search(query)
            .slice(0, limit)
            .map((r) => r.id as number),
      };
    },
  };
}

const lunrPeer: Peer = {
  name: 'lunr',
  build(passages) {
    const index = lunr(function () {
      this.ref('id');
      this.field('text');
      for (const p of passages) this.add({ id: String(p.id), text: p.text });
    });
    return {
      // Terms go in through the query builder: lunr's query string syntax would read a ':' or '-'
      // in a user's question as a field or a negation and throw.
      search: (query, limit) =>
        index
          .query((q) => {
            q.term(lunr.tokenizer(query), {});
          })
          .slice(0, limit)
          .map((r) => Number(r.ref)),
    };
  },
};

const flexsearchPeer: Peer = {
  name: 'flexsearch',
  build(passages) {
    const index = new FlexIndex({ tokenize: 'forward' });
    for (const p of passages) index.add(p.id, p.text);
    return {
      // `suggest` returns passages matching only some terms: without it a question's stop words
      // ("what", "did") would have to occur in every hit.
      search: (query, limit) => index.search(query, { limit, suggest: true }) as number[],
    };
  },
};

/** Lowercased words of a query, each once; the scan counts how many a passage contains. */
function queryTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].filter((t) => t.length > 1);
}

const scanPeer: Peer = {
  name: 'substring scan',
  build(passages) {
    const texts = passages.map((p) => p.text.toLowerCase());
    return {
      search(query, limit) {
        const terms = queryTerms(query);
        const best: { id: number; score: number }[] = [];
        for (let id = 0; id < texts.length; id++) {
          const text = texts[id] as string;
          let score = 0;
          for (const term of terms) if (text.includes(term)) score++;
          if (score === 0 || (best.length === limit && score <= (best[best.length - 1]?.score ?? 0)))
            continue;
          let at = best.length;
          while (at > 0 && (best[at - 1]?.score ?? 0) < score) at--;
          best.splice(at, 0, { id, score });
          if (best.length > limit) best.pop();
        }
        return best.map((b) => b.id);
      },
    };
  },
};

export const PEERS: readonly Peer[] = [
  miniSearchPeer('minisearch (defaults)', {}),
  miniSearchPeer('minisearch (fuzzy 0.2, prefix)', { fuzzy: 0.2, prefix: true }),
  // Our stop words and BM25 parameters: what a team gets from minisearch by configuring it as we do.
  miniSearchPeer('minisearch (our stop words)', { bm25: BM25 }, (term) => {
    const w = term.toLowerCase();
    return STOP_WORDS.has(w) ? null : w;
  }),
  lunrPeer,
  flexsearchPeer,
  scanPeer,
];
