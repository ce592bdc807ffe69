// /help: what each command does, with an example, from the commands' own declarations.
import { t } from '../src/answer/i18n.ts';
import { notice } from '../src/answer/reply.ts';
import { answerLanguage, defineCommand } from './command.ts';

const HELP = {
  fr: {
    title: 'Bot de la Convention de Hanoï — aide',
    body: "Je réponds en français, en anglais ou en vietnamien sur la Convention des Nations unies contre la cybercriminalité (« Convention de Hanoï »), adoptée le 24 décembre 2024 et ouverte à la signature à Hanoï les 25 et 26 octobre 2025. Chaque réponse cite sa source ; si ma base de connaissances ne permet pas de répondre, je le dis plutôt que de deviner.",
  },
  en: {
    title: 'Hanoi Convention bot — help',
    body: 'I answer in English, French or Vietnamese about the United Nations Convention against Cybercrime (the "Hanoi Convention"), adopted on 24 December 2024 and opened for signature in Hanoi on 25–26 October 2025. Every answer cites its source; when my knowledge base cannot answer, I say so rather than guess.',
  },
  vi: {
    title: 'Bot Công ước Hà Nội — trợ giúp',
    body: 'Tôi trả lời bằng tiếng Việt, tiếng Pháp hoặc tiếng Anh về Công ước Liên Hợp Quốc về chống tội phạm mạng (“Công ước Hà Nội”), được thông qua ngày 24 tháng 12 năm 2024 và mở ký tại Hà Nội ngày 25–26 tháng 10 năm 2025. Mỗi câu trả lời đều dẫn nguồn; khi cơ sở tri thức không trả lời được, tôi nói rõ thay vì đoán.',
  },
} as const;

export const help = defineCommand({
  name: 'help',
  localNames: { fr: 'aide', vi: 'trợ-giúp' },
  description: { fr: 'Ce que fait chaque commande, avec un exemple', en: 'What each command does, with an example', vi: 'Mỗi lệnh làm gì, kèm ví dụ' },
  example: { fr: '/help', en: '/help', vi: '/help' },
  options: [],
  run(_options, ctx) {
    const lang = answerLanguage(ctx);
    const fields = ctx.commands.map((command) => ({
      name: `/${command.name}`,
      value: `${command.description[lang]}\n${t(lang).usageExample} \`${command.example[lang]}\``,
    }));
    return notice(lang, HELP[lang].title, HELP[lang].body, fields);
  },
});
