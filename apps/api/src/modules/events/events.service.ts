import { Inject, Injectable } from '@nestjs/common';
import type { Attendees, CreateEvent, Event, ListEventsQuery, MyRsvp, Page, Rsvp, UpdateEvent, Wants } from '@tertulia/domain';
import { stringify } from 'csv-stringify/sync';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import type { Config } from '../../config/config.schema';
import { APP_CONFIG } from '../../config/load-config';
import { NotificationsService } from '../notifications/notifications.service';
import { toStoredImage } from '../photos/photo-image';
import { PhotoStore } from '../photos/photo-store';
import { notAnImage } from '../photos/photos.errors';
import { toAttendee, toEvent, type EventViewer } from './event.mapper';
import {
  capacityBelowGoing,
  coverNotFound,
  eventCancelled,
  eventNotFound,
  eventOver,
  invalidTimes,
  notAllowedToOrganise,
  notTheOrganiser,
  rsvpClosed,
  unknownCircle,
  wantsNotAllowed,
} from './events.errors';
import { EventsRepository, type EventFields, type LockedEvent } from './events.repository';

/** An event's cover: the size of a link preview. */
export const COVER_WIDTH = 1200;
export const COVER_HEIGHT = 630;

export const viewerOf = (member: AuthenticatedMember): EventViewer => ({ id: member.id, isManager: member.role === 'manager' });

const canEdit = (event: { organiser_id: string }, viewer: EventViewer) => viewer.isManager || event.organiser_id === viewer.id;

/** The attendees' export: a file name from the title, plain ASCII plus its UTF-8 spelling (RFC 6266). */
export interface AttendeesCsv {
  csv: string;
  filename: string;
}

@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly store: PhotoStore,
    @Inject(APP_CONFIG) private readonly config: Config,
    private readonly notifications: NotificationsService,
  ) {}

  async list(member: AuthenticatedMember, query: ListEventsQuery): Promise<Page<Event>> {
    const viewer = viewerOf(member);
    const page = await this.events.list(viewer, {
      from: query.from,
      to: query.to,
      mine: query.mine,
      circleId: query.circleId,
      cursor: query.cursor,
      limit: query.limit,
    });
    return { items: page.items.map((row) => toEvent(row, viewer)), nextCursor: page.nextCursor };
  }

  async get(member: AuthenticatedMember, id: string): Promise<Event> {
    return this.loadFor(viewerOf(member), id);
  }

  /** The manager: for the whole space or any circle; a circle's active admins: for their circle; nobody else. */
  async create(member: AuthenticatedMember, input: CreateEvent): Promise<Event> {
    const viewer = viewerOf(member);
    const circleId = input.circleId ?? null;
    if (!circleId && !viewer.isManager) throw notAllowedToOrganise(false);
    const id = await this.events.manager.transaction(async (em) => {
      if (circleId) {
        const circle = await this.events.lockCircleForOrganiser(em, circleId, viewer.id);
        if (!circle) throw unknownCircle();
        if (!circle.admin && !viewer.isManager) throw notAllowedToOrganise(true);
      }
      return this.events.insert(
        em,
        {
          title: input.title,
          description: input.description ?? null,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          timezone: input.timezone ?? this.config.COMMUNITY_TIMEZONE,
          place: input.place ?? null,
          capacity: input.capacity ?? null,
          rsvpDeadline: input.rsvpDeadline ?? null,
          format: input.format,
        },
        circleId,
        viewer.id,
      );
    });
    return this.loadFor(viewer, id);
  }

  /**
   * The organiser or the manager. The times are checked as they will be stored (the patch over the event);
   * capacity never goes below the people going, and the seats it frees go to the waitlist in order. Those promoted
   * are told; so are those going or waitlisted when the time, the place or the title change.
   */
  async update(member: AuthenticatedMember, id: string, patch: UpdateEvent): Promise<Event> {
    const viewer = viewerOf(member);
    await this.asOrganiser(viewer, id, async (em, event) => {
      if (event.status === 'cancelled') throw eventCancelled();
      const startsAt = patch.startsAt ? Date.parse(patch.startsAt) : event.starts_at.getTime();
      const endsAt = patch.endsAt ? Date.parse(patch.endsAt) : event.ends_at.getTime();
      const deadline = patch.rsvpDeadline !== undefined ? patch.rsvpDeadline : event.rsvp_deadline?.toISOString() ?? null;
      if (endsAt <= startsAt) throw invalidTimes(patch.endsAt ? 'endsAt' : 'startsAt', 'The event ends before it starts');
      if (deadline !== null && Date.parse(deadline) > endsAt) throw invalidTimes('rsvpDeadline', 'The answers close after the event');
      if (patch.capacity !== undefined && patch.capacity !== null && patch.capacity < event.going) throw capacityBelowGoing(event.going);

      const fields: Partial<EventFields> = {};
      if (patch.title !== undefined) fields.title = patch.title;
      if (patch.description !== undefined) fields.description = patch.description;
      if (patch.startsAt !== undefined) fields.startsAt = patch.startsAt;
      if (patch.endsAt !== undefined) fields.endsAt = patch.endsAt;
      if (patch.timezone !== undefined) fields.timezone = patch.timezone;
      if (patch.place !== undefined) fields.place = patch.place;
      if (patch.capacity !== undefined) fields.capacity = patch.capacity;
      if (patch.rsvpDeadline !== undefined) fields.rsvpDeadline = patch.rsvpDeadline;
      if (patch.format !== undefined) fields.format = patch.format;
      await this.events.update(em, id, fields);
      if (patch.capacity !== undefined) await this.tell(em, id, viewer.id, 'waitlist_promoted', await this.events.promote(em, id));
      const changed =
        (patch.title !== undefined && patch.title !== event.title) ||
        (patch.place !== undefined && patch.place !== event.place) ||
        startsAt !== event.starts_at.getTime() ||
        endsAt !== event.ends_at.getTime();
      if (changed) await this.tell(em, id, viewer.id, 'event_changed');
    });
    return this.loadFor(viewer, id);
  }

  /**
   * Cancelling keeps the event, its answers and picks (calendar feeds show it as cancelled), and tells those going or
   * waitlisted; a second cancel changes nothing.
   */
  async cancel(member: AuthenticatedMember, id: string): Promise<Event> {
    const viewer = viewerOf(member);
    await this.asOrganiser(viewer, id, async (em, event) => {
      if (event.status === 'cancelled') return;
      await this.events.cancel(em, id);
      await this.tell(em, id, viewer.id, 'event_cancelled');
    });
    return this.loadFor(viewer, id);
  }

  /**
   * Under the event's row lock, so that answers to one event are decided one after another: going while there is
   * a seat, else at the end of the waitlist; a seat given up goes to the head of the waitlist.
   */
  async rsvp(member: AuthenticatedMember, id: string, input: Rsvp): Promise<MyRsvp> {
    const viewer = viewerOf(member);
    return this.events.manager.transaction(async (em) => {
      const event = await this.events.lockVisible(em, id, viewer);
      if (!event) throw eventNotFound();
      if (event.status === 'cancelled') throw eventCancelled();
      if (event.over) throw eventOver();
      if (event.closed) throw rsvpClosed();

      const attending = event.my_status === 'going' || event.my_status === 'waitlisted';
      if (input.status === 'going' && attending) {
        // Already counted: only the privacy of the answer may change (the place in the waitlist stays).
        if (input.private !== undefined && input.private !== event.my_private) await this.events.setPrivate(em, id, viewer.id, input.private);
      } else if (input.status === 'going') {
        await this.events.answerGoing(em, id, viewer.id, input.private);
      } else {
        await this.events.answerNotGoing(em, id, viewer.id, input.private);
        // Whoever no longer attends has no one left to meet there.
        if (attending) await this.events.deleteWants(em, id, viewer.id);
        await this.tell(em, id, viewer.id, 'waitlist_promoted', await this.events.promote(em, id));
      }
      const mine = await this.events.myRsvp(em, id, viewer.id);
      if (!mine) throw new Error(`the answer to ${id} vanished`);
      return { status: mine.status, waitlistPosition: mine.position, private: mine.private };
    });
  }

  /** Who is going (private answers counted, never named); the waitlist in order for the organiser and the manager. */
  async attendees(member: AuthenticatedMember, id: string): Promise<Attendees> {
    const viewer = viewerOf(member);
    const event = await this.events.findVisible(id, viewer);
    if (!event) throw eventNotFound();
    const organising = canEdit(event, viewer);
    const [going, privateCount, waitlist] = await Promise.all([
      this.events.listedGoing(id, viewer),
      this.events.privateGoingCount(id),
      organising ? this.events.waitlist(id) : Promise.resolve(null),
    ]);
    return {
      going: going.map(toAttendee),
      counts: { going: event.going, waitlisted: event.waitlisted, private: privateCount },
      ...(waitlist ? { waitlist: waitlist.map((row) => ({ ...toAttendee(row), position: row.position })) } : {}),
    };
  }

  /** The organiser's and the manager's list: everyone going, then the waitlist, private answers included. */
  async attendeesCsv(member: AuthenticatedMember, id: string): Promise<AttendeesCsv> {
    const viewer = viewerOf(member);
    const event = await this.events.findVisible(id, viewer);
    if (!event) throw eventNotFound();
    if (!canEdit(event, viewer)) throw notTheOrganiser();
    const rows = await this.events.exportRows(id);
    const csv = stringify(
      rows.map((row) => [row.display_name, row.business_name ?? '', row.email, row.status, row.position ?? '', row.private ? 'yes' : 'no']),
      {
        header: true,
        columns: ['name', 'business', 'e-mail', 'status', 'position', 'private'],
        // A name such as «=HYPERLINK(…)» stays text in a spreadsheet; the BOM makes Excel read UTF-8 (accents).
        escape_formulas: true,
        bom: true,
      },
    );
    return { csv, filename: `${fileNameOf(event.title)}-attendees.csv` };
  }

  async wants(member: AuthenticatedMember, id: string): Promise<Wants> {
    const viewer = viewerOf(member);
    const event = await this.events.findVisible(id, viewer);
    if (!event) throw eventNotFound();
    if (event.format !== 'networking_lunch') throw wantsNotAllowed('Only before a networking lunch');
    return { memberIds: await this.events.wants(id, viewer) };
  }

  /**
   * Replaces the caller's picks under the event's lock: the caller attends, each pick is going (and listed),
   * never oneself; one request at a time, so the maximum holds.
   */
  async setWants(member: AuthenticatedMember, id: string, input: Wants): Promise<Wants> {
    const viewer = viewerOf(member);
    return this.events.manager.transaction(async (em) => {
      const event = await this.events.lockVisible(em, id, viewer);
      if (!event) throw eventNotFound();
      if (event.format !== 'networking_lunch') throw wantsNotAllowed('Only before a networking lunch');
      if (event.status === 'cancelled') throw eventCancelled();
      if (event.over) throw eventOver();
      if (event.my_status !== 'going' && event.my_status !== 'waitlisted') throw wantsNotAllowed('Only its attendees pick people to meet');
      if (input.memberIds.includes(viewer.id)) throw wantsNotAllowed('Not oneself', 'memberIds');
      const pickable = await this.events.pickable(em, id, input.memberIds, viewer);
      if (input.memberIds.some((memberId) => !pickable.has(memberId))) throw wantsNotAllowed('Only people going to it', 'memberIds');
      await this.events.replaceWants(em, id, viewer.id, input.memberIds);
      return { memberIds: input.memberIds };
    });
  }

  /**
   * Re-encodes the image (only once the caller may change the event), stores it under a new name, then points the
   * event at it under its lock. The old file goes once the row no longer names it; the new one if the row was not written.
   */
  async setCover(member: AuthenticatedMember, id: string, body: unknown): Promise<Event> {
    const viewer = viewerOf(member);
    const event = await this.events.findVisible(id, viewer);
    if (!event) throw eventNotFound();
    if (!canEdit(event, viewer)) throw notTheOrganiser();
    if (!Buffer.isBuffer(body) || body.length === 0) throw notAnImage();
    const webp = await toStoredImage(body, COVER_WIDTH, COVER_HEIGHT);
    if (!webp) throw notAnImage();
    const file = await this.store.save(webp);
    let previous: string | null;
    try {
      previous = await this.replaceCover(viewer, id, file);
    } catch (error) {
      await this.store.remove(file);
      throw error;
    }
    if (previous) await this.store.remove(previous);
    return this.loadFor(viewer, id);
  }

  async removeCover(member: AuthenticatedMember, id: string): Promise<void> {
    const previous = await this.replaceCover(viewerOf(member), id, null);
    if (previous) await this.store.remove(previous);
  }

  /** The cover's bytes, for whoever may see the event. */
  async cover(member: AuthenticatedMember, id: string): Promise<{ bytes: Buffer; file: string }> {
    const event = await this.events.findVisible(id, viewerOf(member));
    if (!event) throw eventNotFound();
    if (!event.cover_file) throw coverNotFound();
    const bytes = await this.store.read(event.cover_file);
    if (!bytes) throw coverNotFound();
    return { bytes, file: event.cover_file };
  }

  private async replaceCover(viewer: EventViewer, id: string, file: string | null): Promise<string | null> {
    let previous: string | null = null;
    await this.asOrganiser(viewer, id, async (em, event) => {
      previous = event.cover_file;
      if (previous !== file) await this.events.setCover(em, id, file);
    });
    return previous;
  }

  /** Runs the change holding the event's lock, as its organiser or the manager: 404 when not visible, else 403. */
  private async asOrganiser(viewer: EventViewer, id: string, change: (em: EntityManager, event: LockedEvent) => Promise<void>): Promise<void> {
    await this.events.manager.transaction(async (em) => {
      const event = await this.events.lockVisible(em, id, viewer);
      if (!event) throw eventNotFound();
      if (!canEdit(event, viewer)) throw notTheOrganiser();
      await change(em, event);
    });
  }

  /**
   * Tells about a change to the event, in the transaction that makes it: these members (none: nobody), or everyone
   * going and waitlisted; only those who may see it, never whoever made the change.
   */
  private async tell(
    em: EntityManager,
    id: string,
    actorId: string,
    kind: 'waitlist_promoted' | 'event_changed' | 'event_cancelled',
    memberIds?: string[],
  ): Promise<void> {
    if (memberIds?.length === 0) return;
    const audience = await this.events.audience(em, id, actorId, memberIds);
    if (audience.member_ids.length === 0) return;
    await this.notifications.notify(em, {
      memberIds: audience.member_ids,
      kind,
      data: { eventTitle: audience.title, startsAt: audience.starts_at.toISOString() },
      link: `/events/${id}`,
    });
  }

  private async loadFor(viewer: EventViewer, id: string): Promise<Event> {
    const row = await this.events.findVisible(id, viewer);
    if (!row) throw eventNotFound();
    return toEvent(row, viewer);
  }
}

/** «Dinar de networking: l'IA» → «dinar-de-networking-l-ia». */
function fileNameOf(title: string): string {
  const ascii = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return ascii || 'event';
}
