import { describe, expect, it } from 'vitest';
import { DEFAULT_API_BASE, loadConfig, requireClientId, requireToken } from '../../src/config.ts';
import { ConfigError } from '../../src/errors.ts';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('GIVEN an empty environment THEN it uses the documented defaults and no token', () => {
    expect(loadConfig({})).toEqual({
      token: null,
      clientId: null,
      guildId: null,
      apiBase: DEFAULT_API_BASE,
      seedsDir: 'seeds',
      logLevel: 'info',
      rateLimit: { max: 20, actions: 60, windowSeconds: 60 },
      feedbackFile: 'data/feedback.jsonl',
      watchSeeds: true,
      reloadDebounceMs: 500,
      indexCacheDir: '.cache/index',
      askInThread: [],
      messageContentIntent: false,
      editorRoles: [],
      attachmentTimeoutMs: 10_000,
      digestChannelId: null,
      gapsDir: 'data/gaps',
      gapsRecordUser: false,
    });
  });

  it('GIVEN every variable THEN each is read and typed', () => {
    const config = loadConfig({
      DISCORD_TOKEN: 'abc.def.ghi',
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '876543210987654321',
      DISCORD_API_BASE: 'http://127.0.0.1:5000/api/',
      SEEDS_DIR: 'test/fixtures',
      LOG_LEVEL: 'DEBUG',
      RATE_LIMIT_MAX: '2',
      RATE_LIMIT_ACTIONS_MAX: '7',
      RATE_LIMIT_WINDOW_SECONDS: '10',
      FEEDBACK_FILE: '/tmp/votes.jsonl',
      WATCH_SEEDS: 'FALSE',
      RELOAD_DEBOUNCE_MS: '0',
      INDEX_CACHE_DIR: 'off',
      ASK_IN_THREAD: '123456789012345678, 223456789012345678',
      MESSAGE_CONTENT_INTENT: 'true',
      BRIEFING_EDITOR_ROLES: '323456789012345678',
      ATTACHMENT_TIMEOUT_MS: '2500',
      DIGEST_CHANNEL_ID: '423456789012345678',
      GAPS_DIR: '/var/lib/briefing/gaps',
      GAPS_RECORD_USER: 'true',
    });
    expect(config).toEqual({
      token: 'abc.def.ghi',
      clientId: '123456789012345678',
      guildId: '876543210987654321',
      apiBase: 'http://127.0.0.1:5000/api',
      seedsDir: 'test/fixtures',
      logLevel: 'debug',
      rateLimit: { max: 2, actions: 7, windowSeconds: 10 },
      feedbackFile: '/tmp/votes.jsonl',
      watchSeeds: false,
      reloadDebounceMs: 0,
      indexCacheDir: null,
      askInThread: ['123456789012345678', '223456789012345678'],
      messageContentIntent: true,
      editorRoles: ['323456789012345678'],
      attachmentTimeoutMs: 2500,
      digestChannelId: '423456789012345678',
      gapsDir: '/var/lib/briefing/gaps',
      gapsRecordUser: true,
    });
  });

  it('GIVEN blank values THEN they count as unset', () => {
    expect(loadConfig({ DISCORD_TOKEN: '  ', DISCORD_GUILD_ID: '' })).toMatchObject({
      token: null,
      guildId: null,
    });
  });

  it.each([
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of debug, info, warn, error/],
    ['RATE_LIMIT_MAX', '0', /RATE_LIMIT_MAX must be a whole number/],
    ['RATE_LIMIT_MAX', 'six', /RATE_LIMIT_MAX must be a whole number/],
    ['RATE_LIMIT_ACTIONS_MAX', '0', /RATE_LIMIT_ACTIONS_MAX must be a whole number/],
    ['RATE_LIMIT_WINDOW_SECONDS', '1.5', /RATE_LIMIT_WINDOW_SECONDS must be a whole number/],
    ['DISCORD_CLIENT_ID', 'my-bot', /DISCORD_CLIENT_ID must be a numeric Discord id/],
    ['DISCORD_GUILD_ID', '12ab', /DISCORD_GUILD_ID must be a numeric Discord id/],
    ['DISCORD_API_BASE', 'not a url', /DISCORD_API_BASE must be a URL/],
    ['DISCORD_API_BASE', 'ftp://example.org/api', /DISCORD_API_BASE must be an http\(s\) URL/],
    ['DISCORD_API_BASE', 'https://discord.com/api/v10', /without|must not include the API version/],
    ['DISCORD_TOKEN', 'Bot abc', /DISCORD_TOKEN must be the bare token/],
    ['WATCH_SEEDS', 'maybe', /WATCH_SEEDS must be true or false/],
    ['RELOAD_DEBOUNCE_MS', '-1', /RELOAD_DEBOUNCE_MS must be a whole number of milliseconds/],
    ['RELOAD_DEBOUNCE_MS', '0.5s', /RELOAD_DEBOUNCE_MS must be a whole number of milliseconds/],
    ['ASK_IN_THREAD', 'general', /ASK_IN_THREAD must be all, none, or server ids/],
    ['MESSAGE_CONTENT_INTENT', 'yes please', /MESSAGE_CONTENT_INTENT must be true or false/],
    ['BRIEFING_EDITOR_ROLES', 'Editors', /BRIEFING_EDITOR_ROLES must be Discord ids/],
    ['GAPS_RECORD_USER', 'sometimes', /GAPS_RECORD_USER must be true or false/],
    ['DIGEST_CHANNEL_ID', '#briefing', /DIGEST_CHANNEL_ID must be a numeric Discord id/],
    ['ATTACHMENT_TIMEOUT_MS', '0', /ATTACHMENT_TIMEOUT_MS must be a whole number of at least 1/],
  ])('GIVEN %s=%j THEN a ConfigError names the variable and what to set', (variable, value, message) => {
    const error = configError({ [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(message);
  });

  it('GIVEN no token or client id THEN requiring them says what to set', () => {
    const config = loadConfig({});
    expect(() => requireToken(config)).toThrow(/DISCORD_TOKEN is not set: set it/);
    expect(() => requireClientId(config)).toThrow(
      /DISCORD_CLIENT_ID is not set: set it to your application id/,
    );
  });
});
