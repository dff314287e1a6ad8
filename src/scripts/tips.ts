/**
 * Optional enhancement: a tooltip for chart marks (data-tip = a row of the chart's tooltip table,
 * src/lib/charts/tipTable.ts) and for figure note links in prose (data-tip-note = the endnote's
 * id). Everything it shows is already on the page without scripts: values are printed and notes
 * are listed at the end.
 */
type Tip = Partial<Record<'title' | 'value' | 'meta' | 'quote' | 'source' | 'links', string>>;
const tip = document.createElement('div');
tip.className = 'tip';
tip.id = 'tip';
tip.setAttribute('role', 'tooltip');
tip.hidden = true;
document.body.append(tip);

const tables = new WeakMap<Element, Tip[]>();
/** The mark waiting for its chart's table to arrive. */
let pending: Element | undefined;
let owner: Element | undefined;
let shownAt = 0;
let hideTimer: number | undefined;

function line(cls: string, text: string | null | undefined): void {
  if (!text) return;
  const p = document.createElement('p');
  p.className = cls;
  p.textContent = text;
  tip.append(p);
}

function fill(el: Element): boolean {
  tip.replaceChildren();
  const noteId = el.getAttribute('data-tip-note');
  if (noteId) {
    const note = document.getElementById(noteId);
    if (!note) return false;
    line('tip-title', note.querySelector('.endnote-head')?.textContent?.trim());
    line('tip-quote', note.querySelector('.endnote-quote')?.textContent && `“${note.querySelector('.endnote-quote')!.textContent}”`);
    line('tip-source', note.querySelector('.endnote-head + p + p')?.textContent?.replace(/All sources.*$/, '').trim());
    return true;
  }
  const table = el.closest('.chart-art')?.querySelector<HTMLElement>('.chart-tips');
  if (!table) return false;
  if (!tables.has(table)) {
    // An embed's page leaves the table out (Chart.astro): it is fetched on the first hover or focus.
    const src = table.dataset.src;
    if (!src) tables.set(table, JSON.parse(table.textContent ?? '[]'));
    else {
      pending = el;
      if (!table.dataset.state) {
        table.dataset.state = 'loading';
        fetch(src).then((r) => r.json()).then((rows: Tip[]) => { tables.set(table, rows); if (pending) show(pending); });
      }
      return false;
    }
  }
  const t = tables.get(table)![Number(el.getAttribute('data-tip'))] ?? {};
  line('tip-title', t.title);
  line('tip-value', t.value);
  line('tip-meta', t.meta);
  line('tip-quote', t.quote && `“${t.quote}”`);
  line('tip-source', t.source);
  // [label, path] pairs: the page of each record the mark draws (its claim or figure page)
  const links = JSON.parse(t.links ?? '[]') as [string, string][];
  if (links.length) {
    const p = document.createElement('p');
    p.className = 'tip-links';
    for (const [label, href] of links) {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = label;
      // from an embed, the page opens in a new tab rather than inside the host's frame
      if (document.documentElement.classList.contains('embed')) Object.assign(a, { target: '_blank', rel: 'noopener' });
      p.append(a);
    }
    tip.append(p);
  }
  return tip.childElementCount > 0;
}

function place(el: Element): void {
  const r = el.getBoundingClientRect();
  const t = tip.getBoundingClientRect();
  const margin = 8;
  const left = Math.min(Math.max(margin, r.left + r.width / 2 - t.width / 2), document.documentElement.clientWidth - t.width - margin);
  const below = r.bottom + margin + t.height <= window.innerHeight || r.top < t.height + margin;
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${(below ? r.bottom + margin : r.top - t.height - margin) + window.scrollY}px`;
}

function show(el: Element): void {
  window.clearTimeout(hideTimer);
  if (owner === el && !tip.hidden) return;
  if (!fill(el)) return;
  owner?.removeAttribute('aria-describedby');
  owner = el;
  tip.hidden = false;
  place(el);
  el.setAttribute('aria-describedby', tip.id);
  shownAt = performance.now();
}

function hide(): void {
  pending = undefined;
  tip.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = undefined;
}

const later = () => { hideTimer = window.setTimeout(hide, 120); };
const TRIGGER = '[data-tip], [data-tip-note]';
const triggerOf = (t: EventTarget | null) => (t instanceof Element ? t.closest(TRIGGER) : null);

document.addEventListener('pointerover', (e) => { const el = triggerOf(e.target); if (el) show(el); });
document.addEventListener('pointerout', (e) => { if (triggerOf(e.target) && !triggerOf(e.relatedTarget)) later(); });
// the tip's own links: the pointer may move onto the tip, and focusing or tapping a link keeps it
tip.addEventListener('pointerover', () => window.clearTimeout(hideTimer));
tip.addEventListener('pointerout', (e) => { if (!(e.relatedTarget instanceof Node && tip.contains(e.relatedTarget))) later(); });
/** The mark that Escape gave focus back to: it stays without its tooltip until focus moves on. */
let closedOn: Element | undefined;
document.addEventListener('focusin', (e) => {
  if (e.target instanceof Node && tip.contains(e.target)) return window.clearTimeout(hideTimer);
  const el = triggerOf(e.target);
  if (el && el === closedOn) return;
  closedOn = undefined;
  if (el) show(el); else hide();
});
document.addEventListener('focusout', (e) => { if (triggerOf(e.target)) later(); });
/** The marks of a chart's artboard, in the order the chart draws them (which is its reading order). */
const marksOf = (el: Element) => [...(el.closest('svg')?.querySelectorAll<SVGElement>('[data-tip][tabindex]') ?? [])];

/**
 * One tab stop per chart: without scripts every mark is a tab stop; with them, the mark last
 * focused is the chart's one stop and arrow keys, Home and End move between marks.
 */
function rove(el: Element): void {
  for (const m of marksOf(el)) m.setAttribute('tabindex', m === el ? '0' : '-1');
}
const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

const tipLinks = () => [...tip.querySelectorAll<HTMLAnchorElement>('a[href]')];

document.addEventListener('keydown', (e) => {
  const inTip = e.target instanceof Node && tip.contains(e.target);
  if (e.key === 'Escape') {
    const back = inTip ? owner : undefined;
    hide();
    closedOn = back ?? (e.target instanceof Element ? triggerOf(e.target) ?? undefined : undefined);
    (back as HTMLElement | SVGElement | undefined)?.focus();
    return;
  }
  const mark = !inTip && e.target instanceof Element ? e.target.closest('[data-tip][tabindex]') : null;
  if (mark && (e.key in STEP || e.key === 'Home' || e.key === 'End')) {
    const marks = marksOf(mark);
    const at = marks.indexOf(mark as SVGElement);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? marks.length - 1 : Math.min(marks.length - 1, Math.max(0, at + STEP[e.key]));
    e.preventDefault();
    rove(marks[next]);
    marks[next].focus();
    return;
  }
  if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey || tip.hidden || !owner) return;
  const links = tipLinks();
  if (!links.length) return;
  // Tab from the mark goes into its tooltip's links; past them (or Shift+Tab before them) back to
  // the mark, from where the browser's own Tab goes on to what follows the chart.
  if (mark === owner && !e.shiftKey) { e.preventDefault(); links[0].focus(); }
  else if (inTip && e.shiftKey && e.target === links[0]) { e.preventDefault(); (owner as HTMLElement).focus(); }
  else if (inTip && !e.shiftKey && e.target === links[links.length - 1]) (owner as HTMLElement).focus();
});
document.addEventListener('focusin', (e) => { if (e.target instanceof Element && e.target.matches('[data-tip][tabindex]')) rove(e.target); });
window.addEventListener('resize', hide);
// A tap on a note link first shows its note; a second tap (or Enter once shown) goes to it.
document.addEventListener('click', (e) => {
  const el = triggerOf(e.target);
  if (!el?.matches('[data-tip-note]')) return;
  if (owner === el && !tip.hidden && performance.now() - shownAt > 350) return;
  e.preventDefault();
  show(el);
});
