// SVG to PNG with resvg, using only the fonts shipped in node_modules: with
// the system's fonts off, the picture is the same pixels on every machine, and
// Be Vietnam Pro covers French and Vietnamese diacritics alike.
import { createRequire } from 'node:module';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY } from './svg.ts';

const require = createRequire(import.meta.url);

type ResvgModule = typeof import('@resvg/resvg-js');
// Loaded with the first picture rather than at start-up: the native renderer
// adds about 5 MB and 10 ms that a bot answering questions does not need.
let resvg: ResvgModule | undefined;
const renderer = (): ResvgModule => (resvg ??= require('@resvg/resvg-js') as ResvgModule);

/** The TrueType files of the weights the picture uses (resvg reads TTF/OTF, not WOFF). */
export const FONT_FILES: readonly string[] = ['400Regular', '700Bold'].map((weight) =>
  require.resolve(`@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`),
);

export const RENDER_OPTIONS: ResvgRenderOptions = {
  font: {
    loadSystemFonts: false,
    fontFiles: [...FONT_FILES],
    defaultFontFamily: FONT_FAMILY,
    sansSerifFamily: FONT_FAMILY,
  },
  fitTo: { mode: 'original' },
  logLevel: 'off',
};

export interface RenderedPng {
  png: Buffer;
  width: number;
  height: number;
}

export function renderPng(svg: string): RenderedPng {
  const image = new (renderer().Resvg)(svg, RENDER_OPTIONS).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
