/**
 * Events of a period, grouped by day in date order, for timelines; within a day by `order` (time of
 * day where known), then id. Episodes group events and are left out.
 */
type Ref = { id: string };
export interface TimelineEvent {
  id: string; date: string; endDate?: string; order?: number; dateApproximate: boolean; kind: string;
  title: string; summary: string; places: Ref[]; sources: Ref[];
}

export function timelineEvents<E extends TimelineEvent>(events: E[], from: string, to: string): { date: string; approximate: boolean; events: E[] }[] {
  if (from > to) throw new Error(`timeline from ${from} is after to ${to}`);
  const inRange = events
    .filter((e) => e.kind !== 'episode' && e.date >= from && e.date <= to)
    .sort((a, b) => a.date.localeCompare(b.date) || (a.order ?? 100) - (b.order ?? 100) || a.id.localeCompare(b.id));
  const days: { date: string; approximate: boolean; events: E[] }[] = [];
  for (const e of inRange) {
    const last = days.at(-1);
    if (last && last.date === e.date && last.approximate === e.dateApproximate) last.events.push(e);
    else days.push({ date: e.date, approximate: e.dateApproximate, events: [e] });
  }
  return days;
}
