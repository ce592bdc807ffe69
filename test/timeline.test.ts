// The timeline picture: its size, its language, its fonts (bundled, never the
// system's), and that it draws what the knowledge base states — so a change
// there changes the picture.
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatWhen } from '../src/answer/i18n.ts';
import { loadKnowledgeBase } from '../src/knowledge/load.ts';
import { composeTimeline, describeTimeline } from '../src/timeline/compose.ts';
import { timelineModel } from '../src/timeline/model.ts';
import { FONT_FILES, RENDER_OPTIONS } from '../src/timeline/render.ts';
import { FONT_FAMILY, PICTURE_SIZE, timelineSvg } from '../src/timeline/svg.ts';
import { copyKnowledge, type KnowledgeCopy } from './support/knowledge-copy.ts';
import { pngSize } from './support/png.ts';

const kb = loadKnowledgeBase();
const DAY = '2026-12-02';
const model = () => timelineModel(kb, DAY);

/** Pixels that are not fully transparent in a rendering of `svg` with these options. */
function inkedPixels(svg: string, options = RENDER_OPTIONS): number {
  const pixels = new Resvg(svg, options).render().pixels;
  let inked = 0;
  for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] as number) > 0) inked++;
  return inked;
}

const textSvg = (content: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="40" font-family="${FONT_FAMILY}" font-size="32">${content}</text></svg>`;

describe('the timeline picture', () => {
  it('is a PNG of 1200×400, as its header says', () => {
    const picture = composeTimeline(kb, DAY, 'en').picture;
    expect(picture?.name).toBe('timeline.png');
    expect(pngSize(picture?.png ?? new Uint8Array())).toEqual({ width: 1200, height: 400 });
    expect([picture?.width, picture?.height]).toEqual([PICTURE_SIZE.width, PICTURE_SIZE.height]);
  });

  it('is drawn in the reader’s language', () => {
    const english = composeTimeline(kb, DAY, 'en').picture?.png ?? new Uint8Array();
    const french = composeTimeline(kb, DAY, 'fr').picture?.png ?? new Uint8Array();
    expect(Buffer.compare(Buffer.from(english), Buffer.from(french))).not.toBe(0);
    expect(timelineSvg({ model: timelineModel(kb, DAY), lang: 'fr', publishers: [] })).toContain('Convention de Hanoï : la chronologie');
  });

  it('is kept per day and language', () => {
    expect(composeTimeline(kb, DAY, 'en').picture).toBe(composeTimeline(kb, DAY, 'en').picture);
    expect(composeTimeline(kb, '2026-12-03', 'en').picture).not.toBe(composeTimeline(kb, DAY, 'en').picture);
  });
});

describe('fonts', () => {
  it('come from the bundled TrueType files, with the system’s fonts off', () => {
    expect(RENDER_OPTIONS.font?.loadSystemFonts).toBe(false);
    expect(RENDER_OPTIONS.font?.fontFiles).toEqual(FONT_FILES);
    expect(FONT_FILES.length).toBeGreaterThan(0);
    for (const file of FONT_FILES) {
      expect(file).toMatch(/node_modules\/@expo-google-fonts\/be-vietnam-pro\/.+\.ttf$/);
      expect(existsSync(file)).toBe(true);
    }
  });

  it('draw text, which nothing would draw without them', () => {
    expect(inkedPixels(textSvg('Hanoi 2026'))).toBeGreaterThan(200);
    // The same with no font files: blank, so no system font stands in.
    expect(inkedPixels(textSvg('Hanoi 2026'), { ...RENDER_OPTIONS, font: { ...RENDER_OPTIONS.font, fontFiles: [] } })).toBe(0);
  });

  it('cover French and Vietnamese letters, diacritics included', () => {
    for (const letter of ['é', 'ï', 'ư', 'ộ', 'đ', 'Đ', 'ế']) expect(inkedPixels(textSvg(letter)), letter).toBeGreaterThan(20);
    // A letter with its marks takes more ink than the bare letter.
    expect(inkedPixels(textSvg('ộ'))).toBeGreaterThan(inkedPixels(textSvg('o')));
  });
});

describe('what the picture draws', () => {
  it('is what the status facts state: dates, counts and the dates the counts were true', () => {
    for (const lang of ['fr', 'en'] as const) {
      const model = timelineModel(kb, DAY);
      const svg = timelineSvg({ model, lang, publishers: [] });
      for (const milestone of model.milestones) expect(svg, milestone.key).toContain(formatWhen(milestone.when, lang));
      expect(svg).toContain(`>${model.laterSignatories.count}<`);
      expect(svg).toContain(formatDate(model.laterSignatories.asOf, lang));
      expect(svg).toMatch(new RegExp(`>${model.hanoiSignatories.count} (at the close|à la clôture)`));
      expect(svg).toContain(formatDate(model.ratifications.asOf, lang));
      expect(svg).toMatch(new RegExp(`${model.entryIntoForce.days}(th|e) `));
      expect(svg).toMatch(new RegExp(`${model.entryIntoForce.instruments}(th|e) `));
      expect(svg.match(/<rect [^>]*rx="2"/g)).toHaveLength(model.entryIntoForce.instruments);
    }
  });

  it('says it in words for screen readers: every milestone, today, the counts and their dates', () => {
    const model = timelineModel(kb, DAY);
    const description = describeTimeline(model, 'en');
    for (const milestone of model.milestones) expect(description).toContain(formatWhen(milestone.when, 'en'));
    expect(description).toContain(`Today, ${formatDate(DAY, 'en')}`);
    expect(description).toContain(`${model.laterSignatories.count} signatories according to press reports`);
    expect(description).toContain(`${model.hanoiSignatories.count} at the close of Hanoi`);
    expect(description).toContain(`As of ${formatDate(model.ratifications.asOf, 'en')}: no deposit confirmed`);
    expect(description.length).toBeLessThanOrEqual(1024);
  });

  it('cites the facts it draws, one line each', () => {
    const answer = composeTimeline(kb, DAY, 'fr');
    expect(answer.items).toHaveLength(model().milestones.length + 4);
    expect(answer.citations.map((c) => c.url)).toContain('https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml');
    for (const item of answer.items) {
      expect(item.citations.length).toBeGreaterThan(0);
      for (const index of item.citations) expect(answer.citations[index]).toBeDefined();
    }
  });
});

describe('a change in the knowledge base', () => {
  let copy: KnowledgeCopy;
  afterEach(() => copy.remove());

  it('changes the picture: a new signature count and date are drawn as stated', () => {
    copy = copyKnowledge();
    copy.edit('facts.yaml', (t) =>
      t
        .replace('figures: { signatories: 74 }', 'figures: { signatories: 75 }')
        .replace('Au 10 février 2026, des médias azerbaïdjanais font état de 74 signataires', 'Au 5 mars 2026, des médias azerbaïdjanais font état de 75 signataires')
        .replace('As of 10 February 2026, Azerbaijani media put the number of signatories at 74', 'As of 5 March 2026, Azerbaijani media put the number of signatories at 75')
        .replace('Tính đến ngày 10 tháng 2 năm 2026, báo chí Azerbaijan ghi số bên ký là 74', 'Tính đến ngày 5 tháng 3 năm 2026, báo chí Azerbaijan ghi số bên ký là 75')
        .replace(/(id: signatories-reported-2026[\s\S]*?)as_of: 2026-02-10/, '$1as_of: 2026-03-05'),
    );
    const edited = loadKnowledgeBase(copy.dir);
    const svg = timelineSvg({ model: timelineModel(edited, DAY), lang: 'en', publishers: [] });
    expect(svg).toContain('>75<');
    expect(svg).toContain('As of 5 March 2026');
    expect(composeTimeline(edited, DAY, 'en').items.map((i) => i.text)).toContain('75 signatories according to press reports');
  });
});
