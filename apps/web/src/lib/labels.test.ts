import { formatLabels, parseLabels } from './labels';

describe('skills and tags typed on one line', () => {
  it('splits on commas, trims and drops the empty ones', () => {
    expect(parseLabels(' Branding,  packaging design ,, UX ')).toEqual(['Branding', 'packaging design', 'UX']);
    expect(parseLabels('')).toEqual([]);
    expect(parseLabels(' , ;')).toEqual([]);
  });

  it('accepts semicolons and new lines too', () => {
    expect(parseLabels('Illustració; Disseny gràfic\nSEO')).toEqual(['Illustració', 'Disseny gràfic', 'SEO']);
  });

  it('keeps each label once whatever its case, the first spelling winning', () => {
    expect(parseLabels('React, react, REACT, Node')).toEqual(['React', 'Node']);
  });

  it('collapses inner spaces', () => {
    expect(parseLabels('web    design')).toEqual(['web design']);
  });

  it('writes them back for editing', () => {
    expect(formatLabels(['Branding', 'UX'])).toBe('Branding, UX');
    expect(parseLabels(formatLabels(['a b', 'c']))).toEqual(['a b', 'c']);
  });
});
