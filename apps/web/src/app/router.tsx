import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, redirect, type LoaderFunctionArgs } from 'react-router';
import { sessionQueryOptions } from '../features/auth';
import { prefetchBreakfasts } from '../features/breakfasts';
import { prefetchCircle, prefetchCircles } from '../features/circles';
import { prefetchCoffee } from '../features/coffee';
import { prefetchCategories, prefetchDirectory, prefetchMemberProfile } from '../features/directory';
import { prefetchEvent, prefetchEventForm, prefetchEvents } from '../features/events';
import { prefetchFeedbackInbox, prefetchFeedbackRequest } from '../features/feedback';
import { prefetchKnowledge, prefetchPost, prefetchPostForm } from '../features/knowledge';
import { prefetchNetworkingPrint } from '../features/networking';
import { COMMUNITY_FILTERS, invitationsInfiniteQueryOptions, membersInfiniteQueryOptions } from '../features/members';
import { prefetchNotifications, prefetchNotificationSettings, prefetchOutbox } from '../features/notifications';
import { prefetchMyProfile } from '../features/profile';
import { safeNextPath } from '../lib/forms';
import { AppShell } from './app-shell';
import { PublicLayout } from './public-layout';
import { RootLayout } from './root-layout';
import { AccountRoute } from './routes/account-route';
import { BreakfastsRoute } from './routes/breakfasts-route';
import { CategoriesAdminRoute } from './routes/categories-admin-route';
import { CircleRoute } from './routes/circle-route';
import { CirclesRoute } from './routes/circles-route';
import { CoffeeRoute } from './routes/coffee-route';
import { ComingSoonRoute, type Area } from './routes/coming-soon-route';
import { DirectoryRoute } from './routes/directory-route';
import { EditEventRoute, NewEventRoute } from './routes/event-form-routes';
import { EventRoute } from './routes/event-route';
import { EventsRoute } from './routes/events-route';
import { FeedbackInboxRoute, FeedbackRequestRoute, NewFeedbackRequestRoute } from './routes/feedback-routes';
import { HomeRoute } from './routes/home-route';
import { InvitationRoute } from './routes/invitation-route';
import { EditPostRoute, KnowledgeRoute, NewPostRoute, PostRoute } from './routes/knowledge-routes';
import { MemberProfileRoute } from './routes/member-profile-route';
import { MembersAdminRoute } from './routes/members-admin-route';
import { NetworkingPrintRoute } from './routes/networking-print-route';
import { NotFoundRoute } from './routes/not-found-route';
import { NotificationSettingsRoute, NotificationsRoute, OutboxRoute, UnsubscribeRoute } from './routes/notifications-routes';
import { ProfileRoute } from './routes/profile-route';
import { HydrateFallback, RootError, RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in-route';
import { signInPath } from './sign-in-path';

/** The areas still to come (breakfasts, the directory and events have their own pages). */
const AREAS: readonly Area[] = [];

/**
 * The portal's routes. Loaders read the session with the same query options as the pages, so
 * nothing is fetched twice; pages inside the shell need a member, others are public.
 */
export function createAppRouter(queryClient: QueryClient) {
  const session = () => queryClient.ensureQueryData(sessionQueryOptions());

  const requireMember = async ({ request }: LoaderFunctionArgs) => {
    const member = await session();
    if (!member) {
      const url = new URL(request.url);
      throw redirect(signInPath(url));
    }
    return null;
  };

  const redirectMember = async ({ request }: LoaderFunctionArgs) => {
    const member = await session();
    if (member) throw redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
    return null;
  };

  const prefetchCommunity = () => {
    void queryClient.prefetchInfiniteQuery(membersInfiniteQueryOptions(COMMUNITY_FILTERS));
    return null;
  };

  const prefetchBreakfastsPage = async () => {
    const member = await session();
    prefetchBreakfasts(queryClient, member?.role === 'manager');
    return null;
  };

  const prefetchDirectoryPage = ({ request }: LoaderFunctionArgs) => {
    prefetchDirectory(queryClient, new URL(request.url));
    return null;
  };

  const prefetchProfile = ({ params }: LoaderFunctionArgs) => {
    if (params.id) prefetchMemberProfile(queryClient, params.id);
    return null;
  };

  const prefetchMyProfilePage = async () => {
    const member = await session();
    if (member) prefetchMyProfile(queryClient, member.id);
    return null;
  };

  const prefetchCirclesPage = () => {
    prefetchCircles(queryClient);
    return null;
  };

  const prefetchCirclePage = ({ params }: LoaderFunctionArgs) => {
    if (params.id) prefetchCircle(queryClient, params.id);
    return null;
  };

  const prefetchEventsPage = ({ request }: LoaderFunctionArgs) => {
    prefetchEvents(queryClient, new URL(request.url));
    return null;
  };

  const prefetchEventPage = ({ params }: LoaderFunctionArgs) => {
    if (params.id) prefetchEvent(queryClient, params.id);
    return null;
  };

  const prefetchNetworkingPrintPage = ({ params }: LoaderFunctionArgs) => {
    if (params.id) prefetchNetworkingPrint(queryClient, params.id);
    return null;
  };

  const prefetchEventFormPage = ({ params }: LoaderFunctionArgs) => {
    prefetchEventForm(queryClient, params.id);
    return null;
  };

  const prefetchFeedbackInboxPage = ({ request }: LoaderFunctionArgs) => {
    prefetchFeedbackInbox(queryClient, new URL(request.url));
    return null;
  };

  const prefetchFeedbackRequestPage = ({ params }: LoaderFunctionArgs) => {
    if (params.id) prefetchFeedbackRequest(queryClient, params.id);
    return null;
  };

  const prefetchCoffeePage = () => {
    prefetchCoffee(queryClient);
    return null;
  };

  const prefetchKnowledgePage = ({ request }: LoaderFunctionArgs) => {
    prefetchKnowledge(queryClient, new URL(request.url));
    return null;
  };

  const prefetchPostPage = ({ params }: LoaderFunctionArgs) => {
    if (params.id) prefetchPost(queryClient, params.id);
    return null;
  };

  const prefetchPostFormPage = ({ params }: LoaderFunctionArgs) => {
    prefetchPostForm(queryClient, params.id);
    return null;
  };

  const prefetchNotificationsPage = () => {
    prefetchNotifications(queryClient);
    return null;
  };

  const prefetchNotificationSettingsPage = () => {
    prefetchNotificationSettings(queryClient);
    return null;
  };

  const prefetchOutboxPage = async ({ request }: LoaderFunctionArgs) => {
    const member = await session();
    if (member?.role === 'manager') prefetchOutbox(queryClient, new URL(request.url));
    return null;
  };

  const prefetchCategoriesAdmin = async () => {
    const member = await session();
    if (member?.role === 'manager') prefetchCategories(queryClient);
    return null;
  };

  const prefetchAdmin = async () => {
    const member = await session();
    if (member?.role === 'manager') {
      void queryClient.prefetchInfiniteQuery(invitationsInfiniteQueryOptions());
      void queryClient.prefetchInfiniteQuery(membersInfiniteQueryOptions());
    }
    return null;
  };

  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <RootError />,
      HydrateFallback,
      children: [
        {
          element: <PublicLayout />,
          children: [
            {
              errorElement: <RouteError />,
              children: [
                { path: 'sign-in', loader: redirectMember, element: <SignInRoute /> },
                { path: 'invitations/:token', element: <InvitationRoute /> },
                { path: 'unsubscribe/:token', element: <UnsubscribeRoute /> },
              ],
            },
          ],
        },
        {
          element: <AppShell />,
          loader: requireMember,
          children: [
            {
              errorElement: <RouteError />,
              children: [
                { index: true, loader: prefetchCommunity, element: <HomeRoute /> },
                { path: 'account', element: <AccountRoute /> },
                { path: 'profile', loader: prefetchMyProfilePage, element: <ProfileRoute /> },
                { path: 'admin/members', loader: prefetchAdmin, element: <MembersAdminRoute /> },
                { path: 'admin/categories', loader: prefetchCategoriesAdmin, element: <CategoriesAdminRoute /> },
                { path: 'breakfasts', loader: prefetchBreakfastsPage, element: <BreakfastsRoute /> },
                { path: 'directory', loader: prefetchDirectoryPage, element: <DirectoryRoute /> },
                { path: 'members/:id', loader: prefetchProfile, element: <MemberProfileRoute /> },
                { path: 'circles', loader: prefetchCirclesPage, element: <CirclesRoute /> },
                { path: 'circles/:id', loader: prefetchCirclePage, element: <CircleRoute /> },
                { path: 'events', loader: prefetchEventsPage, element: <EventsRoute /> },
                { path: 'events/new', loader: prefetchEventFormPage, element: <NewEventRoute /> },
                { path: 'events/:id', loader: prefetchEventPage, element: <EventRoute /> },
                { path: 'events/:id/edit', loader: prefetchEventFormPage, element: <EditEventRoute /> },
                { path: 'events/:id/tables/print', loader: prefetchNetworkingPrintPage, element: <NetworkingPrintRoute /> },
                { path: 'feedback', loader: prefetchFeedbackInboxPage, element: <FeedbackInboxRoute /> },
                { path: 'feedback/new', element: <NewFeedbackRequestRoute /> },
                { path: 'feedback/:id', loader: prefetchFeedbackRequestPage, element: <FeedbackRequestRoute /> },
                { path: 'coffee', loader: prefetchCoffeePage, element: <CoffeeRoute /> },
                { path: 'knowledge', loader: prefetchKnowledgePage, element: <KnowledgeRoute /> },
                { path: 'knowledge/new', loader: prefetchPostFormPage, element: <NewPostRoute /> },
                { path: 'knowledge/:id', loader: prefetchPostPage, element: <PostRoute /> },
                { path: 'knowledge/:id/edit', loader: prefetchPostFormPage, element: <EditPostRoute /> },
                { path: 'notifications', loader: prefetchNotificationsPage, element: <NotificationsRoute /> },
                { path: 'settings/notifications', loader: prefetchNotificationSettingsPage, element: <NotificationSettingsRoute /> },
                { path: 'admin/outbox', loader: prefetchOutboxPage, element: <OutboxRoute /> },
                ...AREAS.map((area) => ({ path: area, element: <ComingSoonRoute area={area} /> })),
                { path: '*', element: <NotFoundRoute /> },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
