import { describe, expect, it } from 'vitest';
import type { E2eResult } from '../../bench/e2e.ts';
import { latencyOf } from '../../bench/measure.ts';
import { formatReport } from '../../bench/report.ts';
import { emptyReport } from './report-fixture.ts';

const run = (p50: number): E2eResult => ({
  skipped: null,
  queries: 250,
  latency: latencyOf([p50, p50, p50 * 3]),
  unanswered: 0,
  rssMB: 120,
  dm: { pairs: 60, first: latencyOf([p50]), followUp: latencyOf([p50]) },
});

const report = (e2eReal?: E2eResult | null) =>
  formatReport({
    ...emptyReport(),
    e2e: run(2),
    ...(e2eReal === undefined ? {} : { e2eReal }),
  });

describe('end-to-end figures in the bench report', () => {
  it('GIVEN runs on the seeds and on the real articles THEN each is reported under its own label', () => {
    const text = report(run(7));
    expect(text).toMatch(/seeds: \/ask dispatch → answer at REST over 250 interactions .*p50 2\.0 ms/u);
    expect(text).toMatch(
      /real articles: \/ask dispatch → answer at REST over 250 interactions .*p50 7\.0 ms/u,
    );
    expect(text).toMatch(/real articles: DM question → reply over 60 pairs/u);
  });

  it('GIVEN no real articles THEN the report says the real run was not made, and an older report has no such line', () => {
    expect(report(null)).toMatch(/real articles: not requested/u);
    expect(report()).not.toMatch(/real articles/u);
  });
});
