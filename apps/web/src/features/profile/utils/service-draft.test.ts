import type { Service } from '@tertulia/domain';
import { createServiceBody, draftFromService, EMPTY_SERVICE, moved, updateServiceBody } from './service-draft';

const CATEGORY = '8c4b1a52-6f7e-4c55-9a3e-1b2c3d4e5f60';

describe('the service form', () => {
  it('turns the form into the body POST /api/services takes', () => {
    const result = createServiceBody({
      ...EMPTY_SERVICE,
      title: ' Disseny gràfic ',
      summary: 'Identitat visual per a petits negocis',
      categoryId: CATEGORY,
      tags: 'branding, logos, Branding',
      pricingNote: '',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Disseny gràfic',
        summary: 'Identitat visual per a petits negocis',
        description: null,
        categoryId: CATEGORY,
        tags: ['branding', 'logos'],
        pricingNote: null,
        idealClient: null,
      },
    });
  });

  it('names the fields to fix, a tag by its field', () => {
    const result = createServiceBody({ ...EMPTY_SERVICE, summary: 'x'.repeat(281), tags: `ok, ${'y'.repeat(31)}` });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['summary', 'tags', 'title']);
  });

  it('sends «no category» as null when editing', () => {
    const result = updateServiceBody({ ...EMPTY_SERVICE, title: 'Web', summary: 'Webs' });
    expect(result.ok && result.value.categoryId).toBeNull();
  });

  it('reads a service back into the form', () => {
    const service = {
      title: 'Web',
      summary: 'Webs',
      description: null,
      category: { id: CATEGORY },
      tags: ['a', 'b'],
      pricingNote: 'From €300',
      idealClient: null,
    } as unknown as Service;
    expect(draftFromService(service)).toEqual({ ...EMPTY_SERVICE, title: 'Web', summary: 'Webs', categoryId: CATEGORY, tags: 'a, b', pricingNote: 'From €300' });
  });

  it('moves a service up or down one place, never past the ends', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toBeNull();
    expect(moved(['a', 'b', 'c'], 2, 1)).toBeNull();
  });
});
