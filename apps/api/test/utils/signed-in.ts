import { createMember, FACTORY_PASSWORD, type MemberOverrides } from '../factories/member.factory';
import type { TestApp } from './test-app';
import type { TestClient } from './test-client';

/** A member in the database together with a client signed in as them. */
export interface Person {
  id: string;
  client: TestClient;
}

export async function signedInMember(t: TestApp, overrides: MemberOverrides = {}): Promise<Person> {
  const member = await createMember(t.dataSource, overrides);
  const client = t.client();
  await client.signIn(member.email, FACTORY_PASSWORD);
  return { id: member.id, client };
}
