import { MEMBER_STATUSES, type MemberRole, type MemberStatus, type MemberSummary } from '@tertulia/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { LoadMore } from '../../../components/ui/load-more';
import { SelectField } from '../../../components/ui/select-field';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatDate } from '../../../lib/time';
import { useMembers } from '../api/get-members';
import { useUpdateMember, type UpdateMemberInput } from '../api/update-member';
import { roleOptions } from './role-options';

export interface MemberAdminListProps {
  currentMemberId: string;
  /** The manager changed their own role or status: the session has to be read again. */
  onOwnAccountChanged: () => void;
}

export function MemberAdminList({ currentMemberId, onOwnAccountChanged }: MemberAdminListProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<MemberStatus | ''>('');
  const members = useMembers(filter ? { status: filter } : {});
  const [notice, setNotice] = useState<string | null>(null);
  const items = members.data?.pages.flatMap((page) => page.items) ?? [];
  const filterOptions = [
    { value: '', label: t('members.list.filterAll') },
    ...MEMBER_STATUSES.map((status) => ({ value: status, label: t(`members.statuses.${status}`) })),
  ];

  return (
    <section className="card" aria-labelledby="members-heading">
      <div className="section-header">
        <h2 id="members-heading">{t('members.list.heading')}</h2>
        <SelectField
          className="field--compact"
          label={t('members.list.filter')}
          value={filter}
          options={filterOptions}
          onChange={(event) => {
            const value = event.target.value;
            setFilter(MEMBER_STATUSES.find((status) => status === value) ?? '');
          }}
        />
      </div>
      <StatusMessage>{notice}</StatusMessage>
      {members.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : members.isError ? (
        <ErrorAlert>{errorMessage(t, members.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        <p className="muted">{t('members.list.empty')}</p>
      ) : (
        <ul className="rows">
          {items.map((member) => (
            <MemberAdminRow
              key={member.id}
              member={member}
              isYou={member.id === currentMemberId}
              onChanged={(message) => {
                setNotice(message);
                if (member.id === currentMemberId) onOwnAccountChanged();
              }}
              onStart={() => setNotice(null)}
            />
          ))}
        </ul>
      )}
      <LoadMore query={members} />
    </section>
  );
}

interface MemberAdminRowProps {
  member: MemberSummary;
  isYou: boolean;
  onStart: () => void;
  onChanged: (message: string) => void;
}

function MemberAdminRow({ member, isYou, onStart, onChanged }: MemberAdminRowProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useUpdateMember();
  const [role, setRole] = useState<MemberRole>(member.role);
  const [confirming, setConfirming] = useState(false);
  const roleRef = useRef<HTMLSelectElement>(null);
  const name = member.displayName;
  const status = member.status ?? 'active';

  const run = (patch: UpdateMemberInput['patch'], message: string) => {
    if (update.isPending) return;
    onStart();
    update.mutate(
      { id: member.id, patch },
      {
        onSuccess: () => {
          setConfirming(false);
          onChanged(message);
        },
        onError: () => {
          setConfirming(false);
          setRole(member.role);
        },
      },
    );
  };

  return (
    <li className="row">
      <div className="row__main">
        <p className="row__title">
          {name}
          {isYou ? <span className="muted"> ({t('app.you')})</span> : null}
        </p>
        {member.email ? <p className="row__meta muted small break">{member.email}</p> : null}
        <p className="row__meta">
          <span className={`badge badge--${status}`}>{t(`members.statuses.${status}`)}</span>{' '}
          <span className="badge badge--plain">{t(`members.roles.${member.role}`)}</span>
        </p>
        <p className="row__meta muted small">
          {status === 'invited'
            ? t('members.list.awaiting')
            : member.joinedAt
              ? t('members.list.joined', { date: formatDate(member.joinedAt, locale) })
              : null}
        </p>
      </div>
      {status === 'invited' ? null : (
        <div className="row__actions">
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              run({ role }, t(role === 'manager' ? 'members.list.nowManager' : 'members.list.nowMember', { name }));
              // The save button goes away with the change: keep the keyboard focus in the row.
              roleRef.current?.focus();
            }}
          >
            <SelectField
              ref={roleRef}
              label={t('members.list.roleFor', { name })}
              hideLabel
              value={role}
              options={roleOptions(t)}
              onChange={(event) => setRole(event.target.value === 'manager' ? 'manager' : 'member')}
            />
            {role !== member.role ? (
              <button
                type="submit"
                className="button button--small"
                aria-disabled={update.isPending}
                aria-label={t('members.list.saveRoleFor', { name })}
              >
                {t('members.list.saveRole')}
              </button>
            ) : null}
          </form>
          {status === 'active' ? (
            <button
              type="button"
              className="button button--small button--quiet-danger"
              aria-disabled={update.isPending}
              onClick={() => {
                if (!update.isPending) setConfirming(true);
              }}
              aria-label={t('members.list.deactivateFor', { name })}
            >
              {t('members.list.deactivate')}
            </button>
          ) : (
            <button
              type="button"
              className="button button--small"
              aria-disabled={update.isPending}
              onClick={() => run({ status: 'active' }, t('members.list.reactivated', { name }))}
              aria-label={t('members.list.reactivateFor', { name })}
            >
              {t('members.list.reactivate')}
            </button>
          )}
        </div>
      )}
      <div className="row__full">
        <ErrorAlert>{update.isError ? errorMessage(t, update.error) : null}</ErrorAlert>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('members.list.confirmDeactivate.title', { name })}
        confirmLabel={t('members.list.confirmDeactivate.confirm')}
        cancelLabel={t('app.cancel')}
        destructive
        busy={update.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => run({ status: 'deactivated' }, t('members.list.deactivated', { name }))}
      >
        <p>{t('members.list.confirmDeactivate.body')}</p>
      </ConfirmDialog>
    </li>
  );
}
