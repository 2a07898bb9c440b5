import type { EmailCatalog } from './email-catalog';

export const es: EmailCatalog = {
  kinds: {
    invitation_accepted: ({ memberName }) => `${memberName} ha aceptado la invitación y ya es de la comunidad`,
    breakfast_assigned: ({ date }, f) => `Te toca presentar el desayuno: ${f.day(date)}`,
    swap_proposed: ({ proposerName, date, withDate }, f) =>
      `${proposerName} te propone cambiar de desayuno: el suyo (${f.day(date)}) por el tuyo (${f.day(withDate)})`,
    presenter_declined: ({ presenterName, date }, f) =>
      `${presenterName} no puede presentar el desayuno (${f.day(date)}): hace falta otra persona`,
    breakfast_reminder: ({ date, daysBefore }, f) =>
      daysBefore === '1' ? `Tu desayuno es mañana: ${f.day(date)}` : `Tu desayuno es dentro de ${daysBefore} días: ${f.day(date)}`,
    waitlist_promoted: ({ eventTitle, startsAt }, f) => `Se ha liberado una plaza: ya vas a «${eventTitle}» (${f.dateTime(startsAt)})`,
    event_changed: ({ eventTitle, startsAt }, f) => `«${eventTitle}» ha cambiado: revisa la hora y el lugar (${f.dateTime(startsAt)})`,
    event_cancelled: ({ eventTitle, startsAt }, f) => `Se ha cancelado «${eventTitle}» (${f.dateTime(startsAt)})`,
    event_reminder: ({ eventTitle, startsAt }, f) => `Recordatorio: «${eventTitle}», ${f.dateTime(startsAt)}`,
    feedback_requested: ({ requesterName, title }) => `${requesterName} te pide tu opinión sobre «${title}»`,
    feedback_matches_skills: ({ requesterName, title }) => `${requesterName} busca a alguien con tus conocimientos: «${title}»`,
    feedback_answered: ({ reviewerName, title }) => `${reviewerName} ha respondido tu petición «${title}»`,
    feedback_helpful: ({ requesterName, title }) => `A ${requesterName} le ha sido útil tu respuesta a «${title}»`,
    post_commented: ({ commenterName, postTitle }) => `${commenterName} ha comentado «${postTitle}»`,
    coffee_matched: ({ partnerNames }) => `Tu café de la semana: ${partnerNames}. ¡Buscad un momento para veros!`,
    coffee_invited: ({ inviterName }) => `${inviterName} te invita a un café`,
    coffee_accepted: ({ inviteeName, startsAt }, f) => `${inviteeName} ha aceptado tu café: ${f.dateTime(startsAt)}`,
    coffee_declined: ({ inviteeName }) => `${inviteeName} no puede tomar el café esta vez`,
  },
  categories: {
    community: 'Comunidad',
    breakfasts: 'Desayunos',
    events: 'Eventos',
    feedback: 'Opiniones',
    knowledge: 'Conocimiento',
    celebrations: 'Celebraciones',
  },
  greeting: (name) => `Hola, ${name}:`,
  open: 'Ábrelo en Tertulia',
  whyInstant: (category) => `Recibes este correo porque has elegido que te avisemos al momento de «${category}».`,
  whyDigest: (frequency) => `Recibes este resumen ${frequency === 'daily' ? 'diario' : 'semanal'} porque lo has elegido en tus preferencias de notificación.`,
  unsubscribe: 'Darte de baja de estos correos',
  settings: 'Elige qué recibes por correo',
  digest: {
    subject: (frequency, day, count) =>
      `${frequency === 'daily' ? 'Tu día' : 'Tu semana'} en Tertulia (${day}): ${count} ${count === 1 ? 'novedad' : 'novedades'}`,
    intro: (frequency) => (frequency === 'daily' ? 'Esto es lo que ha pasado desde tu último resumen.' : 'Esta es tu semana en el coworking.'),
    news: 'Para ti',
    celebrations: 'Celebraciones',
    celebration: ({ kind, name, years }, day) => {
      const when = day ? `el ${day}` : 'hoy';
      return kind === 'birthday'
        ? `${name} cumple años ${when}`
        : `${name} cumple ${years} ${years === 1 ? 'año' : 'años'} en el coworking ${when}`;
    },
    congratulate: 'Envíale una felicitación',
  },
  invitation: {
    subject: (inviterName) => `${inviterName} te invita a Tertulia`,
    intro: (inviterName) => `${inviterName} te invita a unirte a Tertulia, la comunidad de nuestro coworking.`,
    about: 'Allí encontrarás quién hace qué en el espacio, los desayunos de cada semana, los eventos y gente dispuesta a ayudarte con tus proyectos.',
    accept: 'Aceptar la invitación',
    expires: (dateTime) => `El enlace funciona hasta el ${dateTime}, una sola vez.`,
    ignore: 'Si no lo esperabas, puedes ignorar este correo.',
  },
};
