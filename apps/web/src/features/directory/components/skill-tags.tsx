import { Link } from 'react-router';

export interface SkillTagsProps {
  skills: readonly string[];
  /** What the list holds ("Skills", "Tags"), for screen readers. */
  label: string;
  /** When given, each tag links there (e.g. the directory narrowed to that skill). */
  linkTo?: (tag: string) => string;
}

/** A row of small tags; nothing when there are none. */
export function SkillTags({ skills, label, linkTo }: SkillTagsProps) {
  if (skills.length === 0) return null;
  return (
    <ul className="tags" role="list" aria-label={label}>
      {skills.map((skill) => (
        <li key={skill}>
          {linkTo ? (
            <Link className="tag" to={linkTo(skill)}>
              {skill}
            </Link>
          ) : (
            <span className="tag">{skill}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
