import type { EntityManager } from 'typeorm';

/**
 * The demo's coffees: Jordi invites the manager for a coffee (two times, later this week), so that the coffee page
 * shows an invitation to answer. Nobody is opted in to the weekly pairing: members choose that themselves.
 */
export async function seedDemoCoffee(em: EntityManager): Promise<void> {
  await em.query(
    `INSERT INTO coffee_invitations (inviter_id, invitee_id, proposed_times, message)
     SELECT jordi.id, montse.id,
            ARRAY[(((current_date + 2)::timestamp + time '09:30') AT TIME ZONE 'Europe/Madrid'),
                  (((current_date + 3)::timestamp + time '16:00') AT TIME ZONE 'Europe/Madrid')],
            'Un cafè i em presentes algú que necessiti una marca nova?'
       FROM members jordi, members montse
      WHERE jordi.email = 'jordi.puig@tertulia.example' AND montse.email = 'montse.vidal@tertulia.example'`,
  );
}
