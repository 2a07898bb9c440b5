import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

/**
 * Markdown written by members (bios, service descriptions) turned into safe HTML. markdown-it
 * never passes raw HTML through (`html: false`); DOMPurify then keeps only the tags and
 * attributes below, so no script, no event handler, no style and no `javascript:` link can
 * reach the page, whatever markdown-it lets through.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

const ALLOWED_TAGS = [
  'a',
  'p',
  'br',
  'strong',
  'em',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
const ALLOWED_ATTR = ['href', 'title', 'start'];

/** Only web and e-mail links: never `javascript:`, `data:`, `vbscript:` or relative tricks. */
const SAFE_LINK = /^(?:https?:|mailto:)/i;

let hooked = false;

function installHooks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href');
    if (!href || !SAFE_LINK.test(href.trim())) {
      node.removeAttribute('href');
      return;
    }
    // Set after the allowlist has run, so they stay (and only here).
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer nofollow ugc');
  });
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The HTML of a piece of Markdown, sanitised. Needs the browser's DOM: where there is none
 * (server rendering, unit tests) the text comes back escaped, never unsanitised.
 */
export function renderMarkdown(source: string): string {
  if (!DOMPurify.isSupported) return source ? `<p>${escapeHtml(source)}</p>` : '';
  installHooks();
  const html = markdown.render(source);
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: SAFE_LINK,
    FORBID_TAGS: ['style', 'script', 'img', 'iframe', 'form', 'input'],
    FORBID_ATTR: ['style'],
  });
}
