import { describe, expect, it } from 'vitest';
import {
  analyzeVietnamese,
  foldVietnamese,
  hasVietnameseLetters,
  joinVietnameseCompounds,
  vietnameseEvidence,
  vietnameseOrdinal,
  vietnameseQuestionKinds,
} from '../src/search/vietnamese.ts';

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

  it('makes of Vietnamese names the token the French and English analysers make', () => {
    expect(analyzeVietnamese('Hà Nội')).toEqual(['hanoi']);
    expect(analyzeVietnamese('Việt Nam')).toEqual(['vietnam']);
  });

  it('joins hyphenated or unaccented spellings the same way', () => {
    expect(analyzeVietnamese('Hà-Nội')).toEqual(analyzeVietnamese('ha noi'));
    expect(analyzeVietnamese('cong uoc lien hop quoc')).toEqual(analyzeVietnamese('Công ước Liên Hợp Quốc'));
  });

  it('never joins syllables across a word boundary inside a longer syllable', () => {
    expect(joinVietnameseCompounds('cong uocx')).toBe('cong uocx');
  });
});

describe('Vietnamese stop words and question phrases', () => {
  it('keeps only the subject of a question, with or without diacritics', () => {
    expect(analyzeVietnamese('Công ước Hà Nội được ký khi nào?')).toEqual(['conguoc', 'hanoi', 'ky']);
    expect(analyzeVietnamese('cong uoc ha noi duoc ky khi nao')).toEqual(['conguoc', 'hanoi', 'ky']);
  });

  it('drops the phrases a question is wrapped in, but keeps "tội" (crime), which folds like "tôi" (I)', () => {
    expect(analyzeVietnamese('Cho tôi biết ai chủ trì lễ mở ký?')).toEqual(['chutri', 'lemoky']);
    expect(analyzeVietnamese('tội ác')).toEqual(['toi', 'ac']);
  });

  it('reads a question phrase after the compounds, so "Hà Nội gì" is not "nói gì"', () => {
    expect(analyzeVietnamese('Công ước Hà Nội là gì?')).toEqual(['conguoc', 'hanoi']);
    expect(vietnameseQuestionKinds('Công ước Hà Nội là gì?')).toEqual(['what']);
  });

  it('keeps words that rank: ký (sign), năm (year), ba (three), đặng (a name)', () => {
    expect(analyzeVietnamese('ký')).toEqual(['ky']);
    expect(analyzeVietnamese('năm 2019')).toEqual(['nam', '2019']);
    expect(analyzeVietnamese('ba thông điệp')).toEqual(['ba', 'thongdiep']);
  });

  it('tells what kind of answer a question asks for', () => {
    expect(vietnameseQuestionKinds('Công ước được thông qua khi nào?')).toEqual(['when']);
    expect(vietnameseQuestionKinds('Các nước có thể ký đến khi nào?')).toEqual(['until']);
    expect(vietnameseQuestionKinds('Hạn chót ký công ước')).toEqual(['until']);
    expect(vietnameseQuestionKinds('Lễ ký diễn ra ở đâu?')).toEqual(['where']);
    expect(vietnameseQuestionKinds('Ai chủ trì ủy ban?')).toEqual(['who']);
    expect(vietnameseQuestionKinds('bao nhieu nuoc da ky')).toEqual(['how-many']);
    expect(vietnameseQuestionKinds('Tại sao Mỹ không ký?')).toEqual(['why']);
    expect(vietnameseQuestionKinds('Guterres đã nói gì ở Hà Nội?')).toEqual(['said']);
  });

  it('keeps "hạn chót" (deadline) as a term while it adds its kind', () => {
    expect(analyzeVietnamese('Hạn chót ký công ước')).toEqual(['hanchot', 'ky', 'conguoc']);
  });
});

describe('signing positions asked in Vietnamese', () => {
  it('reads ordinals in words, in digits and without diacritics', () => {
    expect(vietnameseOrdinal('Nước nào ký đầu tiên?')).toBe(1);
    expect(vietnameseOrdinal('nuoc nao ky dau tien')).toBe(1);
    expect(vietnameseOrdinal('Nước thứ nhất ký là ai?')).toBe(1);
    expect(vietnameseOrdinal('Ai ký thứ hai?')).toBe(2);
    expect(vietnameseOrdinal('nước thứ ba ký công ước')).toBe(3);
    expect(vietnameseOrdinal('nước thứ tư')).toBe(4);
    expect(vietnameseOrdinal('Quốc gia thứ 10 ký là ai?')).toBe(10);
    expect(vietnameseOrdinal('Công ước có bao nhiêu điều?')).toBeUndefined();
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
