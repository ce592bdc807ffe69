import { describe, expect, it } from 'vitest';
import { analyze } from '../src/search/text.ts';
import {
  foldVietnamese,
  hasVietnameseLetters,
  joinVietnameseCompounds,
  vietnameseEvidence,
  LAST,
  vietnameseOrdinal,
  vietnameseOrdinalOf,
  vietnameseQuestionKinds,
} from '../src/text/vietnamese.ts';
import { Reading } from '../src/text/reading.ts';

/** The shared analyser reading Vietnamese, as it reads documents and questions. */
const vi = (text: string) => analyze(text, 'vi');

describe('Vietnamese folding', () => {
  it('removes tone and vowel marks and maps đ/Đ to d, which decomposition leaves alone', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldVietnamese('Đại hội đồng')).toBe('dai hoi dong');
    expect(foldVietnamese('Công ước Hà Nội')).toBe('cong uoc ha noi');
    expect(foldVietnamese('Tổng Thư ký Liên Hợp Quốc')).toBe('tong thu ky lien hop quoc');
    expect(foldVietnamese('ĐẶNG HOÀNG GIANG')).toBe('dang hoang giang');
  });

  it('folds precomposed and decomposed input alike', () => {
    const decomposed = 'Lương Cường'.normalize('NFD');
    expect(foldVietnamese(decomposed)).toBe(foldVietnamese('Lương Cường'));
  });
});

describe('syllables that make one word', () => {
  it('joins a compound into one term, the longest first', () => {
    expect(joinVietnameseCompounds('cong uoc ve chong toi pham mang')).toBe('conguoc ve chong toiphammang');
    expect(joinVietnameseCompounds('toi pham')).toBe('toipham');
    expect(joinVietnameseCompounds('le mo ky cong uoc')).toBe('lemoky conguoc');
  });

  it('makes of Vietnamese names and shared terms the token the French and English analysers make', () => {
    expect(vi('Hà Nội')).toEqual(analyze('Hanoi', 'en'));
    expect(vi('Việt Nam')).toEqual(['vietnam']);
    expect(vi('Lương Cường')).toContain('luongcuong');
    expect(vi('Công ước')).toEqual(analyze('convention', 'en'));
    expect(vi('ký')).toEqual(analyze('signed', 'en'));
    expect(vi('phê chuẩn')).toEqual(analyze('ratification', 'fr'));
  });

  it('keeps other Vietnamese terms apart from French and English words that fold alike', () => {
    expect(analyze('congé', 'fr')).toEqual(['cong']);
    expect(vi('công')).toEqual(['ᵛcong']);
    expect(vi('thập kỷ')).not.toContain(analyze('signed', 'en')[0]);
    expect(vi('kỳ họp')).toEqual(['ᵛkyy', 'ᵛhop']);
  });

  it('leaves a name that Vietnamese could not spell as the other languages write it, so both find it', () => {
    // gh comes only before e, i or y; w is not a Vietnamese letter.
    expect(vi('Ghada Waly nói gì?')).toEqual(analyze('Ghada Waly', 'en'));
    expect(vi('Guterres')).toEqual(analyze('Guterres', 'en'));
    expect(vi('nghị quyết')).toEqual(['ᵛnghiquyet']);
    expect(vi('ghi nhận')).toEqual(['ᵛghi', 'ᵛnhan']);
  });

  it('does not try a term longer than any Vietnamese word as one', () => {
    // Spelt like 13 syllables, too long for one word (and not tried syllable by syllable).
    expect(vi('nanananananananananananana')).toEqual(['nanananananananananananana']);
    expect(vi('nanananana')).toEqual(['ᵛnanananana']);
  });

  it('joins the compounds readers use for a protocol, taking part, lasting and a document', () => {
    expect(vi('nghị định thư bổ sung')).toEqual(['ᵛnghidinhthu', 'supplementair', 'ᵛbo', 'ᵛsung']);
    expect(vi('tham gia ký kết')).toContain('ᵛthamgia');
    expect(vi('kéo dài mấy ngày')).toEqual(['ᵛkeodai', 'ᵛngay']);
    expect(vi('văn bản gồm tổng cộng mấy điều')).toEqual(['ᵛvanban', 'ᵛdieu']);
  });

  it('reads "văn kiện này", "hiệp ước" as the Convention, and drops what only frames a question', () => {
    expect(vi('thông qua văn kiện này')).toEqual(['ᵛthongqua', ...analyze('convention', 'en')]);
    expect(vi('hiệp ước')).toEqual(analyze('treaty', 'en'));
    expect(vi('chính thức đặt bút ký cho phía Việt Nam')).toEqual([...analyze('signed', 'en'), 'vietnam']);
    expect(vi('sự kiện diễn ra tại tòa nhà nào')).toEqual(['ᵛsukien']);
    expect(vietnameseQuestionKinds(new Reading('sự kiện diễn ra tại tòa nhà nào'))).toEqual(['where']);
    expect(vi('cho xem hết các quốc gia')).toEqual(['ᵛhet', 'ᵛquocgia']);
    expect(vi('Quốc hội đã thông qua việc phê chuẩn rồi à')).toEqual(['ᵛquochoi', 'ᵛthongqua', ...analyze('ratification', 'en')]);
    // "phía sau" (behind) is a word of its own: "không ai bị bỏ lại phía sau".
    expect(vi('bỏ lại phía sau')).toContain('ᵛphiasau');
  });

  it('joins hyphenated or unaccented spellings the same way', () => {
    expect(vi('Hà-Nội')).toEqual(vi('ha noi'));
    expect(vi('cong uoc lien hop quoc')).toEqual(vi('Công ước Liên Hợp Quốc'));
  });

  it('never joins syllables across a word boundary inside a longer syllable', () => {
    expect(joinVietnameseCompounds('cong uocx')).toBe('cong uocx');
  });
});

describe('Vietnamese stop words and question phrases', () => {
  it('keeps only the subject of a question, with or without diacritics', () => {
    const terms = [...analyze('convention Hanoi', 'en'), ...analyze('signed', 'en')];
    expect(vi('Công ước Hà Nội được ký khi nào?')).toEqual(terms);
    expect(vi('cong uoc ha noi duoc ky khi nao')).toEqual(terms);
  });

  it('drops the phrases a question is wrapped in, but keeps "tội" (crime), which folds like "tôi" (I)', () => {
    expect(vi('Cho tôi biết ai chủ trì lễ mở ký?')).toEqual(['ᵛchutri', 'ᵛlemoky']);
    expect(vi('tội ác')).toEqual(['ᵛtoi', 'ᵛac']);
  });

  it('reads a question phrase after the compounds, so "Hà Nội gì" is not "nói gì"', () => {
    expect(vi('Công ước Hà Nội là gì?')).toEqual(analyze('convention Hanoi', 'en'));
    expect(vietnameseQuestionKinds(new Reading('Công ước Hà Nội là gì?'))).toEqual(['what']);
  });

  it('keeps words that rank: ba (three), tội (crime), numbers', () => {
    expect(vi('năm 2019')).toEqual(['2019']);
    expect(vi('ba thông điệp')).toEqual(['ᵛba', 'ᵛthongdiep']);
  });

  it('tells what kind of answer a question asks for', () => {
    expect(vietnameseQuestionKinds(new Reading('Công ước được thông qua khi nào?'))).toEqual(['when']);
    expect(vietnameseQuestionKinds(new Reading('Các nước có thể ký đến khi nào?'))).toEqual(['until']);
    expect(vietnameseQuestionKinds(new Reading('Hạn chót ký công ước'))).toEqual(['until']);
    expect(vietnameseQuestionKinds(new Reading('Lễ ký diễn ra ở đâu?'))).toEqual(['where']);
    expect(vietnameseQuestionKinds(new Reading('Ai chủ trì ủy ban?'))).toEqual(['who']);
    expect(vietnameseQuestionKinds(new Reading('bao nhieu nuoc da ky'))).toEqual(['how-many']);
    expect(vietnameseQuestionKinds(new Reading('Tại sao Mỹ không ký?'))).toEqual(['why']);
    expect(vietnameseQuestionKinds(new Reading('Guterres đã nói gì ở Hà Nội?'))).toEqual(['said']);
  });

  it('keeps "hạn chót" (deadline) as a term while it adds its kind', () => {
    expect(vi('Hạn chót ký công ước')).toEqual(['ᵛhanchot', ...analyze('signed convention', 'en')]);
  });
});

describe('signing positions asked in Vietnamese', () => {
  it('reads ordinals in words, in digits and without diacritics', () => {
    expect(vietnameseOrdinal(new Reading('Nước nào ký đầu tiên?'))).toBe(1);
    expect(vietnameseOrdinal(new Reading('nuoc nao ky dau tien'))).toBe(1);
    expect(vietnameseOrdinal(new Reading('Nước thứ nhất ký là ai?'))).toBe(1);
    expect(vietnameseOrdinal(new Reading('Ai ký thứ hai?'))).toBe(2);
    expect(vietnameseOrdinal(new Reading('nước thứ ba ký công ước'))).toBe(3);
    expect(vietnameseOrdinal(new Reading('nước thứ tư'))).toBe(4);
    expect(vietnameseOrdinal(new Reading('Quốc gia thứ 10 ký là ai?'))).toBe(10);
    expect(vietnameseOrdinal(new Reading('Công ước có bao nhiêu điều?'))).toBeUndefined();
  });

  it('reads no signing position in an ordinal that counts something else', () => {
    expect(vietnameseOrdinal(new Reading('Ngày đầu tiên có bao nhiêu nước ký?'))).toBeUndefined();
    expect(vietnameseOrdinal(new Reading('Thông điệp thứ ba nói gì?'))).toBeUndefined();
    expect(vietnameseOrdinal(new Reading('vào ngày thứ 90'))).toBeUndefined();
  });
});

describe('which message a Vietnamese question counts', () => {
  it('reads the ordinal written after what it counts', () => {
    expect(vietnameseOrdinalOf(new Reading('Thông điệp thứ ba nói gì?'), 'thongdiep')).toBe(3);
    expect(vietnameseOrdinalOf(new Reading('thong diep thu 2 la gi'), 'thongdiep')).toBe(2);
    expect(vietnameseOrdinalOf(new Reading('thông điệp đầu tiên'), 'thongdiep')).toBe(1);
    expect(vietnameseOrdinalOf(new Reading('thông điệp cuối cùng'), 'thongdiep')).toBe(LAST);
    expect(vietnameseOrdinalOf(new Reading('ba thông điệp là gì?'), 'thongdiep')).toBeUndefined();
    expect(vietnameseOrdinalOf(new Reading('nước thứ ba ký công ước'), 'thongdiep')).toBeUndefined();
  });
});

describe('telling a Vietnamese question from French or English', () => {
  const vi = (text: string) => vietnameseEvidence(text);

  it('counts letters only Vietnamese writes', () => {
    expect(hasVietnameseLetters('Công ước')).toBe(true);
    expect(hasVietnameseLetters('Quand la convention a-t-elle été adoptée ?')).toBe(false);
    expect(hasVietnameseLetters('When was the convention adopted?')).toBe(false);
    expect(vi('Công ước Hà Nội được ký khi nào?')).toBeGreaterThanOrEqual(6);
  });

  it('counts a joined compound, which French and English never spell, as Vietnamese', () => {
    expect(vi('se co them mot nghi dinh thu nua a')).toBeGreaterThanOrEqual(2);
    expect(vi('did any of them sign the protocol?')).toBe(0);
  });

  it('recognises a question typed without diacritics from its syllables', () => {
    expect(vi('cong uoc ha noi ky khi nao')).toBeGreaterThanOrEqual(2);
    expect(vi('bao nhieu nuoc da ky')).toBeGreaterThanOrEqual(2);
    expect(vi('viet nam co phe chuan chua')).toBeGreaterThanOrEqual(2);
  });

  it('gives little weight to a Vietnamese name inside a French or English question', () => {
    expect(vi("Qu'a dit Lương Cường ?")).toBeLessThanOrEqual(2);
    expect(vi('What did António Guterres say in Hanoi?')).toBeLessThanOrEqual(1);
  });

  it('finds nothing Vietnamese in French or English questions', () => {
    for (const text of [
      'Quand la convention a-t-elle été adoptée ?',
      'who signed first?',
      'la France a-t-elle signé ?',
      'Viet Nam signed first in Hanoi',
      'entry into force',
      'Is the UK a signatory?',
      "Combien d'États ont signé à Hanoï ?",
    ]) {
      expect(vi(text), text).toBe(0);
    }
  });
});
