import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Serves the built portal's index.html for its client-side routes (anything but /api). */
export class SpaFallback {
  private constructor(readonly root: string) {}

  static load(root: string): SpaFallback | null {
    return existsSync(join(root, 'index.html')) ? new SpaFallback(root) : null;
  }

  accepts(request: FastifyRequest): boolean {
    const path = request.url.split('?')[0];
    return request.method === 'GET' && path !== '/api' && !path.startsWith('/api/');
  }

  /** Read at each request (a small file the OS caches), so a rebuilt portal is served without a restart. */
  send(reply: FastifyReply): void {
    const indexHtml = readFileSync(join(this.root, 'index.html'), 'utf8');
    void reply.status(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
  }
}
