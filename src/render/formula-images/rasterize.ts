import { Resvg } from '@resvg/resvg-js';
import { CJK_FONT_FAMILY, CJK_FONT_FILE } from '../fonts.ts';
import type { FormulaSvg } from './tex-to-svg.ts';

/** Pixels per ex at 1×: with 16 px text MathJax's ex is 8 px. Larger reads better on phones. */
const PX_PER_EX = 9;
/** Discord shows images at up to half their pixel size on dense screens: 2× keeps strokes crisp. */
export const SCALE = 2;
const PADDING = 12;
/**
 * A light card with dark ink: readable on Discord's dark and light themes alike (ink that suits
 * only one theme disappears on the other), the rounded corners transparent so it sits like a card.
 */
const BACKGROUND = '#fdfdfe';
const BORDER = '#d0d4da';
const INK = '#1f2328';

export interface FormulaPng {
  png: Buffer;
  width: number;
  height: number;
}

/** A MathJax SVG on a padded card, rasterised at SCALE× with the CJK font for `\text{中文}`. */
export function rasterize(formula: FormulaSvg): FormulaPng {
  const width = formula.widthEx * PX_PER_EX;
  const height = formula.heightEx * PX_PER_EX;
  const inner = formula.svg
    .replace(/^<svg([^>]*)\swidth="[\d.]+ex"/, `<svg$1 width="${width}"`)
    .replace(/^<svg([^>]*)\sheight="[\d.]+ex"/, `<svg$1 height="${height}"`)
    .replace(/^<svg([^>]*)\sstyle="[^"]*"/, '<svg$1')
    .replace(/^<svg /, `<svg x="${PADDING}" y="${PADDING}" `)
    .replaceAll('currentColor', INK);
  const outerWidth = width + 2 * PADDING;
  const outerHeight = height + 2 * PADDING;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${outerWidth}" height="${outerHeight}" viewBox="0 0 ${outerWidth} ${outerHeight}">` +
    `<rect x="0.5" y="0.5" width="${outerWidth - 1}" height="${outerHeight - 1}" rx="8" fill="${BACKGROUND}" stroke="${BORDER}"/>` +
    inner +
    '</svg>';
  // MathJax draws its own glyphs as paths; only characters outside its fonts (Chinese in \text{})
  // come as <text>, and only then is the 10 MB CJK font worth loading.
  const needsFont = inner.includes('<text');
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    font: {
      fontFiles: needsFont ? [CJK_FONT_FILE] : [],
      loadSystemFonts: false,
      defaultFontFamily: CJK_FONT_FAMILY,
      serifFamily: CJK_FONT_FAMILY,
      sansSerifFamily: CJK_FONT_FAMILY,
      monospaceFamily: CJK_FONT_FAMILY,
    },
  }).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
