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
