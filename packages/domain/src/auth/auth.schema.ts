import { z } from 'zod';
import { EmailSchema, PasswordSchema } from '../common/primitives.schema';
import { CurrentMemberSchema } from '../members/member.schema';

/** Sign-in takes any password length: a wrong one must get the same answer as an unknown e-mail. */
export const LoginSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1).max(1024),
});
export type Login = z.infer<typeof LoginSchema>;

export const SessionResponseSchema = z.object({ member: CurrentMemberSchema });
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const ChangePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: PasswordSchema,
});
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;
