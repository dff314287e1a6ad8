/**
 * Pages fetch the tooltip script (tips.ts, 1.6 KB gzipped) when a reader first points at, focuses
 * or taps something with a tooltip: a reader who only reads never downloads it. Until it has run,
 * this makes a focused chart one tab stop as tips.ts does, holds a tap on a note link (it shows
 * the note first), and then hands tips.ts what the reader did, as the same events again.
 * Vite's `?worker&url` bundles tips.ts into a file of its own and gives its address; it runs as an
 * ordinary script here (a plain dynamic import would bring Vite's 2 KB preload helper with it).
 * If the script cannot be fetched, links and marks work as they do without scripts.
 */
import tipsUrl from './tips.ts?worker&url';

const TRIGGER = '[data-tip], [data-tip-note]';
const TYPES = ['pointerover', 'focusin', 'click'] as const;
const seen: Event[] = [];
const triggerOf = (e: Event) => (e.target instanceof Element ? e.target.closest(TRIGGER) : null);
const stop = () => { for (const type of TYPES) document.removeEventListener(type, first, true); };

function replay(): void {
  stop();
  for (const e of seen) {
    const el = triggerOf(e)!;
    if (e.type === 'focusin') { if (document.activeElement === el) el.dispatchEvent(new FocusEvent('focusin', { bubbles: true })); }
    else if (e.type === 'click') el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    else if (el.matches(':hover')) el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
  }
}

function first(e: Event): void {
  const el = triggerOf(e);
  if (!el) return;
  if (e.type === 'click' && el.matches('[data-tip-note]')) e.preventDefault();
  if (e.type === 'focusin' && el.matches('[data-tip][tabindex]')) {
    for (const m of el.closest('svg')?.querySelectorAll('[data-tip][tabindex]') ?? []) m.setAttribute('tabindex', m === el ? '0' : '-1');
  }
  if (seen.push(e) > 1) return;
  const script = document.createElement('script');
  script.src = tipsUrl;
  script.onload = replay;
  script.onerror = stop;
  document.head.append(script);
}

for (const type of TYPES) document.addEventListener(type, first, true);
