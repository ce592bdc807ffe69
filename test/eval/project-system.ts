// This project's search, scored as users meet it: through the /ask command.
import type { Bot } from '../../src/bot.ts';
import type { SearchSystem } from './dev-set.ts';

export function projectSystem(bot: Bot): SearchSystem {
  return async (question) => {
    const reply = await bot.execute('ask', { question: question.q }, { lang: question.lang });
    if (reply.kind === 'decline') return { ranked: [], cited: false, suggested: reply.suggestions.map((r) => r.id) };
    if (reply.kind !== 'answer') return { ranked: [], cited: false };
    return { ranked: [...reply.entryIds, ...reply.related.map((r) => r.id)], cited: reply.citations.length > 0 };
  };
}
