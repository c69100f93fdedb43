/**
 * The bot's REST client: discord.js's own, except that requests made with an interaction's token
 * (the edit of a deferred reply, follow-ups, deleting a reply) do not wait on the bot's global budget
 * of 50 requests a second. Discord does not count them against it ("interaction endpoints are not
 * bound to the bot's Global Rate Limit"), but @discordjs/rest counts every request it sends except
 * the first response (`/interactions/:id/:token/callback`): under a burst of questions, the answers
 * came out 50 a second behind their "thinking…". Those requests keep their own per-route limits, and
 * a 429 from Discord is still waited out.
 *
 * @example
 * client.rest = new InteractionRest(client.options.rest, () => client.application?.id ?? null);
 */
import { type InternalRequest, REST, type RESTOptions, type ResponseLike } from 'discord.js';

/** How often idle per-token request queues are dropped. */
const TOKEN_QUEUE_SWEEP_MS = 10_000;

export class InteractionRest extends REST {
  /** Sends the interaction-token requests: the same options, no global budget of its own. */
  readonly #tokenRequests: REST;

  constructor(
    options: Partial<RESTOptions>,
    /** The application's id once known: interaction webhooks are `/webhooks/<application id>/<token>`. */
    private readonly applicationId: () => string | null,
  ) {
    super(options);
    this.#tokenRequests = new REST({
      ...options,
      globalRequestsPerSecond: Number.POSITIVE_INFINITY,
      // One queue per interaction token, of no use once its answer is sent: dropped when idle, not
      // kept for discord.js's default hour, which adds one per question asked.
      handlerSweepInterval: TOKEN_QUEUE_SWEEP_MS,
    });
  }

  override queueRequest(request: InternalRequest): Promise<ResponseLike> {
    return isInteractionTokenRequest(request, this.applicationId())
      ? this.#tokenRequests.queueRequest(request)
      : super.queueRequest(request);
  }

  override clearHashSweeper(): void {
    super.clearHashSweeper();
    this.#tokenRequests.clearHashSweeper();
  }

  override clearHandlerSweeper(): void {
    super.clearHandlerSweeper();
    this.#tokenRequests.clearHandlerSweeper();
  }
}

/**
 * A request authorised by an interaction's token alone: sent without the bot token (`auth: false`,
 * as discord.js sends every interaction response) to the application's own webhook.
 */
export function isInteractionTokenRequest(
  request: Pick<InternalRequest, 'auth' | 'fullRoute'>,
  applicationId: string | null,
): boolean {
  return (
    request.auth === false &&
    applicationId !== null &&
    request.fullRoute.startsWith(`/webhooks/${applicationId}/`)
  );
}
