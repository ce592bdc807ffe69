// The reply to a greeting, thanks or goodbye: friendly, short, and pointing
// to /help. Not an answer (it states nothing about the Convention) and not
// an error.
import type { Lang } from '../knowledge/schema.ts';
import type { SmallTalkKind } from '../search/small-talk.ts';
import { t } from './i18n.ts';
import { notice, type Notice } from './reply.ts';

export function composeSmallTalk(kind: SmallTalkKind, lang: Lang): Notice {
  return notice(lang, t(lang).smallTalk[kind], t(lang).smallTalkBody, [], 'small-talk');
}
