import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandsE2eResult } from '../../bench/commands-e2e.ts';
import { generateArticle, generateDistractors, mulberry32 } from '../../bench/distractors.ts';
import { splitSentences } from '../../bench/passages.ts';
import { PEERS } from '../../bench/peers.ts';
import { queryList, readQuestions } from '../../bench/questions.ts';
import { formatCommands, formatReport } from '../../bench/report.ts';
import { parseBenchArgs, runBench } from '../../bench/run.ts';
import { loadArticles } from '../../src/corpus/index.ts';
import { emptyReport } from './report-fixture.ts';

describe('distractor generator', () => {
  it('GIVEN the same seed THEN it writes the same articles, byte for byte', () => {
    expect(generateDistractors(20, 42)).toEqual(generateDistractors(20, 42));
  });

  it('GIVEN different seeds THEN the articles differ', () => {
    const a = generateDistractors(5, 1).map((x) => x.text);
    const b = generateDistractors(5, 2).map((x) => x.text);
    expect(a.filter((text, i) => text === b[i])).toEqual([]);
  });

  it('GIVEN a larger run THEN its first articles are those of the smaller one (sizes nest)', () => {
    expect(generateDistractors(50, 3).slice(0, 10)).toEqual(generateDistractors(10, 3));
    expect(generateArticle(3, 7)).toEqual(generateDistractors(8, 3)[7]);
  });

  it('GIVEN a seed THEN the PRNG stays in [0, 1) and repeats', () => {
    const a = mulberry32(9);
    const b = mulberry32(9);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('GIVEN generated text THEN it has a title, a byline, a dateline and quotes in several forms', () => {
    const texts = generateDistractors(30, 5).map((a) => a.text);
    for (const text of texts) {
      const [title, byline, lead] = text.split('\n\n');
      expect(title).toMatch(/^[A-Z][^\n.]+$/);
      expect(byline).toMatch(/^By |, correspondent in /);
      expect(lead).toMatch(/^[A-Z .]+ – [A-Z]/);
    }
    const all = texts.join('\n');
    expect(all).toMatch(
      /“[^”]+,” [A-Z][\w.]*(?: [A-Z][\w-]*)* (?:said|added|warned|noted|insisted|argued)\./,
    );
    expect(all).toMatch(/ said: “[^”]+\.”/);
    expect(all).toMatch(/“[^”]+,” said [A-Z]\w+ [A-Z][\w-]+, the [a-z-]+/);
    expect(all).toMatch(/ told reporters in [A-Z]\w+/);
    expect(all).toMatch(/According to [A-Z]/);
  });

  describe('GIVEN generated articles in a folder', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'bench-test-'));
      for (const a of generateDistractors(10, 11)) await writeFile(join(dir, a.file), a.text);
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('THEN the corpus layer reads each as an article with a title, a dateline and body paragraphs', async () => {
      const { articles, skipped } = await loadArticles(dir);
      expect(skipped).toEqual([]);
      expect(articles).toHaveLength(10);
      for (const article of articles) {
        const first = (await readFile(article.file, 'utf8')).split('\n')[0];
        expect(article.title).toBe(first);
        expect(article.dateline).toBeTruthy();
        expect(article.paragraphs.filter((p) => p.kind === 'body').length).toBeGreaterThan(5);
      }
      expect((await readdir(dir)).length).toBe(10);
    });
  });
});

describe('bench helpers', () => {
  it('GIVEN abbreviations and initials THEN sentences are not cut after them', () => {
    expect(
      splitSentences(
        'Mr. Blinken met Lloyd J. Austin in Seoul. “We are here,” he said. Then U.S. officials left.',
      ),
    ).toEqual([
      'Mr. Blinken met Lloyd J. Austin in Seoul.',
      '“We are here,” he said.',
      'Then U.S. officials left.',
    ]);
  });

  it('GIVEN a sentence of a few words THEN it is kept with the next one', () => {
    expect(splitSentences('It rained. Officials met in Seoul on Monday.')).toEqual([
      'It rained. Officials met in Seoul on Monday.',
    ]);
  });

  it('GIVEN fewer questions than queries THEN the list cycles through their variants', () => {
    const queries = queryList([{ id: 'x', q: 'What did Blinken say about China?', expect: ['china'] }], 12);
    expect(queries).toHaveLength(12);
    expect(new Set(queries).size).toBe(5);
  });

  it('GIVEN --quick THEN sizes are 0 and 100 with 50 queries', () => {
    expect(parseBenchArgs(['--quick'])).toMatchObject({ sizes: [0, 100], queries: 50 });
    expect(parseBenchArgs(['--sizes', '0,5', '--queries', '7'])).toMatchObject({ sizes: [0, 5], queries: 7 });
    expect(() => parseBenchArgs(['--sizes', '1,x'])).toThrow(/--sizes/);
  });

  it('GIVEN --commands or --commands-only THEN the commands section at 3,000 articles unless told', () => {
    expect(parseBenchArgs([]).commands).toBeNull();
    expect(parseBenchArgs(['--commands'])).toMatchObject({
      commands: { distractors: 3000 },
      commandsOnly: false,
    });
    expect(parseBenchArgs(['--commands-only', '--commands-articles', '50'])).toMatchObject({
      commands: { distractors: 50 },
      commandsOnly: true,
    });
  });

  it('GIVEN --peers THEN only the peers named run, none with --peers none, all without the flag', () => {
    expect(parseBenchArgs(['--peers', 'lunr, flexsearch']).peers).toEqual(['lunr', 'flexsearch']);
    expect(parseBenchArgs(['--peers', 'none']).peers).toEqual([]);
    expect(parseBenchArgs([]).peers).toBeUndefined();
  });

  it('GIVEN --e2e-only THEN the end-to-end runs and nothing else', () => {
    expect(parseBenchArgs([])).toMatchObject({ e2e: false, e2eOnly: false });
    expect(parseBenchArgs(['--e2e-only'])).toMatchObject({ e2e: true, e2eOnly: true, commands: null });
  });

  it('GIVEN a commands result THEN every interaction and mixed run is printed, misses of the targets marked', () => {
    const timing = (name: string, max: number, busy: number) => ({
      name,
      calls: 40,
      p50: 2,
      p99: max,
      max,
      unanswered: 0,
      loopMaxMs: busy + 30,
      loopBusyMs: busy,
    });
    const result: CommandsE2eResult = {
      skipped: null,
      articles: 3002,
      openMs: 18_000,
      commands: [timing('/sources', 14, 4), timing('/briefing list', 144, 60)],
      mixed: [
        {
          limited: true,
          pace: 'at the limit',
          seconds: 15,
          ask: timing('/ask', 61, 8),
          other: [{ name: '/sources', sent: 11, served: 10, refused: 1, unanswered: 0, p99: 9, max: 9 }],
          loopMaxMs: 40,
          loopP99Ms: 9,
          loopBusyMs: 8,
        },
      ],
      users: { users: 25_000, unanswered: 0, heapBeforeMB: 30, heapAfterMB: 58, exact: true },
      hostile: {
        files: [{ name: 'mr.txt', bytes: 200_014 }],
        articles: 3,
        loadMs: 800,
        reloadMs: 1200,
        reloadLoopMaxMs: 12,
        questions: 30,
        questionMaxMs: 70,
        slowest: 'Who said yes?',
        questionsLoopMaxMs: 9,
      },
      loadAverage: [1.2, 1.4],
    };
    // --commands-only: the report is the commands section, without the empty tables of sizes not run.
    const only = formatReport({ ...emptyReport(), commands: result });
    expect(only).toContain('Every command through discord.js');
    expect(only).not.toMatch(/Peers|Cold start/u);
    const text = formatCommands(result);
    expect(text).toMatch(/3002 articles/);
    // Within the targets: no note at the end of its row.
    expect(text).toMatch(/^\/sources .*14\.0 ms .* 4\.0 ms$/mu);
    expect(text).toMatch(/^\/briefing list .*\(over 100 ms\) \(bot held the loop over 20 ms\)$/mu);
    expect(text).toMatch(/at the limit.*p99 61\.0 ms \(over 50 ms\)/u);
    expect(text).toMatch(/other user's \/sources: 11 sent, 10 served, 1 refused/u);
    expect(text).toMatch(/25000 users.*30\.0 MB → 58\.0 MB after collection, \+28\.0 MB \(over 20 MB\)/u);
    expect(text).toMatch(/slowest question 70\.0 ms \(over 50 ms\) \("Who said yes\?"\)/u);
    expect(text).not.toMatch(/load 800 ms \(over/u);
  });

  it('GIVEN the fallback question list THEN it holds at least 40 questions, some to refuse', () => {
    const questions = readQuestions(
      new URL('../../bench/fallback-questions.jsonl', import.meta.url).pathname,
    );
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(questions.some((q) => q.none)).toBe(true);
  });
});

describe('GIVEN a quick in-process run on a tiny size', () => {
  it('THEN the table lists our engine and every peer with finite figures', async () => {
    const report = await runBench({
      sizes: [0, 5],
      queries: 20,
      seed: 1,
      seedsDir: 'seeds',
      peerBudgetMs: 20_000,
      isolate: false,
      coldStart: false,
      e2e: false,
      startRuns: 1,
    });
    const table = formatReport(report);
    for (const peer of PEERS) expect(table).toContain(peer.name);
    expect(table).toContain('Our engine');
    expect(report.sizes).toHaveLength(2);
    for (const size of report.sizes) {
      expect(size.passages).toBeGreaterThan(0);
      expect(size.peers.map((p) => p.name)).toEqual(PEERS.map((p) => p.name));
      for (const peer of size.peers) {
        expect(peer.status).toBe('ok');
        expect(Number.isFinite(peer.buildMs)).toBe(true);
        expect(Number.isFinite(peer.latency?.p50)).toBe(true);
        expect(Number.isFinite(peer.latency?.p99)).toBe(true);
      }
      expect(size.ours.error).toBeNull();
      expect(Number.isFinite(size.ours.buildMs)).toBe(true);
      // Build and load timed once each in a fresh process, and those are the figures reported.
      expect(size.ours.buildRunsMs).toHaveLength(1);
      expect(size.ours.loadRunsMs).toHaveLength(1);
      expect(size.ours.buildMs).toBe(size.ours.buildRunsMs[0]);
      expect(size.ours.loadMs).toBe(size.ours.loadRunsMs[0]);
      expect(Number.isFinite(size.ours.latency?.p50)).toBe(true);
      expect(Number.isFinite(size.ours.latency?.p99)).toBe(true);
      expect(Number.isFinite(size.ours.heapMB)).toBe(true);
      expect(size.ours.quality?.answerable).toBeGreaterThan(0);
    }
    expect(report.sizes[1]?.articles).toBe((report.sizes[0]?.articles ?? 0) + 5);
    // Each peer may take its 20 s budget per size by design: the suite's 20 s default cannot be the
    // bound (it timed out at a load average of 10 on two cores).
  }, 90_000);
});

describe('GIVEN the real-text section at its --quick size', () => {
  it('THEN first-sight and warm latency, memory, reload and command figures are all finite', async () => {
    const quick = parseBenchArgs(['--quick']).real;
    expect(quick).toBeTruthy();
    const report = await runBench({
      sizes: [],
      queries: 5,
      seed: 1,
      seedsDir: 'seeds',
      peerBudgetMs: 20_000,
      isolate: false,
      coldStart: false,
      e2e: false,
      startRuns: 0,
      real: {
        ...(quick as NonNullable<typeof quick>),
        maxQuestions: 10,
        chunk: 5,
        memoryQuestions: 10,
        freshMemory: true,
      },
      realOnly: true,
      peers: ['minisearch (defaults)', 'minisearch (our stop words)'],
    });
    const real = report.real;
    expect(real).toBeTruthy();
    if (!real) return;
    expect(real.articles).toBeGreaterThan(0);
    expect(real.questions).toBeGreaterThan(0);
    for (const x of [
      real.firstSight.p50,
      real.firstSight.p99,
      real.firstSightCpu.p99,
      real.warm.p99,
      real.buildMs,
      real.loadMs,
    ])
      expect(Number.isFinite(x)).toBe(true);
    expect(real.peers.map((p) => p.name)).toEqual(['minisearch (defaults)', 'minisearch (our stop words)']);
    expect(real.commands.map((c) => c.name)).toContain('/sources');
    // The restarted bot's memory, measured in a process of its own, and its live reload.
    const fresh = real.memory.fresh;
    expect(fresh).toBeTruthy();
    for (const x of [fresh?.steadyRssMB, fresh?.reloadPeakRssMB, fresh?.reloadMs, fresh?.loopDelayMaxMs])
      expect(Number.isFinite(x) && (x as number) > 0).toBe(true);
    expect(formatReport(report)).toContain('Real text');
    expect(formatReport(report)).toContain('memory of a restarted bot');
    expect(formatReport(report)).toContain("at first sight in the process's CPU time");
  }, 90_000);
});
