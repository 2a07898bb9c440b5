import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { CATEGORY_OF_KIND, NOTIFICATION_DATA_KEYS, type Locale, type NotificationDataByKind, type NotificationKind } from '@tertulia/domain';
import type { Config } from '../../config/config.schema';
import { APP_CONFIG } from '../../config/load-config';
import { publicOrigin } from '../../config/public-origin';
import { catalogFor, FALLBACK_LOCALE, formattersFor, type Celebration, type EmailCatalog, type Formatters } from './texts';
import type { UnsubscribeSigner } from './unsubscribe-tokens';

/** Whom an e-mail is for. */
export interface Recipient {
  id: string;
  email: string;
  displayName: string;
  locale: Locale | null;
}

/** A notification as the e-mails need it. */
export interface NotificationItem {
  kind: NotificationKind;
  data: Record<string, string>;
  link: string;
}

export interface CelebrationItem extends Celebration {
  memberId: string;
}

export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

interface Link {
  label: string;
  href: string;
}

/** An e-mail before it is written out as plain text and as HTML. */
interface Layout {
  locale: Locale;
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: Link;
  sections: { title: string; items: { text: string; link: Link }[] }[];
  footer: { why?: string; links: Link[] };
}

/** A portal path of this app, made absolute; anything else (another site, `//host`) becomes the notifications page. */
function portalPath(link: string): string {
  return link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/\\') ? link : '/notifications';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/** The sentence of a notification in a catalog; a missing value reads as empty rather than failing the e-mail. */
export function notificationSentence(catalog: EmailCatalog, item: NotificationItem, format: Formatters): string {
  return sentence(catalog, item.kind, item.data, format);
}

function sentence<K extends NotificationKind>(catalog: EmailCatalog, kind: K, data: Record<string, string>, format: Formatters): string {
  const keys = NOTIFICATION_DATA_KEYS[kind] as readonly string[];
  const values = Object.fromEntries(keys.map((key) => [key, data[key] ?? ''])) as NotificationDataByKind[K];
  const write = catalog.kinds[kind] as (data: NotificationDataByKind[K], format: Formatters) => string;
  return write(values, format);
}

/**
 * Writes the e-mails: subject, plain text and simple HTML in the reader's language, dates on the
 * community's clock, absolute links (PUBLIC_URL, else http://localhost and the port the app listens on). Every e-mail but the
 * invitation carries a one-click unsubscribe (RFC 8058) for what it is about, and a link to the
 * portal page that does the same.
 */
@Injectable()
export class EmailComposer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: Config,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  get baseUrl(): string {
    return publicOrigin(this.config, () => `http://localhost:${this.listeningPort()}`);
  }

  /** The port actually listened on: with PORT=0 the system picks it. */
  private listeningPort(): number {
    const address: unknown = this.adapterHost.httpAdapter?.getHttpServer()?.address();
    return typeof address === 'object' && address !== null && 'port' in address ? Number(address.port) : this.config.PORT;
  }

  /** One notification, for a member who wants its category instantly. */
  notification(recipient: Recipient, item: NotificationItem, sign: UnsubscribeSigner): ComposedEmail {
    const catalog = catalogFor(recipient.locale);
    const format = formattersFor(recipient.locale, this.config.COMMUNITY_TIMEZONE);
    const category = CATEGORY_OF_KIND[item.kind];
    const token = sign(recipient.id, category);
    const text = notificationSentence(catalog, item, format);
    return this.write(
      {
        locale: recipient.locale ?? FALLBACK_LOCALE,
        subject: text,
        greeting: catalog.greeting(recipient.displayName),
        paragraphs: [text],
        action: { label: catalog.open, href: this.absolute(item.link) },
        sections: [],
        footer: { why: catalog.whyInstant(catalog.categories[category]), links: this.footerLinks(catalog, token) },
      },
      token,
    );
  }

  /** A digest of `date` (`YYYY-MM-DD`, the day it is for): its notifications, then birthdays and anniversaries. */
  digest(
    recipient: Recipient,
    frequency: 'daily' | 'weekly',
    date: string,
    items: NotificationItem[],
    celebrations: CelebrationItem[],
    sign: UnsubscribeSigner,
  ): ComposedEmail {
    const catalog = catalogFor(recipient.locale);
    const format = formattersFor(recipient.locale, this.config.COMMUNITY_TIMEZONE);
    const token = sign(recipient.id, frequency === 'daily' ? 'daily_digest' : 'weekly_digest');
    const sections: Layout['sections'] = [];
    if (items.length > 0) {
      sections.push({
        title: catalog.digest.news,
        items: items.map((item) => ({
          text: notificationSentence(catalog, item, format),
          link: { label: catalog.open, href: this.absolute(item.link) },
        })),
      });
    }
    if (celebrations.length > 0) {
      sections.push({
        title: catalog.digest.celebrations,
        items: celebrations.map((celebration) => ({
          text: catalog.digest.celebration(celebration, frequency === 'daily' ? null : format.day(celebration.date)),
          link: { label: catalog.digest.congratulate, href: this.absolute(`/members/${celebration.memberId}`) },
        })),
      });
    }
    return this.write(
      {
        locale: recipient.locale ?? FALLBACK_LOCALE,
        subject: catalog.digest.subject(frequency, format.day(date), items.length + celebrations.length),
        greeting: catalog.greeting(recipient.displayName),
        paragraphs: [catalog.digest.intro(frequency)],
        sections,
        footer: { why: catalog.whyDigest(frequency), links: this.footerLinks(catalog, token) },
      },
      token,
    );
  }

  /** The invitation, in the inviter's language; `url` is the acceptance page. No unsubscribe: it is not a subscription. */
  invitation(input: { locale: Locale | null; inviterName: string; url: string; expiresAt: Date }): ComposedEmail {
    const catalog = catalogFor(input.locale);
    const format = formattersFor(input.locale, this.config.COMMUNITY_TIMEZONE);
    return this.write(
      {
        locale: input.locale ?? FALLBACK_LOCALE,
        subject: catalog.invitation.subject(input.inviterName),
        greeting: '',
        paragraphs: [catalog.invitation.intro(input.inviterName), catalog.invitation.about],
        action: { label: catalog.invitation.accept, href: input.url },
        sections: [],
        footer: { why: `${catalog.invitation.expires(format.dateTime(input.expiresAt.toISOString()))} ${catalog.invitation.ignore}`, links: [] },
      },
      null,
    );
  }

  private footerLinks(catalog: EmailCatalog, token: string): Link[] {
    return [
      { label: catalog.unsubscribe, href: this.absolute(`/unsubscribe/${token}`) },
      { label: catalog.settings, href: this.absolute('/settings/notifications') },
    ];
  }

  private absolute(path: string): string {
    return `${this.baseUrl}${portalPath(path)}`;
  }

  private write(layout: Layout, unsubscribeToken: string | null): ComposedEmail {
    const headers: Record<string, string> = { 'Auto-Submitted': 'auto-generated' };
    if (unsubscribeToken) {
      headers['List-Unsubscribe'] = `<${this.baseUrl}/api/unsubscribe/${unsubscribeToken}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    return { subject: layout.subject.replace(/\s+/g, ' ').trim(), text: plainText(layout), html: html(layout), headers };
  }
}

function plainText(layout: Layout): string {
  const blocks: string[] = [];
  if (layout.greeting) blocks.push(layout.greeting);
  blocks.push(...layout.paragraphs);
  if (layout.action) blocks.push(`${layout.action.label}: ${layout.action.href}`);
  for (const section of layout.sections) {
    blocks.push([section.title, ...section.items.map((item) => `- ${item.text}\n  ${item.link.label}: ${item.link.href}`)].join('\n'));
  }
  const footer = [layout.footer.why, ...layout.footer.links.map((link) => `${link.label}: ${link.href}`)].filter(Boolean);
  if (footer.length > 0) blocks.push(`-- \n${footer.join('\n')}`);
  return `${blocks.join('\n\n')}\n`;
}

function html(layout: Layout): string {
  const link = ({ label, href }: Link) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
  const parts: string[] = [];
  if (layout.greeting) parts.push(`<p>${escapeHtml(layout.greeting)}</p>`);
  parts.push(...layout.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`));
  if (layout.action) {
    parts.push(
      `<p><a href="${escapeHtml(layout.action.href)}" style="display:inline-block;padding:0.6em 1.2em;background:#7c2d12;color:#ffffff;border-radius:6px;text-decoration:none">${escapeHtml(layout.action.label)}</a></p>`,
    );
  }
  for (const section of layout.sections) {
    parts.push(`<h2 style="font-size:1.1em;margin:1.5em 0 0.5em">${escapeHtml(section.title)}</h2>`);
    parts.push(`<ul>${section.items.map((item) => `<li>${escapeHtml(item.text)} · ${link(item.link)}</li>`).join('')}</ul>`);
  }
  const footer = [
    ...(layout.footer.why ? [escapeHtml(layout.footer.why)] : []),
    ...(layout.footer.links.length > 0 ? [layout.footer.links.map(link).join(' · ')] : []),
  ];
  if (footer.length > 0) {
    parts.push(`<hr style="border:none;border-top:1px solid #d6d3d1;margin:2em 0 1em"><p style="font-size:0.85em;color:#57534e">${footer.join('<br>')}</p>`);
  }
  return `<!doctype html>
<html lang="${layout.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(layout.subject)}</title></head>
<body style="margin:0;padding:1em;background:#ffffff;color:#1c1917;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5">
<div style="max-width:36em;margin:0 auto">
${parts.join('\n')}
</div>
</body>
</html>
`;
}
