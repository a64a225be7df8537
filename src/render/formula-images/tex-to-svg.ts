import { liteAdaptor, type LiteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import type { MathDocument } from 'mathjax-full/js/core/MathDocument.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { AllPackages } from 'mathjax-full/js/input/tex/AllPackages.js';
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { SVG } from 'mathjax-full/js/output/svg.js';

/** A formula MathJax cannot typeset; `message` is MathJax's own words ("Missing close brace"). */
export class FormulaError extends Error {}

/**
 * Packages that hide mistakes: with them MathJax draws an unknown macro or a parse error in red
 * instead of failing, and a broken formula would reach members as a picture of an error.
 */
const HIDING_PACKAGES = new Set(['noerrors', 'noundefined', 'bussproofs']);

export interface FormulaSvg {
  svg: string;
  /** Size in ex, as MathJax measures it. */
  widthEx: number;
  heightEx: number;
}

/** TeX → standalone SVG with glyphs as paths (no math font needed to rasterise it). */
export class TexToSvg {
  private readonly adaptor: LiteAdaptor;
  private readonly document: MathDocument<unknown, unknown, unknown>;

  constructor() {
    this.adaptor = liteAdaptor();
    const handler = RegisterHTMLHandler(this.adaptor);
    const tex = new TeX({
      packages: AllPackages.filter((name) => !HIDING_PACKAGES.has(name)),
      formatError: (_jax: unknown, error: { message: string }) => {
        throw new FormulaError(error.message);
      },
    });
    const svg = new SVG({ fontCache: 'none' });
    this.document = mathjax.document('', { InputJax: tex, OutputJax: svg });
    // One document serves every formula; the handler stays registered for this adaptor only.
    void handler;
  }

  convert(tex: string, display = true): FormulaSvg {
    let node: unknown;
    try {
      node = this.document.convert(tex, { display, em: 16, ex: 8, containerWidth: 80 * 16 });
    } catch (error) {
      if (error instanceof FormulaError) throw error;
      throw new FormulaError((error as Error).message ?? String(error));
    }
    const html = this.adaptor.innerHTML(node as never);
    if (html.includes('data-mjx-error') || html.includes('data-mml-node="merror"')) {
      const title = /data-mjx-error="([^"]*)"/.exec(html)?.[1];
      throw new FormulaError(title ?? 'MathJax could not typeset the formula');
    }
    const width = /^<svg[^>]*\swidth="([\d.]+)ex"/.exec(html)?.[1];
    const height = /^<svg[^>]*\sheight="([\d.]+)ex"/.exec(html)?.[1];
    if (!width || !height) throw new FormulaError('MathJax produced no picture');
    return { svg: html, widthEx: Number(width), heightEx: Number(height) };
  }
}
