/**
 * One instance of each class a question makes anew, kept for as long as the process runs.
 *
 * Why: V8 keeps the hidden class ("map") that a class's instances share only while one of them
 * lives. A question's `TokenBits`, hits and lifts die with its answer; at the next major garbage
 * collection their hidden class is collected too, and every optimised function that checked it (the
 * loops of ranking over candidate passages: `held`, `bitsHeld`, `heldBy` …) is thrown away as
 * depending on a dead object. The questions after each major collection then ran those loops
 * interpreted until they were optimised again: 3 to 10 times slower, the first-sight tail of issue
 * #12. An instance kept here keeps the hidden class, and the optimised code with it.
 *
 * The instance given must hold values of the kinds real ones hold (numbers where numbers go), so
 * that it shares their hidden class rather than one of its own.
 */
const kept: object[] = [];

/** Keeps `instance` alive for the life of the process, for the hidden class of its kind. */
export function keepShape(instance: object): void {
  kept.push(instance);
}

/** The instances kept (one per class): a test checks that each class a question makes has one. */
export function keptShapes(): readonly object[] {
  return kept;
}
