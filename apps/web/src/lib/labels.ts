/**
 * Skills or tags typed as one line, separated by commas (or semicolons, or new lines):
 * trimmed, single-spaced, empty ones dropped, each kept once whatever its case (the first spelling wins).
 */
export function parseLabels(text: string): string[] {
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const label = raw.trim().replace(/\s+/g, ' ');
    const key = label.toLocaleLowerCase();
    if (label === '' || seen.has(key)) continue;
    seen.add(key);
    labels.push(label);
  }
  return labels;
}

/** The labels back as the line a person edits. */
export function formatLabels(labels: readonly string[]): string {
  return labels.join(', ');
}
