/**
 * Reads a question: its type, a quoted phrase, the speakers it names (by name, alias, typo or role),
 * and the topic words left once those are taken out.
 */
import { TITLE_WORDS } from '../attribution/lexicon.ts';
import type { Speaker } from '../attribution/types.ts';
import { fold, QUESTION_WORDS, STOP_WORDS, term, terms, words } from './text.ts';
import { Vocabulary } from './vocabulary.ts';

export type QuestionType = 'who' | 'what' | 'where' | 'when' | 'why' | 'how' | 'other';

export interface QueryAnalysis {
  question: string;
  type: QuestionType;
  /** "Who said …?": answered with the speaker of a quote. */
  whoSaid: boolean;
  /** "Who wrote …?": answered from bylines and credits. */
  authorship: boolean;
  /** Words the answer should contain verbatim (a quoted phrase, or what follows "who said"). */
  phrase: string | null;
  speakers: Speaker[];
  /** Stemmed topic terms (speaker names and roles taken out). */
  terms: string[];
  /** Every stemmed content term of the question, speakers included. */
  allTerms: string[];
  /** Names in the question that the briefing never mentions ("Putin", "World Cup"). */
  unknown: string[];
  /** "What did the Japanese prime minister say": a titled speaker asked for, matching no speaker. */
  missingSpeaker: string | null;
}

/** What the analysis needs to know of the briefing. */
export interface Lexicon {
  vocabulary: Vocabulary;
  directory: SpeakerDirectory;
}

/**
 * The briefing's speakers, looked up by the words of their names and aliases (people), by their
 * whole name (states and groups), and by the words of their roles.
 */
export class SpeakerDirectory {
  private readonly byWord = new Map<string, Speaker[]>();
  private readonly nameWords = new Vocabulary();
  private readonly byName = new Map<string, Speaker>();
  /** The whole names of states and groups by their first word, each with its place in `byName`. */
  private readonly namesByFirstWord = new Map<string, [string, number][]>();
  private readonly byRoleTerm = new Map<string, Speaker[]>();
  private readonly roleTerms = new Map<Speaker, string[][]>();
  /** Roles with the same stems, held by many speakers, weighed once a question (made when first asked). */
  private roleGroups:
    | { byTerm: Map<string, RoleGroup[]>; rank: Map<string, Map<Speaker, number>> }
    | undefined;

  constructor(readonly speakers: readonly Speaker[]) {
    // Each speaker's keys are pushed while it is the one read: if it is in a key's list already, it
    // is that list's last entry (a scan of the list would cost a briefing of thousands quadratic time).
    const push = <K>(map: Map<K, Speaker[]>, key: K, s: Speaker) => {
      const list = map.get(key);
      if (!list) map.set(key, [s]);
      else if (list[list.length - 1] !== s) list.push(s);
    };
    for (const s of speakers) {
      const person =
        s.name.split(/\s+/u).length >= 2 && !/\b(?:officials|government|ministry)\b/iu.test(s.name);
      if (person || s.aliases.some((a) => /^(?:Mr|Ms|Mrs|Dr|Me)\.?\s/u.test(a))) {
        for (const n of [s.name, ...s.aliases]) {
          for (const w of words(n)) {
            if (w.length < 3 || STOP_WORDS.has(w)) continue;
            push(this.byWord, w, s);
            this.nameWords.add(w);
          }
        }
      } else {
        this.byName.set(words(s.name).join(' '), s);
      }
      const roles = s.roles.map((r) => [...new Set(terms(r))]).filter((rt) => rt.length > 0);
      this.roleTerms.set(s, roles);
      for (const rt of roles) for (const t of rt) push(this.byRoleTerm, t, s);
    }
  }

  /** People whose name words a question word is, or (for longer words) nearly is. */
  byNameWord(w: string): Speaker[] {
    const out = [...(this.byWord.get(w) ?? [])];
    if (w.length >= 4) for (const near of this.nameWords.near(w)) out.push(...(this.byWord.get(near) ?? []));
    return out;
  }

  /** A state or group by its whole name ("north korea", "us officials"). */
  byWholeName(name: string): Speaker | undefined {
    return this.byName.get(name);
  }

  /**
   * The whole names of states and groups that begin with one of `qWords`, in the order the speakers came: a
   * name found word for word in a question begins with one of its words.
   */
  groupNamesStarting(qWords: ReadonlySet<string>): string[] {
    if (this.namesByFirstWord.size === 0) {
      let at = 0;
      for (const name of this.byName.keys()) {
        const first = name.split(' ')[0] as string;
        const list = this.namesByFirstWord.get(first);
        if (list) list.push([name, at++]);
        else this.namesByFirstWord.set(first, [[name, at++]]);
      }
    }
    const found: [string, number][] = [];
    // A name without words ("") is never found word for word, but is kept to be tested like the rest.
    for (const w of ['', ...qWords])
      for (const entry of this.namesByFirstWord.get(w) ?? []) found.push(entry);
    return found.sort((a, b) => a[1] - b[1]).map(([name]) => name);
  }

  /**
   * The roles whose stems the question holds enough of (`fits(hits, stems)`), with their speakers,
   * in the order `roleCandidates` gives the speakers and each speaker's roles in their order.
   */
  rolesFitting(
    qTerms: ReadonlySet<string>,
    fits: (hits: number, stems: number) => boolean,
  ): { speaker: Speaker; stems: string[]; hits: number }[] {
    const { byTerm, rank } = this.groupRoles();
    const groups = new Set<RoleGroup>();
    for (const t of qTerms) for (const g of byTerm.get(t) ?? []) groups.add(g);
    const out: { speaker: Speaker; stems: string[]; hits: number; role: number; first: number }[] = [];
    for (const g of groups) {
      let hits = 0;
      for (const t of g.stems) if (qTerms.has(t)) hits++;
      if (!fits(hits, g.stems.length)) continue;
      for (const [speaker, role] of g.holders) out.push({ speaker, stems: g.stems, hits, role, first: 0 });
    }
    if (out.length < 2) return out;
    // Where `roleCandidates` first reaches each speaker: its first question stem the speaker has a
    // role with, then the speaker's place among that stem's speakers.
    const reached = new Map<Speaker, number>();
    for (const o of out) {
      let first = reached.get(o.speaker);
      if (first === undefined) {
        first = Number.POSITIVE_INFINITY;
        let i = 0;
        for (const t of qTerms) {
          const r = rank.get(t)?.get(o.speaker);
          if (r !== undefined) {
            first = i * 2 ** 32 + r;
            break;
          }
          i++;
        }
        reached.set(o.speaker, first);
      }
      o.first = first;
    }
    return out.sort((a, b) => a.first - b.first || a.role - b.role);
  }

  private groupRoles(): NonNullable<SpeakerDirectory['roleGroups']> {
    if (this.roleGroups) return this.roleGroups;
    const byKey = new Map<string, RoleGroup>();
    const byTerm = new Map<string, RoleGroup[]>();
    for (const [speaker, roles] of this.roleTerms) {
      roles.forEach((stems, role) => {
        const key = stems.join(' ');
        let g = byKey.get(key);
        if (!g) {
          g = { stems, holders: [] };
          byKey.set(key, g);
          for (const t of new Set(stems)) {
            const list = byTerm.get(t);
            if (list) list.push(g);
            else byTerm.set(t, [g]);
          }
        }
        g.holders.push([speaker, role]);
      });
    }
    const rank = new Map<string, Map<Speaker, number>>();
    for (const [t, list] of this.byRoleTerm) rank.set(t, new Map(list.map((s, i) => [s, i])));
    this.roleGroups = { byTerm, rank };
    return this.roleGroups;
  }

  /** Speakers with a role sharing a stem with the question, and those roles' stems. */
  roleCandidates(qTerms: ReadonlySet<string>): [Speaker, string[][]][] {
    const found = new Set<Speaker>();
    for (const t of qTerms) for (const s of this.byRoleTerm.get(t) ?? []) found.add(s);
    return [...found].map((s) => [s, this.roleTerms.get(s) ?? []]);
  }
}

/** One list of role stems and the speakers holding it (with its place among their roles). */
interface RoleGroup {
  stems: string[];
  holders: [Speaker, number][];
}

const PHRASE = /["“”]([^"“”]{3,})["“”]?|‘([^’]{3,})’/u;
const WHO_SAID =
  /^\s*who\s+(?:said|says|told|stated|wrote|called|described|warned|claimed|argued|promised|added)\b[\s:,]*(?:that\s+)?(.*)$/iu;
const AUTHORSHIP_WORDS =
  /\b(?:wrote|writes|written|authored|reported|reporting|author|authors|byline|reporters?|correspondents?|journalists?)\b/giu;
const AUTHORSHIP =
  /\b(?:who\s+(?:wrote|writes|authored|reported)|author|authors|byline|written\s+by|reporter|reporters\s+of|correspondent|journalist)\b/iu;

export function analyzeQuestion(question: string, lexicon: Lexicon): QueryAnalysis {
  const q = fold(question).trim();
  const first = words(q)[0] ?? '';
  const type: QuestionType =
    (['who', 'what', 'where', 'when', 'why', 'how'] as const).find((t) => t === first) ??
    (first === 'which' ? 'what' : 'other');
  const authorship = AUTHORSHIP.test(q) && !/\bsaid\b/iu.test(q);
  const quoted = PHRASE.exec(q);
  const whoSaidMatch = WHO_SAID.exec(q);
  const whoSaid = !authorship && (whoSaidMatch !== null || (quoted !== null && type === 'who'));
  let phrase = quoted ? (quoted[1] ?? quoted[2] ?? '').trim() : null;
  if (!phrase && whoSaidMatch && !authorship)
    phrase = (whoSaidMatch[1] ?? '').replace(/[?.!]+$/u, '').trim() || null;

  const named = namedSpeakers(q, lexicon.directory, phrase);
  let { speakers } = named;
  const { consumed } = named;
  // "What did the Japanese prime minister say": a speaker found by role must fit the whole of it,
  // not just "prime minister". When none does, the briefing has no such speaker.
  const subject = titledSubject(q);
  let missing: string | null = null;
  if (subject) {
    const wanted = [...new Set(terms(subject))];
    // "the hydrologist": a speaker whose role holds every word asked for, though it says more.
    if (speakers.length === 0) {
      speakers = lexicon.directory
        .roleCandidates(new Set(wanted))
        .filter(([, roles]) => roles.some((r) => wanted.every((t) => r.includes(t))))
        .map(([s]) => s);
    }
    const fits = (s: Speaker) => {
      const own = new Set(terms([s.name, ...s.aliases, ...s.roles].join(' ')));
      return (
        wanted.filter((t) => own.has(t) || [...own].some((o) => o.startsWith(t) || t.startsWith(o))).length /
          wanted.length >=
        0.75
      );
    };
    speakers = speakers.filter(fits);
    if (speakers.length === 0) missing = subject;
  }
  // In "who reported the story from Seoul", "reported" asks for the byline; only "Seoul" is the topic.
  const allTerms = authorship ? terms(q.replace(AUTHORSHIP_WORDS, ' ')) : terms(q);
  const topic = allTerms.filter((t) => !consumed.has(t));
  return {
    question,
    type,
    whoSaid,
    authorship,
    phrase,
    speakers: asOneKind(speakers),
    terms: topic,
    allTerms,
    unknown: unknownNames(question, lexicon, phrase),
    missingSpeaker: missing,
  };
}

/**
 * The same speakers in an array made one way, whichever way they were found (map, filter, spread
 * keep their input's elements kind): code reading `speakers` then meets one array shape, where each
 * new shape threw its optimised code away.
 */
function asOneKind(speakers: readonly Speaker[]): Speaker[] {
  const out: Speaker[] = [];
  for (const s of speakers) out.push(s);
  return out;
}

const SUBJECT =
  /\b(?:did|does|do|has|have|had)\s+(?:the\s+)?([\p{L}’'\- ]{3,80}?)\s+(?:say|said|tell|told|think|claim|warn|describe|call|argue|promise|announce)\b/iu;

/** The subject of "what did X say" when X is a person by office ("the Japanese prime minister"). */
function titledSubject(q: string): string | null {
  const m = SUBJECT.exec(q);
  if (!m) return null;
  const subject = (m[1] as string).trim();
  // Singular offices only: "officials" or "experts" may be any of the briefing's unnamed sources.
  return words(subject).some((w) => TITLE_WORDS.has(w) && !w.endsWith('s')) ? subject : null;
}

/**
 * Speakers a question names. People match by any word of their name (typos tolerated on longer
 * words), or by their role; states and groups only in subject position ("What did China say"), since
 * "about China" is a topic, not a speaker.
 */
function namedSpeakers(
  q: string,
  directory: SpeakerDirectory,
  phrase: string | null,
): { speakers: Speaker[]; consumed: Set<string> } {
  const body = phrase ? q.replace(phrase, ' ') : q;
  const qWords = words(body).filter((w) => !STOP_WORDS.has(w) && !QUESTION_WORDS.has(w));
  const qTerms = new Set(terms(body));
  const found = new Map<Speaker, number>();
  const consumed = new Set<string>();
  const credit = (s: Speaker, score: number) => found.set(s, (found.get(s) ?? 0) + score);
  for (const w of qWords) {
    const people = new Set(directory.byNameWord(w));
    for (const s of people) credit(s, 2);
    if (people.size > 0) consumed.add(term(w) ?? w);
  }
  const allWords = words(q);
  const qn = ` ${allWords.join(' ')} `;
  for (const name of directory.groupNamesStarting(new Set(allWords))) {
    if (!qn.includes(` ${name} `)) continue;
    const subject = new RegExp(
      String.raw`\b(?:did|does|do|has|have|had|is|was)\s+(?:the\s+)?${escapeRegExp(name)}\s+(?:say|said|tell|told|warn|claim|think|want|describe|call|urge|demand|promise|respond|react)`,
      'iu',
    );
    const possessive = new RegExp(
      String.raw`\b${escapeRegExp(name)}\s+(?:statement|position|response|reaction|warning|view|claim|demand)`,
      'iu',
    );
    if (subject.test(qn) || possessive.test(qn)) {
      credit(directory.byWholeName(name) as Speaker, 2);
      for (const t of terms(name)) consumed.add(t);
    }
  }
  // Roles: most of a role's words in the question ("the Chinese Foreign Ministry spokesman").
  const fits = (hit: number, size: number) => hit >= 2 && hit / size >= 0.75;
  for (const { speaker: s, stems: rt, hits: hit } of directory.rolesFitting(qTerms, fits)) {
    const roleScore = hit * (hit / rt.length);
    if (roleScore > (found.get(s) ?? 0)) {
      found.set(s, roleScore);
      for (const t of rt) if (qTerms.has(t)) consumed.add(t);
    }
  }
  const best = Math.max(0, ...found.values());
  const speakers = [...found.entries()]
    .filter(([, v]) => v >= best * 0.75)
    .sort((a, b) => b[1] - a[1])
    .map(([s]) => s);
  return { speakers, consumed };
}

/** Capitalised names in the question that appear nowhere in the briefing, even allowing for typos. */
function unknownNames(question: string, lexicon: Lexicon, phrase: string | null): string[] {
  const text = phrase ? question.replace(phrase, ' ') : question;
  const out: string[] = [];
  const tokens = fold(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
  tokens.forEach((raw, i) => {
    if (!/^\p{Lu}/u.test(raw)) return;
    const w = raw.toLowerCase().replace(/'s$/u, '');
    if (i === 0 || STOP_WORDS.has(w) || QUESTION_WORDS.has(w) || w.length < 3) return;
    if (!lexicon.vocabulary.isKnownWord(w)) out.push(raw);
  });
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
