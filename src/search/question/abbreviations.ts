/**
 * Shorthand readers type for offices and institutions of news ("VP", "GOP", "govt"), by the words
 * an article writes them in. A question's word the briefing lacks is read as those words when the
 * briefing uses them: "How did the VP explain …" over "the vice president said …". A word the
 * briefing itself uses ("GOP" in American politics) keeps its own reading. Left out: shorthand as
 * often something else in a question ("pm" is a time of day, "fm" a radio band); chat shorthand read
 * the same everywhere ("govt", "prez") is `analyze.ts`'s.
 */
const TABLE: Readonly<Record<string, string>> = {
  vp: 'vice president',
  veep: 'vice president',
  potus: 'president',
  flotus: 'first lady',
  scotus: 'supreme court',
  gop: 'republican',
  dems: 'democrats',
  repubs: 'republicans',
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  admin: 'administration',
  dept: 'department',
  natl: 'national',
  intl: 'international',
  ceo: 'chief executive',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
  cto: 'chief technology officer',
  exec: 'executive',
  supt: 'superintendent',
  insp: 'inspector',
  sgt: 'sergeant',
  cllr: 'councillor',
  prof: 'professor',
  uk: 'britain',
  eu: 'european union',
  un: 'united nations',
};

/** The words a shorthand stands for ("vp" → vice, president), or none. */
export function expansionOf(word: string): readonly string[] {
  const words = TABLE[word];
  return words === undefined ? [] : words.split(' ');
}
