import type { EmailCatalog } from './email-catalog';

export const en: EmailCatalog = {
  kinds: {
    invitation_accepted: ({ memberName }) => `${memberName} accepted their invitation and joined the community`,
    breakfast_assigned: ({ date }, f) => `You're presenting the breakfast on ${f.day(date)}`,
    swap_proposed: ({ proposerName, date, withDate }, f) =>
      `${proposerName} proposes a breakfast swap: their ${f.day(date)} for your ${f.day(withDate)}`,
    presenter_declined: ({ presenterName, date }, f) =>
      `${presenterName} can't present the breakfast on ${f.day(date)}: the slot needs someone`,
    breakfast_reminder: ({ date, daysBefore }, f) =>
      daysBefore === '1' ? `Your breakfast is tomorrow, ${f.day(date)}` : `Your breakfast is in ${daysBefore} days, on ${f.day(date)}`,
    waitlist_promoted: ({ eventTitle, startsAt }, f) => `A place opened up: you're going to “${eventTitle}” (${f.dateTime(startsAt)})`,
    event_changed: ({ eventTitle, startsAt }, f) => `“${eventTitle}” has changed: check its time and place (${f.dateTime(startsAt)})`,
    event_cancelled: ({ eventTitle, startsAt }, f) => `“${eventTitle}” (${f.dateTime(startsAt)}) has been cancelled`,
    event_reminder: ({ eventTitle, startsAt }, f) => `Reminder: “${eventTitle}”, ${f.dateTime(startsAt)}`,
    feedback_requested: ({ requesterName, title }) => `${requesterName} asks for your feedback on “${title}”`,
    feedback_matches_skills: ({ requesterName, title }) => `${requesterName} is looking for your skills: “${title}”`,
    feedback_answered: ({ reviewerName, title }) => `${reviewerName} answered your request “${title}”`,
    feedback_helpful: ({ requesterName, title }) => `${requesterName} found your answer to “${title}” helpful`,
    post_commented: ({ commenterName, postTitle }) => `${commenterName} commented on “${postTitle}”`,
    coffee_matched: ({ partnerNames }) => `Your coffee of the week: ${partnerNames}. Find a moment to meet!`,
    coffee_invited: ({ inviterName }) => `${inviterName} invites you for a coffee`,
    coffee_accepted: ({ inviteeName, startsAt }, f) => `${inviteeName} accepted your coffee: ${f.dateTime(startsAt)}`,
    coffee_declined: ({ inviteeName }) => `${inviteeName} can't make it for a coffee this time`,
  },
  categories: {
    community: 'Community',
    breakfasts: 'Breakfasts',
    events: 'Events',
    feedback: 'Feedback',
    knowledge: 'Knowledge',
    celebrations: 'Celebrations',
  },
  greeting: (name) => `Hello ${name},`,
  open: 'Open in Tertulia',
  whyInstant: (category) => `You receive this e-mail because you chose to be told about “${category}” instantly.`,
  whyDigest: (frequency) => `You receive this ${frequency} digest because you chose it in your notification settings.`,
  unsubscribe: 'Unsubscribe from these e-mails',
  settings: 'Choose what you receive by e-mail',
  digest: {
    subject: (frequency, day, count) =>
      `${frequency === 'daily' ? 'Your day' : 'Your week'} at Tertulia (${day}): ${count} ${count === 1 ? 'item' : 'items'}`,
    intro: (frequency) => (frequency === 'daily' ? 'Here is what happened since your last digest.' : 'Here is your week at the coworking.'),
    news: 'For you',
    celebrations: 'Celebrations',
    celebration: ({ kind, name, years }, day) => {
      const when = day ? `on ${day}` : 'today';
      return kind === 'birthday'
        ? `${name}'s birthday is ${when}`
        : `${name} celebrates ${years} ${years === 1 ? 'year' : 'years'} at the coworking ${when}`;
    },
    congratulate: 'Say congratulations',
  },
  invitation: {
    subject: (inviterName) => `${inviterName} invites you to Tertulia`,
    intro: (inviterName) => `${inviterName} invites you to join Tertulia, the community of our coworking space.`,
    about: 'There you will find who does what in the space, the weekly breakfasts, events, and people ready to help with your projects.',
    accept: 'Accept the invitation',
    expires: (dateTime) => `The link works until ${dateTime}, once.`,
    ignore: 'If you were not expecting this, you can ignore this e-mail.',
  },
};
