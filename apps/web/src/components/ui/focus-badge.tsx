import type { FocusStatus } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/i18n';
import { communityToday, formatTime } from '../../lib/time';

/** How a member's focus reads: until a time today, for the rest of the day, or not at all. */
export type FocusState = { kind: 'until'; time: string } | { kind: 'restOfDay' } | null;

/**
 * «In focus until 14:00» when the focus ends today at the coworking (Europe/Madrid), «for the
 * rest of the day» when it lasts until midnight or beyond; nothing once it has passed.
 */
export function focusState(focusUntil: string | null, locale: string, now: Date = new Date()): FocusState {
  if (!focusUntil) return null;
  const until = new Date(focusUntil);
  if (Number.isNaN(until.getTime()) || until.getTime() <= now.getTime()) return null;
  if (communityToday(until) > communityToday(now)) return { kind: 'restOfDay' };
  return { kind: 'until', time: formatTime(until, locale) };
}

/** A member's focus and coffee availability, as small badges (nothing when neither applies). */
export function FocusBadge({ focus, now }: { focus: FocusStatus; now?: Date }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const state = focusState(focus.focusUntil, locale, now);
  if (!state && !focus.openToCoffee) return null;
  return (
    <span className="focus-badges">
      {state ? (
        <span className="badge badge--focus">
          {state.kind === 'until' ? t('directory.focus.until', { time: state.time }) : t('directory.focus.restOfDay')}
        </span>
      ) : null}
      {focus.openToCoffee ? <span className="badge badge--coffee">{t('directory.focus.openToCoffee')}</span> : null}
    </span>
  );
}
