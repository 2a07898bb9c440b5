import type { SuggestedReviewer } from '@tertulia/domain';
import { createMember, type MemberOverrides } from './factories/member.factory';
import { signedInMember, type Person } from './utils/signed-in';
import { startTestApp, type TestApp } from './utils/test-app';

/**
 * Suggested reviewers for a request's wanted expertise: who matches by skill (folded: case and accents ignored)
 * or by service (full-text), who never shows, and in what order.
 */
describe('suggested reviewers', () => {
  let t: TestApp;
  let asker: Person;

  beforeAll(async () => {
    t = await startTestApp();
    asker = await signedIn({ displayName: 'Qui Pregunta' });
  });
  afterAll(() => t.close());

  const signedIn = (overrides: MemberOverrides = {}) => signedInMember(t, overrides);

  const member = async (displayName: string, overrides: MemberOverrides = {}) => (await createMember(t.dataSource, { displayName, ...overrides })).id;

  async function service(memberId: string, title: string, summary = 'Per a petits negocis', hidden = false): Promise<void> {
    await t.dataSource.query(
      `INSERT INTO services (member_id, title, summary, hidden_at, hidden_reason) VALUES ($1, $2, $3, $4, $5)`,
      [memberId, title, summary, hidden ? new Date() : null, hidden ? 'Duplicat' : null],
    );
  }

  /** `count` answers by the member, `daysAgo` days ago, each to a request of its own (straight in the database). */
  async function answers(memberId: string, count: number, daysAgo = 1): Promise<void> {
    for (let index = 0; index < count; index++) {
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO feedback_requests (requester_id, title, context, questions, format, minutes, deadline, closes_at, cap)
         VALUES ($1, 'Abans', 'Context', '{Què?}', 'async', 5, current_date, now() + interval '1 day', 5) RETURNING id`,
        [asker.id],
      );
      await t.dataSource.query(
        `INSERT INTO feedback_responses (request_id, reviewer_id, answers, created_at) VALUES ($1, $2, '{Això}', now() - make_interval(days => $3))`,
        [id, memberId, daysAgo],
      );
    }
  }

  const suggest = async (as: Person, query: string) => {
    const response = await as.client.get<{ items: SuggestedReviewer[]; nextCursor: null }>(`/api/feedback-requests/suggested-reviewers?${query}`);
    expect({ status: response.status, body: response.body }).toMatchObject({ status: 200, body: { nextCursor: null } });
    return response.body.items;
  };
  const names = (items: SuggestedReviewer[]) => items.map((item) => item.displayName);

  it('matches skills whatever the case and accents, and shows them as their owner wrote them', async () => {
    const id = await member('Jordi Dissenyador', { skills: ['Disseny gràfic', 'Tipografia'], headline: 'Marques', businessName: 'Puig Disseny' });
    const items = await suggest(asker, `expertise=${encodeURIComponent('DISSENY GRAFIC, tipografía ,Lettering')}`);
    expect(items).toEqual([
      {
        id,
        displayName: 'Jordi Dissenyador',
        photoUrl: null,
        businessName: 'Puig Disseny',
        headline: 'Marques',
        matchedSkills: ['Disseny gràfic', 'Tipografia'],
        matchedServices: [],
      },
    ]);
    // A whole skill matches, not a part of one.
    expect(await suggest(asker, 'expertise=disseny')).toEqual([]);
  });

  it('matches visible services by full text (any phrase, word prefixes, accents ignored), naming up to three', async () => {
    const carla = await member('Carla Usable');
    await service(carla, 'Tests d’usabilitat', 'Proves amb usuaris reals de la vostra web');
    await service(carla, 'Auditoria d’accessibilitat', 'Revisió WCAG');
    const many = await member('Marta Moltsserveis');
    for (const title of ['Usabilitat de botigues', 'Usabilitat d’apps', 'Usabilitat de formularis', 'Usabilitat per a webs']) {
      await service(many, title);
    }
    const hiddenOnly = await member('Hug Amagat');
    await service(hiddenOnly, 'Usabilitat oculta', 'Amagat pel gestor', true);

    const items = await suggest(asker, `expertise=${encodeURIComponent('USABILITÀT,Accessibilitat web')}`);
    expect(names(items)).toEqual(['Marta Moltsserveis', 'Carla Usable']);
    expect(items[0]!.matchedServices).toHaveLength(3);
    expect(items[0]!.matchedSkills).toEqual([]);
    expect(items[1]!.matchedServices.sort()).toEqual(['Tests d’usabilitat']);
    // A prefix of a word finds it too.
    expect(names(await suggest(asker, 'expertise=usabil'))).toEqual(['Marta Moltsserveis', 'Carla Usable']);
  });

  it('leaves out the reader, members in focus, with feedback off, past their weekly quota, hidden or inactive: each would match otherwise', async () => {
    const skills = ['Fotografia de producte'];
    const reader = await signedIn({ displayName: 'Lector Fotògraf', skills });
    const included = await member('Núria Disponible', { skills });
    await member('Focus Ara', { skills, focusUntil: new Date(Date.now() + 3600 * 1000) });
    const focusOver = await member('Focus Passat', { skills, focusUntil: new Date(Date.now() - 3600 * 1000) });
    const off = await member('Feedback Tancat', { skills });
    await t.dataSource.query(`UPDATE members SET feedback_open = false WHERE id = $1`, [off]);
    const full = await member('Quota Plena', { skills });
    await answers(full, 2);
    const zero = await member('Quota Zero', { skills });
    await t.dataSource.query(`UPDATE members SET feedback_weekly_quota = 0 WHERE id = $1`, [zero]);
    const oldAnswers = await member('Respostes Antigues', { skills });
    await answers(oldAnswers, 3, 8);
    await member('Directori Amagat', { skills, directoryVisible: false });
    await member('Desactivat', { skills, status: 'deactivated' });
    const serviceOnly = await member('Servei Sense Skill');
    await service(serviceOnly, 'Fotografia de producte per a botigues');

    const items = await suggest(reader, `expertise=${encodeURIComponent('fotografia de producte')}`);
    expect(names(items)).toEqual(['Focus Passat', 'Núria Disponible', 'Respostes Antigues', 'Servei Sense Skill']);
    expect(items.map((item) => item.id)).toEqual([focusOver, included, oldAnswers, serviceOnly]);

    // The same people, seen by someone else: the reader is suggested to them.
    expect(names(await suggest(asker, `expertise=${encodeURIComponent('Fotografia de producte')}`))).toContain('Lector Fotògraf');
    // Under quota is fine: one answer of two.
    await t.dataSource.query(`UPDATE members SET feedback_weekly_quota = 3 WHERE id = $1`, [full]);
    expect(names(await suggest(reader, 'expertise=fotografia%20de%20producte'))).toContain('Quota Plena');
  });

  it('ranks by matched skills, then matched services, then fewer answers this week, then name; takes a limit', async () => {
    const both = await member('Zoe Tot', { skills: ['Copywriting', 'Naming'] });
    const skillAndService = await member('Yago Skill Servei', { skills: ['Copywriting'] });
    await service(skillAndService, 'Naming per a marques');
    const oneSkillBusy = await member('Albert Ocupat', { skills: ['copywriting'] });
    await t.dataSource.query(`UPDATE members SET feedback_weekly_quota = 5 WHERE id = $1`, [oneSkillBusy]);
    await answers(oneSkillBusy, 1);
    await member('Bea Una Skill', { skills: ['COPYWRITING'] });
    await member('Aina Una Skill', { skills: ['Copywriting'] });
    const serviceOnly = await member('Abel Servei');
    await service(serviceOnly, 'Copywriting per a webs');

    const items = await suggest(asker, 'expertise=copywriting,naming');
    expect(names(items)).toEqual(['Zoe Tot', 'Yago Skill Servei', 'Aina Una Skill', 'Bea Una Skill', 'Albert Ocupat', 'Abel Servei']);
    expect(items[0]).toMatchObject({ id: both, matchedSkills: ['Copywriting', 'Naming'] });
    expect(items[1]).toMatchObject({ matchedSkills: ['Copywriting'], matchedServices: ['Naming per a marques'] });
    expect(items[5]).toMatchObject({ matchedSkills: [], matchedServices: ['Copywriting per a webs'] });
    expect(names(await suggest(asker, 'expertise=copywriting,naming&limit=2'))).toEqual(['Zoe Tot', 'Yago Skill Servei']);
  });

  it('refuses a query without expertise, with too many, or a bad limit (400), and finds nobody for words that match nothing', async () => {
    const eleven = Array.from({ length: 11 }, (_, index) => `skill${index}`).join(',');
    const queries = ['', 'expertise=', 'expertise=,,,', `expertise=${eleven}`, 'expertise=ux&limit=0', 'expertise=ux&limit=21', 'expertise=ux&other=1'];
    for (const query of queries) {
      const refused = await asker.client.get(`/api/feedback-requests/suggested-reviewers?${query}`);
      expect({ query, status: refused.status, code: refused.body?.error?.code }).toEqual({ query, status: 400, code: 'VALIDATION_FAILED' });
    }
    expect(await suggest(asker, `expertise=${encodeURIComponent('!!!,???')}`)).toEqual([]);
    expect(await suggest(asker, 'expertise=arqueologia%20submarina')).toEqual([]);
  });
});
