import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import type { Locale } from '@tertulia/domain';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { i18n } from '../../../lib/i18n';

/** Renders to HTML, as the shared test helper does, with some queries already answered. */
export async function renderWithData(
  element: ReactElement,
  data: readonly (readonly [QueryKey, unknown])[],
  locale: Locale = 'en',
): Promise<string> {
  await i18n.changeLanguage(locale);
  const queryClient = new QueryClient();
  for (const [key, value] of data) queryClient.setQueryData(key, value);
  const router = createMemoryRouter([{ path: '*', element }]);
  return renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}
