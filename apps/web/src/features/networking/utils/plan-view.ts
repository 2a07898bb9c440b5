import type { MemberRef, NetworkingPlan } from '@tertulia/domain';

/** One round of one person's schedule: where they sit and with whom. */
export interface ScheduleRound {
  round: number;
  table: number;
  with: MemberRef[];
}

export interface PersonalSchedule {
  person: MemberRef;
  rounds: ScheduleRound[];
}

/** The people of a plan by id; someone unknown (should not happen) shows by id rather than vanishing. */
export function peopleOf(plan: NetworkingPlan): (id: string) => MemberRef {
  const byId = new Map(plan.people.map((person) => [person.id, person]));
  return (id) => byId.get(id) ?? { id, displayName: id, photoUrl: null, businessName: null, headline: null };
}

/** Each seated person's schedule, by name: their table in each round and the others there. */
export function schedulesOf(plan: NetworkingPlan, locale: string): PersonalSchedule[] {
  const person = peopleOf(plan);
  const schedules = new Map<string, ScheduleRound[]>();
  plan.rounds.forEach((round, r) =>
    round.tables.forEach((table, t) => {
      for (const id of table.memberIds) {
        const rounds = schedules.get(id) ?? [];
        rounds.push({ round: r + 1, table: t + 1, with: table.memberIds.filter((other) => other !== id).map(person) });
        schedules.set(id, rounds);
      }
    }),
  );
  const collator = new Intl.Collator(locale);
  return [...schedules]
    .map(([id, rounds]) => ({ person: person(id), rounds: rounds.sort((a, b) => a.round - b.round) }))
    .sort((a, b) => collator.compare(a.person.displayName, b.person.displayName));
}

/** How many tables are locked in the plan. */
export function lockedCount(plan: NetworkingPlan): number {
  return plan.rounds.reduce((sum, round) => sum + round.tables.filter((table) => table.locked).length, 0);
}
