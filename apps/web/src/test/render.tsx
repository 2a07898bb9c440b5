import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Locale } from '@tertulia/domain';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { i18n } from '../lib/i18n';

/**
 * Renders a component to HTML in the given language, inside the providers the portal gives
 * it, so that tests can check its markup: labels, names, ARIA wiring.
 */
export async function renderHtml(element: ReactElement, locale: Locale = 'en'): Promise<string> {
  await i18n.changeLanguage(locale);
  const queryClient = new QueryClient();
  const router = createMemoryRouter([{ path: '*', element }]);
  return renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

/** The text of the <label> bound to the control with this id. */
export function labelFor(html: string, id: string): string | undefined {
  const match = new RegExp(`<label[^>]*for="${escape(id)}"[^>]*>(.*?)</label>`).exec(html);
  return match?.[1];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
