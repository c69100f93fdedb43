/**
 * Text saved as UTF-8, read back as Latin-1 or Windows-1252 and saved again ("PeÃ±a" for "Peña",
 * "donâ€™t" for "don’t"): a common fault of pages copied between systems. Each such run of two to
 * four characters is the bytes of one UTF-8 character; it is put back where those bytes decode to
 * one character a garbled article could hold (see `PLAUSIBLE`), so names match and quotation marks
 * pair. Text with no such run is returned as it is, at the cost of one search.
 */

/** Windows-1252's characters for bytes 0x80–0x9F (where Latin-1 has control codes), by byte. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The byte a character stands for in a mis-decoded text, or -1 when it stands for none. */
function byteOf(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 0xa0 && code <= 0xff) return code;
  const high = CP1252_HIGH.indexOf(c);
  if (high >= 0) return 0x80 + high;
  return code >= 0x80 && code <= 0x9f ? code : -1;
}

/** Continuation bytes a UTF-8 lead byte announces. */
function continuations(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

/**
 * A lead character followed by one that can stand for a continuation byte (U+0080–U+00BF, or
 * Windows-1252's characters for 0x80–0x9F): most text, accented names included, holds none.
 */
const RUN_START = new RegExp(`[\u00C2-\u00F4][\u0080-\u00BF${CP1252_HIGH}]`, 'u');
/**
 * What a mis-decoded run put back may be: one Latin, Greek or Cyrillic letter or sign (Vietnamese
 * letters included), a mark of punctuation or a space, the euro or trade mark sign, an arrow or a
 * mathematical sign, or an emoji. Correct text can look like a run ("é" then
 * a no-break space and a dash, "É" and a no-break space); what those decode to (CJK, IPA letters) is
 * not what an English article garbled, so they are left as written.
 */
const PLAUSIBLE =
  /^(?:[\u00A0-\u024F\u0370-\u04FF\u1E00-\u1EFF\u2000-\u206F\u20AC\u2122\u2190-\u22FF]|[\u{1F000}-\u{1FAFF}])$/u;
const strict = new TextDecoder('utf-8', { fatal: true });

export function repairMojibake(text: string): string {
  if (!RUN_START.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const lead = text.charCodeAt(i);
    const more = continuations(lead);
    if (more === 0 || i + more >= text.length) continue;
    const bytes = [lead];
    for (let k = 1; k <= more; k++) {
      const b = byteOf(text[i + k] as string);
      if (b < 0x80 || b > 0xbf) break;
      bytes.push(b);
    }
    if (bytes.length !== more + 1) continue;
    let decoded: string;
    try {
      decoded = strict.decode(Uint8Array.from(bytes));
    } catch {
      continue;
    }
    if (!PLAUSIBLE.test(decoded)) continue;
    out += text.slice(from, i) + decoded;
    from = i + more + 1;
    i += more;
  }
  return from === 0 ? text : out + text.slice(from);
}
