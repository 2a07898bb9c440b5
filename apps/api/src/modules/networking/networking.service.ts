import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  NETWORKING_ATTENDEES_MIN,
  SeatingInputError,
  planSeating,
  type MySeats,
  type Networking,
  type NetworkingPlan,
  type NetworkingSettings,
  type TableLock,
} from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { eventCancelled, eventNotFound, eventOver } from '../events/events.errors';
import type { EventViewer } from '../events/event.mapper';
import { toMemberRef } from '../members/member-ref';
import {
  networkingOff,
  noSeats,
  notANetworkingLunch,
  onlyTheManager,
  planNotFound,
  seatingImpossible,
  tooFewAttendees,
  unknownTable,
} from './networking.errors';
import { toPlan } from './networking.mapper';
import { NetworkingRepository, type LockRow, type LunchRow, type PlanRow } from './networking.repository';

const viewerOf = (member: AuthenticatedMember): EventViewer => ({ id: member.id, isManager: member.role === 'manager' });

/**
 * Table rotations at networking lunches. Only the manager turns them on, plans and locks tables; each person going
 * reads only their own seats. Every change to one lunch's plan holds its networking row's lock (FOR UPDATE), so two
 * regenerations never interleave.
 */
@Injectable()
export class NetworkingService {
  constructor(private readonly networking: NetworkingRepository) {}

  async settings(member: AuthenticatedMember, eventId: string): Promise<Networking> {
    const em = this.networking.manager;
    await this.asManager(em, member, eventId);
    return toNetworking(await this.networking.findPlan(em, eventId));
  }

  /** Turns rotations on, or changes them: new settings drop the stored plan and its locks (they were sized for the old ones). */
  async configure(member: AuthenticatedMember, eventId: string, settings: NetworkingSettings): Promise<Networking> {
    return this.networking.manager.transaction(async (em) => {
      this.writable(await this.asManager(em, member, eventId));
      const plan = await this.networking.lockOrCreatePlan(em, eventId, settings);
      if (plan.table_size !== settings.tableSize || plan.rounds !== settings.rounds) {
        await this.networking.changeSettings(em, eventId, settings);
      }
      return toNetworking(await this.networking.findPlan(em, eventId));
    });
  }

  /**
   * Plans (or replans) from the people going now, their picks (a mutual pick counts twice), the pairs who shared a
   * table at earlier lunches, and the locked tables as fixed seats of their round. A locked seat of someone no longer
   * going is dropped; a lock on a table that no longer exists (fewer people, fewer tables) or left empty goes too.
   * All of it in one transaction: on any error nothing changes.
   */
  async generate(member: AuthenticatedMember, eventId: string): Promise<NetworkingPlan> {
    return this.networking.manager.transaction(async (em) => {
      this.writable(await this.asManager(em, member, eventId));
      const settings = await this.networking.lockPlan(em, eventId);
      if (!settings) throw networkingOff();
      const attendees = await this.networking.going(em, eventId);
      if (attendees.length < NETWORKING_ATTENDEES_MIN) throw tooFewAttendees(attendees.length, NETWORKING_ATTENDEES_MIN);

      const tableCount = Math.ceil(attendees.length / settings.table_size);
      const going = new Set(attendees);
      const lockedSeats = lockedSeatsOf(await this.networking.locks(em, eventId), await this.networking.seats(em, eventId));
      const fixed = lockedSeats.filter(
        (seat) => going.has(seat.member_id) && seat.round <= settings.rounds && seat.table_no <= tableCount,
      );
      const keptLocks = uniqueLocks(fixed);

      const seed = randomInt(0, 2 ** 31 - 1);
      const wants = await this.networking.wants(em, eventId, attendees);
      const history = await this.networking.history(em, eventId, attendees);
      let plan;
      try {
        plan = planSeating({
          attendees,
          rounds: settings.rounds,
          tableSize: settings.table_size,
          wants: wants.map(([who, whom]) => [who, whom, 1] as [string, string, number]),
          history,
          fixed: fixed.map((seat) => ({ memberId: seat.member_id, table: seat.table_no, round: seat.round })),
          seed,
        });
      } catch (error) {
        if (error instanceof SeatingInputError) throw seatingImpossible(error.message);
        throw error;
      }
      await this.networking.storePlan(em, eventId, plan, seed, keptLocks);
      return this.readPlan(em, eventId, (await this.networking.findPlan(em, eventId))!);
    });
  }

  async plan(member: AuthenticatedMember, eventId: string): Promise<NetworkingPlan> {
    const em = this.networking.manager;
    await this.asManager(em, member, eventId);
    const plan = await this.networking.findPlan(em, eventId);
    if (!plan?.generated_at) throw planNotFound();
    return this.readPlan(em, eventId, plan);
  }

  /** Locks or unlocks one table of the stored plan; answers the plan. */
  async lock(member: AuthenticatedMember, eventId: string, input: TableLock): Promise<NetworkingPlan> {
    return this.networking.manager.transaction(async (em) => {
      this.writable(await this.asManager(em, member, eventId));
      const plan = await this.networking.lockPlan(em, eventId);
      if (!plan?.generated_at) throw planNotFound();
      if (!(await this.networking.hasTable(em, eventId, input.round, input.table))) throw unknownTable(input.round, input.table);
      await this.networking.setLock(em, eventId, input.round, input.table, input.locked);
      return this.readPlan(em, eventId, plan);
    });
  }

  /**
   * The reader's own seats, round by round, with the others at their table (those still going): only for someone
   * going to the lunch. Anyone else gets 404, as for an event they may not see.
   */
  async mySeats(member: AuthenticatedMember, eventId: string): Promise<MySeats> {
    const viewer = viewerOf(member);
    const lunch = await this.networking.findLunch(this.networking.manager, eventId, viewer);
    if (!lunch) throw eventNotFound();
    if (lunch.my_status !== 'going') throw noSeats();
    if (lunch.format !== 'networking_lunch') throw notANetworkingLunch();
    const plan = await this.networking.findPlan(this.networking.manager, eventId);
    if (!plan?.generated_at) return { planned: false, rounds: [] };
    const [seats, mates] = await Promise.all([this.networking.mySeats(eventId, viewer.id), this.networking.tablemates(eventId, viewer.id)]);
    return {
      planned: true,
      rounds: seats.map((seat) => ({
        round: seat.round,
        table: seat.table_no,
        with: mates.filter((mate) => mate.round === seat.round).map(toMemberRef),
      })),
    };
  }

  private async readPlan(em: EntityManager, eventId: string, plan: PlanRow): Promise<NetworkingPlan> {
    const [seats, locks, people, going] = [
      await this.networking.seats(em, eventId),
      await this.networking.locks(em, eventId),
      await this.networking.seatedPeople(em, eventId),
      await this.networking.going(em, eventId),
    ];
    return toPlan(plan, seats, locks, people, going);
  }

  /** The lunch, for the manager: 404 when the reader may not see it, 403 for anyone but the manager, 422 for another format. */
  private async asManager(em: EntityManager, member: AuthenticatedMember, eventId: string): Promise<LunchRow> {
    const viewer = viewerOf(member);
    const lunch = await this.networking.findLunch(em, eventId, viewer);
    if (!lunch) throw eventNotFound();
    if (!viewer.isManager) throw onlyTheManager();
    if (lunch.format !== 'networking_lunch') throw notANetworkingLunch();
    return lunch;
  }

  /** Plans change only while the lunch is still to come. */
  private writable(lunch: LunchRow): void {
    if (lunch.status === 'cancelled') throw eventCancelled();
    if (lunch.over) throw eventOver();
  }
}

function toNetworking(plan: PlanRow | null): Networking {
  return {
    enabled: plan !== null,
    tableSize: plan?.table_size ?? null,
    rounds: plan?.rounds ?? null,
    planned: plan?.generated_at != null,
  };
}

/** The stored seats at locked tables. */
function lockedSeatsOf(locks: LockRow[], seats: { round: number; table_no: number; member_id: string }[]) {
  const locked = new Set(locks.map((lock) => `${lock.round}:${lock.table_no}`));
  return seats.filter((seat) => locked.has(`${seat.round}:${seat.table_no}`));
}

/** The locks that still hold someone. */
function uniqueLocks(seats: { round: number; table_no: number }[]): LockRow[] {
  const found = new Map<string, LockRow>();
  for (const seat of seats) found.set(`${seat.round}:${seat.table_no}`, { round: seat.round, table_no: seat.table_no });
  return [...found.values()];
}
