import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/index.ts';
import { repairMojibake } from '../../src/corpus/mojibake.ts';

describe('text mis-decoded on the way', () => {
  it('puts back UTF-8 characters read as Latin-1 or Windows-1252', () => {
    expect(repairMojibake('Mayor JosÃ© MuÃ±oz said')).toBe('Mayor José Muñoz said');
    expect(repairMojibake('It costs Â£5, she didnâ€™t say â€œwhyâ€\u009D.')).toBe(
      'It costs £5, she didn’t say “why”.',
    );
    expect(repairMojibake('Nguyá»…n, Î‘Î¸Î®Î½Î± and âˆ’5')).toBe('Nguyễn, Αθήνα and −5');
  });

  it('leaves text that only looks alike: accented words, a lone Ã, a capital after it', () => {
    for (const text of [
      'São Paulo and the café',
      'SÃO PAULO',
      'A grade: Ã',
      'naïve résumé',
      'Beyoncé\u00a0– the singer',
      'José — who spoke',
      'CAFÉ\u00a0SOCIETY',
      'BEYONCÉ’S TOUR',
      '“OLÉ”',
      'ANDRÉ—the mayor',
    ])
      expect(repairMojibake(text)).toBe(text);
  });

  it('reads a name written with combining accents and mis-decoded as the name', () => {
    // "Ã" saved as A and a combining tilde, then "±": "Ñ" twice removed from how it was written.
    const article = parseArticle(
      ['Talks end', 'Mayor Ana Pe\u0041\u0303\u00b1a spoke first.'].join('\n\n'),
      'talks',
      'talks.txt',
    );
    expect(article.paragraphs.at(-1)?.text).toBe('Mayor Ana Peña spoke first.');
  });
});
