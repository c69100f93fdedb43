/**
 * Filters on `/ask` and `/quotes`: one article, one speaker, and a date range over the articles'
 * front-matter `date`. The engine does not filter, so the bot asks it for a wide pool of results and
 * keeps those that pass, in the engine's order. Articles without a date are kept unless a date is
 * given; then they are left out, and the reply says how many results that cost.
 *
 * @example
 * const filter = readFilter({ article: 'harbour', speaker: null, since: '2024-01-01', until: null }, briefing);
 * const { kept, undatedLeftOut } = applyFilter(answer.results, filter, briefing);
 */
import type { Briefing } from '../answer/briefing.ts';
import { UserError } from '../errors.ts';

/** What the user typed in the filter options (any may be absent). */
export interface FilterInput {
  article: string | null;
  speaker: string | null;
  since: string | null;
  until: string | null;
}

/** A filter read against the briefing: the article id and speaker name it means, and a date range. */
export interface ResultFilter {
  article: string | null;
  speaker: string | null;
  /** `YYYY-MM-DD`, inclusive. */
  since: string | null;
  /** `YYYY-MM-DD`, inclusive. */
  until: string | null;
}

/** How many results the engine is asked for when a filter will drop some. */
export const FILTER_POOL = 200;

/** `2024`, `2024-03` or `2024-03-18` → the first (`since`) or last (`until`) day it covers. */
export function parseDay(text: string, end: boolean): string | null {
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/u.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? (end ? 12 : 1) : Number(match[2]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = match[3] === undefined ? (end ? lastDay : 1) : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > lastDay) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day an article is dated, from its front matter (`2021-03-18`, `2021-03-18T09:00Z`), or `null`. */
export function articleDay(date: string | null): string | null {
  if (date === null) return null;
  const match = /^(\d{4}-\d{1,2}-\d{1,2})/u.exec(date.trim());
  return match?.[1] === undefined ? null : parseDay(match[1], false);
}

/** True when no filter is set. */
export function isEmptyFilter(filter: ResultFilter): boolean {
  return filter.article === null && filter.speaker === null && filter.since === null && filter.until === null;
}

/**
 * Reads the filter options against the briefing: an article by id or title, a speaker by any name the
 * engine knows, dates as `YYYY[-MM[-DD]]`. Throws a `UserError` saying what is wrong otherwise.
 */
export function readFilter(input: FilterInput, briefing: Briefing): ResultFilter {
  let article: string | null = null;
  if (input.article !== null && input.article.trim() !== '') {
    const typed = input.article.trim();
    const lower = typed.toLowerCase();
    const found =
      briefing.article(typed) ??
      briefing.articles.find((a) => a.title.toLowerCase() === lower) ??
      briefing.articles.find((a) => a.title.toLowerCase().includes(lower));
    if (found === undefined) {
      throw new UserError('No article of the briefing has that title: pick one from the list as you type.');
    }
    article = found.id;
  }
  let speaker: string | null = null;
  if (input.speaker !== null && input.speaker.trim() !== '') {
    const found = briefing.findSpeakers(input.speaker.trim(), 1)[0];
    if (found === undefined) {
      throw new UserError(
        'No one of that name speaks in the briefing: pick a speaker from the list as you type.',
      );
    }
    speaker = found.name;
  }
  const day = (text: string | null, end: boolean, name: string): string | null => {
    if (text === null || text.trim() === '') return null;
    const parsed = parseDay(text, end);
    if (parsed === null)
      throw new UserError(`\`${name}\` must be a date such as 2021-03-18 (or 2021-03, or 2021).`);
    return parsed;
  };
  const since = day(input.since, false, 'since');
  const until = day(input.until, true, 'until');
  if (since !== null && until !== null && since > until) {
    throw new UserError('`since` is after `until`: nothing can be in between.');
  }
  return { article, speaker, since, until };
}

/** Keeps the items that pass; counts those dropped only for having no date. */
export function applyFilter<T extends { article: string; speaker: string | null }>(
  items: readonly T[],
  filter: ResultFilter,
  briefing: Pick<Briefing, 'article'>,
): { kept: T[]; undatedLeftOut: number } {
  const kept: T[] = [];
  let undatedLeftOut = 0;
  for (const item of items) {
    const verdict = filterItem(item, filter, briefing);
    if (verdict === 'kept') kept.push(item);
    else if (verdict === 'undated') undatedLeftOut++;
  }
  return { kept, undatedLeftOut };
}

/** Whether one item passes the filter: kept, left out, or left out only for its article having no date. */
function filterItem(
  item: { article: string; speaker: string | null },
  filter: ResultFilter,
  briefing: Pick<Briefing, 'article'>,
): 'kept' | 'out' | 'undated' {
  if (filter.article !== null && item.article !== filter.article) return 'out';
  if (filter.speaker !== null && item.speaker?.toLowerCase() !== filter.speaker.toLowerCase()) return 'out';
  if (filter.since === null && filter.until === null) return 'kept';
  const day = articleDay(briefing.article(item.article)?.date ?? null);
  if (day === null) return 'undated';
  if (filter.since !== null && day < filter.since) return 'out';
  if (filter.until !== null && day > filter.until) return 'out';
  return 'kept';
}

/**
 * A check of many statements against one filter, counting those left out only for having no date.
 * A verdict depends on the article and the speaker alone, so each pair is worked out once (a broad
 * `/quotes` topic checks thousands of statements, each a date read otherwise).
 */
export function statementKeeper(
  filter: ResultFilter,
  briefing: Pick<Briefing, 'article'>,
): { keep: (s: { article: string; speaker: string }) => boolean; undatedLeftOut: () => number } {
  const verdicts = new Map<string, Map<string, ReturnType<typeof filterItem>>>();
  let undated = 0;
  const keep = (s: { article: string; speaker: string }) => {
    let bySpeaker = verdicts.get(s.article);
    if (!bySpeaker) {
      bySpeaker = new Map();
      verdicts.set(s.article, bySpeaker);
    }
    let verdict = bySpeaker.get(s.speaker);
    if (verdict === undefined) {
      verdict = filterItem(s, filter, briefing);
      bySpeaker.set(s.speaker, verdict);
    }
    if (verdict === 'undated') undated++;
    return verdict === 'kept';
  };
  return { keep, undatedLeftOut: () => undated };
}

/** The line under a filtered answer: what it was limited to, and what having no date left out. */
export function filterNote(
  filter: ResultFilter,
  undatedLeftOut: number,
  briefing: Pick<Briefing, 'article'>,
): string {
  const parts: string[] = [];
  if (filter.article !== null)
    parts.push(`article “${briefing.article(filter.article)?.title ?? filter.article}”`);
  if (filter.speaker !== null) parts.push(`speaker ${filter.speaker}`);
  if (filter.since !== null) parts.push(`since ${filter.since}`);
  if (filter.until !== null) parts.push(`until ${filter.until}`);
  const left =
    undatedLeftOut === 0
      ? ''
      : `; ${undatedLeftOut} ${undatedLeftOut === 1 ? 'result' : 'results'} from articles without a date left out`;
  return `Only ${parts.join(', ')}${left}.`;
}
