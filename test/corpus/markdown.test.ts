/**
 * Inline Markdown read as the text it shows (links, pictures, emphasis), on invented text: a
 * paragraph keeps its place, and marks that are no Markdown (a word with underscores, a censored
 * word, a lone star) stay as written.
 */
import { describe, expect, it } from 'vitest';
import { plainInline } from '../../src/corpus/markdown.ts';

describe('plainInline', () => {
  it('GIVEN a link around a name THEN the name stays and the address goes', () => {
    expect(
      plainInline('“We were never shown the figures,” said [Jon Ekdal](https://example.com/ekdal).'),
    ).toBe('“We were never shown the figures,” said Jon Ekdal.');
    expect(plainInline('[the plan](https://example.com/a_(b) "Plan") was cut')).toBe('the plan was cut');
  });

  it('GIVEN a picture THEN its description stands for it, and a picture without one keeps its block', () => {
    expect(plainInline('![A crane at the harbour](https://example.com/crane.jpg)')).toBe(
      'A crane at the harbour',
    );
    expect(plainInline('![](https://example.com/crane.jpg)')).toBe('![](https://example.com/crane.jpg)');
  });

  it('GIVEN strong and plain emphasis THEN the words stay without their marks', () => {
    expect(plainInline('**Critics** say the cost will __double__, and *fast*; _really_.')).toBe(
      'Critics say the cost will double, and fast; really.',
    );
  });

  it('GIVEN escaped marks and reference links (what page converters write) THEN the marks as themselves, the link as its words', () => {
    expect(plainInline('The fee is \\*not\\* final, said [Jane Roe][1].')).toBe(
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
      expect(plainInline(text)).toBe(text);
  });

  it('GIVEN markup tags (an embedded post, a link from a page source) THEN the text they show, without their attributes', () => {
    // An attribute's quoted value ("@harbourfox", a date) would otherwise read as a quotation.
    expect(
      plainInline(
        '<tweet tweet-author="@harbourfox" tweet-date="May 2, 2031">The ferry is late again<tweet/>.',
      ),
    ).toBe('The ferry is late again. — @harbourfox');
    expect(
      plainInline('<post author="carla_v" pic="pic.example/x">Queue at the port, two hours.</post>'),
    ).toBe('Queue at the port, two hours. — carla_v');
    // A post's bare account name is shown as its handle; an author its own credit line names is not
    // repeated.
    expect(plainInline('<tweet author="harbourfox">Late again</tweet>')).toBe('Late again — @harbourfox');
    expect(
      plainInline('<tweet author="@portvelm">Ferry back at 6pm — Port of Velm (@portvelm) May 2</tweet>'),
    ).toBe('Ferry back at 6pm — Port of Velm (@portvelm) May 2');
    // Curly quotes around attribute values, as a word processor writes them.
    expect(
      plainInline('See <a href=”https://example.com/a” target=”_blank”>the “harbour plan” in full</a>.'),
    ).toBe('See the “harbour plan” in full.');
    // Line-breaking tags leave a space; inline ones nothing.
    expect(plainInline('The port<br/>reopened on <b>Monday</b>’s tide.')).toBe(
      'The port reopened on Monday’s tide.',
    );
  });

  it('GIVEN an embed with no text, or a “<” that opens no tag THEN no paragraph disappears and the text stays', () => {
    expect(plainInline('<tweet tweet-id="7781"><tweet/>.')).toBe('.');
    expect(plainInline('<tweet tweet-id="7781"></tweet>')).toBe('<tweet tweet-id="7781"></tweet>');
    for (const text of [
      'Fans wrote <3 on the harbour wall.',
      'Turnout was < 40% in the port and > 60% inland.',
      'The rule is a<b for every a, the clerk wrote.',
    ])
      expect(plainInline(text)).toBe(text);
  });
});
