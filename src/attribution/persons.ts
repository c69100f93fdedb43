/**
 * The persons an article names, in reading order, for resolving "he" and "she" and for knowing that
 * "Roe" alone is the "Jane A. Roe" of the paragraph before.
 *
 * A pronoun goes to the nearest compatible person: first those named earlier in its own sentence,
 * then, sentence by sentence backwards, the sentence's subject before its other persons. A person is
 * compatible unless the article shows them to be of the other sex: an honorific ("Mrs."), a role word
 * ("spokeswoman"), or the pronouns that follow them where no one else is named; failing those, a
 * given name only one sex wears (`given-names.ts`). Nor is one the caller
 * names later in the pronoun's own clause ("he told Roe"). The search goes back
 * a bounded number of mentions, so resolving stays linear in the article.
 */
import { sexOfGivenName, wornByOtherSex } from './given-names.ts';
import { type Gender, type Mention, nameKey } from './mentions.ts';

interface Seen {
  key: string;
  paragraph: number;
  unit: number;
  start: number;
  subject: boolean;
  /** Named as the object of a preposition ("in an interview with Roe"). */
  object: boolean;
}

/** The shortest surname a misspelling is looked for ("Sweeny" for "Sweeney"). */
const MIN_TYPO_NAME = 5;

/** Whether two words differ by one letter added, dropped or changed, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const NONE: ReadonlySet<string> = new Set();

/** How far back a pronoun may look, in person mentions. */
const LOOKBACK = 40;

export class ArticlePersons {
  /** Full personal names of the article by key, with how often each is used. */
  private readonly full = new Map<string, number>();
  /** The form a full name is written in ("Jane A. Roe"), by key. */
  private readonly written = new Map<string, string>();
  /** A single word (last name, or first word of a family-name-first name) → full keys. */
  private readonly byWord = new Map<string, string[]>();
  private readonly votes = new Map<string, { male: number; female: number }>();
  private readonly seen: Seen[] = [];

  /** Single-word names the article gives a title or honorific ("Ms. Roe"). */
  private readonly titled = new Set<string>();

  /** Roles the article gives each name ("US Secretary of State"), by the name's own key. */
  private readonly roles = new Map<string, Set<string>>();

  /** Records a personal name before the article is read for statements. */
  addName(m: Mention): void {
    this.keys.clear();
    const key = nameKey(m.name);
    if (m.kind !== 'person') return;
    this.named.set(key, (this.named.get(key) ?? 0) + 1);
    if (m.role) {
      const set = this.roles.get(key) ?? new Set<string>();
      set.add(m.role);
      this.roles.set(key, set);
    }
    if (!key.includes(' ')) {
      if (m.sure) this.titled.add(key);
      return;
    }
    const count = this.full.get(key);
    this.full.set(key, (count ?? 0) + 1);
    const known = this.written.get(key);
    if (known === undefined || m.name.length > known.length) this.written.set(key, m.name);
    if (count === undefined) {
      const parts = key.split(' ');
      for (const w of new Set([parts[parts.length - 1] as string, parts[0] as string])) {
        const list = this.byWord.get(w) ?? [];
        list.push(key);
        this.byWord.set(w, list);
      }
    }
  }

  /**
   * The article's key for a name: the full name a short form stands for ("Roe" → "jane
   * roe"): for a surname alone, the first full name ending with it (of the sex an honorific gives,
   * `sex`); otherwise the most used one of those sharing the word; else the name's own key.
   */
  keyOf(name: string, sex: Gender | null = null): string {
    const asked = sex === null ? name : `${name}\u0000${sex}`;
    const known = this.keys.get(asked);
    if (known !== undefined) return known;
    const key = this.keyOfName(name, sex);
    this.keys.set(asked, key);
    return key;
  }

  /** `keyOf`'s answers so far: an article names the same people again and again. */
  private readonly keys = new Map<string, string>();

  private keyOfName(name: string, sex: Gender | null): string {
    const key = nameKey(name);
    const words = key.split(' ');
    const candidates = this.byWord.get(words[words.length - 1] as string) ?? [];
    // A longer full name ending with these words ("Ingrid van der Berg" for "van der Berg").
    const pool = candidates.filter((c) => c !== key && (words.length > 1 ? c.endsWith(` ${key}`) : true));
    // "Trump" where the article names Donald Trump first and Eric Trump after: a surname several
    // full names share is the person first named in full with it; the others the text keeps naming
    // in full.
    const family = words.length === 1 ? pool.filter((c) => c.endsWith(` ${key}`)) : [];
    let best: string | null = family.length > 1 ? this.ofSex(family, sex) : null;
    if (best === null)
      for (const c of pool)
        if (best === null || (this.full.get(c) ?? 0) > (this.full.get(best) ?? 0)) best = c;
    // "Mr. Roe" where the only Roe named in full is Jane Roe: someone else, never named in full.
    if (best !== null && family.length === 1 && sex !== null && wornByOtherSex(best, sex)) return key;
    return best ?? this.misspeltSurname(key) ?? key;
  }

  /**
   * "Mr. Roe" where the article names Jane Roe, then her nephew Tom Roe: of a family sharing a
   * surname, the first named, unless known to be of the other sex than the honorific's; then the
   * first known to be of that sex, else the first whose sex is unknown ("Mrs Roe" of Tom Roe and
   * Robin Roe is Robin).
   */
  private ofSex(family: readonly string[], sex: Gender | null): string {
    const first = family[0] as string;
    const firstSex = this.genderOf(first);
    if (sex === null || firstSex === null || firstSex === sex) return first;
    return (
      family.find((c) => this.genderOf(c) === sex) ?? family.find((c) => this.genderOf(c) === null) ?? first
    );
  }

  /**
   * Whether a surname alone, with an honorific of `sex`, may stand for several people the article
   * names in full: "Mr. Roe" of two men named Roe, or of a man and a Roe of unknown sex.
   */
  sharedSurname(name: string, sex: Gender): boolean {
    const key = nameKey(name);
    if (key.includes(' ')) return false;
    const family = (this.byWord.get(key) ?? []).filter((c) => c.endsWith(` ${key}`));
    return family.filter((c) => this.genderOf(c) !== (sex === 'male' ? 'female' : 'male')).length > 1;
  }

  /**
   * "Sweeny said" after "Senate President Ed Sweeney": a surname alone, named in full nowhere, one edit
   * inside the word (a letter added, dropped, changed or two swapped; first and last letters kept) away
   * from the surname of exactly one full name of the article, is that person misspelt. Only names of `MIN_TYPO_NAME` letters or more: shorter
   * ones are too often other names.
   */
  private misspeltSurname(key: string): string | null {
    if (key.includes(' ') || key.length < MIN_TYPO_NAME || this.byWord.has(key)) return null;
    let found: string | null = null;
    for (const [word, keys] of this.byWord) {
      // The first and last letters must agree: "Carson" and "Larson" are two people, "the Clintons" a
      // family, "German" no "Germany".
      if (word.length < MIN_TYPO_NAME || word[0] !== key[0] || word.at(-1) !== key.at(-1)) continue;
      if (!oneEditApart(word, key)) continue;
      const surnames = keys.filter((k) => k.endsWith(` ${word}`));
      if (surnames.length !== 1 || (found !== null && found !== surnames[0])) return null;
      found = surnames[0] as string;
    }
    return found;
  }

  /** Single words the article uses as a place ("in Ohio") or a modifier ("Russian hackers"). */
  private readonly notPersons = new Set<string>();

  /** Single capitalised words the article uses inside a sentence, not only to open one. */
  private readonly inside = new Set<string>();

  /** Single capitalised words that open a sentence as the subject of a verb ("Roe openly admitted"). */
  private readonly openers = new Set<string>();

  /** Single words opening a sentence before an aside only a person takes ("Roe, when asked …,"). */
  private readonly asidePersons = new Set<string>();

  /**
   * Notes a single word that opens a sentence before "who …" or "when asked …": a person, even where
   * the article also uses the word as a modifier ("Roe rallies").
   */
  personByAside(key: string): void {
    this.asidePersons.add(key);
  }

  /** Notes a single word opening a sentence as a verb's subject. */
  openingSubject(key: string): void {
    this.openers.add(key);
  }

  /**
   * Whether a single word is used as a name inside a sentence, or opens a sentence as a verb's
   * subject with "he" or "she" after it: "Roe openly admitted that his pick …".
   */
  private usedAsName(key: string): boolean {
    return this.inside.has(key) || this.openers.has(key);
  }

  /**
   * A single word that opens a sentence as a verb's subject and is never a place or a modifier: a
   * person a later "he" or "she" may stand for ("Roe dodged the question. “…,” he said.").
   */
  opensAsSubject(key: string): boolean {
    return this.asidePersons.has(key) || (this.openers.has(key) && !this.notPersons.has(key));
  }

  /** Notes a capitalised word seen inside a sentence. */
  capitalisedInside(key: string): void {
    this.inside.add(key);
  }

  /**
   * Whether a single capitalised word reads as a name here: the article capitalises it inside a
   * sentence, gives it a title, or sets an aside only a person takes after it ("Roe, 54,").
   * "Nonetheless" or "Audiences" opening a sentence is no name.
   */
  isName(key: string): boolean {
    return (
      key.includes(' ') ||
      this.usedAsName(key) ||
      this.titled.has(key) ||
      this.byWord.has(key) ||
      this.asidePersons.has(key)
    );
  }

  /** Whether the article gives the name (a key of `keyOf`) a title or an honorific somewhere. */
  isTitled(key: string): boolean {
    return this.titled.has(key) || this.roles.has(key);
  }

  /** Notes a single word that cannot be a person's name in this article. */
  notPerson(key: string): void {
    this.notPersons.add(key);
  }

  /**
   * The one person the article gives this very role anywhere ("Hale’s campaign manager, Ivo Marsh"),
   * by key; null when none or several have it. Apostrophes and case are not told apart.
   */
  holderOf(role: string): string | null {
    const same = (r: string) => r.replace(/’/gu, "'").toLowerCase();
    const wanted = same(role);
    let found: string | null = null;
    for (const [key, roles] of this.roles) {
      if (![...roles].some((r) => same(r) === wanted)) continue;
      if (found !== null && found !== key) return null;
      found = key;
    }
    return found;
  }

  /** Roles the article gives a person anywhere, for a key of `keyOf`. */
  rolesOf(key: string): string[] {
    return [...(this.roles.get(key) ?? [])];
  }

  /** Person mentions by their own key ("roe", "jane roe"), over the whole article. */
  private readonly named = new Map<string, number>();

  /** How often the article names a person, in full or by surname: who an interview is with. */
  timesNamed(key: string): number {
    const surname = key.slice(key.lastIndexOf(' ') + 1);
    return (this.named.get(key) ?? 0) + (surname !== key ? (this.named.get(surname) ?? 0) : 0);
  }

  /** The full name as the article writes it, for a key of `keyOf`; null when the article has none. */
  fullName(key: string): string | null {
    return this.written.get(key) ?? null;
  }

  /**
   * Whether the article shows the name to be a person's: a full personal name, one with a title, or
   * a single word that "he" or "she" follows and that is never a place or a modifier.
   */
  isPerson(key: string): boolean {
    if (this.full.has(key) || this.titled.has(key) || this.asidePersons.has(key)) return true;
    return !key.includes(' ') && this.votes.has(key) && !this.notPersons.has(key) && this.usedAsName(key);
  }

  /** A single word used as a name inside sentences and never as a place or a modifier. */
  mayBePerson(key: string): boolean {
    return !key.includes(' ') && this.usedAsName(key) && !this.notPersons.has(key);
  }

  vote(key: string, gender: Gender, weight = 1): void {
    const v = this.votes.get(key) ?? { male: 0, female: 0 };
    v[gender] += weight;
    this.votes.set(key, v);
  }

  genderOf(key: string): Gender | null {
    const v = this.votes.get(key);
    if (!v || v.male === v.female) return sexOfGivenName(key);
    return v.male > v.female ? 'male' : 'female';
  }

  /** Notes a person named at a place of the article, for later pronouns; `object`: after a preposition. */
  see(key: string, paragraph: number, unit: number, start: number, subject: boolean, object = false): void {
    this.seen.push({ key, paragraph, unit, start, subject, object });
  }

  /**
   * The person a pronoun of `gender` at offset `at` of unit `unit` stands for, or null.
   * Persons of the same unit come first in text order (but for those from `reportFrom` on: they
   * are in what the pronoun reports), then earlier units, each subject first.
   */
  resolve(
    gender: Gender,
    paragraph: number,
    unit: number,
    at: number,
    reportFrom = at,
    namedAfter: ReadonlySet<string> = NONE,
  ): string | null {
    // "He has declared Roe “anointed”": a pronoun never stands for a name later in its own sentence.
    const fits = (key: string) => {
      if (namedAfter.has(key)) return false;
      const g = this.genderOf(key);
      return g === null || g === gender;
    };
    // Within a unit, among persons not known to be of the other sex: the subject, then the first named.
    // (Putting a person known to be of the pronoun's sex first cost 57 quote speakers on PolNeAR train:
    // a sentence's subject of unknown sex is more often the one "he" or "she" stands for.)
    const better = (s: Seen, than: Seen | null): boolean => {
      if (than === null) return true;
      if (s.subject !== than.subject) return s.subject;
      return s.start < than.start;
    };
    const from = Math.max(0, this.seen.length - LOOKBACK);
    // Same unit, before the pronoun, in text order; "In an interview with Roe, he said": the object
    // of a preposition is not the one the pronoun subject stands for.
    let i = this.seen.length - 1;
    while (
      i >= from &&
      (this.seen[i] as Seen).paragraph === paragraph &&
      (this.seen[i] as Seen).unit === unit
    )
      i--;
    let best: Seen | null = null;
    for (let k = i + 1; k < this.seen.length; k++) {
      const s = this.seen[k] as Seen;
      if (s.start < at && s.start < reportFrom && !s.object && fits(s.key) && better(s, best)) best = s;
    }
    if (best) return best.key;
    // Earlier units, the nearest first; within one, its subject, else its first person.
    while (i >= from) {
      const s = this.seen[i] as Seen;
      let j = i;
      let pick: Seen | null = null;
      while (
        j >= from &&
        (this.seen[j] as Seen).paragraph === s.paragraph &&
        (this.seen[j] as Seen).unit === s.unit
      ) {
        const x = this.seen[j] as Seen;
        if (fits(x.key) && better(x, pick)) pick = x;
        j--;
      }
      if (pick) return pick.key;
      i = j;
    }
    return null;
  }
}
