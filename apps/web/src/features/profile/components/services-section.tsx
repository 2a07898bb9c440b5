import type { Service } from '@tertulia/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { errorMessage } from '../../../lib/errors';
import { useCreateService } from '../api/create-service';
import { useDeleteService } from '../api/delete-service';
import { useReorderServices } from '../api/reorder-services';
import { createServiceBody, EMPTY_SERVICE, moved } from '../utils/service-draft';
import { ServiceForm } from './service-form';
import { ServiceItem, type ServiceItemHandle } from './service-item';

/** «What I offer»: the member's services (hidden ones too, with the manager's reason), in their order, and a form to add one. */
export function ServicesSection({ memberId, services }: { memberId: string; services: readonly Service[] }) {
  const { t } = useTranslation();
  const create = useCreateService();
  const remove = useDeleteService();
  const reorder = useReorderServices(memberId);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Service | null>(null);
  const items = useRef(new Map<string, ServiceItemHandle>());
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After a move, the keyboard focus follows the service to its new place.
  const [refocus, setRefocus] = useState<{ id: string; target: 'up' | 'down'; index: number } | null>(null);
  const ordered = [...services].sort((a, b) => a.position - b.position);
  const placeOf = (id: string) => ordered.findIndex((service) => service.id === id);

  useEffect(() => {
    if (!refocus || placeOf(refocus.id) !== refocus.index) return;
    items.current.get(refocus.id)?.focus(refocus.target);
    setRefocus(null);
  });

  const move = (index: number, delta: -1 | 1) => {
    const service = ordered[index];
    const ids = moved(
      ordered.map((found) => found.id),
      index,
      delta,
    );
    if (!service || !ids) return;
    setNotice(null);
    setRefocus({ id: service.id, target: delta < 0 ? 'up' : 'down', index: index + delta });
    reorder.mutate(
      { ids },
      {
        onSuccess: () =>
          setNotice(t('profile.services.movedTo', { title: service.title, position: index + delta + 1, total: ids.length })),
        onError: () => setRefocus(null),
      },
    );
  };

  const confirmRemove = () => {
    if (!removing || remove.isPending) return;
    const service = removing;
    remove.mutate(service.id, {
      onSuccess: () => {
        setRemoving(null);
        setNotice(t('profile.services.removed', { title: service.title }));
        // The service and its buttons are gone: the focus goes to the list's heading.
        headingRef.current?.focus();
      },
    });
  };

  return (
    <section className="card stack" aria-labelledby="profile-services-heading">
      <div>
        <h2 id="profile-services-heading" ref={headingRef} tabIndex={-1}>
          {t('profile.services.heading')}
        </h2>
        <p className="small muted">{t('profile.services.intro')}</p>
      </div>
      {ordered.length === 0 ? (
        <p className="muted">{t('profile.services.none')}</p>
      ) : (
        <ol className="rows services-list" aria-labelledby="profile-services-heading">
          {ordered.map((service, index) => (
            <ServiceItem
              key={service.id}
              ref={(handle) => {
                if (handle) items.current.set(service.id, handle);
                else items.current.delete(service.id);
              }}
              service={service}
              first={index === 0}
              last={index === ordered.length - 1}
              busy={reorder.isPending}
              onMove={(delta) => move(index, delta)}
              onRemove={() => {
                remove.reset();
                setRemoving(service);
              }}
            />
          ))}
        </ol>
      )}
      <ErrorAlert>{reorder.isError ? errorMessage(t, reorder.error) : null}</ErrorAlert>
      <StatusMessage>{notice}</StatusMessage>

      <section className="card card--soft" aria-labelledby="profile-add-service-heading">
        <h3 id="profile-add-service-heading">{t('profile.services.addHeading')}</h3>
        <ServiceForm
          initial={EMPTY_SERVICE}
          label={t('profile.services.addHeading')}
          submitLabel={t('profile.services.add')}
          toBody={createServiceBody}
          pending={create.isPending}
          error={create.error}
          onSubmit={(body, reset) => {
            setNotice(null);
            create.mutate(body, {
              onSuccess: (service) => {
                reset();
                setNotice(t('profile.services.added', { title: service.title }));
              },
            });
          }}
        />
      </section>

      <ConfirmDialog
        open={removing !== null}
        title={t('profile.services.removeTitle', { title: removing?.title ?? '' })}
        confirmLabel={t('profile.services.removeConfirm')}
        cancelLabel={t('profile.services.keep')}
        destructive
        busy={remove.isPending}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      >
        <p>{t('profile.services.removeBody')}</p>
        <ErrorAlert>{remove.isError ? errorMessage(t, remove.error) : null}</ErrorAlert>
      </ConfirmDialog>
    </section>
  );
}
