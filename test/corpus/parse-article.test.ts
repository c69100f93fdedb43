import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleFormatError, paragraphTexts, parseArticle } from '../../src/corpus/index.ts';
import { MAX_PARAGRAPH } from '../../src/corpus/parse-article.ts';

const parse = (text: string, id = 'story') => parseArticle(text, id, `${id}.txt`);
const kinds = (text: string) => parse(text).paragraphs.map((p) => p.kind);

describe('parseArticle: text normalisation', () => {
  it('GIVEN a file with CRLF and a BOM THEN paragraphs are split on LF and carry neither', () => {
    const article = parse(
      '\uFEFFHarbour reopens\r\n\r\nThe port of Velmar reopened on Monday after\r\na week of repairs.\r\n',
    );
    expect(article.title).toBe('Harbour reopens');
    expect(article.paragraphs).toEqual([
      { n: 1, text: 'Harbour reopens', kind: 'title' },
      { n: 2, text: 'The port of Velmar reopened on Monday after\na week of repairs.', kind: 'body' },
    ]);
  });

  it('GIVEN lone CR line ends THEN they are read as line ends', () => {
    expect(parse('Harbour reopens\r\rShips queued.').paragraphs.map((p) => p.text)).toEqual([
      'Harbour reopens',
      'Ships queued.',
    ]);
  });

  it('GIVEN blocks separated by whitespace-only lines THEN each block is trimmed but keeps inner lines', () => {
    const article = parse('  First line of the story\n   second line.  \n \t \nAnother paragraph here.');
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'First line of the story\n   second line.',
      'Another paragraph here.',
    ]);
  });

  it('GIVEN a text THEN hash is the sha256 of its UTF-8 bytes', () => {
    const text = '\uFEFFBody text with “quotes”.\r\n';
    expect(parse(text).hash).toBe(createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
  });
});

describe('parseArticle: paragraphs separated by single line breaks', () => {
  it('GIVEN a block whose lines all end like sentences THEN each line is a paragraph', () => {
    const article = parse(
      'Harbour reopens\nThe port of Velmar reopened on Monday.\n“Ships are queuing,” the harbour master said.\nTrade is expected to recover by the spring, the port said. [Valley Herald]',
    );
    expect(article.paragraphs.map((p) => [p.n, p.kind, p.text])).toEqual([
      [1, 'title', 'Harbour reopens'],
      [2, 'body', 'The port of Velmar reopened on Monday.'],
      [3, 'body', '“Ships are queuing,” the harbour master said.'],
      [4, 'body', 'Trade is expected to recover by the spring, the port said. [Valley Herald]'],
    ]);
  });

  it('GIVEN hard-wrapped text whose lines stop mid-sentence THEN the lines stay one paragraph', () => {
    const wrapped =
      'The port of Velmar reopened on Monday after a week\nof repairs to the outer wall, and the first\nships entered at noon.';
    expect(parse(`Harbour reopens\n\n${wrapped}`).paragraphs[1]?.text).toBe(wrapped);
  });

  it('GIVEN a page pasted whole, its long lines ending like sentences among many short ones THEN each line is a paragraph', () => {
    // Headline, standfirst, byline, a date and share buttons end like no sentence; they are short,
    // and the long lines, every one a paragraph ending in a full stop or a quotation mark, decide.
    const page = [
      'Ferry service to the islands cut for the winter',
      'Night crossings end in November',
      'By Ines Marlow, Island Post',
      'Updated 6:10 PM, Nov. 2',
      'Share',
      'Email',
      'The ferry company will stop its night crossings to the outer islands from November, it said on Monday.',
      '“Nurses who work night shifts will have no way home,” said Ola Brenne, who runs the island clinic.',
      'The company said the crossings carried fewer than ten passengers a night over the summer.',
      'Advertisement',
    ];
    const article = parse(page.join('\n'));
    expect(article.paragraphs.map((p) => p.text)).toEqual(page);
    expect(article.paragraphs.find((p) => p.text.startsWith('“Nurses'))?.n).toBe(8);
  });

  it('GIVEN hard-wrapped text with a short line among its long ones THEN the lines stay one paragraph', () => {
    const wrapped =
      'The port of Velmar reopened on Monday after a week of repairs to\nthe outer wall, and the first ships entered at noon, the harbour\nmaster said.';
    expect(parse(`Harbour reopens\n\n${wrapped}`).paragraphs[1]?.text).toBe(wrapped);
  });

  it('GIVEN a header pasted one item a line (headline, "By" byline, date) THEN each line is a paragraph: title, byline, body', () => {
    const article = parse(
      [
        'Storm closes the harbour for a week as repairs to the outer wall begin',
        'By Jane Roe and Ian Moss',
        'Published March 3, 2031',
        '',
        'VELMAR (Reuters) - The port closed on Monday.',
        'Ships queued outside the wall.',
      ].join('\n'),
    );
    expect(article.title).toBe('Storm closes the harbour for a week as repairs to the outer wall begin');
    expect(article.paragraphs.slice(0, 2).map((p) => p.kind)).toEqual(['title', 'byline']);
    expect(article.author).toMatch(/Jane Roe/u);
    expect(article.paragraphs.map((p) => p.text)).toContain('VELMAR (Reuters) - The port closed on Monday.');
  });

  it('GIVEN hard-wrapped prose with a line that opens with "By" THEN the lines stay one paragraph', () => {
    // A line opening with "By" and a weekday, or too long for a byline, is wrapped prose.
    const short =
      'The port of Velmar stayed shut on Monday while the wall was rebuilt, and\nBy Friday the boats were let\nback in one at a time, the harbour master said';
    expect(parse(`Harbour reopens\n\n${short}`).paragraphs[1]?.text).toBe(short);
    const wrapped =
      'The port of Velmar stayed shut on Monday while the wall was rebuilt.\nBy the evening of Tuesday the first ships were let in one at a time,\nthe harbour master said';
    expect(parse(`Harbour reopens\n\n${wrapped}`).paragraphs[1]?.text).toBe(wrapped);
  });

  it('GIVEN a byline line then a date line in one block THEN each is a paragraph: byline, date', () => {
    const article = parse(
      'Ferries return to Velmar\n\nBy Ilse Brandt\nApril 2, 2031\n\nVELMAR — The ferries returned on Monday.',
    );
    expect(article.paragraphs.slice(1, 3).map((p) => [p.kind, p.text])).toEqual([
      ['byline', 'By Ilse Brandt'],
      ['heading', 'April 2, 2031'],
    ]);
    expect([article.author, article.date, article.dateline]).toEqual(['Ilse Brandt', '2031-04-02', 'Velmar']);
  });

  it('GIVEN a Markdown byline line then a date line in emphasis in one block THEN each is a paragraph', () => {
    const article = parse(
      '# Ferries return\n\n**By Ilse Brandt**\n*12 January 2031*\n\nThe ferries returned on Monday.',
    );
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['title', 'byline', 'heading', 'body']);
    expect([article.author, article.date]).toEqual(['Ilse Brandt', '2031-01-12']);
  });

  it('GIVEN a headline, a byline without "By" and a date glued to the story by single line breaks THEN the header lines are paragraphs of their own', () => {
    const article = parse(
      [
        'Ferries to stop at night from November',
        'Ilse Brandt Transport correspondent',
        'Wed 4 Jun 2031 09.30 BST',
        'The ferry company will stop its night crossings to the outer islands from November, it said.',
        '',
        '“We have no way home,” said Ola Brenne, a nurse.',
      ].join('\n'),
    );
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['title', 'byline', 'heading', 'body', 'body']);
    expect([article.title, article.author, article.date]).toEqual([
      'Ferries to stop at night from November',
      'Ilse Brandt',
      '2031-06-04',
    ]);
  });

  it('GIVEN a story paragraph glued to the page furniture under it THEN the furniture lines are paragraphs of their own', () => {
    const article = parse(
      'Ferries return\n\nThe ferries returned to Velmar on Monday, the company said.\nMost read\nHarbour wall to be rebuilt',
    );
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'Ferries return',
      'The ferries returned to Velmar on Monday, the company said.',
      'Most read',
      'Harbour wall to be rebuilt',
    ]);
  });

  it('GIVEN hard-wrapped prose whose last line is a furniture word with a full stop THEN the lines stay one paragraph', () => {
    const wrapped = 'The mayor declined to comment on the widely shared\nphoto.';
    expect(parse(`Ferries return\n\n${wrapped}\n\nMore text.`).paragraphs[1]?.text).toBe(wrapped);
  });

  it('GIVEN hard-wrapped prose with a date inside a line THEN the lines stay one paragraph', () => {
    const wrapped =
      'The ferries returned to Velmar on Monday after the strike\nended April 2, 2031 with a new contract for crews,\nthe company said';
    expect(parse(`Ferries return\n\n${wrapped}`).paragraphs[1]?.text).toBe(wrapped);
  });

  it('GIVEN two lines of which only one ends like a sentence THEN they stay one paragraph', () => {
    expect(parse('Harbour reopens\n\nShips queued outside\nthe port.').paragraphs).toHaveLength(2);
  });

  it('GIVEN any text THEN paragraphTexts numbers paragraphs exactly as parseArticle does', () => {
    const text =
      '---\ntitle: T\n---\nHarbour reopens\nShips queued.\nTrade resumed.\n\nA wrapped line\nthat goes on.';
    expect(paragraphTexts(text)).toEqual(parse(text).paragraphs.map((p) => p.text));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Ships queued.', 'a line', '', ' ', '“Go.”', 'Title'), { maxLength: 12 }),
        (lines) => {
          const body = `Harbour reopens\n\nThe port reopened on Monday, officials said.\n${lines.join('\n')}`;
          expect(paragraphTexts(body)).toEqual(parse(body).paragraphs.map((p) => p.text));
        },
      ),
    );
  });
});

describe('parseArticle: front matter', () => {
  it('GIVEN front matter with plain and quoted values THEN metadata comes from it and unknown keys are ignored', () => {
    const article = parse(
      [
        '---',
        'title: "Floods: what we know"',
        "author: 'Marta Okonkwo'",
        'date: 2022-07-01',
        'source: Valley Herald',
        'url: https://example.org/floods',
        'tags: weather, rivers',
        '---',
        'Rivers rose across the valley on Friday.',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      title: 'Floods: what we know',
      author: 'Marta Okonkwo',
      date: '2022-07-01',
      source: 'Valley Herald',
      url: 'https://example.org/floods',
    });
    expect(article.paragraphs).toEqual([
      { n: 1, text: 'Rivers rose across the valley on Friday.', kind: 'body' },
    ]);
  });

  it('GIVEN no front matter THEN metadata without a source in the text is null', () => {
    const article = parse('Rivers rose across the valley on Friday.');
    expect(article).toMatchObject({ date: null, source: null, author: null, url: null, dateline: null });
  });

  it('GIVEN front matter that is never closed THEN parsing fails with the reason', () => {
    expect(() => parse('---\ntitle: Floods\nRivers rose.')).toThrow(ArticleFormatError);
    expect(() => parse('---\ntitle: Floods\nRivers rose.')).toThrow(/never closed/);
  });

  it('GIVEN a front matter line that is not key: value THEN parsing fails naming the line', () => {
    expect(() => parse('---\ntitle: Floods\njust words\n---\nRivers rose.')).toThrow(
      /line 3 is not a "key: value"/,
    );
  });

  it('GIVEN a front matter title and a title line THEN the title line is still kind title', () => {
    const article = parse(
      '---\ntitle: Floods in the valley\n---\nRivers rise in valley towns\n\nRivers rose on Friday.',
    );
    expect(article.title).toBe('Floods in the valley');
    expect(article.paragraphs[0]).toEqual({ n: 1, text: 'Rivers rise in valley towns', kind: 'title' });
  });

  it('GIVEN the same body with and without front matter THEN paragraph numbers and texts are equal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z][a-z ,]{0,40}\.$/), { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom('\n\n', '\n \n', '\n\n\n', '\n\t\n'), { minLength: 8, maxLength: 8 }),
        (blocks, gaps) => {
          const body = blocks.map((block, i) => block + (gaps[i] ?? '\n\n')).join('');
          const bare = parse(body).paragraphs;
          const fronted = parse(`---\ntitle: Any\n---\n${body}`).paragraphs;
          expect(fronted).toEqual(bare);
          expect(bare.map((p) => p.n)).toEqual(blocks.map((_, i) => i + 1));
        },
      ),
    );
  });
});

describe('parseArticle: titles and headings', () => {
  it('GIVEN a short first line without final punctuation THEN it is the title', () => {
    expect(parse('Drought deepens in the south\n\nWells ran dry.').title).toBe(
      'Drought deepens in the south',
    );
  });

  it.each([
    ['ends with a period', 'Wells ran dry across the south.', 'Wells ran dry across the south.'],
    ['ends with a question mark', 'Will the wells run dry?', 'Will the wells run dry?'],
    ['ends with a semicolon before a subtitle', 'Wells run dry;', 'Wells run dry'],
  ])('GIVEN a first line that reads as a headline but %s THEN it is the title', (_, first, title) => {
    const article = parse(`${first}\n\nThe wells of the south ran dry on Monday, and the council met.`);
    expect(article.paragraphs[0]?.kind).toBe('title');
    expect(article.title).toBe(title);
  });

  it('GIVEN a short first line with a period and nothing but metadata after it THEN it is the body', () => {
    const article = parse('Wells ran dry.\n\nTomas Reyes contributed reporting.');
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['body', 'credit']);
  });

  it.each([
    ['has quote marks', '“We are out of water” says mayor'],
    [
      'is longer than twenty words',
      'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one.',
    ],
    ['spans two lines', 'Drought deepens\nin the south'],
  ])('GIVEN a first block that %s THEN it is body and the title comes from the file name', (_, first) => {
    const article = parseArticle(
      `${first}\n\nWells ran dry.`,
      'south_drought-report',
      'south_drought-report.md',
    );
    expect(article.paragraphs[0]?.kind).toBe('body');
    expect(article.title).toBe('south drought report');
  });

  it('GIVEN a markdown title line THEN the title drops the hashes and the paragraph text keeps them', () => {
    const article = parse('# Drought deepens\n\nWells ran dry.');
    expect(article.title).toBe('Drought deepens');
    expect(article.paragraphs[0]).toEqual({ n: 1, text: '# Drought deepens', kind: 'title' });
  });

  it('GIVEN a later short line without final punctuation THEN it is a heading', () => {
    expect(kinds('Drought deepens\n\nWells ran dry.\n\nFarmers ask for help\n\nThe council met.')).toEqual([
      'title',
      'body',
      'heading',
      'body',
    ]);
  });
});

describe('parseArticle: bylines, credits and sources', () => {
  it.each([
    ['By Ilse Brandt', 'Ilse Brandt'],
    ['By Ilse Brandt and Tomas Reyes', 'Ilse Brandt and Tomas Reyes'],
    ['By Ilse Brandt, Tomas Reyes and Ana de la Cruz', 'Ilse Brandt, Tomas Reyes and Ana de la Cruz'],
    ['By Ilse Brandt, Valley Herald', 'Ilse Brandt'],
    ['By Ilse Brandt | Staff Writer', 'Ilse Brandt'],
    ['Ilse Brandt Correspondent for business in Lagos, based in Abuja.', 'Ilse Brandt'],
    ['Ilse Brandt, Senior Foreign Correspondent', 'Ilse Brandt'],
    ['Ilse M. Brandt is a staff writer at the Valley Herald.', 'Ilse M. Brandt'],
    ['Tomas Reyes\nBureau Chief, Nairobi', 'Tomas Reyes'],
    ['Ilse Brandt Transport correspondent', 'Ilse Brandt'],
    ['Ilse M. Brandt Home affairs editor', 'Ilse M. Brandt'],
    ['Ilse Brandt, Transport correspondent', 'Ilse Brandt'],
    ['Ilse Brandt, South of Norland correspondent', 'Ilse Brandt'],
    ['Ilse Brandt, Valley Supreme Court reporter', 'Ilse Brandt'],
  ])('GIVEN the byline %j THEN it is kind byline and sets the author', (line, author) => {
    const article = parse(`Drought deepens\n\n${line}\n\nWells ran dry.`);
    expect(article.paragraphs[1]?.kind).toBe('byline');
    expect(article.author).toBe(author);
  });

  it('GIVEN a line naming a firm, then more words than a role before a job word THEN it is no byline', () => {
    const article = parse('Drought deepens\n\nWells ran dry.\n\nIlse Brandt Farms hired a new editor');
    expect(article.paragraphs[2]?.kind).not.toBe('byline');
    expect(article.author).toBeNull();
  });

  it.each([
    'By Tuesday, the ministry had agreed to the plan.',
    'Ilse Brandt, a farmer, said the wells were dry.',
    'By the end of May the reservoir was empty.',
  ])('GIVEN the sentence %j THEN it is body, not a byline', (line) => {
    const article = parse(`Drought deepens\n\nWells ran dry.\n\n${line}`);
    expect(article.paragraphs[2]?.kind).toBe('body');
    expect(article.author).toBeNull();
  });

  it.each([
    ['Ilse Brandt and Tomas Reyes reported from Lagos.', 'Ilse Brandt and Tomas Reyes'],
    ['Ilse Brandt reported from Lagos contributed.', 'Ilse Brandt'],
    ['Tomas Reyes contributed reporting from Nairobi.', 'Tomas Reyes'],
    ['Additional reporting by Ana Lindqvist in Oslo.', 'Ana Lindqvist'],
    ['Reporting by Ana Lindqvist; Editing by Paul Mbeki', 'Ana Lindqvist'],
    ['*Ana Lindqvist contributed to this report.*', 'Ana Lindqvist'],
    ['The Associated Press contributed to this report.', null],
    // A translator is credited, but wrote none of it.
    ['Translated from the Portuguese by Ana Lindqvist.', null],
    ['Translation by Ana Lindqvist', null],
  ])('GIVEN the credit line %j THEN it is kind credit and gives the author', (line, author) => {
    const article = parse(`Wells ran dry.\n\n${line}`);
    expect(article.paragraphs[1]?.kind).toBe('credit');
    expect(article.author).toBe(author);
  });

  it.each([
    ['(Reporting by Ana Lindqvist and Paul Mbeki; Editing by Tomas Reyes.)', 'Ana Lindqvist and Paul Mbeki'],
    ['Writing by Ana Lindqvist; Editing by Tomas Reyes', 'Ana Lindqvist'],
    ['Contributing: Ana Lindqvist, Paul Mbeki and Tomas Reyes.', 'Ana Lindqvist, Paul Mbeki and Tomas Reyes'],
    ['Contributing: Ana Lindqvist and Paul Mbeki, Valley Herald.', 'Ana Lindqvist and Paul Mbeki'],
    ['Follow Ana Lindqvist on Twitter @alindqvist.', 'Ana Lindqvist'],
    ['Follow Ana Lindqvist and Paul Mbeki on Twitter: @al and @pm.', 'Ana Lindqvist and Paul Mbeki'],
    ['Follow Valley Herald science reporter Ana Lindqvist on Twitter at @al.', 'Ana Lindqvist'],
    ['Follow @valleyherald.', null],
  ])('GIVEN the credit line %j THEN it is a credit, not body, and gives the author', (line, author) => {
    const article = parse(`Wells ran dry\n\nThe wells of the south ran dry on Monday.\n\n${line}`);
    expect(article.paragraphs[2]?.kind).toBe('credit');
    expect(article.author).toBe(author);
  });

  it.each(['Follow the money, investigators said.', 'Follow the river north to the dam.'])(
    'GIVEN the sentence %j THEN it is body, not a credit',
    (line) => {
      expect(kinds(`Wells ran dry\n\nThe wells of the south ran dry on Monday.\n\n${line}`)[2]).toBe('body');
    },
  );

  it('GIVEN a byline with markdown emphasis around the name ("**By Jane Roe**, Staff Writer") THEN it is the byline', () => {
    const article = parse('# Harbour reopens\n\n**By Jane Roe**, Staff Writer\n\nShips entered at noon.');
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['title', 'byline', 'body']);
    expect(article.author).toBe('Jane Roe');
  });

  it('GIVEN a match report’s byline naming the ground ("By Jane Roe at Velmar Park") THEN it is the byline', () => {
    const article = parse('Velmar 2-1 Carrick\n\nBy Ilse Brandt at Velmar Park\n\nVelmar won the derby.');
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['title', 'byline', 'body']);
    expect(article.author).toBe('Ilse Brandt');
  });

  it('GIVEN a sentence opening "By" a day and "at" a place THEN it is body, no byline', () => {
    expect(kinds('Wells ran dry\n\nBy Friday at noon the last well in Velmar had run dry.')[1]).toBe('body');
  });

  it('GIVEN a byline and a credit THEN the byline names the author', () => {
    const article = parse(
      'Drought deepens\n\nBy Ilse Brandt\n\nWells ran dry.\n\nTomas Reyes reported from Lagos.',
    );
    expect(article.author).toBe('Ilse Brandt');
  });

  it('GIVEN front matter with an author THEN the byline does not override it', () => {
    expect(parse('---\nauthor: Desk\n---\nBy Ilse Brandt\n\nWells ran dry.').author).toBe('Desk');
  });

  it('GIVEN a headline and its standfirst as the first block of a blank-line file THEN they are ¶1, the title, and ¶N is the file’s Nth block', () => {
    const article = parse(
      'Storm hits coast;\nPorts closed as winds rise.\n\nWells ran dry.\n\nThe pumps failed.\n\nNobody came.',
    );
    expect(article.title).toBe('Storm hits coast');
    expect(article.paragraphs.map((p) => [p.n, p.kind, p.text.split('\n')[0]])).toEqual([
      [1, 'title', 'Storm hits coast;'],
      [2, 'body', 'Wells ran dry.'],
      [3, 'body', 'The pumps failed.'],
      [4, 'body', 'Nobody came.'],
    ]);
  });

  it('GIVEN a file of one paragraph per line, or a first block of many lines THEN each line stays a paragraph', () => {
    expect(parse('Storm hits coast.\nWells ran dry.\nThe pumps failed.').paragraphs).toHaveLength(3);
    // Blocks of several lines elsewhere: the file is not one of blank-line paragraphs.
    const mixed = parse(
      'Storm hits coast;\nPorts closed.\n\nWells ran dry.\nThe pumps failed.\n\nOne.\nTwo.',
    );
    expect(mixed.paragraphs.map((p) => p.text)).toEqual([
      'Storm hits coast;',
      'Ports closed.',
      'Wells ran dry.',
      'The pumps failed.',
      'One.',
      'Two.',
    ]);
  });

  it('GIVEN a sentence of the story mentioning "reported from" THEN it stays body', () => {
    const article = parse(
      'Wells ran dry.\n\nShe reported from the border for a decade before joining the ministry.',
    );
    expect(article.paragraphs[1]?.kind).toBe('body');
  });

  it.each([
    'As Valley Herald reporter Ilse Brandt reported after the wells ran dry:',
    'As Ilse Brandt reported from Lagos:',
    'When Tomas Reyes reported from Lagos.',
  ])("GIVEN the story citing someone's reporting (%j) THEN it stays body, and names no author", (line) => {
    const article = parse(`Wells ran dry.\n\n${line}\n\n“The pumps failed,” the engineer said.`);
    expect(article.paragraphs[1]?.kind).toBe('body');
    expect(article.author).toBeNull();
  });

  it.each([
    ['Source', null],
    ['Sources', null],
    ['Source: Valley Herald', 'Valley Herald'],
  ])('GIVEN a lone %j line THEN it is kind source', (line, source) => {
    const article = parse(`Wells ran dry.\n\n${line}`);
    expect(article.paragraphs[1]?.kind).toBe('source');
    expect(article.source).toBe(source);
  });

  it('GIVEN "Sources said …" THEN it is body', () => {
    expect(kinds('“Wells ran dry,” the mayor said.\n\nSources said the plan was dead.')).toEqual([
      'body',
      'body',
    ]);
  });

  it('GIVEN only a title and a byline THEN parsing fails: there is nothing to answer from', () => {
    expect(() => parse('Drought deepens\n\nBy Ilse Brandt')).toThrow(/no body paragraph/);
  });

  it('GIVEN an empty or whitespace-only text THEN parsing fails', () => {
    expect(() => parse(' \n\t\n')).toThrow(/empty/);
  });
});

describe('parseArticle: datelines and dates', () => {
  it.each([
    ['LAGOS – Wells ran dry.', 'Lagos'],
    ['NEW YORK — Wells ran dry.', 'New York'],
    ['WASHINGTON, D.C. — Wells ran dry.', 'Washington, D.C.'],
    ['The Hague – Wells ran dry.', 'The Hague'],
    ['RIO DE JANEIRO - Wells ran dry.', 'Rio de Janeiro'],
    ['PORT-AU-PRINCE—Wells ran dry.', 'Port-Au-Prince'],
    ['OSLO, March 3 (Valley Wire) - Wells ran dry.', 'Oslo'],
    // The day before the month, as British and wire copy write it.
    ['OSLO, 3 March 2031 – Wells ran dry.', 'Oslo'],
    ['OSLO, 3 March (Valley Wire) - Wells ran dry.', 'Oslo'],
  ])('GIVEN the opening %j THEN the dateline is %j and the text is unchanged', (opening, place) => {
    const article = parse(`Drought deepens\n\nBy Ilse Brandt\n\n${opening}\n\nMore text.`);
    expect(article.dateline).toBe(place);
    expect(article.paragraphs[2]).toEqual({ n: 3, text: opening, kind: 'body' });
  });

  it.each([
    'Ilse Brandt – who farms near the river – said little.',
    'The well-known farmer left.',
    'Wells ran dry - again.',
  ])('GIVEN the opening %j THEN there is no dateline', (opening) => {
    expect(parse(`${opening}\n\nMore text.`).dateline).toBeNull();
  });

  it.each([
    ['Published June 3, 2031', '2031-06-03'],
    ['Updated 5:32 PM EDT, Mon Sept. 14, 2031', '2031-09-14'],
    ['3 March 2031', '2031-03-03'],
  ])('GIVEN the header line %j before the story THEN the date is %j', (line, date) => {
    expect(parse(`Drought deepens\n\nBy Ilse Brandt\n\n${line}\n\nWells ran dry on June 1, 2031.`).date).toBe(
      date,
    );
  });

  it('GIVEN a written date only in the story THEN it is not the publication date', () => {
    expect(
      parse('Drought deepens\n\nWells ran dry on June 1, 2031.\n\nPublished June 3, 2031').date,
    ).toBeNull();
  });

  it('GIVEN a dateline only in a later paragraph THEN it is not taken', () => {
    expect(parse('“Wells ran dry,” the mayor said.\n\nLAGOS – More text.').dateline).toBeNull();
  });

  it('GIVEN a scraped header with an ISO date at the start THEN it is the date', () => {
    expect(parse(' date 2020-11-05 Wells ran dry across the south.').date).toBe('2020-11-05');
  });

  it('GIVEN an ISO date far into the first block or later THEN it is not the date', () => {
    const late = `${'Wells ran dry across the south of the country. '.repeat(2)}On 2020-11-05 it rained.`;
    expect(parse(late).date).toBeNull();
    expect(parse('Wells ran dry.\n\n2020-11-05 it rained.').date).toBeNull();
  });

  it('GIVEN a front matter date THEN it wins over a header date', () => {
    expect(parse('---\ndate: 2020-01-02\n---\ndate 2020-11-05 Wells ran dry.').date).toBe('2020-01-02');
  });
});

describe('parseArticle: a block longer than any news paragraph', () => {
  const sentence = 'The port of Velmar reopened on Monday after a week of repairs. ';
  const hostile: [string, string][] = [
    ['sentences', sentence.repeat(3_000).trim()],
    ['"Mr. " × 50,000 (no sentence ever ends)', 'Mr. '.repeat(50_000).trim()],
    ['"“a” " × 50,000', '“a” '.repeat(50_000).trim()],
    ['200,000 characters without white space', 'x'.repeat(199_999)],
    ['astral letters without white space', `a${'𝐀'.repeat(60_000)}`],
  ];

  it.each(hostile)(
    'GIVEN a block of %s THEN it is read as paragraphs of at most MAX_PARAGRAPH, verbatim, in order, nothing left out',
    (_, block) => {
      const warnings: string[] = [];
      const text = `Harbour reopens\n\n${block}\n\nThe harbour master said ships were queuing.`;
      const article = parseArticle(text, 'story', 'story.txt', (m) => warnings.push(m));
      const pieces = article.paragraphs.slice(1, -1);
      expect(pieces.length).toBeGreaterThan(1);
      let at = 0;
      for (const p of pieces) {
        expect(p.text.length).toBeLessThanOrEqual(MAX_PARAGRAPH);
        const start = block.indexOf(p.text, at);
        // Only white space lies between two pieces.
        expect(block.slice(at, start).trim()).toBe('');
        at = start + p.text.length;
      }
      expect(at).toBe(block.length);
      // No surrogate pair is broken.
      expect(pieces.every((p) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u.test(p.text))).toBe(true);
      expect(article.paragraphs.map((p) => p.n)).toEqual(article.paragraphs.map((_, i) => i + 1));
      expect(article.paragraphs.at(-1)?.text).toBe('The harbour master said ships were queuing.');
      expect(warnings).toEqual([
        `paragraph 2 is ${block.length.toLocaleString('en-US')} characters long, more than any news paragraph: it is read as paragraphs 2–${pieces.length + 1} of at most 5,000 characters each; nothing is left out, and the paragraphs after it are numbered from ${pieces.length + 2}`,
      ]);
      expect(paragraphTexts(text)).toEqual(article.paragraphs.map((p) => p.text));
    },
  );

  it('GIVEN a long block of sentences THEN it is cut after a sentence end, not inside a sentence', () => {
    const block = sentence.repeat(3_000).trim();
    const pieces = parse(`Harbour reopens\n\n${block}`).paragraphs.slice(1);
    expect(pieces.every((p) => p.text.startsWith('The port') && p.text.endsWith('repairs.'))).toBe(true);
    expect(pieces.every((p) => p.kind === 'body')).toBe(true);
  });

  it('GIVEN a block of exactly MAX_PARAGRAPH characters THEN it stays one paragraph, without a warning', () => {
    const warnings: string[] = [];
    const block = 'x'.repeat(MAX_PARAGRAPH);
    const article = parseArticle(`Harbour reopens\n\n${block}`, 'story', 'story.txt', (m) =>
      warnings.push(m),
    );
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Harbour reopens', block]);
    expect(warnings).toEqual([]);
  });
});
