// What the bot says when it will not answer: that it does not guess, what it
// can answer (the knowledge base's topics) and, when a question came close,
// the nearest entries.
import type { Lang } from '../knowledge/schema.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { related } from './compose.ts';
import { t, withColon } from './i18n.ts';
import type { Decline } from './reply.ts';

export function topicList(kb: KnowledgeBase, lang: Lang): string {
  return [...kb.topics.values()].map((topic) => `• ${topic[lang]}`).join('\n');
}

export function composeDecline(kb: KnowledgeBase, lang: Lang, nearest: readonly Entry[] = []): Decline {
  const s = t(lang);
  return {
    kind: 'decline',
    lang,
    title: s.declineTitle,
    body: `${s.declineBody}\n\n${withColon(s.declineCanAnswer, lang)}\n${topicList(kb, lang)}\n\n${s.declineTry}`,
    suggestions: related(nearest, lang),
  };
}
