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
document.addEventListener('focusin', (e) => {
  if (e.target instanceof Node && tip.contains(e.target)) return window.clearTimeout(hideTimer);
  const el = triggerOf(e.target);
  if (el) show(el); else hide();
});
document.addEventListener('focusout', (e) => { if (triggerOf(e.target)) later(); });
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
window.addEventListener('resize', hide);
// A tap on a note link first shows its note; a second tap (or Enter once shown) goes to it.
document.addEventListener('click', (e) => {
  const el = triggerOf(e.target);
  if (!el?.matches('[data-tip-note]')) return;
  if (owner === el && !tip.hidden && performance.now() - shownAt > 350) return;
  e.preventDefault();
  show(el);
});
