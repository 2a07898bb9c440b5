import { Client } from 'pg';
import { PasswordHasher } from '../modules/auth/password-hasher';
import { SESSION_COOKIE } from '../common/auth/session-cookie';
import { hashToken, newToken } from '../common/security/tokens';

export const BENCH_VIEWER_EMAIL = 'bench-viewer@bench.tertulia.test';
const BENCH_VIEWER_PASSWORD = 'bench-viewer-password-1';

/** The member the load signs in as: the manager by default, or a plain member (sees no hidden profiles). */
export async function createViewer(url: string, role: 'manager' | 'member'): Promise<void> {
  const passwordHash = await new PasswordHasher().hash(BENCH_VIEWER_PASSWORD);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO members (email, display_name, role, status, password_hash, joined_at) VALUES ($1, 'Bench Viewer', $2, 'active', $3, now())`,
      [BENCH_VIEWER_EMAIL, role, passwordHash],
    );
  } finally {
    await client.end();
  }
}

/** Signs in through the app, as the portal does, and answers the Cookie header to send. */
export async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(baseUrl).origin },
    body: JSON.stringify({ email: BENCH_VIEWER_EMAIL, password: BENCH_VIEWER_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`Signing in answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('Signing in set no session cookie');
  return cookie.split(';')[0]!;
}

/**
 * More sessions of the same viewer, as if `count` people browsed at once: one shared session
 * would make every request wait for the previous one's refresh of that single row.
 * Each is a copy of the session that signing in opened; answers their Cookie headers.
 */
export async function copySessions(url: string, signedIn: string, count: number): Promise<string[]> {
  const tokens = Array.from({ length: count }, () => newToken());
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO sessions (id, member_id, expires_at, ip, user_agent)
       SELECT t.id, s.member_id, s.expires_at, s.ip, 'tertulia search bench'
         FROM sessions s, unnest($2::text[]) AS t(id)
        WHERE s.id = $1`,
      [hashToken(signedIn.slice(SESSION_COOKIE.length + 1)), tokens.map(hashToken)],
    );
  } finally {
    await client.end();
  }
  return tokens.map((token) => `${SESSION_COOKIE}=${token}`);
}
