import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { FormulaImages } from '../../src/render/formula-images/index.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const images = () => new FormulaImages({ cacheDir: null, logger: pino({ level: 'silent' }) });

async function pixels(png: Buffer): Promise<{ width: number; height: number; dark: number; corner: number[]; inside: number[] }> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, image.width, image.height).data;
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 128 && data[i]! + data[i + 1]! + data[i + 2]! < 200) dark += 1;
  const at = (x: number, y: number) => [...data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)];
  return { width: image.width, height: image.height, dark, corner: at(0, 0), inside: at(6, Math.floor(image.height / 2)) };
}

describe('formula pictures', () => {
  it('are PNGs at 2× on a light card with transparent rounded corners, dark ink on it', async () => {
    const result = await images().render('E = mc^2');
    if (!result.ok) throw new Error(result.error);
    const picture = await pixels(result.png);
    expect({ width: picture.width, height: picture.height }).toEqual({ width: result.width, height: result.height });
    // 2×: a short formula is still well over 100 px wide and about 80 px tall.
    expect(result.width).toBeGreaterThan(150);
    expect(result.height).toBeGreaterThan(60);
    expect(picture.corner[3]).toBe(0);
    expect(picture.inside.slice(0, 3).every((channel) => channel > 240)).toBe(true);
    expect(picture.dark).toBeGreaterThan(200);
  });

  it('draws Chinese in \\text{} with the CJK font the install brings (no missing glyphs)', async () => {
    const formulas = images();
    const latin = await formulas.render('W_{x}');
    const chinese = await formulas.render('W_{\\text{有效权重}}');
    if (!latin.ok || !chinese.ok) throw new Error('render failed');
    const withText = await pixels(chinese.png);
    const without = await pixels(latin.png);
    // Four drawn ideographs add far more ink than one letter; a missing font would add none.
    expect(withText.dark).toBeGreaterThan(without.dark * 2);
  });

  it('reports MathJax’s message for a formula it cannot parse', async () => {
    const formulas = images();
    expect(await formulas.render('\\frac{a}{')).toEqual({ ok: false, error: 'Missing close brace' });
    expect(formulas.compileError('\\undefinedmacro x')).toBe('Undefined control sequence \\undefinedmacro');
    expect(formulas.compileError('\\sum_{i=1}^n i')).toBeNull();
  });

  it('npm run preview -- card ID --images=DIR writes the pictures the reply attaches', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-preview-'));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/preview.ts', 'card', 'lora', `--images=${dir}`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', FORMULA_CACHE_DIR: 'none' },
    });
    expect(result.status, result.stderr).toBe(0);
    const written = fs.readdirSync(dir).sort();
    expect(written.length).toBeGreaterThan(0);
    for (const name of written) {
      expect(name).toMatch(/^formula-\d+\.png$/);
      expect(result.stdout).toContain(`[picture ${name}]`);
      expect(fs.readFileSync(path.join(dir, name)).subarray(1, 4).toString()).toBe('PNG');
    }
  }, 30_000);
});
