// /quote: a verbatim quote with its speaker, occasion and source; by words or
// speaker when given, otherwise one at random.
import { composeAnswer, entryTitle } from '../src/answer/compose.ts';
import { listDecline } from '../src/answer/decline.ts';
import { t } from '../src/answer/i18n.ts';
import { answerLanguage, defineCommand, entryValue, expiredPick, pickedEntry, pickRandom } from './command.ts';

const AUTOCOMPLETE_LIMIT = 25;

export const quote = defineCommand({
  name: 'quote',
  localNames: { fr: 'citation', vi: 'trích-dẫn' },
  description: {
    fr: 'Une citation exacte, avec son auteur et sa source',
    en: 'A verbatim quote, with its speaker and source',
    vi: 'Một trích dẫn nguyên văn, kèm người nói và nguồn',
  },
  example: { fr: '/quote multilatéralisme', en: '/quote Guterres', vi: '/quote đa phương' },
  options: [
    {
      name: 'query',
      localNames: { fr: 'recherche', vi: 'tìm' },
      type: 'string',
      autocomplete: true,
      rest: true,
      maxLength: 200,
      description: { fr: 'Mots de la citation ou nom de l’orateur', en: 'Words of the quote or the speaker’s name', vi: 'Từ trong trích dẫn hoặc tên người nói' },
    },
  ],

  run({ query }, ctx) {
    let lang = answerLanguage(ctx);
    if (!query) {
      const random = pickRandom(ctx.kb.quotes, ctx.random);
      if (random) return composeAnswer(ctx.kb, random, lang);
    } else {
      const picked = pickedEntry(ctx, query, 'quote');
      if (picked) return composeAnswer(ctx.kb, picked, lang);
      const expired = expiredPick(ctx, query);
      if (expired) return expired;

      const outcome = ctx.search.search({ query, kinds: ['quote'] });
      lang = answerLanguage(ctx, outcome.lang);
      if (outcome.status === 'answered') {
        return composeAnswer(ctx.kb, outcome.best.entry, lang, { related: outcome.others.map((h) => h.entry) });
      }
    }
    const available = ctx.kb.quotes.map((q) => `• ${entryTitle(q, lang)}`);
    return listDecline(lang, t(lang).noQuoteTitle, t(lang).noQuoteBody, available);
  },

  autocomplete(_option, value, ctx) {
    const lang = answerLanguage(ctx);
    const entries = value.trim() ? ctx.search.suggest(value, ['quote'], AUTOCOMPLETE_LIMIT) : ctx.kb.quotes;
    return entries.slice(0, AUTOCOMPLETE_LIMIT).map((entry) => ({ name: entryTitle(entry, lang), value: entryValue(entry.id) }));
  },
});
