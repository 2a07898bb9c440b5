import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldFrame } from './field-frame';
import { Markdown } from './markdown';

export interface MarkdownFieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  maxLength?: number;
  rows?: number;
  onChange: (value: string) => void;
}

/**
 * A Markdown text with a «Preview» toggle: pressed, the text is shown as it will be published
 * (rendered and sanitised by <Markdown>); pressed again, back to writing. The textarea keeps its
 * place (hidden) so that its label and value stay.
 */
export function MarkdownField({ name, label, hint, error, value, maxLength, rows = 6, onChange }: MarkdownFieldProps) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState(false);
  const fullHint = [hint, t('markdown.hint')].filter(Boolean).join(' ');
  return (
    <FieldFrame label={label} hint={fullHint} error={error} className="markdown-field">
      {(control) => (
        <>
          <div className="markdown-field__toolbar">
            <button
              type="button"
              className="button button--small button--quiet"
              aria-pressed={preview}
              aria-controls={`${control.id}-preview`}
              onClick={() => setPreview((shown) => !shown)}
            >
              {t('markdown.preview')}
            </button>
          </div>
          <textarea
            {...control}
            name={name}
            rows={rows}
            maxLength={maxLength}
            value={value}
            hidden={preview && !error}
            onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
          />
          <div
            id={`${control.id}-preview`}
            role="region"
            aria-label={t('markdown.previewOf', { field: label })}
            className="markdown-preview"
            hidden={!preview}
          >
            {preview ? (
              value.trim() ? (
                <Markdown source={value} />
              ) : (
                <p className="muted small">{t('markdown.empty')}</p>
              )
            ) : null}
          </div>
        </>
      )}
    </FieldFrame>
  );
}
