/**
 * One speaker per person across the briefing: "Tomas J. Berg", "Mr. Berg", "Berg" and
 * "Republican Tomas Berg" become the speaker "Tomas Berg", with every form kept as an alias and
 * every title or descriptor as a role, so that a question may use any of them. Organisations are
 * unified by name ("The Post" and "Post"); a source the text only describes ("U.S. officials") stays
 * as written and never joins a named speaker.
 */
import { runSteps, sortedSteps } from '../corpus/index.ts';
import type { RawStatement } from './extract.ts';
import { wornByOtherSex } from './given-names.ts';
import { GENERATIONAL_SUFFIX } from './lexicon.ts';
import { displayName, type SpeakerKind } from './mentions.ts';
import type { Speaker, Statement } from './types.ts';

interface Entity {
  key: string;
  kind: SpeakerKind;
  forms: Map<string, number>;
  roles: Set<string>;
  articles: Set<string>;
  statements: number;
}

/** `localeCompare`'s order, without building a collator for every comparison. */
const byName = new Intl.Collator();

/**
 * Statements between two pauses of `unifySteps`: 2,000 held a reload's event loop for 10–20 ms, the
 * code run JIT cold (the caller gives the loop back only once a slice of time is used).
 */
const STEP = 500;
/** Speakers named between two pauses of `unifySteps` (all 5,000 of 924 articles at once: 15–50 ms). */
const NAMES_PER_STEP = 500;

/** Appends to the list of a key (copying the list at each append made the pass quadratic in a name's speakers). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Gives every raw statement its canonical speaker and lists the speakers.
 *
 * @example unifySpeakers(raw).speakers[0] // { name: 'Tomas Berg', kind: 'person', aliases: ['Berg', …], … }
 */
export function unifySpeakers(raw: RawStatement[]): { statements: Statement[]; speakers: Speaker[] } {
  return runSteps(unifySteps(raw));
}

/** `unifySpeakers` in steps, for callers that must not hold the event loop (live reloads). */
export function* unifySteps(
  raw: RawStatement[],
): Generator<void, { statements: Statement[]; speakers: Speaker[] }> {
  const entities = new Map<string, Entity>();
  const entity = (key: string, kind: SpeakerKind): Entity => {
    let e = entities.get(key);
    if (!e) {
      e = { key, kind, forms: new Map(), roles: new Set(), articles: new Set(), statements: 0 };
      entities.set(key, e);
    }
    if (kind === 'person') e.kind = 'person';
    return e;
  };

  // Full personal names first, so that short forms have something to join. "Ada Maria Lind"
  // and "Ada Lind" share their first and last words: one person.
  const byEnds = new Map<string, string>();
  for (let i = 0; i < raw.length; i++) {
    const s = raw[i] as RawStatement;
    if (s.person && s.key.includes(' ')) {
      const ends = endsOf(s.key);
      const known = byEnds.get(ends);
      if (!known || s.key.length < known.length) byEnds.set(ends, s.key);
    }
    if (i % STEP === 0) yield;
  }
  // Asked of every personal statement two or three times; a name is quoted again and again. The map
  // holds at most one entry per distinct key of the briefing.
  const personKeys = new Map<string, string>();
  const personKey = (key: string) => {
    let known = personKeys.get(key);
    if (known === undefined) {
      known = byEnds.get(endsOf(key)) ?? key;
      personKeys.set(key, known);
    }
    return known;
  };
  for (let i = 0; i < raw.length; i++) {
    const s = raw[i] as RawStatement;
    if (s.person && s.key.includes(' ')) entity(personKey(s.key), 'person').articles.add(s.article);
    if (i % STEP === STEP - 1) yield;
  }
  // Full names by their last word and by their first (family-name-first names), for short forms.
  const byLast = new Map<string, Entity[]>();
  const byFirst = new Map<string, Entity[]>();
  for (const e of entities.values()) {
    const parts = e.key.split(' ');
    pushTo(byLast, parts[parts.length - 1] as string, e);
    pushTo(byFirst, parts[0] as string, e);
  }
  yield;
  const resolve = (s: RawStatement): Entity => {
    const m = s.mention;
    if (m.kind === 'unnamed') return entity(`unnamed:${m.name.toLowerCase()}`, 'unnamed');
    if (s.key.includes(' ')) {
      if (s.person) return entity(personKey(s.key), 'person');
      const known = entities.get(personKey(s.key));
      if (known?.kind === 'person') return known;
      return entity(`org:${orgKey(m.name)}`, 'organization');
    }
    // A single word: the same article's person of that name, else the briefing's only one; never
    // one whose given name says the other sex than the mention's honorific ("Mr. Roe", Jane Roe).
    const sex = m.gender;
    const pool = (byLast.get(s.key) ?? byFirst.get(s.key) ?? []).filter(
      (p) => sex === null || !wornByOtherSex(p.key, sex),
    );
    const pick = pool.find((p) => p.articles.has(s.article)) ?? (pool.length === 1 ? pool[0] : undefined);
    if (pick && (s.person || m.kind !== 'organization' || !m.sure)) return pick;
    if (s.person) return entity(s.key, 'person');
    return entity(`org:${orgKey(m.name)}`, 'organization');
  };

  const resolved: Entity[] = [];
  for (const s of raw) {
    const e = resolve(s);
    add(e, s);
    e.statements++;
    resolved.push(e);
    if (resolved.length % STEP === 0) yield;
  }
  const names = new Map<Entity, string>();
  for (const e of entities.values()) {
    names.set(e, canonicalName(e));
    if (names.size % NAMES_PER_STEP === 0) yield;
  }
  yield;

  const statements: Statement[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const s = raw[i] as RawStatement;
    const e = resolved[i] as Entity;
    statements.push({
      id: `${s.article}:${s.paragraph}:${s.sentence}:${i}`,
      speaker: names.get(e) as string,
      speakerKind: e.kind,
      role: s.mention.role,
      text: s.text,
      textStart: s.textStart,
      textEnd: s.textEnd,
      kind: s.kind,
      place: s.place,
      placeSource: s.place ? 'text' : null,
      article: s.article,
      paragraph: s.paragraph,
      sentence: s.sentence,
      start: s.start,
      end: s.end,
    });
  }
  yield;
  const listed: Speaker[] = [];
  for (const e of entities.values()) {
    if (e.statements === 0) continue;
    const name = names.get(e) as string;
    listed.push({
      name,
      kind: e.kind,
      aliases: [...new Set([...e.forms.keys()].filter((f) => f !== name))],
      roles: [...e.roles],
      statements: e.statements,
    });
    if (listed.length % NAMES_PER_STEP === 0) yield;
  }
  const speakers = yield* sortedSteps(
    listed,
    NAMES_PER_STEP,
    (a, b) => b.statements - a.statements || byName.compare(a.name, b.name),
  );
  return { statements, speakers };
}

function add(e: Entity, s: RawStatement): void {
  const m = s.mention;
  e.forms.set(m.name, (e.forms.get(m.name) ?? 0) + 1);
  // "Mr. Weber" of an article that names "Karl Weber": the full name is a form too.
  if (s.fullName && e.kind === 'person' && !e.forms.has(s.fullName)) e.forms.set(s.fullName, 0);
  if (m.honorific) e.forms.set(`${m.honorific} ${m.name}`, e.forms.get(`${m.honorific} ${m.name}`) ?? 0);
  if (m.role) e.roles.add(m.role);
  for (const role of s.roles) e.roles.add(role);
  e.articles.add(s.article);
}

/** First and last word of a full name's key. */
function endsOf(key: string): string {
  const parts = key.split(' ');
  return `${parts[0]} ${parts[parts.length - 1]}`;
}

/** An organisation's key: its name without a leading "the" or punctuation, in lower case ("F.B.I." → "fbi"). */
function orgKey(name: string): string {
  return name
    .replace(/^the\s+/iu, '')
    .replace(/[’']s$/u, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .toLowerCase()
    .split(/\s+/u)
    .filter(Boolean)
    .join(' ');
}

/** The most used full form: for a person as `displayName` shows it; an organisation without "the". */
function canonicalName(e: Entity): string {
  if (e.kind === 'unnamed') return mostUsed(e.forms);
  const forms = [...e.forms.entries()];
  const scored = forms
    .map(([form, count]) => ({
      form: e.kind === 'person' ? displayName(form) : form.replace(/^(?:the|The)\s+/u, ''),
      count,
    }))
    .filter((f) => f.form !== '')
    .sort(
      (a, b) => nameWords(b.form) - nameWords(a.form) || b.count - a.count || a.form.length - b.form.length,
    );
  return scored[0]?.form ?? e.key;
}

/**
 * Words of a name that make it fuller, for choosing the canonical one: a generational suffix adds
 * none. "Jane Roe Jr." is another person than the "Jane Roe" the same key also holds (the key drops
 * the suffix), so it must not rename every statement of the more quoted one.
 */
function nameWords(form: string): number {
  const words = form.split(/\s+/u);
  return words.length - (words.length > 1 && GENERATIONAL_SUFFIX.test(words.at(-1) as string) ? 1 : 0);
}

function mostUsed(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let n = -1;
  for (const [form, count] of forms) if (count > n) [best, n] = [form, count];
  return best.replace(/^(?:The|A|An)\s/u, (d) => d.toLowerCase());
}
