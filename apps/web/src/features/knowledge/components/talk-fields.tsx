import type { BreakfastSession, Event, Post } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import type { FieldErrors } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatDateTime, formatDay } from '../../../lib/time';
import { useTalkBreakfasts, useTalkEvents } from '../api/get-talk-links';
import { TALK_MODES, type PostDraft } from '../utils/post-draft';

export interface TalkFieldsProps {
  draft: PostDraft;
  errors: FieldErrors;
  /** The post being edited: its linked event or breakfast stays a choice even when no longer coming. */
  post?: Post;
  set: <K extends keyof PostDraft>(key: K, value: PostDraft[K]) => void;
}

/** When and where a talk is: a day, a time (the coworking's clock) and a place, or an event or breakfast it is part of. */
export function TalkFields({ draft, errors, post, set }: TalkFieldsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const events = useTalkEvents(draft.talkMode === 'event');
  const breakfasts = useTalkBreakfasts(draft.talkMode === 'breakfast');

  const eventOptions = (events.data ?? []).map((event: Event) => ({
    value: event.id,
    label: `${event.title} · ${formatDateTime(event.startsAt, locale)}`,
  }));
  const linkedEvent = post?.talk?.event;
  if (linkedEvent && !eventOptions.some((option) => option.value === linkedEvent.id)) {
    eventOptions.unshift({ value: linkedEvent.id, label: `${linkedEvent.title} · ${formatDateTime(linkedEvent.startsAt, locale)}` });
  }
  const breakfastOptions = (breakfasts.data ?? []).map((session: BreakfastSession) => ({
    value: session.id,
    label: [formatDay(session.date, locale), session.presenter?.displayName, session.topic].filter(Boolean).join(' · '),
  }));
  const linkedBreakfast = post?.talk?.breakfast;
  if (linkedBreakfast && !breakfastOptions.some((option) => option.value === linkedBreakfast.id)) {
    breakfastOptions.unshift({ value: linkedBreakfast.id, label: formatDay(linkedBreakfast.date, locale) });
  }

  return (
    <fieldset className="fieldset talk-fields">
      <legend>{t('knowledge.talkForm.legend')}</legend>
      <div className="choices" role="radiogroup" aria-label={t('knowledge.talkForm.modeLabel')}>
        {TALK_MODES.map((mode) => (
          <div key={mode} className="checkbox-field">
            <input
              id={`talk-mode-${mode}`}
              type="radio"
              name="talkMode"
              value={mode}
              checked={draft.talkMode === mode}
              onChange={() => set('talkMode', mode)}
            />
            <label htmlFor={`talk-mode-${mode}`}>{t(`knowledge.talkForm.modes.${mode}`)}</label>
          </div>
        ))}
      </div>

      {draft.talkMode === 'own' ? (
        <>
          <div className="post-form__pair">
            <TextField
              name="talkDate"
              type="date"
              label={t('knowledge.talkForm.date')}
              value={draft.talkDate}
              onChange={(change) => set('talkDate', change.target.value)}
              required
              error={errors.talkDate}
            />
            <TextField
              name="talkTime"
              type="time"
              label={t('knowledge.talkForm.time')}
              hint={t('knowledge.talkForm.timeHint')}
              value={draft.talkTime}
              onChange={(change) => set('talkTime', change.target.value)}
              required
            />
          </div>
          <TextField
            name="talkPlace"
            label={t('knowledge.talkForm.place')}
            hint={t('knowledge.talkForm.placeHint')}
            value={draft.talkPlace}
            onChange={(change) => set('talkPlace', change.target.value)}
            maxLength={300}
            required
            error={errors.talkPlace}
          />
        </>
      ) : null}

      {draft.talkMode === 'event' ? (
        events.isPending ? (
          <p className="muted">{t('app.loading')}</p>
        ) : (
          <SelectField
            name="talkEventId"
            label={t('knowledge.talkForm.event')}
            value={draft.talkEventId}
            onChange={(change) => set('talkEventId', change.target.value)}
            options={[{ value: '', label: eventOptions.length ? t('knowledge.talkForm.chooseEvent') : t('knowledge.talkForm.noEvents') }, ...eventOptions]}
            error={errors.talkEventId}
          />
        )
      ) : null}

      {draft.talkMode === 'breakfast' ? (
        breakfasts.isPending ? (
          <p className="muted">{t('app.loading')}</p>
        ) : (
          <SelectField
            name="talkBreakfastId"
            label={t('knowledge.talkForm.breakfast')}
            value={draft.talkBreakfastId}
            onChange={(change) => set('talkBreakfastId', change.target.value)}
            options={[
              { value: '', label: breakfastOptions.length ? t('knowledge.talkForm.chooseBreakfast') : t('knowledge.talkForm.noBreakfasts') },
              ...breakfastOptions,
            ]}
            error={errors.talkBreakfastId}
          />
        )
      ) : null}
      {errors.talkMode ? <p className="field-error">{errors.talkMode}</p> : null}
    </fieldset>
  );
}
