import { createMember, FACTORY_PASSWORD } from './factories/member.factory';
import { startTestApp, type TestApp } from './utils/test-app';

describe('sign-in, sessions and passwords', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in with a session cookie that is HttpOnly and SameSite=Lax, and knows who is signed in', async () => {
    const member = await createMember(t.dataSource, { displayName: 'Laia Ferrer' });
    const client = t.client();
    const login = await client.post('/api/auth/login', { email: member.email.toUpperCase(), password: FACTORY_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.member).toEqual({ id: member.id, email: member.email, displayName: 'Laia Ferrer', role: 'member', locale: null });
    const setCookie = login.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.member.id).toBe(member.id);
    expect(JSON.stringify(me.body)).not.toMatch(/password|hash/i);
  });

  it('marks the cookie Secure when the app is public over HTTPS', async () => {
    const secure = await startTestApp({ PUBLIC_URL: 'https://tertulia.example' });
    try {
      const member = await createMember(secure.dataSource);
      const response = await secure
        .client()
        .request('POST', '/api/auth/login', { email: member.email, password: FACTORY_PASSWORD }, { origin: 'https://tertulia.example' });
      expect(response.status).toBe(200);
      expect(response.headers.get('set-cookie')).toMatch(/Secure/);
    } finally {
      await secure.close();
    }
  });

  it('gives a new session id at every sign-in and ends the one the browser had', async () => {
    const member = await createMember(t.dataSource);
    const client = t.client();
    await client.signIn(member.email, FACTORY_PASSWORD);
    const first = client.cookie;
    await client.signIn(member.email, FACTORY_PASSWORD);
    expect(client.cookie).not.toBe(first);
    const stale = t.client();
    stale.cookie = first;
    expect((await stale.get('/api/auth/me')).status).toBe(401);
  });

  it('answers an unknown e-mail, a wrong password and a deactivated member alike', async () => {
    const member = await createMember(t.dataSource);
    const deactivated = await createMember(t.dataSource, { status: 'deactivated' });
    const attempts = [
      { email: 'nobody@example.com', password: FACTORY_PASSWORD },
      { email: member.email, password: 'not the password at all' },
      { email: deactivated.email, password: FACTORY_PASSWORD },
    ];
    const answers = [];
    for (const attempt of attempts) answers.push(await t.client().post('/api/auth/login', attempt));
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual(answers[0]!.body);
      expect(answer.headers.get('set-cookie')).toBeNull();
    }
    expect(answers[0]!.body.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('throttles the 7th sign-in attempt within a minute from one address, and only that address', async () => {
    const member = await createMember(t.dataSource);
    const client = t.client();
    const statuses = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      statuses.push((await client.post('/api/auth/login', { email: member.email, password: 'wrong password!' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    const throttled = await client.post('/api/auth/login', { email: member.email, password: FACTORY_PASSWORD });
    expect(throttled.status).toBe(429);
    expect(throttled.body.error.code).toBe('RATE_LIMITED');
    expect(throttled.headers.get('retry-after')).toBe('60');
    expect((await t.client().post('/api/auth/login', { email: member.email, password: FACTORY_PASSWORD })).status).toBe(200);
  });

  it('counts parallel attempts one by one', async () => {
    const client = t.client();
    const statuses = await Promise.all(
      Array.from({ length: 10 }, () => client.post('/api/auth/login', { email: 'x@example.com', password: 'whatever-it-is' })),
    ).then((responses) => responses.map((response) => response.status));
    expect(statuses.filter((status) => status === 429)).toHaveLength(4);
  });

  it('ends the session at sign-out', async () => {
    const member = await createMember(t.dataSource);
    const client = t.client();
    await client.signIn(member.email, FACTORY_PASSWORD);
    const cookie = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect(client.cookie).toBeUndefined();
    client.cookie = cookie;
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('ends an idle session and a session past its absolute expiry', async () => {
    const member = await createMember(t.dataSource);
    const idle = t.client();
    await idle.signIn(member.email, FACTORY_PASSWORD);
    const old = t.client();
    await old.signIn(member.email, FACTORY_PASSWORD);
    expect((await idle.get('/api/auth/me')).status).toBe(200);
    await t.dataSource.query(
      `UPDATE sessions SET last_seen_at = now() - interval '8 days' WHERE id = encode(sha256($1::bytea), 'hex')`,
      [idle.cookie],
    );
    await t.dataSource.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = encode(sha256($1::bytea), 'hex')`,
      [old.cookie],
    );
    expect((await idle.get('/api/auth/me')).body.error.code).toBe('UNAUTHENTICATED');
    expect((await old.get('/api/auth/me')).status).toBe(401);
  });

  it('changes the password, keeps this session and ends the others', async () => {
    const member = await createMember(t.dataSource);
    const here = t.client();
    const elsewhere = t.client();
    await here.signIn(member.email, FACTORY_PASSWORD);
    await elsewhere.signIn(member.email, FACTORY_PASSWORD);

    const wrong = await here.post('/api/auth/password', { currentPassword: 'not my password', newPassword: 'a brand new passphrase' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('WRONG_PASSWORD');
    const short = await here.post('/api/auth/password', { currentPassword: FACTORY_PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.error.details[0].path).toBe('newPassword');
    expect((await elsewhere.get('/api/auth/me')).status).toBe(200);

    const changed = await here.post('/api/auth/password', { currentPassword: FACTORY_PASSWORD, newPassword: 'a brand new passphrase' });
    expect(changed.status).toBe(204);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { email: member.email, password: FACTORY_PASSWORD })).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { email: member.email, password: 'a brand new passphrase' })).status).toBe(200);
  });

  it('stores Argon2id hashes with at least 19 MiB and 2 iterations', async () => {
    const member = await createMember(t.dataSource);
    const client = t.client();
    await client.signIn(member.email, FACTORY_PASSWORD);
    await client.post('/api/auth/password', { currentPassword: FACTORY_PASSWORD, newPassword: 'another long passphrase' });
    const [{ password_hash: hash }] = await t.dataSource.query('SELECT password_hash FROM members WHERE id = $1', [member.id]);
    const [, algorithm, , params] = (hash as string).split('$');
    expect(algorithm).toBe('argon2id');
    const settings = Object.fromEntries(params!.split(',').map((pair) => pair.split('=')));
    expect(Number(settings.m)).toBeGreaterThanOrEqual(19 * 1024);
    expect(Number(settings.t)).toBeGreaterThanOrEqual(2);
  });
});
