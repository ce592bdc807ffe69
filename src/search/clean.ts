// Step 1 of understanding a question: remove what Discord wraps around the
// words — mentions, markdown, links — so only the words are searched
// ("@everyone **who** signed first?" asks the same as "who signed first?").

/**
 * <@id>, <@!id>, <@&role>, <#channel>, </command:id>, <:emoji:id>, and a name
 * typed after @ that Discord did not turn into a mention (@everyone, @here,
 * @CyberBot).
 */
const MENTION = /<(?:@[!&]?|#)\d+>|<\/[^<>:]+:\d+>|<a?:\w+:\d+>|(?<![\p{L}\p{N}])@[\p{L}\p{N}_.-]+/gu;
/** A masked link keeps its text: [article 16](https://…) → article 16. */
const MASKED_LINK = /\[([^\]]*)\]\(\s*<?https?:\/\/[^)\s]*>?\s*\)/g;
const URL = /<?(?:https?:\/\/|www\.)[^\s>]+>?/gi;
const CODE_FENCE = /```[a-z]*\n?/gi;
/** Bold, underline, spoilers, strikethrough, inline code, italics, block quotes, headings, list bullets. */
const MARKDOWN = /\*\*|__|\|\||~~|`|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])|^\s*(?:>>>|>|#{1,3}|-#|[-*])\s+/gmu;
/** :shortcode: emojis, and Unicode emojis and symbols, which carry no words. */
const EMOJI = /:[a-z0-9_+-]+:|\p{Extended_Pictographic}/giu;

export function cleanQuestion(raw: string): string {
  return raw
    .replace(MENTION, ' ')
    .replace(MASKED_LINK, '$1')
    .replace(URL, ' ')
    .replace(CODE_FENCE, ' ')
    .replace(MARKDOWN, ' ')
    .replace(EMOJI, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
