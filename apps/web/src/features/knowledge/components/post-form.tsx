import { POST_BODY_MAX_LENGTH, POST_KINDS, POST_TAGS_MAX, POST_TITLE_MAX_LENGTH, type Post, type PostKind, type PostStatus } from '@tertulia/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { MarkdownField } from '../../../components/ui/markdown-field';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { errorMessage, fieldErrorsFromApi, fieldErrorsFromIssues, type FieldErrors, type SchemaIssue } from '../../../lib/errors';
import { focusFirstInvalid } from '../../../lib/forms';
import { useCreatePost } from '../api/create-post';
import { useUpdatePost } from '../api/update-post';
import {
  addTag,
  BODY_TOO_LONG,
  charactersLeft,
  counterMilestone,
  formField,
  normaliseTag,
  patchFor,
  postInput,
  TALK_LINK_MISSING,
  TALK_MOMENT_MISSING,
  type PostDraft,
} from '../utils/post-draft';
import { TagsField } from './tags-field';
import { TalkFields } from './talk-fields';

export interface PostFormProps {
  initial: PostDraft;
  /** Editing this post; a new one otherwise. */
  post?: Post;
}

/** A tag typed but not added that cannot be added (too long, one too many). */
const TAG_PROBLEM = 'tag_problem';

/** The API's and the schema's problems under the form's own field names, in the reader's language. */
function useFormErrors(issues: readonly SchemaIssue[], apiError: unknown, kind: PostKind): FieldErrors {
  const { t } = useTranslation();
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(fieldErrorsFromApi(t, apiError))) {
    errors[formField(path)] ??= path === 'body' ? t('knowledge.form.bodyTooLong', { max: POST_BODY_MAX_LENGTH[kind] }) : message;
  }
  // A rule the API checks with its own code (an unknown event, say), pointed at its field.
  if (isApiError(apiError) && apiError.code !== 'VALIDATION_FAILED') {
    for (const detail of apiError.details) if (detail.path) errors[formField(detail.path)] ??= t(`errors.${apiError.code}`);
  }
  Object.assign(errors, fieldErrorsFromIssues(t, issues));
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if (issue.code === BODY_TOO_LONG) errors[field] = t('knowledge.form.bodyTooLong', { max: POST_BODY_MAX_LENGTH[kind] });
    if (issue.code === TALK_MOMENT_MISSING) errors[field] = t('knowledge.form.talkMomentMissing');
    if (issue.code === TALK_LINK_MISSING) errors[field] = t('knowledge.form.talkLinkMissing');
    if (issue.code === TAG_PROBLEM && (issue.input === 'tooLong' || issue.input === 'tooMany')) {
      errors[field] = t(`knowledge.tags.${issue.input}`, { max: POST_TAGS_MAX });
    }
  }
  return errors;
}

/** Kind, title, text (Markdown, with a preview; a tip counts down its characters), tags, a talk's when and where. */
export function PostForm({ initial, post }: PostFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePost();
  const update = useUpdatePost();
  const formRef = useRef<HTMLFormElement>(null);
  const intent = useRef<PostStatus>('published');
  const [draft, setDraft] = useState(initial);
  const [tagText, setTagText] = useState('');
  const [issues, setIssues] = useState<readonly SchemaIssue[]>([]);
  const save = post ? update : create;
  const busy = save.isPending;
  const errors = useFormErrors(issues, save.error, draft.kind);
  const hasFieldErrors = Object.keys(errors).length > 0;
  const published = post?.status === 'published';

  const set = <K extends keyof PostDraft>(key: K, value: PostDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const onSubmit = (submitted: FormEvent<HTMLFormElement>) => {
    submitted.preventDefault();
    if (busy) return;
    save.reset();
    const invalid = (found: SchemaIssue[]) => {
      flushSync(() => setIssues(found));
      focusFirstInvalid(formRef.current);
    };
    // A tag typed but not added yet is added now rather than lost.
    let tags = draft.tags;
    if (normaliseTag(tagText)) {
      const added = addTag(tags, tagText);
      if (added.ok) tags = added.tags;
      else if (added.problem !== 'duplicate') return invalid([{ code: TAG_PROBLEM, path: ['tags'], input: added.problem }]);
      setTagText('');
      set('tags', tags);
    }
    const status: PostStatus = published ? 'published' : intent.current;
    const result = postInput({ ...draft, tags }, status);
    if (!result.ok) return invalid(result.issues);
    setIssues([]);
    const onSuccess = (saved: Post) => void navigate(`/knowledge/${saved.id}`);
    const onError = () => focusFirstInvalid(formRef.current);
    if (post) {
      const patch = patchFor(post, result.value);
      if (!patch) return void navigate(`/knowledge/${post.id}`);
      update.mutate({ id: post.id, patch }, { onSuccess, onError });
    } else {
      create.mutate(result.value, { onSuccess, onError });
    }
  };

  const left = charactersLeft(draft.kind, draft.body);
  const counter =
    draft.kind === 'tip'
      ? left >= 0
        ? t('knowledge.form.charactersLeft', { count: left, max: POST_BODY_MAX_LENGTH.tip })
        : t('knowledge.form.charactersOver', { count: -left })
      : undefined;

  return (
    <form ref={formRef} className="form post-form" noValidate onSubmit={onSubmit} aria-labelledby="page-heading">
      <fieldset className="fieldset">
        <legend>{t('knowledge.form.kind')}</legend>
        {POST_KINDS.map((kind) => (
          <div key={kind} className="checkbox-field">
            <input
              id={`post-kind-${kind}`}
              type="radio"
              name="kind"
              value={kind}
              checked={draft.kind === kind}
              onChange={() => set('kind', kind)}
              aria-describedby={`post-kind-${kind}-hint`}
            />
            <label htmlFor={`post-kind-${kind}`}>{t(`knowledge.kind.${kind}`)}</label>
            <p id={`post-kind-${kind}-hint`} className="field-hint">
              {t(`knowledge.form.kindHints.${kind}`)}
            </p>
          </div>
        ))}
      </fieldset>
      <TextField
        name="title"
        label={t('knowledge.form.title')}
        value={draft.title}
        onChange={(change) => set('title', change.target.value)}
        maxLength={POST_TITLE_MAX_LENGTH}
        required
        error={errors.title}
      />
      <MarkdownField
        name="body"
        label={t('knowledge.form.body')}
        hint={counter}
        value={draft.body}
        onChange={(body) => set('body', body)}
        maxLength={POST_BODY_MAX_LENGTH[draft.kind]}
        rows={draft.kind === 'article' ? 14 : 6}
        error={errors.body}
      />
      <CounterAnnouncer left={draft.kind === 'tip' ? left : null} />
      <TagsField tags={draft.tags} text={tagText} error={errors.tags} onTextChange={setTagText} onTagsChange={(tags) => set('tags', tags)} />
      {draft.kind === 'talk' ? <TalkFields draft={draft} errors={errors} post={post} set={set} /> : null}

      <ErrorAlert>{save.isError && !hasFieldErrors ? errorMessage(t, save.error) : null}</ErrorAlert>
      <div className="form__actions">
        {published ? (
          <button type="submit" className="button" aria-disabled={busy} aria-busy={busy}>
            {t('knowledge.form.save')}
          </button>
        ) : (
          <>
            <button type="submit" className="button" aria-disabled={busy} aria-busy={busy} onClick={() => (intent.current = 'published')}>
              {t('knowledge.form.publish')}
            </button>
            <button
              type="submit"
              className="button button--quiet"
              aria-disabled={busy}
              onClick={() => (intent.current = 'draft')}
            >
              {t('knowledge.form.saveDraft')}
            </button>
          </>
        )}
        <Link to={post ? `/knowledge/${post.id}` : '/knowledge'} className="button button--quiet">
          {t('knowledge.form.cancel')}
        </Link>
      </div>
    </form>
  );
}

/**
 * Tells screen readers how much room a tip has left, but only at milestones (100, 50, 20, 10
 * and 0 characters left, and once over), not at every key; the count itself is in the field's hint.
 */
function CounterAnnouncer({ left }: { left: number | null }) {
  const { t } = useTranslation();
  const milestone = left === null ? null : counterMilestone(left);
  const [message, setMessage] = useState('');
  const leftRef = useRef(left);
  leftRef.current = left;
  useEffect(() => {
    const now = leftRef.current;
    if (milestone === null || now === null) setMessage('');
    else setMessage(now < 0 ? t('knowledge.form.charactersOver', { count: -now }) : t('knowledge.form.charactersLeftShort', { count: now }));
  }, [milestone, t]);
  return (
    <p role="status" className="visually-hidden">
      {message}
    </p>
  );
}
