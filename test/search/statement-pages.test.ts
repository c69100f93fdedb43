/**
 * `/quotes` a page at a time lists exactly what sorting every statement found and slicing did: the
 * same statements, in the same order, with the same totals, for random invented briefings, topics,
 * pages and filters (ties in score included).
 */
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/attribution/types.ts';
import type { Passage } from '../../src/search/passages.ts';
import type { Matches } from '../../src/search/postings.ts';
import { type PageRequest, StatementLists } from '../../src/search/statement-pages.ts';
import type { TokenLists } from '../../src/search/token-lists.ts';

/** A small deterministic generator (mulberry32): the cases are the same at every run. */
function random(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

const TEXTS = ['The port reopens.', 'Fees will rise.', 'No comment.', 'We are ready.'];
const SPEAKERS = ['Ada Lin', 'Bo Park', 'the ministry'];

interface Case {
  statements: Statement[];
  passages: Passage[];
  tokens: TokenLists;
  matches: Matches;
  scores: Map<number, number>;
  wanted: number[];
}

function invent(seed: number): Case {
  const pick = random(seed);
  const statements: Statement[] = Array.from({ length: 1 + pick(25) }, (_, i) => ({
    id: `a${i}`,
    speaker: SPEAKERS[pick(SPEAKERS.length)] as string,
    speakerKind: 'person',
    role: null,
    text: TEXTS[pick(TEXTS.length)] as string,
    textStart: 0,
    textEnd: 1,
    kind: pick(2) === 0 ? 'direct' : 'indirect',
    place: null,
    placeSource: null,
    article: `article-${pick(3)}`,
    paragraph: 1,
    sentence: 1,
    start: 0,
    end: 1,
  }));
  const offsets = [0];
  const ids: number[] = [];
  for (let i = 0; i < statements.length; i++) {
    for (let k = pick(5); k > 0; k--) ids.push(pick(8) - 1);
    offsets.push(ids.length);
  }
  // Passages hold runs of statements, some shared with the next passage, some none.
  const passages: Passage[] = [];
  for (let at = 0; at < statements.length; ) {
    const take = pick(4);
    const own = statements.slice(at, at + take);
    passages.push({ id: passages.length, statements: own } as unknown as Passage);
    at += Math.max(1, take - pick(2));
  }
  const scores = new Map<number, number>();
  const matched: number[] = [];
  for (const p of passages) {
    if (pick(3) === 0) continue;
    matched.push(p.id);
    scores.set(p.id, 0.5 * (1 + pick(4)));
  }
  for (let i = matched.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [matched[i], matched[j]] = [matched[j] as number, matched[i] as number];
  }
  const matches = { ids: Int32Array.from(matched), score: (id: number) => scores.get(id) ?? 0 };
  const wanted = [pick(7), pick(7)].filter((t, i, all) => all.indexOf(t) === i);
  return {
    statements,
    passages,
    tokens: { offsets: Int32Array.from(offsets), ids: Int32Array.from(ids) },
    matches,
    scores,
    wanted,
  };
}

/** Every statement found, sorted whole, one of each article, kind and text, then filtered. */
function everything(c: Case, speaker: string | null, keep?: (s: Statement) => boolean): Statement[] {
  const number = new Map(c.statements.map((s, i) => [s, i]));
  const ranked = [...c.matches.ids]
    .map((id) => c.passages[id] as Passage)
    .filter((p) => p.statements.some((s) => speaker === null || s.speaker === speaker))
    .sort((a, b) => (c.scores.get(b.id) as number) - (c.scores.get(a.id) as number));
  const found: { s: Statement; score: number }[] = [];
  for (const p of ranked) {
    for (const s of p.statements) {
      if (speaker !== null && s.speaker !== speaker) continue;
      const i = number.get(s) as number;
      const own = [...c.tokens.ids.subarray(c.tokens.offsets[i], c.tokens.offsets[i + 1])].filter((t) =>
        c.wanted.includes(t),
      ).length;
      found.push({ s, score: (c.scores.get(p.id) as number) * (1 + own) });
    }
  }
  found.sort((a, b) => b.score - a.score);
  const seen = new Set<string>();
  const listed = found
    .map((f) => f.s)
    .filter((s) => {
      const key = `${s.article}|${s.kind}|${s.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return keep ? listed.filter(keep) : listed;
}

const REQUESTS: Omit<PageRequest, 'keep'>[] = [
  { offset: 0, limit: 1 },
  { offset: 0, limit: 3 },
  { offset: 2, limit: 2 },
  { offset: 5, limit: 25 },
  { offset: 0, limit: Number.POSITIVE_INFINITY },
];

describe('StatementLists', () => {
  it('GIVEN random invented briefings and topics THEN each page is the slice of the whole sorted list, and the totals its length', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const c = invent(seed);
      const lists = drain(StatementLists.build(c.statements, c.passages, c.tokens));
      for (const speaker of [null, 'Ada Lin']) {
        for (const filtered of [false, true]) {
          const keep = filtered ? (s: Statement) => s.kind === 'direct' : undefined;
          const whole = everything(c, speaker, keep);
          const found = everything(c, speaker).length;
          for (const request of REQUESTS) {
            let calls = 0;
            const counted = keep
              ? (s: Statement) => {
                  calls++;
                  return keep(s);
                }
              : undefined;
            const page = lists.about(c.matches, c.wanted, speaker, { ...request, keep: counted });
            const want = whole.slice(request.offset, request.offset + request.limit);
            expect(
              page.statements.map((s) => s.id),
              `seed ${seed}`,
            ).toEqual(want.map((s) => s.id));
            expect(page.total).toBe(whole.length);
            expect(page.found).toBe(found);
            if (keep) expect(calls).toBe(found);
          }
        }
      }
    }
  });

  it('GIVEN no topic THEN a speaker’s statements (or all) come in briefing order, a text once per article and kind', () => {
    let paged = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const c = invent(seed);
      const lists = drain(StatementLists.build(c.statements, c.passages, c.tokens));
      for (const speaker of [null, ...SPEAKERS]) {
        const seen = new Set<string>();
        const whole = c.statements.filter((s) => {
          const key = `${s.article}|${s.kind}|${s.text}`;
          if ((speaker !== null && s.speaker !== speaker) || seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        const page = lists.inOrder(speaker, { offset: 1, limit: 2 });
        expect(page.statements).toEqual(whole.slice(1, 3));
        expect(page.total).toBe(whole.length);
        if (page.statements.length === 2) paged++;
      }
      expect(lists.inOrder('Nobody Here', { offset: 0, limit: 5 }).total).toBe(0);
    }
    expect(paged).toBeGreaterThan(10);
  });
});
