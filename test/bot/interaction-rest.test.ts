import { describe, expect, it } from 'vitest';
import { isInteractionTokenRequest } from '../../src/bot/interaction-rest.ts';

describe('isInteractionTokenRequest', () => {
  const app = '1100000000000000001';
  it.each([
    [{ auth: false, fullRoute: `/webhooks/${app}/tok/messages/@original` }, true],
    [{ auth: false, fullRoute: `/webhooks/${app}/tok` }, true],
    [{ auth: false, fullRoute: '/webhooks/999/other-token' }, false],
    [{ auth: true, fullRoute: `/webhooks/${app}/tok` }, false],
    [{ fullRoute: '/channels/1/messages' }, false],
  ] as const)('GIVEN %j THEN %s', (request, expected) => {
    expect(isInteractionTokenRequest(request as never, app)).toBe(expected);
  });

  it('GIVEN no application id yet THEN nothing is exempt', () => {
    expect(isInteractionTokenRequest({ auth: false, fullRoute: `/webhooks/${app}/tok` } as never, null)).toBe(
      false,
    );
  });
});
