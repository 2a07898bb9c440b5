import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NotificationSettings } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { notificationKeys } from './keys';

/** PUT /api/members/me/notification-settings — the whole settings, as the page shows them. */
export function updateNotificationSettings(settings: NotificationSettings): Promise<NotificationSettings> {
  return api.put<NotificationSettings>('/api/members/me/notification-settings', settings);
}

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationSettings,
    onSuccess: (settings) => queryClient.setQueryData(notificationKeys.settings(), settings),
  });
}
