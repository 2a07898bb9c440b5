import type { DataSource } from 'typeorm';
import { PasswordHasher } from '../../modules/auth/password-hasher';
import { MemberEntity } from '../../modules/members/member.entity';
import { seedDemoBreakfasts } from './demo-breakfasts';
import { seedDemoCoffee } from './demo-coffee';
import { DEMO_COMMUNITY, DEMO_MANAGER_EMAIL, DEMO_PASSWORD } from './demo-community';
import { seedDemoFeedback } from './demo-feedback';
import { seedDemoNetworking } from './demo-networking';
import { seedDemoPosts } from './demo-posts';
import { DEMO_PROFILES } from './demo-profiles';
import { seedDemoServices } from './demo-services';

/** Adds the demo community once; returns false when it was already there. */
export async function seedDemo(dataSource: DataSource): Promise<boolean> {
  // All demo members share one password, so one (slow, on purpose) hash serves them all.
  const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
  return dataSource.transaction(async (em) => {
    if (await em.existsBy(MemberEntity, { email: DEMO_MANAGER_EMAIL })) return false;
    const now = Date.now();
    await em.insert(
      MemberEntity,
      DEMO_COMMUNITY.map((demo) => {
        const profile = DEMO_PROFILES[demo.email];
        return {
          email: demo.email,
          displayName: demo.displayName,
          role: demo.role,
          status: 'active' as const,
          passwordHash,
          locale: demo.locale,
          headline: demo.headline,
          businessName: demo.businessName,
          // The manager hosts the breakfast rather than presenting.
          presenterOptIn: demo.role !== 'manager',
          joinedAt: new Date(now - demo.monthsHere * 30.44 * 24 * 3600 * 1000),
          bio: profile?.bio ?? null,
          skills: profile?.skills ?? [],
          languages: profile?.languages ?? [],
          website: profile?.website ?? null,
          lookingFor: profile?.lookingFor ?? null,
          birthday: profile?.birthday ?? null,
          showBirthday: profile?.showBirthday ?? false,
          openToCoffee: profile?.openToCoffee ?? false,
        };
      }),
    );
    await seedDemoServices(em);
    await seedDemoBreakfasts(em, dataSource);
    await seedDemoPosts(em);
    await seedDemoFeedback(em);
    await seedDemoNetworking(em);
    await seedDemoCoffee(em);
    return true;
  });
}

export async function hasDemoCommunity(dataSource: DataSource): Promise<boolean> {
  return dataSource.manager.existsBy(MemberEntity, { email: DEMO_MANAGER_EMAIL, status: 'active' });
}

export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.manager.exists(MemberEntity));
}
