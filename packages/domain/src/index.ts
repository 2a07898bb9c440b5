export * from './common/error-codes';
export * from './common/primitives.schema';
export * from './common/pagination.schema';
export * from './members/member.schema';
export * from './auth/auth.schema';
export * from './invitations/invitation.schema';
export * from './health/health.schema';
