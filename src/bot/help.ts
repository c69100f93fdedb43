/**
 * What the bot can do, written once and rendered for Discord (/help, "help" in a DM) and for the
 * offline console, so the two never drift apart.
 */
import { bold, inlineCode, subtext } from 'discord.js';

interface HelpEntry {
  usage: string;
  what: string;
  example: string | null;
}

const ENTRIES: readonly HelpEntry[] = [
  {
    usage: '/ask question private thread',
    what: 'up to 3 excerpts of the briefing that answer a question, each with who said it, where, and the article and paragraph. With `thread: True`, answered in a new thread where follow-ups ("and on Japan?") need no /ask.',
    example: '/ask question: What did Blinken say about China?',
  },
  {
    usage: '/quotes speaker topic',
    what: 'what one person said, quoted or reported, with places and citations.',
    example: '/quotes speaker: Blinken topic: North Korea',
  },
  {
    usage: '/whosaid phrase',
    what: 'who said a phrase, where, and in which article and paragraph, with the full quote.',
    example: '/whosaid phrase: a ploy to buy time',
  },
  { usage: '/sources', what: 'the articles of the briefing: title, date, author, size.', example: null },
  {
    usage: 'Apps → Ask the briefing',
    what: "on any message's menu: asks the briefing that message's text (only you see the answer).",
    example: null,
  },
  {
    usage: 'DM or @mention',
    what: 'send me a question in a direct message, or mention me in a channel with your question. In a DM, a follow-up ("where?", "what else did he say?") is read against my last answer.',
    example: 'Where did the foreign ministers meet?',
  },
];

/**
 * The help message for Discord; `scope` says where answers come from: the server's own briefing
 * (`SEEDS_DIR/<server id>/`) or the shared one.
 */
export function helpForDiscord(scope: 'server' | 'shared' = 'shared'): string {
  const lines = [
    bold(
      'I answer questions about the news briefing with cited excerpts: who said what, where, and in which article.',
    ),
    '',
  ];
  for (const entry of ENTRIES) {
    lines.push(`${inlineCode(entry.usage)}: ${entry.what}`);
    if (entry.example) lines.push(subtext(`e.g. ${entry.example}`));
  }
  lines.push('', `Add ${inlineCode('private: True')} to a command to get an answer only you can see.`);
  lines.push(
    scope === 'server'
      ? `Answers in this server come from its own briefing (${inlineCode('/sources')} lists it).`
      : `Answers here come from the shared briefing (${inlineCode('/sources')} lists it).`,
  );
  return lines.join('\n');
}

/** The help text for the offline console, where each line typed is a question. */
export function helpForTerminal(): string {
  const examples = ENTRIES.flatMap((entry) =>
    entry.example && !entry.example.startsWith('/') ? [entry.example] : [],
  );
  return [
    'Type a question about the briefing and press Enter; each answer quotes the articles, with who said it, where, and the article and paragraph.',
    'Examples:',
    '  What did Blinken say about China?',
    ...examples.map((example) => `  ${example}`),
    'Type "more" for the next results of the last answer, "help" for this text; end with Ctrl-D.',
  ].join('\n');
}

/**
 * The reply to a greeting or thanks on its own ("hi!", "thanks"): friendly, and pointing to what the
 * bot can do, rather than "the briefing does not cover that".
 */
export function greetingReply(thanks: boolean): string {
  const example = inlineCode('What did Blinken say about China?');
  return thanks
    ? `You're welcome! Ask me anything else about the briefing, or try ${inlineCode('/help')}.`
    : `Hello! I answer questions about the news briefing, with quotes and citations: try ${example}, or ${inlineCode('/help')} to see what I can do.`;
}

/** `greetingReply` for the offline console, where "help" is typed without a slash. */
export function greetingForTerminal(thanks: boolean): string {
  return thanks
    ? 'You\'re welcome! Ask anything else about the briefing, or type "help".'
    : 'Hello! I answer questions about the news briefing, with quotes and citations: try "What did Blinken say about China?", or type "help" to see what I can do.';
}

/** The hint for an empty question (a mention with nothing after it). */
export function emptyQuestionHint(): string {
  return `Ask me a question about the briefing, e.g. ${inlineCode('What did Blinken say about China?')}, or say ${inlineCode('help')} to see what I can do.`;
}
