import { CreateServiceSchema, UpdateMeSchema } from '@tertulia/domain';
import { DEMO_COMMUNITY } from './demo-community';
import { DEMO_PROFILES } from './demo-profiles';

describe('the demo profiles', () => {
  it('give every demo member a profile the portal itself would accept, and one to three services', () => {
    expect(Object.keys(DEMO_PROFILES).sort()).toEqual(DEMO_COMMUNITY.map((member) => member.email).sort());
    for (const [email, { services, openToCoffee, ...profile }] of Object.entries(DEMO_PROFILES)) {
      expect({ email, ...UpdateMeSchema.safeParse(profile) }).toMatchObject({ email, success: true });
      expect(services.length).toBeGreaterThanOrEqual(1);
      expect(services.length).toBeLessThanOrEqual(3);
      for (const { category, ...service } of services) {
        expect({ email, ...CreateServiceSchema.safeParse(service) }).toMatchObject({ email, success: true });
      }
    }
  });

  it('offer what a visitor of the directory looks for first', () => {
    const titles = Object.values(DEMO_PROFILES).flatMap((profile) => profile.services.map((service) => service.title));
    for (const title of ['Disseny gràfic', 'Diseño web', 'Fotografia de producte', 'Comptabilitat per a autònoms', 'Posicionamiento SEO']) {
      expect(titles).toContain(title);
    }
  });
});
