import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UNSUBSCRIBE_SCOPES, type UnsubscribeScope } from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import { UnsubscribeRepository } from './unsubscribe.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const isScope = (value: string): value is UnsubscribeScope => (UNSUBSCRIBE_SCOPES as readonly string[]).includes(value);

export type UnsubscribeSigner = (memberId: string, scope: UnsubscribeScope) => string;

/**
 * One-click unsubscribe links: TOKEN = base64url(`memberId.scope.signature`), the signature an
 * HMAC-SHA256 (truncated, see below) of `memberId:scope` with the key the database made at install (app_secrets
 * `unsubscribe`). Nothing is stored per link; changing the member, the scope or a single
 * character of the signature makes it worthless.
 */
@Injectable()
export class UnsubscribeTokens {
  private key: Buffer | undefined;

  constructor(private readonly repository: UnsubscribeRepository) {}

  /** A signer; `em` is the caller's (on the embedded database a transaction holds the only connection). */
  async signer(em?: EntityManager): Promise<UnsubscribeSigner> {
    const key = await this.loadKey(em);
    return (memberId, scope) => Buffer.from(`${memberId}.${scope}.${signature(key, memberId, scope).toString('base64url')}`).toString('base64url');
  }

  /** The member and scope a genuine token names, or null (compared in constant time). */
  async verify(token: string): Promise<{ memberId: string; scope: UnsubscribeScope } | null> {
    const decoded = Buffer.from(token, 'base64url');
    // Only the canonical spelling counts (base64 leaves a few bits of the last character unused).
    if (decoded.toString('base64url') !== token) return null;
    const [memberId, scope, given, ...rest] = decoded.toString('utf8').split('.');
    if (rest.length > 0 || !memberId || !scope || !given || !UUID.test(memberId) || !isScope(scope)) return null;
    const expected = signature(await this.loadKey(), memberId, scope);
    const presented = Buffer.from(given, 'base64url');
    if (presented.toString('base64url') !== given || presented.length !== expected.length) return null;
    return timingSafeEqual(presented, expected) ? { memberId, scope } : null;
  }

  private async loadKey(em?: EntityManager): Promise<Buffer> {
    this.key ??= Buffer.from(await this.repository.signingKey(em), 'utf8');
    return this.key;
  }
}

/**
 * HMAC-SHA256 truncated to its first 128 bits (as HMAC-SHA-256-128, RFC 4868): forging one is still a
 * 2^128 guess, and the token stays within the 100 characters Fastify allows a path parameter
 * (the longest, a `weekly_digest` link, is 98).
 */
export const SIGNATURE_BYTES = 16;

function signature(key: Buffer, memberId: string, scope: string): Buffer {
  return createHmac('sha256', key).update(`${memberId}:${scope}`).digest().subarray(0, SIGNATURE_BYTES);
}
