import type { MemberProfile } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { FocusBadge } from '../../../components/ui/focus-badge';
import { Markdown } from '../../../components/ui/markdown';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { useLocale } from '../../../lib/i18n';
import { birthdayFromParts, formatBirthday } from '../utils/birthday';
import { parseLabels } from '../../../lib/labels';
import { languageName } from '../utils/languages';
import type { ProfileDraft } from '../utils/profile-draft';

/**
 * «They see how it looks before saving»: the directory card and the profile header as the
 * community will see them, drawn from what is typed now (not yet saved).
 */
export function ProfilePreview({ profile, draft }: { profile: MemberProfile; draft: ProfileDraft }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = draft.displayName.trim() || profile.displayName;
  const skills = parseLabels(draft.skills);
  const services = [...profile.services].filter((service) => !service.hidden).sort((a, b) => a.position - b.position);
  const birthday = birthdayFromParts({ month: draft.birthdayMonth, day: draft.birthdayDay });
  const shownBirthday = draft.showBirthday && birthday.ok && birthday.birthday ? formatBirthday(birthday.birthday, locale) : null;

  return (
    <section className="card card--soft profile-preview" aria-labelledby="profile-preview-heading">
      <h2 id="profile-preview-heading">{t('profile.preview.heading')}</h2>
      <p className="small muted">{t('profile.preview.intro')}</p>
      {!draft.directoryVisible ? (
        <p className="notice notice--warn">{t('profile.preview.hidden')}</p>
      ) : null}

      <h3 className="profile-preview__label">{t('profile.preview.card')}</h3>
      <article className="person profile-preview__card" aria-label={t('profile.preview.cardLabel', { name })}>
        <MemberAvatar name={name} photoUrl={profile.photoUrl} />
        <div className="person__body">
          <p className="person__name">{name}</p>
          {draft.businessName.trim() ? <p className="person__business">{draft.businessName.trim()}</p> : null}
          {draft.headline.trim() ? <p className="person__headline">{draft.headline.trim()}</p> : null}
          <FocusBadge focus={profile.focus} />
          {skills.length > 0 ? (
            <ul className="tags" aria-label={t('profile.form.skills')}>
              {skills.map((skill) => (
                <li key={skill.toLocaleLowerCase()} className="tag">
                  {skill}
                </li>
              ))}
            </ul>
          ) : null}
          {services.length > 0 ? (
            <p className="small">
              {t('profile.preview.offers', { services: services.slice(0, 3).map((service) => service.title).join(' · ') })}
            </p>
          ) : null}
        </div>
      </article>

      <h3 className="profile-preview__label">{t('profile.preview.header')}</h3>
      <div className="profile-preview__header">
        <div className="profile-preview__identity">
          <MemberAvatar name={name} photoUrl={profile.photoUrl} size="large" />
          <div>
            <p className="profile-preview__name">{name}</p>
            {draft.headline.trim() ? <p className="muted">{draft.headline.trim()}</p> : null}
          </div>
        </div>
        <dl className="profile-preview__facts">
          {draft.website.trim() ? (
            <>
              <dt>{t('profile.form.website')}</dt>
              <dd>{draft.website.trim()}</dd>
            </>
          ) : null}
          {draft.languages.length > 0 ? (
            <>
              <dt>{t('profile.form.languages')}</dt>
              <dd>{draft.languages.map((code) => languageName(code, locale)).join(', ')}</dd>
            </>
          ) : null}
          {draft.lookingFor.trim() ? (
            <>
              <dt>{t('profile.preview.lookingFor')}</dt>
              <dd className="pre-line">{draft.lookingFor.trim()}</dd>
            </>
          ) : null}
          {shownBirthday ? (
            <>
              <dt>{t('profile.preview.birthday')}</dt>
              <dd>{shownBirthday}</dd>
            </>
          ) : null}
          {draft.emailVisible && profile.email ? (
            <>
              <dt>{t('profile.preview.email')}</dt>
              <dd>{profile.email}</dd>
            </>
          ) : null}
        </dl>
        {draft.bio.trim() ? <Markdown source={draft.bio} /> : <p className="small muted">{t('profile.preview.noBio')}</p>}
      </div>
    </section>
  );
}
