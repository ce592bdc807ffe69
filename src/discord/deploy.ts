// `npm run deploy`: registers every command with one bulk overwrite — in
// DISCORD_GUILD_ID when set (instant, for development), otherwise globally.
// `--clear` removes them from that scope instead.
import { REST, Routes } from 'discord.js';
import type { RESTGetAPIApplicationCommandsResult } from 'discord-api-types/v10';
import { COMMANDS } from '../../commands/index.ts';
import { ConfigError, loadConfig } from '../config/env.ts';
import { scrub } from '../log/logger.ts';
import { commandDefinitions } from './definitions.ts';

async function deploy(): Promise<void> {
  const config = loadConfig();
  const token = config.DISCORD_TOKEN;
  const appId = config.DISCORD_APPLICATION_ID;
  if (!token || !appId) throw new ConfigError('Configuration error: DISCORD_TOKEN and DISCORD_APPLICATION_ID are required to deploy commands');
  const clear = process.argv.includes('--clear');
  const rest = new REST({ version: '10', api: config.DISCORD_API_URL }).setToken(token);
  const guildId = config.DISCORD_GUILD_ID;
  const route = guildId ? Routes.applicationGuildCommands(appId, guildId) : Routes.applicationCommands(appId);
  const scope = guildId ? `in guild ${guildId}` : 'globally';

  const body = clear ? [] : commandDefinitions(COMMANDS, guildId ? 'guild' : 'global');
  const registered = (await rest.put(route, { body })) as RESTGetAPIApplicationCommandsResult;
  if (clear) {
    console.log(`Removed all commands ${guildId ? `from guild ${guildId}` : 'registered globally'}.`);
    return;
  }
  console.log(`Registered ${registered.length} commands ${scope}: ${registered.map((c) => `/${c.name}`).join(', ')}`);
  if (!guildId) {
    console.log('Global commands can take up to an hour to appear in every server.');
    return;
  }
  // The same commands both globally and in a guild show twice to that guild's members.
  const global = (await rest.get(Routes.applicationCommands(appId))) as RESTGetAPIApplicationCommandsResult;
  const twice = global.filter((c) => registered.some((r) => r.name === c.name));
  if (twice.length > 0) {
    console.warn(
      `Warning: ${twice.map((c) => `/${c.name}`).join(', ')} are also registered globally, so members of guild ${guildId} will see them twice.` +
        ' Remove the global ones with: DISCORD_GUILD_ID= npm run deploy -- --clear',
    );
  }
}

deploy().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof ConfigError ? message : `Deploy failed: ${scrub(message)}`);
  process.exit(1);
});
