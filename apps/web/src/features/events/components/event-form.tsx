import { EVENT_FORMATS, type CircleSummary, type CurrentMember, type Event } from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { FieldFrame } from '../../../components/ui/field-frame';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { errorMessage, fieldErrorsFromApi, fieldErrorsFromIssues, type FieldErrors, type SchemaIssue } from '../../../lib/errors';
import { focusFirstInvalid } from '../../../lib/forms';
import { useCreateEvent } from '../api/create-event';
import { useUpdateEvent } from '../api/update-event';
import { useUploadCover } from '../api/upload-cover';
import { createInput, DEADLINE_AFTER_END, ENDS_BEFORE_START, formField, updateInput, type EventDraft } from '../utils/event-draft';
import { timeZoneChoices } from '../../../lib/zoned-time';
import { MarkdownField } from '../../../components/ui/markdown-field';

export interface EventFormProps {
  viewer: CurrentMember;
  /** The circles the reader may hold events for (its admins; every circle for the manager). */
  circles: readonly CircleSummary[];
  initial: EventDraft;
  /** Editing this event; a new one otherwise. */
  event?: Event;
}

/** The API's and the schema's problems under the form's own field names, in the reader's language. */
function useFormErrors(issues: readonly SchemaIssue[], apiError: unknown): FieldErrors {
  const { t } = useTranslation();
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(fieldErrorsFromApi(t, apiError))) errors[formField(path)] ??= message;
  if (isApiError(apiError) && apiError.code === 'CAPACITY_BELOW_GOING') errors.capacity = t('errors.CAPACITY_BELOW_GOING');
  Object.assign(errors, fieldErrorsFromIssues(t, issues));
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if (issue.code === ENDS_BEFORE_START) errors[field] = t('events.form.endsBeforeStart');
    if (issue.code === DEADLINE_AFTER_END) errors[field] = t('events.form.deadlineAfterEnd');
    if (issue.code === 'invalid_format') errors[field] = t('events.form.momentInvalid');
  }
  return errors;
}

/** Title, description, when (in a time zone), where, how many, until when, what kind, for whom, and a cover. */
export function EventForm({ viewer, circles, initial, event }: EventFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const cover = useUploadCover();
  const formRef = useRef<HTMLFormElement>(null);
  const coverRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(initial);
  const [issues, setIssues] = useState<readonly SchemaIssue[]>([]);
  const [savedWithoutCover, setSavedWithoutCover] = useState<string | null>(null);
  const save = event ? update : create;
  const busy = save.isPending || cover.isPending;
  const errors = useFormErrors(issues, save.error);
  const hasFieldErrors = Object.keys(errors).length > 0;

  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) =>
    setDraft((current) => {
      const next = { ...current, [key]: value };
      // The end is most often the same day: filled in once the start is.
      if (key === 'startDate' && current.endDate === '') next.endDate = value as string;
      return next;
    });

  const finish = async (saved: Event) => {
    const file = coverRef.current?.files?.[0];
    if (file) {
      try {
        await cover.mutateAsync({ id: saved.id, file });
      } catch {
        setSavedWithoutCover(saved.id);
        return;
      }
    }
    await navigate(`/events/${saved.id}`);
  };

  const onSubmit = (submitted: FormEvent<HTMLFormElement>) => {
    submitted.preventDefault();
    if (busy) return;
    save.reset();
    cover.reset();
    setSavedWithoutCover(null);
    const invalid = (found: SchemaIssue[]) => {
      flushSync(() => setIssues(found));
      focusFirstInvalid(formRef.current);
    };
    const onError = () => focusFirstInvalid(formRef.current);
    if (event) {
      const result = updateInput(draft);
      if (!result.ok) return invalid(result.issues);
      setIssues([]);
      update.mutate({ id: event.id, patch: result.value }, { onSuccess: finish, onError });
    } else {
      const result = createInput(draft);
      if (!result.ok) return invalid(result.issues);
      setIssues([]);
      create.mutate(result.value, { onSuccess: finish, onError });
    }
  };

  const audiences = [
    ...(viewer.role === 'manager' ? [{ value: '', label: t('events.form.wholeSpace') }] : []),
    ...circles.map((circle) => ({ value: circle.id, label: t('events.form.circleAudience', { name: circle.name }) })),
  ];
  if (event?.circle && !audiences.some((option) => option.value === event.circle?.id)) {
    audiences.push({ value: event.circle.id, label: t('events.form.circleAudience', { name: event.circle.name }) });
  }

  return (
    <form ref={formRef} className="form event-form" noValidate onSubmit={onSubmit} aria-labelledby="page-heading">
      <TextField
        name="title"
        label={t('events.form.title')}
        value={draft.title}
        onChange={(change) => set('title', change.target.value)}
        maxLength={120}
        required
        error={errors.title}
      />
      <MarkdownField
        name="description"
        label={t('events.form.description')}
        value={draft.description}
        onChange={(description) => set('description', description)}
        maxLength={5000}
        error={errors.description}
      />
      <SelectField
        name="format"
        label={t('events.form.format')}
        value={draft.format}
        onChange={(change) => set('format', change.target.value as EventDraft['format'])}
        options={EVENT_FORMATS.map((format) => ({ value: format, label: t(`events.format.${format}`) }))}
        error={errors.format}
      />
      <SelectField
        name="audience"
        label={t('events.form.audience')}
        value={draft.audience}
        onChange={(change) => set('audience', change.target.value)}
        options={audiences}
        disabled={!!event}
        error={errors.audience}
      />
      {event ? <p className="field-hint">{t('events.form.audienceFixed')}</p> : null}

      <fieldset className="fieldset">
        <legend>{t('events.form.starts')}</legend>
        <div className="event-form__pair">
          <TextField name="startDate" type="date" label={t('events.form.date')} value={draft.startDate} onChange={(change) => set('startDate', change.target.value)} required error={errors.startDate} />
          <TextField name="startTime" type="time" label={t('events.form.time')} value={draft.startTime} onChange={(change) => set('startTime', change.target.value)} required />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('events.form.ends')}</legend>
        <div className="event-form__pair">
          <TextField name="endDate" type="date" label={t('events.form.date')} value={draft.endDate} onChange={(change) => set('endDate', change.target.value)} required error={errors.endDate} />
          <TextField name="endTime" type="time" label={t('events.form.time')} value={draft.endTime} onChange={(change) => set('endTime', change.target.value)} required />
        </div>
      </fieldset>
      <SelectField
        name="timezone"
        label={t('events.form.timezone')}
        value={draft.timezone}
        onChange={(change) => set('timezone', change.target.value)}
        options={timeZoneChoices(draft.timezone).map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
        error={errors.timezone}
      />
      <TextField
        name="place"
        label={t('events.form.place')}
        hint={t('events.form.placeHint')}
        value={draft.place}
        onChange={(change) => set('place', change.target.value)}
        maxLength={300}
        error={errors.place}
      />
      <TextField
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        max={10000}
        label={t('events.form.capacity')}
        hint={t('events.form.capacityHint')}
        value={draft.capacity}
        onChange={(change) => set('capacity', change.target.value)}
        error={errors.capacity}
      />
      <fieldset className="fieldset" aria-describedby="event-deadline-hint">
        <legend>{t('events.form.deadline')}</legend>
        <p id="event-deadline-hint" className="field-hint">
          {t('events.form.deadlineHint')}
        </p>
        <div className="event-form__pair">
          <TextField name="deadlineDate" type="date" label={t('events.form.date')} value={draft.deadlineDate} onChange={(change) => set('deadlineDate', change.target.value)} error={errors.deadlineDate} />
          <TextField name="deadlineTime" type="time" label={t('events.form.time')} value={draft.deadlineTime} onChange={(change) => set('deadlineTime', change.target.value)} />
        </div>
      </fieldset>
      <FieldFrame label={t('events.form.cover')} hint={event?.coverUrl ? t('events.form.coverReplaceHint') : t('events.form.coverHint')}>
        {(control) => <input {...control} ref={coverRef} name="cover" type="file" accept="image/jpeg,image/png,image/webp" />}
      </FieldFrame>

      <ErrorAlert>{save.isError && !hasFieldErrors ? errorMessage(t, save.error) : null}</ErrorAlert>
      {savedWithoutCover ? (
        <ErrorAlert>
          {t('events.form.coverFailed', { error: errorMessage(t, cover.error) })}{' '}
          <Link to={`/events/${savedWithoutCover}`}>{t('events.form.openEvent')}</Link>
        </ErrorAlert>
      ) : null}
      <div className="form__actions">
        <button type="submit" hidden={!event && !!savedWithoutCover} className="button" aria-disabled={busy} aria-busy={busy}>
          {event ? t('events.form.save') : t('events.form.create')}
        </button>
        <Link to={event ? `/events/${event.id}` : '/events'} className="button button--quiet">
          {t('events.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
