import { MEMBER_ROLES } from '@tertulia/domain';
import type { TFunction } from 'i18next';

export const roleOptions = (t: TFunction) => MEMBER_ROLES.map((role) => ({ value: role, label: t(`members.roles.${role}`) }));
