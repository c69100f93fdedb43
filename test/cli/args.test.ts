import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseLimit, readLines, seedsDir, UsageError } from '../../src/cli/args.ts';

async function lines(chunks: Array<string | Uint8Array>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of readLines(Readable.from(chunks, { objectMode: true }))) out.push(line);
  return out;
}

describe('readLines', () => {
  it('GIVEN CRLF, a BOM, blank lines and a last line without newline THEN yields every line', async () => {
    expect(await lines(['\uFEFFa\r\n\nb', '\nc'])).toEqual(['a', '', 'b', 'c']);
  });

  it('GIVEN a trailing newline THEN yields no extra empty line', async () => {
    expect(await lines(['a\n', 'b\n'])).toEqual(['a', 'b']);
    expect(await lines([])).toEqual([]);
  });
});

describe('parseLimit', () => {
  it('accepts 1 to 50 and falls back when absent', () => {
    expect(parseLimit('1', 3)).toBe(1);
    expect(parseLimit(' 50 ', 3)).toBe(50);
    expect(parseLimit(undefined, 3)).toBe(3);
    expect(parseLimit(undefined, undefined)).toBeUndefined();
  });

  it.each(['0', '51', '-1', '2.5', '1e1', '0x10', '', 'three'])('refuses %j', (value) => {
    expect(() => parseLimit(value, 3)).toThrow(UsageError);
  });
});

describe('seedsDir', () => {
  it('prefers --seeds, then SEEDS_DIR, then seeds', () => {
    expect(seedsDir('mine', { SEEDS_DIR: 'env' })).toBe('mine');
    expect(seedsDir(undefined, { SEEDS_DIR: ' env ' })).toBe('env');
    expect(seedsDir(undefined, {})).toBe('seeds');
  });

  it('uses --seeds even when another setting is wrong', () => {
    expect(seedsDir('mine', { LOG_LEVEL: 'loud' })).toBe('mine');
  });
});
