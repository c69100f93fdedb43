/**
 * Inline Markdown read as the text it shows (links, pictures, emphasis), on invented text: a
 * paragraph keeps its place, and marks that are no Markdown (a word with underscores, a censored
 * word, a lone star) stay as written.
 */
import { describe, expect, it } from 'vitest';
import { plainMarkdown } from '../../src/corpus/markdown.ts';

describe('plainMarkdown', () => {
  it('GIVEN a link around a name THEN the name stays and the address goes', () => {
    expect(
      plainMarkdown('“We were never shown the figures,” said [Jon Ekdal](https://example.com/ekdal).'),
    ).toBe('“We were never shown the figures,” said Jon Ekdal.');
    expect(plainMarkdown('[the plan](https://example.com/a_(b) "Plan") was cut')).toBe('the plan was cut');
  });

  it('GIVEN a picture THEN its description stands for it, and a picture without one keeps its block', () => {
    expect(plainMarkdown('![A crane at the harbour](https://example.com/crane.jpg)')).toBe(
      'A crane at the harbour',
    );
    expect(plainMarkdown('![](https://example.com/crane.jpg)')).toBe('![](https://example.com/crane.jpg)');
  });

  it('GIVEN strong and plain emphasis THEN the words stay without their marks', () => {
    expect(plainMarkdown('**Critics** say the cost will __double__, and *fast*; _really_.')).toBe(
      'Critics say the cost will double, and fast; really.',
    );
  });

  it('GIVEN escaped marks and reference links (what page converters write) THEN the marks as themselves, the link as its words', () => {
    expect(plainMarkdown('The fee is \\*not\\* final, said [Jane Roe][1].')).toBe(
      'The fee is *not* final, said Jane Roe.',
    );
  });

  it('GIVEN stars and underscores that mark no emphasis THEN the text is unchanged', () => {
    for (const text of [
      'The file was named harbour_plan_final.pdf by the clerk.',
      'He shouted “f*** this” and left.',
      'The crowd chanted “f**k the port” and “s**t happens”.',
      'The score was 2**10 by the end.',
      'Prices rose 5% * 2 in the port * district.',
      'See footnote*.',
    ])
      expect(plainMarkdown(text)).toBe(text);
  });
});
