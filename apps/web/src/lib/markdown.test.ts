import { renderMarkdown } from './markdown';

// Jest runs in Node, where DOMPurify has no DOM: the text must come back escaped, never raw.
// (The sanitising itself is checked in the browser test of the directory.)
describe('renderMarkdown without a DOM', () => {
  it('escapes everything instead of passing HTML through', () => {
    const html = renderMarkdown('<img src=x onerror="alert(1)"> & **bold**');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; **bold**');
  });

  it('renders nothing for an empty text', () => {
    expect(renderMarkdown('')).toBe('');
  });
});
