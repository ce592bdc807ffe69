// /timeline: the convention's milestones as a picture, with today's position,
// the signature count and the ratifications toward entry into force.
import { localDate } from '../src/briefing/calendar.ts';
import { composeTimeline } from '../src/timeline/compose.ts';
import { answerLanguage, defineCommand } from './command.ts';

export const timeline = defineCommand({
  name: 'timeline',
  localNames: { fr: 'chronologie', vi: 'mốc-thời-gian' },
  description: {
    fr: 'La chronologie de la convention en image : étapes, signatures, ratifications',
    en: 'The convention’s timeline as a picture: milestones, signatures, ratifications',
    vi: 'Các mốc thời gian của công ước bằng hình ảnh: các mốc, chữ ký, phê chuẩn',
  },
  example: { fr: '/timeline', en: '/timeline', vi: '/timeline' },
  options: [],
  run(_options, ctx) {
    // "Today" is read where the bot's briefings are set (BRIEFING_TIMEZONE); the picture says which day it is.
    return composeTimeline(ctx.kb, localDate(ctx.now(), ctx.defaultTimezone), answerLanguage(ctx));
  },
});
