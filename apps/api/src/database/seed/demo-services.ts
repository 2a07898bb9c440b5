import type { EntityManager } from 'typeorm';
import { DEMO_PROFILES } from './demo-profiles';

/**
 * The demo members' services, in each member's order. Each was added some days after its owner
 * joined, so that «newest first» reads like a real coworking.
 */
export async function seedDemoServices(em: EntityManager): Promise<void> {
  let daysAgo = 3;
  for (const [email, profile] of Object.entries(DEMO_PROFILES)) {
    for (const [position, service] of profile.services.entries()) {
      await em.query(
        `INSERT INTO services (member_id, title, summary, description, category_id, tags, pricing_note, ideal_client, position, created_at, updated_at)
         SELECT m.id, $2, $3, $4, (SELECT c.id FROM service_categories c WHERE c.slug = $5), $6::text[], $7, $8, $9,
                now() - make_interval(days => $10), now() - make_interval(days => $10)
           FROM members m WHERE m.email = $1`,
        [
          email,
          service.title,
          service.summary,
          service.description ?? null,
          service.category,
          service.tags,
          service.pricingNote ?? null,
          service.idealClient ?? null,
          position,
          daysAgo,
        ],
      );
      daysAgo += 4;
    }
  }
}
