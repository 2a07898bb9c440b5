import { readdir } from 'node:fs/promises';
import { PHOTO_MAX_BYTES } from '@tertulia/domain';
import sharp from 'sharp';
import { SESSION_COOKIE } from '../src/common/auth/session-cookie';
import { createMember, FACTORY_PASSWORD } from './factories/member.factory';
import { image } from './utils/images';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient } from './utils/test-client';

const PHOTO_URL = /^\/api\/photos\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.webp$/;

describe('photos', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(overrides: Parameters<typeof createMember>[1] = {}) {
    const member = await createMember(t.dataSource, overrides);
    const client = t.client();
    await client.signIn(member.email, FACTORY_PASSWORD);
    return { member, client };
  }

  const upload = (client: TestClient, body: Buffer | string, contentType: string) =>
    client.request('PUT', '/api/members/me/photo', body, { 'content-type': contentType });

  /** The photo's bytes as the browser gets them (the test client would read them as text). */
  async function fetchPhoto(client: TestClient, url: string) {
    const response = await fetch(`${t.baseUrl}${url}`, {
      headers: { origin: t.baseUrl, 'x-forwarded-for': client.ip, cookie: `${SESSION_COOKIE}=${client.cookie}` },
    });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  const storedFile = async (memberId: string): Promise<string | null> =>
    (await t.dataSource.query(`SELECT photo_file FROM members WHERE id = $1`, [memberId]))[0].photo_file;
  const filesOnDisk = async () => (await readdir(t.uploadsDir)).sort();

  it('accepts a PNG, stores it as a 512×512 WebP without metadata and serves it with long-lived cache headers', async () => {
    const { member, client } = await signedIn();
    const answer = await upload(client, await image('png', 800, 600), 'image/png');
    expect(answer.status).toBe(200);
    expect(answer.body.photoUrl).toMatch(PHOTO_URL);
    expect(await storedFile(member.id)).toBe(answer.body.photoUrl.split('/').pop());

    const served = await fetchPhoto(client, answer.body.photoUrl);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    const metadata = await sharp(served.bytes).metadata();
    expect({ format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({ format: 'webp', width: 512, height: 512 });
    expect(metadata.exif).toBeUndefined();

    // The profile and the directory card point at it.
    expect((await client.get(`/api/members/${member.id}`)).body.photoUrl).toBe(answer.body.photoUrl);
    // Another member sees it too.
    const { client: other } = await signedIn();
    expect((await fetchPhoto(other, answer.body.photoUrl)).status).toBe(200);
  });

  it('recognises the image by its content: a JPEG with EXIF orientation sent as octet-stream or mislabelled as PNG', async () => {
    const { member, client } = await signedIn();
    const jpeg = await image('jpeg', 300, 120, { orientation: 6 });
    for (const contentType of ['application/octet-stream', 'image/png', 'image/jpeg']) {
      const answer = await upload(client, jpeg, contentType);
      expect({ contentType, status: answer.status }).toEqual({ contentType, status: 200 });
      const served = await fetchPhoto(client, answer.body.photoUrl);
      const metadata = await sharp(served.bytes).metadata();
      expect({ format: metadata.format, width: metadata.width, height: metadata.height, orientation: metadata.orientation }).toEqual({
        format: 'webp',
        width: 512,
        height: 512,
        orientation: undefined,
      });
    }
    expect(await storedFile(member.id)).not.toBeNull();
  });

  it('replaces the old file on a new upload, and forgets the photo on delete', async () => {
    const { member, client } = await signedIn();
    const first = (await upload(client, await image('webp', 600, 600), 'image/webp')).body.photoUrl as string;
    const second = (await upload(client, await image('png', 100, 100), 'image/png')).body.photoUrl as string;
    expect(second).not.toBe(first);
    const files = await filesOnDisk();
    expect(files).toContain(second.split('/').pop());
    expect(files).not.toContain(first.split('/').pop());
    const gone = await client.get(first);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('PHOTO_NOT_FOUND');

    const removed = await client.delete('/api/members/me/photo');
    expect(removed.status).toBe(204);
    expect(await storedFile(member.id)).toBeNull();
    expect(await filesOnDisk()).not.toContain(second.split('/').pop());
    expect((await client.get(second)).status).toBe(404);
    expect((await client.get(`/api/members/${member.id}`)).body.photoUrl).toBeNull();
    // Deleting again is fine.
    expect((await client.delete('/api/members/me/photo')).status).toBe(204);
  });

  it('refuses what is not a JPEG, PNG or WebP image with 415 and changes nothing', async () => {
    const { member, client } = await signedIn();
    const kept = (await upload(client, await image('png'), 'image/png')).body.photoUrl as string;
    const before = await filesOnDisk();
    const refusals = [
      await upload(client, 'Hola! Això és un fitxer de text, no pas una foto.\n'.repeat(20), 'image/png'),
      await upload(client, Buffer.from('GIF89a not really'), 'application/octet-stream'),
      await upload(client, await image('png').then((png) => png.subarray(0, 40)), 'image/png'),
      await upload(client, await sharp({ create: { width: 10, height: 10, channels: 3, background: 'red' } }).gif().toBuffer(), 'image/png'),
      await upload(client, Buffer.alloc(0), 'image/jpeg'),
      await client.put('/api/members/me/photo', { photo: 'data:image/png;base64,AAAA' }),
    ];
    for (const refused of refusals) {
      expect({ status: refused.status, code: refused.body?.error?.code }).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
      expect(refused.body.error.message).toEqual(expect.any(String));
      expect(refused.body.error.details).toEqual(expect.any(Array));
    }
    expect(await storedFile(member.id)).toBe(kept.split('/').pop());
    expect(await filesOnDisk()).toEqual(before);
  });

  it('refuses a body over the limit with 413 and the error body, and changes nothing', async () => {
    const { member, client } = await signedIn();
    const before = await filesOnDisk();
    const huge = Buffer.alloc(20 * 1024 * 1024, 0xff);
    const refused = await upload(client, huge, 'image/jpeg');
    expect(refused.status).toBe(413);
    expect(refused.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const justOver = await upload(client, Buffer.alloc(PHOTO_MAX_BYTES + 1, 0xff), 'application/octet-stream');
    expect(justOver.status).toBe(413);
    expect(justOver.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await storedFile(member.id)).toBeNull();
    expect(await filesOnDisk()).toEqual(before);
    // JSON bodies keep their own, smaller limit.
    const bigJson = await client.patch('/api/members/me', { bio: 'x'.repeat(2 * 1024 * 1024) });
    expect(bigJson.status).toBe(413);
  });

  it('serves only well-named, known files of members the viewer may see', async () => {
    const { client } = await signedIn();
    expect((await client.get('/api/photos/..%2F..%2Fetc%2Fpasswd')).status).toBe(400);
    expect((await client.get('/api/photos/photo.png')).status).toBe(400);
    const unknown = await client.get('/api/photos/00000000-0000-4000-8000-000000000000.webp');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('PHOTO_NOT_FOUND');
    expect(unknown.headers.get('cache-control') ?? '').not.toContain('immutable');

    const { client: hidden } = await signedIn({ directoryVisible: false });
    const url = (await upload(hidden, await image('png'), 'image/png')).body.photoUrl as string;
    expect((await fetchPhoto(hidden, url)).status).toBe(200);
    expect((await client.get(url)).body.error.code).toBe('PHOTO_NOT_FOUND');
    const { client: manager } = await signedIn({ role: 'manager' });
    expect((await fetchPhoto(manager, url)).status).toBe(200);
    expect((await t.client().get(url)).status).toBe(401);
  });
});
