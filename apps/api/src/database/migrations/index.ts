import { InitialSchema1795636016879 } from './1795636016879-initial-schema';
import { MemberNamesInAlphabeticalOrder1795640000000 } from './1795640000000-member-names-in-alphabetical-order';
import { BreakfastRota1795640100000 } from './1795640100000-breakfast-rota';
import { DirectoryProfilesAndServices1795829519044 } from './1795829519044-directory-profiles-and-services';
import { DirectorySearch1795829600000 } from './1795829600000-directory-search';
import { ServiceCategories1795829700000 } from './1795829700000-service-categories';
import { MemberPhotoFileUnique1795829800000 } from './1795829800000-member-photo-file-unique';
import { EventsCirclesAndCalendarFeeds1795832178610 } from './1795832178610-events-circles-and-calendar-feeds';
import { KnowledgePostsAndFeedback1795838972625 } from './1795838972625-knowledge-posts-and-feedback';
import { NotificationsAndEmail1795841846810 } from './1795841846810-notifications-and-email';
import { NetworkingPlans1795890000000 } from './1795890000000-networking-plans';
import { Coffee1795900000000 } from './1795900000000-coffee';

// Every migration, in order. Never edit one that has landed: add a new one.
export const MIGRATIONS: Function[] = [
  InitialSchema1795636016879,
  MemberNamesInAlphabeticalOrder1795640000000,
  BreakfastRota1795640100000,
  DirectoryProfilesAndServices1795829519044,
  DirectorySearch1795829600000,
  ServiceCategories1795829700000,
  MemberPhotoFileUnique1795829800000,
  EventsCirclesAndCalendarFeeds1795832178610,
  KnowledgePostsAndFeedback1795838972625,
  NotificationsAndEmail1795841846810,
  NetworkingPlans1795890000000,
  Coffee1795900000000,
];
