// What the bot says when it will not answer: that it does not guess, what it
// can answer (the knowledge base's topics) and, when a question came close,
// the nearest entries.
import type { Lang } from '../knowledge/schema.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { related } from './compose.ts';
import { t, withColon } from './i18n.ts';
import type { Decline } from './reply.ts';

export function topicLines(kb: KnowledgeBase, lang: Lang): string[] {
  return [...kb.topics.values()].map((topic) => `• ${topic[lang]}`);
}

/** A decline for a narrower search (/quote, /fact): nothing matched, and here is what there is. */
export function listDecline(lang: Lang, title: string, intro: string, available: readonly string[]): Decline {
  return { kind: 'decline', lang, title, body: `${withColon(intro, lang)}\n${available.join('\n')}`, suggestions: [] };
}

export function composeDecline(kb: KnowledgeBase, lang: Lang, nearest: readonly Entry[] = []): Decline {
  const s = t(lang);
  return {
    kind: 'decline',
    lang,
    title: s.declineTitle,
    body: `${s.declineBody}\n\n${withColon(s.declineCanAnswer, lang)}\n${topicLines(kb, lang).join('\n')}\n\n${s.declineTry}`,
    suggestions: related(nearest, lang),
  };
}
