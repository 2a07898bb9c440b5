import { canAdd, canRemove, questionList, questionListReducer, questionTexts, type QuestionAction, type QuestionList } from './question-list';

const run = (list: QuestionList, ...actions: QuestionAction[]) => actions.reduce(questionListReducer, list);

describe('the question list editor', () => {
  it('starts with one empty question, or the given ones (five at most)', () => {
    expect(questionTexts(questionList())).toEqual(['']);
    expect(questionTexts(questionList([]))).toEqual(['']);
    expect(questionTexts(questionList(['a', 'b', 'c', 'd', 'e', 'f']))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('adds up to five, focusing each new one', () => {
    let list = questionList();
    for (let i = 0; i < 6; i++) list = questionListReducer(list, { type: 'add' });
    expect(list.items).toHaveLength(5);
    expect(canAdd(list)).toBe(false);
    expect(list.focusKey).toBe(4);
    expect(new Set(list.items.map((item) => item.key)).size).toBe(5);
  });

  it('types into one question only', () => {
    const list = run(questionList(['one', 'two']), { type: 'change', key: 1, text: 'second' });
    expect(questionTexts(list)).toEqual(['one', 'second']);
  });

  it('removes a question, never the last one, and moves the focus to the one taking its place', () => {
    const three = questionList(['a', 'b', 'c']);
    const middle = run(three, { type: 'remove', key: 1 });
    expect(questionTexts(middle)).toEqual(['a', 'c']);
    expect(middle.focusKey).toBe(2);
    const last = run(three, { type: 'remove', key: 2 });
    expect(last.focusKey).toBe(1);
    const one = run(three, { type: 'remove', key: 0 }, { type: 'remove', key: 1 }, { type: 'remove', key: 2 });
    expect(questionTexts(one)).toEqual(['c']);
    expect(canRemove(one)).toBe(false);
  });

  it('keeps keys unique after removing and adding', () => {
    const list = run(questionList(['a', 'b']), { type: 'remove', key: 0 }, { type: 'add' }, { type: 'add' });
    expect(list.items.map((item) => item.key)).toEqual([1, 2, 3]);
  });

  it('moves a question up or down within the list, following it with the focus', () => {
    const list = run(questionList(['a', 'b', 'c']), { type: 'move', key: 2, by: -1 });
    expect(questionTexts(list)).toEqual(['a', 'c', 'b']);
    expect(list.focusKey).toBe(2);
    expect(run(list, { type: 'move', key: 0, by: -1 })).toBe(list);
    expect(questionTexts(run(list, { type: 'move', key: 0, by: 1 }))).toEqual(['c', 'a', 'b']);
  });

  it('forgets the focus once it has moved', () => {
    const list = run(questionList(), { type: 'add' });
    expect(run(list, { type: 'focused' }).focusKey).toBeNull();
  });
});
