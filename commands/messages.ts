// /messages: President Luong Cuong's three messages, in order, each cited.
import { composeAnswer } from '../src/answer/compose.ts';
import { answerLanguage, defineCommand } from './command.ts';

export const messages = defineCommand({
  name: 'messages',
  frName: 'messages',
  description: {
    fr: 'Les trois messages du président Luong Cuong, dans l’ordre',
    en: 'President Luong Cuong’s three messages, in order',
  },
  example: { fr: '/messages', en: '/messages' },
  options: [],
  run(_options, ctx) {
    return composeAnswer(ctx.kb, ctx.kb.messages, answerLanguage(ctx));
  },
});
