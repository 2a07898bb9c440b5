/* npm run create-manager -- --email E --password P [--name N]
   Creates a manager, or promotes and reactivates the member with that e-mail, in the configured database. */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DisplayNameSchema, EmailSchema, PasswordSchema } from '@tertulia/domain';
import { z } from 'zod';
import { loadConfig } from '../config/load-config';
import { openDatabase } from '../database/data-source';
import { PasswordHasher } from '../modules/auth/password-hasher';
import { MemberEntity } from '../modules/members/member.entity';

const ArgsSchema = z.object({ email: EmailSchema, password: PasswordSchema, name: DisplayNameSchema.optional() });

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
  });
  const parsed = ArgsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Usage: npm run create-manager -- --email E --password P [--name N]\n  ${problems.join('\n  ')}`);
  }
  const { email, password, name } = parsed.data;
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const passwordHash = await new PasswordHasher().hash(password);
    const created = await database.dataSource.transaction(async (em) => {
      const existing = await em.findOneBy(MemberEntity, { email });
      const displayName = name ?? existing?.displayName ?? email.split('@')[0]!;
      const fields = { role: 'manager' as const, status: 'active' as const, passwordHash, displayName };
      if (existing) {
        await em.update(MemberEntity, { id: existing.id }, { ...fields, joinedAt: existing.joinedAt ?? new Date() });
        return false;
      }
      await em.insert(MemberEntity, { ...fields, email, joinedAt: new Date() });
      return true;
    });
    console.log(`${created ? 'Created' : 'Updated'} manager ${email}.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
