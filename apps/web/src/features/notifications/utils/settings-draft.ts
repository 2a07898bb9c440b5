import {
  EMAIL_FREQUENCY_DEFAULTS,
  NOTIFICATION_CATEGORIES,
  NotificationSettingsSchema,
  type EmailFrequency,
  type EmailPreferences,
  type NotificationCategory,
  type NotificationSettings,
} from '@tertulia/domain';

/** The settings form as the reader edits it: a frequency per category, and quiet hours on or off. */
export interface SettingsDraft {
  email: EmailPreferences;
  quiet: boolean;
  quietStart: string;
  quietEnd: string;
}

/** Quiet hours offered when they are switched on: the night. */
export const DEFAULT_QUIET_HOURS = { start: '22:00', end: '08:00' } as const;

/** Birthdays and anniversaries only ever come in a digest: no «instant» for them (unless it is already chosen). */
export function frequencyChoices(category: NotificationCategory, current: EmailFrequency): EmailFrequency[] {
  const choices: EmailFrequency[] = category === 'celebrations' ? ['daily', 'weekly', 'never'] : ['instant', 'daily', 'weekly', 'never'];
  return choices.includes(current) ? choices : [current, ...choices];
}

export function draftFromSettings(settings: NotificationSettings): SettingsDraft {
  const email = { ...EMAIL_FREQUENCY_DEFAULTS };
  for (const category of NOTIFICATION_CATEGORIES) email[category] = settings.email[category] ?? EMAIL_FREQUENCY_DEFAULTS[category];
  return {
    email,
    quiet: settings.quietHours !== null,
    quietStart: settings.quietHours?.start ?? DEFAULT_QUIET_HOURS.start,
    quietEnd: settings.quietHours?.end ?? DEFAULT_QUIET_HOURS.end,
  };
}

export type QuietHoursProblem = 'required' | 'invalid' | 'same';

export type SettingsResult =
  | { ok: true; settings: NotificationSettings }
  | { ok: false; errors: { quietStart?: QuietHoursProblem; quietEnd?: QuietHoursProblem } };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Browsers may give `22:00:00` when seconds are shown; the API takes `HH:MM`. */
const normaliseTime = (value: string) => value.trim().slice(0, 5);

/** What the form sends, or why it cannot: each quiet hour filled and valid, and not the same. */
export function settingsFromDraft(draft: SettingsDraft): SettingsResult {
  if (!draft.quiet) return parse({ email: draft.email, quietHours: null });
  const start = normaliseTime(draft.quietStart);
  const end = normaliseTime(draft.quietEnd);
  const problem = (value: string): QuietHoursProblem | undefined =>
    value === '' ? 'required' : TIME.test(value) ? undefined : 'invalid';
  const errors = { quietStart: problem(start), quietEnd: problem(end) };
  if (!errors.quietStart && !errors.quietEnd && start === end) errors.quietEnd = 'same';
  if (errors.quietStart || errors.quietEnd) return { ok: false, errors: dropUndefined(errors) };
  return parse({ email: draft.email, quietHours: { start, end } });
}

function parse(settings: NotificationSettings): SettingsResult {
  const parsed = NotificationSettingsSchema.safeParse(settings);
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, errors: { quietEnd: 'invalid' } };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

