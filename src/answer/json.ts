// The CLI's JSON contract: one object per reply, stable for scripts.
import { renderText } from './render-text.ts';
import { isFound, type Reply } from './reply.ts';

export interface ReplyJson {
  found: boolean;
  kind: Reply['kind'];
  lang: Reply['lang'];
  title: string;
  answer: string;
  citations: { title: string; url: string; publisher: string; date: string; locator: string; excerpt?: string }[];
  entries: string[];
  related: { id: string; title: string }[];
}

export function replyToJson(reply: Reply): ReplyJson {
  const answer = reply.kind === 'answer' ? reply : undefined;
  return {
    found: isFound(reply),
    kind: reply.kind,
    lang: reply.lang,
    title: reply.title,
    answer: renderText(reply),
    citations: (answer?.citations ?? []).map(({ title, url, publisher, date, locator, excerpt }) => ({
      title,
      url,
      publisher,
      date,
      locator,
      ...(excerpt ? { excerpt } : {}),
    })),
    entries: [...(answer?.entryIds ?? [])],
    related: [...(answer?.related ?? (reply.kind === 'decline' ? reply.suggestions : []))],
  };
}
