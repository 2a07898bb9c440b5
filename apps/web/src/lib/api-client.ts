import { ERROR_CODES, isErrorBody, type ErrorCode, type ErrorDetail } from '@tertulia/domain';

/** What the portal knows about a failed request: always a known code, so it can be translated. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The validation details of one field (`path` as the API gives it, e.g. `email`). */
  detailsFor(path: string): ErrorDetail[] {
    return this.details.filter((detail) => detail.path === path);
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** When the body is not the API's error body (a proxy page, an empty reply), the status decides. */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'VALIDATION_FAILED';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
    case 0:
    case 502:
    case 503:
    case 504:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED';
  }
}

/** Turns a failed response (its status and parsed body, if any) into an ApiError. */
export function toApiError(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) {
    const { code, message, details } = body.error;
    const known = typeof code === 'string' && KNOWN_CODES.has(code);
    const safeDetails = Array.isArray(details)
      ? details.filter((detail): detail is ErrorDetail => typeof detail === 'object' && detail !== null && typeof detail.message === 'string')
      : [];
    return new ApiError(
      status,
      known ? code : codeForStatus(status),
      typeof message === 'string' ? message : `Request failed with status ${status}`,
      safeDetails,
    );
  }
  return new ApiError(status, codeForStatus(status), `Request failed with status ${status}`);
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  /** A file or other bytes sent as they are (instead of a JSON body), announced with this media type. */
  binary?: { data: Blob; type: string };
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Calls the API on the portal's own origin with the session cookie. Resolves with the parsed
 * JSON (undefined for 204); rejects with an ApiError for any failure, a network one included.
 */
export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Fastify refuses an empty body announced as JSON, so the header goes only with a body.
  if (options.binary) headers['Content-Type'] = options.binary.type;
  else if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.binary ? options.binary.data : options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'SERVICE_UNAVAILABLE', 'The network request failed');
  }
  const body = await readBody(response);
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  /** PUT of raw bytes (a photo): the body is the file itself, `type` its Content-Type. */
  putBinary: <T>(path: string, data: Blob, type: string, options?: Omit<RequestOptions, 'body' | 'binary'>) =>
    request<T>('PUT', path, { ...options, binary: { data, type } }),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
