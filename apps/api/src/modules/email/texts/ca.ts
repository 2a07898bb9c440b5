import type { EmailCatalog } from './email-catalog';

export const ca: EmailCatalog = {
  kinds: {
    invitation_accepted: ({ memberName }) => `${memberName} ha acceptat la invitació i ja és de la comunitat`,
    breakfast_assigned: ({ date }, f) => `Et toca presentar l'esmorzar: ${f.day(date)}`,
    swap_proposed: ({ proposerName, date, withDate }, f) =>
      `${proposerName} et proposa canviar d'esmorzar: el seu (${f.day(date)}) pel teu (${f.day(withDate)})`,
    presenter_declined: ({ presenterName, date }, f) =>
      `${presenterName} no pot presentar l'esmorzar (${f.day(date)}): cal algú altre`,
    breakfast_reminder: ({ date, daysBefore }, f) =>
      daysBefore === '1' ? `El teu esmorzar és demà: ${f.day(date)}` : `El teu esmorzar és d'aquí a ${daysBefore} dies: ${f.day(date)}`,
    waitlist_promoted: ({ eventTitle, startsAt }, f) => `S'ha alliberat una plaça: ja vas a «${eventTitle}» (${f.dateTime(startsAt)})`,
    event_changed: ({ eventTitle, startsAt }, f) => `«${eventTitle}» ha canviat: revisa'n l'hora i el lloc (${f.dateTime(startsAt)})`,
    event_cancelled: ({ eventTitle, startsAt }, f) => `S'ha cancel·lat «${eventTitle}» (${f.dateTime(startsAt)})`,
    event_reminder: ({ eventTitle, startsAt }, f) => `Recordatori: «${eventTitle}», ${f.dateTime(startsAt)}`,
    feedback_requested: ({ requesterName, title }) => `${requesterName} et demana la teva opinió sobre «${title}»`,
    feedback_matches_skills: ({ requesterName, title }) => `${requesterName} busca algú amb els teus coneixements: «${title}»`,
    feedback_answered: ({ reviewerName, title }) => `${reviewerName} ha respost la teva petició «${title}»`,
    feedback_helpful: ({ requesterName, title }) => `A ${requesterName} li ha estat útil la teva resposta a «${title}»`,
    post_commented: ({ commenterName, postTitle }) => `${commenterName} ha comentat «${postTitle}»`,
    coffee_matched: ({ partnerNames }) => `El teu cafè de la setmana: ${partnerNames}. Trobeu un moment per veure-us!`,
    coffee_invited: ({ inviterName }) => `${inviterName} et convida a un cafè`,
    coffee_accepted: ({ inviteeName, startsAt }, f) => `${inviteeName} ha acceptat el teu cafè: ${f.dateTime(startsAt)}`,
    coffee_declined: ({ inviteeName }) => `${inviteeName} no pot venir a fer el cafè aquesta vegada`,
  },
  categories: {
    community: 'Comunitat',
    breakfasts: 'Esmorzars',
    events: 'Esdeveniments',
    feedback: 'Opinions',
    knowledge: 'Coneixement',
    celebrations: 'Celebracions',
  },
  greeting: (name) => `Hola, ${name}:`,
  open: 'Obre-ho a Tertulia',
  whyInstant: (category) => `Reps aquest correu perquè has triat que t'avisem al moment de «${category}».`,
  whyDigest: (frequency) => `Reps aquest resum ${frequency === 'daily' ? 'diari' : 'setmanal'} perquè l'has triat a les preferències de notificació.`,
  unsubscribe: 'Dona-te de baixa d’aquests correus',
  settings: 'Tria què reps per correu',
  digest: {
    subject: (frequency, day, count) =>
      `${frequency === 'daily' ? 'El teu dia' : 'La teva setmana'} a Tertulia (${day}): ${count} ${count === 1 ? 'novetat' : 'novetats'}`,
    intro: (frequency) => (frequency === 'daily' ? 'Això és el que ha passat des del teu últim resum.' : 'Aquesta és la teva setmana al coworking.'),
    news: 'Per a tu',
    celebrations: 'Celebracions',
    celebration: ({ kind, name, years }, day) => {
      const when = day ? `el ${day}` : 'avui';
      return kind === 'birthday'
        ? `${name} fa anys ${when}`
        : `${name} fa ${years} ${years === 1 ? 'any' : 'anys'} que és al coworking ${when}`;
    },
    congratulate: 'Envia-li una felicitació',
  },
  invitation: {
    subject: (inviterName) => `${inviterName} et convida a Tertulia`,
    intro: (inviterName) => `${inviterName} et convida a unir-te a Tertulia, la comunitat del nostre coworking.`,
    about: "Hi trobaràs qui fa què a l'espai, els esmorzars de cada setmana, els esdeveniments i gent disposada a ajudar-te amb els teus projectes.",
    accept: 'Accepta la invitació',
    expires: (dateTime) => `L'enllaç funciona fins al ${dateTime}, una sola vegada.`,
    ignore: "Si no t'ho esperaves, pots ignorar aquest correu.",
  },
};
