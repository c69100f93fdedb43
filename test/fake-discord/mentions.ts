/**
 * Who a message would ping, by Discord's `allowed_mentions` rules. A body without `allowed_mentions`
 * pings every mention in its content, `@everyone` included, which is the failure tests guard against.
 */

/** The pings a message body causes. */
export interface Pings {
  everyone: boolean;
  users: string[];
  roles: string[];
  /** Whether a reply pings the author of the message it replies to. */
  repliedUser: boolean;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * The pings of a REST message body (`RecordedRequest.body` of a message, reply, follow-up or edit).
 *
 * @example
 * expect(pingsOf(reply.body)).toEqual({ everyone: false, users: [], roles: [], repliedUser: false });
 */
export function pingsOf(body: unknown): Pings {
  const data = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const inner =
    typeof data.data === 'object' && data.data !== null ? (data.data as Record<string, unknown>) : data;
  const content = typeof inner.content === 'string' ? inner.content : '';
  const users = [...new Set([...content.matchAll(/<@!?(\d+)>/g)].map((match) => match[1] ?? ''))];
  const roles = [...new Set([...content.matchAll(/<@&(\d+)>/g)].map((match) => match[1] ?? ''))];
  const everyone = /@(everyone|here)\b/.test(content);
  const isReply = typeof inner.message_reference === 'object' && inner.message_reference !== null;
  const allowed = inner.allowed_mentions;
  if (typeof allowed !== 'object' || allowed === null)
    return { everyone, users, roles, repliedUser: isReply };
  const rules = allowed as Record<string, unknown>;
  const parse = strings(rules.parse);
  const allowedUsers = strings(rules.users);
  const allowedRoles = strings(rules.roles);
  return {
    everyone: everyone && parse.includes('everyone'),
    users: parse.includes('users') ? users : users.filter((id) => allowedUsers.includes(id)),
    roles: parse.includes('roles') ? roles : roles.filter((id) => allowedRoles.includes(id)),
    repliedUser: isReply && rules.replied_user === true,
  };
}
