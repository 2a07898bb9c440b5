import type { MemberSummary } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { FocusBadge } from '../../../components/ui/focus-badge';
import { LoadMore } from '../../../components/ui/load-more';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatMonthYear } from '../../../lib/time';
import { useMembers } from '../api/get-members';

/** The active community (what every member may see): names, businesses, headlines. */
export const COMMUNITY_FILTERS = { status: 'active' } as const;

export function CommunityList() {
  const { t } = useTranslation();
  const members = useMembers(COMMUNITY_FILTERS);
  const items = members.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="community-heading" className="stack">
      <h2 id="community-heading">{t('members.community.heading')}</h2>
      {members.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : members.isError ? (
        <ErrorAlert>{errorMessage(t, members.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        <p className="muted">{t('members.community.empty')}</p>
      ) : (
        <ul className="people" role="list">
          {items.map((member) => (
            <PersonCard key={member.id} member={member} />
          ))}
        </ul>
      )}
      <LoadMore query={members} />
    </section>
  );
}

function PersonCard({ member }: { member: MemberSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const since = member.joinedAt ? formatMonthYear(member.joinedAt, locale) : null;
  return (
    <li className="person">
      <MemberAvatar name={member.displayName} photoUrl={member.photoUrl} />
      <div className="person__body">
        <h3 className="person__name">
          <Link to={`/members/${member.id}`}>{member.displayName}</Link>
        </h3>
        {member.businessName ? <p className="person__business">{member.businessName}</p> : null}
        {member.headline ? <p className="person__headline">{member.headline}</p> : null}
        <p className="person__meta small muted">
          {member.role === 'manager' ? (
            <>
              <span className="badge badge--info">{t('members.community.manager')}</span>{' '}
            </>
          ) : null}
          {since
            ? t('members.community.memberSince', {
                date: since,
                // Catalan elides "de" before a vowel: "des d'abril".
                context: /^[aeiouàèéíòóú]/i.test(since) ? 'vowel' : undefined,
              })
            : null}
        </p>
        <FocusBadge focus={member.focus} />
      </div>
    </li>
  );
}
