/** The knowledge feature's public face: its pages, a member's posts for their profile, and the queries the routes prefetch. */
import type { QueryClient } from '@tanstack/react-query';
import { commentsInfiniteQueryOptions } from './api/get-comments';
import { postQueryOptions } from './api/get-post';
import { postTagsQueryOptions } from './api/get-post-tags';
import { postsInfiniteQueryOptions } from './api/get-posts';
import { filtersFromState, stateFromParams } from './utils/knowledge-params';

export { KnowledgePage } from './components/knowledge-page';
export { MemberPosts } from './components/member-posts';
export { EditPostPage, NewPostPage } from './components/post-form-page';
export { PostPage } from './components/post-page';

/** Starts reading what `/knowledge?…` shows: the posts the URL asks for, and the tags of the filter. */
export function prefetchKnowledge(queryClient: QueryClient, url: URL): void {
  const state = stateFromParams(url.searchParams);
  void queryClient.prefetchInfiniteQuery(postsInfiniteQueryOptions(filtersFromState(state)));
  if (state.view === 'feed') void queryClient.prefetchQuery(postTagsQueryOptions('', 30));
}

/** Starts reading one post and its comments (a draft has none: the API would refuse, so they wait for the post). */
export function prefetchPost(queryClient: QueryClient, id: string): void {
  void queryClient.prefetchQuery(postQueryOptions(id)).then(() => {
    const post = queryClient.getQueryData(postQueryOptions(id).queryKey);
    if (post?.status === 'published') void queryClient.prefetchInfiniteQuery(commentsInfiniteQueryOptions(id));
  });
}

/** Starts reading what the post form needs: the post when editing, and the tag suggestions. */
export function prefetchPostForm(queryClient: QueryClient, id?: string): void {
  void queryClient.prefetchQuery(postTagsQueryOptions('', 10));
  if (id) void queryClient.prefetchQuery(postQueryOptions(id));
}
