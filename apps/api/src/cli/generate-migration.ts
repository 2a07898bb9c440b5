/* Writes a migration from the difference between the entities and the migrated schema.
   Usage: npm run migration:generate -w @tertulia/api -- <PascalCaseName> */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../database/data-source';
import { pendingSchemaChanges } from '../database/pending-schema-changes';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name.');
  const database = await openDatabase({});
  try {
    const changes = await pendingSchemaChanges(database.dataSource);
    if (changes.up.length === 0) {
      console.log('The entities and the migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const folder = join(__dirname, '../../src/database/migrations');
    const fileName = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    const lines = (queries: string[]) =>
      queries.map((query) => `    await queryRunner.query(\`${query.replace(/[`\\$]/g, '\\$&')}\`);`).join('\n');
    writeFileSync(
      join(folder, `${fileName}.ts`),
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(changes.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(changes.down)}
  }
}
`,
    );
    writeMigrationIndex(folder);
    console.log(`Wrote src/database/migrations/${fileName}.ts`);
  } finally {
    await database.close();
  }
}

/** Rewrites migrations/index.ts to list every migration file in name (= time) order. */
function writeMigrationIndex(folder: string): void {
  const files = readdirSync(folder)
    .filter((file) => /^\d+-.*\.ts$/.test(file))
    .sort();
  const entries = files.map((file) => {
    const className = /export class (\w+)/.exec(readFileSync(join(folder, file), 'utf8'))?.[1];
    return { className, module: `./${file.replace(/\.ts$/, '')}` };
  });
  const imports = entries.map((entry) => `import { ${entry.className} } from '${entry.module}';`);
  writeFileSync(
    join(folder, 'index.ts'),
    `${imports.join('\n')}\n\n// Every migration, in order. Never edit one that has landed: add a new one.\nexport const MIGRATIONS: Function[] = [${entries.map((entry) => entry.className).join(', ')}];\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
