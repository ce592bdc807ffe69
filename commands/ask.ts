// /ask: answers a free question — from structured data when it names a
// country, an article or a signing position, else with the best-matching
// entry and its source — or declines when the knowledge base cannot answer
// it. Greetings get a pointer to /help. The steps are src/search/pipeline.ts.
import { composeAnswer, entryTitle } from '../src/answer/compose.ts';
import { composeDecline } from '../src/answer/decline.ts';
import { t } from '../src/answer/i18n.ts';
import { notice } from '../src/answer/reply.ts';
import { composeSmallTalk } from '../src/answer/small-talk.ts';
import { answerLanguage, defineCommand, entryIdFromValue, expiredPick, entryValue, type Choice, type CommandContext } from './command.ts';

/** Below this coverage a near miss is too far off to offer as "did you mean". */
const SUGGESTION_MIN_COVERAGE = 0.25;
const AUTOCOMPLETE_LIMIT = 25;

/** Suggestions for an empty question box: the lists people ask for most. */
const STARTER_ENTRIES = ['signing-order', 'luong-cuong-three-messages'];

export const ask = defineCommand({
  name: 'ask',
  localNames: { fr: 'demander', vi: 'hỏi' },
  description: {
    fr: 'Poser une question sur la Convention de Hanoï (réponse sourcée)',
    en: 'Ask a question about the Hanoi Convention (answer with its source)',
    vi: 'Đặt câu hỏi về Công ước Hà Nội (câu trả lời có dẫn nguồn)',
  },
  example: { fr: '/ask qui a signé en premier ?', en: '/ask who signed first?', vi: '/ask nước nào ký đầu tiên?' },
  options: [
    {
      name: 'question',
      localNames: { fr: 'question', vi: 'câu-hỏi' },
      type: 'string',
      required: true,
      autocomplete: true,
      rest: true,
      maxLength: 500,
      description: { fr: 'Votre question, en français, en anglais ou en vietnamien', en: 'Your question, in English, French or Vietnamese', vi: 'Câu hỏi của bạn, bằng tiếng Việt, tiếng Anh hoặc tiếng Pháp' },
    },
    {
      name: 'private',
      localNames: { fr: 'privé', vi: 'riêng-tư' },
      type: 'boolean',
      description: { fr: 'Réponse visible de vous seul', en: 'Only you see the answer', vi: 'Chỉ mình bạn thấy câu trả lời' },
    },
  ],

  run({ question }, ctx) {
    const id = entryIdFromValue(question);
    const picked = id === undefined ? undefined : ctx.kb.entries.get(id);
    if (picked) return composeAnswer(ctx.kb, picked, answerLanguage(ctx));
    const expired = expiredPick(ctx, question);
    if (expired) return expired;

    const result = ctx.pipeline.run(question);
    const lang = answerLanguage(ctx, result.lang);
    switch (result.route) {
      case 'small-talk':
        return composeSmallTalk(result.talk, lang);
      case 'off-topic':
        return composeDecline(ctx.kb, lang);
      case 'structured':
        return result.resolved.compose(lang);
      case 'search':
        break;
    }
    const { outcome } = result;
    if (outcome.status === 'answered') {
      return composeAnswer(ctx.kb, outcome.best.entry, lang, { related: outcome.others.map((h) => h.entry) });
    }
    if (outcome.reason === 'no-terms') return notice(lang, t(lang).noTermsTitle, t(lang).noTermsBody);
    const near = outcome.nearest.filter((h) => h.coverage >= SUGGESTION_MIN_COVERAGE).map((h) => h.entry);
    return composeDecline(ctx.kb, lang, near);
  },

  autocomplete(_option, value, ctx: CommandContext): Choice[] {
    const lang = answerLanguage(ctx);
    const entries = value.trim()
      ? ctx.search.suggest(value, ['fact', 'quote', 'message', 'messages', 'signing'], AUTOCOMPLETE_LIMIT)
      : STARTER_ENTRIES.flatMap((id) => ctx.kb.entries.get(id) ?? []);
    return entries.map((entry) => ({ name: entryTitle(entry, lang), value: entryValue(entry.id) }));
  },
});
