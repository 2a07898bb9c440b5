import type { Post } from '@tertulia/domain';
import {
  addTag,
  BODY_TOO_LONG,
  charactersLeft,
  counterMilestone,
  draftFromPost,
  emptyDraft,
  formField,
  patchFor,
  postInput,
  removeTag,
  TALK_LINK_MISSING,
  TALK_MOMENT_MISSING,
} from './post-draft';

const author = { id: 'm1', displayName: 'Marta', photoUrl: null, businessName: null, headline: null };
const EVENT_ID = '6f1c2b4a-5d03-4a39-9d7e-3f1c2b4a5d03';

function post(overrides: Partial<Post> = {}): Post {
  return {
    id: 'p1',
    kind: 'tip',
    title: 'Factures',
    body: 'Numera-les **sempre**.',
    tags: ['Autònoms', 'IVA'],
    status: 'published',
    author,
    talk: null,
    publishedAt: '2026-12-01T10:00:00Z',
    editedAt: null,
    hidden: null,
    usefulCount: 0,
    markedUseful: false,
    commentCount: 0,
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    ...overrides,
  };
}

const codes = (result: ReturnType<typeof postInput>) => (result.ok ? [] : result.issues.map((issue) => [issue.path.join('.'), issue.code]));

describe('the tip counter', () => {
  it('counts down from the limit of the kind', () => {
    expect(charactersLeft('tip', '')).toBe(500);
    expect(charactersLeft('tip', 'x'.repeat(480))).toBe(20);
    expect(charactersLeft('tip', 'x'.repeat(503))).toBe(-3);
    expect(charactersLeft('article', 'x'.repeat(503))).toBe(19497);
  });

  it('names a milestone only when one is reached', () => {
    expect([500, 101, 100, 99, 51, 50, 21, 20, 11, 10, 1, 0, -1, -40].map(counterMilestone)).toEqual([
      null, null, 100, 100, 100, 50, 50, 20, 20, 10, 10, 0, -1, -1,
    ]);
  });
});

describe('tags', () => {
  it('adds a trimmed tag once, whatever its case or accents', () => {
    expect(addTag([], '  SEO   local ')).toEqual({ ok: true, tags: ['SEO local'] });
    expect(addTag(['Autònoms'], 'autonoms')).toEqual({ ok: false, problem: 'duplicate' });
    expect(addTag([], '   ')).toEqual({ ok: false, problem: 'empty' });
    expect(addTag([], 'x'.repeat(31))).toEqual({ ok: false, problem: 'tooLong' });
    expect(addTag(['1', '2', '3', '4', '5', '6', '7', '8'], 'nou')).toEqual({ ok: false, problem: 'tooMany' });
    expect(removeTag(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('the post form', () => {
  it('sends what the API takes, trimmed', () => {
    const result = postInput({ ...emptyDraft('tip'), title: ' Factures ', body: 'Numera-les.', tags: ['IVA'] }, 'draft');
    expect(result).toEqual({ ok: true, value: { kind: 'tip', title: 'Factures', body: 'Numera-les.', tags: ['IVA'], status: 'draft', talk: null } });
  });

  it('says what is missing, under the form’s own fields', () => {
    expect(codes(postInput(emptyDraft(), 'published'))).toEqual([
      ['title', 'too_small'],
      ['body', 'too_small'],
    ]);
    expect(codes(postInput({ ...emptyDraft('tip'), title: 'T', body: 'x'.repeat(501) }, 'published'))).toEqual([['body', BODY_TOO_LONG]]);
  });

  it('asks a talk for its day, time and place, or its link', () => {
    const talk = { ...emptyDraft('talk'), title: 'Xerrada', body: 'Vine!' };
    expect(codes(postInput(talk, 'published'))).toEqual([
      ['talkDate', TALK_MOMENT_MISSING],
      ['talkPlace', 'too_small'],
    ]);
    expect(codes(postInput({ ...talk, talkMode: 'event' }, 'published'))).toEqual([['talkEventId', TALK_LINK_MISSING]]);
    expect(codes(postInput({ ...talk, talkMode: 'breakfast' }, 'published'))).toEqual([['talkBreakfastId', TALK_LINK_MISSING]]);
    const own = postInput({ ...talk, talkDate: '2026-12-03', talkTime: '18:30', talkPlace: ' Sala gran ' }, 'published');
    expect(own.ok && own.value.talk).toEqual({ startsAt: '2026-12-03T18:30:00+01:00', place: 'Sala gran', eventId: null, breakfastId: null });
    const linked = postInput({ ...talk, talkMode: 'event', talkEventId: EVENT_ID, talkPlace: 'ignored' }, 'published');
    expect(linked.ok && linked.value.talk).toEqual({ eventId: EVENT_ID, breakfastId: null, startsAt: null, place: null });
  });

  it('maps the API’s paths to the fields', () => {
    expect(['title', 'body', 'tags.2', 'talk', 'talk.startsAt', 'talk.place', 'talk.eventId', 'talk.breakfastId', ''].map(formField)).toEqual([
      'title', 'body', 'tags', 'talkMode', 'talkDate', 'talkPlace', 'talkEventId', 'talkBreakfastId', 'title',
    ]);
  });

  it('fills in the form with a post, a talk on the coworking’s clock', () => {
    const talk = post({ kind: 'talk', talk: { startsAt: '2026-12-03T17:30:00.000Z', place: 'Sala gran', event: null, breakfast: null } });
    expect(draftFromPost(talk)).toMatchObject({ kind: 'talk', talkMode: 'own', talkDate: '2026-12-03', talkTime: '18:30', talkPlace: 'Sala gran' });
    const linked = post({
      kind: 'talk',
      talk: { startsAt: '2026-12-03T17:30:00.000Z', place: 'Sala gran', event: { id: EVENT_ID, title: 'X', startsAt: '2026-12-03T17:30:00.000Z' }, breakfast: null },
    });
    expect(draftFromPost(linked)).toMatchObject({ talkMode: 'event', talkEventId: EVENT_ID, talkDate: '' });
  });

  it('patches only what changed, so an untouched post is not marked edited', () => {
    const original = post();
    const same = postInput(draftFromPost(original), 'published');
    expect(same.ok && patchFor(original, same.value)).toBeNull();
    const retitled = postInput({ ...draftFromPost(original), title: 'Factures clares' }, 'published');
    expect(retitled.ok && patchFor(original, retitled.value)).toEqual({ title: 'Factures clares' });
    const published = postInput(draftFromPost(post({ status: 'draft' })), 'published');
    expect(published.ok && patchFor(post({ status: 'draft' }), published.value)).toEqual({ status: 'published' });
    const toTalk = postInput({ ...draftFromPost(original), kind: 'talk', talkMode: 'event', talkEventId: EVENT_ID }, 'published');
    expect(toTalk.ok && patchFor(original, toTalk.value)).toEqual({
      kind: 'talk',
      talk: { eventId: EVENT_ID, breakfastId: null, startsAt: null, place: null },
    });
  });
});
