/**
 * Inline Markdown and markup tags read as the text they show. Articles saved as `.md`, or pasted from
 * a page by a tool that writes Markdown, carry links around names ("said [Jane Roe](https://…)"),
 * pictures and emphasis; articles taken from a page's source or a publisher's export carry its tags
 * (an embedded post as `<tweet author="@x" …>its text</tweet>`, a link as `<a href="…">`). Shown raw,
 * an excerpt would quote the marks and the address, the attribution would not see the name a verb
 * reports, and an attribute's quoted value ("@x", a date) would read as a quotation. A paragraph
 * keeps its place and number; only the marks go. Headings' hashes and list bullets stay: they mark
 * whole lines, and the paragraph kinds read them.
 */

/** `![description](address "title")`: a picture, read as its description. */
const IMAGE = /!\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/gu;
/** `[words](address "title")`: a link, read as its words. */
const LINK = /\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/gu;
/**
 * `**words**`, `__words__`: strong emphasis, its marks touching the words they wrap and standing
 * outside words ("f**king", "2**10", "__init__" are no emphasis).
 */
const STRONG = /(?<![\p{L}\p{N}*_])(\*\*|__)(?=[^\s*_])([^\n]*?[^\s*_])\1(?![\p{L}\p{N}*_])/gu;
/**
 * `<name attribute="value" …>`, `</name>`, `<name/>`: a tag of markup, its attribute values quoted
 * straight, single or curly (a word processor's), or bare. A `<` that opens no such tag ("<3", "a < b")
 * is text.
 */
const TAG =
  /<\/?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[“”][^“”\n]*[“”]|[^\s"'<>=`]+))?)*\s*\/?>/gu;
/** Tags that break a line or a block where they stand: read as a space, not as nothing. */
const BREAKING_TAG = /^<\/?(?:br|p|div|li|tr|td|th|h[1-6]|blockquote|section|article)\b/iu;
/** An attribute naming who wrote an element's text: `author="@x"`, `tweet-author="@x"`, `data-author`. */
const AUTHOR_ATTRIBUTE = /\s[\w:-]*\bauthor\s*=\s*["'“”]?([^"'“”\s>][^"'“”\n>]*?)["'“”]?(?=\s|\/?>)/iu;

/** `\*`, `\_`, `\[` …: a mark written as itself (what page-to-Markdown converters write). */
const ESCAPED = /\\([\\`*_{}[\]()#+.!|-])/gu;
/** `[words][1]`, `[words][]`: a reference link, read as its words. */
const REFERENCE_LINK = /\[([^\]\n]+)\]\[[^\]\n]*\]/gu;
/** `*words*`, `_words_`: emphasis, not inside a word ("snake_case_name", "f***"). */
const EMPHASIS = /(?<![\p{L}\p{N}*_])([*_])(?=[^\s*_])([^\n*_]*?[^\s*_])\1(?![\p{L}\p{N}*_])/gu;

/**
 * The text a block shows once its inline marks are read: links and pictures as their words, emphasis
 * without its stars or underscores, an escaped mark as itself, tags without their marks. An element
 * that names its author in an attribute (an embedded post) is followed by "— author" when its text
 * does not name them, as the post's own credit line would: who wrote it is what the reader asks. A
 * block that would be left empty (a picture without a description) is kept as written, so that no
 * paragraph disappears.
 *
 * @example plainInline('said [Jane Roe](https://example.com/roe), **twice**') // 'said Jane Roe, twice'
 * @example plainInline('<post author="@roe">Vote early!</post>') // 'Vote early! — @roe'
 */
export function plainInline(block: string): string {
  // Most paragraphs hold none of the marks: one test is cheaper than five replacements.
  if (!/[[*_\\<]/u.test(block)) return block;
  const authors: string[] = [];
  let tags = 0;
  // Escaped marks are set aside first (a private-use character each, unless the text uses it), so no
  // rule reads them as marks.
  const escaped: string[] = [];
  const plain = block
    .replace(block.includes('\uE000') ? /$^/u : ESCAPED, (_, mark: string) => {
      escaped.push(mark);
      return '\uE000';
    })
    .replace(block.includes('<') ? TAG : /$^/u, (tag) => {
      tags++;
      const named = AUTHOR_ATTRIBUTE.exec(tag)?.[1]?.trim();
      // A post's bare account name ("author=\"roe_news\"" on a `<tweet>`) is shown as its handle.
      const author = named && /^\w{1,15}$/u.test(named) && /^<[\w:-]*tweet/iu.test(tag) ? `@${named}` : named;
      if (author && !authors.includes(author)) authors.push(author);
      return BREAKING_TAG.test(tag) ? ' ' : '';
    })
    .replace(IMAGE, '$1')
    .replace(LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(STRONG, '$2')
    .replace(EMPHASIS, '$2')
    .replace(/\uE000/gu, () => escaped.shift() ?? '')
    .trim();
  // The full stop a page sets after an embed ("<tweet …>Late again?</tweet>.") doubles the text's own.
  const text = tags > 0 ? plain.replace(/[^\S\n]{2,}/gu, ' ').replace(/([.?!…])\.(?=\s|$)/gu, '$1') : plain;
  const credited = authors.filter((a) => !text.includes(a.replace(/^@/u, '')));
  if (/[\p{L}\p{N}]/u.test(text) && credited.length > 0) return `${text} — ${credited.join(', ')}`;
  return text === '' ? block : text;
}
