// /fact: one checked fact, at random or on a topic, with its source.
import { composeAnswer } from '../src/answer/compose.ts';
import { listDecline, topicLines } from '../src/answer/decline.ts';
import { t } from '../src/answer/i18n.ts';
import type { FactItem } from '../src/knowledge/types.ts';
import { fold } from '../src/text/fold.ts';
import { answerLanguage, defineCommand, entryValue, expiredPick, pickedEntry, pickRandom, type CommandContext } from './command.ts';

const TOPIC_VALUE_PREFIX = 'topic:';
const AUTOCOMPLETE_LIMIT = 25;

/** The topic a value names: a picked `topic:<id>`, or a typed id or label. */
function topicOf(ctx: CommandContext, value: string): string | undefined {
  if (value.startsWith(TOPIC_VALUE_PREFIX)) return ctx.kb.topics.get(value.slice(TOPIC_VALUE_PREFIX.length))?.id;
  const wanted = fold(value).trim();
  for (const topic of ctx.kb.topics.values()) {
    if ([topic.id, topic.fr, topic.en].some((name) => fold(name) === wanted)) return topic.id;
  }
  return undefined;
}

export const fact = defineCommand({
  name: 'fact',
  localNames: { fr: 'fait', vi: 'dữ-kiện' },
  description: {
    fr: 'Un fait vérifié sur la Convention, au hasard ou sur un sujet',
    en: 'A checked fact about the Convention, at random or on a topic',
    vi: 'Một dữ kiện đã kiểm chứng về Công ước, ngẫu nhiên hoặc theo chủ đề',
  },
  example: { fr: '/fact entrée en vigueur', en: '/fact entry into force', vi: '/fact có hiệu lực' },
  options: [
    {
      name: 'topic',
      localNames: { fr: 'sujet', vi: 'chủ-đề' },
      type: 'string',
      autocomplete: true,
      rest: true,
      maxLength: 200,
      description: { fr: 'Sujet ou mots-clés', en: 'Topic or keywords', vi: 'Chủ đề hoặc từ khóa' },
    },
  ],

  run({ topic }, ctx) {
    let lang = answerLanguage(ctx);
    let pool: readonly FactItem[] = ctx.kb.facts;
    if (topic) {
      const picked = pickedEntry(ctx, topic, 'fact');
      if (picked) return composeAnswer(ctx.kb, picked, lang);
      const expired = expiredPick(ctx, topic);
      if (expired) return expired;
      const topicId = topicOf(ctx, topic);
      if (topicId) {
        pool = ctx.kb.facts.filter((f) => f.topic === topicId);
      } else {
        const outcome = ctx.search.search({ query: topic, kinds: ['fact'] });
        lang = answerLanguage(ctx, outcome.lang);
        if (outcome.status === 'answered') {
          return composeAnswer(ctx.kb, outcome.best.entry, lang, { related: outcome.others.map((h) => h.entry) });
        }
        pool = [];
      }
    }
    const chosen = pickRandom(pool, ctx.random);
    if (chosen) return composeAnswer(ctx.kb, chosen, lang);
    return listDecline(lang, t(lang).noFactTitle, t(lang).noFactBody, topicLines(ctx.kb, lang));
  },

  autocomplete(_option, value, ctx) {
    const lang = answerLanguage(ctx);
    const typed = fold(value).trim();
    const topics = [...ctx.kb.topics.values()]
      .filter((topic) => !typed || fold(`${topic.fr} ${topic.en}`).includes(typed))
      .map((topic) => ({ name: topic[lang], value: `${TOPIC_VALUE_PREFIX}${topic.id}` }));
    const facts = typed
      ? ctx.search.suggest(value, ['fact'], AUTOCOMPLETE_LIMIT).map((entry) => ({
          name: entry.kind === 'fact' ? entry.title[lang] : entry.id,
          value: entryValue(entry.id),
        }))
      : [];
    return [...topics, ...facts].slice(0, AUTOCOMPLETE_LIMIT);
  },
});
