import { randomUUID } from 'node:crypto';
import type { MemberRole, MemberStatus } from '@tertulia/domain';
import type { DataSource } from 'typeorm';
import { PasswordHasher } from '../../src/modules/auth/password-hasher';
import { MemberEntity } from '../../src/modules/members/member.entity';

export const FACTORY_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

/** Profile fields a test may set directly. */
export type MemberProfileOverrides = Partial<
  Pick<
    MemberEntity,
    | 'headline'
    | 'businessName'
    | 'bio'
    | 'website'
    | 'lookingFor'
    | 'skills'
    | 'languages'
    | 'birthday'
    | 'showBirthday'
    | 'directoryVisible'
    | 'emailVisible'
    | 'focusUntil'
    | 'openToCoffee'
  >
>;

export interface MemberOverrides extends MemberProfileOverrides {
  role?: MemberRole;
  status?: MemberStatus;
  displayName?: string;
  email?: string;
  joinedAt?: Date;
}

/** A member straight in the database; all share FACTORY_PASSWORD (hashed once: Argon2 is slow on purpose). */
export async function createMember(dataSource: DataSource, overrides: MemberOverrides = {}): Promise<MemberEntity> {
  passwordHash ??= new PasswordHasher().hash(FACTORY_PASSWORD);
  const id = randomUUID();
  const { role, status: wantedStatus, displayName, email, joinedAt, ...profile } = overrides;
  const status = wantedStatus ?? 'active';
  await dataSource.manager.insert(MemberEntity, {
    ...profile,
    id,
    email: email ?? `member-${id.slice(0, 8)}@example.com`,
    displayName: displayName ?? `Member ${id.slice(0, 8)}`,
    role: role ?? 'member',
    status,
    passwordHash: status === 'invited' ? null : await passwordHash,
    joinedAt: status === 'invited' ? null : (joinedAt ?? new Date()),
  });
  return dataSource.manager.findOneByOrFail(MemberEntity, { id });
}
