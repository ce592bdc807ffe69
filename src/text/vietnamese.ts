// Vietnamese as the bot reads it: folding, the syllables that make one word,
// stop words and question phrases, and the evidence that a text is Vietnamese.
//
// Vietnamese writes every syllable apart ("công ước", "tội phạm mạng"), so a
// word of two or three syllables is only a word once its syllables are joined:
// "công ước" becomes the one term "conguoc", "Hà Nội" becomes "hanoi" — the
// token the French and English analysers already make of "Hanoi". Stop words
// and question phrases are syllable sequences for the same reason.
import type { Reading } from './reading.ts';

/**
 * Letters that Vietnamese uses and French and English do not: ă đ ĩ ũ ơ ư,
 * the block ạ…ỹ, and the vowels with an acute, grave or tilde that French
 * never writes (á í ó ú ý ì ò ã õ).
 */
const VIETNAMESE_LETTER = /[\u1EA0-\u1EF9ăĂđĐĩĨũŨơƠưƯáÁíÍóÓúÚýÝìÌòÒãÃõÕ]/u;

/**
 * Lowercase, no tone or vowel marks, đ → d: "Đại hội đồng" → "dai hoi dong".
 * Unicode decomposition removes the marks but not the bar of đ, which is a
 * letter of its own.
 */
export function foldVietnamese(text: string): string {
  return separateKy(text)
    .normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * "ký" (to sign) and "kỷ", "kỳ", "kỹ" (era, period, skill: "thập kỷ", "kỳ họp",
 * "kỹ thuật") fold to the same letters; the bot is asked about signing far
 * more, so "ky" typed without marks is "ký", and the others fold to "kyy".
 */
export function separateKy(text: string): string {
  return text.replace(/(?<![\p{L}])k[ỳỷỹỵ](?![\p{L}])/giu, (k) => `${k[0]}yy`);
}

const words = (list: string) => list.split(/[\n,]+/).map((w) => w.trim()).filter(Boolean);

/**
 * Syllable sequences that are one word (folded). Longest first wins, so
 * "tội phạm mạng" is one term and "tội phạm" another. Names (Hà Nội, Việt
 * Nam, Lương Cường) are left to the synonyms, which give them the token the
 * French and English text has and keep each name's words too.
 */
export const VIETNAMESE_COMPOUNDS: readonly string[] = words(`
  cong uoc, chu tri, lien hop quoc, lien hiep quoc, toi pham, toi pham mang,
  khong gian mang, an ninh mang, an toan, an ninh, phe chuan, phe duyet, chap thuan, gia nhap,
  luu chieu, hieu luc, tong thu ky, chu tich nuoc, chu tich, pho chu tich, dai hoi dong,
  nghi quyet, nghi dinh thu, ky ket, mo ky, le ky, le mo ky, thong diep, da phuong, chu nghia da phuong,
  quoc gia, dam phan, vong dam phan, du thao, chi trich, ben ky, toi thieu, dai bieu, phat bieu, phat tan, uy ban, uy ban dac biet, thong qua, bo phieu,
  dong thuan, dieu khoan, quyen con nguoi, nhan quyen, chung cu dien tu, bang chung dien tu,
  du lieu, hop tac, hop tac quoc te, luat phap, luat phap quoc te, phap luat, thuong ton phap luat,
  truy cap trai phep, lua dao, tre em, hinh anh, nhay cam, rua tien, dan do, tuong tro tu phap,
  tu phap, hinh su, cong nghe, cong nghe thong tin, thong tin, ky thuat so, kyy thuat so, chuyen doi so,
  to cong tac, tham gia, tham du, phia sau, quoc hoi, su kien, toa nha, ap dung, hiep uoc, toan bo, bo cong an, bo ngoai giao, bo truong, thu truong, thu tuong, pho thu tuong, tong bi thu,
  trung tam hoi nghi quoc gia, hoi nghi, cap cao, le khai mac, khai mac, be mac, chu de,
  chia se, trach nhiem, tuong lai, doan ket, ho tro, nang luc, con nguoi, nguoi dan, nhan dan,
  chu quyen, doc lap, can thiep, noi bo, phat trien, thinh vuong, pham gia, ky nguyen so, kyy nguyen so,
  ky nguyen, kyy nguyen, keo dai, thoi han, han chot, het han, ket thuc, to chuc, nhan quyen, xa hoi dan su, giam sat,
  dan chu, tu do, ngon luan, dau tien, ngay cang, the gioi, toan cau, khu vuc, chau phi,
  chau a, chau au, chau my, thai binh duong, my latinh, lien minh chau au, hoa ky, hoa kyy, trung quoc,
  nhat ban, han quoc, an do, thai lan, anh quoc, vuong quoc anh,
  van kien, van kien nay, van kien phap ly, van ban, van ban nay, cong cu,
  rang buoc, phap ly, thu may, thi moi
`).sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A syllable sequence, matched whole, with spaces or hyphens between syllables. */
function sequencePattern(sequences: readonly string[]): RegExp {
  const alternatives = [...sequences]
    .sort((a, b) => b.length - a.length)
    .map((s) => escape(s).replace(/ /g, '[ -]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

const COMPOUND = sequencePattern(VIETNAMESE_COMPOUNDS);

/** "cong uoc ha noi" → "conguoc hanoi" (on folded text). */
export function joinVietnameseCompounds(folded: string): string {
  return folded.replace(COMPOUND, (match) => match.replace(/[ -]+/g, ''));
}

/** The kinds of answer a Vietnamese question phrase asks for. */
export type VietnameseQuestionKind = 'when' | 'until' | 'where' | 'who' | 'how-many' | 'why' | 'what' | 'said' | 'which';

/**
 * Question phrases (folded syllables) and what they ask for. They carry the
 * question's intent, not its subject: the analyser drops them like stop words.
 */
export const VIETNAMESE_QUESTION_PHRASES: ReadonlyArray<readonly [phrase: string, kind: VietnameseQuestionKind]> = [
  ['den khi nao', 'until'],
  ['den bao gio', 'until'],
  ['cho den khi nao', 'until'],
  // "Chừng nào" is the South's "khi nào".
  ['den chung nao', 'until'],
  ['chung nao', 'when'],
  ['khi nao', 'when'],
  ['bao gio', 'when'],
  ['luc nao', 'when'],
  ['ngay nao', 'when'],
  ['nam nao', 'when'],
  ['thang nao', 'when'],
  ['thoi gian nao', 'when'],
  ['ngay may', 'when'],
  ['o dau', 'where'],
  ['tai dau', 'where'],
  ['noi nao', 'where'],
  ['cho nao', 'where'],
  ['nguoi nao', 'who'],
  // "Ai là người…" (who is the one who…): "người" is the question's, not its subject.
  ['ai la nguoi', 'who'],
  // "Bộ trưởng nào", "đại sứ nào": which minister, which ambassador.
  ['botruong nao', 'who'],
  ['thutruong nao', 'who'],
  ['daibieu nao', 'who'],
  ['dai su nao', 'who'],
  ['lanh dao nao', 'who'],
  ['quan chuc nao', 'who'],
  ['ong nao', 'who'],
  ['ai', 'who'],
  ['toanha nao', 'where'],
  ['dia diem nao', 'where'],
  ['thanh pho nao', 'where'],
  ['thang may', 'when'],
  ['nam may', 'when'],
  // "số mấy" asks which number a thing bears (a resolution's), not a count.
  ['mang so may', 'what'],
  ['so may', 'what'],
  ['bao nhieu', 'how-many'],
  ['may', 'how-many'],
  ['tai sao', 'why'],
  ['vi sao', 'why'],
  ['ly do', 'why'],
  ['de lam gi', 'why'],
  ['da noi gi', 'said'],
  ['da phat bieu gi', 'said'],
  ['noi gi', 'said'],
  ['noi nhung gi', 'said'],
  ['phat bieu gi', 'said'],
  ['tuyen bo gi', 'said'],
  ['da noi', 'said'],
  ['dieu gi', 'what'],
  ['van de gi', 'what'],
  ['la gi', 'what'],
  ['cai gi', 'what'],
  ['gi', 'what'],
  ['nhu the nao', 'what'],
  ['the nao', 'what'],
  ['ra sao', 'what'],
  ['nao', 'which'],
];

/**
 * Single syllables with no meaning for retrieval (folded): grammar words,
 * sentence particles, polite words, and the verbs a question is wrapped in.
 * "Ông" (Mr) is a title, not a subject. "ký" (sign), "năm" (year), "tội" (crime) and "đang" (also the name Đặng) are
 * kept on purpose: folded, they are words that rank.
 */
export const VIETNAMESE_STOP_WORDS: ReadonlySet<string> = new Set(
  words(`
  a, ah, ay, ban, bi, biet, boi, can, cac, cai, cho, chu, chua, co, con, cua, cung, da, day, de, den,
  deu, do, duoc, gi, giup, gom, ha, hay, hoac, hoi, ke, khi, khong, la, lai, lam, len, luc, ma, may,
  minh, moi, mot, muon, nao, nay, neu, nhe, nhi, nhieu, nhu, nhung, noi, nua, o, oi, phia, qua, ra, rang,
  roi, rat, sao, se, tai, the, them, thi, thoi, tren, trong, tu, va, vang, vay, ve, vi, viec, voi, xin, ong,
  viet, nam, khoang
`),
);

/**
 * Phrases that wrap a question without saying what it is about ("cho tôi
 * biết", "có phải … không"), dropped whole: "tôi" alone is kept, since
 * folded it is also "tội" (crime).
 */
export const VIETNAMESE_STOP_PHRASES: readonly string[] = words(`
  cho toi biet, cho toi hoi, cho toi, cho minh biet, cho minh hoi, cho minh, toi muon biet,
  toi muon hoi, toi muon, toi can biet, xin hoi, cho hoi, lam on, giai thich, noi ve, ke ve,
  hay cho biet, ban co biet, co biet, co the, duoc khong, phai khong, dung khong, co phai,
  chua vay, vay a, the a, that su, thuc su, moi nguoi, bao gom, tong cong, chinh thuc, dat but, dien ra, thi sao, cho toi xem, cho xem, quy dinh ve, quy dinh, bat dau, nam trong so, nam trong, trong so
`);

// Question phrases are matched after compounds are joined and before single
// stop words, longest first, so "đến khi nào" is read as "until", not "when".
const QUESTION_PHRASE = sequencePattern(VIETNAMESE_QUESTION_PHRASES.map(([phrase]) => phrase));
const WRAPPING_PHRASE = sequencePattern([...VIETNAMESE_STOP_PHRASES, ...VIETNAMESE_QUESTION_PHRASES.map(([phrase]) => phrase)]);
const KIND_BY_PHRASE = new Map(VIETNAMESE_QUESTION_PHRASES.map(([phrase, kind]) => [phrase, kind]));

/** What a Vietnamese question asks for, from its question phrases, in the order they appear. */
export function vietnameseQuestionKinds(question: Reading): VietnameseQuestionKind[] {
  const joined = question.vietnameseJoined;
  const kinds: VietnameseQuestionKind[] = [];
  for (const match of joined.matchAll(QUESTION_PHRASE)) {
    const kind = KIND_BY_PHRASE.get(match[0].replace(/[ -]+/g, ' '));
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  // A deadline is also a subject ("hạn chót"), so it stays a term and only adds its kind.
  if (/(?<![\p{L}])(?:hanchot|thoihan|hethan)(?![\p{L}])/u.test(joined) && !kinds.includes('until')) kinds.push('until');
  return kinds;
}

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  nhat: 1, hai: 2, ba: 3, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
};

/**
 * Words an ordinal counts that are not signers: "ngày đầu tiên" (the first
 * day), "thông điệp thứ ba" (the third message), "ngày thứ 90" (the 90th day).
 * Vietnamese puts the ordinal after what it counts.
 */
const COUNTS_SOMETHING_ELSE: ReadonlySet<string> = new Set(
  words('ngay, thongdiep, dieu, chuong, vong, vongdamphan, phien, lan, vankien, tuan, thang, nam, khoan, buoc, phienhop, nghiquyet'),
);

/**
 * A signing position asked in Vietnamese: "ký đầu tiên" / "thứ nhất" → 1,
 * "thứ hai" → 2, "thứ 5" → 5; none when the ordinal counts something else.
 */
export function vietnameseOrdinal(question: Reading): number | undefined {
  const joined = question.vietnameseJoined;
  const match = /(?<![\p{L}\p{N}])(?:(dautien)|thu[ -]?(\d{1,3}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi))(?![\p{L}\p{N}])/u.exec(joined);
  if (!match) return undefined;
  const before = joined.slice(0, match.index).split(NON_WORD).filter(Boolean).at(-1);
  if (before !== undefined && COUNTS_SOMETHING_ELSE.has(before)) return undefined;
  if (match[1]) return 1;
  const word = match[2] as string;
  return /\d/.test(word) ? Number(word) : ORDINAL_WORDS[word];
}

/** "Cuối cùng", "cuối": the last of what is counted. */
export const LAST = -1;

/**
 * The ordinal a Vietnamese question gives to `counted` (a joined word, as
 * "thongdiep"), written after it: "thông điệp thứ ba" → 3, "thông điệp đầu
 * tiên" → 1, "thông điệp cuối cùng" → LAST.
 */
export function vietnameseOrdinalOf(question: Reading, counted: string): number | undefined {
  const joined = question.vietnameseJoined;
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${counted} (?:thu[ -]?(\\d{1,2}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)|(dautien)|(cuoi(?: cung)?))(?![\\p{L}\\p{N}])`, 'u').exec(joined);
  if (!match) return undefined;
  if (match[2]) return 1;
  if (match[3]) return LAST;
  const word = match[1] as string;
  return /\d/.test(word) ? Number(word) : ORDINAL_WORDS[word];
}

const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Removes the phrases a question is wrapped in (on folded text whose compounds are joined). */
export function dropVietnameseQuestionPhrases(joined: string): string {
  return joined.replace(WRAPPING_PHRASE, ' ');
}

/**
 * Syllables (folded, after compounds are joined) that are common in
 * Vietnamese questions and rare in French and English, for questions typed
 * without diacritics: "cong uoc ha noi ky khi nao".
 */
const UNACCENTED_MARKERS: ReadonlySet<string> = new Set(
  words(`
  conguoc, lienhopquoc, lienhiepquoc, toipham, toiphammang, khonggianmang, anninhmang, phechuan,
  hieuluc, tongthuky, chutichnuoc, chutich, daihoidong, nghiquyet, kyket, moky, leky, lemoky,
  thongdiep, quocgia, damphan, thongqua, hoptac, nao, gi, khong, chua, cua, duoc, nhieu, bao,
  nhung, cac, nhu, sao, dau, khi, nuoc, nguoi, ky, ngay, thang, nam, mot, hai, ba, voi, trong,
  phat, bieu, noi, dieu, chuong, bai, nhat, thu, tai, vao, cho, nay, lam, hay, vay, nhi, roi,
  da, co, la, va, ve, nua, xem, het
`),
);

/** Every compound once joined ("nghidinhthu", "tamgia"): syllables French and English never put side by side. */
const JOINED_COMPOUNDS: ReadonlySet<string> = new Set(VIETNAMESE_COMPOUNDS.map((compound) => compound.replace(/ /g, '')));

/** Syllables also common in French or English text ("la", "va", "de"…): they count only beside other evidence. */
const WEAK_MARKERS: ReadonlySet<string> = new Set(['la', 'va', 'co', 'da', 've', 'nam', 'ba', 'hai', 'thu', 'mot', 'cho']);

/**
 * Common Vietnamese words written only with letters French also writes (à, â, ê, ô…), which French never
 * writes: they count like a word with a Vietnamese letter ("bà Mebarki là ai").
 */
const MARKED_WITH_FRENCH_LETTERS: ReadonlySet<string> = new Set(words('bà, và, công, nào, này, mà, nhà, làm, thành, toàn, hoàn, gần, cần, lần, sân, tân, dân, xuân, thân, bàn, hàng, sàn, tên, trên, bên, nên'));

/**
 * How strongly a text reads as Vietnamese: two points for each word written
 * with a letter only Vietnamese uses (one for a name, capitalised words in a
 * row, which may be inside a French or English question: "Qu'a dit Lương Cường ?"),
 * one for each marker syllable, and a half for each weak one. `joined`: the
 * text folded as Vietnamese with its compounds joined, when already read (Reading).
 */
export function vietnameseEvidence(text: string, joined = joinVietnameseCompounds(foldVietnamese(text))): number {
  let score = 0;
  // A name's words count once together: "Lương Cường" is one name, as "Guterres" is, in any language.
  let inName = false;
  for (const word of text.split(NON_WORD)) {
    const capitalised = /^\p{Lu}/u.test(word);
    if (VIETNAMESE_LETTER.test(word) || MARKED_WITH_FRENCH_LETTERS.has(word.toLowerCase())) score += capitalised ? (inName ? 0 : 1) : 2;
    inName = capitalised && word.length > 0;
  }
  const tokens = joined.split(NON_WORD);
  let markers = 0;
  let weak = 0;
  for (const token of tokens) {
    if (WEAK_MARKERS.has(token)) weak += 1;
    else if (UNACCENTED_MARKERS.has(token) || JOINED_COMPOUNDS.has(token)) markers += 1;
  }
  return score + markers + (markers > 0 ? weak / 2 : 0);
}

/** True when a word of the text is written with a letter only Vietnamese uses, or is one French never writes ("bà"). */
export function hasVietnameseLetters(text: string): boolean {
  return VIETNAMESE_LETTER.test(text) || text.split(NON_WORD).some((word) => MARKED_WITH_FRENCH_LETTERS.has(word.toLowerCase()));
}
