import type { MemberSummary } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FocusBadge } from '../../../components/ui/focus-badge';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { skillSearchPath } from '../utils/directory-params';
import { SkillTags } from './skill-tags';

/** One person in the directory's results: who they are, what they offer, whether to disturb them. */
export function MemberCard({ member }: { member: MemberSummary }) {
  const { t } = useTranslation();
  const servicesId = `member-${member.id}-services`;
  return (
    <li className="person">
      <MemberAvatar name={member.displayName} photoUrl={member.photoUrl} />
      <div className="person__body">
        <h3 className="person__name">
          <Link to={`/members/${member.id}`}>{member.displayName}</Link>
        </h3>
        {member.businessName ? <p className="person__business">{member.businessName}</p> : null}
        {member.headline ? <p className="person__headline">{member.headline}</p> : null}
        {member.directoryVisible === false ? (
          <p>
            <span className="badge badge--plain">{t('directory.card.hidden')}</span>
          </p>
        ) : null}
        {member.topServices.length > 0 ? (
          <>
            <p id={servicesId} className="small muted">
              {t('directory.card.offers')}
            </p>
            <ul className="person__services" aria-labelledby={servicesId}>
              {member.topServices.map((service) => (
                <li key={service.id}>{service.title}</li>
              ))}
            </ul>
          </>
        ) : null}
        <SkillTags skills={member.skills} label={t('directory.card.skills')} linkTo={skillSearchPath} />
        <FocusBadge focus={member.focus} />
      </div>
    </li>
  );
}
