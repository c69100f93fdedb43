/**
 * Work in steps: a generator that yields between steps, so that a caller which must not hold the
 * event loop (a live reload) can give it back between them, and any other runs it whole.
 */

/** Runs a step generator to its end and returns its result. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * `items` (none of them undefined) sorted as `[...items].sort(compare)` sorts them, in steps of about `perStep` items: runs
 * of that length sorted whole, then merged a run's length at a time. A reload's 30,000 terms sorted
 * at once held its event loop for about 15 ms. The merge is stable, as `Array.prototype.sort` is.
 */
export function* sortedSteps<T>(
  items: Iterable<T>,
  perStep: number,
  compare: (a: T, b: T) => number = byCodeUnits as (a: T, b: T) => number,
): Generator<void, T[]> {
  let from = [...items];
  for (let at = 0; at < from.length; at += perStep) {
    const run = from.slice(at, at + perStep).sort(compare);
    for (let k = 0; k < run.length; k++) from[at + k] = run[k] as T;
    yield;
  }
  let to = new Array<T>(from.length);
  for (let width = perStep; width < from.length; width *= 2) {
    let since = 0;
    for (let lo = 0; lo < from.length; lo += 2 * width) {
      const mid = Math.min(lo + width, from.length);
      const hi = Math.min(lo + 2 * width, from.length);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        // The left run's item first on a tie: stable.
        if (i < mid && (j >= hi || compare(from[i] as T, from[j] as T) <= 0)) to[k] = from[i++] as T;
        else to[k] = from[j++] as T;
        if (++since === perStep) {
          since = 0;
          yield;
        }
      }
    }
    [from, to] = [to, from];
  }
  return from;
}

/** The default order of `Array.prototype.sort` for strings: by UTF-16 code units. */
function byCodeUnits(a: unknown, b: unknown): number {
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
