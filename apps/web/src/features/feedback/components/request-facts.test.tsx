import { renderHtml } from '../../../test/render';
import { communityToday } from '../../../lib/time';
import { addDays } from '@tertulia/domain';
import { RequestBadges, TimeFacts } from './request-facts';

const today = communityToday();
const summary = {
  format: 'async' as const,
  status: 'open' as const,
  invitedMe: true,
  answeredByMe: false,
  minutes: 10,
  questionCount: 2,
  deadline: addDays(today, 7),
  responseCount: 0,
  cap: 1,
};

describe('what a request takes, up front', () => {
  it('says the minutes, the questions, until when and how many answers, in each language', async () => {
    const en = await renderHtml(<TimeFacts request={summary} />, 'en');
    expect(en).toContain('About 10 minutes');
    expect(en).toContain('2 questions');
    expect(en).toMatch(/Answers until [A-Z][a-z]+day \d+ [A-Z][a-z]+ \d{4} \(in 7 days\)/);
    expect(en).toContain('0 of 1 answers');
    const ca = await renderHtml(<TimeFacts request={summary} />, 'ca');
    expect(ca).toContain('Uns 10 minuts');
    expect(ca).toContain('aquí a 7 dies)');
    const es = await renderHtml(<TimeFacts request={{ ...summary, deadline: today }} />, 'es');
    expect(es).toContain('Respuestas hasta hoy');
    expect(es).toContain('2 preguntas');
  });

  it('says a coffee is a chat, and a closed request takes no answers', async () => {
    const html = await renderHtml(<TimeFacts request={{ ...summary, format: 'coffee', status: 'closed' }} />);
    expect(html).toContain('A chat in person or on a call');
    expect(html).toContain('No longer takes answers');
    expect(html).not.toContain('questions');
  });

  it('marks the state and where the reader stands, but not on their own request', async () => {
    const html = await renderHtml(<RequestBadges request={{ ...summary, status: 'full', answeredByMe: true }} />);
    expect(html).toContain('Written answers');
    expect(html).toContain('Has its answers');
    expect(html).toContain('Invited you');
    expect(html).toContain('You answered');
    const own = await renderHtml(<RequestBadges request={summary} own />);
    expect(own).not.toContain('Invited you');
  });
});
