import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { GenCommune } from './generator.js';

const communeSchema = z.object({
  code: z.string(),
  nom: z.string(),
  type: z.string(),
  departement: z.string().optional(),
  codesPostaux: z.array(z.string()).optional(),
  population: z.number().optional(),
});
const departementSchema = z.object({ code: z.string(), nom: z.string() });

/**
 * Current French communes with their postcodes, département and population,
 * from `@etalab/decoupage-administratif` (a devDependency: the generator is a
 * development tool, the app never loads this).
 */
export function loadFrenchCommunes(): GenCommune[] {
  const require = createRequire(import.meta.url);
  const read = (file: string): unknown => JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}`), 'utf8'));
  const departements = new Map(z.array(departementSchema).parse(read('departements.json')).map((d) => [d.code, d.nom]));
  return z
    .array(communeSchema)
    .parse(read('communes.json'))
    .filter((c) => c.type === 'commune-actuelle' && c.departement && c.codesPostaux && c.codesPostaux.length > 0)
    .map((c) => ({
      code: c.code,
      name: c.nom,
      postcodes: c.codesPostaux ?? [],
      departement: c.departement ?? '',
      departementName: departements.get(c.departement ?? '') ?? '',
      population: c.population ?? 0,
    }));
}
