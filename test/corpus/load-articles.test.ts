import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BriefingLoadError, loadArticles } from '../../src/corpus/index.ts';
import { readBounded } from '../../src/corpus/load-articles.ts';

const GOOD = 'Harbour reopens\n\nBy Ilse Brandt\n\nVELMAR – The port reopened on Monday.\n';

let dir: string;
let warnings: string[];
const warn = (message: string) => warnings.push(message);

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-corpus-'));
  warnings = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const put = (name: string, content: string | Uint8Array) => writeFile(path.join(dir, name), content);

describe('loadArticles', () => {
  it('GIVEN .txt and .md files THEN all load in name order and other files are ignored', async () => {
    await put('b.md', GOOD);
    await put('a.txt', GOOD);
    await put('notes.json', '{}');
    const result = await loadArticles(dir, { warn });
    expect(result.dir).toBe(path.resolve(dir));
    expect(result.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(result.articles[0]?.file).toBe(path.join(path.resolve(dir), 'a.txt'));
    expect(result.skipped).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('GIVEN a file with a block longer than any paragraph THEN it loads whole, and a warning names the file and the paragraphs', async () => {
    await put('wall.txt', `Harbour reopens\n\n${'Mr. '.repeat(50_000)}`);
    const [article] = (await loadArticles(dir, { warn })).articles;
    expect(article?.paragraphs).toHaveLength(41);
    expect(warnings).toEqual([
      `Reading ${path.join(path.resolve(dir), 'wall.txt')}: paragraph 2 is 199,999 characters long, more than any news paragraph: it is read as paragraphs 2–41 of at most 5,000 characters each; nothing is left out, and the paragraphs after it are numbered from 42`,
    ]);
  });

  it('GIVEN a file with a BOM and CRLF THEN hash is the sha256 of the bytes on disk', async () => {
    const bytes = Buffer.from(`\uFEFF${GOOD.replace(/\n/g, '\r\n')}`, 'utf8');
    await put('a.txt', bytes);
    const [article] = (await loadArticles(dir, { warn })).articles;
    expect(article?.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(article?.paragraphs.map((p) => p.kind)).toEqual(['title', 'byline', 'body']);
    expect(article?.dateline).toBe('Velmar');
  });

  it.each([
    ['an empty file', 'empty.txt', '', /empty/],
    ['a whitespace-only file', 'blank.txt', ' \n\t\n', /empty/],
    ['a file with NUL bytes', 'nul.txt', Buffer.from([0x48, 0x00, 0x69, 0x0a]), /binary/],
    ['a file mostly of control bytes', 'ctl.txt', Buffer.from('\x01\x02\x03\x04abc\x05\x06\x07'), /binary/],
    ['a file that is not UTF-8', 'latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]), /UTF-8/],
    [
      'a file mostly of control bytes that is not UTF-8 either',
      'dump.txt',
      Buffer.from([0x01, 0x02, 0x03, 0xff, 0x04, 0x05, 0x41]),
      /binary/,
    ],
    [
      'a file with unclosed front matter',
      'open.md',
      '---\ntitle: Harbour\nThe port reopened.',
      /never closed/,
    ],
    [
      'a file with a bad front matter line',
      'bad.md',
      '---\njust words\n---\nThe port reopened.',
      /key: value/,
    ],
    ['a file with no body paragraph', 'bare.txt', 'Harbour reopens\n\nBy Ilse Brandt\n', /no body paragraph/],
  ])(
    'GIVEN %s THEN it is skipped with a warning naming it and the good file still loads',
    async (_, name, content, reason) => {
      await put('good.txt', GOOD);
      await put(name, content);
      const result = await loadArticles(dir, { warn });
      expect(result.articles.map((a) => a.id)).toEqual(['good']);
      expect(result.skipped).toHaveLength(1);
      expect(result.skipped[0]?.file).toBe(path.join(path.resolve(dir), name));
      expect(result.skipped[0]?.reason).toMatch(reason);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(name);
      expect(warnings[0]).toMatch(reason);
    },
  );

  it('GIVEN a file over maxBytes THEN it is skipped as too large', async () => {
    await put('good.txt', GOOD);
    await put('huge.txt', `${'Long paragraph text. '.repeat(100)}`);
    const result = await loadArticles(dir, { warn, maxBytes: 1000 });
    expect(result.articles.map((a) => a.id)).toEqual(['good']);
    expect(result.skipped[0]?.reason).toMatch(/over the .* limit/);
  });

  it('GIVEN a.md and a.txt THEN the second by name is skipped as a duplicate id', async () => {
    await put('a.txt', GOOD);
    await put('a.md', GOOD);
    const result = await loadArticles(dir, { warn });
    expect(result.articles.map((a) => a.file)).toEqual([path.join(path.resolve(dir), 'a.md')]);
    expect(result.skipped[0]?.file).toBe(path.join(path.resolve(dir), 'a.txt'));
    expect(result.skipped[0]?.reason).toMatch(/same name as a\.md/);
  });

  it('GIVEN a folder named like an article THEN it is skipped, not read', async () => {
    await put('good.txt', GOOD);
    await mkdir(path.join(dir, 'folder.txt'));
    const result = await loadArticles(dir, { warn });
    expect(result.skipped.map((s) => s.reason)).toEqual(['it is not a regular file']);
  });

  it('GIVEN a missing folder THEN a BriefingLoadError names the resolved path', async () => {
    const missing = path.join(dir, 'nope');
    const error = await loadArticles(missing, { warn }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BriefingLoadError);
    expect((error as Error).message).toContain(path.resolve(missing));
    expect((error as Error).message).toMatch(/does not exist/);
  });

  it('GIVEN a file path instead of a folder THEN a BriefingLoadError says it is not a folder', async () => {
    await put('a.txt', GOOD);
    await expect(loadArticles(path.join(dir, 'a.txt'), { warn })).rejects.toThrow(/not a folder/);
  });

  it('GIVEN a folder without .txt or .md files THEN a BriefingLoadError says so', async () => {
    await put('notes.json', '{}');
    await expect(loadArticles(dir, { warn })).rejects.toThrow(/no \.txt or \.md files/);
  });

  it('GIVEN only bad files THEN a BriefingLoadError lists every reason', async () => {
    await put('empty.txt', '');
    await put('open.md', '---\ntitle: x\n');
    const error = await loadArticles(dir, { warn }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BriefingLoadError);
    const message = (error as BriefingLoadError).message;
    expect(message).toContain(path.resolve(dir));
    expect(message).toMatch(/empty\.txt \(the file is empty\)/);
    expect(message).toMatch(/open\.md \(front matter .* never closed\)/);
    expect((error as BriefingLoadError).skipped).toHaveLength(2);
  });

  describe('symbolic links', () => {
    let outside: string;
    beforeEach(async () => {
      outside = await mkdtemp(path.join(os.tmpdir(), 'briefing-outside-'));
    });
    afterEach(async () => {
      await rm(outside, { recursive: true, force: true });
    });

    it('GIVEN a link to a file outside the folder (a secret) THEN it is refused with a warning, and its text is never read', async () => {
      await put('good.txt', GOOD);
      await writeFile(path.join(outside, '.env'), 'DISCORD_TOKEN=secret-token\n\nMore text here.\n');
      await symlink(path.join(outside, '.env'), path.join(dir, 'env.txt'));
      const result = await loadArticles(dir, { warn });
      expect(result.articles.map((a) => a.id)).toEqual(['good']);
      expect(result.skipped[0]?.reason).toMatch(/symbolic link to a file outside the briefing folder/);
      expect(warnings.join('\n')).toContain('env.txt');
      expect(JSON.stringify(result)).not.toContain('secret-token');
    });

    it('GIVEN a relative link climbing out of the folder THEN it is refused as well', async () => {
      await put('good.txt', GOOD);
      await writeFile(path.join(outside, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
      await symlink(path.relative(dir, path.join(outside, 'passwd')), path.join(dir, 'passwd.txt'));
      const result = await loadArticles(dir, { warn });
      expect(result.articles.map((a) => a.id)).toEqual(['good']);
      expect(result.skipped[0]?.reason).toMatch(/outside the briefing folder/);
    });

    it.skipIf(!existsSync('/proc/self/pagemap'))(
      'GIVEN a link to /proc/self/pagemap (reported size 0) THEN it is refused without being read',
      async () => {
        await put('good.txt', GOOD);
        await symlink('/proc/self/pagemap', path.join(dir, 'pagemap.txt'));
        const result = await loadArticles(dir, { warn });
        expect(result.articles.map((a) => a.id)).toEqual(['good']);
        expect(result.skipped[0]?.reason).toMatch(/outside the briefing folder/);
      },
    );

    it('GIVEN a link to another article inside the folder THEN it is followed and loads', async () => {
      await mkdir(path.join(dir, 'archive'));
      await writeFile(path.join(dir, 'archive', 'harbour.text'), GOOD);
      await symlink(path.join('archive', 'harbour.text'), path.join(dir, 'harbour.txt'));
      const result = await loadArticles(dir, { warn });
      expect(result.articles.map((a) => a.id)).toEqual(['harbour']);
      expect(result.articles[0]?.paragraphs[0]?.text).toBe('Harbour reopens');
      expect(warnings).toEqual([]);
    });

    it('GIVEN a link to a folder inside, or a dangling link THEN each is skipped with its reason', async () => {
      await put('good.txt', GOOD);
      await mkdir(path.join(dir, 'sub'));
      await symlink(path.join(dir, 'sub'), path.join(dir, 'folder.txt'));
      await symlink(path.join(dir, 'gone.text'), path.join(dir, 'dangling.txt'));
      const result = await loadArticles(dir, { warn });
      expect(result.articles.map((a) => a.id)).toEqual(['good']);
      expect(Object.fromEntries(result.skipped.map((s) => [path.basename(s.file), s.reason]))).toEqual({
        'dangling.txt': expect.stringMatching(/symbolic link to nothing that can be read \(ENOENT\)/),
        'folder.txt': 'it is not a regular file',
      });
    });

    it('GIVEN the folder itself reached through a link THEN its articles load as usual', async () => {
      await put('good.txt', GOOD);
      const alias = path.join(outside, 'seeds');
      await symlink(dir, alias);
      const result = await loadArticles(alias, { warn });
      expect(result.articles.map((a) => a.id)).toEqual(['good']);
    });
  });
});

describe('readBounded', () => {
  it.skipIf(!existsSync('/proc/self/pagemap'))(
    'GIVEN a file whose reported size is 0 but which holds more than the limit THEN it is refused after reading at most the limit',
    () => {
      expect(readBounded('/proc/self/pagemap', 64 * 1024)).toMatch(/over the 64\.0 KB limit/);
    },
  );

  it('GIVEN a file within the limit THEN its bytes exactly; over it, the size and the limit', async () => {
    await put('a.txt', GOOD);
    const bytes = readBounded(path.join(dir, 'a.txt'), 1000);
    expect(Buffer.isBuffer(bytes) && bytes.toString('utf8')).toBe(GOOD);
    expect(readBounded(path.join(dir, 'a.txt'), GOOD.length - 1)).toMatch(
      /^it is \d+ bytes, over the .* limit$/,
    );
  });

  it('GIVEN a symbolic link THEN it is not opened through the link', async () => {
    await put('a.txt', GOOD);
    await symlink(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    expect(() => readBounded(path.join(dir, 'b.txt'), 1000)).toThrow(/ELOOP/);
  });
});
