/**
 * The project's error vocabulary. Only two kinds of message are ever shown to a user: a `UserError`'s
 * own words, or one generic line; everything else stays in the log, where it cannot leak paths,
 * tokens or stack traces into a channel.
 */

/** An error whose message is written for the person who asked, so it may be shown as is. */
export class UserError extends Error {
  override name = 'UserError';
}

/** A missing or malformed setting: names the variable and says what to set, so start-up fails clearly. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable} ${message}`);
  }
}

/** The line shown for an error that is not a `UserError`: short, and promising nothing it cannot keep. */
export const GENERIC_ERROR_MESSAGE = 'Something went wrong while answering that. Please try again.';

/** What a user may see of an error. */
export function publicMessage(error: unknown): string {
  return error instanceof UserError ? error.message : GENERIC_ERROR_MESSAGE;
}
