import { randomUUID } from 'node:crypto';
import type { MemberRole, MemberStatus } from '@tertulia/domain';
import type { DataSource } from 'typeorm';
import { PasswordHasher } from '../../src/modules/auth/password-hasher';
import { MemberEntity } from '../../src/modules/members/member.entity';

export const FACTORY_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export interface MemberOverrides {
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
  const status = overrides.status ?? 'active';
  await dataSource.manager.insert(MemberEntity, {
    id,
    email: overrides.email ?? `member-${id.slice(0, 8)}@example.com`,
    displayName: overrides.displayName ?? `Member ${id.slice(0, 8)}`,
    role: overrides.role ?? 'member',
    status,
    passwordHash: status === 'invited' ? null : await passwordHash,
    joinedAt: status === 'invited' ? null : (overrides.joinedAt ?? new Date()),
  });
  return dataSource.manager.findOneByOrFail(MemberEntity, { id });
}
