/**
 * Reads the dateline that opens a news story ("SEOUL – …", "WASHINGTON, D.C. — …",
 * "The Hague – …", "LONDON, March 3 (Reuters) - …", "LONDON, 3 March 2026 – …") and returns the place in title case.
 * The text after the dash must start a sentence (capital letter, digit or quote), which keeps
 * "Ms. Doe – who…" style asides from being read as places.
 */

const PLACE_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const CONNECTOR = '(?:de|da|del|la|le|du|of|upon|sur|am|on|an|el|al)';
const PLACE = String.raw`${PLACE_WORD}(?:,?\s+(?:${CONNECTOR}\s+)?${PLACE_WORD}){0,3}`;
/** "March 3", "Oct. 28, 2026", or the day first as British and wire copy write it: "20 October 2026". */
const DATE = String.raw`(?:,\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+\p{Lu}\p{Ll}+\.?(?:\s+\d{4})?))?`;
const AGENCY = String.raw`(?:\s*\([^()\n]{1,40}\))?`;
const DASH = String.raw`(?:\s*[–—―]\s*|\s+--?\s+)`;
const DATELINE = new RegExp(String.raw`^(${PLACE})${DATE}${AGENCY}${DASH}(?=[\p{Lu}\p{N}"“‘'])`, 'u');

const LOWER_CONNECTORS = new Set([
  'de',
  'da',
  'del',
  'la',
  'le',
  'du',
  'of',
  'upon',
  'sur',
  'am',
  'on',
  'an',
  'el',
  'al',
]);

/** The length of the dateline that opens a paragraph ("SEOUL – "), or 0 when it does not open with one. */
export function datelineLength(paragraph: string): number {
  return DATELINE.exec(paragraph)?.[0].length ?? 0;
}

/** Returns the dateline place of a paragraph, or null when it does not open with one. */
export function findDateline(paragraph: string): string | null {
  const match = DATELINE.exec(paragraph);
  const place = match?.[1];
  if (!place) return null;
  return titleCasePlace(place);
}

/** "NEW YORK" → "New York", "WASHINGTON, D.C." → "Washington, D.C.", "The Hague" unchanged. */
export function titleCasePlace(place: string): string {
  return place
    .split(/(\s+)/)
    .map((word, index) => {
      if (/^\s+$/.test(word) || word === '') return word;
      const letters = word.replace(/[^\p{L}]/gu, '');
      const allCaps =
        letters !== '' && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
      // Abbreviations (D.C., U.K.) keep their capitals; mixed case was written on purpose.
      if (!allCaps || word.includes('.')) return word;
      const lower = word.toLowerCase();
      if (index > 0 && LOWER_CONNECTORS.has(lower.replace(/,$/, ''))) return lower;
      return lower.replace(
        /(^|[-'’])(\p{L})/gu,
        (_, sep: string, letter: string) => sep + letter.toUpperCase(),
      );
    })
    .join('');
}
