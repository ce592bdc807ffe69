// /signing: the signing order as far as the sources name it, and what they leave unknown.
import { composeAnswer } from '../src/answer/compose.ts';
import { answerLanguage, defineCommand } from './command.ts';

export const signing = defineCommand({
  name: 'signing',
  frName: 'signature',
  description: {
    fr: 'L’ordre de signature à Hanoï, tel que les sources le donnent',
    en: 'The signing order in Hanoi, as far as sources give it',
  },
  example: { fr: '/signing', en: '/signing' },
  options: [],
  run(_options, ctx) {
    return composeAnswer(ctx.kb, ctx.kb.signing, answerLanguage(ctx));
  },
});
