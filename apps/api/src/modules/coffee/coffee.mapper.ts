import type { CoffeeInvitation, CoffeeInvitationStatus, CoffeeMatch, CoffeePartner, CoffeeRound, MemberRef } from '@tertulia/domain';
import { toMemberRef, type MemberRefRow } from '../members/member-ref';

type Instant = Date | string;
const iso = (value: Instant): string => new Date(value).toISOString();
const isoOrNull = (value: Instant | null): string | null => (value === null ? null : iso(value));
/** A `date` column as pg returns it (text, thanks to the `::text` casts in the repository). */
const day = (value: string): string => value.slice(0, 10);


export interface CoffeePartnerRow extends MemberRefRow {
  skills: string[];
}

export const toCoffeePartner = (row: CoffeePartnerRow): CoffeePartner => ({ ...toMemberRef(row), skills: row.skills });

export interface CoffeeMatchRow {
  id: string;
  week_of: string;
  met_at: Instant | null;
  partners: CoffeePartnerRow[];
}

export function toCoffeeMatch(row: CoffeeMatchRow): CoffeeMatch {
  return { id: row.id, weekOf: day(row.week_of), partners: row.partners.map(toCoffeePartner), metAt: isoOrNull(row.met_at) };
}

export interface CoffeeRoundRow {
  id: string;
  week_of: string;
  groups: number;
  matched: number;
  new_pairs: number;
  repeat_pairs: number;
  created_at: Instant;
}

export function toCoffeeRound(row: CoffeeRoundRow): CoffeeRound {
  return {
    id: row.id,
    weekOf: day(row.week_of),
    groups: row.groups,
    matched: row.matched,
    newPairs: row.new_pairs,
    repeatPairs: row.repeat_pairs,
    createdAt: iso(row.created_at),
  };
}

export interface CoffeeInvitationRow {
  id: string;
  inviter: MemberRefRow;
  invitee: MemberRefRow;
  proposed_times: Instant[];
  message: string | null;
  status: CoffeeInvitationStatus;
  chosen_time: Instant | null;
  created_at: Instant;
  answered_at: Instant | null;
  /** created_at to the microsecond, UTC: the sort key the cursor carries. */
  cursor_at: string;
}

export function toCoffeeInvitation(row: CoffeeInvitationRow): CoffeeInvitation {
  return {
    id: row.id,
    inviter: toMemberRef(row.inviter),
    invitee: toMemberRef(row.invitee),
    proposedTimes: row.proposed_times.map(iso).sort(),
    message: row.message,
    status: row.status,
    chosenTime: isoOrNull(row.chosen_time),
    createdAt: iso(row.created_at),
    answeredAt: isoOrNull(row.answered_at),
  };
}
