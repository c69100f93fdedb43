import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The development question set kept beside the repository (`../shared/eval`), scored by its own
 * scorer through the `ask --json` batch contract, exactly as an outside tool runs it. Skipped where
 * that folder is absent.
 */
const shared = resolve('..', 'shared');
const scorer = resolve(shared, 'eval', 'score.mjs');

describe.skipIf(!existsSync(scorer))('the shared development question set', () => {
  it('GIVEN the shared seeds THEN hit@1 24/24, hit@3 24/24, the refusal refused, speakers and places all right', () => {
    const out = execFileSync(
      'node',
      [scorer, '.', resolve(shared, 'seeds'), resolve(shared, 'eval', 'questions.jsonl')],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const summary = out.trim().split('\n').at(-1) ?? '';
    const m =
      /hit@1 (\d+)\/(\d+).*hit@3 (\d+)\/(\d+).*refused (\d+)\/(\d+).*speaker (\d+)\/(\d+) place (\d+)\/(\d+)/u.exec(
        summary,
      );
    expect(m, out).not.toBeNull();
    const [h1, n, h3, n3, ref, nref, spk, nspk, plc, nplc] = (m as RegExpExecArray)
      .slice(1)
      .map(Number) as number[];
    expect(h1, out).toBe(n);
    expect(h3, out).toBe(n3);
    expect(ref, out).toBe(nref);
    expect(spk, out).toBe(nspk);
    expect(plc, out).toBe(nplc);
  }, 90_000);
});
