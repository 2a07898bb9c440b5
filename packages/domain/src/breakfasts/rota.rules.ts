/** The presenter rota of the weekly breakfast: who presents on which date, fairly. Pure. */

export interface RotaCandidate {
  id: string;
  /** When they joined the space (ISO): among those who never presented, the longest here go first. */
  joinedAt: string;
  optedIn: boolean;
  active: boolean;
  /** `YYYY-MM-DD` dates they cannot present. */
  unavailableDates: readonly string[];
}

export interface RotaInput {
  /** Dates to fill, `YYYY-MM-DD`. */
  slots: readonly string[];
  candidates: readonly RotaCandidate[];
  /** Presentations held or already assigned (past and future, not cancelled). */
  history: readonly { memberId: string; date: string }[];
  closures?: readonly { from: string; to: string }[];
  cancelledDates?: readonly string[];
}

export interface RotaAssignment {
  date: string;
  /** Null when nobody eligible is left for that date. */
  memberId: string | null;
}

interface Standing {
  candidate: RotaCandidate;
  lastPresented: string | null;
  unavailable: Set<string>;
}

/**
 * Fills the slots in date order. For each date the first eligible candidate in line presents:
 * those who never presented (longest in the space first), then whoever presented longest ago.
 * Eligible means opted in, active and available that date. Closed and cancelled dates are
 * skipped. Ties are broken by id, so the same input always gives the same rota.
 */
export function planRota(input: RotaInput): RotaAssignment[] {
  const lastPresented = new Map<string, string>();
  for (const { memberId, date } of input.history) {
    const previous = lastPresented.get(memberId);
    if (!previous || date > previous) lastPresented.set(memberId, date);
  }
  const standings: Standing[] = input.candidates
    .filter((candidate) => candidate.optedIn && candidate.active)
    .map((candidate) => ({
      candidate,
      lastPresented: lastPresented.get(candidate.id) ?? null,
      unavailable: new Set(candidate.unavailableDates),
    }));
  const skipped = new Set(input.cancelledDates ?? []);
  const closed = (date: string) => (input.closures ?? []).some((closure) => closure.from <= date && date <= closure.to);

  const assignments: RotaAssignment[] = [];
  for (const date of [...new Set(input.slots)].sort()) {
    if (skipped.has(date) || closed(date)) continue;
    const next = standings.filter((standing) => !standing.unavailable.has(date)).sort(inLine)[0];
    if (next) next.lastPresented = date;
    assignments.push({ date, memberId: next?.candidate.id ?? null });
  }
  return assignments;
}

function inLine(a: Standing, b: Standing): number {
  if (a.lastPresented !== b.lastPresented) {
    if (a.lastPresented === null) return -1;
    if (b.lastPresented === null) return 1;
    return a.lastPresented < b.lastPresented ? -1 : 1;
  }
  if (a.candidate.joinedAt !== b.candidate.joinedAt) return a.candidate.joinedAt < b.candidate.joinedAt ? -1 : 1;
  return a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0;
}

/** The dates of a weekly series from `from` (included) for `weeks` weeks. `weekday`: 1 = Monday … 7 = Sunday. */
export function weeklyDates(from: string, weekday: number, weeks: number): string[] {
  const start = new Date(`${from}T00:00:00Z`);
  const isoWeekday = ((start.getUTCDay() + 6) % 7) + 1;
  start.setUTCDate(start.getUTCDate() + ((weekday - isoWeekday + 7) % 7));
  return Array.from({ length: weeks }, (_, week) => {
    const day = new Date(start);
    day.setUTCDate(start.getUTCDate() + week * 7);
    return day.toISOString().slice(0, 10);
  });
}
