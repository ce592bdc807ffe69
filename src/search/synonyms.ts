// Names and terms that mean the same thing to a reader share one canonical
// token, at indexing and at query time, so "ONU", "UN" and "Nations unies"
// all find the same entries. Phrases are matched on folded text (lowercase,
// no accents), longest first; Vietnamese words as the analyser joins them
// ("công ước" → conguoc, "ký" → ky).
const GROUPS: ReadonlyArray<readonly [canonical: string, variants: readonly string[]]> = [
  ['onu', ['organisation des nations unies', 'nations unies', 'united nations', 'onu', 'uno', 'lienhopquoc', 'lienhiepquoc', 'lhq']],
  // The host country of the signing is Viet Nam (countries/aliases.ts).
  ['vietnam', ['viet nam', 'vietnam', 'vn', 'host country', 'pays hote', 'pays d accueil', 'nuoc chu nha']],
  ['hanoi', ['ha noi', 'hanoi']],
  ['cybercrime', ['cybercriminalite', 'cybercrime', 'cybercrimes', 'cyber crime', 'cybercriminalites', 'toiphammang']],
  ['cyberspace', ['cyberespace', 'cyberspace', 'cyber espace', 'khonggianmang']],
  ['assembleegenerale', ['assemblee generale', 'general assembly', 'unga', 'agnu', 'daihoidong']],
  ['secretairegeneral', ['secretaire general', 'secretary general', 'sg', 'onu chief', 'un chief', 'chief of the onu', 'chef de onu', 'patron de onu', 'tongthuky']],
  ['guterres', ['antonio guterres', 'guterres']],
  ['luongcuong', ['luong cuong']],
  ['luongtamquang', ['luong tam quang']],
  ['danghoanggiang', ['dang hoang giang']],
  ['multilateralisme', ['multilateralisme', 'multilateralism', 'chunghiadaphuong', 'daphuong']],
  // "Văn kiện này", "văn bản này" (this instrument, this text) name the Convention in a Vietnamese question.
  ['convention', ['convention', 'traite', 'treaty', 'traites', 'treaties', 'conguoc', 'hiepuoc', 'vankiennay', 'vanbannay']],
  ['ratification', ['ratification', 'ratifications', 'ratifier', 'ratify', 'ratified', 'ratifie', 'ratifiee', 'ratifies', 'ratifying', 'ratifient', 'ratifiera', 'ratifieront', 'ratifiait', 'ratifiant', 'ratifions', 'ratifiez', 'ratifiees', 'ratif', 'ratifs', 'phechuan']],
  ['entreeenvigueur', ['entree en vigueur', 'entry into force', 'enter into force', 'enters into force', 'entrer en vigueur', 'entrera en vigueur', 'in force', 'en vigueur', 'hieuluc', 'kick in', 'kicks in', 'kicked in', 'take effect', 'takes effect', 'took effect', 'come into force', 'comes into force', 'came into force', 'come into effect', 'comes into effect', 'binding on']],
  ['supplementaire', ['supplementary', 'supplementaire', 'supplementaires', 'additional', 'additionnel', 'additionnelle', 'additionnels', 'additionnelles', 'extra', 'bo sung']],
  ['droithumain', ['droits humains', 'droits de l homme', 'droits de lhomme', 'human rights', 'droits humain', 'quyenconnguoi', 'nhanquyen']],
  ['unodc', ['unodc', 'onudc']],
  ['etatsunis', ['etats unis', 'united states', 'usa', 'americain', 'americains', 'american', 'americans', 'hoaky', 'hoakyy']],
  // After the Hanoi ceremony: the later signatures, in New York ("how many more signed after Hanoi?").
  ['apreshanoi', ['after hanoi', 'since hanoi', 'apres hanoi', 'depuis hanoi', 'sau ha noi', 'ke tu ha noi', 'ceremony is over', 'ceremony has ended', 'ceremonie est finie', 'ceremonie est terminee', 'leky da xong', 'leky xong', 'leky da ketthuc', 'leky ketthuc']],
  // Readers say "kids" of the children articles 14 and 15 protect.
  ['child', ['child', 'children', 'kid', 'kids', 'enfant', 'enfants', 'gamin', 'gamins']],
  // Spying is what readers call the surveillance critics warn of.
  ['surveillance', ['surveillance', 'spy', 'spies', 'spying', 'spy on', 'snoop', 'snooping', 'espionner', 'espionnage', 'espionne', 'giamsat']],
  // "Is Russia on board?": has it joined.
  ['signature', ['on board', 'signature', 'signatures', 'signing', 'signer', 'signe', 'signee', 'signes', 'signees', 'signed', 'sign', 'signs', 'signait', 'signent', 'signataire', 'signataires', 'signatory', 'signatories', 'signers', 'ky', 'kyket', 'benky']],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const key = (s: string) => s.replace(/-/g, ' ');

const CANONICAL_BY_VARIANT = new Map<string, string>(
  GROUPS.flatMap(([canonical, variants]) => variants.map((v) => [key(v), canonical] as const)),
);

const CANONICALS: ReadonlySet<string> = new Set(GROUPS.map(([canonical]) => canonical));

/**
 * The words a multi-word variant keeps beside its canonical term ("secretary general" →
 * secretairegeneral secretary general), folded, by canonical: one idea, which a question's
 * coverage should count once.
 */
export const PHRASE_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  GROUPS.map(([canonical, variants]) => [canonical, new Set(variants.filter((v) => /[ -]/.test(v)).flatMap((v) => key(v).split(' ')))] as const),
);

/** Whether a term is the one a synonym group shares across languages ("onu", "signature"). */
export function isSynonymCanonical(term: string): boolean {
  return CANONICALS.has(term);
}

/** Whether a folded word is one of the written forms a synonym group knows ("ratified", "signataires"). */
export function isSynonymVariant(word: string): boolean {
  return CANONICAL_BY_VARIANT.has(word);
}

// One alternation, longest variant first, so a phrase wins over its words.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...CANONICAL_BY_VARIANT.keys()]
    .sort((a, b) => b.length - a.length)
    .map((v) => escape(v).replace(/ /g, '[ -]'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * Puts the canonical token in place of every known variant. A phrase keeps
 * its words too, so a typo inside it ("entre en vigeur") still finds them.
 */
export function applySynonyms(folded: string): string {
  return folded.replace(PATTERN, (match) => {
    const variant = key(match);
    const canonical = CANONICAL_BY_VARIANT.get(variant) ?? match;
    return variant.includes(' ') ? `${canonical} ${match}` : canonical;
  });
}

/**
 * Acronyms that are ordinary words in lowercase ("un" in French, "us" in
 * English) count only when written in capitals.
 */
const ACRONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bUN\b/g, 'onu'],
  [/\bUS\b/g, 'etatsunis'],
  [/\bGA\b/g, 'assembleegenerale'],
  // L'Assemblée générale in French: "la résolution de l'AG".
  [/\bAG\b/g, 'assembleegenerale'],
];

export function applyAcronyms(original: string): string {
  let out = original;
  for (const [pattern, canonical] of ACRONYMS) out = out.replace(pattern, canonical);
  return out;
}
