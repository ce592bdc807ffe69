// /ask interactions sent through the fake Discord, the dev-set questions in
// turn, each from a new user so the per-user cooldown (5 per 10 s) never
// refuses one: the bench measures answers, not refusals. No question is sent
// twice: each pass over the questions widens the first space of every one,
// so the words, and so the search's work, stay the same, but a bot that
// remembered past outcomes could not answer any from memory — real traffic
// is mostly questions never asked before.
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { performance } from 'node:perf_hooks';
import type { FakeDiscord } from '../fake-discord/index.ts';
import { loadDevSet } from '../eval/dev-set.ts';

const FIRST_USER = 300_000_000_000_000_000n;

/** Resolves with the milliseconds from sending one /ask to the bot's callback. */
export type Ask = () => Promise<number>;

export function askTraffic(fake: FakeDiscord): Ask {
  const questions = loadDevSet();
  let sent = 0;
  return async () => {
    const question = questions[sent % questions.length];
    if (!question) throw new Error('the development set is empty');
    const text = question.q.replace(' ', ' '.repeat(1 + Math.floor(sent / questions.length)));
    const userId = String(FIRST_USER + BigInt(sent++));
    const start = performance.now();
    const handle = fake.sendInteraction(
      fake.slashCommand({ name: 'ask', options: { question: text }, userId, locale: question.lang === 'en' ? 'en-US' : question.lang }),
    );
    const callback = await handle.waitForCallback();
    const ms = performance.now() - start;
    const flags = (callback.data as { flags?: number } | undefined)?.flags ?? 0;
    // A deferral would time only the "thinking…" reply; an ephemeral reply here is a cooldown refusal.
    if (callback.type !== InteractionResponseType.ChannelMessageWithSource || flags & MessageFlags.Ephemeral) {
      throw new Error(`the bot did not answer "${question.q}" directly (callback type ${callback.type}, flags ${flags})`);
    }
    return ms;
  };
}
