// Every user-facing phrase the bot composes itself, in every language it answers in.
// Knowledge-base text comes from knowledge/, not from here.
import { DATE_PATTERN, MONTH_PATTERN, monthName } from '../knowledge/calendar-words.ts';
import type { Lang } from '../knowledge/schema.ts';
import type { When } from '../knowledge/when.ts';

/** "2025-10-25" → "25 octobre 2025" / "25 October 2025" / "ngày 25 tháng 10 năm 2025". */
export function formatDate(isoDate: string, lang: Lang): string {
  const [year, , day] = isoDate.split('-').map(Number) as [number, number, number];
  return DATE_PATTERN[lang](String(day), monthName(isoDate, lang), year);
}

/** 1st, 2nd, 3rd, 4th… 11th, 12th, 13th… 21st. */
function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Words quoted the way the reply's language quotes them: « … » in French, “…” in English and Vietnamese. */
export function quoted(text: string, lang: Lang): string {
  return lang === 'fr' ? `« ${text} »` : `“${text}”`;
}

/** A day, consecutive days or a month in words: "24 December 2024", "25–26 October 2025", "August 2024". */
export function formatWhen(when: When, lang: Lang): string {
  if (when.precision === 'month') return MONTH_PATTERN[lang](monthName(`${when.month}-01`, lang), Number(when.month.slice(0, 4)));
  if (when.from === when.to) return formatDate(when.from, lang);
  const sameMonth = when.from.slice(0, 7) === when.to.slice(0, 7);
  if (!sameMonth) return `${formatDate(when.from, lang)} – ${formatDate(when.to, lang)}`;
  return DATE_PATTERN[lang](`${Number(when.from.slice(8))}–${Number(when.to.slice(8))}`, monthName(when.to, lang), Number(when.to.slice(0, 4)));
}

/** "1er"… in French a position is feminine ("la 1re position"); English: 1st, 2nd, 3rd, 11th…; Vietnamese: thứ 1, thứ 2… */
export function ordinal(n: number, lang: Lang): string {
  if (lang === 'fr') return n === 1 ? '1re' : `${n}e`;
  if (lang === 'vi') return `thứ ${n}`;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export const STRINGS = {
  fr: {
    sources: 'Sources',
    source: 'Source',
    disputed: '⚠️ Chiffre contesté',
    asOf: 'Vrai à la date du',
    unofficialTranslation: 'Traduction non officielle (la nôtre)',
    publishedTranslation: (publisher: string) => `Traduction publiée par ${publisher}`,
    originalLanguage: (lang: string) => `Texte original (${lang})`,
    speaker: 'Orateur',
    occasion: 'Circonstance',
    note: 'À noter',
    otherResults: 'Autres résultats',
    passageTitle: 'Passage cité',
    noPassage: "Aucun extrait n'est enregistré pour cette entrée ; consultez la source à l'adresse indiquée.",
    unknownAfter: 'Ce que la source ne dit pas',
    positionNamed: (n: number, state: string) => `En ${ordinal(n, 'fr')} position : ${state}.`,
    positionNotNamed: (n: number, last: number) => `Les sources nomment les positions 1 à ${last} ; elles ne nomment pas la ${ordinal(n, 'fr')}.`,
    smallTalk: {
      greeting: 'Bonjour ! 👋',
      thanks: 'Avec plaisir ! 🙂',
      goodbye: 'Au revoir ! 👋',
    },
    smallTalkBody:
      "Je réponds aux questions sur la Convention des Nations unies contre la cybercriminalité (la « Convention de Hanoï »), toujours avec ma source. Tapez `/help` pour voir ce que je sais faire, ou posez une question, par exemple `/ask qui a signé en premier ?`",
    messageOf: (n: number, total: number) => `Message ${n} sur ${total}`,
    declineTitle: 'Je ne peux pas répondre à cette question',
    declineBody:
      "Je réponds uniquement à partir de ma base de connaissances sourcée sur la Convention des Nations unies contre la cybercriminalité (la « Convention de Hanoï »), et je ne trouve rien qui réponde à cette question. Je préfère ne pas deviner.",
    declineCanAnswer: 'Je peux répondre sur',
    declineTry: 'Essayez par exemple `/ask qui a signé en premier ?`, `/messages` ou `/quote multilatéralisme`.',
    didYouMean: 'Vouliez-vous dire',
    noTermsTitle: 'Question vide',
    noTermsBody: "Je n'ai trouvé aucun mot à chercher dans votre question. Posez-la avec des mots, par exemple : `qui a signé en premier ?`",
    unknownCommandTitle: 'Commande inconnue',
    unknownCommandBody: (name: string, names: string) => `« /${name} » n'est pas une commande du bot. Commandes : ${names}.`,
    usageTitle: (command: string) => `Commande /${command} incomplète ou invalide`,
    optionProblem: {
      'unknown-option': (o: string) => `« ${o} » n'est pas une option de cette commande.`,
      required: (o: string) => `L'option « ${o} » est obligatoire.`,
      'too-long': (o: string, length = 0, limit = 0) =>
        `L'option « ${o} » est trop longue : ${length.toLocaleString('fr-FR')} caractères pour une limite de ${limit}. Posez une question courte, sur un seul point.`,
      'not-a-choice': (o: string) => `La valeur de l'option « ${o} » ne fait pas partie des choix proposés.`,
      'wrong-type': (o: string) => `La valeur de l'option « ${o} » n'est pas du bon type.`,
    },
    usageExample: 'Exemple :',
    noQuoteTitle: 'Aucune citation trouvée',
    noQuoteBody: 'Je ne trouve aucune citation correspondante. Citations disponibles',
    noFactTitle: 'Aucun fait trouvé',
    noFactBody: 'Je ne trouve aucun fait sur ce sujet. Sujets disponibles',
    sourcesTitle: 'Sources de la base de connaissances',
    sourcesBody: (n: number) => `Tout ce que dit le bot provient de ces ${n} sources.`,
    checkedOn: 'vérifiée le',
    checkedAt: 'consultée le',
    inShort: 'En bref (nos mots)',
    sourceWords: 'Les mots de la source',
    storedText: 'texte enregistré',
    storedExcerpt: 'extrait enregistré',
    showPassage: 'Voir le passage source',
    otherResultsPlaceholder: 'Autres résultats…',
    question: 'Question',
    cooldownTitle: 'Doucement 🙂',
    cooldownBody: (seconds: number) => `Vous avez posé beaucoup de questions d'un coup. Réessayez dans ${seconds} s.`,
    expiredTitle: 'Entrée introuvable',
    expiredBody: "Cette réponse ne correspond plus à la base de connaissances actuelle. Reposez la question avec /ask.",
    unknownComponentTitle: 'Bouton expiré',
    unknownComponentBody: "Ce bouton ou ce menu ne fait plus rien : il vient d'un message plus ancien que la version actuelle du bot. Reposez la question avec /ask.",
    briefingTitle: (date: string) => `Le point du ${date} sur la Convention de Hanoï`,
    briefingIntro: 'Un fait, une citation et où en est la Convention — chaque élément avec sa source.',
    factOfTheDay: '💡 Fait du jour',
    quoteOfTheDay: '💬 Citation du jour',
    whereThingsStand: '📅 Où en est-on',
    daysSinceHanoi: (days: number, date: string) =>
      days >= 0
        ? `${days} jour${days > 1 ? 's' : ''} depuis l'ouverture à la signature à Hanoï (${date}).`
        : `Ouverture à la signature à Hanoï dans ${-days} jour${-days > 1 ? 's' : ''} (${date}).`,
    signaturePeriod: (left: number, date: string) =>
      left >= 0
        ? `Signature encore possible au Siège de l'ONU à New York pendant ${left} jour${left > 1 ? 's' : ''} (jusqu'au ${date}).`
        : `Période de signature close depuis le ${date}.`,
    ordinal: (n: number) => (n === 1 ? '1er' : `${n}e`),
    entryIntoForceRule: (days: number, instruments: number) =>
      `Entrée en vigueur : le ${days}e jour après le dépôt du ${instruments}e instrument de ratification.`,
    signatoryCounts: (hanoi: number, later: number, asOf: string) =>
      `Signataires : ${hanoi} à la clôture de Hanoï (décompte du dépositaire) ; ${later} selon des informations de presse, au ${asOf}.`,
    ratificationsUnknown: (asOf: string) => `Pas encore en vigueur : aucune de nos sources ne confirme le dépôt d'une ratification auprès de l'ONU (au ${asOf}).`,
    internalErrorTitle: 'Une erreur est survenue',
    internalErrorBody: "Je n'ai pas pu traiter cette demande. Réessayez ; si cela persiste, prévenez l'administrateur du bot.",
    picture: 'Image',
    pictureElsewhere: (command: string, file: string) =>
      `(L'image elle-même s'affiche sur Discord ; pour l'enregistrer : npm run --silent cli -- ${command} --out ${file})`,
    pictureWritten: (file: string, width: number, height: number) => `Image enregistrée dans ${file} (${width}×${height}).`,
    cli: {
      usage: 'usage : npm run --silent cli -- <commande> [texte] [--<option> valeur] [--lang fr|en|vi] [--json] [--out image.png]',
      badLang: (value: string | undefined) => `--lang vaut fr, en ou vi (reçu : ${value === undefined ? 'rien' : JSON.stringify(value)})`,
      needsValue: (flag: string) => `${flag} demande une valeur`,
      missingCommand: 'commande manquante',
      unknownCommand: (name: string) => `commande inconnue « ${name} » ; essayez : help`,
      unknownFlag: (flag: string, command: string) => `option --${flag} inconnue pour ${command}`,
      noPicture: (command: string) => `--out : ${command} ne donne aucune image à enregistrer`,
    },
    consoleLang: (lang: string) => `Langue du lecteur : ${lang}.`,
    consoleBadLang: 'Usage : /lang fr, /lang en ou /lang vi',
  },
  en: {
    sources: 'Sources',
    source: 'Source',
    disputed: '⚠️ Disputed figure',
    asOf: 'True as of',
    unofficialTranslation: 'Unofficial translation (ours)',
    publishedTranslation: (publisher: string) => `Translation published by ${publisher}`,
    originalLanguage: (lang: string) => `Original text (${lang})`,
    speaker: 'Speaker',
    occasion: 'Occasion',
    note: 'Note',
    otherResults: 'Other results',
    passageTitle: 'Cited passage',
    noPassage: 'No excerpt is recorded for this entry; see the source at the address given.',
    unknownAfter: 'What the source does not say',
    positionNamed: (n: number, state: string) => `In ${ordinal(n, 'en')} position: ${state}.`,
    positionNotNamed: (n: number, last: number) => `The sources name positions 1–${last}; they do not name the ${ordinal(n, 'en')}.`,
    smallTalk: {
      greeting: 'Hello! 👋',
      thanks: "You're welcome! 🙂",
      goodbye: 'Goodbye! 👋',
    },
    smallTalkBody:
      'I answer questions about the United Nations Convention against Cybercrime (the "Hanoi Convention"), always with my source. Type `/help` to see what I can do, or ask a question, for example `/ask who signed first?`',
    messageOf: (n: number, total: number) => `Message ${n} of ${total}`,
    declineTitle: "I can't answer that question",
    declineBody:
      'I answer only from my sourced knowledge base about the United Nations Convention against Cybercrime (the "Hanoi Convention"), and I find nothing there that answers this question. I would rather not guess.',
    declineCanAnswer: 'I can answer about',
    declineTry: 'Try for example `/ask who signed first?`, `/messages` or `/quote multilateralism`.',
    didYouMean: 'Did you mean',
    noTermsTitle: 'Empty question',
    noTermsBody: 'I found no words to search for in your question. Ask it in words, for example: `who signed first?`',
    unknownCommandTitle: 'Unknown command',
    unknownCommandBody: (name: string, names: string) => `"/${name}" is not a command of this bot. Commands: ${names}.`,
    usageTitle: (command: string) => `Incomplete or invalid /${command} command`,
    optionProblem: {
      'unknown-option': (o: string) => `"${o}" is not an option of this command.`,
      required: (o: string) => `The "${o}" option is required.`,
      'too-long': (o: string, length = 0, limit = 0) =>
        `The "${o}" option is too long: ${length.toLocaleString('en-GB')} characters for a limit of ${limit}. Ask a short question about one point.`,
      'not-a-choice': (o: string) => `The value of the "${o}" option is not one of the offered choices.`,
      'wrong-type': (o: string) => `The value of the "${o}" option has the wrong type.`,
    },
    usageExample: 'Example:',
    noQuoteTitle: 'No quote found',
    noQuoteBody: 'I find no matching quote. Quotes available',
    noFactTitle: 'No fact found',
    noFactBody: 'I find no fact on that topic. Topics available',
    sourcesTitle: 'Knowledge-base sources',
    sourcesBody: (n: number) => `Everything the bot says comes from these ${n} sources.`,
    checkedOn: 'checked',
    checkedAt: 'checked',
    inShort: 'In short (our words)',
    sourceWords: "The source's words",
    storedText: 'stored text',
    storedExcerpt: 'stored excerpt',
    showPassage: 'Show source passage',
    otherResultsPlaceholder: 'Other results…',
    question: 'Question',
    cooldownTitle: 'Easy there 🙂',
    cooldownBody: (seconds: number) => `You asked a lot of questions at once. Try again in ${seconds} s.`,
    expiredTitle: 'Entry not found',
    expiredBody: 'This answer no longer matches the current knowledge base. Ask again with /ask.',
    unknownComponentTitle: 'Button expired',
    unknownComponentBody: 'This button or menu no longer does anything: it comes from a message older than the bot’s current version. Ask again with /ask.',
    briefingTitle: (date: string) => `Hanoi Convention briefing — ${date}`,
    briefingIntro: 'One fact, one quote and where the Convention stands — each with its source.',
    factOfTheDay: '💡 Fact of the day',
    quoteOfTheDay: '💬 Quote of the day',
    whereThingsStand: '📅 Where things stand',
    daysSinceHanoi: (days: number, date: string) =>
      days >= 0
        ? `${days} day${days === 1 ? '' : 's'} since it opened for signature in Hanoi (${date}).`
        : `Opens for signature in Hanoi in ${-days} day${days === -1 ? '' : 's'} (${date}).`,
    signaturePeriod: (left: number, date: string) =>
      left >= 0
        ? `${left} day${left === 1 ? '' : 's'} left to sign at UN Headquarters in New York (until ${date}).`
        : `The signature period closed on ${date}.`,
    ordinal: englishOrdinal,
    entryIntoForceRule: (days: number, instruments: number) =>
      `Entry into force: on the ${englishOrdinal(days)} day after the ${englishOrdinal(instruments)} instrument of ratification is deposited.`,
    signatoryCounts: (hanoi: number, later: number, asOf: string) =>
      `Signatories: ${hanoi} at the close of Hanoi (the depositary's count); ${later} according to press reports, as of ${asOf}.`,
    ratificationsUnknown: (asOf: string) => `Not yet in force: none of our sources confirms any ratification deposited with the UN (as of ${asOf}).`,
    internalErrorTitle: 'Something went wrong',
    internalErrorBody: 'I could not process this request. Please try again; if it keeps happening, tell the bot owner.',
    picture: 'Picture',
    pictureElsewhere: (command: string, file: string) =>
      `(The picture itself is shown on Discord; to save it: npm run --silent cli -- ${command} --out ${file})`,
    pictureWritten: (file: string, width: number, height: number) => `Picture written to ${file} (${width}×${height}).`,
    cli: {
      usage: 'usage: npm run --silent cli -- <command> [text] [--<option> value] [--lang fr|en|vi] [--json] [--out file.png]',
      badLang: (value: string | undefined) => `--lang must be fr, en or vi (got ${value === undefined ? 'nothing' : JSON.stringify(value)})`,
      needsValue: (flag: string) => `${flag} needs a value`,
      missingCommand: 'missing command',
      unknownCommand: (name: string) => `unknown command "${name}"; try: help`,
      unknownFlag: (flag: string, command: string) => `unknown flag --${flag} for ${command}`,
      noPicture: (command: string) => `--out: ${command} gives no picture to write`,
    },
    consoleLang: (lang: string) => `Reader's language: ${lang}.`,
    consoleBadLang: 'Usage: /lang fr, /lang en or /lang vi',
  },
  vi: {
    sources: 'Nguồn',
    source: 'Nguồn',
    disputed: '⚠️ Con số còn tranh cãi',
    asOf: 'Đúng tính đến',
    unofficialTranslation: 'Bản dịch không chính thức (của chúng tôi)',
    publishedTranslation: (publisher: string) => `Bản dịch do ${publisher} đăng`,
    originalLanguage: (lang: string) => `Nguyên văn (${lang})`,
    speaker: 'Người phát biểu',
    occasion: 'Dịp',
    note: 'Lưu ý',
    otherResults: 'Kết quả khác',
    passageTitle: 'Đoạn được trích',
    noPassage: 'Mục này không có đoạn trích được lưu; xem nguồn tại địa chỉ đã nêu.',
    unknownAfter: 'Điều nguồn không cho biết',
    messageOf: (n: number, total: number) => `Thông điệp ${n}/${total}`,
    declineTitle: 'Tôi không thể trả lời câu hỏi này',
    declineBody:
      'Tôi chỉ trả lời dựa trên cơ sở tri thức có dẫn nguồn về Công ước Liên Hợp Quốc về chống tội phạm mạng (“Công ước Hà Nội”), và tôi không tìm thấy gì trả lời được câu hỏi này. Tôi không muốn đoán.',
    declineCanAnswer: 'Tôi có thể trả lời về',
    declineTry: 'Hãy thử chẳng hạn `/ask nước nào ký đầu tiên?`, `/messages` hoặc `/quote đa phương`.',
    didYouMean: 'Có phải ý bạn là',
    noTermsTitle: 'Câu hỏi trống',
    noTermsBody: 'Tôi không tìm thấy từ nào để tra trong câu hỏi của bạn. Hãy hỏi bằng lời, ví dụ: `nước nào ký đầu tiên?`',
    unknownCommandTitle: 'Lệnh không tồn tại',
    unknownCommandBody: (name: string, names: string) => `“/${name}” không phải là lệnh của bot. Các lệnh: ${names}.`,
    unknownComponentTitle: 'Nút đã hết hạn',
    unknownComponentBody: 'Nút hoặc menu này không còn tác dụng: nó thuộc về một tin nhắn cũ hơn phiên bản hiện tại của bot. Hãy hỏi lại bằng /ask.',
    usageTitle: (command: string) => `Lệnh /${command} chưa đủ hoặc không hợp lệ`,
    optionProblem: {
      'unknown-option': (o: string) => `“${o}” không phải là tùy chọn của lệnh này.`,
      required: (o: string) => `Tùy chọn “${o}” là bắt buộc.`,
      'too-long': (o: string, length = 0, limit = 0) =>
        `Tùy chọn “${o}” quá dài: ${length.toLocaleString('vi-VN')} ký tự trong khi giới hạn là ${limit}. Hãy hỏi ngắn gọn, về một điểm.`,
      'not-a-choice': (o: string) => `Giá trị của tùy chọn “${o}” không nằm trong các lựa chọn được đưa ra.`,
      'wrong-type': (o: string) => `Giá trị của tùy chọn “${o}” không đúng kiểu.`,
    },
    usageExample: 'Ví dụ:',
    noQuoteTitle: 'Không tìm thấy trích dẫn',
    noQuoteBody: 'Tôi không tìm thấy trích dẫn nào phù hợp. Các trích dẫn hiện có',
    noFactTitle: 'Không tìm thấy dữ kiện',
    noFactBody: 'Tôi không tìm thấy dữ kiện nào về chủ đề này. Các chủ đề hiện có',
    sourcesTitle: 'Các nguồn của cơ sở tri thức',
    sourcesBody: (n: number) => `Mọi điều bot nói đều đến từ ${n} nguồn này.`,
    checkedOn: 'kiểm tra',
    checkedAt: 'truy cập',
    inShort: 'Tóm tắt (lời của chúng tôi)',
    sourceWords: 'Lời của nguồn',
    storedText: 'văn bản đã lưu',
    storedExcerpt: 'đoạn trích đã lưu',
    showPassage: 'Xem đoạn nguồn',
    otherResultsPlaceholder: 'Kết quả khác…',
    question: 'Câu hỏi',
    cooldownTitle: 'Từ từ thôi 🙂',
    cooldownBody: (seconds: number) => `Bạn đã hỏi nhiều câu cùng lúc. Hãy thử lại sau ${seconds} giây.`,
    expiredTitle: 'Không tìm thấy mục',
    expiredBody: 'Câu trả lời này không còn khớp với cơ sở tri thức hiện tại. Hãy hỏi lại bằng /ask.',
    briefingTitle: (date: string) => `Điểm tin Công ước Hà Nội — ${date}`,
    briefingIntro: 'Một dữ kiện, một trích dẫn và tình hình Công ước — mỗi mục đều có nguồn.',
    factOfTheDay: '💡 Dữ kiện trong ngày',
    quoteOfTheDay: '💬 Trích dẫn trong ngày',
    whereThingsStand: '📅 Tình hình hiện nay',
    daysSinceHanoi: (days: number, date: string) =>
      days >= 0 ? `${days} ngày kể từ khi mở ký tại Hà Nội (${date}).` : `Còn ${-days} ngày nữa sẽ mở ký tại Hà Nội (${date}).`,
    signaturePeriod: (left: number, date: string) =>
      left >= 0
        ? `Còn ${left} ngày để ký tại Trụ sở Liên Hợp Quốc ở New York (đến ${date}).`
        : `Thời hạn ký đã kết thúc ${date}.`,
    ordinal: (n: number) => `thứ ${n}`,
    entryIntoForceRule: (days: number, instruments: number) =>
      `Có hiệu lực: vào ngày thứ ${days} sau khi văn kiện phê chuẩn thứ ${instruments} được nộp lưu chiểu.`,
    signatoryCounts: (hanoi: number, later: number, asOf: string) =>
      `Các bên ký: ${hanoi} khi kết thúc lễ ký tại Hà Nội (số liệu của cơ quan lưu chiểu); ${later} theo báo chí, tính đến ${asOf}.`,
    ratificationsUnknown: (asOf: string) => `Chưa có hiệu lực: không nguồn nào của chúng tôi xác nhận có văn kiện phê chuẩn được nộp lưu chiểu tại Liên Hợp Quốc (tính đến ${asOf}).`,
    internalErrorTitle: 'Đã có lỗi xảy ra',
    internalErrorBody: 'Tôi không xử lý được yêu cầu này. Hãy thử lại; nếu lỗi vẫn tiếp diễn, hãy báo cho người quản lý bot.',
    picture: 'Hình ảnh',
    pictureElsewhere: (command: string, file: string) =>
      `(Hình ảnh được hiển thị trên Discord; để lưu lại: npm run --silent cli -- ${command} --out ${file})`,
    pictureWritten: (file: string, width: number, height: number) => `Đã lưu hình ảnh vào ${file} (${width}×${height}).`,
    positionNamed: (n: number, state: string) => `Ở vị trí ${ordinal(n, 'vi')}: ${state}.`,
    positionNotNamed: (n: number, last: number) => `Các nguồn nêu các vị trí từ 1 đến ${last}; không nêu vị trí ${ordinal(n, 'vi')}.`,
    smallTalk: {
      greeting: 'Xin chào! 👋',
      thanks: 'Không có gì! 🙂',
      goodbye: 'Tạm biệt! 👋',
    },
    smallTalkBody:
      'Tôi trả lời các câu hỏi về Công ước Liên Hợp Quốc về chống tội phạm mạng (“Công ước Hà Nội”), luôn kèm nguồn. Gõ `/help` để xem tôi làm được gì, hoặc đặt một câu hỏi, ví dụ `/ask nước nào ký đầu tiên?`',
    cli: {
      usage: 'cách dùng: npm run --silent cli -- <lệnh> [văn bản] [--<tùy chọn> giá trị] [--lang fr|en|vi] [--json] [--out tệp.png]',
      badLang: (value: string | undefined) => `--lang phải là fr, en hoặc vi (nhận được ${value === undefined ? 'không có gì' : JSON.stringify(value)})`,
      needsValue: (flag: string) => `${flag} cần một giá trị`,
      missingCommand: 'thiếu lệnh',
      unknownCommand: (name: string) => `lệnh không tồn tại “${name}”; hãy thử: help`,
      unknownFlag: (flag: string, command: string) => `tùy chọn --${flag} không có trong lệnh ${command}`,
      noPicture: (command: string) => `--out: lệnh ${command} không tạo hình ảnh nào để lưu`,
    },
    consoleLang: (lang: string) => `Ngôn ngữ của người đọc: ${lang}.`,
    consoleBadLang: 'Cách dùng: /lang fr, /lang en hoặc /lang vi',
  },
} as const satisfies Record<Lang, unknown>;

// Every language has every phrase: one missing is a type error here, not only where it is used.
STRINGS satisfies Record<Lang, Record<keyof (typeof STRINGS)['en'], unknown>>;

export type Strings = (typeof STRINGS)[Lang];

export function t(lang: Lang): Strings {
  return STRINGS[lang];
}

const LANGUAGE_NAMES = {
  fr: { fr: 'français', en: 'anglais', vi: 'vietnamien', es: 'espagnol', ru: 'russe', tr: 'turc', ar: 'arabe' },
  en: { fr: 'French', en: 'English', vi: 'Vietnamese', es: 'Spanish', ru: 'Russian', tr: 'Turkish', ar: 'Arabic' },
  vi: { fr: 'tiếng Pháp', en: 'tiếng Anh', vi: 'tiếng Việt', es: 'tiếng Tây Ban Nha', ru: 'tiếng Nga', tr: 'tiếng Thổ Nhĩ Kỳ', ar: 'tiếng Ả Rập' },
} as const satisfies Record<Lang, Record<string, string>>;

export function languageName(code: keyof (typeof LANGUAGE_NAMES)['en'], lang: Lang): string {
  return LANGUAGE_NAMES[lang][code];
}

/** French typography puts a space before a colon; English and Vietnamese do not. */
export function withColon(label: string, lang: Lang): string {
  return lang === 'fr' ? `${label} :` : `${label}:`;
}
