import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { rasterize, type FormulaPng } from './rasterize.ts';
import { FormulaError, TexToSvg } from './tex-to-svg.ts';

export { FormulaError } from './tex-to-svg.ts';
export type { FormulaPng } from './rasterize.ts';

/** Bumped when the look of the pictures changes, so old cached files are not reused. */
const RENDER_VERSION = 'v1';
const MEMORY_ENTRIES = 500;

export type FormulaResult = ({ ok: true } & FormulaPng) | { ok: false; error: string };

export interface FormulaImagesOptions {
  /** Folder for cached PNGs (created on first use); null keeps the cache in memory only. */
  cacheDir: string | null;
  logger: Logger;
}

/**
 * Display formulas as PNG pictures, cached by a hash of the formula in memory and on disk so a
 * repeated card costs no rendering, across restarts too. A formula MathJax cannot typeset gives
 * `{ ok: false, error }` (its message), and the caller shows it as code.
 */
export class FormulaImages {
  private converter: TexToSvg | null = null;
  private readonly memory = new Map<string, FormulaResult>();
  private diskBroken = false;

  constructor(private readonly options: FormulaImagesOptions) {}

  /** MathJax's message when `tex` does not compile, else null. For `npm run check`. */
  compileError(tex: string): string | null {
    try {
      this.svg().convert(tex);
      return null;
    } catch (error) {
      if (error instanceof FormulaError) return error.message;
      throw error;
    }
  }

  async render(tex: string): Promise<FormulaResult> {
    const key = createHash('sha256').update(`${RENDER_VERSION}\n${tex}`).digest('hex');
    const remembered = this.memory.get(key);
    if (remembered) {
      // Refresh its place: the map's order is least recently used first.
      this.memory.delete(key);
      this.memory.set(key, remembered);
      return remembered;
    }
    const result = (await this.fromDisk(key)) ?? (await this.renderNew(tex, key));
    this.remember(key, result);
    return result;
  }

  /**
   * Sets MathJax up and typesets a throwaway formula, so the first member to open a card with a
   * formula does not wait for it. The bot calls this once after start-up, off the interaction path.
   */
  async warmUp(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    rasterize(this.svg().convert('x^2 + \\frac{1}{2}'));
  }

  /** Forgets the in-memory copies (the disk cache stays); for measuring a restart. */
  clearMemory(): void {
    this.memory.clear();
  }

  private svg(): TexToSvg {
    // MathJax takes a few milliseconds to set up: a bot that never shows a formula never pays.
    this.converter ??= new TexToSvg();
    return this.converter;
  }

  private remember(key: string, result: FormulaResult): void {
    this.memory.set(key, result);
    if (this.memory.size > MEMORY_ENTRIES) this.memory.delete(this.memory.keys().next().value as string);
  }

  private async renderNew(tex: string, key: string): Promise<FormulaResult> {
    // Lets timers run between formulas: a reply with many cold formulas gets deferred in time.
    await new Promise((resolve) => setImmediate(resolve));
    let result: FormulaResult;
    try {
      result = { ok: true, ...rasterize(this.svg().convert(tex)) };
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      return { ok: false, error: error.message };
    }
    await this.toDisk(key, result.png);
    return result;
  }

  private file(key: string): string | null {
    return this.options.cacheDir && !this.diskBroken ? path.join(this.options.cacheDir, `${key}.png`) : null;
  }

  private async fromDisk(key: string): Promise<FormulaResult | null> {
    const file = this.file(key);
    if (!file) return null;
    try {
      const png = await readFile(file);
      if (png.length < 24 || png.toString('latin1', 12, 16) !== 'IHDR') return null;
      return { ok: true, png, width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    } catch {
      return null;
    }
  }

  private async toDisk(key: string, png: Buffer): Promise<void> {
    const file = this.file(key);
    if (!file) return;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside then renamed, so another process never reads half a file.
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, png);
      await rename(temporary, file);
    } catch (error) {
      this.diskBroken = true;
      this.options.logger.warn({ err: error, dir: this.options.cacheDir }, 'formula cache folder is not writable; caching in memory only');
    }
  }
}
