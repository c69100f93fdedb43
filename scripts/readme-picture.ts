// Draws the bot's real replies to a few commands as Discord shows them, into docs/replies.png for the README.
/**
 * `npm run readme-picture` opens the briefing in `seeds/`, asks the router for its replies exactly as
 * the slash commands do, renders them as a Discord-like dark chat (HTML in a temporary folder) and
 * screenshots that with headless Chromium. Nothing is written by hand: when rendering or ranking
 * changes, running it again updates the picture. Chromium is needed here only, never by the bot or CI.
 *
 * Flags: `--chromium <path>` (default `/usr/bin/chromium`), `--out <file>` (default `docs/replies.png`).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { type APIActionRowComponent, type APIComponentInMessageActionRow, ButtonStyle } from 'discord.js';
import { openBriefing } from '../src/answer/briefing.ts';
import type { Reply } from '../src/bot/replies.ts';
import { askReply, quotesReply, sourcesReply, whoSaidReply } from '../src/bot/router.ts';
import { createServices } from '../src/bot/services.ts';

const run = promisify(execFile);

/** The picture's width in CSS pixels; its height is measured from the page. */
const WIDTH = 1000;

/** One slash command as the user typed it, and the bot's reply to it. */
interface Exchange {
  command: string;
  reply: Reply;
}

// ---------------------------------------------------------------------------------------------------
// Discord markdown → HTML, for what the bot writes: bold, italics, underline, strikethrough, inline
// code, masked links, `<url>` links, bare URLs, backslash escapes, `> ` and `>>> ` quotes and `-# `
// subtext. The inline rules and their order follow simple-markdown, the parser Discord's client is
// built on, so an escaped `\*` or `1\.` shows as Discord shows it: the character, without the slash.
// ---------------------------------------------------------------------------------------------------

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function link(href: string, inner: string): string {
  return `<a href="${escapeHtml(href)}">${inner}</a>`;
}

interface InlineRule {
  match: RegExp;
  html: (m: RegExpExecArray) => string;
}

/** Tried in order at each position, each anchored there; the first that matches wins. */
const INLINE_RULES: InlineRule[] = [
  { match: /^\\([^0-9A-Za-z\s])/, html: (m) => escapeHtml(m[1] ?? '') },
  { match: /^<(https?:\/\/[^ >]+)>/, html: (m) => link(m[1] ?? '', escapeHtml(m[1] ?? '')) },
  { match: /^(https?:\/\/[^\s<]+[^<.,:;"')\]\s])/, html: (m) => link(m[1] ?? '', escapeHtml(m[1] ?? '')) },
  {
    match: /^\[((?:\\[\s\S]|[^\\\]])*)\]\(\s*<?(https?:\/\/[^\s>)]*)>?\s*\)/,
    html: (m) => link(m[2] ?? '', inline(m[1] ?? '')),
  },
  { match: /^\*\*((?:\\[\s\S]|[^\\])+?)\*\*(?!\*)/, html: (m) => `<strong>${inline(m[1] ?? '')}</strong>` },
  { match: /^__((?:\\[\s\S]|[^\\])+?)__(?!_)/, html: (m) => `<u>${inline(m[1] ?? '')}</u>` },
  {
    match:
      /^\b_((?:__|\\[\s\S]|[^\\_])+?)_\b|^\*(?=\S)((?:\*\*|\\[\s\S]|\s+(?:\\[\s\S]|[^\s*\\]|\*\*)|[^\s*\\])+?)\*(?!\*)/,
    html: (m) => `<em>${inline(m[1] ?? m[2] ?? '')}</em>`,
  },
  { match: /^~~([\s\S]+?)~~(?!_)/, html: (m) => `<s>${inline(m[1] ?? '')}</s>` },
  { match: /^(`+)([\s\S]*?[^`])\1(?!`)/, html: (m) => `<code>${escapeHtml((m[2] ?? '').trim())}</code>` },
  // Plain text: up to the next character that could start a rule.
  {
    match: /^[\s\S]+?(?=[^0-9A-Za-z\s\u00c0-\uffff]|\n\n| {2,}\n|\w+:\S|$)/,
    html: (m) => escapeHtml(m[0]),
  },
];

/** One line (or a quote's lines) of Discord inline markdown as HTML. */
function inline(source: string): string {
  let html = '';
  let rest = source;
  while (rest.length > 0) {
    let matched = false;
    for (const rule of INLINE_RULES) {
      const m = rule.match.exec(rest);
      if (m === null || m[0] === '') continue;
      html += rule.html(m);
      rest = rest.slice(m[0].length);
      matched = true;
      break;
    }
    // The text rule takes at least one character of anything; this only guards against editing it.
    if (!matched) throw new Error(`no markdown rule matches ${JSON.stringify(rest.slice(0, 20))}`);
  }
  return html;
}

/**
 * A whole message: consecutive `> ` lines make one quote, `>>> ` quotes the rest of the message,
 * `-# ` is subtext, and every other line is a line of text (blank ones keep their height).
 */
function discordMarkdownToHtml(content: string): string {
  const blocks: string[] = [];
  let quoted: string[] = [];
  const flush = () => {
    if (quoted.length > 0) blocks.push(`<blockquote>${quoted.join('')}</blockquote>`);
    quoted = [];
  };
  const lines = content.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.startsWith('>>> ')) {
      quoted.push(...[line.slice(4), ...lines.slice(i + 1)].map(textLine));
      break;
    }
    if (line.startsWith('> ') || line === '>') {
      quoted.push(textLine(line.slice(2)));
      continue;
    }
    flush();
    blocks.push(textLine(line));
  }
  flush();
  return blocks.join('');
}

function textLine(line: string): string {
  if (line.startsWith('-# ')) return `<div class="subtext">${inline(line.slice(3))}</div>`;
  return line.trim() === '' ? '<div class="line">&nbsp;</div>' : `<div class="line">${inline(line)}</div>`;
}

// ---------------------------------------------------------------------------------------------------
// The chat around the messages.
// ---------------------------------------------------------------------------------------------------

const BUTTON_CLASS: Partial<Record<ButtonStyle, string>> = {
  [ButtonStyle.Primary]: 'primary',
  [ButtonStyle.Secondary]: 'secondary',
  [ButtonStyle.Success]: 'success',
  [ButtonStyle.Danger]: 'danger',
  [ButtonStyle.Link]: 'secondary',
};

/** The reply's action rows as Discord draws them: buttons only, which is all the bot sends. */
function componentsHtml(rows: Reply['components']): string {
  return rows
    .map((row: APIActionRowComponent<APIComponentInMessageActionRow>) => {
      const buttons = row.components.map((component) => {
        if (!('style' in component) || !('label' in component || 'emoji' in component)) return '';
        const emoji = 'emoji' in component && component.emoji?.name ? component.emoji.name : '';
        const label = 'label' in component && component.label ? component.label : '';
        const cls = BUTTON_CLASS[component.style] ?? 'secondary';
        const parts = [emoji && `<span class="emoji">${escapeHtml(emoji)}</span>`, escapeHtml(label)];
        return `<span class="button ${cls}">${parts.filter(Boolean).join(' ')}</span>`;
      });
      return `<div class="row">${buttons.join('')}</div>`;
    })
    .join('');
}

function exchangeHtml({ command, reply }: Exchange, minute: number): string {
  const name = command.split(' ')[0] ?? command;
  const time = `Today at 9:${String(minute).padStart(2, '0')} AM`;
  const ephemeral = reply.ephemeral
    ? '<div class="ephemeral">👁 Only you can see this · <a>Dismiss message</a></div>'
    : '';
  return `
  <div class="message">
    <div class="used"><span class="spine"></span><span class="mini avatar user">A</span>
      <span class="who">Alex</span> used <span class="command">${escapeHtml(name)}</span></div>
    <div class="avatar bot">📰</div>
    <div class="head"><span class="name">briefing-bot</span><span class="tag">APP</span>
      <span class="time">${time}</span></div>
    <div class="body">${discordMarkdownToHtml(reply.content)}</div>
    ${reply.components.length > 0 ? `<div class="components">${componentsHtml(reply.components)}</div>` : ''}
    ${ephemeral}
  </div>`;
}

/** A Discord dark-theme channel holding the exchanges; the sizes and colours are Discord's. */
function pageHtml(exchanges: Exchange[]): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>briefing-bot replies</title><style>
  * { box-sizing: border-box; }
  html, body { margin: 0; background: #313338; }
  body { width: ${WIDTH}px; padding: 8px 0 16px; color: #dbdee1;
    font: 16px/1.375 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', 'Noto Color Emoji', sans-serif; }
  .channel { display: flex; align-items: center; gap: 8px; padding: 0 16px 12px; margin-bottom: 8px;
    border-bottom: 1px solid #26272b; color: #f2f3f5; font-weight: 600; }
  .channel .hash { color: #80848e; font-size: 24px; font-weight: 400; }
  .message { position: relative; padding: 2px 48px 2px 72px; margin-top: 17px; }
  .used { position: relative; display: flex; align-items: center; gap: 4px; height: 22px;
    margin-bottom: 4px; font-size: 14px; color: #b5bac1; }
  .spine { position: absolute; left: -36px; top: 10px; width: 33px; height: 14px;
    border-left: 2px solid #4e5058; border-top: 2px solid #4e5058; border-top-left-radius: 6px; }
  .who { color: #f2f3f5; font-weight: 500; }
  .command { color: #00a8fc; font-weight: 500; }
  .avatar { position: absolute; left: 16px; top: 28px; width: 40px; height: 40px; border-radius: 50%;
    display: flex; align-items: center; justify-content: center; font-size: 22px; }
  .avatar.bot { background: #5865f2; }
  .avatar.user { background: #23a55a; color: #fff; font-weight: 600; }
  .mini.avatar { position: static; width: 16px; height: 16px; font-size: 10px; margin-right: 2px; }
  .head { display: flex; align-items: baseline; gap: 4px; }
  .name { color: #f2f3f5; font-weight: 500; }
  .tag { background: #5865f2; color: #fff; font-size: 10px; font-weight: 600; line-height: 15px;
    padding: 0 4px; border-radius: 3px; align-self: center; margin-left: 2px; }
  .time { color: #949ba4; font-size: 12px; margin-left: 4px; }
  .body { white-space: pre-wrap; overflow-wrap: anywhere; }
  .body strong { color: #f2f3f5; font-weight: 700; }
  a { color: #00a8fc; text-decoration: none; }
  blockquote { margin: 0; padding: 0 8px 0 12px; border-left: 4px solid #4e5058; border-radius: 4px; }
  code { background: #2b2d31; border: 1px solid #1e1f22; border-radius: 4px; padding: 0 3px;
    font: 14px 'DejaVu Sans Mono', monospace; }
  .subtext { color: #949ba4; font-size: 13px; line-height: 1.3; }
  .components { display: flex; flex-direction: column; gap: 8px; padding-top: 6px; }
  .row { display: flex; gap: 8px; }
  .button { display: inline-flex; align-items: center; gap: 6px; height: 32px; min-width: 60px;
    justify-content: center; padding: 2px 16px; border-radius: 8px; color: #fff; font-size: 14px;
    font-weight: 500; }
  .button .emoji { font-size: 18px; line-height: 1; }
  .primary { background: #5865f2; }
  .secondary { background: #4e5058; }
  .success { background: #248046; }
  .danger { background: #da373c; }
  .ephemeral { color: #949ba4; font-size: 12px; margin-top: 4px; }
</style></head><body>
  <div class="channel"><span class="hash">#</span>briefing</div>
  ${exchanges.map((exchange, i) => exchangeHtml(exchange, 2 + i * 3)).join('\n')}
  <script>document.title = String(Math.ceil(document.body.getBoundingClientRect().bottom));</script>
</body></html>`;
}

// ---------------------------------------------------------------------------------------------------
// Screenshot.
// ---------------------------------------------------------------------------------------------------

/** Headless Chromium kept to itself: its own profile, no network beyond the file, no first-run work. */
function chromiumFlags(profile: string, height: number): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    `--window-size=${WIDTH},${height}`,
  ];
}

/**
 * The page's height, from a first load whose script writes it into the title: the screenshot is
 * then cut exactly at the end of the chat rather than padded or clipped.
 */
async function measureHeight(chromium: string, profile: string, page: string): Promise<number> {
  const { stdout } = await run(
    chromium,
    [...chromiumFlags(profile, 800), '--virtual-time-budget=3000', '--dump-dom', page],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const height = Number(/<title>(\d+)<\/title>/.exec(stdout)?.[1]);
  if (!Number.isFinite(height) || height <= 0) throw new Error('could not measure the page height');
  return height;
}

async function screenshot(chromium: string, html: string, out: string): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'readme-picture-'));
  try {
    const file = join(dir, 'replies.html');
    await writeFile(file, html);
    const page = pathToFileURL(file).href;
    const height = await measureHeight(chromium, join(dir, 'profile-measure'), page);
    await mkdir(dirname(out), { recursive: true });
    await run(chromium, [
      ...chromiumFlags(join(dir, 'profile'), height),
      '--virtual-time-budget=3000',
      `--screenshot=${out}`,
      page,
    ]);
    return height;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      chromium: { type: 'string', default: '/usr/bin/chromium' },
      out: { type: 'string', default: 'docs/replies.png' },
    },
  });
  const briefing = await openBriefing('seeds', { warn: (message) => console.error(message) });
  // No rate limit and no feedback file: nothing is pressed, and the picture must not touch data/.
  const services = createServices({ briefing, rateLimiter: null, recordFeedback: async () => {} });
  const exchanges: Exchange[] = [
    {
      command: '/ask question: What did Blinken say about China?',
      reply: askReply('What did Blinken say about China?', services, false).reply,
    },
    {
      command: '/whosaid phrase: All parties must work together',
      reply: whoSaidReply('All parties must work together', services, false).reply,
    },
    {
      command: '/quotes speaker: Choe Son-hui',
      reply: quotesReply('Choe Son-hui', null, services, false).reply,
    },
    {
      command: '/ask question: What did Vladimir Putin say about Ukraine?',
      reply: askReply('What did Vladimir Putin say about Ukraine?', services, false).reply,
    },
    { command: '/sources', reply: sourcesReply(services) },
  ];
  const out = resolve(values.out);
  const height = await screenshot(values.chromium, pageHtml(exchanges), out);
  const { size } = await stat(out);
  console.error(`wrote ${out} (${WIDTH}×${height}, ${Math.round(size / 1024)} KB)`);
}

await main();
