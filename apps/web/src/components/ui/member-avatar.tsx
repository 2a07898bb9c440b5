export type AvatarSize = 'small' | 'medium' | 'large';

/** "Marta Puig Soler" → "MS"; "Marta" → "M". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]!, parts[parts.length - 1]!] : parts;
  return letters.map((part) => part.charAt(0).toLocaleUpperCase()).join('');
}

export interface MemberAvatarProps {
  name: string;
  photoUrl?: string | null;
  size?: AvatarSize;
}

/**
 * A member's photo, or their initials when they have none. Always shown next to their name,
 * so it is decorative: an empty alt, and the initials hidden from screen readers.
 */
export function MemberAvatar({ name, photoUrl, size = 'medium' }: MemberAvatarProps) {
  const className = `avatar avatar--${size}`;
  if (photoUrl) {
    return <img className={`${className} avatar--photo`} src={photoUrl} alt="" loading="lazy" decoding="async" />;
  }
  return (
    <span className={className} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
