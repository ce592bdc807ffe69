// The phrases of signatory answers, in every language the bot answers in. A French country name
// takes an article, and agrees in gender and number, in ways the country
// tables do not give ("la France", "les Pays-Bas", "Israël"), so French answers
// put the name first, then a dash and words that agree with nothing: "France —
// signataire : oui, le 25 octobre 2025 à Hanoï", "Japon — au nombre des pays
// qui…", "Norvège — pas parmi les signataires…". English sentences name the
// state with "the" where it takes one.
import type { Lang } from '../knowledge/schema.ts';
import type { Region } from '../knowledge/signatories-schema.ts';

const EN_THE = /^(United|Republic|Democratic|Dominican|Central African|Czech|Russian|European|Netherlands|Philippines|Maldives|Bahamas|Gambia|Comoros|Holy See|State of|Lao PDR|British|Falkland|Marshall|Solomon|Cayman|Cook|Faroe|Northern Mariana|Turks|Virgin|Federated)|Islands$/;

/** An English name as it reads inside a sentence: "the United Kingdom", "France". */
export function inSentence(name: string, lang: Lang): string {
  return lang === 'en' && EN_THE.test(name) ? `the ${name}` : name;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const SIGNATORY_STRINGS = {
  en: {
    titleSigned: (name: string, place: string) => `${name} — signed in ${place}`,
    titleReported: (name: string, place: string) => `${name} — reported as signing in ${place}`,
    titleNotSigned: (name: string) => `${name} — reported as not signing in Hanoi`,
    titleNotListed: (name: string) => `${name} — not on the depositary's list as read`,
    titleNotNamed: (name: string) => `${name} — not among the signatories our sources name`,
    place: { hanoi: 'Hanoi', 'new-york': 'New York' },
    hanoiDays: 'during the Hanoi ceremony (25–26 October 2025)',
    signed: (name: string, when: string, place: string) => `Yes — ${inSentence(name, 'en')} signed the Convention ${when}${place}.`,
    reported: (who: string, name: string, when: string, place: string) => `Reported by ${who}: ${inSentence(name, 'en')} signed the Convention ${when}${place}. This is a press report, not confirmed by the depositary's list as we could read it.`,
    on: (date: string) => `on ${date} `,
    inPlace: (place: string) => `in ${place}`,
    accordingTo: (who: string) => `, according to ${who}`,
    noLaterSignature: (asOf: string) => `Our sources confirm no later signature (as of ${asOf}); the depositary's page has the current list.`,
    notNamed: (name: string, named: number, total: number, asOf: string) =>
      `${capitalize(inSentence(name, 'en'))} is not among the signatories our sources name (${named} of the ${total} Hanoi signatories are named; as of ${asOf}), so we cannot say whether it signed. The depositary's page has the current list.`,
    note: 'Note',
    ratification: 'Ratification',
    noDeposit: (asOf: string) => `No instrument of ratification deposited with the UN is confirmed by our sources (as of ${asOf}). Steps at home, such as a parliament's approval, are not a deposit.`,
    depositsConfirmed: (count: number, asOf: string) =>
      `Our sources confirm ${count} instrument${count === 1 ? '' : 's'} of ratification deposited with the UN in all (as of ${asOf}); the depositary's page says which states deposited them.`,
    unconfirmed: 'Reported, unconfirmed',
    unconfirmedLine: (what: string) => `${what} No reliable source confirms it.`,
    unconfirmedReport: 'unconfirmed report',
    asOf: 'Data checked',
    asOfValue: (date: string, url: string) => `${date} — current list: ${url}`,
    and: 'and',
    // The list of signatories
    listTitle: 'Who signed the Convention',
    listBody: (total: number, firstDay: number, named: number) =>
      `${total} states signed in Hanoi on 25–26 October 2025 (the depositary's count), ${firstDay} of them on the first day. Our sources name ${named} of the ${total}:`,
    confirmedBy: (who: string) => `Confirmed — ${who}`,
    reportedByShort: (who: string) => `Reported — ${who}`,
    confirmedEach: 'Confirmed — an official or national source each, named in the country\'s own answer',
    reportedEach: 'Reported — one source each, named in the country\'s own answer',
    later: 'After Hanoi',
    laterLine: (name: string, place: string, note: string) => `${name} — in ${place}: ${note}`,
    reportedTotal: (total: number, asOf: string, hanoi: number) => `${total} signatories in all according to press reports, as of ${asOf}; the depositary counted ${hanoi} after Hanoi.`,
    byRegion: 'By region (Vietnamese government, 26 October 2025)',
    regions: { africa: 'Africa', 'asia-pacific': 'Asia-Pacific', europe: 'Europe', 'latin-america': 'Latin America' } satisfies Record<Region, string>,
    unknown: 'What the sources do not say',
    unknownValue: (missing: number, total: number) =>
      `${missing} of the ${total} Hanoi signatories are not named by our sources. A state missing from this list may still have signed: ask about it (/signatories <country>) or see the depositary's page.`,
  },
  fr: {
    titleSigned: (name: string, place: string) => `${name} — signataire (${place})`,
    titleReported: (name: string, place: string) => `${name} — signature rapportée (${place})`,
    titleNotSigned: (name: string) => `${name} — pas signataire à Hanoï, selon nos sources`,
    titleNotListed: (name: string) => `${name} — pas sur la liste du dépositaire telle que lue`,
    titleNotNamed: (name: string) => `${name} — pas parmi les signataires que nos sources nomment`,
    place: { hanoi: 'Hanoï', 'new-york': 'New York' },
    hanoiDays: 'pendant la cérémonie de Hanoï (25–26 octobre 2025)',
    signed: (name: string, when: string, place: string) => `${name} — signataire : oui, ${when}${place}.`,
    reported: (who: string, name: string, when: string, place: string) =>
      `${name} — signataire selon ${who}, ${when}${place}. C'est une information de presse, que la liste du dépositaire, telle que nous avons pu la lire, ne confirme pas.`,
    on: (date: string) => `le ${date} `,
    inPlace: (place: string) => `à ${place}`,
    accordingTo: (who: string) => `, selon ${who}`,
    noLaterSignature: (asOf: string) => `Nos sources ne confirment aucune signature ultérieure (au ${asOf}) ; la liste à jour est sur la page du dépositaire.`,
    notNamed: (name: string, named: number, total: number, asOf: string) =>
      `${name} — pas parmi les signataires que nos sources nomment (${named} des ${total} signataires de Hanoï sont nommés ; au ${asOf}) : nous ne pouvons donc pas dire s'il y a eu signature. La liste à jour est sur la page du dépositaire.`,
    note: 'À noter',
    ratification: 'Ratification',
    noDeposit: (asOf: string) =>
      `Nos sources ne confirment aucun instrument de ratification déposé auprès de l'ONU (au ${asOf}). Les étapes nationales, comme l'approbation d'un parlement, ne sont pas un dépôt.`,
    depositsConfirmed: (count: number, asOf: string) =>
      `Nos sources confirment en tout ${count} instrument${count > 1 ? 's' : ''} de ratification déposé${count > 1 ? 's' : ''} auprès de l'ONU (au ${asOf}) ; la page du dépositaire dit quels États les ont déposés.`,
    unconfirmed: 'Informations non confirmées',
    unconfirmedLine: (what: string) => `${what} Aucune source fiable ne le confirme.`,
    unconfirmedReport: 'information non confirmée',
    asOf: 'Données vérifiées',
    asOfValue: (date: string, url: string) => `le ${date} — liste à jour : ${url}`,
    and: 'et',
    listTitle: 'Qui a signé la Convention',
    listBody: (total: number, firstDay: number, named: number) =>
      `${total} États ont signé à Hanoï les 25 et 26 octobre 2025 (décompte du dépositaire), dont ${firstDay} le premier jour. Nos sources en nomment ${named} sur ${total} :`,
    confirmedBy: (who: string) => `Confirmé — ${who}`,
    reportedByShort: (who: string) => `Rapporté — ${who}`,
    confirmedEach: 'Confirmé — une source officielle ou nationale chacun, citée dans la réponse du pays',
    reportedEach: 'Rapporté — une source chacun, citée dans la réponse du pays',
    later: 'Après Hanoï',
    laterLine: (name: string, place: string, note: string) => `${name} — à ${place} : ${note}`,
    reportedTotal: (total: number, asOf: string, hanoi: number) => `${total} signataires au total selon des informations de presse, au ${asOf} ; le dépositaire en comptait ${hanoi} après Hanoï.`,
    byRegion: 'Par région (gouvernement vietnamien, 26 octobre 2025)',
    regions: { africa: 'Afrique', 'asia-pacific': 'Asie-Pacifique', europe: 'Europe', 'latin-america': 'Amérique latine' } satisfies Record<Region, string>,
    unknown: 'Ce que les sources ne disent pas',
    unknownValue: (missing: number, total: number) =>
      `${missing} des ${total} signataires de Hanoï ne sont pas nommés par nos sources. Un État absent de cette liste a pu signer : posez la question (/signatories <pays>) ou consultez la page du dépositaire.`,
  },
  // Vietnamese, like French, puts the country's name first, then a dash.
  vi: {
    titleSigned: (name: string, place: string) => `${name} — đã ký tại ${place}`,
    titleReported: (name: string, place: string) => `${name} — được đưa tin là đã ký tại ${place}`,
    titleNotSigned: (name: string) => `${name} — được đưa tin là không ký tại Hà Nội`,
    titleNotListed: (name: string) => `${name} — không có trong danh sách của cơ quan lưu chiểu mà chúng tôi đọc được`,
    titleNotNamed: (name: string) => `${name} — không nằm trong số các bên ký mà nguồn của chúng tôi nêu tên`,
    place: { hanoi: 'Hà Nội', 'new-york': 'New York' },
    hanoiDays: 'trong lễ ký tại Hà Nội (ngày 25–26 tháng 10 năm 2025)',
    signed: (name: string, when: string, place: string) => `${name} — đã ký Công ước: có, ${when}${place}.`,
    reported: (who: string, name: string, when: string, place: string) =>
      `${name} — đã ký, theo ${who}, ${when}${place}. Đây là tin báo chí, chưa được danh sách của cơ quan lưu chiểu (phần chúng tôi đọc được) xác nhận.`,
    on: (date: string) => `${date} `,
    inPlace: (place: string) => `tại ${place}`,
    accordingTo: (who: string) => `, theo ${who}`,
    noLaterSignature: (asOf: string) => `Các nguồn của chúng tôi không xác nhận chữ ký nào sau đó (tính đến ${asOf}); danh sách hiện tại có trên trang của cơ quan lưu chiểu.`,
    notNamed: (name: string, named: number, total: number, asOf: string) =>
      `${name} — không nằm trong số các bên ký mà nguồn của chúng tôi nêu tên (${named} trên ${total} bên ký tại Hà Nội được nêu tên; tính đến ${asOf}), nên chúng tôi không thể nói nước này đã ký hay chưa. Danh sách hiện tại có trên trang của cơ quan lưu chiểu.`,
    note: 'Lưu ý',
    ratification: 'Phê chuẩn',
    noDeposit: (asOf: string) =>
      `Các nguồn của chúng tôi không xác nhận văn kiện phê chuẩn nào đã được nộp lưu chiểu tại Liên Hợp Quốc (tính đến ${asOf}). Các bước trong nước, như việc quốc hội chấp thuận, không phải là nộp lưu chiểu.`,
    depositsConfirmed: (count: number, asOf: string) =>
      `Các nguồn của chúng tôi xác nhận tổng cộng ${count} văn kiện phê chuẩn đã được nộp lưu chiểu tại Liên Hợp Quốc (tính đến ${asOf}); trang của cơ quan lưu chiểu cho biết những quốc gia nào đã nộp.`,
    unconfirmed: 'Tin chưa được xác nhận',
    unconfirmedLine: (what: string) => `${what} Không nguồn đáng tin cậy nào xác nhận điều này.`,
    unconfirmedReport: 'tin chưa được xác nhận',
    asOf: 'Dữ liệu được kiểm tra',
    asOfValue: (date: string, url: string) => `${date} — danh sách hiện tại: ${url}`,
    and: 'và',
    listTitle: 'Những nước đã ký Công ước',
    listBody: (total: number, firstDay: number, named: number) =>
      `${total} quốc gia đã ký tại Hà Nội ngày 25–26 tháng 10 năm 2025 (số liệu của cơ quan lưu chiểu), trong đó ${firstDay} nước ký ngày đầu tiên. Các nguồn của chúng tôi nêu tên ${named} trên ${total} nước:`,
    confirmedBy: (who: string) => `Đã xác nhận — ${who}`,
    reportedByShort: (who: string) => `Theo đưa tin — ${who}`,
    confirmedEach: 'Đã xác nhận — mỗi nước một nguồn chính thức hoặc quốc gia, được dẫn trong câu trả lời về nước đó',
    reportedEach: 'Theo đưa tin — mỗi nước một nguồn, được dẫn trong câu trả lời về nước đó',
    later: 'Sau Hà Nội',
    laterLine: (name: string, place: string, note: string) => `${name} — tại ${place}: ${note}`,
    reportedTotal: (total: number, asOf: string, hanoi: number) =>
      `Tổng cộng ${total} bên ký theo báo chí, tính đến ${asOf}; cơ quan lưu chiểu ghi ${hanoi} bên sau Hà Nội.`,
    byRegion: 'Theo khu vực (Chính phủ Việt Nam, ngày 26 tháng 10 năm 2025)',
    regions: { africa: 'châu Phi', 'asia-pacific': 'châu Á - Thái Bình Dương', europe: 'châu Âu', 'latin-america': 'Mỹ Latinh' } satisfies Record<Region, string>,
    unknown: 'Điều các nguồn không cho biết',
    unknownValue: (missing: number, total: number) =>
      `${missing} trên ${total} bên ký tại Hà Nội không được các nguồn của chúng tôi nêu tên. Một quốc gia không có trong danh sách này vẫn có thể đã ký: hãy hỏi về nước đó (/signatories <tên nước>) hoặc xem trang của cơ quan lưu chiểu.`,
  },
} as const satisfies Record<Lang, unknown>;

// Every language has every phrase: one missing is a type error here.
SIGNATORY_STRINGS satisfies Record<Lang, Record<keyof (typeof SIGNATORY_STRINGS)['en'], unknown>>;

export function signatoryStrings(lang: Lang) {
  return SIGNATORY_STRINGS[lang];
}
