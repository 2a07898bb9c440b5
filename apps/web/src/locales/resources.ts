import directoryCa from '../features/directory/locales/ca.json';
import directoryEn from '../features/directory/locales/en.json';
import directoryEs from '../features/directory/locales/es.json';
import profileCa from '../features/profile/locales/ca.json';
import profileEn from '../features/profile/locales/en.json';
import profileEs from '../features/profile/locales/es.json';
import ca from './ca.json';
import en from './en.json';
import es from './es.json';

/**
 * Every sentence of the portal by language: the shared files, and the larger features' own
 * files under their feature's key (`directory.…`, `profile.…`).
 */
export const translations = {
  ca: { ...ca, directory: directoryCa, profile: profileCa },
  es: { ...es, directory: directoryEs, profile: profileEs },
  en: { ...en, directory: directoryEn, profile: profileEn },
};

export type Translation = (typeof translations)['en'];
