// The floor the bench compares the bot with: the least a discord.js bot can
// be. It logs in with the Guilds intent and answers every command with one
// fixed embed. Plain JavaScript, started by `npm run bench:floor` with the
// same node flags as `npm start`, so both sides pay the same npm and Node
// start-up and only the bot's own work differs.
import { Client, Events, GatewayIntentBits } from 'discord.js';

const EMBED = { title: 'Floor', description: 'The same answer to every command.', color: 0x8b949e };

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_URL } });
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) interaction.reply({ embeds: [EMBED] }).catch(() => {});
});
client.once(Events.ClientReady, () => process.stdout.write('{"msg":"ready"}\n'));
process.once('SIGTERM', () => {
  void client.destroy().then(() => process.exit(0));
});
await client.login(process.env.DISCORD_TOKEN);
