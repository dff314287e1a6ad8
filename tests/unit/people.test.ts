import { describe, expect, test } from 'vitest';
import { groupOf, whosWho } from '../../src/lib/data/people.ts';

const person = (id: string, extra: Record<string, unknown>) => ({ id, name: id, kind: 'person', stance: 'party', description: 'x', ...extra });

describe("who's who", () => {
  test('places each person by the side they speak for; the TTP apart from Pakistan; monitors apart from outside powers', () => {
    expect(groupOf(person('tarar', { country: 'PK', memberOf: { id: 'pakistan-government' } }))).toBe('pakistan');
    expect(groupOf(person('mehsud', { country: 'PK', memberOf: { id: 'ttp' } }))).toBe('ttp');
    expect(groupOf(person('mujahid', { country: 'AF' }))).toBe('afghanistan');
    expect(groupOf(person('turk', { stance: 'monitor' }))).toBe('un');
    expect(groupOf(person('wang', { stance: 'outside', country: 'CN' }))).toBe('outside');
    expect(() => groupOf(person('nobody', {}))).toThrow(/cannot place nobody/);
  });

  test('lists each person with the claims they made, oldest first, and the events they appear in; institutions are not people', () => {
    const actors = [person('tarar', { country: 'PK' }), { id: 'pakistan-government', name: 'Gov', kind: 'government', stance: 'party', country: 'PK', description: 'x' }];
    const claims = [
      { id: 'b', speakerActor: { id: 'tarar' }, asserted: '2026-03-11' },
      { id: 'a', speakerActor: { id: 'tarar' }, asserted: '2026-02-27' },
      { id: 'c', asserted: '2026-02-27' },
    ];
    const events = [{ id: 'e', date: '2026-03-18', kind: 'ceasefire', actors: [{ id: 'tarar' }] }, { id: 'ep', date: '2026-02-26', kind: 'episode', actors: [{ id: 'tarar' }] }];
    const [pk] = whosWho(actors, claims, events);
    expect(pk.group.id).toBe('pakistan');
    expect(pk.people.map((p) => p.person.id)).toEqual(['tarar']);
    expect(pk.people[0].claims.map((c) => c.id)).toEqual(['a', 'b']);
    expect(pk.people[0].events.map((e) => e.id)).toEqual(['e']);
  });
});
