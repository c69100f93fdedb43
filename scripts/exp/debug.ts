import { openBriefing } from '../../src/answer/briefing.ts';
import { BriefingIndex } from '../../src/search/index.ts';
import { attribute } from '../../src/attribution/index.ts';
import { loadArticles } from '../../src/corpus/index.ts';
const dir = process.argv[2] as string;
const { articles } = await loadArticles(dir, { warn: () => {} } as any);
const { statements, speakers } = attribute(articles);
const index = new BriefingIndex(articles, statements, speakers);
for (const q of process.argv.slice(3)) {
  const r = index.rank(q);
  const qq = r.question;
  console.log('Q', q, '| asks', qq.asks, '| phrase', qq.phrase, '| speakers', qq.speakers.map((m) => `${m.speaker.name}:${m.score.toFixed(1)}`).join(','), '| terms', qq.terms.map((t) => `${t.word}${t.speaker ? '*' : ''}${t.unknown ? '?' : ''}${t.typo ? '~' : ''}`).join(' '));
  console.log('  answered', r.answered, r.related, r.reason);
  for (const h of r.hits.slice(0, 3)) console.log(`  ${h.score.toFixed(2)} ${h.passage.article.slice(0, 30)} ¶${h.passage.paragraph} [${h.statement?.speaker}] ${index.paragraph(h.passage.article, h.passage.paragraph).slice(h.excerpt.start, h.excerpt.end).slice(0, 160)}`);
}
const anyIndex = index as any;
if (process.env.CAND) {
  const q = process.argv[3] as string;
  const { analyzeQuestion } = await import('../../src/search/question/analyze.ts');
  const { queryContext } = await import('../../src/search/rank/context.ts');
  const question = analyzeQuestion(q, { vocabulary: index.vocabulary, speakers: index.matcher });
  const ctx = queryContext(question, (t: string) => anyIndex.df.get(t) ?? 0, index.passages.length);
  console.log('topic', ctx.topic.map((t: any) => `${t.query.word}:${t.weight.toFixed(2)}`).join(' '));
  const c = anyIndex.candidates(ctx);
  console.log('candidates', c.size);
  const sc = [...c].map(([id, s]: any) => anyIndex.score(id, s, ctx)).sort((a: any, b: any) => b.score - a.score).slice(0, 5);
  for (const s of sc) console.log(s, index.passages[s.id]!.text.slice(0, 100));
}
