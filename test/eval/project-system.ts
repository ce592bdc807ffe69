// This project's search, scored as users meet it: through the /ask command,
// with the pipeline's trace of why, for a curator reading failures.
import type { Bot } from '../../src/bot.ts';
import type { SearchSystem } from './dev-set.ts';

export function projectSystem(bot: Bot): SearchSystem {
  return async (question) => {
    const reply = await bot.execute('ask', { question: question.q }, { lang: question.lang });
    const explain = () =>
      bot.pipeline
        .run(question.q)
        .trace.map((t) => `${t.step}: ${t.note}`)
        .join(' · ');
    const base = { lang: reply.lang, explain };
    if (reply.kind === 'decline') return { ...base, ranked: [], cited: false, suggested: reply.suggestions.map((r) => r.id) };
    if (reply.kind !== 'answer') return { ...base, ranked: [], cited: false };
    return { ...base, ranked: [...reply.entryIds, ...reply.related.map((r) => r.id)], cited: reply.citations.length > 0 };
  };
}
