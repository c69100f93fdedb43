// prints best support per question, for fitting refusal thresholds
import { readFileSync } from 'node:fs';
import { attribute } from '../../src/attribution/index.ts';
import { loadArticles } from '../../src/corpus/index.ts';
import { BriefingIndex } from '../../src/search/index.ts';
const [dir, file] = process.argv.slice(2) as [string, string];
const { articles } = await loadArticles(dir, { warn: () => {} } as any);
const { statements, speakers } = attribute(articles);
const index = new BriefingIndex(articles, statements, speakers) as any;
const { analyzeQuestion } = await import('../../src/search/question/analyze.ts');
const { queryContext } = await import('../../src/search/rank/context.ts');
for (const l of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const q = JSON.parse(l);
  const question = analyzeQuestion(q.q, { vocabulary: index.vocabulary, speakers: index.matcher });
  const ctx = queryContext(question, (t: string) => index.df.get(t) ?? 0, index.passages.length);
  const r = index.rank(q.q);
  if (!r.answered) { console.log(q.none ? 'NONE' : 'ANS ', 'refused-early', r.reason?.slice(0, 40)); continue; }
  const c = index.candidates(ctx);
  const sc = [...c].map(([id, s]: any) => index.score(id, s, ctx)).filter(Boolean).sort((a: any, b: any) => b.score - a.score);
  const best = sc[0];
  const maxSupport = Math.max(...sc.slice(0, 10).map((s: any) => s.support));
  console.log(q.none ? 'NONE' : 'ANS ', best?.support.toFixed(2), maxSupport.toFixed(2), q.id, q.q.slice(0, 60));
}
