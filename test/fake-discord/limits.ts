/**
 * Discord's limits on message bodies, checked the way Discord checks them, so that a bot that
 * passes against the fake does not fail in production with "Invalid Form Body" (code 50035).
 * Lengths count code points, as Discord does.
 */

/** The JSON body Discord answers a rejected request with. */
export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: Record<string, unknown>;
}

type Problems = Map<string, string>;

const length = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0);

function max(problems: Problems, path: string, value: unknown, limit: number): void {
  if (length(value) > limit) problems.set(path, `Must be ${limit} or fewer in length.`);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function checkEmbeds(problems: Problems, embeds: unknown[]): void {
  if (embeds.length > 10) problems.set('embeds', 'Must be 10 or fewer in length.');
  let total = 0;
  embeds.forEach((raw, i) => {
    const embed = record(raw);
    const footer = record(embed.footer);
    const author = record(embed.author);
    const fields = list(embed.fields);
    max(problems, `embeds.${i}.title`, embed.title, 256);
    max(problems, `embeds.${i}.description`, embed.description, 4096);
    max(problems, `embeds.${i}.footer.text`, footer.text, 2048);
    max(problems, `embeds.${i}.author.name`, author.name, 256);
    if (fields.length > 25) problems.set(`embeds.${i}.fields`, 'Must be 25 or fewer in length.');
    total += length(embed.title) + length(embed.description) + length(footer.text) + length(author.name);
    fields.forEach((rawField, j) => {
      const field = record(rawField);
      max(problems, `embeds.${i}.fields.${j}.name`, field.name, 256);
      max(problems, `embeds.${i}.fields.${j}.value`, field.value, 1024);
      total += length(field.name) + length(field.value);
    });
  });
  if (total > 6000) problems.set('embeds', 'Embed size exceeds maximum size of 6000');
}

function checkComponents(problems: Problems, rows: unknown[]): void {
  if (rows.length > 5) problems.set('components', 'Must be 5 or fewer in length.');
  rows.forEach((rawRow, i) => {
    const row = record(rawRow);
    if (row.type !== 1) return;
    const children = list(row.components);
    if (children.length > 5) problems.set(`components.${i}.components`, 'Must be 5 or fewer in length.');
    children.forEach((rawChild, j) => {
      const child = record(rawChild);
      max(problems, `components.${i}.components.${j}.label`, child.label, 80);
      max(problems, `components.${i}.components.${j}.custom_id`, child.custom_id, 100);
    });
  });
}

function invalidFormBody(problems: Problems): DiscordErrorBody | null {
  if (problems.size === 0) return null;
  const errors: Record<string, unknown> = {};
  for (const [path, message] of problems) {
    let node = errors;
    for (const key of path.split('.')) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node._errors = [{ code: 'BASE_TYPE_MAX_LENGTH', message }];
  }
  return { code: 50035, message: 'Invalid Form Body', errors };
}

/**
 * Checks a message body (a channel message, an interaction reply, a follow-up or an edit).
 * `creating` adds Discord's rule that a new message cannot be empty (code 50006).
 */
export function checkMessageBody(body: unknown, creating: boolean, fileCount = 0): DiscordErrorBody | null {
  const data = record(body);
  const problems: Problems = new Map();
  max(problems, 'content', data.content, 2000);
  checkEmbeds(problems, list(data.embeds));
  checkComponents(problems, list(data.components));
  const invalid = invalidFormBody(problems);
  if (invalid) return invalid;
  const isComponentsV2 = (Number(data.flags ?? 0) & (1 << 15)) !== 0;
  const empty =
    length(data.content) === 0 &&
    list(data.embeds).length === 0 &&
    list(data.components).length === 0 &&
    list(data.sticker_ids).length === 0 &&
    data.poll === undefined &&
    fileCount === 0 &&
    !isComponentsV2;
  if (creating && empty) return { code: 50006, message: 'Cannot send an empty message' };
  return null;
}

/** Checks the choices of an autocomplete result: at most 25, name and value 1 to 100 each. */
export function checkAutocompleteChoices(body: unknown): DiscordErrorBody | null {
  const choices = list(record(body).choices);
  const problems: Problems = new Map();
  if (choices.length > 25) problems.set('data.choices', 'Must be 25 or fewer in length.');
  choices.forEach((raw, i) => {
    const choice = record(raw);
    max(problems, `data.choices.${i}.name`, choice.name, 100);
    max(problems, `data.choices.${i}.value`, choice.value, 100);
  });
  return invalidFormBody(problems);
}
