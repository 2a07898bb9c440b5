import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NotificationSettings } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { notificationKeys } from './keys';

/** GET /api/members/me/notification-settings — e-mail frequency per category and quiet hours. */
export function getNotificationSettings(signal?: AbortSignal): Promise<NotificationSettings> {
  return api.get<NotificationSettings>('/api/members/me/notification-settings', { signal });
}

export const notificationSettingsQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.settings(),
    queryFn: ({ signal }) => getNotificationSettings(signal),
  });

export function useNotificationSettings() {
  return useQuery(notificationSettingsQueryOptions());
}
