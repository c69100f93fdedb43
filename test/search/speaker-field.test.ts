import { describe, expect, it } from 'vitest';
import type { Speaker, Statement } from '../../src/attribution/types.ts';
import { runSteps } from '../../src/corpus/index.ts';
import { PostingsBuilder } from '../../src/search/postings.ts';
import { SpeakerField } from '../../src/search/speaker-field.ts';
import { words as lowerWords, term } from '../../src/search/text.ts';

/** Invented speakers: shared words ("minister"), stop words ("of the"), an alias repeating the name. */
const speakers: Speaker[] = [
  {
    name: 'Ada Lin',
    kind: 'person',
    aliases: ['Lin', 'Mayor Lin'],
    roles: ['mayor of the city'],
    statements: 2,
  },
  {
    name: 'Per Vik',
    kind: 'person',
    aliases: ['Vik'],
    roles: ['minister', 'chief of the port'],
    statements: 2,
  },
  { name: 'the ministry', kind: 'organization', aliases: [], roles: ['ministry of ports'], statements: 1 },
] as Speaker[];

/** Passages by the speakers of their statements, in text order (a speaker quoted twice, one no one names). */
const passages = [
  ['Ada Lin'],
  [],
  ['Per Vik', 'Ada Lin', 'Per Vik'],
  ['the ministry', 'Per Vik'],
  ['Kari Nes'],
];

const said = (speaker: string) => ({ speaker }) as Statement;
const plain = (data: unknown) =>
  JSON.parse(JSON.stringify(data, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v)));

describe('speaker field', () => {
  it('GIVEN passages quoting speakers THEN the field holds what indexing their joined names, aliases and roles holds', () => {
    const byName = new Map(speakers.map((s) => [s.name, s]));
    const joined = new PostingsBuilder(['speakers']);
    passages.forEach((names, id) => {
      const list = [...new Set(names)].flatMap((name) => {
        const s = byName.get(name);
        return lowerWords(s ? [s.name, ...s.aliases, ...s.roles].join(' ') : name);
      });
      joined.addField(0, id, list, term);
    });
    const built = new PostingsBuilder(['speakers']);
    const field = new SpeakerField(speakers, built, 0);
    passages.forEach((names, id) => {
      field.add(id, names.map(said));
    });
    const bm25 = { k: 1.2, b: 0.7, d: 0.5 };
    expect(plain(runSteps(built.dataSteps(bm25)))).toEqual(plain(runSteps(joined.dataSteps(bm25))));
    expect(runSteps(built.dataSteps(bm25)).terms).toEqual(
      expect.arrayContaining(['mayor', 'minist', 'port']),
    );
  });
});
