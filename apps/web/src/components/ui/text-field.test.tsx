import { renderToStaticMarkup } from 'react-dom/server';
import { labelFor } from '../../test/render';
import { TextField } from './text-field';

const attribute = (html: string, tag: string, name: string) =>
  new RegExp(`<${tag}[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];

describe('TextField', () => {
  it('binds its label to the input', () => {
    const html = renderToStaticMarkup(<TextField name="email" type="email" label="E-mail" />);
    const id = attribute(html, 'input', 'id')!;
    expect(labelFor(html, id)).toBe('E-mail');
    expect(attribute(html, 'input', 'aria-invalid')).toBeUndefined();
    expect(attribute(html, 'input', 'aria-describedby')).toBeUndefined();
  });

  it('marks the input invalid and reads the error and the hint with it', () => {
    const html = renderToStaticMarkup(
      <TextField name="password" label="Password" hint="At least 12 characters." error="Use at least 12 characters." />,
    );
    expect(attribute(html, 'input', 'aria-invalid')).toBe('true');
    const describedBy = attribute(html, 'input', 'aria-describedby')!.split(' ');
    expect(describedBy).toHaveLength(2);
    const [errorId, hintId] = describedBy;
    expect(html).toContain(`id="${errorId}" class="field-error">Use at least 12 characters.</p>`);
    expect(html).toContain(`id="${hintId}" class="field-hint">At least 12 characters.</p>`);
  });
});
