import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMember, FACTORY_PASSWORD } from './factories/member.factory';
import { startTestApp, type TestApp } from './utils/test-app';

describe('the platform: health, errors, same-origin check, headers, portal, OpenAPI', () => {
  let t: TestApp;
  const webDist = mkdtempSync(join(tmpdir(), 'tertulia-web-'));
  beforeAll(async () => {
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Tertulia portal</title>');
    writeFileSync(join(webDist, 'app.js'), 'console.log("portal")');
    t = await startTestApp({ WEB_DIST: webDist, BODY_LIMIT_BYTES: '2048' });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('reports health with the database', async () => {
    const health = await t.client().get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers unknown API paths with a JSON 404, and serves the portal for its deep links', async () => {
    const unknown = await t.client().get('/api/no-such-thing');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
    const home = await t.client().get('/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('Tertulia portal');
    const deepLink = await t.client().get('/admin/members');
    expect(deepLink.status).toBe(200);
    expect(deepLink.headers.get('content-type')).toMatch(/text\/html/);
    expect(deepLink.body).toContain('Tertulia portal');
    const asset = await t.client().get('/app.js');
    expect(asset.body).toBe('console.log("portal")');
    expect((await t.client().post('/no-such-page', {})).status).toBe(404);
  });

  it('refuses state-changing requests from another origin or with no origin at all', async () => {
    const member = await createMember(t.dataSource);
    const client = t.client();
    const credentials = { email: member.email, password: FACTORY_PASSWORD };
    const foreign = await client.request('POST', '/api/auth/login', credentials, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('ORIGIN_REJECTED');
    const none = await client.request('POST', '/api/auth/login', credentials, { origin: '' });
    expect(none.status).toBe(403);
    const byReferer = await client.request('POST', '/api/auth/login', credentials, { origin: '', referer: `${t.baseUrl}/sign-in` });
    expect(byReferer.status).toBe(200);
  });

  it('answers malformed JSON, oversized bodies and other content types with the error body', async () => {
    const client = t.client();
    const malformed = await client.request('POST', '/api/auth/login', '{"email": ', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('VALIDATION_FAILED');
    const huge = await client.post('/api/auth/login', { email: 'a@example.com', password: 'x'.repeat(5000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const text = await client.request('POST', '/api/auth/login', 'email=a', { 'content-type': 'text/plain' });
    expect([400, 415]).toContain(text.status);
    expect(text.body.error.code).toBeDefined();
  });

  it('refuses text holding a NUL character with the error body, and stores nothing', async () => {
    const member = await createMember(t.dataSource);
    const client = t.client();
    await client.signIn(member.email, FACTORY_PASSWORD);
    const response = await client.patch('/api/members/me', { headline: 'Disseny\u0000gràfic' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    const [row] = await t.dataSource.query('SELECT headline FROM members WHERE id = $1', [member.id]);
    expect(row.headline).toBeNull();
    const search = await client.get('/api/members?q=a%00b');
    expect(search.status).toBeLessThan(500);
  });

  it('sends security headers and a request id', async () => {
    const response = await t.client().request('GET', '/api/health', undefined, { 'x-request-id': 'trace-me-123' });
    expect(response.headers.get('x-request-id')).toBe('trace-me-123');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect((await t.client().get('/api/health')).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes an OpenAPI document built from the same schemas', async () => {
    const document = await t.client().get('/api/docs/openapi.json');
    expect(document.status).toBe(200);
    const login = document.body.paths['/api/auth/login'].post;
    const schema = login.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(['email', 'password']);
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.stringify(login.responses['200'])).toContain('displayName');
    expect(JSON.stringify(login.responses.default)).toContain('VALIDATION_FAILED');
    expect((await t.client().get('/api/docs')).status).toBe(200);
  });
});
