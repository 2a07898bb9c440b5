import { addDays, todayIn } from '../../common/time/today';

/** The Monday (`YYYY-MM-DD`) of the community-calendar week that `today` (`YYYY-MM-DD`) falls in. */
export function mondayOf(today: string): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(today, -((weekday + 6) % 7));
}

/** Today and its week's Monday at the coworking, for an instant. */
export function communityWeek(now: Date, timeZone: string): { today: string; weekOf: string } {
  const today = todayIn(timeZone, now);
  return { today, weekOf: mondayOf(today) };
}

/** A seed from the week (same week, same members, same history = same pairing), 32-bit FNV-1a. */
export function seedOfWeek(weekOf: string): number {
  let hash = 0x811c9dc5;
  for (const char of weekOf) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}
