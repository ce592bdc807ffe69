// A claim to check: "is it true that 64 countries signed?", "I read it has 71 articles, is that right?",
// "mon prof dit que le texte a été adopté en 2023, c'est juste ?", "có đúng là … không". The words that
// frame the claim (who said it, "is that right") are not its subject: they are removed, and what is
// left is searched like any question. The answer is the entry about that subject, which says what the
// sources hold, so a figure in the claim may be wrong ("71 articles", "2023"): it is not required of
// the answer.

/** Someone the reader heard a claim from: "my teacher", "mon prof", "thầy tôi". */
const SOURCE_EN = String.raw`(?:my|a|our|the) (?:teacher|prof|professor|friend|colleague|boss|dad|mom|mum|father|mother|brother|sister|lecturer|classmate|coworker)|someone|somebody`;
const SOURCE_FR = String.raw`(?:mon|ma|notre|un|une) (?:prof|professeur|professeure|pote|ami|amie|collègue|collegue|chef|père|pere|mère|mere|frère|frere|soeur|sœur|copain|copine|voisin|voisine)|quelqu'un|quelqu’un|on|les gens`;

/** Each phrase that frames a claim, removed from the question (case and accents as typed). */
const FRAMES: readonly RegExp[] = [
  // English
  new RegExp(String.raw`\b(?:is|was) (?:it|this|that) (?:really )?(?:true|right|correct|accurate|fair)(?: that)?\b`, 'gi'),
  new RegExp(String.raw`\b(?:true|right|correct) or (?:false|wrong|not)\b|\bor (?:not|nah|what)\s*\??\s*$`, 'gi'),
  new RegExp(String.raw`\b(?:I|i've|ive|I've) (?:have )?(?:read|heard|seen|saw)(?: (?:somewhere|online|that))*\b`, 'gi'),
  new RegExp(String.raw`\b(?:${SOURCE_EN}) (?:said|says|told me|tells me|claims?|claimed|thinks?|reckons?)(?: that)?\b`, 'gi'),
  new RegExp(String.raw`\b(?:people|everyone|everybody|they) (?:keep|keeps) (?:saying|telling me)(?: that)?\b|\b(?:people|everyone|everybody) (?:say|says|are saying) that\b`, 'gi'),
  new RegExp(String.raw`,\s*(?:right|true|correct)\s*\?*\s*$`, 'gi'),
  // French
  new RegExp(String.raw`(?:\best[- ]ce (?:que )?)?\bc(?:'|’| )?est (?:vrai|juste|exact|correct)(?: que| qu'| qu’)?|\best[- ]ce (?:vrai|juste|exact) que`, 'gi'),
  new RegExp(String.raw`\b(?:vrai ou faux|ou pas|ou non)\b`, 'gi'),
  new RegExp(String.raw`\bj(?:'|’| )?ai (?:lu|entendu|vu)(?: quelque part| sur internet| en ligne)?(?: que| qu'| qu’)?`, 'gi'),
  new RegExp(String.raw`(?<![\p{L}])(?:${SOURCE_FR}) (?:m(?:'|’)a |nous a |a )?(?:dit|dis|raconté|raconte|prétend|pretend|affirme|pense|croit)(?: que| qu'| qu’)?`, 'giu'),
  new RegExp(String.raw`\bil para[iî]t(?: que| qu'| qu’)?|\b(?:tout le monde|les gens|on) (?:dit|dis|disent|répète|repete|répètent|repetent)(?: que| qu'| qu’)`, 'gi'),
  // Vietnamese
  new RegExp(String.raw`(?<![\p{L}])(?:có )?(?:đúng|thật|thực) (?:là|không|ko|hả|chứ)(?![\p{L}])`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}])(?:nghe nói|tôi đọc được|tôi đọc thấy|mình đọc được|mình đọc thấy|tôi nghe|mình nghe)(?: là| rằng)?(?![\p{L}])`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}])(?:thầy|cô|bạn|anh|chị)(?: giáo)?(?: tôi| mình| em)? (?:nói|bảo|kể)(?: là| rằng)(?![\p{L}])`, 'giu'),
];

export interface Claim {
  /** The question without the words that frame the claim. */
  text: string;
  /** The framing words removed, for the trace. */
  frames: string[];
}

/** The claim a question asks to check, when it is framed as one. */
export function claimOf(text: string): Claim | undefined {
  const frames: string[] = [];
  let out = text;
  for (const frame of FRAMES) {
    out = out.replace(frame, (match) => {
      frames.push(match.trim());
      return ' ';
    });
  }
  if (frames.length === 0) return undefined;
  const rest = out.replace(/[\s,]+([?!.])/g, '$1').replace(/\s+,/g, ',').replace(/^[\s,]+|[\s,]+$/g, '').replace(/\s+/g, ' ');
  // A frame alone ("is it true?") leaves no claim to check.
  return /[\p{L}\p{N}]{2,}/u.test(rest) ? { text: rest, frames } : undefined;
}
