// What people type for a country besides the names i18n-iso-countries
// gives, the display names we prefer to the library's, and the few library
// names that are ordinary words. Codes are ISO 3166-1 alpha-2 in lower case,
// plus `eu` for the European Union (which has no ISO country code).

/** Extra names, in any language, folded when the table is built. */
export const ALIASES: Readonly<Record<string, readonly string[]>> = {
  gb: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Grande-Bretagne', 'Angleterre', 'Royaume Uni'],
  us: ['USA', 'U.S.A.', 'United States', 'United States of America', 'Etats-Unis', 'États-Unis', 'Etats Unis'],
  eu: ['EU', 'UE', 'E.U.', 'European Union', 'Union européenne', 'Union europeenne'],
  ru: ['Russia', 'Russie', 'Russian Federation', 'Fédération de Russie'],
  // The host of the signing: "who signed for the host country?".
  vn: ['Vietnam', 'Viet Nam', 'Viêt Nam', 'Viêt-Nam', 'VN', 'host country', 'pays hôte', "pays d'accueil"],
  tr: ['Turkey', 'Türkiye', 'Turkiye', 'Turquie'],
  kp: ['North Korea', 'DPRK', 'DPR Korea', "Democratic People's Republic of Korea", 'Corée du Nord', 'RPDC', 'République populaire démocratique de Corée'],
  kr: ['South Korea', 'Republic of Korea', 'ROK', 'Corée du Sud', 'République de Corée'],
  ci: ['Ivory Coast', "Côte d'Ivoire", 'Cote dIvoire', 'Cote-d-Ivoire'],
  la: ['Laos', 'Lao', 'Lao PDR', "Lao People's Democratic Republic", 'République démocratique populaire lao'],
  cz: ['Czechia', 'Czech Republic', 'Tchéquie', 'République tchèque'],
  cd: ['DR Congo', 'DRC', 'D.R. Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa', 'RDC', 'RD Congo', 'République démocratique du Congo'],
  cg: ['Congo', 'Congo-Brazzaville', 'Republic of the Congo', 'République du Congo'],
  ps: ['Palestine', 'State of Palestine', 'État de Palestine'],
  ir: ['Iran', 'Islamic Republic of Iran', "République islamique d'Iran"],
  sy: ['Syria', 'Syrie', 'Syrian Arab Republic', 'République arabe syrienne'],
  bo: ['Bolivia', 'Bolivie', 'Plurinational State of Bolivia'],
  tz: ['Tanzania', 'Tanzanie', 'United Republic of Tanzania', 'United Rep. of Tanzania'],
  ve: ['Venezuela', 'Bolivarian Republic of Venezuela'],
  nl: ['Holland', 'Hollande', 'Pays-Bas', 'Pays Bas', 'Netherlands', 'the Netherlands'],
  ae: ['UAE', 'U.A.E.', 'EAU', 'Emirates', 'Émirats', 'Emirats arabes unis', 'United Arab Emirates'],
  md: ['Moldova', 'Republic of Moldova', 'Moldavie'],
  mk: ['North Macedonia', 'Macedonia', 'Macédoine du Nord', 'Macédoine'],
  sz: ['Eswatini', 'Swaziland'],
  mm: ['Myanmar', 'Burma', 'Birmanie'],
  cv: ['Cabo Verde', 'Cape Verde', 'Cap-Vert'],
  tl: ['Timor-Leste', 'East Timor', 'Timor oriental'],
  va: ['Holy See', 'Vatican', 'Saint-Siège', 'Saint Siege'],
  fm: ['Micronesia', 'Micronésie', 'Federated States of Micronesia'],
  bn: ['Brunei', 'Brunei Darussalam'],
  cn: ['China', 'Chine', "People's Republic of China", 'PRC', 'TQ'],
  tw: ['Taiwan', 'Taïwan'],
  gm: ['Gambia', 'The Gambia', 'Gambie'],
  re: ['Réunion island', 'île de la Réunion', 'La Réunion island'],
  sa: ['Saudi Arabia', 'Saudi', 'Arabie saoudite', 'KSA'],
  za: ['South Africa', 'Afrique du Sud', 'RSA'],
  nz: ['New Zealand', 'Nouvelle-Zélande', 'Aotearoa', 'NZ'],
  lk: ['Sri Lanka'],
  mv: ['Maldives', 'Maldive Islands'],
  pg: ['Papua New Guinea', 'PNG', 'Papouasie-Nouvelle-Guinée'],
  do: ['Dominican Republic', 'République dominicaine'],
};

/**
 * What people call a state's people besides the adjectives i18n-nationality gives ("the Brits", "les
 * Anglais", "the Aussies"), in any language, singular and plural: matched like its adjectives.
 */
export const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  gb: ['Brit', 'Brits', 'Anglais'],
  au: ['Aussie', 'Aussies'],
  nz: ['Kiwi', 'Kiwis'],
  us: ['Ricain', 'Ricains', 'Yankee', 'Yankees'],
  ar: ['Argentinian', 'Argentinians'],
  ph: ['Pinoy', 'Pinoys'],
  sk: ['Slovak', 'Slovaks'],
  ae: ['Emirati', 'Emiratis'],
};

/** Aliases that are also ordinary words in lower case ("us", "eau"): matched only as typed in capitals. */
export const CAPITALS_ONLY: ReadonlySet<string> = new Set(['US', 'EU', 'EAU', 'PNG']);

/**
 * Library names left out of matching because they are ordinary words
 * ("réunion" is a French meeting). Names several countries share ("Virgin
 * Islands") are left out when the table is built, unless an alias above gives
 * them to one ("Congo": the Republic of the Congo).
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(['reunion']);

/** Vietnamese names the library lacks, matched like its own (with tone marks). */
export const VI_ALIASES: Readonly<Record<string, readonly string[]>> = {
  gb: ['Vương quốc Anh', 'nước Anh', 'Anh Quốc'],
  us: ['Hoa Kỳ', 'Mỹ'],
  eu: ['Liên minh châu Âu'],
  vn: ['Việt Nam', 'nước chủ nhà'],
  ru: ['Nga'],
  kp: ['Bắc Triều Tiên', 'Triều Tiên'],
  kr: ['Hàn Quốc', 'Nam Hàn'],
};

/** Display names where the library's first name is not the one the bot should show. */
export const DISPLAY: Readonly<Record<string, { en?: string; fr?: string; vi?: string }>> = {
  eu: { en: 'European Union', fr: 'Union européenne', vi: 'Liên minh châu Âu' },
  vn: { en: 'Viet Nam', fr: 'Viet Nam' },
  us: { en: 'United States', fr: 'États-Unis', vi: 'Hoa Kỳ' },
  ci: { en: "Côte d'Ivoire", fr: "Côte d'Ivoire", vi: "Côte d'Ivoire" },
  cz: { fr: 'République tchèque' },
  ae: { fr: 'Émirats arabes unis', vi: 'Các Tiểu vương quốc Ả Rập Thống nhất' },
  kp: { en: "Democratic People's Republic of Korea (North Korea)", fr: 'République populaire démocratique de Corée (Corée du Nord)', vi: 'Cộng hòa Dân chủ Nhân dân Triều Tiên' },
  kr: { en: 'Republic of Korea (South Korea)', fr: 'République de Corée (Corée du Sud)', vi: 'Hàn Quốc' },
  cn: { en: 'China' },
  la: { en: 'Lao PDR', fr: 'Laos (RDP lao)', vi: 'Lào' },
  gm: { en: 'Gambia' },
  va: { en: 'Holy See', fr: 'Saint-Siège', vi: 'Tòa Thánh' },
  fm: { en: 'Micronesia' },
  md: { en: 'Republic of Moldova' },
  mk: { en: 'North Macedonia' },
  tw: { en: 'Taiwan' },
  tz: { en: 'United Republic of Tanzania', vi: 'Tanzania' },
  ru: { en: 'Russian Federation', fr: 'Fédération de Russie', vi: 'Liên bang Nga' },
  ps: { en: 'State of Palestine', fr: 'État de Palestine', vi: 'Nhà nước Palestine' },
  nl: { en: 'Netherlands' },
  vg: { en: 'British Virgin Islands' },
  vi: { en: 'United States Virgin Islands' },
  mf: { en: 'Saint Martin (French part)' },
  fk: { en: 'Falkland Islands (Malvinas)' },
};

/**
 * Vietnamese names are matched with their tone marks (folded, "Mỹ" would be
 * the English "my"); a few are also the first syllable of common words
 * ("pháp luật", law), and do not name a country before these syllables.
 */
export const VI_NOT_BEFORE: Readonly<Record<string, readonly string[]>> = {
  pháp: ['luật', 'lý', 'nhân', 'chế', 'quyền', 'định', 'điển', 'y'],
  mỹ: ['thuật', 'phẩm', 'nghệ', 'mãn', 'quan', 'latinh'],
  nga: ['ngà'],
  úc: ['chế'],
};

/**
 * Ordinary words one letter away from a country's name ("child" / Chile,
 * "malaise" / Malaisie): never read as a misspelt country.
 */
export const NOT_TYPOS: ReadonlySet<string> = new Set([
  'child', 'chide', 'chino', 'chien', 'begin', 'stain', 'italic', 'sedan', 'macro', 'francs', 'franco', 'franck',
  'malaise', 'gamble', 'matte', 'nicer', 'indie', 'grace', 'jupon', 'swede', 'autruche', 'pajama', 'granada', 'conga',
  'tongs', 'malts', 'nigel', 'ghada', 'island', 'islands', 'where', 'while',
]);
