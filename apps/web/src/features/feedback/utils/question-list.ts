import { FEEDBACK_QUESTIONS_MAX } from '@tertulia/domain';

/**
 * The question list editor's state: each question keeps a key of its own (for React and for
 * moving the focus), whatever its place in the list. From 1 to 5 questions, never fewer or more.
 */
export interface QuestionItem {
  key: number;
  text: string;
}

export interface QuestionList {
  items: QuestionItem[];
  nextKey: number;
  /** The question whose field should take the focus after the last change (null: leave it). */
  focusKey: number | null;
}

export type QuestionAction =
  | { type: 'add' }
  | { type: 'remove'; key: number }
  | { type: 'change'; key: number; text: string }
  | { type: 'move'; key: number; by: -1 | 1 }
  | { type: 'focused' };

export const QUESTIONS_MIN = 1;

export function questionList(texts: readonly string[] = ['']): QuestionList {
  const kept = (texts.length > 0 ? texts : ['']).slice(0, FEEDBACK_QUESTIONS_MAX);
  return { items: kept.map((text, key) => ({ key, text })), nextKey: kept.length, focusKey: null };
}

export const canAdd = (list: QuestionList) => list.items.length < FEEDBACK_QUESTIONS_MAX;
export const canRemove = (list: QuestionList) => list.items.length > QUESTIONS_MIN;

export function questionListReducer(list: QuestionList, action: QuestionAction): QuestionList {
  switch (action.type) {
    case 'add': {
      if (!canAdd(list)) return list;
      const key = list.nextKey;
      return { items: [...list.items, { key, text: '' }], nextKey: key + 1, focusKey: key };
    }
    case 'remove': {
      const index = list.items.findIndex((item) => item.key === action.key);
      if (index < 0 || !canRemove(list)) return list;
      const items = list.items.filter((item) => item.key !== action.key);
      // The focus goes to the question that takes its place, or the one before when it was the last.
      const next = items[Math.min(index, items.length - 1)]!;
      return { ...list, items, focusKey: next.key };
    }
    case 'change':
      return { ...list, items: list.items.map((item) => (item.key === action.key ? { ...item, text: action.text } : item)) };
    case 'move': {
      const index = list.items.findIndex((item) => item.key === action.key);
      const target = index + action.by;
      if (index < 0 || target < 0 || target >= list.items.length) return list;
      const items = [...list.items];
      [items[index], items[target]] = [items[target]!, items[index]!];
      return { ...list, items, focusKey: action.key };
    }
    case 'focused':
      return list.focusKey === null ? list : { ...list, focusKey: null };
  }
}

/** The questions as the API takes them. */
export const questionTexts = (list: QuestionList): string[] => list.items.map((item) => item.text);
