import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPolnearLib, type SplitScore, scoreSplit, targetLine } from '../../src/cli/eval-attribution.ts';

/**
 * Attribution measured on the PolNeAR dev split kept beside the repository (`../shared/polnear`),
 * in this process with the scorer's own rules (`lib.mjs`), so that a change that loses quotes,
 * speakers or reported statements fails here. The thresholds sit just under the figures reached
 * (found 96.1%, speaker 98.3%, attributed 93.1%, precision 0.941, indirect 87.9% / 95.9%).
 * Figures only: the build time is not asserted.
 * Skipped where the folder is absent.
 */
const polnear = path.resolve('..', 'shared', 'polnear');
const present = existsSync(path.join(polnear, 'lib.mjs')) && existsSync(path.join(polnear, 'dev'));

describe.skipIf(!present)('attribution on PolNeAR dev', () => {
  let score: SplitScore;
  beforeAll(async () => {
    score = await scoreSplit(await loadPolnearLib(polnear), path.join(polnear, 'dev'));
  }, 60_000);

  const share = (a: number, b: number) => (b === 0 ? 0 : a / b);

  it('finds the direct quotes of four words or more', () => {
    expect(share(score.quotes.long.found, score.quotes.long.n), targetLine(score)).toBeGreaterThanOrEqual(
      0.955,
    );
  });

  it('names the speaker the text names, for found quotes', () => {
    const { ok, n } = score.quotes.spk.text;
    expect(share(ok, n), targetLine(score)).toBeGreaterThanOrEqual(0.975);
  });

  it('attributes quotes end to end and keeps its direct statements precise', () => {
    const q = score.quotes;
    expect(share(q.spk.ok, q.n - q.nullSpeaker), targetLine(score)).toBeGreaterThanOrEqual(0.925);
    expect(share(q.prec.ok, q.prec.n), targetLine(score)).toBeGreaterThanOrEqual(0.938);
  });

  it('attributes reported (indirect) statements', () => {
    const i = score.indirect;
    expect(i, 'the split has indirect gold').not.toBeNull();
    if (!i) return;
    expect(share(i.ok, i.n), targetLine(score)).toBeGreaterThanOrEqual(0.87);
    expect(share(i.ok, i.found), targetLine(score)).toBeGreaterThanOrEqual(0.955);
  });
});
