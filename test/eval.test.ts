import { beforeAll, describe, expect, it } from 'vitest';
import { openBriefing } from '../src/answer/briefing.ts';
import { type EvalReport, loadQuestions, renderReport, scoreQuestions } from '../src/cli/eval.ts';

/**
 * The question set over the seed briefing, with the thresholds ranking and refusal changes must
 * keep. When one fails, `npm run eval` lists the questions behind it. The thresholds sit at what the
 * engine measures now (hit@1 76%, hit@3 89%, 5 false refusals out of 45): the misses are paraphrases
 * that share almost no word with the text ("stalling" for "buy time"), which only synonyms would
 * reach. Raise them as the engine improves; never lower them to make a change pass.
 */
describe('the question set over the seed briefing', () => {
  let report: EvalReport;

  beforeAll(async () => {
    const briefing = await openBriefing('seeds');
    report = scoreQuestions(briefing, await loadQuestions());
  });

  it('finds the right excerpt first for at least 75% of answerable questions', () => {
    expect(report.summary.hitAt1, renderReport(report)).toBeGreaterThanOrEqual(0.75);
  });

  it('finds it in the top 3 for at least 88%', () => {
    expect(report.summary.hitAt3, renderReport(report)).toBeGreaterThanOrEqual(0.88);
  });

  it('refuses every question the briefing cannot answer', () => {
    expect(report.summary.refusalsCorrect, renderReport(report)).toBe(report.summary.unanswerable);
  });

  it('refuses at most 5 of the questions it can answer', () => {
    expect(report.summary.falseRefusals, renderReport(report)).toBeLessThanOrEqual(5);
  });

  it('names the right speaker and place for at least 90% of hits', () => {
    expect(report.summary.speakerAccuracy, renderReport(report)).toBeGreaterThanOrEqual(0.9);
    expect(report.summary.placeAccuracy, renderReport(report)).toBeGreaterThanOrEqual(0.9);
  });
});
