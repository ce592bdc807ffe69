// /messages: President Luong Cuong's three messages, in order, each cited.
import { composeAnswer } from '../src/answer/compose.ts';
import { answerLanguage, defineCommand } from './command.ts';

export const messages = defineCommand({
  name: 'messages',
  localNames: { fr: 'messages', vi: 'thông-điệp' },
  description: {
    fr: 'Les trois messages du président Luong Cuong, dans l’ordre',
    en: 'President Luong Cuong’s three messages, in order',
    vi: 'Ba thông điệp của Chủ tịch nước Lương Cường, theo thứ tự',
  },
  example: { fr: '/messages', en: '/messages', vi: '/messages' },
  options: [],
  run(_options, ctx) {
    return composeAnswer(ctx.kb, ctx.kb.messages, answerLanguage(ctx));
  },
});
