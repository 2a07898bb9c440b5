import circlesCa from '../features/circles/locales/ca.json';
import circlesEn from '../features/circles/locales/en.json';
import circlesEs from '../features/circles/locales/es.json';
import coffeeCa from '../features/coffee/locales/ca.json';
import coffeeEn from '../features/coffee/locales/en.json';
import coffeeEs from '../features/coffee/locales/es.json';
import directoryCa from '../features/directory/locales/ca.json';
import directoryEn from '../features/directory/locales/en.json';
import directoryEs from '../features/directory/locales/es.json';
import eventsCa from '../features/events/locales/ca.json';
import eventsEn from '../features/events/locales/en.json';
import eventsEs from '../features/events/locales/es.json';
import feedbackCa from '../features/feedback/locales/ca.json';
import feedbackEn from '../features/feedback/locales/en.json';
import feedbackEs from '../features/feedback/locales/es.json';
import knowledgeCa from '../features/knowledge/locales/ca.json';
import knowledgeEn from '../features/knowledge/locales/en.json';
import knowledgeEs from '../features/knowledge/locales/es.json';
import networkingCa from '../features/networking/locales/ca.json';
import networkingEn from '../features/networking/locales/en.json';
import networkingEs from '../features/networking/locales/es.json';
import notificationsCa from '../features/notifications/locales/ca.json';
import notificationsEn from '../features/notifications/locales/en.json';
import notificationsEs from '../features/notifications/locales/es.json';
import profileCa from '../features/profile/locales/ca.json';
import profileEn from '../features/profile/locales/en.json';
import profileEs from '../features/profile/locales/es.json';
import ca from './ca.json';
import en from './en.json';
import es from './es.json';

/**
 * Every sentence of the portal by language: the shared files, and the larger features' own
 * files under their feature's key (`directory.…`, `profile.…`, `events.…`, `networking.…`, `circles.…`, `knowledge.…`, `feedback.…`, `notifications.…`, `coffee.…`).
 */
export const translations = {
  ca: { ...ca, directory: directoryCa, profile: profileCa, events: eventsCa, networking: networkingCa, circles: circlesCa, knowledge: knowledgeCa, feedback: feedbackCa, notifications: notificationsCa, coffee: coffeeCa },
  es: { ...es, directory: directoryEs, profile: profileEs, events: eventsEs, networking: networkingEs, circles: circlesEs, knowledge: knowledgeEs, feedback: feedbackEs, notifications: notificationsEs, coffee: coffeeEs },
  en: { ...en, directory: directoryEn, profile: profileEn, events: eventsEn, networking: networkingEn, circles: circlesEn, knowledge: knowledgeEn, feedback: feedbackEn, notifications: notificationsEn, coffee: coffeeEn },
};

export type Translation = (typeof translations)['en'];
