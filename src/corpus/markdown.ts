/**
 * Inline Markdown read as the text it shows. Articles saved as `.md`, or pasted from a page by a tool
 * that writes Markdown, carry links around names ("said [Jane Roe](https://…)"), pictures and
 * emphasis: shown raw, an excerpt would quote the marks and the address, and the attribution would
 * not see the name a verb reports. A paragraph keeps its place and number; only the marks go.
 * Headings' hashes and list bullets stay: they mark whole lines, and the paragraph kinds read them.
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
/** `\*`, `\_`, `\[` …: a mark written as itself (what page-to-Markdown converters write). */
const ESCAPED = /\\([\\`*_{}[\]()#+.!|-])/gu;
/** `[words][1]`, `[words][]`: a reference link, read as its words. */
const REFERENCE_LINK = /\[([^\]\n]+)\]\[[^\]\n]*\]/gu;
/** `*words*`, `_words_`: emphasis, not inside a word ("snake_case_name", "f***"). */
const EMPHASIS = /(?<![\p{L}\p{N}*_])([*_])(?=[^\s*_])([^\n*_]*?[^\s*_])\1(?![\p{L}\p{N}*_])/gu;

/**
 * The text a block shows once its inline marks are read: links and pictures as their words, emphasis
 * without its stars or underscores, an escaped mark as itself. A block that would be left empty (a picture without a
 * description) is kept as written, so that no paragraph disappears.
 *
 * @example plainMarkdown('said [Jane Roe](https://example.com/roe), **twice**') // 'said Jane Roe, twice'
 */
export function plainMarkdown(block: string): string {
  // Most paragraphs hold none of the marks: one test is cheaper than four replacements.
  if (!/[[*_\\]/u.test(block)) return block;
  // Escaped marks are set aside first (a private-use character each, unless the text uses it), so no
  // rule reads them as marks.
  const escaped: string[] = [];
  const plain = block
    .replace(block.includes('\uE000') ? /$^/u : ESCAPED, (_, mark: string) => {
      escaped.push(mark);
      return '\uE000';
    })
    .replace(IMAGE, '$1')
    .replace(LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(STRONG, '$2')
    .replace(EMPHASIS, '$2')
    .replace(/\uE000/gu, () => escaped.shift() ?? '')
    .trim();
  return plain === '' ? block : plain;
}
