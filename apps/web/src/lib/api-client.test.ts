import { api, ApiError, codeForStatus, request, toApiError } from './api-client';

describe('toApiError', () => {
  it('reads the code, message and details of the API error body', () => {
    const error = toApiError(400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Some fields are not valid.',
        details: [{ path: 'email', message: 'Invalid email address' }, { message: 'no path' }],
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('Some fields are not valid.');
    expect(error.details).toHaveLength(2);
    expect(error.detailsFor('email')).toEqual([{ path: 'email', message: 'Invalid email address' }]);
  });

  it('keeps a domain code such as INVALID_CREDENTIALS', () => {
    const error = toApiError(401, { error: { code: 'INVALID_CREDENTIALS', message: 'Wrong e-mail or password.', details: [] } });
    expect(error.code).toBe('INVALID_CREDENTIALS');
    expect(error.status).toBe(401);
  });

  it('falls back on the status for a code the portal does not know yet', () => {
    const error = toApiError(409, { error: { code: 'SOMETHING_NEW', message: 'New rule.', details: [] } });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('New rule.');
  });

  it('falls back on the status when the body is not an API error (proxy page, empty body)', () => {
    expect(toApiError(502, undefined).code).toBe('SERVICE_UNAVAILABLE');
    expect(toApiError(500, '<html>oops</html>').code).toBe('INTERNAL');
    expect(toApiError(429, null).code).toBe('RATE_LIMITED');
    expect(toApiError(404, { message: 'Not Found' }).code).toBe('NOT_FOUND');
  });

  it('ignores malformed details', () => {
    const error = toApiError(400, { error: { code: 'VALIDATION_FAILED', message: 'x', details: [null, 3, { path: 'a' }] } });
    expect(error.details).toEqual([]);
  });

  it('maps statuses to codes', () => {
    expect(codeForStatus(401)).toBe('UNAUTHENTICATED');
    expect(codeForStatus(403)).toBe('FORBIDDEN');
    expect(codeForStatus(418)).toBe('VALIDATION_FAILED');
    expect(codeForStatus(0)).toBe('SERVICE_UNAVAILABLE');
  });
});

describe('request', () => {
  const realFetch = globalThis.fetch;
  let calls: Array<{ url: string; init: RequestInit }>;

  const answer = (response: Response) => {
    globalThis.fetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return response;
    }) as typeof fetch;
  };

  beforeEach(() => {
    calls = [];
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('sends JSON with the session cookie and parses the answer', async () => {
    answer(new Response(JSON.stringify({ member: { id: '1' } }), { status: 200, headers: { 'content-type': 'application/json' } }));
    const body = await request<{ member: { id: string } }>('POST', '/api/auth/login', { body: { email: 'a@b.c', password: 'x' } });
    expect(body.member.id).toBe('1');
    expect(calls[0]!.url).toBe('/api/auth/login');
    expect(calls[0]!.init.credentials).toBe('same-origin');
    expect(calls[0]!.init.method).toBe('POST');
    expect((calls[0]!.init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(calls[0]!.init.body).toBe(JSON.stringify({ email: 'a@b.c', password: 'x' }));
  });

  it('sends no JSON content type without a body (Fastify refuses an empty JSON body)', async () => {
    answer(new Response(null, { status: 204 }));
    await expect(request('POST', '/api/auth/logout')).resolves.toBeUndefined();
    expect((calls[0]!.init.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });

  it('adds the query string, leaving out empty values', async () => {
    answer(new Response(JSON.stringify({ items: [], nextCursor: null }), { status: 200 }));
    await request('GET', '/api/members', { query: { cursor: 'abc', status: undefined, limit: 20 } });
    expect(calls[0]!.url).toBe('/api/members?cursor=abc&limit=20');
  });

  it('rejects with an ApiError carrying the code, status and details', async () => {
    answer(
      new Response(JSON.stringify({ error: { code: 'LAST_MANAGER', message: 'Keep one manager.', details: [] } }), { status: 422 }),
    );
    await expect(request('PATCH', '/api/members/1', { body: { role: 'member' } })).rejects.toMatchObject({
      name: 'ApiError',
      code: 'LAST_MANAGER',
      status: 422,
    });
  });

  it('sends a file as the raw body with its media type (a photo upload)', async () => {
    answer(new Response(JSON.stringify({ photoUrl: '/api/photos/a.webp' }), { status: 200 }));
    const file = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    await expect(api.putBinary('/api/members/me/photo', file, 'image/png')).resolves.toEqual({ photoUrl: '/api/photos/a.webp' });
    expect(calls[0]!.init.method).toBe('PUT');
    expect(calls[0]!.init.credentials).toBe('same-origin');
    expect((calls[0]!.init.headers as Record<string, string>)['Content-Type']).toBe('image/png');
    expect(calls[0]!.init.body).toBe(file);
  });

  it('reads 413 and 415 without the API body as their codes', async () => {
    answer(new Response('<html>Request Entity Too Large</html>', { status: 413 }));
    await expect(api.putBinary('/api/members/me/photo', new Blob(['x']), 'application/octet-stream')).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    answer(new Response(JSON.stringify({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Not an image.', details: [] } }), { status: 415 }));
    await expect(api.putBinary('/api/members/me/photo', new Blob(['x']), 'image/png')).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      status: 415,
    });
  });

  it('turns a network failure into SERVICE_UNAVAILABLE', async () => {
    globalThis.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(request('GET', '/api/health')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 0 });
  });
});
