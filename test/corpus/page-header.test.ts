import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/index.ts';
import { isDateLine, isDayLine, isPageChrome } from '../../src/corpus/page-header.ts';

/** Articles pasted whole from a news page, header and furniture included: invented text. */
const parse = (text: string) => parseArticle(text, 'page', 'page.txt');

describe('the header of a pasted page', () => {
  const page = [
    'Supported by',
    'Continue reading the main story',
    'Harbour Board Vows to Reopen the Old Quay Within a Year',
    'The closure has cut the island off, and shops say sales have halved.',
    'Image',
    'Boats waited outside the quay on Tuesday.Credit...Ada Moss for The Valley Herald',
    'By Ian Roe',
    'March 4, 2031',
    'The harbour board said on Tuesday that the old quay would reopen within a year.',
    '“We will not leave the island cut off,” the board chair, Rosa Lund, told reporters.',
    'Advertisement',
    'Shop owners said the closure had cost them dearly.',
  ].join('\n');

  it('GIVEN page furniture before the headline THEN the headline is the title, not "Supported by"', () => {
    const article = parse(page);
    expect(article.title).toBe('Harbour Board Vows to Reopen the Old Quay Within a Year');
    expect(article.paragraphs.slice(0, 3).map((p) => p.kind)).toEqual(['heading', 'heading', 'title']);
  });

  it('GIVEN a section label between the furniture and the headline THEN the headline is the title', () => {
    const article = parse(
      [
        'Skip to main content',
        'Advertisement',
        'World',
        'Harbour deal collapses after late-night talks',
        'By Ada Moss',
        'The sale of the terminal collapsed on Tuesday after negotiators failed to agree, officials said.',
      ].join('\n'),
    );
    expect(article.title).toBe('Harbour deal collapses after late-night talks');
  });

  it('GIVEN a date under the byline, after a standfirst and a caption THEN it is the article’s date', () => {
    const article = parse(page);
    expect(article.author).toBe('Ian Roe');
    expect(article.date).toBe('2031-03-04');
  });

  it('GIVEN a furniture-like first line that is a headline THEN it stays the title', () => {
    expect(parse('Share prices fall in Velmar\n\nThe index fell on Monday.').title).toBe(
      'Share prices fall in Velmar',
    );
  });

  it.each([
    'Supported by',
    'Advertisement',
    'Continue reading the main story',
    'Share this article',
    'FOR IMMEDIATE RELEASE',
  ])('GIVEN %j THEN it is page furniture', (line) => expect(isPageChrome(line)).toBe(true));

  it('GIVEN a short headline THEN it is not page furniture', () => {
    expect(isPageChrome('Storm hits coast')).toBe(false);
  });

  it('GIVEN a header naming its writer as "NAME in PLACE" after the headline and a "Last modified" stamp THEN that is the byline and the date', () => {
    const article = parse(
      [
        'Harbour town votes to ban cruise ships from its old port',
        'Residents say the vessels crowd the streets, but shop owners fear lost trade',
        'Ana Pereira in Velmar',
        'Last modified on Tue 3 Jun 2031 18.05 BST',
        'The town has voted to ban cruise ships from its old port from next year, after a campaign by residents.',
        'The mayor said on Tuesday that the ban would be reviewed after two seasons of smaller crowds.',
      ].join('\n'),
    );
    expect(article.author).toBe('Ana Pereira');
    expect(article.paragraphs[2]?.kind).toBe('byline');
    expect(article.date).toBe('2031-06-03');
  });

  it('GIVEN a headline shaped "NAME in PLACE" as the first line THEN it stays the title', () => {
    const article = parse('Pope Francis in Velmar\n\nThe pope arrived on Monday to crowds at the port.');
    expect(article.title).toBe('Pope Francis in Velmar');
    expect(article.author).toBeNull();
  });

  it('GIVEN a Title Case subheading "X in PLACE" with no date under it THEN it is no byline', () => {
    const article = parse(
      [
        'Storm season arrives early on the coast this year',
        'Floods Hit Homes in Velmar',
        'The first storms of the season flooded homes along the harbour on Monday, officials said.',
        'Crews worked through the night to pump water from the streets of the old town.',
      ].join('\n'),
    );
    expect(article.author).toBeNull();
  });

  it('GIVEN a capitalised word that only starts like a month ("Decision 12, 2031") THEN it is no date', () => {
    expect(
      parse(
        'Harbour vote\n\nBy Ian Roe\n\nDecision 12, 2031\n\nThe board voted on Monday to rebuild the wall.',
      ).date,
    ).toBeNull();
  });

  it.each([
    'Photo: Boats at the quay at dusk. (Ada Moss / Valley Herald)',
    'Boats waited outside the quay on Tuesday.Credit...Ada Moss for The Valley Herald',
    'The quay at dusk on Monday. (Photo by Ada Moss)',
    'Crews rebuild the outer wall. (Ada Moss / Velmar Agency)',
    // The credit closing the caption, as many papers print it.
    'Crews rebuild the outer wall on Tuesday. Photograph: Ada Moss/Velmar Agency',
    'The quay at dusk. Photo: Ada Moss',
  ])('GIVEN the photo caption %j THEN it is a caption, not a paragraph of the story', (line) => {
    const article = parse(
      `Harbour reopens\n\n${line}\n\nThe port reopened on Monday after a week of repairs.`,
    );
    expect(article.paragraphs[1]?.kind).toBe('caption');
  });

  it('GIVEN a sentence of the story about a credit or a photo THEN it stays body', () => {
    const article = parse(
      'Harbour reopens\n\nThe tax credit: families lose it when they move.\n\nShe took the photo by the quay (her own).\n\nThe board showed one picture: Ada Moss at the quay in 1990, before the wall fell.',
    );
    expect(article.paragraphs.slice(1).map((p) => p.kind)).toEqual(['body', 'body', 'body']);
  });

  it('GIVEN a press office’s labels over its release THEN they are furniture and the headline under them is the title', () => {
    const article = parse(
      'PRESS RELEASE\nFOR IMMEDIATE RELEASE\n\nVelmar Trust reopens the old quay\n\nVELMAR, 3 March 2031 – The trust reopened the quay today.\n\nIts director, Ada Moss, said the work was done.',
    );
    expect(article.title).toBe('Velmar Trust reopens the old quay');
    expect(article.paragraphs.slice(0, 3).map((p) => p.kind)).toEqual(['heading', 'heading', 'title']);
    expect(article.dateline).toBe('Velmar');
  });

  it('GIVEN a masthead and a section label between the furniture and the headline THEN the headline is the title', () => {
    const article = parse(
      [
        'Skip to content',
        'The Valley Herald',
        'Business',
        'Harbour Board Buys Two New Ferries for the Island Run',
        'By Ada Moss',
        'The board said on Tuesday that the ferries would enter service in the spring.',
      ].join('\n'),
    );
    expect(article.title).toBe('Harbour Board Buys Two New Ferries for the Island Run');
  });

  it('GIVEN a section label first, then a headline with quoted words and a standfirst above a byline THEN the headline is the title', () => {
    const article = parse(
      [
        'Transport',
        "Island ferries 'cannot run another winter', crews warn",
        'Union says the boats are too old for the winter storms on the outer route',
        'Ada Moss Transport correspondent',
        'Tue 3 Jun 2031 07.00 BST',
        'The island ferries are too old to run another winter, the crews’ union said on Monday.',
      ].join('\n'),
    );
    expect(article.title).toBe("Island ferries 'cannot run another winter', crews warn");
    expect(article.paragraphs[0]?.kind).toBe('heading');
  });

  it.each([
    'Ferries return\n\nBy Ada Moss',
    'Ferries return\nNight crossings to the outer islands end in November\nBy Ada Moss',
  ])(
    'GIVEN a headline of two words first, then at most one headline-shaped line and a byline THEN it stays the title',
    (header) => {
      expect(parse(`${header}\n\nThe ferries returned on Monday.`).title).toBe('Ferries return');
    },
  );

  it('GIVEN a published and an updated stamp glued on one line THEN the date is the published one', () => {
    const article = parse(
      'Ferries return\nBy Ada Moss\nPublished March 4, 2031Updated March 5, 2031\nThe ferries returned on Monday.',
    );
    expect(article.date).toBe('2031-03-04');
  });

  it('GIVEN an updated stamp above the published one THEN the date is the published one, else the update', () => {
    const header = 'Ferries return\n\nBy Ada Moss\n\nUpdated March 5, 2031';
    const story = '\n\nThe ferries returned on Monday.';
    expect(parse(`${header}\n\nPublished March 4, 2031${story}`).date).toBe('2031-03-04');
    expect(parse(`${header}${story}`).date).toBe('2031-03-05');
  });

  it('GIVEN a date after the names of the byline THEN it is the article’s date', () => {
    const article = parse(
      '# Ferries return\n\n*By Ada Moss · 12 January 2031*\n\nThe ferries returned on Monday.',
    );
    expect([article.author, article.date]).toEqual(['Ada Moss', '2031-01-12']);
  });

  it.each([
    'May 20, 2031',
    'Tue 10 Feb 2031 07.00 GMT',
    'Updated 5:32 PM EDT, June 3, 2031',
    'Last modified on Wed 11 Feb 2031 09.12 GMT',
    'Published March 4, 2031Updated March 5, 2031',
    'May 20, 2031 · 5 min read',
    'MAY 20, 2031',
    'May 20th, 2031',
    '2031-05-20 07:00',
  ])('GIVEN %j THEN it is a line that only dates the story', (line) => expect(isDateLine(line)).toBe(true));

  it.each([
    'The ferries returned on May 20, 2031',
    'ended April 2, 2031 with a new contract',
    'Decision 12, 2031',
    '2031-13-45',
    'May 20, 2031 and the ferries returned',
  ])('GIVEN %j THEN it is no date line', (line) => expect(isDateLine(line)).toBe(false));

  it.each([
    ['Ada Moss', 'May 20, 2031'],
    ['Ada Moss | The Valley Herald', '2031-05-20'],
  ])(
    'GIVEN the name %j alone under the headline, above the date line %j THEN it is the byline',
    (name, date) => {
      const article = parse(
        `Ferries return\n${name}\n${date}\nVELMAR — The ferries returned on Monday, the company said.`,
      );
      expect(article.paragraphs.map((p) => p.kind)).toEqual(['title', 'byline', 'heading', 'body']);
      expect([article.author, article.date, article.dateline]).toEqual(['Ada Moss', '2031-05-20', 'Velmar']);
    },
  );

  it('GIVEN a masthead under the headline, above the date line THEN it is no byline', () => {
    const article = parse('Ferries return\nThe Valley Herald\nMay 20, 2031\nThe ferries returned on Monday.');
    expect(article.author).toBeNull();
  });

  it('GIVEN a masthead over a headline of as few capitalised words, after the furniture THEN the headline is the title', () => {
    const article = parse(
      'Skip to content\nThe Valley Herald\nFerry Fares Rise\nBy Ada Moss\nThe ferries will cost more from June.',
    );
    expect(article.title).toBe('Ferry Fares Rise');
  });

  it('GIVEN a date line above the headline THEN the headline is the title and the date the article’s', () => {
    const article = parse(
      'May 20, 2031\nFerries return to Velmar\nBy Ada Moss\nThe ferries returned on Monday.',
    );
    expect([article.title, article.date]).toEqual(['Ferries return to Velmar', '2031-05-20']);
  });

  it('GIVEN a standfirst ending like a sentence above the byline THEN the dateline is read in the story under the byline', () => {
    const article = parse(
      [
        'Ferries return to Velmar',
        'The island route had been shut since the winter storms.',
        'By Ada Moss',
        'VELMAR, Norland — The ferries returned on Monday, the company said.',
      ].join('\n'),
    );
    expect(article.dateline).toBe('Velmar, Norland');
  });
});

describe('a headline that quotes, and a byline opening its block', () => {
  const story = [
    'Dockers told “this port will not go quietly”',
    '',
    'By Ian Roe',
    'Wednesday 11 March',
    '',
    'Thousands filled the quay in Orsk on Wednesday.',
    '',
    'Roe, the union’s general secretary, said the board had “lied to its workers”.',
  ].join('\n');

  it('GIVEN a one-line headline holding a quotation above a byline THEN it is the title, not a statement', () => {
    const article = parse(story);
    expect(article.title).toBe('Dockers told “this port will not go quietly”');
    expect(article.paragraphs[0]?.kind).toBe('title');
  });

  it('GIVEN a block opening with a byline, a day and month under it THEN one paragraph a line: byline, heading', () => {
    const article = parse(story);
    expect(article.author).toBe('Ian Roe');
    expect(article.paragraphs.slice(1, 3).map((p) => [p.kind, p.text])).toEqual([
      ['byline', 'By Ian Roe'],
      ['heading', 'Wednesday 11 March'],
    ]);
  });

  it('GIVEN a story’s first sentence quoting, with a full stop THEN no title is made of it', () => {
    const article = parse(
      ['The mayor said the port would “stay open”.', '', 'By Ian Roe', '', 'Ships came in.'].join('\n'),
    );
    expect(article.paragraphs[0]?.kind).toBe('body');
  });
});

describe('a wire story with no headline', () => {
  it('GIVEN a first paragraph opening with a dateline THEN it is the story’s first paragraph, not its title', () => {
    const article = parse(
      [
        'ORSK, March 13 (Harbour Wire) - The dockers’ union on Friday paused the strike at the port.',
        '',
        'The harbour minister said the pause was “a chance for everyone to step back”.',
      ].join('\n'),
    );
    expect(article.paragraphs[0]?.kind).toBe('body');
    expect(article.dateline).toBe('Orsk');
  });
});

describe('more of what pasted pages hold', () => {
  it('GIVEN a site’s menu line above the headline THEN it is furniture, and the headline is the title', () => {
    const article = parse(
      [
        'Skip to main content',
        'The Orsk Standard',
        'Home | News | Business | Politics | Sport',
        'Harbour board rules out rescue of the old yard',
        'By Ian Roe, Political Correspondent',
        'The harbour board on Tuesday ruled out a rescue of the old yard.',
        'Dockers said they would strike.',
      ].join('\n'),
    );
    expect(article.title).toBe('Harbour board rules out rescue of the old yard');
    expect(isPageChrome('Home | News | Business | Politics | Sport')).toBe(true);
    expect(isPageChrome('Harbour deal | what it means')).toBe(false);
  });

  it('GIVEN a headline and its standfirst in one block above the byline THEN the headline is the title', () => {
    const article = parse(
      [
        'The Last Keeper of Orsk Light',
        'He has kept the lamp lit for 31 years. Now the machines are coming.',
        '',
        'By Ian Roe',
        '',
        '“You don’t choose this life,” says Ada Lind, 54.',
      ].join('\n'),
    );
    expect(article.title).toBe('The Last Keeper of Orsk Light');
  });

  it('GIVEN a company that "reported" a figure THEN a sentence of the story, not a credit; "reported from" is one', () => {
    const story = (line: string) =>
      parse(['Profits fall', '', 'By Ian Roe', '', line, '', 'Shares fell.'].join('\n')).paragraphs[2]?.kind;
    expect(story('Velmar Foods reported a 14 percent fall in profit on Tuesday.')).toBe('body');
    expect(story('Ada Lind reported from Orsk.')).toBe('credit');
  });
});

describe('a headline with a few words in quotes', () => {
  it('GIVEN a first line quoting a short phrase, no byline under it THEN it is the title', () => {
    const article = parse(
      [
        'Mayor defends deal as farmers warn of “land grab”',
        '',
        'The mayor on Tuesday defended the deal.',
      ].join('\n'),
    );
    expect(article.title).toBe('Mayor defends deal as farmers warn of “land grab”');
  });

  it('GIVEN a first line quoting a whole sentence, no byline THEN no title is made of it', () => {
    const article = parse(
      ['Roe told them “this harbour will not close while I live”', '', 'Ships came in.'].join('\n'),
    );
    expect(article.paragraphs[0]?.kind).toBe('body');
  });
});

describe('a picture agency’s credit line', () => {
  it.each(['Ada Lind via Harbour Images.', 'AP Photo/Ada Lind', 'Ada Lind/Velmar Photos'])(
    'GIVEN %s on a line of its own THEN a caption, never a sentence naming a person',
    (line) => {
      const article = parse(['Ships return', '', line, '', 'Ships came in on Tuesday.'].join('\n'));
      expect(article.paragraphs[1]?.kind).toBe('caption');
    },
  );
});

describe('a day without its year under a masthead', () => {
  it('GIVEN "Orsk Courier" then "Friday 13 March" in one block THEN two header lines, never a paragraph of the story', () => {
    const article = parse(
      ['Port strike paused', '', 'Orsk Courier', 'Friday 13 March', '', 'The strike is paused.'].join('\n'),
    );
    expect(article.paragraphs.slice(1, 3).map((p) => [p.kind, p.text])).toEqual([
      ['heading', 'Orsk Courier'],
      ['heading', 'Friday 13 March'],
    ]);
    expect(isDayLine('Thursday, March 12')).toBe(true);
    expect(isDayLine('Friday 13 March was cold')).toBe(false);
  });
});

describe('a short question standing as a subheading', () => {
  const kindOf = (line: string) =>
    parse(
      ['Strike paused', '', 'The strike is paused.', '', line, '', 'About 640 jobs are at risk.'].join('\n'),
    ).paragraphs[2]?.kind;

  it('GIVEN "How many jobs are affected?" alone on its line THEN a heading, not an answer', () => {
    expect(kindOf('How many jobs are affected?')).toBe('heading');
  });

  it('GIVEN a question naming someone ("Was Roe satisfied with the answer?") THEN a sentence of the story', () => {
    expect(kindOf('Was Roe satisfied with the answer?')).toBe('body');
  });
});
