import type { TestApp } from '../utils/test-app';

export type Who = 'anonymous' | 'member' | 'manager';

export interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As in the OpenAPI document. */
  route: string;
  /** Who calls, when it matters beyond the role (e.g. "as its presenter"). */
  as?: string;
  /** Builds a request that would succeed for whoever may call the route; `caller` is the signed-in member, if any. */
  request: (t: TestApp, caller: string | null) => Promise<{ path: string; body?: unknown; headers?: Record<string, string> }>;
  expected: Record<Who, number>;
}

