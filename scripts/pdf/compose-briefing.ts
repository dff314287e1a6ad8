/**
 * Fills the briefing shell (dist/print/briefing/index.html, built by src/pages/print/briefing.astro)
 * with the content of the built pages it lists, so one document holds every part.
 *
 * Every id in a part is prefixed with the part's id (`note-1` → `what-happened--note-1`), and so
 * is every reference to it (href="#…", url(#…) in SVG, aria-labelledby and other id lists), so
 * the parts' ids never clash. Links to a page that is part of the briefing become links inside it
 * (`/glossary/#ttp` → `#glossary--ttp`); other site links point at the live site. Composing again
 * replaces each part's content, so running the PDF step twice gives the same result.
 */
import { parse, type HTMLElement } from 'node-html-parser';

export interface BriefingPart {
  /** the part's id (an explainer page's id, `glossary`, `sources`) */
  id: string;
  /** the built page it comes from, e.g. `/what-happened/` */
  url: string;
  title: string;
  kicker: string;
  /** the explainer page's id when the part is an explainer page (it also gets a PDF of its own) */
  explainerPage?: string;
}

export interface Briefing { parts: BriefingPart[]; asOf: string; site: string }

/** Reads the parts, the information date and the live site's address from the briefing shell. */
export function readBriefing(html: string): Briefing {
  const root = parse(html);
  const main = root.querySelector('main[data-as-of]');
  if (!main) throw new Error('the briefing page has no <main data-as-of>: is it built from src/pages/print/briefing.astro?');
  const parts = root.querySelectorAll('section.briefing-part').map((s) => ({
    id: s.getAttribute('data-part')!,
    url: s.getAttribute('data-include')!,
    title: s.getAttribute('data-part-title')!,
    kicker: s.getAttribute('data-part-kicker')!,
    explainerPage: s.getAttribute('data-explainer-page') || undefined,
  }));
  if (parts.length === 0 || parts.some((p) => !p.id || !p.url)) throw new Error('the briefing page lists no parts, or a part lacks data-part / data-include');
  return { parts, asOf: main.getAttribute('data-as-of')!, site: main.getAttribute('data-site')! };
}

/** Attributes that hold a space-separated list of ids. */
const ID_LISTS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'aria-flowto', 'for', 'headers', 'data-tip-note', 'list'];
/** Elements and containers that only make sense on screen, dropped from the briefing. */
const SCREEN_ONLY = ['script', '.pdf-links', '.toc', 'nav[aria-label="Previous and next page"]', '.no-print'];

/** The printable content of a built page: an explainer page's article, or a reference page's main. */
function contentOf(html: string, url: string): HTMLElement {
  const root = parse(html);
  const content = root.querySelector('main article.article') ?? root.querySelector('main');
  if (!content) throw new Error(`${url}: no <main> to include in the briefing`);
  for (const sel of SCREEN_ONLY) for (const el of content.querySelectorAll(sel)) el.remove();
  return content;
}

/**
 * Rewrites one part's content in place: prefixed ids, references to them, and links.
 * `partOf` maps a site path (`/glossary/`) to the id of the part that holds it.
 */
export function rewritePart(content: HTMLElement, part: BriefingPart, partOf: Map<string, string>, site: string): void {
  const prefix = (id: string) => `${part.id}--${id}`;
  const ids = new Set(content.querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
  const elements = [content, ...content.querySelectorAll('*')];
  for (const el of elements) {
    const id = el.getAttribute('id');
    if (id) el.setAttribute('id', prefix(id));
    for (const attr of ID_LISTS) {
      const v = el.getAttribute(attr);
      if (v) el.setAttribute(attr, v.split(/\s+/).filter(Boolean).map((t) => (ids.has(t) ? prefix(t) : t)).join(' '));
    }
    for (const [name, value] of Object.entries(el.attributes)) {
      if (value.includes('url(#')) el.setAttribute(name, value.replace(/url\(#([^)]+)\)/g, (m, t: string) => (ids.has(t) ? `url(#${prefix(t)})` : m)));
    }
    for (const attr of ['href', 'xlink:href']) {
      const href = el.getAttribute(attr);
      if (href) el.setAttribute(attr, rewriteHref(href, part, partOf, site, ids));
    }
  }
  // the part starts at its title: the contents and the outline point there
  const title = content.querySelector('h1');
  if (!title) return;
  title.setAttribute('id', part.id);
  // every part has its "Notes on the figures" and "Changes": name those regions after their part
  for (const region of content.querySelectorAll('section[aria-labelledby], aside[aria-labelledby], nav[aria-labelledby]')) {
    region.setAttribute('aria-labelledby', `${part.id} ${region.getAttribute('aria-labelledby')}`);
  }
}

function rewriteHref(href: string, part: BriefingPart, partOf: Map<string, string>, site: string, ids: Set<string>): string {
  if (href.startsWith('#')) {
    const target = decodeURIComponent(href.slice(1));
    return ids.has(target) ? `#${part.id}--${target}` : href;
  }
  let url: URL;
  try { url = new URL(href, new URL(part.url, site)); } catch { return href; }
  if (url.origin !== new URL(site).origin) return href;
  const inBriefing = partOf.get(url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`);
  if (inBriefing) {
    const hash = decodeURIComponent(url.hash.slice(1));
    return hash ? `#${inBriefing}--${hash}` : `#${inBriefing}`;
  }
  return url.href;
}

/** Named pages and running heads per part (a static file, so the site's CSP allows it). */
export function partsCss(briefing: Briefing): string {
  const str = (s: string) => JSON.stringify(s);
  const lines = ['/* Written by scripts/pdf/build-pdfs.ts: the running head and foot of each part of the briefing. */'];
  for (const part of briefing.parts) {
    const name = `part-${part.id.replace(/[^a-z0-9-]/gi, '-')}`;
    lines.push(
      `.briefing-part[data-part=${str(part.id)}] { page: ${name}; }`,
      `@page ${name} { @top-left { content: ${str(part.kicker === 'Reference' ? part.title : part.kicker)}; } @bottom-left { content: ${str(new URL(part.url, briefing.site).href)}; } }`,
    );
  }
  return lines.join('\n') + '\n';
}

export const PARTS_CSS_HREF = '/print/briefing/parts.css';

/**
 * The briefing shell with every part filled in. `pageHtml(url)` returns a built page's HTML.
 */
export function composeBriefing(shellHtml: string, pageHtml: (url: string) => string): { html: string; briefing: Briefing } {
  const briefing = readBriefing(shellHtml);
  const root = parse(shellHtml);
  const partOf = new Map(briefing.parts.map((p) => [p.url, p.id]));
  for (const part of briefing.parts) {
    const section = root.querySelector(`section.briefing-part[data-part="${part.id}"]`)!;
    const content = contentOf(pageHtml(part.url), part.url);
    rewritePart(content, part, partOf, briefing.site);
    section.set_content(content.tagName === 'MAIN' ? content.innerHTML : content.toString());
  }
  const head = root.querySelector('head')!;
  if (!head.querySelector(`link[href="${PARTS_CSS_HREF}"]`)) head.insertAdjacentHTML('beforeend', `<link rel="stylesheet" href="${PARTS_CSS_HREF}">`);
  return { html: root.toString(), briefing };
}

/** Writes the contents' page numbers (`id → page`) into the briefing's HTML. */
export function setTocPages(html: string, pages: Map<string, number>): string {
  const root = parse(html);
  for (const el of root.querySelectorAll('[data-toc-page]')) {
    const n = pages.get(el.getAttribute('data-toc-page')!);
    el.set_content(n === undefined ? '–' : String(n));
  }
  return root.toString();
}
