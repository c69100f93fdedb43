// Registers the bot's slash and context-menu commands with Discord (`--dry-run` prints them instead).
import { loadConfig } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { commandPayloads, DeployTimeoutError, deployCommands } from './deploy.ts';

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--dry-run')) {
    process.stdout.write(`${JSON.stringify(commandPayloads(), null, 2)}\n`);
    return 0;
  }
  const config = loadConfig();
  const result = await deployCommands(config);
  const where = result.scope === 'guild' ? `in server ${config.guildId}` : 'globally';
  process.stderr.write(`Registered ${result.count} commands ${where}.\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof ConfigError
        ? error.message
        : `Could not register commands: ${error instanceof DeployTimeoutError ? error.message : String(error)}`;
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  },
);
