import { SESSION_COOKIE } from '../../src/common/auth/session-cookie';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

let nextAddress = 1;

/**
 * A browser-like client over real HTTP: keeps the session cookie, sends the app's Origin on
 * every request, and comes from its own address (the app trusts X-Forwarded-For in tests),
 * so that throttling of one client does not leak into another.
 */
export class TestClient {
  private sessionCookie: string | undefined;
  readonly ip = `10.0.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;

  constructor(private readonly baseUrl: string) {}

  get cookie(): string | undefined {
    return this.sessionCookie;
  }

  set cookie(value: string | undefined) {
    this.sessionCookie = value;
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        origin: this.baseUrl,
        'x-forwarded-for': this.ip,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.sessionCookie ? { cookie: `${SESSION_COOKIE}=${this.sessionCookie}` } : {}),
        ...headers,
      },
      // Strings and bytes go as they are (a raw upload sets its own Content-Type); anything else as JSON.
      body: body === undefined ? undefined : typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
    });
    this.keepCookie(response.headers.getSetCookie());
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text (the portal's HTML)
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body?: unknown) => this.request<T>('POST', path, body);
  patch = <T = any>(path: string, body?: unknown) => this.request<T>('PATCH', path, body);
  put = <T = any>(path: string, body?: unknown) => this.request<T>('PUT', path, body);
  delete = <T = any>(path: string) => this.request<T>('DELETE', path);

  async signIn(email: string, password: string): Promise<TestResponse> {
    const response = await this.post('/api/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(response.body)}`);
    return response;
  }

  private keepCookie(setCookies: string[]): void {
    for (const header of setCookies) {
      const [pair, ...attributes] = header.split(';');
      const [name, value] = pair!.split('=');
      if (name?.trim() !== SESSION_COOKIE) continue;
      const expired = attributes.some((attribute) => /expires=thu, 01 jan 1970/i.test(attribute.trim()));
      this.sessionCookie = expired || !value ? undefined : value;
    }
  }
}
