import { useParams } from 'react-router';
import { EditPostPage, KnowledgePage, NewPostPage, PostPage } from '../../features/knowledge';
import { useShellMember } from '../app-shell';

export function KnowledgeRoute() {
  return <KnowledgePage viewer={useShellMember()} />;
}

export function NewPostRoute() {
  return <NewPostPage />;
}

export function PostRoute() {
  const { id = '' } = useParams();
  // A new post, a new page: nothing (a dialog, a reply being written) carries over from the last one.
  return <PostPage key={id} id={id} viewer={useShellMember()} />;
}

export function EditPostRoute() {
  const { id = '' } = useParams();
  return <EditPostPage key={id} id={id} viewer={useShellMember()} />;
}
