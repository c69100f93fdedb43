import { ArticleFormatError } from './article-format-error.ts';

/** The front-matter keys an article may set; anything else is ignored so that files written for
 * other tools (tags, layout, draft…) still load. */
export const FRONT_MATTER_KEYS = ['title', 'date', 'source', 'author', 'url'] as const;
export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];
export type FrontMatter = Partial<Record<FrontMatterKey, string>>;

export interface SplitFrontMatter {
  meta: FrontMatter;
  /** The text after the closing `---`, unchanged, so paragraph numbers are the same with or
   * without front matter. */
  body: string;
}

const FENCE = /^---[ \t]*$/;
const KEY_VALUE = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/;

/**
 * Separates an optional `---`-fenced block of `key: value` lines from the article text.
 * Only this flat subset of YAML is read: a briefing needs five strings, and a half-understood YAML
 * document would be worse than a clear refusal. Broken front matter throws rather than being read
 * as body text, because the metadata would otherwise be quoted as if it were the article.
 */
export function splitFrontMatter(text: string): SplitFrontMatter {
  const lines = text.split('\n');
  if (lines.length === 0 || !FENCE.test(lines[0] ?? '')) return { meta: {}, body: text };

  // Looking for the closing fence first gives the clearer reason when it is missing altogether.
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) throw new ArticleFormatError('front matter is opened with "---" but never closed');

  const meta: FrontMatter = {};
  for (let i = 1; i < close; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const match = KEY_VALUE.exec(line);
    if (!match) {
      throw new ArticleFormatError(
        `front matter line ${i + 1} is not a "key: value" line: ${JSON.stringify(line.slice(0, 60))}`,
      );
    }
    const key = (match[1] ?? '').toLowerCase();
    const value = unquote((match[2] ?? '').trim());
    if (isFrontMatterKey(key) && value !== '') meta[key] = value;
  }
  return { meta, body: lines.slice(close + 1).join('\n') };
}

function isFrontMatterKey(key: string): key is FrontMatterKey {
  return (FRONT_MATTER_KEYS as readonly string[]).includes(key);
}

function unquote(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first)) {
    return value.slice(1, -1).trim();
  }
  return value;
}
