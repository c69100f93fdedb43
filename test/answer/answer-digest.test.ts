import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Briefing, openBriefing } from '../../src/answer/briefing.ts';
import type { Answer } from '../../src/answer/types.ts';
import { questionSets, readSet } from '../../src/cli/eval-sets.ts';

/**
 * Speed work must not change answers: each question of every visible set (`npm run eval`'s) is asked,
 * and what a reader sees of the answer (answered, related, reason, total, and each shown result's
 * citation, speaker and place; scores left out) is reduced to 8 hex digits per question, with the
 * statements `/quotes` lists for the question as a topic, and the speakers autocomplete offers for
 * its first word. A ranking change that is meant changes these: regenerate the fixture with
 *
 *   UPDATE_ANSWER_DIGEST=1 npx vitest run test/answer/answer-digest.test.ts
 *
 * and commit it with the change (a set missing here, `../shared` absent, is skipped).
 */
const FIXTURE = new URL('./answer-digest.json', import.meta.url);
const UPDATE = process.env.UPDATE_ANSWER_DIGEST === '1';

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}

function answerLine(a: Answer): string {
  const results = a.results.map((r) => `${r.id}|${r.speaker ?? ''}|${r.place ?? ''}|${r.isQuote}`);
  return `${a.answered}|${a.related}|${a.reason ?? ''}|${a.total}|${results.join(';')}`;
}

/** One digest per question of a set. */
function digestSet(briefing: Briefing, questions: readonly string[]): string[] {
  return questions.map((q) => {
    const quotes = briefing
      .quotes({ topic: q })
      .slice(0, 10)
      .map((s) => `${s.article}:${s.paragraph}:${s.start}`);
    const typed = q.split(/\s+/u)[0] ?? '';
    const speakers = briefing.findSpeakers(typed.slice(0, 3), 5).map((s) => s.name);
    return hash([answerLine(briefing.ask(q)), quotes.join(';'), speakers.join(';')].join('\n'));
  });
}

const stored: Record<string, string[]> = existsSync(FIXTURE)
  ? (JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, string[]>)
  : {};

describe('answers stay as they were', () => {
  const sets = questionSets();
  const fresh: Record<string, string[]> = {};
  for (const set of sets) {
    it(`GIVEN the ${set.name} set THEN every question's answer, quotes and speakers are unchanged`, async () => {
      const briefing = await openBriefing(set.seeds, { warn: () => {} });
      const questions = (await readSet(set)).map((q) => q.q);
      const got = digestSet(briefing, questions);
      fresh[set.name] = got;
      if (UPDATE) {
        writeFileSync(FIXTURE, `${JSON.stringify({ ...stored, ...fresh }, null, 1)}\n`);
        return;
      }
      const want = stored[set.name];
      expect(want, `no digest for ${set.name}: regenerate the fixture`).toBeDefined();
      const changed = questions.filter((_, i) => got[i] !== want?.[i]);
      expect(changed, `answers changed for ${changed.length} questions`).toEqual([]);
    }, 120_000);
  }
});
