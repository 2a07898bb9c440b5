import type { BreakfastSession, PresenterCard } from '@tertulia/domain';

export const NURIA: PresenterCard = {
  id: '0b6f3c9e-2a57-4a39-9d7e-3f1c2b4a5d01',
  displayName: 'Núria Roca',
  headline: 'Product photography and corporate portraits',
  businessName: 'Roca Fotografia',
};
export const PAU: PresenterCard = {
  id: '0b6f3c9e-2a57-4a39-9d7e-3f1c2b4a5d02',
  displayName: 'Pau Martí',
  headline: null,
  businessName: 'Martí Comptables',
};

let next = 0;

/** A breakfast on a Thursday at 09:00 in Barcelona (08:00 UTC in winter), 45 minutes. */
export function breakfast(date: string, overrides: Partial<BreakfastSession> = {}): BreakfastSession {
  next += 1;
  return {
    id: `7a1e0c52-0000-4000-8000-${String(next).padStart(12, '0')}`,
    date,
    startsAt: `${date}T08:00:00.000Z`,
    endsAt: `${date}T08:45:00.000Z`,
    place: 'La cuina, planta baixa',
    status: 'assigned',
    topic: null,
    summary: null,
    presenter: NURIA,
    headcount: 0,
    attending: null,
    pendingSwap: null,
    ...overrides,
  };
}
