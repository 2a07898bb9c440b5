import type { Event } from '@tertulia/domain';
import { createInput, DEADLINE_AFTER_END, draftFromEvent, emptyDraft, ENDS_BEFORE_START, updateInput } from './event-draft';

const filled = {
  ...emptyDraft(),
  title: '  Networking lunch  ',
  description: 'Bring **cards**',
  startDate: '2026-12-03',
  startTime: '13:30',
  endDate: '2026-12-03',
  endTime: '15:00',
  place: 'Sala gran',
  capacity: '3',
  format: 'networking_lunch' as const,
};

describe('createInput', () => {
  it('builds the POST body with moments in the event zone', () => {
    const result = createInput(filled);
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Networking lunch',
        description: 'Bring **cards**',
        startsAt: '2026-12-03T13:30:00+01:00',
        endsAt: '2026-12-03T15:00:00+01:00',
        timezone: 'Europe/Madrid',
        place: 'Sala gran',
        capacity: 3,
        rsvpDeadline: null,
        format: 'networking_lunch',
        circleId: null,
      },
    });
  });

  it('uses the zone chosen, a circle audience, and an empty capacity as no limit', () => {
    const result = createInput({ ...filled, timezone: 'Europe/London', capacity: ' ', audience: '0b7f7d3e-1c1a-4c55-9a4e-2d0c8e7f6a11', deadlineDate: '2026-12-02', deadlineTime: '12:00' });
    expect(result.ok && result.value).toMatchObject({
      startsAt: '2026-12-03T13:30:00+00:00',
      capacity: null,
      rsvpDeadline: '2026-12-02T12:00:00+00:00',
      circleId: '0b7f7d3e-1c1a-4c55-9a4e-2d0c8e7f6a11',
    });
  });

  it('names the fields to fix, with the form’s own checks', () => {
    const fields = (draft: typeof filled) => {
      const result = createInput(draft);
      return result.ok ? [] : result.issues.map((issue) => `${String(issue.path[0])}:${issue.code}`);
    };
    expect(fields({ ...filled, title: ' ', startTime: '' })).toEqual(['title:too_small', 'startDate:invalid_format']);
    expect(fields({ ...filled, endTime: '12:00' })).toEqual([`endDate:${ENDS_BEFORE_START}`]);
    expect(fields({ ...filled, deadlineDate: '2026-12-04', deadlineTime: '10:00' })).toEqual([`deadlineDate:${DEADLINE_AFTER_END}`]);
    expect(fields({ ...filled, capacity: '2.5' })).toEqual(['capacity:invalid_type']);
    expect(fields({ ...filled, capacity: '0' })).toEqual(['capacity:too_small']);
  });
});

describe('updateInput and draftFromEvent', () => {
  it('shows an event on its own clock and sends it back unchanged', () => {
    const event = {
      title: 'Lunch',
      description: null,
      startsAt: '2026-07-10T11:00:00.000Z',
      endsAt: '2026-07-10T12:30:00.000Z',
      timezone: 'Europe/Madrid',
      place: null,
      capacity: null,
      rsvpDeadline: '2026-07-09T20:00:00.000Z',
      format: 'social',
      circle: null,
    } as unknown as Event;
    const draft = draftFromEvent(event);
    expect(draft).toMatchObject({ startDate: '2026-07-10', startTime: '13:00', endTime: '14:30', deadlineDate: '2026-07-09', deadlineTime: '22:00', capacity: '' });
    const result = updateInput(draft);
    expect(result.ok && result.value).toMatchObject({ startsAt: '2026-07-10T13:00:00+02:00', rsvpDeadline: '2026-07-09T22:00:00+02:00', description: null });
    expect(result.ok && 'circleId' in result.value).toBe(false);
  });
});
