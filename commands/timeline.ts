// /timeline: the convention's milestones as a picture, with today's position,
// the signature count and the ratifications toward entry into force.
import { localDate } from '../src/briefing/calendar.ts';
import { composeTimeline } from '../src/timeline/compose.ts';
import { answerLanguage, defineCommand } from './command.ts';

export const timeline = defineCommand({
  name: 'timeline',
  frName: 'chronologie',
  description: {
    fr: 'La chronologie de la convention en image : étapes, signatures, ratifications',
    en: 'The convention’s timeline as a picture: milestones, signatures, ratifications',
  },
  example: { fr: '/timeline', en: '/timeline' },
  options: [],
  run(_options, ctx) {
    // "Today" is read where the bot's briefings are set (BRIEFING_TIMEZONE); the picture says which day it is.
    return composeTimeline(ctx.kb, localDate(ctx.now(), ctx.defaultTimezone), answerLanguage(ctx));
  },
});
