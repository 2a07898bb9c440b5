import { calendarFile, calendarFileName } from './calendar-file';

const ICAL = require('ical.js').default ?? require('ical.js');

describe('calendarFileName', () => {
  it('keeps plain letters and digits of the title', () => {
    expect(calendarFileName('Dinar de networking: «Vendre més»')).toBe('dinar-de-networking-vendre-mes.ics');
    expect(calendarFileName('  Taller 3D — Ñandú  ')).toBe('taller-3d-nandu.ics');
    expect(calendarFileName('晚餐')).toBe('event.ics');
    expect(calendarFileName('x'.repeat(100))).toBe(`${'x'.repeat(60)}.ics`);
  });
});

describe('calendarFile', () => {
  const at = (iso: string) => new Date(iso);

  it('writes breakfasts in the member’s language, cancelled ones as CANCELLED', () => {
    const text = calendarFile({
      origin: 'https://tertulia.example.org',
      events: [],
      breakfasts: [
        {
          id: 'b1',
          startsAt: at('2031-01-09T08:00:00Z'),
          endsAt: at('2031-01-09T08:45:00Z'),
          place: 'La cuina',
          topic: 'Fotografia',
          summary: null,
          presenterName: 'Anna',
          cancelled: true,
          sequence: 7,
          createdAt: at('2030-12-01T00:00:00Z'),
          updatedAt: at('2030-12-02T00:00:00Z'),
        },
      ],
      locale: 'es',
      feed: true,
    });
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Tertulia');
    const [vevent] = calendar.getAllSubcomponents('vevent');
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe('breakfast-b1@tertulia');
    expect(event.summary).toBe('Desayuno: Fotografia');
    expect(event.description).toBe('Presenta: Anna');
    expect(event.sequence).toBe(7);
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://tertulia.example.org/breakfasts');
    expect(event.startDate.toJSDate().toISOString()).toBe('2031-01-09T08:00:00.000Z');
    // The same data gives the same file: stamps are the last change, not the time of the request.
    expect(text).toContain('DTSTAMP:20301202T000000Z');
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
  });
});
