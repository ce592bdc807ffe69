// /signatories [country]: whether a state (or the EU) signed, as the sources
// allow saying it; without a country, the counts and the named signatories.
import { composeAnswer } from '../src/answer/compose.ts';
import { listDecline } from '../src/answer/decline.ts';
import { byName } from '../src/countries/names.ts';
import { fold } from '../src/text/fold.ts';
import { Reading } from '../src/text/reading.ts';
import { COUNTRIES, findCountries, signatoriesAnswer, signatoryAnswer, signatoryId } from '../src/signatories/index.ts';
import { answerLanguage, defineCommand, entryValue, pickedEntry, type Choice } from './command.ts';

const AUTOCOMPLETE_LIMIT = 25;

const NO_COUNTRY = {
  fr: { title: 'Pays non reconnu', intro: (typed: string) => `Je ne reconnais aucun pays dans « ${typed} ». Essayez par exemple` },
  en: { title: 'Country not recognised', intro: (typed: string) => `I recognise no country in "${typed}". Try for example` },
  vi: { title: 'Không nhận ra quốc gia', intro: (typed: string) => `Tôi không nhận ra quốc gia nào trong “${typed}”. Hãy thử ví dụ` },
} as const;

export const signatories = defineCommand({
  name: 'signatories',
  localNames: { fr: 'signataires', vi: 'các-bên-ký' },
  description: {
    fr: 'Qui a signé la Convention : un pays, ou les chiffres et la liste',
    en: 'Who signed the Convention: one country, or the counts and the list',
    vi: 'Những nước đã ký Công ước: một nước, hoặc số liệu và danh sách',
  },
  example: { fr: '/signatories France', en: '/signatories France', vi: '/signatories Pháp' },
  options: [
    {
      name: 'country',
      localNames: { fr: 'pays', vi: 'quốc-gia' },
      type: 'string',
      autocomplete: true,
      rest: true,
      maxLength: 100,
      description: { fr: 'Un pays ou l’Union européenne (vide : la liste)', en: 'A country or the European Union (empty: the list)', vi: 'Một nước hoặc Liên minh châu Âu (để trống: danh sách)' },
    },
  ],

  run({ country }, ctx) {
    const lang = answerLanguage(ctx);
    if (!country) return signatoriesAnswer(ctx.kb, lang);
    const picked = pickedEntry(ctx, country, 'signatory');
    if (picked) return composeAnswer(ctx.kb, picked, lang);
    const [mention] = findCountries(new Reading(country));
    const answer = mention && signatoryAnswer(ctx.kb, mention.code, lang);
    if (answer) return answer;
    return listDecline(lang, NO_COUNTRY[lang].title, NO_COUNTRY[lang].intro(country), ['/signatories France', '/signatories Royaume-Uni', '/signatories EU']);
  },

  autocomplete(_option, value, ctx): Choice[] {
    const lang = answerLanguage(ctx);
    const typed = fold(value).trim();
    const choices: { name: string; value: string; rank: number }[] = [];
    for (const country of COUNTRIES.values()) {
      const name = country.name[lang];
      const folded = [name, ...country.latin, ...country.vietnamese].map(fold);
      const rank = !typed ? 0 : folded.some((n) => n.startsWith(typed)) ? 0 : folded.some((n) => n.includes(typed)) ? 1 : -1;
      if (rank >= 0) choices.push({ name, value: entryValue(signatoryId(country.code)), rank });
    }
    if (typed && choices.length === 0) {
      for (const mention of findCountries(new Reading(value))) {
        choices.push({ name: COUNTRIES.get(mention.code)?.name[lang] ?? mention.code, value: entryValue(signatoryId(mention.code)), rank: 2 });
      }
    }
    const names = byName(lang);
    return choices
      .sort((a, b) => a.rank - b.rank || names(a.name, b.name))
      .slice(0, AUTOCOMPLETE_LIMIT)
      .map(({ name, value: v }) => ({ name, value: v }));
  },
});
