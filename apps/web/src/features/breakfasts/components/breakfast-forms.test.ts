import { BreakfastSettingsSchema, CreateClosureSchema } from '@tertulia/domain';
import type { TFunction } from 'i18next';
import { settingsFromForm } from './breakfast-settings-form';
import { closureErrors } from './closures-section';
import { withDate, withoutDate } from './presenter-preferences';
import { presenterOptions } from './session-manager-actions';

// A stand-in translator that shows which key would be used.
const t = ((key: string) => key) as unknown as TFunction;

describe('the settings form', () => {
  it('turns the form values into the settings the API takes', () => {
    const values = settingsFromForm({
      weekday: '4',
      startTime: '09:00',
      durationMinutes: '45',
      place: 'La cuina',
      timezone: ' Europe/Madrid ',
      active: 'on',
    });
    expect(BreakfastSettingsSchema.parse(values)).toEqual({
      weekday: 4,
      startTime: '09:00',
      durationMinutes: 45,
      place: 'La cuina',
      timezone: 'Europe/Madrid',
      active: true,
    });
  });

  it('reads an unticked checkbox as off and an empty number as missing', () => {
    const parsed = BreakfastSettingsSchema.safeParse(
      settingsFromForm({ weekday: '4', startTime: '09:00', durationMinutes: '', place: 'x', timezone: 'Mars/Olympus' }),
    );
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['durationMinutes', 'timezone']));
    expect(settingsFromForm({})).toMatchObject({ active: false });
  });
});

describe('the closure form', () => {
  it('says in its own words that a closure cannot end before it starts', () => {
    const parsed = CreateClosureSchema.safeParse({ from: '2026-12-31', to: '2026-12-24' });
    expect(closureErrors(t, parsed.error!.issues)).toEqual({ to: 'breakfasts.closures.endsBeforeStart' });
    const empty = CreateClosureSchema.safeParse({ from: '', to: '' });
    expect(closureErrors(t, empty.error!.issues)).toMatchObject({ from: 'validation.invalid' });
  });
});

describe('the dates a member cannot present', () => {
  it('keeps each date once, in order', () => {
    expect(withDate(['2026-12-10'], '2026-12-03')).toEqual(['2026-12-03', '2026-12-10']);
    expect(withDate(['2026-12-03'], '2026-12-03')).toEqual(['2026-12-03']);
    expect(withoutDate(['2026-12-03', '2026-12-10'], '2026-12-03')).toEqual(['2026-12-10']);
  });
});

describe('the presenter select', () => {
  const members = [
    { id: 'a', displayName: 'Anna Serra' },
    { id: 'b', displayName: 'Berta Camps' },
  ];

  it('offers nobody first, then the active members', () => {
    expect(presenterOptions(members, members[0]!, 'No presenter')).toEqual([
      { value: '', label: 'No presenter' },
      { value: 'a', label: 'Anna Serra' },
      { value: 'b', label: 'Berta Camps' },
    ]);
  });

  it('keeps the current presenter even when they are no longer in the list', () => {
    expect(presenterOptions(members, { id: 'z', displayName: 'Zoe Left' }, 'No presenter').map((option) => option.value)).toEqual([
      '',
      'z',
      'a',
      'b',
    ]);
  });
});
