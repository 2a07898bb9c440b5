import { Module } from '@nestjs/common';
import { PasswordHasher } from './password-hasher';
import { SessionIssuer } from './session-issuer';
import { SessionsRepository } from './sessions.repository';

/** Sessions and password hashing: what sign-in, invitations and member administration share. */
@Module({
  providers: [SessionsRepository, SessionIssuer, PasswordHasher],
  exports: [SessionsRepository, SessionIssuer, PasswordHasher],
})
export class SessionsModule {}
