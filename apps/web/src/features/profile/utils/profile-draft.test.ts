import type { MemberProfile } from '@tertulia/domain';
import { draftFromProfile, profilePatch } from './profile-draft';

const profile = {
  id: '8c4b1a52-6f7e-4c55-9a3e-1b2c3d4e5f60',
  displayName: 'Marta Puig',
  headline: null,
  bio: null,
  businessName: 'Estudi Puig',
  website: null,
  skills: ['Branding'],
  languages: ['ca', 'es'],
  lookingFor: null,
  birthday: '03-14',
  privacy: { directoryVisible: true, emailVisible: false, showBirthday: true },
} as unknown as MemberProfile;

describe('the profile form', () => {
  it('starts from the saved profile', () => {
    expect(draftFromProfile(profile)).toMatchObject({
      displayName: 'Marta Puig',
      headline: '',
      skills: 'Branding',
      languages: ['ca', 'es'],
      birthdayMonth: '3',
      birthdayDay: '14',
      showBirthday: true,
      directoryVisible: true,
      emailVisible: false,
    });
  });

  it('sends every field, cleared text as null and skills as a list', () => {
    const result = profilePatch({ ...draftFromProfile(profile), headline: '  ', skills: 'Branding, UX', website: 'https://puig.example' });
    expect(result).toEqual({
      ok: true,
      patch: expect.objectContaining({ headline: null, skills: ['Branding', 'UX'], website: 'https://puig.example', birthday: '03-14' }),
    });
  });

  it('names the control to fix: half a birthday, a bad website, a skill too long', () => {
    const result = profilePatch({ ...draftFromProfile(profile), birthdayDay: '', website: 'puig', skills: `ok, ${'x'.repeat(41)}` });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['birthdayDay', 'skills', 'website']);
  });

  it('points an impossible day at the day select', () => {
    const result = profilePatch({ ...draftFromProfile(profile), birthdayMonth: '2', birthdayDay: '30' });
    expect(!result.ok && result.issues.map((issue) => issue.path.join('.'))).toEqual(['birthdayDay']);
  });
});
