import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MEMBER_STATUSES, PAGE_SIZE_DEFAULT } from '@tertulia/domain';
import { Pool, type PoolConfig } from 'pg';
import { SESSION_COOKIE } from '../common/auth/session-cookie';
import { hashToken, TOKEN_PATTERN } from '../common/security/tokens';
import { memberSearchSql, serviceSearchSql, type MemberSearchFilter, type SearchViewer } from '../modules/search/search.sql';

/** GET /api/search's default number of members and of services. */
const SEARCH_LIMIT_DEFAULT = 5;
const SESSION_IDLE_MINUTES = 60 * 24 * 7;

/**
 * The ceiling the app is measured against: a bare node:http server with a `pg` pool of the
 * app's size, serving GET /api/members?q= and GET /api/search?q= with the statements the app
 * runs for them (the session check, the ranked search of search.sql.ts, then the rows that
 * make the page), and nothing else: no framework, no ORM, no validation, no logging.
 */
export interface BaselineServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** `poolOptions`: the app's own pool settings (size and connection options), so that only the framework differs. */
export async function startBaselineServer(databaseUrl: string, poolOptions: PoolConfig): Promise<BaselineServer> {
  const pool = new Pool({ ...poolOptions, connectionString: databaseUrl });
  const server = createServer((request, response) => {
    handle(pool, request, response).catch((error: unknown) => {
      send(response, 500, { error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) } });
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await closeServer(server);
      await pool.end();
    },
  };
}

async function handle(pool: Pool, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://baseline');
  const viewer = await authenticate(pool, request);
  if (!viewer) return send(response, 401, { error: { code: 'UNAUTHENTICATED' } });
  const q = url.searchParams.get('q')?.trim() ?? '';
  if (url.pathname === '/api/members') {
    // As MembersService.list: the manager searches every status, one more than the page to learn whether there is a next.
    const limit = Number(url.searchParams.get('limit') ?? PAGE_SIZE_DEFAULT);
    const statuses = viewer.isManager ? [...MEMBER_STATUSES] : ['active' as const];
    const ids = await searchMembers(pool, viewer, { q, statuses, limit: limit + 1, offset: 0 });
    const items = await memberSummaries(pool, viewer, ids.slice(0, limit));
    return send(response, 200, { items, nextCursor: ids.length > limit ? String(limit) : null });
  }
  if (url.pathname === '/api/search') {
    // As SearchService.search: members and services side by side, each its ids then its rows.
    const limit = Number(url.searchParams.get('limit') ?? SEARCH_LIMIT_DEFAULT);
    const [members, services] = await Promise.all([
      searchMembers(pool, viewer, { q, limit, offset: 0 }).then((ids) => memberSummaries(pool, viewer, ids)),
      searchServices(pool, viewer, q, limit).then((ids) => servicesByIds(pool, viewer, ids)),
    ]);
    return send(response, 200, { members, services });
  }
  send(response, 404, { error: { code: 'NOT_FOUND' } });
}

/** The app's session check (SessionsRepository.touch): finds the live session and refreshes its idle clock. */
async function authenticate(pool: Pool, request: IncomingMessage): Promise<SearchViewer | null> {
  const token = cookieValue(request.headers.cookie, SESSION_COOKIE);
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  const { rows } = await pool.query<{ id: string; role: string }>(
    `WITH touched AS (
       UPDATE sessions s SET last_seen_at = now()
         FROM members m
        WHERE s.id = $1 AND m.id = s.member_id AND m.status = 'active'
          AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)
      RETURNING s.id AS session_id, m.id, m.email, m.display_name, m.role, m.locale)
     SELECT * FROM touched`,
    [hashToken(token), SESSION_IDLE_MINUTES],
  );
  const row = rows[0];
  return row ? { id: row.id, isManager: row.role === 'manager' } : null;
}

async function searchMembers(pool: Pool, viewer: SearchViewer, filter: MemberSearchFilter): Promise<string[]> {
  const statement = memberSearchSql(viewer, filter);
  if (!statement) return [];
  const { rows } = await pool.query<{ id: string }>(statement.text, statement.values);
  return rows.map((row) => row.id);
}

async function searchServices(pool: Pool, viewer: SearchViewer, q: string, limit: number): Promise<string[]> {
  const statement = serviceSearchSql(viewer, { q, limit, offset: 0 });
  if (!statement) return [];
  const { rows } = await pool.query<{ id: string }>(statement.text, statement.values);
  return rows.map((row) => row.id);
}

/** A service with its owner's card columns and its category, as ServicesRepository loads them. */
const SERVICE_ROWS = `
  SELECT s.id, s.member_id, s.title, s.summary, s.description, s.category_id, s.tags, s.pricing_note, s.ideal_client, s.position,
         s.hidden_reason, s.hidden_at, s.created_at, s.updated_at,
         m.id AS owner_id, m.display_name AS owner_display_name, m.business_name AS owner_business_name, m.photo_file AS owner_photo_file,
         c.id AS c_id, c.slug AS c_slug, c.name_ca AS c_name_ca, c.name_es AS c_name_es, c.name_en AS c_name_en, c.position AS c_position,
         c.created_at AS c_created_at
    FROM services s INNER JOIN members m ON m.id = s.member_id LEFT JOIN service_categories c ON c.id = s.category_id`;

type Row = Record<string, unknown>;
const photoUrl = (file: unknown) => (typeof file === 'string' ? `/api/photos/${file}` : null);

/** The directory cards of these members, in the order of `ids`, with their first three visible services. */
async function memberSummaries(pool: Pool, viewer: SearchViewer, ids: string[]): Promise<unknown[]> {
  if (ids.length === 0) return [];
  // As MembersRepository.findCards, then ServicesRepository.findForMembers: one after the other.
  const members = await pool.query<Row>(
    `SELECT m.id, m.email, m.display_name, m.role, m.status, m.headline, m.business_name, m.photo_file, m.skills, m.languages,
            m.focus_until, m.open_to_coffee, m.joined_at, m.email_visible, m.directory_visible
       FROM members m WHERE m.id = ANY($1::uuid[])`,
    [ids],
  );
  const services = await pool.query<Row>(
    `${SERVICE_ROWS}
      WHERE s.member_id = ANY($1::uuid[]) AND (s.hidden_at IS NULL OR $2 OR s.member_id = $3)
      ORDER BY s.member_id, s.position, s.created_at, s.id`,
    [ids, viewer.isManager, viewer.id],
  );
  const servicesOf = new Map<string, unknown[]>();
  for (const row of services.rows) {
    const list = servicesOf.get(row.member_id as string) ?? [];
    list.push(toService(row));
    servicesOf.set(row.member_id as string, list);
  }
  const byId = new Map(members.rows.map((row) => [row.id as string, row]));
  const now = new Date();
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const focusUntil = row.focus_until as Date | null;
    const self = viewer.isManager || id === viewer.id;
    return [
      {
        id,
        displayName: row.display_name,
        role: row.role,
        headline: row.headline,
        businessName: row.business_name,
        photoUrl: photoUrl(row.photo_file),
        skills: row.skills,
        languages: row.languages,
        topServices: (servicesOf.get(id) ?? []).slice(0, 3).map((service) => {
          const { id: serviceId, title } = service as { id: string; title: string };
          return { id: serviceId, title };
        }),
        focus: { focusUntil: focusUntil && focusUntil > now ? focusUntil.toISOString() : null, openToCoffee: row.open_to_coffee },
        joinedAt: (row.joined_at as Date | null)?.toISOString() ?? null,
        ...(viewer.isManager || row.email_visible ? { email: row.email } : {}),
        ...(viewer.isManager ? { status: row.status } : {}),
        ...(self ? { directoryVisible: row.directory_visible } : {}),
      },
    ];
  });
}

/** These services as the viewer may see them, in the order of `ids` (ServicesRepository.findByIds). */
async function servicesByIds(pool: Pool, viewer: SearchViewer, ids: string[]): Promise<unknown[]> {
  if (ids.length === 0) return [];
  const { rows } = await pool.query<Row>(
    `${SERVICE_ROWS}
      WHERE s.id = ANY($1::uuid[])
        AND (s.member_id = $3 OR $2 OR (s.hidden_at IS NULL AND m.status = 'active' AND m.directory_visible))`,
    [ids, viewer.isManager, viewer.id],
  );
  const byId = new Map(rows.map((row) => [row.id as string, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toService(row)] : [];
  });
}

function toService(row: Row): unknown {
  return {
    id: row.id,
    memberId: row.member_id,
    owner: { id: row.owner_id, displayName: row.owner_display_name, businessName: row.owner_business_name, photoUrl: photoUrl(row.owner_photo_file) },
    title: row.title,
    summary: row.summary,
    description: row.description,
    category: row.c_id
      ? { id: row.c_id, slug: row.c_slug, names: { ca: row.c_name_ca, es: row.c_name_es, en: row.c_name_en }, position: row.c_position }
      : null,
    tags: row.tags,
    pricingNote: row.pricing_note,
    idealClient: row.ideal_client,
    position: row.position,
    hidden: row.hidden_at ? { reason: row.hidden_reason, at: (row.hidden_at as Date).toISOString() } : null,
    createdAt: (row.created_at as Date).toISOString(),
    updatedAt: (row.updated_at as Date).toISOString(),
  };
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  response.end(json);
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
