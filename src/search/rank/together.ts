/**
 * Whether the briefing holds a question's words together: some passage, with the passages beside it,
 * holds a word of each list. It decides that a description names no one ("Jane Roe's mother") and
 * that a "who is" question is about a byline rather than a passage.
 */

/** What `together` reads of the index. */
export interface TogetherSource {
  /** Passages whose text holds a stem, ascending. */
  holding(stem: string): ArrayLike<number> & Iterable<number>;
  /** Each passage's token ids, in text order. */
  readonly tokens: readonly Int32Array[];
  tokenOf(stem: string): number | undefined;
  /** The passage before or after in the same article, if any. */
  neighbour(id: number, step: -1 | 1): number | undefined;
}

/**
 * Passages holding the rarest list are read one by one up to this many; past it, each list's
 * postings mark the passages they reach instead, so a question of common words costs its postings,
 * not passages × tokens (a few hundred passages read cost about what marking the postings does).
 */
export const TOGETHER_READ_UP_TO = 200;

/** Whether some passage holding a stem of the rarest list has, with its neighbours, a stem of every list. */
export function together(
  lists: readonly (readonly string[])[],
  source: TogetherSource,
  readUpTo = TOGETHER_READ_UP_TO,
): boolean {
  if (lists.length === 0) return false;
  const df = (list: readonly string[]) => Math.max(0, ...list.map((s) => source.holding(s).length));
  const rarest = [...lists].sort((a, b) => df(a) - df(b))[0] as readonly string[];
  if (df(rarest) > readUpTo && lists.length <= MARK_BITS) return byMarks(lists, rarest, source);
  const tokenLists = lists.map((l) =>
    l.flatMap((s) => {
      const id = source.tokenOf(s);
      return id === undefined ? [] : [id];
    }),
  );
  for (const id of holders(rarest, source)) {
    const around = [id, source.neighbour(id, -1), source.neighbour(id, 1)].flatMap((x) =>
      x === undefined ? [] : [source.tokens[x] as Int32Array],
    );
    if (tokenLists.every((l) => l.some((t) => around.some((a) => a.includes(t))))) return true;
  }
  return false;
}

/** Lists one mark word can hold: one bit each. */
const MARK_BITS = 31;

/** `together` by marks: bit i on every passage that holds list i or stands next to one that does. */
function byMarks(
  lists: readonly (readonly string[])[],
  rarest: readonly string[],
  source: TogetherSource,
): boolean {
  const marks = new Int32Array(source.tokens.length);
  lists.forEach((list, i) => {
    const bit = 1 << i;
    for (const stem of list) {
      for (const id of source.holding(stem)) {
        marks[id] = (marks[id] as number) | bit;
        const before = source.neighbour(id, -1);
        if (before !== undefined) marks[before] = (marks[before] as number) | bit;
        const after = source.neighbour(id, 1);
        if (after !== undefined) marks[after] = (marks[after] as number) | bit;
      }
    }
  });
  const all = lists.length === MARK_BITS ? 0x7fffffff : (1 << lists.length) - 1;
  for (const id of holders(rarest, source)) if (marks[id] === all) return true;
  return false;
}

/** Passages holding a stem of the list, each once, ascending. */
function holders(list: readonly string[], source: TogetherSource): number[] {
  const out = new Set<number>();
  for (const stem of list) for (const id of source.holding(stem)) out.add(id);
  return [...out].sort((a, b) => a - b);
}
