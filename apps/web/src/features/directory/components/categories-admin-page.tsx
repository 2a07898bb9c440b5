import {
  CreateServiceCategorySchema,
  UpdateServiceCategorySchema,
  type Locale,
  type ServiceCategory,
} from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrorsFromApi, fieldErrorsFromIssues, type FieldErrors } from '../../../lib/errors';
import { focusFirstInvalid, readForm } from '../../../lib/forms';
import { useLocale } from '../../../lib/i18n';
import { useCreateServiceCategory } from '../api/create-service-category';
import { useDeleteServiceCategory } from '../api/delete-service-category';
import { useServiceCategories } from '../api/get-service-categories';
import { useUpdateServiceCategory } from '../api/update-service-category';

const NAME_LOCALES: readonly Locale[] = ['ca', 'es', 'en'];
const NAME_LABEL_KEYS = {
  ca: 'directory.categories.nameCa',
  es: 'directory.categories.nameEs',
  en: 'directory.categories.nameEn',
} as const;

function namesFromForm(values: Record<string, string>) {
  return { ca: values['names.ca'] ?? '', es: values['names.es'] ?? '', en: values['names.en'] ?? '' };
}

/** The manager keeps the list of service categories: add, rename in each language, delete. */
export function CategoriesAdminPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const categories = useServiceCategories();
  const remove = useDeleteServiceCategory();
  const [notice, setNotice] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ServiceCategory | null>(null);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const items = categories.data ?? [];

  const onDelete = () => {
    if (!deleting || remove.isPending) return;
    const name = deleting.names[locale];
    remove.mutate(deleting.id, {
      onSuccess: () => {
        setDeleting(null);
        setNotice(t('directory.categories.deleted', { name }));
        listHeadingRef.current?.focus();
      },
    });
  };

  return (
    <div className="stack">
      <header className="page-header">
        <PageHeading title={t('directory.categories.title')}>{t('directory.categories.title')}</PageHeading>
        <p className="lead">{t('directory.categories.intro')}</p>
      </header>
      <AddCategoryForm onAdded={(category) => setNotice(t('directory.categories.added', { name: category.names[locale] }))} />
      <section className="card" aria-labelledby="categories-list-heading">
        <h2 id="categories-list-heading" ref={listHeadingRef} tabIndex={-1}>
          {t('directory.categories.listHeading')}
        </h2>
        <StatusMessage>{notice}</StatusMessage>
        {remove.isError ? <ErrorAlert>{errorMessage(t, remove.error)}</ErrorAlert> : null}
        {categories.isPending ? (
          <p className="muted">{t('app.loading')}</p>
        ) : categories.isError ? (
          <ErrorAlert>{errorMessage(t, categories.error)}</ErrorAlert>
        ) : items.length === 0 ? (
          <p className="muted">{t('directory.categories.empty')}</p>
        ) : (
          <ul className="rows">
            {items.map((category) => (
              <CategoryRow
                key={category.id}
                category={category}
                onSaved={(saved) => setNotice(t('directory.categories.saved', { name: saved.names[locale] }))}
                onDelete={() => {
                  remove.reset();
                  setDeleting(category);
                }}
              />
            ))}
          </ul>
        )}
      </section>
      <ConfirmDialog
        open={deleting !== null}
        title={t('directory.categories.deleteTitle', { name: deleting?.names[locale] ?? '' })}
        confirmLabel={t('directory.categories.delete')}
        cancelLabel={t('app.cancel')}
        destructive
        busy={remove.isPending}
        onConfirm={onDelete}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('directory.categories.deleteBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

function AddCategoryForm({ onAdded }: { onAdded: (category: ServiceCategory) => void }) {
  const { t } = useTranslation();
  const create = useCreateServiceCategory();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = { ...fieldErrorsFromApi(t, create.error), ...errors };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const form = event.currentTarget;
    const values = readForm(form);
    const parsed = CreateServiceCategorySchema.safeParse({ slug: values.slug ?? '', names: namesFromForm(values) });
    create.reset();
    if (!parsed.success) {
      flushSync(() => setErrors(fieldErrorsFromIssues(t, parsed.error.issues)));
      focusFirstInvalid(formRef.current);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (category) => {
        form.reset();
        onAdded(category);
      },
    });
  };

  return (
    <section className="card" aria-labelledby="category-add-heading">
      <h2 id="category-add-heading">{t('directory.categories.addHeading')}</h2>
      <form ref={formRef} className="form form--pairs" noValidate onSubmit={onSubmit}>
        <TextField
          name="slug"
          label={t('directory.categories.slug')}
          hint={t('directory.categories.slugHint')}
          required
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          error={shown.slug}
          className="form__full"
        />
        {NAME_LOCALES.map((language) => (
          <TextField
            key={language}
            name={`names.${language}`}
            lang={language}
            label={t(NAME_LABEL_KEYS[language])}
            required
            maxLength={60}
            error={shown[`names.${language}`]}
          />
        ))}
        <div className="form__actions form__full">
          <button type="submit" className="button" aria-disabled={create.isPending} aria-busy={create.isPending}>
            {t('directory.categories.add')}
          </button>
        </div>
      </form>
      {create.isError ? <ErrorAlert>{errorMessage(t, create.error)}</ErrorAlert> : null}
    </section>
  );
}

interface CategoryRowProps {
  category: ServiceCategory;
  onSaved: (category: ServiceCategory) => void;
  onDelete: () => void;
}

function CategoryRow({ category, onSaved, onDelete }: CategoryRowProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useUpdateServiceCategory();
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const name = category.names[locale];
  const shown = { ...fieldErrorsFromApi(t, update.error), ...errors };

  const stopEditing = () => {
    flushSync(() => {
      setEditing(false);
      setErrors({});
      update.reset();
    });
    editRef.current?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const parsed = UpdateServiceCategorySchema.safeParse({ names: namesFromForm(readForm(event.currentTarget)) });
    if (!parsed.success) {
      flushSync(() => setErrors(fieldErrorsFromIssues(t, parsed.error.issues)));
      focusFirstInvalid(formRef.current);
      return;
    }
    setErrors({});
    update.mutate(
      { id: category.id, patch: parsed.data },
      {
        onSuccess: (saved) => {
          onSaved(saved);
          stopEditing();
        },
      },
    );
  };

  return (
    <li className="row">
      <div className="row__main">
        <p className="row__title">{name}</p>
        <p className="row__meta muted small">
          <code>{category.slug}</code> ·{' '}
          {NAME_LOCALES.filter((language) => language !== locale).map((language, index) => (
            <span key={language} lang={language}>
              {index > 0 ? ' · ' : null}
              {category.names[language]}
            </span>
          ))}
        </p>
      </div>
      <div className="row__actions">
        {editing ? null : (
          <button
            ref={editRef}
            type="button"
            className="button button--small button--quiet"
            aria-label={t('directory.categories.editLabel', { name })}
            onClick={() => setEditing(true)}
          >
            {t('directory.categories.edit')}
          </button>
        )}
        <button
          type="button"
          className="button button--small button--quiet-danger"
          aria-label={t('directory.categories.deleteLabel', { name })}
          onClick={onDelete}
        >
          {t('directory.categories.delete')}
        </button>
      </div>
      {editing ? (
        <div className="row__full">
          <form
            ref={formRef}
            className="form form--pairs"
            noValidate
            onSubmit={onSubmit}
            aria-label={t('directory.categories.editLabel', { name })}
          >
            {NAME_LOCALES.map((language) => (
              <TextField
                key={language}
                name={`names.${language}`}
                lang={language}
                label={t(NAME_LABEL_KEYS[language])}
                defaultValue={category.names[language]}
                required
                maxLength={60}
                error={shown[`names.${language}`]}
                autoFocus={language === locale}
              />
            ))}
            <div className="form__actions form__full">
              <button type="submit" className="button" aria-disabled={update.isPending} aria-busy={update.isPending}>
                {t('directory.categories.save')}
              </button>
              <button type="button" className="button button--quiet" onClick={stopEditing}>
                {t('app.cancel')}
              </button>
            </div>
          </form>
          {update.isError ? <ErrorAlert>{errorMessage(t, update.error)}</ErrorAlert> : null}
        </div>
      ) : null}
    </li>
  );
}
