/**
 * Follow-up questions in a conversation with the bot (a thread it opened, or a DM): "he", "she",
 * "they", "that" and elliptic questions ("and on Japan?", "where?", "more") read against the previous
 * answer's speaker and topic, and rewritten into a full question the engine can answer on its own.
 * Plain text work on the bot's side: the engine only ever sees the rewritten question, and the reply
 * shows it ("Reading this as: …") so a wrong reading is visible.
 *
 * @example
 * const previous = conversationAfter('What did Antony Blinken say about China?', 'Antony Blinken');
 * readFollowUp('and on Japan?', previous).question; // 'What did Antony Blinken say about Japan?'
 */

/** What a conversation remembers of its last answer: enough to read the next question against it. */
export interface FollowUpContext {
  /** The question last answered, as it was read (after any rewriting). */
  question: string;
  /** Who the last answer's first excerpt quotes, or `null` when it quotes no one. */
  speaker: string | null;
  /** What the last question was about ("China" in "What did Blinken say about China?"), or `null`. */
  topic: string | null;
  /** The title of the article the last answer cited first, or `null` when it cited none. */
  article: string | null;
}

export interface FollowUpReading {
  /** The question to search for. */
  question: string;
  /** True when `question` is not what was typed, so the reply must say how it was read. */
  rewritten: boolean;
}

/**
 * What a conversation remembers after answering `question`: its topic, and the speaker the answer
 * quoted first, else the one the conversation was already about.
 */
export function conversationAfter(
  question: string,
  speaker: string | null,
  article: string | null = null,
  previous: FollowUpContext | null = null,
): FollowUpContext {
  return {
    question,
    speaker: speaker ?? previous?.speaker ?? null,
    topic: topicOf(question) ?? previous?.topic ?? null,
    article: article ?? previous?.article ?? null,
  };
}

/** "about China?" → "China": the words after the last "about", "on", "regarding" or "concerning". */
export function topicOf(question: string): string | null {
  const match = /\b(?:about|on|regarding|concerning)\s+([^?!.]+?)\s*[?!.]*\s*$/iu.exec(question.trim());
  const topic = match?.[1]?.trim();
  return topic ? topic : null;
}

/** "more", "tell me more", "go on", "anything else?", "what else?" */
const MORE = /^(?:(?:tell me |any |some |show )?more(?: please)?|go on|anything else|what else|and\??)$/iu;
/** A question word on its own: "where?", "and when?", "why so?" */
const BARE_WH = /^(?:and |but |so )?(where|when|why|how|who)(?: so| exactly)?$/iu;
/**
 * "and on Japan?", "what about Japan?", "how about on Japan", "about Japan", "and Japan?"; not "and
 * what did he say about Japan?", which is a question of its own.
 */
const ELLIPTIC_TOPIC =
  /^(?:(?:and|but|what|how|so)\s+)?(?:(?:about|on|regarding|concerning)\s+(?:on\s+)?)(.+)$|^and\s+(?!(?:what|who|whom|where|when|why|how|which|did|does|do|is|was|were|are|has|have|had|can|could|will|would|should)\b)(.+)$/iu;
/** Personal pronouns that stand for a person: subject and object forms. */
const PERSON_PRONOUN = /\b(?:he|she|they|him|her|them)\b/giu;
/** Possessives of a person: "his view". */
const POSSESSIVE_PRONOUN = /\b(?:his|their)\b/giu;
/** "that", "this" or "it" closing a question: "Why did he say that?" */
const TRAILING_DEMONSTRATIVE = /\b(?:that|this|it)$/iu;

/**
 * Reads a message against the conversation's last answer. Without a previous answer, or when the
 * message refers to nothing before it ("What did Fumio Kishida say about China?"), it is the question.
 */
export function readFollowUp(text: string, previous: FollowUpContext | null): FollowUpReading {
  const typed = text.trim().replace(/\s+/gu, ' ');
  const unchanged = { question: typed, rewritten: false };
  if (previous === null || typed === '') return unchanged;
  const bare = typed.replace(/[?!.…\s]+$/u, '').trim();
  const { speaker, topic } = previous;
  const aboutTopic = topic === null ? '' : ` about ${topic}`;

  if (MORE.test(bare)) {
    if (speaker !== null) return rewritten(`What else did ${speaker} say${aboutTopic}?`);
    if (topic !== null) return rewritten(`What else does the briefing say about ${topic}?`);
    return rewritten(previous.question);
  }

  const wh = BARE_WH.exec(bare)?.[1];
  if (wh !== undefined) {
    const word = capitalize(wh.toLowerCase());
    if (word === 'Who') return rewritten(topic === null ? previous.question : `Who spoke about ${topic}?`);
    if (speaker !== null) return rewritten(`${word} did ${speaker} say that${aboutTopic}?`);
    if (topic !== null) return rewritten(`${word} was that said about ${topic}?`);
    return unchanged;
  }

  const elliptic = ELLIPTIC_TOPIC.exec(bare);
  const newTopic = (elliptic?.[1] ?? elliptic?.[2])?.trim();
  if (newTopic) {
    if (speaker !== null) return rewritten(`What did ${speaker} say about ${newTopic}?`);
    return rewritten(`What does the briefing say about ${newTopic}?`);
  }

  let question = typed;
  if (speaker !== null) {
    question = question.replace(PERSON_PRONOUN, speaker).replace(POSSESSIVE_PRONOUN, `${speaker}’s`);
  }
  if (topic !== null && TRAILING_DEMONSTRATIVE.test(bare)) {
    const head = question.replace(/[?!.…\s]+$/u, '');
    question = `${head}${aboutTopic}?`;
  }
  return question === typed ? unchanged : rewritten(question);
}

function rewritten(question: string): FollowUpReading {
  return { question, rewritten: true };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
