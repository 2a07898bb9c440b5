/**
 * When something told to a member at instant `at` may reach them: `at`, or the end of their focus
 * (`focus_until`, if later), or — if that instant falls inside their quiet hours, read on the community's
 * clock — the end of those quiet hours. Quiet hours may span midnight (`22:00`–`08:00`).
 *
 * `member` is the alias of a `members` row; `at` and `timeZone` are SQL expressions (placeholders), e.g. `$6`.
 * Shared by notify() (deliver_at) and by whoever must know whether a member may be disturbed now (digests).
 */
export function deliveryTimeSql(member: string, at: string, timeZone: string): string {
  const base = `GREATEST((${at})::timestamptz, COALESCE(${member}.focus_until, (${at})::timestamptz))`;
  const local = `(${base} AT TIME ZONE (${timeZone}))`;
  const start = `(${member}.quiet_hours_start)::time`;
  const end = `(${member}.quiet_hours_end)::time`;
  const localTime = `${local}::time`;
  const localDate = `${local}::date`;
  return `(CASE
    WHEN ${member}.quiet_hours_start IS NULL OR ${member}.quiet_hours_end IS NULL THEN ${base}
    WHEN ${start} < ${end} AND ${localTime} >= ${start} AND ${localTime} < ${end}
      THEN (${localDate} + ${end}) AT TIME ZONE (${timeZone})
    WHEN ${start} > ${end} AND ${localTime} >= ${start}
      THEN ((${localDate} + 1) + ${end}) AT TIME ZONE (${timeZone})
    WHEN ${start} > ${end} AND ${localTime} < ${end}
      THEN (${localDate} + ${end}) AT TIME ZONE (${timeZone})
    ELSE ${base}
  END)`;
}
