/**
 * militancy-deaths wording: values, tooltips, the finding, the notes and the table rows. Every
 * sentence is generated from the plotted records.
 */
import { formatDate } from '../../data/asOf.ts';
import { formatQuantity } from '../../viz/format.ts';
import type { ContentData } from '../types.ts';
import {
  type Classified, type Measure, COMPONENT_MEASURES, LISTED_MEASURES, MEASURE_PHRASES, NEWS_MEDIA,
  definitionPeriods, heroSeries, magnitude, publisherOrder, selectRecords,
} from './select.ts';
import { isOneOf } from '../oneOf.ts';

/** What a tooltip script would show; the chart prints the value without it. */
export interface Tip { title: string; value: string; meta: string; quote: string; source: string; aria: string }

export const phrase = (m: Measure) => MEASURE_PHRASES[m] ?? m;
const values = new WeakMap<Classified['rec'], string>();
export const valueText = (c: Classified) => {
  let v = values.get(c.rec);
  if (v === undefined) values.set(c.rec, (v = formatQuantity(c.rec.value, c.rec.qualifier)));
  return v;
};
/** Sources by id, once per content tree. */
const sourceIndex = new WeakMap<ContentData['sources'], Map<string, ContentData['sources'][number]>>();
const sourceOf = (data: ContentData, id: string) => {
  let m = sourceIndex.get(data.sources);
  if (!m) sourceIndex.set(data.sources, (m = new Map(data.sources.map((s) => [s.id, s]))));
  return m.get(id);
};
const throughText = (iso: string) => `1 January to ${formatDate(iso).replace(/ \d{4}$/, '')}`;
export const yearText = (c: Classified) => (c.rec.through ? `${c.rec.year} (${throughText(c.rec.through)} only)` : String(c.rec.year));
/** "Jan–Sep": the months a part-year figure covers, for chart text. */
export const monthsText = (iso: string) => {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `Jan–${months[Number(iso.slice(5, 7)) - 1]}`;
};

export function statusText(c: Classified): string {
  if (c.state === 'superseded' && c.revisedBy) return `Revised: replaced by ${formatQuantity(c.revisedBy.value, c.revisedBy.qualifier)}`;
  if (c.state === 'partial' && c.rec.through) return `Part of the year: ${throughText(c.rec.through)}`;
  return 'Latest figure';
}

export function tipFor(c: Classified, data: ContentData): Tip {
  const src = sourceOf(data, c.rec.source.id);
  const source = src ? `${src.publisher}, ${formatDate(src.date)}` : c.rec.source.id;
  const what = phrase(c.rec.measure);
  const quote = c.rec.quoteTranslation ? `${c.rec.quote} (${c.rec.quoteTranslation})` : c.rec.quote;
  const meta = [yearText(c), c.rec.edition, c.state === 'current' ? undefined : statusText(c)].filter(Boolean).join('; ');
  const aria = `${c.name}, ${yearText(c)}: ${valueText(c)} ${what}. ${c.state === 'current' ? '' : `${statusText(c)}. `}${c.rec.edition ? `${c.rec.edition}. ` : ''}Source: ${source}.`;
  return { title: `${c.name}: ${what}`, value: valueText(c), meta, quote, source, aria };
}

export const listText = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

const bySeries = (cs: Classified[]) => {
  const m = new Map<string, Classified[]>();
  for (const c of cs) { const list = m.get(c.series); if (list) list.push(c); else m.set(c.series, [c]); }
  return m;
};

export function summaryOf(data: ContentData): string {
  const { time, latestYear } = selectRecords(data);
  const publishers = publisherOrder(time);
  const latest = time.filter((c) => c.rec.year === latestYear && c.state === 'current').sort((a, b) => publishers.indexOf(a.publisherKey) - publishers.indexOf(b.publisherKey));
  const clauses = latest.map((c, i) => {
    const earlier = time.find((o) => o.revisedBy?.id === c.rec.id && o.rec.year === c.rec.year);
    const news = c.publisherKey.startsWith(NEWS_MEDIA);
    const sameAsBefore = i > 0 && latest[i - 1].rec.measure === c.rec.measure && !news;
    const what = news ? `${phrase(c.rec.measure).replace(/ only$/, '')} without saying who counted them` : sameAsBefore ? 'on the same basis' : phrase(c.rec.measure);
    return `${c.name} ${news ? 'reported' : 'counted'} ${valueText(c)}${earlier ? ` (first given as ${valueText(earlier)})` : ''} ${what}`;
  });
  const first = `For ${latestYear}, ${clauses.length < 2 ? clauses.join('') : `${clauses.slice(0, -1).join('; ')}; and ${clauses.at(-1)}`}.`;
  // the hero series, on the definition it uses in the latest year: its low point and the latest figure
  const hero = heroSeries(time);
  const heroRecs = hero ? bySeries(time).get(hero.series)! : [];
  let second = '';
  if (hero) {
    const periods = definitionPeriods(heroRecs);
    const current = periods.at(-1)!;
    const pts = heroRecs.filter((c) => c.state === 'current' && c.rec.year >= current.from && c.rec.year <= current.to).sort((a, b) => a.rec.year - b.rec.year);
    if (pts.length >= 3) {
      const low = pts.reduce((m, c) => (magnitude(c) < magnitude(m) ? c : m));
      const after = pts.filter((c) => c.rec.year >= low.rec.year);
      const rising = after.length > 2 && after.every((c, i) => i === 0 || magnitude(c) > magnitude(after[i - 1]));
      const since = periods.length > 1 ? `On the definition it has used since ${current.from}, ` : '';
      second = rising
        ? ` ${since}${hero.name}’s count fell to ${valueText(low)} in ${low.rec.year} and has risen every year since.`
        : ` ${since}${hero.name}’s count was lowest in ${low.rec.year}, at ${valueText(low)}.`;
    }
  }
  return (first + second).replace(/\s+/g, ' ').trim();
}

export function notesOf(data: ContentData, drawn: Set<string>): string[] {
  const { time } = selectRecords(data);
  const hero = heroSeries(time);
  const notes = [
    'Each series is one publisher’s count of one thing. Counts are never added or averaged across publishers: each defines what it counts differently.',
  ];
  if (hero) {
    notes.push(`${hero.name}’s count is drawn in colour because it is the only series with a figure for every year from ${hero.from} to ${hero.to}; other publishers are grey. The colour is emphasis, not a judgement on whose count is right.`);
  }
  for (const sc of bySeries(time).values()) {
    const periods = definitionPeriods(sc);
    if (periods.length < 2) continue;
    const range = (pr: (typeof periods)[number]) => (pr.from === pr.to ? String(pr.from) : `${pr.from}–${pr.to}`);
    notes.push(`${sc[0].name} changed its definition ${['', 'once', 'twice'][periods.length - 1] ?? `${periods.length - 1} times`}; the line breaks where it did. ${periods.map((pr) => `${range(pr)}: ${pr.definition.replace(/\.$/, '')}.`).join(' ')}`);
  }
  notes.push('A revised figure is printed under the axis as first given; the marker shows its replacement. A dashed marker covers part of the year. Markers of one year that would touch sit side by side.');
  const listed = time.filter((c) => LISTED_MEASURES.includes(c.rec.measure));
  if (listed.length) {
    const names = [...new Set(listed.map((c) => c.name))];
    notes.push(`Counts of ${[...new Set(listed.map((c) => phrase(c.rec.measure)))].join(' and ')} are single years from ${names.length} publishers (${listText(names)}), each counting in its own way, so they are listed with what each counts rather than drawn against time as if they were one series.`);
  }
  const left = data.militancy.filter((r) => !drawn.has(r.id));
  const kinds: string[] = [];
  if (left.some((r) => r.measure === 'attacks')) kinds.push('counts of attacks rather than deaths');
  if (left.some((r) => r.measure === 'year-on-year-change-percent')) kinds.push('year-on-year percentage changes');
  if (left.some((r) => r.measure === 'regional-violence-deaths')) kinds.push('counts for one province');
  const groupLeft = left.filter((r) => isOneOf(COMPONENT_MEASURES, r.measure));
  if (groupLeft.length) {
    const who = [...new Set(groupLeft.map((r) => r.publisher.id))].sort().map((id) => {
      const yrs = [...new Set(groupLeft.filter((r) => r.publisher.id === id).map((r) => r.year))].sort();
      return `${data.actors.find((a) => a.id === id)?.shortName ?? id} for ${listText(yrs.map(String))}`;
    });
    kinds.push(`counts of one group of victims (militants, security personnel or civilians): ${listText(who)}`);
  }
  if (kinds.length) notes.push(`Not drawn (they are in the open data): ${listText(kinds)}.`);
  return notes;
}
