/**
 * The bench's output: `results.json` (plain data, for comparing runs) and the aligned text tables
 * printed to stdout (for reading one run).
 */

import type { ColdStart } from './cold-start.ts';
import type { CommandsE2eResult } from './commands-e2e.ts';
import type { E2eResult } from './e2e.ts';
import type { SizeResult } from './measure.ts';
import { ROUNDS, WARMUP_ROUNDS } from './measure.ts';
import type { RealResult } from './real.ts';

export interface BenchReport {
  date: string;
  node: string;
  platform: string;
  cpus: number;
  seed: number;
  seedsDir: string;
  questionsFile: string;
  queries: number;
  peerBudgetMs: number;
  /** Each size in its own process (exact memory figures), or all in this one. */
  isolated: boolean;
  sizes: SizeResult[];
  /** The real-text section (first-sight latency, memory, reload, commands); null when not run. */
  real?: RealResult | null;
  coldStart: ColdStart | null;
  e2e: E2eResult | null;
  /** The same on the real articles (`--e2e` with the real-text section), each question asked once. */
  e2eReal?: E2eResult | null;
  /** Every command through discord.js on a large briefing, alone and under mixed load (`--commands`). */
  commands?: CommandsE2eResult | null;
}

type Cell = string | number | null | undefined;

/** One end-to-end run's lines: `/ask` from dispatch to the answer at REST, and DM pairs. */
function formatE2e(label: string, e2e: E2eResult | null | undefined): string[] {
  if (!e2e) return [`  ${label}: not requested`];
  if (e2e.skipped) return [`  ${label}: skipped (${e2e.skipped})`];
  const out = [
    `  ${label}: /ask dispatch → answer at REST over ${e2e.queries} interactions (20 a second): p50 ${ms(e2e.latency?.p50)}, p99 ${ms(e2e.latency?.p99)}` +
      (e2e.unanswered ? `, ${e2e.unanswered} without an answer` : '') +
      (e2e.rssMB === null
        ? ''
        : `; RSS after start ${e2e.rssMB.toFixed(0)} MB (bot and fake Discord in one process)`),
  ];
  if (e2e.dm)
    out.push(
      `  ${label}: DM question → reply over ${e2e.dm.pairs} pairs: first p50 ${ms(e2e.dm.first?.p50)}, p99 ${ms(e2e.dm.first?.p99)}; ` +
        `its follow-up ("and on China?", "where?") p50 ${ms(e2e.dm.followUp?.p50)}, p99 ${ms(e2e.dm.followUp?.p99)}`,
    );
  return out;
}

function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 1) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

function mb(value: number | null | undefined, exact: boolean): string {
  if (value === null || value === undefined) return 'n/a';
  return `${exact ? '' : '~'}${value.toFixed(0)} MB`;
}

function ratio(hits: number | null | undefined, total: number): string {
  return hits === null || hits === undefined ? 'n/a' : `${hits}/${total}`;
}

/** Columns padded to their widest cell: right-aligned (figures), except the `left` ones (names, notes). */
export function formatTable(
  headers: readonly string[],
  rows: readonly Cell[][],
  left: readonly string[] = [],
): string {
  const cells = rows.map((row) => row.map((c) => (c === null || c === undefined ? 'n/a' : String(c))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (row: readonly string[]) =>
    row
      .map((c, i) =>
        left.includes(headers[i] ?? '') ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export function formatReport(report: BenchReport): string {
  const out: string[] = [];
  out.push(
    `briefing-bot bench — ${report.date}, node ${report.node}, ${report.cpus} CPUs, seed ${report.seed}, ` +
      `${report.queries} queries × ${ROUNDS} timed rounds after ${WARMUP_ROUNDS} warm-up rounds, questions from ${report.questionsFile}`,
  );
  out.push('');
  if (report.real) out.push(formatReal(report.real), '');
  // --commands-only: no size was run, and the sections below would be empty tables.
  if (report.sizes.length === 0 && report.commands && !report.coldStart && !report.e2e) {
    out.push(formatCommands(report.commands));
    return `${out.join('\n')}\n`;
  }
  out.push(
    'Our engine on the seeds + generated distractors (openBriefing + ask; warm: the questions replayed after warm-up rounds)',
  );
  out.push(
    formatTable(
      [
        'distractors',
        'articles',
        'passages',
        'statements',
        'build',
        'load',
        'heap',
        'rss',
        'p50',
        'p99',
        'hit@1',
        'hit@3',
        'refused',
        'false-ref',
        'briefing-1st',
        'note',
      ],
      report.sizes.map((s) => {
        const o = s.ours;
        const q = o.quality;
        if (!o.ok)
          return [
            s.distractors,
            s.articles,
            s.passages,
            ...Array<Cell>(12).fill(null),
            `failed: ${o.error ?? 'unknown error'}`,
          ];
        return [
          s.distractors,
          s.articles,
          s.passages,
          o.statements,
          ms(o.buildMs),
          ms(o.loadMs),
          mb(o.heapMB, s.gcExact),
          mb(o.rssMB, true),
          ms(o.latency?.p50),
          ms(o.latency?.p99),
          q ? `${q.hit1}/${q.answerable}` : null,
          q ? `${q.hit3}/${q.answerable}` : null,
          q ? `${q.refused}/${q.unanswerable}` : null,
          q ? q.falseRefusals : null,
          q ? `${q.briefingFirst}/${q.answerable}` : null,
          [
            o.timedQueries < report.queries
              ? `latency over ${o.timedQueries} of ${report.queries} queries (budget)`
              : '',
            o.warnings ? `${o.warnings} loader warnings` : '',
          ]
            .filter(Boolean)
            .join('; '),
        ];
      }),
      ['note'],
    ),
  );
  const starts = report.sizes.filter((s) => s.ours.buildRunsMs.length > 0);
  if (starts.length > 0) {
    out.push(
      'build and load: median of fresh processes, each JIT cold with the engine imported (runs in ms):',
    );
    for (const s of starts) {
      out.push(
        `  ${s.distractors} distractors: build ${runs(s.ours.buildRunsMs)}; load ${runs(s.ours.loadRunsMs)}`,
      );
    }
  } else out.push('build and load: timed once, in the measuring process');
  out.push('');
  out.push(
    'Peers (same passages and queries; p99 ratio = peer p99 / ours; hit@1 = top passage holds an expected phrase)',
  );
  const peerRows: Cell[][] = [];
  for (const s of report.sizes) {
    for (const p of s.peers) {
      peerRows.push(
        p.status === 'ok'
          ? [
              s.distractors,
              p.name,
              ms(p.buildMs),
              ms(p.latency?.p50),
              ms(p.latency?.p99),
              p.p99Ratio === null
                ? 'n/a'
                : `${p.p99Ratio >= 10 ? p.p99Ratio.toFixed(0) : p.p99Ratio.toPrecision(2)}×`,
              ratio(p.hit1, p.answerable),
              '',
            ]
          : [s.distractors, p.name, null, null, null, null, null, p.note ?? 'skipped (too slow)'],
      );
    }
  }
  out.push(
    formatTable(['distractors', 'peer', 'build', 'p50', 'p99', 'p99 ratio', 'hit@1', 'note'], peerRows, [
      'peer',
      'note',
    ]),
  );
  out.push('');
  out.push('Live reload (one article added; a question every 10 ms meanwhile, answered from the old index)');
  out.push(
    formatTable(
      ['distractors', 'reload', 'answered meanwhile', 'loop delay p50', 'p99', 'max'],
      report.sizes
        .filter((s) => s.ours.reload)
        .map((s) => {
          const r = s.ours.reload as NonNullable<typeof s.ours.reload>;
          return [s.distractors, ms(r.ms), r.answered, ms(r.delayP50Ms), ms(r.delayP99Ms), ms(r.delayMaxMs)];
        }),
      [],
    ),
  );
  out.push('');
  const cold = report.coldStart;
  if (!cold) out.push('Cold start: not run');
  else if (cold.skipped) out.push(`Cold start: skipped (${cold.skipped})`);
  else
    out.push(
      `Cold start (${cold.command}): median ${ms(cold.medianMs)} over ${cold.runsMs.length} runs ` +
        `[${cold.runsMs.map((x) => ms(x)).join(', ')}]${cold.failures ? `, ${cold.failures} failed` : ''}`,
    );
  out.push('');
  out.push('End to end through the fake Discord (--e2e)');
  out.push(...formatE2e('seeds', report.e2e));
  if (report.e2eReal !== undefined) out.push(...formatE2e('real articles', report.e2eReal));
  if (report.commands) out.push('', formatCommands(report.commands));
  if (!report.isolated) out.push('\n(in-process run: memory figures include earlier sizes)');
  return `${out.join('\n')}\n`;
}

/** Issue #13's targets for the commands section: each answer and each `/ask` under mixed load. */
const COMMAND_TARGET_MS = 100;
const MIXED_ASK_P99_TARGET_MS = 50;
/** Issue #13's: heap growth over 25,000 distinct users; the hostile files' load, question and loop. */
const USERS_HEAP_TARGET_MB = 20;
const HOSTILE_LOAD_TARGET_MS = 1000;
const HOSTILE_QUESTION_TARGET_MS = 50;
const HOSTILE_LOOP_TARGET_MS = 50;
/** Issue #12's: the event loop's longest delay during any command. */
const LOOP_TARGET_MS = 20;

function over(value: number, target: number, unit = 'ms'): string {
  return Number.isFinite(value) && value > target ? ` (over ${target} ${unit})` : '';
}

/** The commands section: one line per kind of interaction, then the mixed-load runs. */
export function formatCommands(c: CommandsE2eResult): string {
  const out = [
    `Every command through discord.js and the fake Discord (--commands): ${c.articles} articles, opened in ${ms(c.openMs)}; ` +
      `load average ${c.loadAverage[0].toFixed(1)} at the start, ${c.loadAverage[1].toFixed(1)} at the end`,
  ];
  if (c.skipped) return `${out[0]}\n  skipped: ${c.skipped}`;
  out.push(
    "  (first: the first call of its kind since the bot started, not in the percentiles; loop max: the bot process's",
    '   longest event-loop delay; busy: the most CPU time it used within one delay, what the bot itself held the loop',
    '   for: the rest of a longer delay was other processes on the machine)',
  );
  out.push(
    formatTable(
      ['interaction', 'first', 'calls', 'p50', 'p99', 'max', 'no answer', 'loop max', 'busy', 'note'],
      c.commands.map((t) => [
        t.name,
        ms(t.firstMs),
        t.calls,
        ms(t.p50),
        ms(t.p99),
        ms(t.max),
        t.unanswered,
        ms(t.loopMaxMs),
        ms(t.loopBusyMs),
        `${over(t.max, COMMAND_TARGET_MS)}${t.loopBusyMs > LOOP_TARGET_MS ? ` (bot held the loop over ${LOOP_TARGET_MS} ms)` : ''}`.trim(),
      ]),
      ['interaction', 'note'],
    ),
  );
  for (const run of c.mixed) {
    out.push(
      `  Mixed, ${run.limited ? 'default rate limits' : 'no rate limit'}, other user ${run.pace === 'flood' ? 'flooding (next as soon as answered)' : 'at the limit (waits out refusals; 10 keystrokes a second)'}, ${run.seconds} s: 20 /ask a second from new users, ` +
        `${run.ask.calls} sent: p50 ${ms(run.ask.p50)}, p99 ${ms(run.ask.p99)}${over(run.ask.p99, MIXED_ASK_P99_TARGET_MS)}, ` +
        `max ${ms(run.ask.max)}, ${run.ask.unanswered} without an answer; event loop longest delay ${ms(run.loopMaxMs)}` +
        `, p99 ${ms(run.loopP99Ms)}; the bot's own longest hold ${ms(run.loopBusyMs)}${over(run.loopBusyMs, LOOP_TARGET_MS)}`,
    );
    for (const o of run.other) {
      out.push(
        `    other user's ${o.name}: ${o.sent} sent, ${o.served} served, ${o.refused} refused by the limit` +
          `${o.unanswered ? `, ${o.unanswered} unanswered` : ''}; p99 ${ms(o.p99)}, max ${ms(o.max)}`,
      );
    }
  }
  const users = c.users;
  if (users) {
    const growth = users.heapAfterMB - users.heapBeforeMB;
    out.push(
      `  ${users.users} users asking one question each (seeds only): bot heap ${users.exact ? '' : '~'}${users.heapBeforeMB.toFixed(1)} MB → ` +
        `${users.heapAfterMB.toFixed(1)} MB after collection, ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB${over(growth, USERS_HEAP_TARGET_MB, 'MB')}` +
        (users.unanswered ? `; ${users.unanswered} unanswered` : ''),
    );
  }
  const h = c.hostile;
  if (h) {
    out.push(
      `  Hostile files (${h.files.map((f) => `${f.name} ${(f.bytes / 1024).toFixed(0)} KB`).join(', ')}), one paragraph each: ` +
        `load ${ms(h.loadMs)}${over(h.loadMs, HOSTILE_LOAD_TARGET_MS)}; live reload bringing them in ${ms(h.reloadMs)}, ` +
        `event loop's longest delay meanwhile ${ms(h.reloadLoopMaxMs)}${over(h.reloadLoopMaxMs, HOSTILE_LOOP_TARGET_MS)}; ` +
        `${h.questions} questions over them: slowest question ${ms(h.questionMaxMs)}${over(h.questionMaxMs, HOSTILE_QUESTION_TARGET_MS)} ("${h.slowest}"), ` +
        `loop ${ms(h.questionsLoopMaxMs)}`,
    );
  }
  return out.join('\n');
}

/** Times of repeated runs, in ms, in order. */
function runs(list: readonly number[]): string {
  return list.map((x) => x.toFixed(0)).join(', ');
}

function times(ratio: number): string {
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toPrecision(2)}×`;
}

/** The real-text section: first-sight and warm latency beside the peers, memory, reload, commands. */
export function formatReal(r: RealResult): string {
  const out: string[] = [];
  out.push(`Real text: ${r.corpus}`);
  out.push(
    `  ${r.articles} articles, ${r.paragraphs} paragraphs; build ${ms(r.buildMs)}, load from the persisted briefing ${ms(r.loadMs)} (in the measuring process); ` +
      `${r.questions} distinct questions, each timed once on an index loaded fresh for its chunk (JIT warmed on other questions)`,
  );
  if (r.starts.build.open.length > 0 || r.starts.load.open.length > 0)
    out.push(
      `  fresh processes (engine imported, JIT cold; runs in ms): build ${runs(r.starts.build.open)}; ` +
        `load from the persisted briefing ${runs(r.starts.load.open)}; to its first answer ${runs(r.starts.load.firstAnswer)}`,
    );
  const rows: Cell[][] = [
    [
      'ours',
      ms(r.buildMs),
      ms(r.firstSight.p50),
      ms(r.firstSight.p99),
      ms(r.warm.p50),
      ms(r.warm.p99),
      '',
      '',
    ],
    ...r.peers.map((p) => [
      p.questions < r.questions ? `${p.name} (${p.questions} of the questions)` : p.name,
      ms(p.buildMs),
      ms(p.firstSight.p50),
      ms(p.firstSight.p99),
      ms(p.warm.p50),
      ms(p.warm.p99),
      times(p.p50Ratio),
      times(p.p99Ratio),
    ]),
  ];
  out.push(
    formatTable(
      ['engine', 'build', 'first p50', 'first p99', 'warm p50', 'warm p99', 'p50 ratio', 'p99 ratio'],
      rows,
      ['engine'],
    ),
  );
  out.push('  (ratio = peer / ours at first sight, same run: above 1, ours is faster)');
  if (r.firstSightCpu)
    out.push(
      `  ours at first sight in the process's CPU time (no waits for a core; the collector's helper threads counted too): p50 ${ms(r.firstSightCpu.p50)}, p99 ${ms(r.firstSightCpu.p99)}`,
    );
  if (r.afterCollection)
    out.push(
      `  ours warm, each question right after a full collection: p50 ${ms(r.afterCollection.p50)}, p99 ${ms(r.afterCollection.p99)} ` +
        `(warm without: p50 ${ms(r.warm.p50)}, p99 ${ms(r.warm.p99)})`,
    );
  const m = r.memory;
  out.push(
    `  memory: engine alone ${mb(m.engineHeapMB, m.engineHeapMB !== null)} heap; after ${m.memoryQuestions} first-sight questions ` +
      `${mb(m.steadyHeapMB, m.steadyHeapMB !== null)} (growth ${m.heapGrowthMB === null ? 'n/a' : `${m.heapGrowthMB.toFixed(1)} MB`}); ` +
      `RSS steady ${mb(m.steadyRssMB, true)}, reload peak ${mb(m.reloadPeakRssMB, true)} (${(m.reloadPeakRssMB / m.steadyRssMB).toFixed(2)}× steady)`,
  );
  const f = m.fresh;
  if (f)
    out.push(
      `  memory of a restarted bot (fresh process, opened from the persisted index): RSS ${mb(f.steadyRssMB, true)} after ${m.memoryQuestions} first-sight questions ` +
        `(heap ${mb(f.steadyHeapMB, true)}), live reload peak ${mb(f.reloadPeakRssMB, true)} (${(f.reloadPeakRssMB / f.steadyRssMB).toFixed(2)}× steady); ` +
        `its reload ${ms(f.reloadMs)}, event loop delay p99 ${ms(f.loopDelayP99Ms)}, max ${ms(f.loopDelayMaxMs)}`,
    );
  const re = r.reload;
  out.push(
    `  live reload: ${ms(re.ms)}, ${re.asked} questions asked meanwhile (20 a second): each p50 ${ms(re.askP50Ms)}, max ${ms(re.askMaxMs)}; ` +
      `event loop delay p99 ${ms(re.loopDelayP99Ms)}, max ${ms(re.loopDelayMaxMs)}`,
  );
  out.push(
    formatTable(
      ['command', 'calls', 'p50', 'max', 'cpu max'],
      r.commands.map((c) => [c.name, c.calls, ms(c.p50), ms(c.max), ms(c.cpuMax)]),
      ['command'],
    ),
  );
  out.push(`  event loop delay while the commands ran: max ${ms(r.commandsLoopDelayMaxMs)}`);
  return out.join('\n');
}
