import { decodeEntities } from './entities.ts';

/** What survives of raw HTML: its text, its line structure, and its images. */
export type HtmlSegment = { kind: 'text'; text: string } | { kind: 'break' } | { kind: 'image'; src: string; alt: string };

const INVISIBLE = /<!--[\s\S]*?(?:-->|$)|<(script|style|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<![^>]*>|<\?[\s\S]*?\?>/gi;
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
/** Elements that start a new line when shown in a browser. */
const LINE_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'ul',
]);

function attribute(attributes: string, name: string): string {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return decodeEntities(match?.[1] ?? match?.[2] ?? match?.[3] ?? '');
}

export function htmlToSegments(html: string): HtmlSegment[] {
  const segments: HtmlSegment[] = [];
  const pushText = (raw: string): void => {
    const text = decodeEntities(raw.replace(/\s+/g, ' '));
    if (text !== '') segments.push({ kind: 'text', text });
  };
  const source = html.replace(INVISIBLE, '');
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    pushText(source.slice(last, match.index));
    last = match.index + match[0].length;
    const name = (match[2] ?? '').toLowerCase();
    if (name === 'img') {
      segments.push({ kind: 'image', src: attribute(match[3] ?? '', 'src'), alt: attribute(match[3] ?? '', 'alt') });
    } else if (LINE_ELEMENTS.has(name)) {
      segments.push({ kind: 'break' });
    }
  }
  pushText(source.slice(last));
  return segments;
}

/** Whether an inline HTML tag is a line break. */
export function isBreakTag(html: string): boolean {
  return /^<br\b[^>]*>$/i.test(html.trim());
}
