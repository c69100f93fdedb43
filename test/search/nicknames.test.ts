import { describe, expect, it } from 'vitest';
import { otherForms } from '../../src/search/question/nicknames.ts';

describe('other forms of a given name', () => {
  it('GIVEN a short form or a full name THEN the other forms of the names it may be', () => {
    expect(otherForms('pete')).toEqual(['peter']);
    expect(otherForms('peter')).toEqual(['pete']);
    expect(otherForms('ted')).toEqual(expect.arrayContaining(['edward', 'theodore']));
  });

  it('GIVEN a word that is no given name THEN none', () => {
    expect(otherForms('harbour')).toEqual([]);
  });
});
