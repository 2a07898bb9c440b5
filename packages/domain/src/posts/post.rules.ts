import { POST_EXCERPT_LENGTH } from './post.schema';

export interface Excerpt {
  /** The start of the body (Markdown), ending in «…» when it was cut. */
  excerpt: string;
  /** Whether the body goes on after the excerpt. */
  truncated: boolean;
}

const ELLIPSIS = '…';
const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * The start of a post's body for a list: the whole body when it fits in `max` characters, else
 * the body cut at the last word boundary before `max` (the «…» included in the `max`), never
 * in the middle of a word unless a single word is longer than the excerpt, nor in the middle of
 * a character made of two UTF-16 units (an emoji).
 */
export function excerptOf(body: string, max: number = POST_EXCERPT_LENGTH): Excerpt {
  // Not trimmed (bodies are stored trimmed): the API may pass only the first `max + 1` characters of a long body.
  const text = body;
  if (text.length <= max) return { excerpt: text, truncated: false };
  const room = Math.max(1, max - ELLIPSIS.length);
  let cut = -1;
  // A boundary right after the room (the next character is a space) keeps the whole last word.
  if (isSpace(text[room])) cut = room;
  else {
    for (let index = room - 1; index > 0; index--) {
      if (isSpace(text[index])) {
        cut = index;
        break;
      }
    }
  }
  let start = cut > 0 ? text.slice(0, cut).trimEnd() : '';
  if (start.length === 0) {
    // One word longer than the excerpt: cut it, between two characters.
    const end = isHighSurrogate(text.charCodeAt(room - 1)) ? room - 1 : room;
    start = text.slice(0, end);
  }
  return { excerpt: `${start}${ELLIPSIS}`, truncated: true };
}
