// The floor the bench compares the bot with: the least a discord.js bot can
// be. It logs in with the Guilds intent and answers every command with one
// fixed embed. Plain JavaScript, started by `npm run bench:floor` with the
// same node flags as `npm start`, so both sides pay the same npm and Node
// start-up and only the bot's own work differs. With FLOOR_REPLY (a JSON file
// holding one message as the bot renders an answer) it sends that message
// instead, handed over as the bot hands its own: the floor of a bot that
// sends a real cited answer without reading the question.
import { readFileSync } from 'node:fs';
import { Client, Events, GatewayIntentBits } from 'discord.js';

const EMBED = { title: 'Floor', description: 'The same answer to every command.', color: 0x8b949e };

function replyFrom(file) {
  const { embeds, components, allowedMentions } = JSON.parse(readFileSync(file, 'utf8'));
  const encodable = (value) => ({ toJSON: () => value });
  return () => ({ embeds: embeds.map(encodable), components: components.map(encodable), allowedMentions });
}
const reply = process.env.FLOOR_REPLY ? replyFrom(process.env.FLOOR_REPLY) : () => ({ embeds: [EMBED] });

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_URL } });
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) interaction.reply(reply()).catch(() => {});
});
client.once(Events.ClientReady, () => process.stdout.write('{"msg":"ready"}\n'));
process.once('SIGTERM', () => {
  void client.destroy().then(() => process.exit(0));
});
await client.login(process.env.DISCORD_TOKEN);
