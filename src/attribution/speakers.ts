/**
 * One person, one name across the briefing: "Antony J. Blinken", "Mr. Blinken", "Blinken" and
 * "US Secretary of State Antony Blinken" become the speaker "Antony Blinken", with every form kept as
 * an alias so that a question may use any of them.
 */
import { runSteps } from '../corpus/index.ts';
import type { Article } from '../corpus/types.ts';
import type { RawStatement } from './extract.ts';
import { displayName, isNounPhraseWord, type Mention, nameKey, parseMention, tokenize } from './mentions.ts';
import type { Speaker, Statement } from './types.ts';

interface Entity {
  key: string;
  person: boolean;
  forms: Map<string, number>;
  roles: Set<string>;
  articles: Set<string>;
  statements: number;
}

/** Persons named with a title or honorific anywhere in the text, statement or not. */
export function namedPersons(articles: readonly Article[]): { mention: Mention; article: string }[] {
  const out: { mention: Mention; article: string }[] = [];
  for (const article of articles) {
    for (const p of article.paragraphs) {
      if (p.kind !== 'body') continue;
      const tokens = tokenize(p.text);
      let run: typeof tokens = [];
      const flush = () => {
        const m = run.length > 0 ? parseMention(run, p.text) : null;
        if (m?.person && !m.group) out.push({ mention: m, article: article.id });
        run = [];
      };
      for (const t of tokens) {
        if (isNounPhraseWord(t) || ((t.core === 'of' || t.core === 'for') && run.length > 0)) {
          run.push(t);
          if (t.trailing) flush();
        } else flush();
      }
      flush();
    }
  }
  return out;
}

/**
 * Gives every raw statement its canonical speaker and lists the speakers.
 * Single-word names join the full name whose last word (or first, for family-name-first names such as
 * "Choe Son-hui") they match, preferring a person of the same article.
 */
export function unifySpeakers(
  articles: readonly Article[],
  raw: RawStatement[],
  named: { mention: Mention; article: string }[] = namedPersons(articles),
): { statements: Statement[]; speakers: Speaker[] } {
  return runSteps(unifySteps(raw, named));
}

/** `localeCompare`'s order, without building a collator for every comparison. */
const byName = new Intl.Collator();

/** Statements between two pauses of `unifySteps`. */
const STEP = 2_000;

/** `unifySpeakers` in steps, for callers that must not hold the event loop (live reloads). */
export function* unifySteps(
  raw: RawStatement[],
  named: { mention: Mention; article: string }[],
): Generator<void, { statements: Statement[]; speakers: Speaker[] }> {
  const entities = new Map<string, Entity>();
  const entity = (key: string, person: boolean): Entity => {
    let e = entities.get(key);
    if (!e) {
      e = { key, person, forms: new Map(), roles: new Set(), articles: new Set(), statements: 0 };
      entities.set(key, e);
    }
    e.person ||= person;
    return e;
  };
  const add = (e: Entity, m: Mention, article: string) => {
    e.forms.set(m.name, (e.forms.get(m.name) ?? 0) + 1);
    if (m.honorific) e.forms.set(`${m.honorific} ${m.name}`, e.forms.get(`${m.honorific} ${m.name}`) ?? 0);
    if (m.role) e.roles.add(m.role);
    e.articles.add(article);
  };

  const mentions = [...named, ...raw.map((s) => ({ mention: s.mention, article: s.article }))];
  // Full names first, so that short forms have something to join.
  for (let i = 0; i < mentions.length; i++) {
    const { mention, article } = mentions[i] as (typeof mentions)[number];
    const key = nameKey(mention.name);
    if (mention.person && key.includes(' ')) add(entity(key, true), mention, article);
    if (i % STEP === 0) yield;
  }
  // Full names by their last and first word, for single-word mentions to join.
  const byLast = new Map<string, Entity[]>();
  const byFirst = new Map<string, Entity[]>();
  for (const e of entities.values()) {
    const parts = e.key.split(' ');
    const last = parts[parts.length - 1] as string;
    byLast.set(last, [...(byLast.get(last) ?? []), e]);
    byFirst.set(parts[0] as string, [...(byFirst.get(parts[0] as string) ?? []), e]);
  }
  const resolve = (m: Mention, article: string): Entity => {
    const key = nameKey(m.name);
    if (key.includes(' ') && !m.group) {
      // "von der Leyen" is "Ursula von der Leyen": a full name that ends with these words.
      const longer = (byLast.get(key.split(' ').at(-1) as string) ?? []).filter((p) =>
        p.key.endsWith(` ${key}`),
      );
      const pick =
        longer.find((p) => p.articles.has(article)) ?? (longer.length === 1 ? longer[0] : undefined);
      if (pick) return pick;
    }
    const existing = m.group ? undefined : entities.get(key);
    if (existing && (key.includes(' ') || !m.group)) return existing;
    if (!key.includes(' ') && !m.group) {
      const last = byLast.get(key) ?? [];
      const pool = last.length > 0 ? last : (byFirst.get(key) ?? []);
      // The same article's person first; elsewhere only when the briefing has a single one of that name.
      const pick = pool.find((p) => p.articles.has(article)) ?? (pool.length === 1 ? pool[0] : undefined);
      if (pick) return pick;
    }
    return entity(
      m.group ? `group:${m.name.toLowerCase().replace(/^the /u, '')}` : key,
      m.person && !m.group,
    );
  };

  const resolved: Entity[] = [];
  for (const s of raw) {
    const e = resolve(s.mention, s.article);
    add(e, s.mention, s.article);
    e.statements++;
    resolved.push(e);
    if (resolved.length % STEP === 0) yield;
  }
  const names = new Map<Entity, string>();
  for (const e of entities.values()) names.set(e, canonicalName(e));
  yield;

  const statements: Statement[] = raw.map((s, i) => {
    const e = resolved[i] as Entity;
    return {
      id: `${s.article}:${s.paragraph}:${s.sentence}:${i}`,
      speaker: names.get(e) as string,
      role: s.mention.role,
      text: s.text,
      kind: s.kind,
      place: s.place,
      placeSource: s.placeSource,
      article: s.article,
      paragraph: s.paragraph,
      sentence: s.sentence,
      start: s.start,
      end: s.end,
    };
  });
  const speakers: Speaker[] = [...entities.values()]
    .filter((e) => e.statements > 0)
    .map((e) => ({
      name: names.get(e) as string,
      aliases: [...new Set([...e.forms.keys()].filter((f) => f !== names.get(e)))],
      roles: [...e.roles],
      statements: e.statements,
    }))
    .sort((a, b) => b.statements - a.statements || byName.compare(a.name, b.name));
  return { statements, speakers };
}

/** The most used full form, without initials or suffixes; a collective keeps its words as written. */
function canonicalName(e: Entity): string {
  const forms = [...e.forms.entries()].filter(([f]) => !/^(?:Mr|Mrs|Ms|Dr|Me|Prof)\.?\s/iu.test(f));
  const pool = forms.length > 0 ? forms : [...e.forms.entries()];
  const scored = pool
    .map(([form, count]) => ({
      form: e.person ? displayName(form) : form.replace(/^(?:the|The)\s+/u, ''),
      count,
    }))
    .sort(
      (a, b) =>
        b.form.split(/\s+/u).length - a.form.split(/\s+/u).length ||
        b.count - a.count ||
        a.form.length - b.form.length,
    );
  return scored[0]?.form ?? e.key;
}
