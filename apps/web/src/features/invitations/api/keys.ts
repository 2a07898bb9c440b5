export const invitationsKeys = {
  all: ['invitations'] as const,
  preview: (token: string) => [...invitationsKeys.all, 'preview', token] as const,
};
