/**
 * Word forms numbered by a build, looked up by their place in a text (a span `WordSpans` found)
 * rather than by a string: the string of a form is made once, when first met, not at each of its
 * occurrences (924 real articles: 680,000 passage words, 32,000 forms, each word read again in
 * its sentence and statements), and no string is hashed or compared as a map would.
 */
import { formUnit } from './word-spans.ts';

/** Most forms per slot before the table doubles: under half full, a lookup seldom probes twice. */
const MAX_LOAD = 0.5;

export class FormTable {
  /** Each form, by number. */
  readonly forms: string[] = [];
  private hashes = new Int32Array(1024);
  /** Per slot, 1 + the number of the form there (0: empty), found from the form's hash. */
  private slots = new Int32Array(2048);
  /** The hash of the span last looked up: a form first met is added with it. */
  private lastHash = 0;

  /**
   * The number of the form written at `start` … `end` of `text`, or -1 for a form not yet met:
   * `hash`, the form's (`formHash`); `plain`, whether the span is written as the form is.
   */
  find(text: string, start: number, end: number, hash: number, plain: boolean): number {
    this.lastHash = hash;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = (this.slots[slot] as number) - 1;
      if (id < 0) return -1;
      if (this.hashes[id] !== hash) continue;
      const form = this.forms[id] as string;
      if (
        plain ? form.length === end - start && text.startsWith(form, start) : sameForm(form, text, start, end)
      )
        return id;
    }
  }

  /** Numbers the form just looked up (`find` gave -1); `form` is its string (`formOf`). */
  add(form: string): number {
    const id = this.forms.length;
    this.forms.push(form);
    if (id === this.hashes.length) {
      const hashes = new Int32Array(2 * id);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = this.lastHash;
    if (this.forms.length > MAX_LOAD * this.slots.length) this.rehash();
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let slot = (this.hashes[id] as number) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(2 * this.slots.length);
    for (let id = 0; id < this.forms.length; id++) this.place(id);
  }
}

/** Whether a span of `text` writes `form`, unit for unit as `formUnit` reads it. */
function sameForm(form: string, text: string, start: number, end: number): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const unit = formUnit(text, i);
    if (unit < 0) continue;
    if (k >= form.length || form.charCodeAt(k) !== unit) return false;
    k++;
  }
  return k === form.length;
}
