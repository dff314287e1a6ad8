/**
 * Print only: moves each chart's source list into a numbered note, "Sources of the charts", at
 * the end of its article, and leaves a reference in the figure. A chart with twenty sources
 * (each printed with its address) no longer outgrows the page it must not be split across, and
 * the provenance reads like the figures' notes.
 *
 * The screen is untouched: the moved list is only hidden in print (`.print-moved`) and what is
 * added only shows in print (`.print-only`). Idempotent. Self-contained (no imports, no outer
 * variables): the PDF step passes this very function to Chromium (`page.evaluate`), and
 * PdfLinks.astro runs it before a reader prints from the browser.
 */
export function chartSourcesToNotes(): number {
  let moved = 0;
  for (const article of document.querySelectorAll<HTMLElement>('article.article')) {
    if (article.dataset.chartNotes === 'done') continue;
    const figures = [...article.querySelectorAll<HTMLElement>('figure.chart')].filter((f) => f.querySelector('.chart-sources [data-source]'));
    if (figures.length === 0) continue;
    const heading = `${article.querySelector('h1')?.id || article.dataset.page || 'page'}-chart-notes`;
    const section = document.createElement('section');
    section.className = 'chart-notes print-only';
    section.setAttribute('aria-labelledby', heading);
    const h2 = document.createElement('h2');
    h2.id = heading;
    h2.textContent = 'Sources of the charts';
    const list = document.createElement('ol');
    section.append(h2, list);
    figures.forEach((figure, i) => {
      const sources = figure.querySelector<HTMLElement>('.chart-sources')!;
      const items = [...sources.querySelectorAll('[data-source]')];
      const noteId = `${figure.id}-sources`;
      const title = figure.querySelector('h2, h3, h4')?.textContent?.trim() ?? figure.id;
      const li = document.createElement('li');
      li.id = noteId;
      li.className = 'chart-note';
      const head = document.createElement('p');
      head.className = 'chart-note-head';
      head.textContent = `Chart ${i + 1}, “${title}”: ${items.length} source${items.length === 1 ? '' : 's'}`;
      const ul = document.createElement('ul');
      for (const item of items) {
        const entry = document.createElement('li');
        entry.append(item.cloneNode(true));
        ul.append(entry);
      }
      li.append(head, ul);
      list.append(li);

      sources.classList.add('print-moved');
      const ref = document.createElement('p');
      ref.className = 'chart-sources-ref print-only';
      const link = document.createElement('a');
      link.href = `#${noteId}`;
      link.textContent = `chart ${i + 1} under “Sources of the charts”`;
      ref.append(`Sources: ${items.length} source${items.length === 1 ? '' : 's'}, listed as `, link, ' at the end.');
      sources.after(ref);
      moved++;
    });
    const after = article.querySelector('.endnotes');
    if (after) after.after(section);
    else {
      const changes = article.querySelector('#changes, [id$="--changes"]');
      if (changes) changes.before(section); else article.append(section);
    }
    article.dataset.chartNotes = 'done';
  }
  return moved;
}

/** The printable area of a page, in CSS px, from the stylesheets' `@page` rule (A4 and its margins). */
export function printArea(): { width: number; height: number } {
  const mm = (v: string) => { const n = parseFloat(v); return v.endsWith('mm') ? n : v.endsWith('cm') ? n * 10 : v.endsWith('in') ? n * 25.4 : n * 25.4 / 96; };
  let margin = { top: '0mm', right: '0mm', bottom: '0mm', left: '0mm' };
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSPageRule && rule.selectorText === '') {
        const s = rule.style;
        margin = { top: s.marginTop || margin.top, right: s.marginRight || margin.right, bottom: s.marginBottom || margin.bottom, left: s.marginLeft || margin.left };
      }
    }
  }
  const px = (millimetres: number) => (millimetres / 25.4) * 96;
  // A4 portrait, as the @page rule sets it
  return { width: px(210 - mm(margin.left) - mm(margin.right)), height: px(297 - mm(margin.top) - mm(margin.bottom)) };
}

/**
 * Print only, in a print-media layout as wide as the page: shrinks a chart whose figure (title,
 * chart, summary, notes) would be taller than a page, so the figure fits on one. An SVG cannot be
 * split; without this, its notes would be pushed onto the next page. Returns the ids it shrank.
 */
export function fitFiguresToPage(pageHeight: number): string[] {
  const shrunk: string[] = [];
  // chart text is 13.5 artboard units; below this scale it would print under 7 pt
  const MIN_SCALE = 7 / 0.75 / 13.5;
  for (const figure of document.querySelectorAll<HTMLElement>('figure.chart')) {
    const svgs = [...figure.querySelectorAll<SVGSVGElement>('.chart-art svg')].filter((s) => s.getClientRects().length > 0);
    const svg = svgs[0];
    if (!svg) continue;
    // a chart in parts breaks between them: only its title, finding and lead view must share a page
    const total = svgs.length > 1 ? svg.getBoundingClientRect().bottom - figure.getBoundingClientRect().top : figure.getBoundingClientRect().height;
    if (total <= pageHeight) continue;
    const rect = svg.getBoundingClientRect();
    const art = rect.height;
    const floor = Math.ceil(art * (MIN_SCALE / (rect.width / svg.viewBox.baseVal.width)));
    const room = Math.max(Math.floor(pageHeight - (total - art) - 8), Math.min(art, floor));
    if (room <= 0 || room >= art) continue;
    svg.style.maxHeight = `${room}px`;
    shrunk.push(figure.id);
  }
  return shrunk;
}
