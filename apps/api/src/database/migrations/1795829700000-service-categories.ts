import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The categories a coworking starts with, named in Catalan, Spanish and English; the manager edits them later. */
const CATEGORIES: [slug: string, ca: string, es: string, en: string][] = [
  ['design', 'Disseny', 'Diseño', 'Design'],
  ['development', 'Desenvolupament', 'Desarrollo', 'Development'],
  ['marketing', 'Màrqueting', 'Marketing', 'Marketing'],
  ['communication', 'Comunicació', 'Comunicación', 'Communication'],
  ['legal', 'Legal', 'Legal', 'Legal'],
  ['accounting', 'Comptabilitat i fiscalitat', 'Contabilidad y fiscalidad', 'Accounting and tax'],
  ['photography', 'Fotografia', 'Fotografía', 'Photography'],
  ['video', 'Vídeo', 'Vídeo', 'Video'],
  ['translation', 'Traducció i idiomes', 'Traducción e idiomas', 'Translation and languages'],
  ['consulting', 'Consultoria', 'Consultoría', 'Consulting'],
  ['data', 'Dades', 'Datos', 'Data'],
  ['architecture', 'Arquitectura i interiorisme', 'Arquitectura e interiorismo', 'Architecture and interiors'],
  ['events', 'Esdeveniments', 'Eventos', 'Events'],
  ['training', 'Formació', 'Formación', 'Training'],
  ['wellbeing', 'Salut i benestar', 'Salud y bienestar', 'Health and wellbeing'],
  ['other', 'Altres', 'Otros', 'Other'],
];

export class ServiceCategories1795829700000 implements MigrationInterface {
  name = 'ServiceCategories1795829700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [index, [slug, ca, es, en]] of CATEGORIES.entries()) {
      await queryRunner.query(
        `INSERT INTO service_categories (slug, name_ca, name_es, name_en, position) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (slug) DO NOTHING`,
        [slug, ca, es, en, index * 10],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM service_categories WHERE slug = ANY($1)`, [CATEGORIES.map(([slug]) => slug)]);
  }
}
