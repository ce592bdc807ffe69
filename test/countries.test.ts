import { describe, expect, it } from 'vitest';
import { findCountries, oneTypoApart } from '../src/countries/find.ts';
import { findNationalities } from '../src/countries/nationalities.ts';
import { COUNTRIES, countryName } from '../src/countries/names.ts';
import { Reading } from '../src/text/reading.ts';

const codes = (text: string) => findCountries(new Reading(text)).map((m) => m.code);

describe('country names', () => {
  it('covers every ISO 3166-1 country and the European Union, named in both languages', () => {
    expect(COUNTRIES.size).toBeGreaterThanOrEqual(249);
    expect(countryName('fr', 'en')).toBe('France');
    expect(countryName('de', 'fr')).toBe('Allemagne');
    expect(countryName('eu', 'fr')).toBe('Union européenne');
    expect(countryName('vn', 'en')).toBe('Viet Nam');
  });
});

describe('findCountries', () => {
  it('reads the names and aliases people type, in English and French, any case, with or without accents', () => {
    const cases: [string, string][] = [
      ['Did France sign?', 'fr'],
      ["l'Allemagne a-t-elle signé ?", 'de'],
      ['is the UK a signatory', 'gb'],
      ['Great Britain', 'gb'],
      ['did nz sign', 'nz'],
      ['britain', 'gb'],
      ['USA', 'us'],
      ['les États-Unis', 'us'],
      ['etats-unis', 'us'],
      ['EU', 'eu'],
      ["l'UE a signé ?", 'eu'],
      ['union europeenne', 'eu'],
      ['Russie', 'ru'],
      ['russia', 'ru'],
      ['Vietnam', 'vn'],
      ['viet nam', 'vn'],
      ['Türkiye', 'tr'],
      ['turkey', 'tr'],
      ['Turquie', 'tr'],
      ['North Korea', 'kp'],
      ['DPRK', 'kp'],
      ['corée du nord', 'kp'],
      ['South Korea', 'kr'],
      ['Ivory Coast', 'ci'],
      ["Cote d'Ivoire", 'ci'],
      ['Laos', 'la'],
      ['Lao PDR', 'la'],
      ['Czechia', 'cz'],
      ['Czech Republic', 'cz'],
      ['RDC', 'cd'],
      ['Palestine', 'ps'],
      ['Iran', 'ir'],
      ['Syria', 'sy'],
      ['Bolivia', 'bo'],
      ['Tanzania', 'tz'],
      ['Holland', 'nl'],
      ['Pays-Bas', 'nl'],
    ];
    for (const [text, code] of cases) expect(codes(text), text).toEqual([code]);
  });

  it('reads the host country of the signing, and "VN", as Viet Nam', () => {
    expect(codes('did the host country sign?')).toEqual(['vn']);
    expect(codes('le pays hôte a-t-il ratifié ?')).toEqual(['vn']);
    expect(codes('nước chủ nhà đã phê chuẩn chưa')).toEqual(['vn']);
    expect(codes('ai ký cho vn vậy')).toEqual(['vn']);
  });

  it('tells "US" (the country) from "us" (the pronoun)', () => {
    expect(codes('did the US sign?')).toEqual(['us']);
    expect(codes('tell us who signed')).toEqual([]);
    expect(codes('Union européenne ou Portugal, lequel a eu lieu')).toEqual(['eu', 'pt']);
    expect(codes('la cérémonie a eu lieu à Hanoï')).toEqual([]);
  });

  it('reads "us" typed in lower case as the country after "the", or before a status verb asked of it', () => {
    expect(codes('has the us signed it yet')).toEqual(['us']);
    expect(codes('why didnt the us sign')).toEqual(['us']);
    expect(codes('us signed it or not?')).toEqual(['us']);
    expect(codes('did us ratify')).toEqual(['us']);
    expect(codes('did the eu sign')).toEqual(['eu']);
    for (const text of ['let us sign', 'tell us who signed', 'can you give us the list of signers', 'help us sign up']) expect(codes(text), text).toEqual([]);
  });

  it('never confuses names that contain each other', () => {
    expect(codes('Niger')).toEqual(['ne']);
    expect(codes('Nigeria')).toEqual(['ng']);
    expect(codes('Guinea')).toEqual(['gn']);
    expect(codes('Guinea-Bissau')).toEqual(['gw']);
    expect(codes('Papua New Guinea')).toEqual(['pg']);
    expect(codes('Equatorial Guinea')).toEqual(['gq']);
    expect(codes('Congo')).toEqual(['cg']);
    expect(codes('DR Congo')).toEqual(['cd']);
    expect(codes('the Democratic Republic of the Congo')).toEqual(['cd']);
    expect(codes('Dominica and the Dominican Republic')).toEqual(['dm', 'do']);
  });

  it('never finds a name inside another word', () => {
    expect(codes('a woman spoke')).toEqual([]);
    expect(codes('Somalia')).toEqual(['so']);
    expect(codes('the chadic languages and the omani coast')).toEqual([]);
    expect(codes('la réunion de Vienne')).toEqual([]);
  });

  it('forgives one typo or swapped pair in a name of five letters or more, not in ordinary words', () => {
    expect(findCountries(new Reading('Germnay'))).toEqual([{ code: 'de', text: 'Germnay', typo: true }]);
    expect(codes('Frnace')).toEqual(['fr']);
    expect(codes('Farnce')).toEqual(['fr']);
    expect(codes('Nigera')).toEqual(['ng']);
    expect(codes('Saudi Arabai')).toEqual(['sa']);
    expect(codes('Peur')).toEqual([]); // four letters: exact names only
    for (const word of ['child', 'while', 'begin', 'grace', 'malaise', 'islands', 'francs']) expect(codes(word), word).toEqual([]);
  });

  it('reads Vietnamese names with their tone marks, and not the English words they fold to', () => {
    expect(codes('Pháp có ký không?')).toEqual(['fr']);
    expect(codes('Mỹ')).toEqual(['us']);
    expect(codes('my country')).toEqual([]);
    expect(codes('pháp luật')).toEqual([]);
    expect(codes('Bao nhiêu nước Mỹ Latinh đã ký?')).toEqual([]);
  });

  it('lists several countries in the order the text names them, each once', () => {
    expect(codes('France, Germany and France again, then Japan')).toEqual(['fr', 'de', 'jp']);
  });

  it('measures typos as one edit or one swap of neighbours', () => {
    expect(oneTypoApart('germnay', 'germany')).toBe(true);
    expect(oneTypoApart('nigera', 'nigeria')).toBe(true);
    expect(oneTypoApart('niger', 'nigeria')).toBe(false);
    expect(oneTypoApart('while', 'chile')).toBe(false);
  });
});

describe('findNationalities', () => {
  const nationalities = (text: string) => findNationalities(text).map((m) => m.code);

  it('reads a state from its people or adjective, in the three languages', () => {
    expect(nationalities('did the japanese sign it')).toEqual(['jp']);
    expect(nationalities('est-ce que le ministre japonais a signé ?')).toEqual(['jp']);
    expect(nationalities('les Américaines')).toEqual(['us']);
    expect(nationalities('la délégation vietnamienne')).toEqual(['vn']);
    expect(nationalities('người Nhật có ký không')).toEqual(['jp']);
    expect(nationalities('nước Nhật Bản ký chưa')).toEqual(['jp']);
    expect(nationalities('what about the emiratis')).toEqual(['ae']);
  });

  it('reads an adjective of two words as one state, not as its last word', () => {
    expect(nationalities('did the north koreans sign')).toEqual(['kp']);
    expect(nationalities('les sud-coréens ont signé ?')).toEqual(['kr']);
    expect(nationalities('the South African minister')).toEqual(['za']);
  });

  it('does not read a language as a state', () => {
    expect(nationalities('réponds en français')).toEqual([]);
    expect(nationalities('in English please')).toEqual([]);
    expect(nationalities('Nhật ký của tôi')).toEqual([]);
  });
});
