/**
 * Generators of hostile input for the property tests: questions a Discord user could type, and article
 * files an operator could drop into the briefing folder. Sizes scale with `PROPERTY_RUNS`.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

/** Fixed, so a failure in CI replays as is; `PROPERTY_SEED` explores other inputs. */
export const SEED = Number(process.env.PROPERTY_SEED ?? 20_210_318);
/** Questions generated across every question property (default 10,000). */
export const QUESTION_RUNS = Math.max(100, Number(process.env.PROPERTY_RUNS ?? 10_000));
/** Per-test timeout that grows with the number of runs. */
export const TIMEOUT = Math.max(120_000, QUESTION_RUNS * 20);

/** A share of the question budget. */
export function questionRuns(share: number): number {
  return Math.max(1, Math.round(QUESTION_RUNS * share));
}

export const MENTIONS = [
  '@everyone',
  '@here',
  '<@123>',
  '<@!123>',
  '<@&123>',
  '<#123>',
  '<@900>',
  '<@!900>',
  '@ everyone',
  '@@everyone',
  '<:blob:123>',
  '<a:party_parrot:456>',
  '<:',
  '<a:',
  '</ask:1>',
];

export const MARKDOWN = [
  '**',
  '__',
  '*',
  '_',
  '***',
  '****',
  '~~',
  '||',
  '`',
  '``',
  '```',
  '````',
  '```js\nconsole.log(1)\n```',
  '> ',
  '>>> ',
  '# ',
  '## ',
  '-# ',
  '- ',
  '* ',
  '1. ',
  '[click](https://evil.example)',
  '\\',
  '\\*',
  '\\\\',
  '<https://x.example>',
  ':',
  '|',
  '[',
  ']',
  '(',
  ')',
];

const URLS = [
  'https://example.org/a_b_c',
  'http://user@everyone.example/',
  'https://example.org/@here',
  'https://example.org/*x*',
  'javascript:alert(1)',
  'www.example.org',
];

export const UNICODE = [
  '😀',
  '👍🏽',
  '👨‍👩‍👧‍👦',
  '🇰🇷',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'e\u0301',
  'Z\u0335\u0321\u031b',
  '\u0301\u0301\u0301',
  '한국',
  '北朝鮮',
  'مرحبا',
  'שלום',
  '\u202E',
  '\u202D',
  '\u200F',
  '\u200E',
  '\u2066',
  '\u2069',
  '\u061C',
  '\u200B',
  '\u200C',
  '\u200D',
  '\uFEFF',
  '\u2060',
  '\uD800',
  '\uDFFF',
  '\uFFFD',
  '\uFFFF',
  '\u00A0',
  '\u3000',
  '\u2028',
  '\u2029',
];

export const CONTROLS = [
  '\x1b[31m',
  '\x1b]8;;https://evil.example\x07',
  '\r\n',
  '\r',
  '\t',
  '\v',
  '\f',
  '\0',
];

const STOP_WORDS = [
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'what',
  'who',
  'did',
  'does',
  'is',
  'to',
  'in',
  'on',
  'about',
  'was',
  'it',
  'that',
  'this',
  'with',
];

const PUNCTUATION = [...'.,;:!?-—–…()[]{}"\'“”‘’«»/\\|*_~`#>@<&%$^+=¿¡'];

/** Questions the evaluation set asks, and names and topics of the briefing and of the hostile article. */
export const REAL_QUESTIONS: string[] = readFileSync(new URL('../questions.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { q: string }).q);

export const REAL_WORDS = [
  'Blinken',
  'Antony Blinken',
  'Mr. Blinken',
  'China',
  'North Korea',
  'human rights',
  'Seoul',
  'Chung Eui-yong',
  'Choe Son-hui',
  'nuclear disarmament',
  'Quad',
  'Secretary of State',
  'Zhao Lijian',
  'Pyongyang',
  'who said',
  'Eve Mallory',
  'Mallory',
  'harbour',
  'spokeswoman',
];

const controlChar = fc
  .oneof(fc.integer({ min: 0, max: 0x1f }), fc.constant(0x7f), fc.integer({ min: 0x80, max: 0x9f }))
  .map((code) => String.fromCharCode(code));

/** One piece of a hostile question. */
export const token: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...MENTIONS), weight: 3 },
  { arbitrary: fc.constantFrom(...MARKDOWN), weight: 4 },
  { arbitrary: fc.oneof(fc.constantFrom(...URLS), fc.webUrl()), weight: 1 },
  { arbitrary: fc.constantFrom(...UNICODE), weight: 3 },
  { arbitrary: fc.oneof(fc.constantFrom(...CONTROLS), controlChar), weight: 2 },
  { arbitrary: fc.constantFrom(...STOP_WORDS), weight: 2 },
  { arbitrary: fc.constantFrom(...PUNCTUATION), weight: 2 },
  { arbitrary: fc.constantFrom(...REAL_WORDS), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
);

const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '\t', '  ');

function joined(parts: fc.Arbitrary<string[]>): fc.Arbitrary<string> {
  return parts.chain((items) =>
    fc
      .array(separator, { minLength: items.length, maxLength: items.length })
      .map((seps) => items.map((item, i) => `${item}${seps[i] ?? ''}`).join('')),
  );
}

/** Exactly `size` code points, repeating the pieces. */
function filled(pieces: string[], size: number): string {
  const unit = Array.from(pieces.join(' ') || 'x');
  const points: string[] = [];
  while (points.length < size) points.push(...unit);
  return points.slice(0, size).join('');
}

/** A real question with hostile pieces inserted at random places. */
const noisyRealQuestion = fc
  .tuple(fc.constantFrom(...REAL_QUESTIONS), fc.array(fc.tuple(token, fc.nat()), { maxLength: 3 }))
  .map(([question, inserts]) => {
    let text = question;
    for (const [piece, at] of inserts) {
      const cut = at % (text.length + 1);
      text = `${text.slice(0, cut)}${piece}${text.slice(cut)}`;
    }
    return text;
  });

/**
 * A question as a hostile or careless user could send it: mentions, markdown, code fences, every
 * kind of unicode, control characters, 5,000-character floods, only stop words or punctuation, and
 * real questions about the briefing with noise in them.
 */
export const hostileQuestion: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: joined(fc.array(token, { minLength: 1, maxLength: 12 })), weight: 8 },
  { arbitrary: joined(fc.array(fc.constantFrom(...STOP_WORDS), { minLength: 1, maxLength: 8 })), weight: 1 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...PUNCTUATION), minLength: 1, maxLength: 30 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.array(token, { minLength: 1, maxLength: 4 }), fc.constantFrom(4_999, 5_000, 5_001))
      .map(([pieces, size]) => filled(pieces, size)),
    weight: 1,
  },
  { arbitrary: noisyRealQuestion, weight: 3 },
  { arbitrary: fc.constantFrom(...REAL_QUESTIONS), weight: 1 },
  { arbitrary: fc.constantFrom('', ' ', '\n\t ', '\u200B', '?', 'help', '/help!'), weight: 1 },
);

/**
 * An article that carries into the briefing everything a renderer must neutralise: markdown, mentions,
 * a link with `@everyone` in it, terminal escapes, bidirectional overrides, astral characters.
 */
export const HOSTILE_ARTICLE = [
  '---',
  'title: "**Breaking** @everyone <@123> `code` ||spoiler|| __under__ [x](https://evil.example)"',
  'author: <@&456> Mallory',
  'url: https://mallory@everyone.example/path_(a)?q=<@123>#@here',
  '---',
  '# Harbour ~~markup~~ report',
  '',
  'MALMO – “We will *not* @everyone back down,” said Eve Mallory, the harbour spokeswoman of <@&456>, on Monday. She said the \x1b[31mred\x1b[0m flags were a warning.',
  '',
  '> Mallory said the harbour would ```reopen``` on <@!789> Friday, and the \u202Eevil\u202C pilots agreed __quietly__.',
  '',
  '“Ships from North Korea and China are welcome 😀 ||if they pay||,” Ms. Mallory said in Malmo.\u0007 She added that @here `rm -rf` was a joke.\u200F',
  '',
  '- Mallory told reporters: “The harbour is **open**,\r and **safe**.” <#123>',
  '',
  '1. Eve Mallory said “human rights” matter \u0085 to the harbour of Seoul. ```js\ncode\n```',
].join('\n');

// ---------------------------------------------------------------------------------------------
// Article files

const FIRST_NAMES = ['Ana', 'Rui', 'Ilse', 'Marta', 'Jonas', 'Keiko', 'Omar', 'Lena'];
const LAST_NAMES = ['Lima', 'Costa', 'Brandt', 'Sousa', 'Weber', 'Tanaka', 'Haddad', 'Novak'];
const ROLES = ['the chief pilot', 'the mayor', 'a spokeswoman for the port', 'the harbour master'];
const PLACES = ['Lisbon', 'Velmar', 'Porto', 'Hamburg', 'Oslo'];
const WORDS = [
  'storms',
  'ships',
  'the port',
  'radar',
  'the winter',
  'pilots',
  'budget',
  'repairs',
  'fishing boats',
  'the new quay',
];

const name = fc
  .tuple(fc.constantFrom(...FIRST_NAMES), fc.constantFrom(...LAST_NAMES))
  .map((p) => p.join(' '));
const clause = fc
  .tuple(
    fc.constantFrom(...WORDS),
    fc.constantFrom('will', 'must', 'could', 'did not'),
    fc.constantFrom(...WORDS),
  )
  .map(([a, verb, b]) => `${a} ${verb} affect ${b} this year`);

const sentence = fc.oneof(
  fc
    .tuple(clause, name, fc.constantFrom(...ROLES))
    .map(([c, n, r]) => `“${c[0]?.toUpperCase()}${c.slice(1)},” said ${n}, ${r}.`),
  fc.tuple(name, clause).map(([n, c]) => `${n} said that ${c}.`),
  fc.tuple(clause, fc.constantFrom(...PLACES)).map(([c, p]) => `In ${p}, officials agreed that ${c}.`),
  clause.map((c) => `He said ${c}.`),
);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

/** A well-formed article: optional front matter, a title line, an optional byline, a dateline, body. */
export const goodArticle: fc.Arbitrary<string> = fc
  .record({
    frontMatter: fc.boolean(),
    title: fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 5 }).map((w) => w.join(' and ')),
    author: name,
    date: fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
    place: fc.constantFrom(...PLACES),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 5 }),
  })
  .map(({ frontMatter, title, author, date, place, paragraphs }) => {
    const head = frontMatter
      ? `---\ntitle: ${title}\ndate: ${date.toISOString().slice(0, 10)}\nauthor: ${author}\n---\n`
      : `${title}\n\nBy ${author}\n\n`;
    const [first = '', ...rest] = paragraphs;
    return `${head}${place.toUpperCase()} – ${first}\n\n${rest.join('\n\n')}\n`;
  });

/** Bytes that no loader can take for an article: each must be skipped with a warning. */
export const badFile: fc.Arbitrary<{ kind: string; bytes: Uint8Array }> = fc.oneof(
  fc.constant({ kind: 'empty', bytes: new Uint8Array() }),
  fc
    .string({ unit: fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00A0', '\u3000'), maxLength: 40 })
    .map((s) => ({ kind: 'whitespace', bytes: Buffer.from(s, 'utf8') })),
  fc
    .tuple(goodArticle, fc.nat())
    .map(([text, at]) => ({ kind: 'nul', bytes: insertBytes(Buffer.from(text, 'utf8'), at, [0]) })),
  fc
    .tuple(
      goodArticle,
      fc.nat(),
      fc.constantFrom([0xff], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88]),
    )
    .map(([text, at, bad]) => ({
      kind: 'invalid-utf8',
      bytes: insertBytes(Buffer.from(text, 'utf8'), at, bad),
    })),
  goodArticle.map((text) => ({
    kind: 'unclosed-front-matter',
    bytes: Buffer.from(`---\ntitle: Open\n${text.replace(/^---[\s\S]*?---\n/, '')}`, 'utf8'),
  })),
  fc
    .tuple(goodArticle, fc.constantFrom('not a key value', '  : nothing', '- list item', '"quoted": yes'))
    .map(([text, line]) => ({
      kind: 'broken-front-matter',
      bytes: Buffer.from(
        `---\ntitle: Broken\n${line}\n---\n${text.replace(/^---[\s\S]*?---\n/, '')}`,
        'utf8',
      ),
    })),
  fc
    .constantFrom('Just a title', '# Heading only', 'By Ana Lima', '---\ntitle: x\n---\n', '---\n---\n\n  \n')
    .map((text) => ({ kind: 'no-body', bytes: Buffer.from(text, 'utf8') })),
);

/** Files that may or may not load: either way the loader must not throw and must account for them. */
export const oddFile: fc.Arbitrary<{ kind: string; bytes: Uint8Array }> = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }).map((bytes) => ({ kind: 'random-bytes', bytes })),
  fc
    .string({ unit: 'binary', maxLength: 500 })
    .map((s) => ({ kind: 'random-text', bytes: Buffer.from(s, 'utf8') })),
  goodArticle.map((text) => ({
    kind: 'crlf-bom',
    bytes: Buffer.from(`\uFEFF${text.replace(/\n/g, '\r\n')}`, 'utf8'),
  })),
  goodArticle.map((text) => ({ kind: 'cr-only', bytes: Buffer.from(text.replace(/\n/g, '\r'), 'utf8') })),
  fc.tuple(goodArticle, fc.nat()).map(([text, at]) => {
    const bytes = Buffer.from(text, 'utf8');
    return { kind: 'truncated', bytes: bytes.subarray(0, at % (bytes.length + 1)) };
  }),
  fc
    .tuple(
      goodArticle,
      fc.array(fc.tuple(fc.constantFrom('“', '”', '"', '‘', '’', "'", '«'), fc.nat()), {
        minLength: 1,
        maxLength: 6,
      }),
    )
    .map(([text, quotes]) => ({
      kind: 'unbalanced-quotes',
      bytes: Buffer.from(
        quotes.reduce(
          (t, [q, at]) => {
            const cut = at % (t.length + 1);
            return `${t.slice(0, cut)}${q}${t.slice(cut)}`;
          },
          text.replace(/”/g, ''),
        ),
        'utf8',
      ),
    })),
  fc
    .tuple(goodArticle, fc.array(fc.tuple(token, fc.nat()), { minLength: 1, maxLength: 8 }))
    .map(([text, inserts]) => ({
      kind: 'hostile-tokens',
      bytes: Buffer.from(
        inserts.reduce((t, [piece, at]) => {
          const cut = at % (t.length + 1);
          return `${t.slice(0, cut)}${piece}${t.slice(cut)}`;
        }, text),
        'utf8',
      ),
    })),
  fc.nat().map((seed) => ({
    kind: 'long-line',
    bytes: Buffer.from(`Long line\n\n${hugeLine(20_000, seed)}`, 'utf8'),
  })),
  fc
    .constantFrom(
      '---',
      '---\n',
      '\uFEFF',
      '\uFEFF---\ntitle: x\n---\nBody text here.',
      '“',
      '"""""',
      '” said.',
    )
    .map((text) => ({ kind: 'tiny', bytes: Buffer.from(text, 'utf8') })),
);

function insertBytes(bytes: Buffer, at: number, inserted: readonly number[]): Uint8Array {
  const cut = at % (bytes.length + 1);
  return Buffer.concat([bytes.subarray(0, cut), Buffer.from(inserted), bytes.subarray(cut)]);
}

/** A paragraph of about 200 KB on a single line: prose with quotes, attributions and names. */
export function hugeLine(size: number, seed: number): string {
  const pieces = [
    'Antony Blinken said the talks went well.',
    '“We will act,” Mr. Chung said in Seoul.',
    'He said more.',
    'The harbour stayed open.',
    '“Unbalanced, said Moon Jae-in.',
    'It was "odd", she said.',
  ];
  const parts: string[] = [];
  let length = 0;
  let i = seed;
  while (length < size) {
    const piece = pieces[i % pieces.length] ?? '';
    parts.push(piece);
    length += piece.length + 1;
    i = (i * 31 + 7) % 1_000_003;
  }
  return parts.join(' ').slice(0, size);
}
