// The timeline picture: drawing and rendering it (what a new day or language
// costs), and /timeline once it is cached.
import { Bot } from '../../../src/bot.ts';
import { drawTimeline } from '../../../src/timeline/compose.ts';
import { timelineModel } from '../../../src/timeline/model.ts';
import { distributionRow, type Measure } from '../measure.ts';
import { timeEach } from '../stats.ts';
import { formatMs } from '../table.ts';

const RENDER_SAMPLES = 40;
const CACHED_SAMPLES = 1000;
const DAY = '2026-12-02';

export const timelineRender: Measure = {
  name: 'timeline picture',
  async run() {
    const bot = new Bot({ now: () => new Date(`${DAY}T12:00:00Z`) });
    const lang = (i: number) => (i % 2 === 0 ? 'fr' : 'en');
    const render = await timeEach(RENDER_SAMPLES, (i) => drawTimeline(bot.kb, timelineModel(bot.kb, DAY), lang(i)));
    await bot.execute('timeline', {}, { lang: 'fr' });
    await bot.execute('timeline', {}, { lang: 'en' });
    const cached = await timeEach(CACHED_SAMPLES, (i) => bot.execute('timeline', {}, { lang: lang(i) }));
    return [
      distributionRow('Timeline picture, drawn and rendered (SVG → PNG with resvg, bundled fonts), fr/en alternately', render, 'ms', {
        target: { figure: 'p99', below: 200 },
        note: `first sample (cold: font files read, native code loaded): ${formatMs(render[0] ?? NaN)}`,
      }),
      distributionRow('/timeline (bot.execute), picture cached for the day', cached, 'ms'),
    ];
  },
};
