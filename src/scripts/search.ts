/**
 * The search page's client: loads Pagefind's search API (/pagefind/pagefind.js, same origin) on
 * first use, then runs the query with the kind and claimant filters and lists the results as
 * links that land on the exact section or anchor. Results are a list of links: Tab and the arrow
 * keys move through them; the count is announced in a live region.
 */
export {}; // a module: its names do not clash with window globals (status)

interface SubResult { title: string; url: string; excerpt: string }
interface ResultData { url: string; excerpt: string; meta: { title?: string; kind?: string }; filters?: Record<string, string[]>; sub_results?: SubResult[] }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results') as HTMLOListElement;
const claimant = document.getElementById('search-claimant') as HTMLSelectElement;
const MAX = 20;

let api: Promise<Pagefind> | undefined;
const pagefind = () =>
  (api ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 28 });
    return pf;
  })());

const kind = () => (form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? '');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Pagefind's excerpts are its own escaped text with <mark> around matches: keep only those marks. */
function excerpt(html: string): HTMLElement {
  const p = el('p', 'search-excerpt mt-1 text-sm');
  for (const [i, part] of html.split(/<\/?mark>/).entries()) {
    const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    p.append(i % 2 ? el('mark', '', text) : document.createTextNode(text));
  }
  return p;
}

function render(d: ResultData): HTMLLIElement {
  const li = el('li', 'search-result');
  const type = d.filters?.kind?.[0] ?? d.meta.kind ?? 'Page';
  // Land on the most specific place: the first matching section of a page, or the record's anchor.
  const best = d.sub_results?.find((s) => s.url.includes('#')) ?? null;
  const a = el('a', 'search-title font-semibold', d.meta.title ?? d.url);
  a.href = best && type === 'Page' ? best.url : d.url;
  const head = el('p', 'ui');
  head.append(el('span', 'search-kind kicker mr-2', type), a);
  li.append(head, excerpt(best?.excerpt ?? d.excerpt));
  const by = d.filters?.claimant?.[0];
  if (by) li.append(el('p', 'ui text-xs text-(--color-muted)', `Stated by ${by}`));
  const sections = (d.sub_results ?? []).filter((s) => s.url.includes('#') && s !== best).slice(0, 2);
  if (type === 'Page' && sections.length) {
    const ul = el('ul', 'ui mt-1 text-sm');
    for (const s of sections) {
      const item = el('li', '');
      const sa = el('a', '', s.title);
      sa.href = s.url;
      item.append(sa);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

let run = 0;
async function search(): Promise<void> {
  const q = input.value.trim();
  const mine = ++run;
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (kind()) params.set('kind', kind());
  if (claimant.value) params.set('claimant', claimant.value);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  if (!q) { list.replaceChildren(); status.textContent = ''; return; }
  status.textContent = 'Searching…';
  const filters: Record<string, string> = {};
  if (kind()) filters.kind = kind();
  if (claimant.value) filters.claimant = claimant.value;
  const res = await (await pagefind()).search(q, { filters });
  if (mine !== run || !res) return;
  const data = await Promise.all(res.results.slice(0, MAX).map((r) => r.data()));
  if (mine !== run) return;
  list.replaceChildren(...data.map(render));
  const n = res.results.length;
  status.textContent = n === 0 ? `No results for “${q}”.` : `${n} result${n === 1 ? '' : 's'} for “${q}”${n > MAX ? `, showing the first ${MAX}` : ''}.`;
}

let timer: number | undefined;
const soon = () => { clearTimeout(timer); timer = window.setTimeout(search, 180); };
form.addEventListener('submit', (e) => { e.preventDefault(); void search(); });
input.addEventListener('input', soon);
// Filters search at once; the text box's own change event (fired when focus leaves it) must not re-render the list under the keyboard.
form.addEventListener('change', (e) => { if (e.target !== input) void search(); });
// Start loading the index as soon as the reader shows an intent to search.
input.addEventListener('focus', () => void pagefind(), { once: true });

// Arrow keys: from the box into the results, and between results.
form.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown' && e.target === input) { list.querySelector<HTMLAnchorElement>('.search-title')?.focus(); e.preventDefault(); }
});
list.addEventListener('keydown', (e) => {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('.search-title')];
  const i = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (i < 0) return;
  if (e.key === 'ArrowDown' && links[i + 1]) { links[i + 1].focus(); e.preventDefault(); }
  if (e.key === 'ArrowUp') { (links[i - 1] ?? input).focus(); e.preventDefault(); }
});

const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
const k = initial.get('kind');
if (k) { const r = form.querySelector<HTMLInputElement>(`input[name="kind"][value="${CSS.escape(k)}"]`); if (r) r.checked = true; }
claimant.value = initial.get('claimant') ?? '';
if (input.value) void search();
