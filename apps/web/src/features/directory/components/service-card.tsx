import type { Service } from '@tertulia/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Markdown } from '../../../components/ui/markdown';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { useModerateService } from '../api/moderate-service';
import { HideServiceDialog } from './hide-service-dialog';
import { SkillTags } from './skill-tags';

export interface ServiceCardProps {
  service: Service;
  /** The manager may hide it (with a reason) or show it again. */
  canModerate: boolean;
  /** A short sentence for the page's status line after hiding or showing. */
  onModerated: (message: string) => void;
}

/** One service a member's business offers, as their profile shows it. */
export function ServiceCard({ service, canModerate, onModerated }: ServiceCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [hiding, setHiding] = useState(false);
  const show = useModerateService();
  const headingId = `service-${service.id}-title`;
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The button pressed is gone (Hide became Show again): keep the keyboard focus on this service.
  // (After the dialog has closed: a modal dialog keeps the rest of the page inert.)
  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (refocus > 0) headingRef.current?.focus();
  }, [refocus]);
  const moderated = (message: string) => {
    onModerated(message);
    setRefocus((count) => count + 1);
  };

  const onShow = () => {
    if (show.isPending) return;
    show.mutate(
      { id: service.id, hiddenReason: null },
      { onSuccess: () => moderated(t('directory.moderation.shown', { title: service.title })) },
    );
  };

  return (
    <li>
      <article className={['card', 'service', service.hidden ? 'service--hidden' : ''].join(' ')} aria-labelledby={headingId}>
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {service.title}
        </h3>
        {service.category || service.hidden ? (
          <p className="service__meta">
            {service.category ? (
              <span className="badge badge--info">{service.category.names[locale]}</span>
            ) : null}
            {service.hidden ? <span className="badge badge--warn">{t('directory.services.hiddenBadge')}</span> : null}
          </p>
        ) : null}
        {service.hidden ? (
          <p className="notice notice--error">{t('directory.services.hiddenNotice', { reason: service.hidden.reason })}</p>
        ) : null}
        <p className="service__summary">{service.summary}</p>
        {service.description ? <Markdown source={service.description} /> : null}
        {service.pricingNote || service.idealClient ? (
          <dl className="profile-facts">
            {service.pricingNote ? (
              <>
                <dt>{t('directory.services.pricing')}</dt>
                <dd>{service.pricingNote}</dd>
              </>
            ) : null}
            {service.idealClient ? (
              <>
                <dt>{t('directory.services.idealClient')}</dt>
                <dd>{service.idealClient}</dd>
              </>
            ) : null}
          </dl>
        ) : null}
        <SkillTags skills={service.tags} label={t('directory.services.tags')} />
        {canModerate ? (
          <div className="button-row">
            {service.hidden ? (
              <button type="button" className="button button--quiet button--small" onClick={onShow} aria-disabled={show.isPending}>
                {t('directory.moderation.show')}
              </button>
            ) : (
              <button type="button" className="button button--quiet-danger button--small" onClick={() => setHiding(true)}>
                {t('directory.moderation.hide')}
              </button>
            )}
          </div>
        ) : null}
        {show.isError ? <ErrorAlert>{errorMessage(t, show.error)}</ErrorAlert> : null}
        {canModerate && !service.hidden ? (
          <HideServiceDialog
            service={service}
            open={hiding}
            onClose={() => setHiding(false)}
            onHidden={() => {
              setHiding(false);
              moderated(t('directory.moderation.hidden', { title: service.title }));
            }}
          />
        ) : null}
      </article>
    </li>
  );
}
