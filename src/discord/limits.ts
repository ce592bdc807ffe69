// Discord's hard limits, in one place. Exceeding one makes Discord reject the
// whole message, so every rendered text goes through `fit`.
export const LIMITS = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooter: 2048,
  embedAuthor: 256,
  embedTotal: 6000,
  messageContent: 2000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  selectOptions: 25,
  selectLabel: 100,
  selectValue: 100,
  customId: 100,
  /** An attachment's alt text. */
  attachmentDescription: 1024,
  /** An interaction must be answered or deferred within 3 s; we defer well before. */
  deferAfterMs: 1500,
} as const;

/**
 * Shortens text to at most `max` characters, cutting at the last sentence or
 * line end that keeps at least half the text, else at a word, and marking the
 * cut with an ellipsis.
 */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const sentenceEnd = Math.max(room.lastIndexOf('. '), room.lastIndexOf('.\n'), room.lastIndexOf('\n'), room.lastIndexOf('? '), room.lastIndexOf('! '));
  if (sentenceEnd >= max / 2) return `${room.slice(0, sentenceEnd + 1).trimEnd()} …`.slice(0, max);
  const space = room.lastIndexOf(' ');
  return `${(space >= max / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}
