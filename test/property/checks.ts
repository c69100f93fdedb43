/**
 * What every reply and rendering must satisfy whatever the input: Discord's limits, no possible ping,
 * no live user markdown, no control characters on a terminal.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { codePointLength, DISCORD_LIMITS } from '../../src/answer/render/discord.ts';
import { parseCustomId } from '../../src/bot/buttons.ts';
import { editPayload, interactionPayload, messagePayload, type Reply } from '../../src/bot/replies.ts';
import { checkMessageBody } from '../fake-discord/limits.ts';

/**
 * Markdown characters of `text` that are not escaped, as Discord would read them: a backslash escapes
 * the next character; links and custom emoji (`<:name:1>`) are left alone, as Discord does.
 */
export function unescapedMarkdown(text: string): string[] {
  const plain = text.replace(/https?:\/\/\S+|<a?:\w+:\d+>/g, ' ');
  const found: string[] = [];
  for (let i = 0; i < plain.length; i++) {
    const c = plain[i];
    if (c === '\\') {
      i++;
    } else if (c === '*' || c === '_' || c === '`') {
      found.push(c);
    } else if ((c === '~' || c === '|') && plain[i + 1] === c) {
      found.push(`${c}${c}`);
      i++;
    }
  }
  return found;
}

/** Our own "-# …" lines; any other line starting like markdown came from user or article text. */
const OUR_SUBTEXT =
  /^-# (Results from \d+ on|From \d+ on|\d+ more results? in the briefing: press More\.|\d+ more statements?: press More\.|and \d+ more|e\.g\. .*)$/;
const MARKDOWN_LINE_START = /^\s*(>|#{1,3} |-# |[-*+] |\d+\. )/;

/** Fails with `expect`'s message, but only pays for `expect` when the check does not hold. */
export function ensure(ok: boolean, failWith: () => void): void {
  if (!ok) failWith();
}

const PINGS = /@(everyone|here)|<@[!&]?\d+>/i;

/** A reply Discord accepts and that cannot ping, restyle or break out of its structure. */
export function expectSafeReply(reply: Reply): void {
  const { content } = reply;
  ensure(content.trim() !== '', () => expect(content.trim()).not.toBe(''));
  const length = codePointLength(content);
  ensure(length <= DISCORD_LIMITS.messageContent, () =>
    expect(length).toBeLessThanOrEqual(DISCORD_LIMITS.messageContent),
  );
  const problem = checkMessageBody(interactionPayload(reply), true);
  ensure(problem === null, () => expect(problem).toBeNull());
  for (const row of reply.components) {
    for (const component of row.components) {
      if (!('custom_id' in component)) continue;
      const id = component.custom_id;
      ensure(parseCustomId(id) !== null, () => expect(parseCustomId(id)).not.toBeNull());
    }
  }

  // Nothing could ping, even if a payload were ever sent without `allowedMentions`.
  ensure(!PINGS.test(content), () => expect(content).not.toMatch(PINGS));
  const allowed = {
    reply: interactionPayload(reply).allowedMentions,
    edit: editPayload(reply).allowedMentions,
    message: messagePayload(reply).allowedMentions,
  };
  const none = { reply: { parse: [] }, edit: { parse: [] }, message: { parse: [], repliedUser: false } };
  ensure(isDeepStrictEqual(allowed, none), () => expect(allowed).toEqual(none));

  // Every line starts as we wrote it: quotes hold one escaped line, no heading, list or nested quote.
  for (const line of content.split('\n')) {
    if (line.startsWith('>')) {
      // `> ` quotes an excerpt; `>>> ` only the full paragraph, flattened to one line.
      const quote = /^(>>> |> )(.*)$/.exec(line);
      ensure(quote !== null, () => expect(line).toMatch(/^(> |>>> )/));
      const body = quote?.[2] ?? '';
      ensure(!MARKDOWN_LINE_START.test(body), () => expect(body).not.toMatch(MARKDOWN_LINE_START));
      const live = unescapedMarkdown(body);
      ensure(live.length === 0, () => expect({ line, live }).toEqual({ line, live: [] }));
    } else if (line.startsWith('-# ')) {
      ensure(OUR_SUBTEXT.test(line), () => expect(line).toMatch(OUR_SUBTEXT));
    } else {
      ensure(!MARKDOWN_LINE_START.test(line), () => expect(line).not.toMatch(MARKDOWN_LINE_START));
    }
  }
}

/** The question as the reply echoes it, markdown escaped. */
export function expectEscapedEcho(content: string, mode: 'ask' | 'whosaid'): void {
  const first = content.split('\n')[0] ?? '';
  const match =
    mode === 'ask' ? /^\*\*Question:\*\* (.*)$/.exec(first) : /^\*\*Who said\*\* “(.*)”\?$/.exec(first);
  ensure(match !== null, () => expect(match, first).not.toBeNull());
  const live = unescapedMarkdown(match?.[1] ?? '');
  ensure(live.length === 0, () => expect({ echo: match?.[1], live }).toEqual({ echo: match?.[1], live: [] }));
}

const TERMINAL_UNSAFE = /[\p{Cc}\p{Zl}\p{Zp}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Terminal output: nothing that moves the cursor, recolours or reorders, only newlines. */
export function expectTerminalSafe(text: string): void {
  if (!TERMINAL_UNSAFE.test(text.replaceAll('\n', ''))) return;
  const bad = [...text.replaceAll('\n', '')].filter((c) => TERMINAL_UNSAFE.test(c));
  expect(bad.map((c) => `U+${c.codePointAt(0)?.toString(16).padStart(4, '0')}`)).toEqual([]);
}
