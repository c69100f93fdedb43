// Throwaway experiment harness (not committed): scores the engine on the visible sets, by half.
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { openBriefing } from '../../src/answer/briefing.ts';
import { STOP_WORDS } from '../../src/search/text.ts';

const norm = (s: string) =>
  String(s ?? '').toLowerCase().replace(/[’‘`´]/g, "'").replace(/[“”„]/g, '"').replace(/\s+/g, ' ').trim();
interface Q { id: string; q: string; expect?: string[]; speaker?: string; place?: string; none?: boolean; article?: string; kind?: string }
const lines = (f: string): Q[] => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const sets = [
  { name: 'own', dir: 'seeds', file: 'test/questions.jsonl' },
  { name: 'seed-dev', dir: '../shared/seeds', file: '../shared/eval/questions.jsonl' },
  { name: 'news', dir: '../shared/polnear/questions-briefing', file: '../shared/polnear/questions.jsonl' },
  { name: 'polnear-dev', dir: '../shared/polnear/dev/briefing', file: '../shared/polnear/dev/questions.jsonl' },
];
const only = process.argv[2];
const verbose = process.argv.includes('-v');
for (const set of sets) {
  if (only && only !== 'all' && !set.name.startsWith(only)) continue;
  const briefing = await openBriefing(set.dir, { warn: () => {} });
  const qs = lines(set.file);
  const ids = briefing.articles.map((a) => a.id).sort();
  const texts = new Map(briefing.articles.map((a) => [a.id, norm(a.paragraphs.map((p) => p.text).join('\n'))]));
  const articleOf = (q: Q, i: number) =>
    q.article ?? ids.find((id) => (q.expect ?? []).some((e) => texts.get(id)?.includes(norm(e)))) ?? ids[i % ids.length];
  // peer: plain minisearch over paragraphs
  const docs = briefing.articles.flatMap((a) => a.paragraphs.filter((p) => p.kind === 'body').map((p) => ({ id: `${a.id}:${p.n}`, text: p.text })));
  const peer = new MiniSearch({ fields: ['text'], storeFields: ['text'] });
  peer.addAll(docs);
  const halves = [0, 1].map(() => ({ n: 0, h1: 0, h3: 0, none: 0, noneOk: 0, fr: 0, spk: 0, spkOk: 0, plc: 0, plcOk: 0, p1: 0, ph1: 0, pp1: 0 }));
  const t0 = performance.now();
  qs.forEach((q, i) => {
    const half = halves[ids.indexOf(articleOf(q, i) as string) % 2] as (typeof halves)[0];
    const a = briefing.ask(q.q, { limit: 3 });
    const res = a.answered ? a.results : [];
    if (q.none) {
      half.none++;
      if (!a.answered || res.length === 0) half.noneOk++;
      else if (verbose) console.log(`  ${q.id} NOT REFUSED ${q.q} -> ${norm(res[0]?.excerpt ?? '').slice(0, 80)}`);
      return;
    }
    half.n++;
    if (!a.answered) half.fr++;
    const hit = res.findIndex((r) => (q.expect ?? []).some((e) => norm(r.excerpt).includes(norm(e))));
    if (hit === 0) half.h1++;
    const para = res[0] ? briefing.paragraph(res[0].article, res[0].paragraph)?.text ?? '' : '';
    if ((q.expect ?? []).some((e) => norm(para).includes(norm(e)))) half.ph1++;
    if (hit >= 0) half.h3++;
    const pr = peer.search(q.q).slice(0, 1);
    if (pr[0] && (q.expect ?? []).some((e) => norm(pr[0]?.text).includes(norm(e)))) half.pp1++;
    const cut = (t: string) => { if (t.length <= 400) return t; const s = t.lastIndexOf(' ', 400); return t.slice(0, s > 0 ? s : 400); };
    if (pr[0] && (q.expect ?? []).some((e) => norm(cut(pr[0]?.text)).includes(norm(e)))) half.p1++;
    const r = hit >= 0 ? res[hit] : null;
    if (q.speaker) { half.spk++; const last = norm(q.speaker).split(' ').pop() as string; if (r && norm(r.speaker ?? '').includes(last)) half.spkOk++; else if (verbose && hit >= 0) console.log(`  ${q.id} SPEAKER want ${q.speaker} got ${r?.speaker}`); }
    if (q.place) { half.plc++; if (r && norm(r.place ?? '').includes(norm(q.place))) half.plcOk++; else if (verbose && hit >= 0) console.log(`  ${q.id} PLACE want ${q.place} got ${r?.place}`); }
    if (verbose && hit !== 0) console.log(`  ${q.id} [${q.kind ?? ''}] ${hit === -1 ? (a.answered ? 'MISS' : 'REFUSED') : `@${hit + 1}`} ${q.q}\n      -> ${a.answered ? norm(res[0]?.excerpt ?? '').slice(0, 150) : a.reason}`);
  });
  const ms = performance.now() - t0;
  const fmt = (h: (typeof halves)[0]) => `hit@1 ${h.h1}/${h.n} hit@3 ${h.h3}/${h.n} para@1 ${h.ph1} peer@1 ${h.p1} (whole ¶ ${h.pp1}) fr ${h.fr} refused ${h.noneOk}/${h.none} spk ${h.spkOk}/${h.spk} plc ${h.plcOk}/${h.plc}`;
  const all = halves.reduce((a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, (a as any)[k] + (b as any)[k]])) as any);
  console.log(`${set.name.padEnd(12)} ${fmt(all)} | A ${halves[0]!.h1}/${halves[0]!.n} B ${halves[1]!.h1}/${halves[1]!.n}  (${ms.toFixed(0)} ms)`);
}
