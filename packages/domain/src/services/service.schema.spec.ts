import { CreateServiceCategorySchema, CreateServiceSchema, ReorderServicesSchema, UpdateServiceSchema } from './service.schema';

describe('CreateServiceSchema', () => {
  const service = { title: 'Disseny gràfic', summary: 'Identitat de marca per a petits negocis' };

  it('needs a title and a one-line summary of at most 280 characters', () => {
    expect(CreateServiceSchema.safeParse(service).success).toBe(true);
    expect(CreateServiceSchema.safeParse({ ...service, summary: 'x'.repeat(281) }).success).toBe(false);
    expect(CreateServiceSchema.safeParse({ ...service, title: ' ' }).success).toBe(false);
  });

  it('refuses an owner in the body: a service belongs to whoever creates it', () => {
    expect(CreateServiceSchema.safeParse({ ...service, memberId: '0b6c3a9e-2f41-4b6f-9d55-3f1f0a4e8c21' }).success).toBe(false);
  });

  it('keeps each tag once', () => {
    expect(CreateServiceSchema.parse({ ...service, tags: ['Logo', 'logo', 'Branding'] }).tags).toEqual(['Logo', 'Branding']);
  });
});

describe('UpdateServiceSchema', () => {
  it('needs something to change', () => {
    expect(UpdateServiceSchema.safeParse({}).success).toBe(false);
    expect(UpdateServiceSchema.parse({ pricingNote: '' })).toEqual({ pricingNote: null });
  });
});

describe('ReorderServicesSchema', () => {
  it('names each service once', () => {
    const id = '0b6c3a9e-2f41-4b6f-9d55-3f1f0a4e8c21';
    expect(ReorderServicesSchema.safeParse({ ids: [id, id] }).success).toBe(false);
    expect(ReorderServicesSchema.safeParse({ ids: [id] }).success).toBe(true);
  });
});

describe('CreateServiceCategorySchema', () => {
  it('needs a slug and a name in each language', () => {
    expect(CreateServiceCategorySchema.safeParse({ slug: 'ux-research', names: { ca: 'Recerca', es: 'Investigación', en: 'Research' } }).success).toBe(true);
    expect(CreateServiceCategorySchema.safeParse({ slug: 'UX Research', names: { ca: 'a', es: 'b', en: 'c' } }).success).toBe(false);
    expect(CreateServiceCategorySchema.safeParse({ slug: 'ux', names: { ca: 'a', es: 'b' } }).success).toBe(false);
  });
});
