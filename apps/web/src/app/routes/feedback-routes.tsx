import { useParams } from 'react-router';
import { FeedbackInboxPage, FeedbackRequestPage, NewFeedbackRequestPage } from '../../features/feedback';
import { useShellMember } from '../app-shell';

export function FeedbackInboxRoute() {
  return <FeedbackInboxPage viewer={useShellMember()} />;
}

export function NewFeedbackRequestRoute() {
  return <NewFeedbackRequestPage />;
}

export function FeedbackRequestRoute() {
  const { id = '' } = useParams();
  // A new request, a new page: nothing (a form being typed, a dialog) carries over from the last one.
  return <FeedbackRequestPage key={id} id={id} viewer={useShellMember()} />;
}
