// /signing: the signing order as far as the sources name it, and what they leave unknown.
import { composeAnswer } from '../src/answer/compose.ts';
import { answerLanguage, defineCommand } from './command.ts';

export const signing = defineCommand({
  name: 'signing',
  localNames: { fr: 'signature', vi: 'thứ-tự-ký' },
  description: {
    fr: 'L’ordre de signature à Hanoï, tel que les sources le donnent',
    en: 'The signing order in Hanoi, as far as sources give it',
    vi: 'Thứ tự ký tại Hà Nội, theo những gì các nguồn cho biết',
  },
  example: { fr: '/signing', en: '/signing', vi: '/signing' },
  options: [],
  run(_options, ctx) {
    return composeAnswer(ctx.kb, ctx.kb.signing, answerLanguage(ctx));
  },
});
