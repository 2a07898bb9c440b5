import { UpdateMeSchema, type MemberProfile, type UpdateMe } from '@tertulia/domain';
import type { SchemaIssue } from '../../../lib/errors';
import { birthdayFromParts, birthdayParts } from './birthday';
import { formatLabels, parseLabels } from '../../../lib/labels';

/** What the profile form holds while the member types: text as typed, choices as chosen. */
export interface ProfileDraft {
  displayName: string;
  headline: string;
  bio: string;
  businessName: string;
  website: string;
  skills: string;
  languages: string[];
  lookingFor: string;
  birthdayMonth: string;
  birthdayDay: string;
  showBirthday: boolean;
  directoryVisible: boolean;
  emailVisible: boolean;
}

export function draftFromProfile(profile: MemberProfile): ProfileDraft {
  const birthday = birthdayParts(profile.birthday);
  return {
    displayName: profile.displayName,
    headline: profile.headline ?? '',
    bio: profile.bio ?? '',
    businessName: profile.businessName ?? '',
    website: profile.website ?? '',
    skills: formatLabels(profile.skills),
    languages: [...profile.languages],
    lookingFor: profile.lookingFor ?? '',
    birthdayMonth: birthday.month,
    birthdayDay: birthday.day,
    showBirthday: profile.privacy?.showBirthday ?? false,
    directoryVisible: profile.privacy?.directoryVisible ?? profile.directoryVisible ?? true,
    emailVisible: profile.privacy?.emailVisible ?? false,
  };
}

export type ProfilePatchResult = { ok: true; patch: UpdateMe } | { ok: false; issues: SchemaIssue[] };

/** The form's fields by the schema's paths: list items and the birthday point at the control that holds them. */
export function formField(path: string): string {
  const [head] = path.split('.');
  if (head === 'birthday') return 'birthdayDay';
  return head ?? path;
}

/** Turns the draft into the PATCH /api/members/me body, checked by the same schema as the API's. */
export function profilePatch(draft: ProfileDraft): ProfilePatchResult {
  const birthday = birthdayFromParts({ month: draft.birthdayMonth, day: draft.birthdayDay });
  const parsed = UpdateMeSchema.safeParse({
    displayName: draft.displayName,
    headline: draft.headline,
    bio: draft.bio,
    businessName: draft.businessName,
    website: draft.website.trim(),
    skills: parseLabels(draft.skills),
    languages: draft.languages,
    lookingFor: draft.lookingFor,
    birthday: birthday.ok ? birthday.birthday : null,
    showBirthday: draft.showBirthday,
    directoryVisible: draft.directoryVisible,
    emailVisible: draft.emailVisible,
  });
  const issues: SchemaIssue[] = parsed.success ? [] : parsed.error.issues.map((issue) => ({ ...issue, path: [formField(issue.path.map(String).join('.'))] }));
  if (!birthday.ok) issues.push({ code: 'invalid_type', path: [birthday.field], input: undefined });
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, patch: parsed.data };
}
