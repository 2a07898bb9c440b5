import type { Service } from '@tertulia/domain';
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../../components/ui/markdown';
import { useLocale } from '../../../lib/i18n';
import { formatDate } from '../../../lib/time';
import { useUpdateService } from '../api/update-service';
import { draftFromService, updateServiceBody } from '../utils/service-draft';
import { ServiceForm } from './service-form';

/** Where the keyboard focus can be put back after a move or an edit. */
export interface ServiceItemHandle {
  focus: (target: 'up' | 'down' | 'edit') => void;
}

export interface ServiceItemProps {
  service: Service;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  ref?: Ref<ServiceItemHandle>;
}

/** One of the member's services: read, edit in place, move up or down, remove. */
export function ServiceItem({ service, first, last, busy, onMove, onRemove, ref }: ServiceItemProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useUpdateService();
  const [editing, setEditing] = useState(false);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const headingId = `service-${service.id}-title`;

  useImperativeHandle(ref, () => ({
    focus: (target) => (target === 'up' ? upRef : target === 'down' ? downRef : editRef).current?.focus(),
  }));

  const stopEditing = () => {
    setEditing(false);
    update.reset();
    // Back to the button that opened the form (after it is shown again).
    requestAnimationFrame(() => editRef.current?.focus());
  };

  const title = <span className="visually-hidden"> {service.title}</span>;

  return (
    <li className="row service-item" aria-labelledby={headingId}>
      <div className="row__main">
        <h3 id={headingId} className="row__title">
          {service.title}
        </h3>
        {service.hidden ? (
          <p className="notice notice--warn">
            {t('profile.services.hiddenNotice', { reason: service.hidden.reason, date: formatDate(service.hidden.at, locale) })}
          </p>
        ) : null}
        {editing ? (
          <ServiceForm
            initial={draftFromService(service)}
            label={t('profile.services.editLabel', { title: service.title })}
            submitLabel={t('profile.services.save')}
            toBody={updateServiceBody}
            pending={update.isPending}
            error={update.error}
            onSubmit={(patch) => update.mutate({ id: service.id, patch }, { onSuccess: stopEditing })}
            onCancel={stopEditing}
          />
        ) : (
          <>
            <p>{service.summary}</p>
            <p className="small muted service-item__meta">
              {service.category ? <span className="badge badge--plain">{service.category.names[locale]}</span> : null}
              {service.pricingNote ? <span>{service.pricingNote}</span> : null}
            </p>
            {service.tags.length > 0 ? (
              <ul className="tags" aria-label={t('profile.services.tags')}>
                {service.tags.map((tag) => (
                  <li key={tag} className="tag">
                    {tag}
                  </li>
                ))}
              </ul>
            ) : null}
            {service.description ? (
              <details className="service-item__details">
                <summary>{t('profile.services.showDescription')}</summary>
                <Markdown source={service.description} />
              </details>
            ) : null}
            {service.idealClient ? (
              <p className="small">
                <strong>{t('profile.services.idealClientShort')}</strong> {service.idealClient}
              </p>
            ) : null}
          </>
        )}
      </div>
      {editing ? null : (
        <div className="row__actions button-row">
          <button ref={editRef} type="button" className="button button--small button--quiet" onClick={() => setEditing(true)}>
            {t('profile.services.edit')}
            {title}
          </button>
          <button
            ref={upRef}
            type="button"
            className="button button--small button--quiet"
            aria-disabled={first || busy}
            onClick={() => {
              if (!first && !busy) onMove(-1);
            }}
          >
            {t('profile.services.moveUp')}
            {title}
          </button>
          <button
            ref={downRef}
            type="button"
            className="button button--small button--quiet"
            aria-disabled={last || busy}
            onClick={() => {
              if (!last && !busy) onMove(1);
            }}
          >
            {t('profile.services.moveDown')}
            {title}
          </button>
          <button type="button" className="button button--small button--quiet-danger" onClick={onRemove}>
            {t('profile.services.remove')}
            {title}
          </button>
        </div>
      )}
    </li>
  );
}
