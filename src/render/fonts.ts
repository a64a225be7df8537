import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Noto Sans SC Regular (TrueType), installed by the project's own `npm ci` from
 * @expo-google-fonts/noto-sans-sc: Chinese text in formula images and charts renders without a
 * system font. resvg and canvas libraries take it as a font file path (they do not read WOFF).
 */
export const CJK_FONT_FILE = path.join(
  path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json')),
  '400Regular',
  'NotoSansSC_400Regular.ttf',
);

/** The family name inside CJK_FONT_FILE, for SVG `font-family` and canvas `font` strings. */
export const CJK_FONT_FAMILY = 'Noto Sans SC';
