import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** OWASP's minimum for Argon2id: 19 MiB of memory, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  /** With no hash to check (unknown e-mail), still spends the time of a check so both cases look alike. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    this.dummyHash ??= this.hash('tertulia-timing-equaliser');
    const matches = await argon2.verify(hash ?? (await this.dummyHash), password);
    return hash !== null && matches;
  }
}
