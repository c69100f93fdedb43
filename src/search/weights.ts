/**
 * Every weight and threshold of the ranking, in one place, each with what it rewards and the range
 * it makes sense in. Multipliers apply to a passage's text score (BM25, as minisearch computes it);
 * 1 means "no effect". They were fitted on one half of the visible question sets (split by article)
 * and checked on the other half: `npm run eval` prints both.
 */

/**
 * BM25 parameters, as minisearch's `BM25Params`: k (term saturation), b (length normalisation), d. b
 * is lower than minisearch's 0.7: a passage is a whole paragraph, and a long one is not less likely
 * to answer (0.2–0.4 did best on both halves; 0.7 favoured one-line paragraphs holding a name).
 */
export const BM25 = { k: 1.2, b: 0.3, d: 0.5 };

/** How much a question word weighs in each field of a passage (minisearch `boost`). */
export const FIELD_BOOST = {
  /** The passage's own words. */
  text: 1,
  /** Names, aliases and roles of those who speak in the passage: "What did the spokesman say". */
  speakers: 0.6,
};

/** Paragraphs longer than this (characters) are ranked as runs of sentences of about the target. */
export const PASSAGE_MAX_CHARS = 1500;
export const PASSAGE_TARGET_CHARS = 700;

/**
 * Passages rescored per question: the best by text score (the named speakers' passages join them).
 * Range 50–500: every visible set scores the same from 50 to 500; each candidate costs time (100
 * instead of 200 cut a question's time by a quarter on ~950 articles), so 100 leaves a margin.
 */
export const CANDIDATES = 100;
/**
 * Passages of the speakers a question names added to the candidates beyond the text's best, at most,
 * the best-named speaker's first. "Trump" names nine speakers of the 924 real articles: with up to
 * 100 passages each, 341 candidates to score (the most of 564 questions: 463). At 100, no question of
 * any visible set is answered otherwise, down to 50; the slowest 1% score at most 200 candidates.
 */
export const SPEAKER_CANDIDATES = 100;

/** Of those, the best this many are read again for what the question asks (a phrase, a place, a date). */
export const REFINED = 60;

/** A near spelling of a typed word counts this much of the word itself (0–1). */
export const TYPO_WEIGHT = 0.7;

/**
 * What an everyday word the briefing never uses weighs in a question (an idf, as found words weigh):
 * a passage holds none of it, so its share of the question falls. Range 0.5–3.
 */
export const MISSING_WORD_WEIGHT = 1.5;

/** How the question's words found around a passage weigh in, as a share of their weight inside it. */
export const CONTEXT = {
  /** Words in the paragraph before or after (a quote's speaker named just before it). Range 0–0.5. */
  neighbour: 0.25,
  /** Words anywhere in the passage's article, title included: the article is about the question. */
  article: 0.6,
};

/**
 * The share of the question's weight a passage holds (with its neighbours' at `CONTEXT.neighbour`)
 * multiplies its score as `floor + share`: BM25 rewards a word found often, this one more words found.
 * A large floor (over 2) makes it nearly inert. Range 0–2.
 */
export const COVERAGE = { floor: 2 };

/** Multipliers for a question that names a speaker (not "who said"). */
export const SPEAKER = {
  /**
   * The passage holds a statement by the named speaker. Range 1–4. Refitted by half (2.2 → 1.6) once
   * `quote` rewarded their own words: 1.3–1.6 did best on both halves of the project's and the news set.
   */
  statement: 1.6,
  /**
   * Further, for a question about what they said, when that statement is a quote of their own (see
   * `QUOTE_AFTER.wholeWords`): their words answer it better than a report of them. Range 1–2.
   */
  quote: 1.8,
  /** The passage names the speaker but quotes them saying nothing. */
  mention: 1.3,
  /** The passage's article never names them. Range 0–1. */
  elsewhere: 0.35,
};

/**
 * A direct quote right after a passage reporting the same speaker, for a question about what was
 * said: it ranks at `lift` × that passage's score (just above it), when the passage is among the
 * `best`. `lift` below 1 keeps the report first. A passage that already quotes the speaker in a
 * sentence of their own (`wholeWords` or more) is not a report, and nothing is lifted above it.
 */
export const QUOTE_AFTER = {
  best: 10,
  lift: 1.05,
  /**
   * For "who said", a quote after a passage that quotes no one, sharing no word with the question:
   * it ranks at `unsure` × that passage's score, just below it, so the passage holding what was
   * asked stays first and a quote on something else is never the answer's top.
   */
  unsure: 0.95,
  /** Fewest words of a quote that makes its paragraph a quote rather than a report with quoted words. */
  wholeWords: 8,
};

/**
 * For a question asking when, how many, where or why: the paragraph after one of the `best` that
 * lacks what is asked, holding it, ranks at `share` × that one's score (just below it: the leading
 * paragraph names what is asked about, the next one answers).
 */
export const CONTINUATION = { best: 3, share: 0.95 };

/** A question using a verb of speech, and a passage holding a statement. Range 1–2. */
export const SPEECH = 1.25;

/** How strongly the question's words in the question's order reward a passage. */
export const PHRASE = {
  /** Multiplier per adjacent pair of question words found adjacent in the passage, up to `maxPairs`. */
  pair: 0.15,
  maxPairs: 4,
  /**
   * For a quoted phrase or "who said …": 1 + weight × (share of the phrase found as one run)². Not
   * when the question asks where, when, why or how many: there the phrase names the remark asked
   * about ("Where was she when she clarified her 'not our fight' remark?"), and the passage quoting
   * it is seldom the one that says where or when (its words still count as the question's words).
   */
  quoted: 6,
};

/** Multipliers for what a question asks, when the passage has the kind of thing asked for. */
export const ASKS = {
  /** "Where": a place the question does not already name. */
  where: 1.6,
  /** "When": a date, a weekday, a month, a year or a time span. */
  when: 1.5,
  /** "How many": a number. */
  howMany: 1.4,
  /** "Why": a clause of cause or purpose. */
  why: 1.2,
  /** "Who is X": X introduced (an apposition, a title, "X is a …"). */
  whoIs: 1.8,
  /** "Who is X": the first passage of its article to name X (where news introduces a person). */
  firstMention: 1.5,
  /** "Who said": the passage holds a statement. */
  whoSaid: 1.4,
};

/**
 * Further multipliers when what is asked for stands within `reach` characters of a word of the
 * question's topic: the answer is attached to what it answers ("she settled in Tromsø" for "Where did
 * she settle?"), not anywhere in the paragraph. Fitted by half: `where` and `why` helped one half of
 * one set each and cost nothing elsewhere (1–3 did alike); for when and how-many no value helped, so
 * they have none. `reach` ≈ a clause (30–100 did alike).
 */
export const SLOT = { reach: 60, where: 2, why: 2 };

/** How a passage's sentences are weighed against each other to choose the excerpt. */
export const SENTENCE = {
  /** A word of the named speaker's name or role counts this share of its weight (it says who, not what). */
  speakerWord: 0.3,
  /** Added (as a word's weight) to a sentence holding the named speaker's statement, before `SPEAKER.statement`. */
  statement: 1,
  /** Further multiplier when that statement is a direct quote: their own words answer "what did X say". */
  quote: 1.3,
  /** Share of the previous sentence's words credited to one opening with a pronoun ("She won by a wide margin."). Range 0–1. */
  carry: 0.5,
};

/** How the excerpt is chosen inside a passage. */
export const EXCERPT = {
  /**
   * Longest excerpt, in characters: about 65 words, two or three sentences; two this long fit a
   * Discord message with their linked citations (the renderer pages the rest). 420–450 kept whole
   * two more answers of the news set (one a half), but plain minisearch given the same limit gained
   * more on the project's own set, so the longer limit measured the cut more than the ranking.
   */
  maxChars: 400,
  /** A window shorter than this grows by a neighbouring sentence when one fits. */
  growBelow: 160,
  /** A sentence cut to fit shows 1/`leadShare` of the excerpt before the word it is centred on. */
  leadShare: 4,
};

/** When an answer is refused, or shown only as related. */
export const REFUSAL = {
  /**
   * Share of the question's word weight (idf) the best passage, with its context, must carry for the
   * answer to be stated as one; below it the closest passages are shown as related. Range 0.3–0.8.
   */
  answers: 0.45,
  /** Below this share nothing is related enough to show: the question is refused. Range 0.1–0.4. */
  related: 0.12,
  /** A passage is listed (counted in "N more") when it holds at least this part of the best one's share. */
  moreShare: 0.3,
  /**
   * Share of the question's words that are neither in the briefing nor everyday English (a name typed
   * in lower case, "comey") from which the question is refused as about something else.
   */
  rareShare: 0.25,
  /** Share of the question's words the briefing lacks entirely (everyday words all) above which it is refused. */
  unknownShare: 0.6,
};

/**
 * A speaker asked about by description ("the retired harbour pilot") whom no role names: the person a
 * passage names nearest most of the description's words.
 */
export const DESCRIBED = {
  /** Share of the description's words (not its names) a passage must hold near the person. Range 0.5–1. */
  share: 0.6,
  /** Fewest such words: one ("the senator") fits too many people. */
  minWords: 2,
  /** How far (in words) from the person's family name the description's words may stand: an apposition or a title. */
  reach: 8,
  /**
   * A description word held by more passages than this singles no one out and is not read: it bounds
   * the work per question on a large briefing.
   */
  maxPassages: 300,
  /** The match score the person found gets, as a speaker the matcher named at its least. */
  score: 1,
};

/** Speaker matching (questions and autocomplete). */
export const SPEAKER_MATCH = {
  /** The family name (last word of the canonical name). */
  surname: 2,
  /** Any other word of the name or an alias (a first name, a middle name). */
  otherName: 1,
  /** An organisation or group named word for word. */
  wholeName: 2,
  /** A role: this × share of its words × (words found, up to 3). */
  role: 1,
  /** Least share of a role's words the text must hold. */
  roleShare: 0.6,
  /** A typo of a name word (within `maxTypos`), or the start of one while typing. */
  typo: 0.8,
  prefix: 0.9,
  /** Least score to count as named, and share of the best score a speaker must reach to be kept. */
  minScore: 1,
  keepShare: 0.75,
};

/**
 * Refusal after ranking (`rank/unreported.ts`): the best passage is found, yet does not report what
 * the question asks beyond its words (an outcome, a place).
 */
export const UNREPORTED = {
  /**
   * Passages on each side of the best one read with it: the sentence that answers often leans on the
   * one before ("She won it by 212 votes."). 0 refused an answerable question of the news set (half
   * A); 2 refused the same as 1 on both halves, and reaches further into other events of an article.
   */
  neighbours: 1,
  /**
   * Passages found, best first, of which one (with its neighbours) must report an outcome beside a
   * word of the question for "who won …" to be answered: the best may be a preview of the match.
   * 1–3 refused a question of the news briefing whose answer ranks 4th to 10th; 20 reached an
   * outcome of another event and answered an unanswerable one (half A).
   */
  outcomeRead: 10,
  /** Most words of a place typed in lower case ("san remo"): as many as a capitalised one keeps. */
  placeWords: 4,
  /**
   * Passages back a place named last still sets where a passage happens ("Roe landed in Lyon …", then
   * her quotes two paragraphs on): further back, it is more often where someone grew up or worked
   * before. The news set's one case is 2 back; 2–5 answer the same visible questions.
   */
  sceneReach: 3,
};
