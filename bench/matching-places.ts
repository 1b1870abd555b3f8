/**
 * Where people live, for the matching benchmark: metropolitan France as its 96
 * départements, each with its population (the sum of its communes' in
 * @etalab/decoupage-administratif, which has populations but no coordinates).
 * Each département is drawn as city clusters — its chef-lieu and, for a few,
 * other large communes, at the approximate town-centre coordinates below, each
 * with its commune population and a spread growing with it — plus the rest of
 * its population around the chef-lieu (σ 25 km; 6 km in the small, dense
 * départements of the petite couronne). Practices and patients are drawn from
 * the same density.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Random } from '../src/adapters/db/seed/random.js';

/** Town centres: département code → chef-lieu (name checked against the package), then other large communes by INSEE code. */
const chefLieux: Readonly<Record<string, readonly [string, number, number]>> = {
  '01': ['Bourg-en-Bresse', 46.2052, 5.2255], '02': ['Laon', 49.5641, 3.6199], '03': ['Moulins', 46.5646, 3.3326],
  '04': ['Digne-les-Bains', 44.0925, 6.2356], '05': ['Gap', 44.5594, 6.0786], '06': ['Nice', 43.7102, 7.262],
  '07': ['Privas', 44.7353, 4.5986], '08': ['Charleville-Mézières', 49.7621, 4.7263], '09': ['Foix', 42.9653, 1.607],
  '10': ['Troyes', 48.2973, 4.0744], '11': ['Carcassonne', 43.213, 2.3491], '12': ['Rodez', 44.3506, 2.575],
  '13': ['Marseille', 43.2965, 5.3698], '14': ['Caen', 49.1829, -0.3707], '15': ['Aurillac', 44.9264, 2.4397],
  '16': ['Angoulême', 45.6484, 0.1562], '17': ['La Rochelle', 46.1603, -1.1511], '18': ['Bourges', 47.081, 2.3988],
  '19': ['Tulle', 45.2658, 1.7722], '2A': ['Ajaccio', 41.9192, 8.7386], '2B': ['Bastia', 42.6977, 9.4508],
  '21': ['Dijon', 47.322, 5.0415], '22': ['Saint-Brieuc', 48.5141, -2.7603], '23': ['Guéret', 46.1711, 1.8717],
  '24': ['Périgueux', 45.1842, 0.7218], '25': ['Besançon', 47.2378, 6.0241], '26': ['Valence', 44.9334, 4.8924],
  '27': ['Évreux', 49.0241, 1.1508], '28': ['Chartres', 48.4439, 1.489], '29': ['Quimper', 47.996, -4.102],
  '30': ['Nîmes', 43.8367, 4.3601], '31': ['Toulouse', 43.6047, 1.4442], '32': ['Auch', 43.6465, 0.5855],
  '33': ['Bordeaux', 44.8378, -0.5792], '34': ['Montpellier', 43.6108, 3.8767], '35': ['Rennes', 48.1173, -1.6778],
  '36': ['Châteauroux', 46.8103, 1.6913], '37': ['Tours', 47.3941, 0.6848], '38': ['Grenoble', 45.1885, 5.7245],
  '39': ['Lons-le-Saunier', 46.6747, 5.5546], '40': ['Mont-de-Marsan', 43.8902, -0.4992], '41': ['Blois', 47.5861, 1.3359],
  '42': ['Saint-Étienne', 45.4397, 4.3872], '43': ['Le Puy-en-Velay', 45.0434, 3.8858], '44': ['Nantes', 47.2184, -1.5536],
  '45': ['Orléans', 47.903, 1.9093], '46': ['Cahors', 44.4475, 1.4419], '47': ['Agen', 44.2033, 0.6163],
  '48': ['Mende', 44.5181, 3.5007], '49': ['Angers', 47.4784, -0.5632], '50': ['Saint-Lô', 49.1158, -1.0906],
  '51': ['Châlons-en-Champagne', 48.9566, 4.3631], '52': ['Chaumont', 48.1114, 5.1392], '53': ['Laval', 48.0706, -0.7734],
  '54': ['Nancy', 48.6921, 6.1844], '55': ['Bar-le-Duc', 48.7727, 5.1606], '56': ['Vannes', 47.6582, -2.7608],
  '57': ['Metz', 49.1193, 6.1757], '58': ['Nevers', 46.9908, 3.159], '59': ['Lille', 50.6292, 3.0573],
  '60': ['Beauvais', 49.4295, 2.0807], '61': ['Alençon', 48.432, 0.0913], '62': ['Arras', 50.291, 2.7775],
  '63': ['Clermont-Ferrand', 45.7772, 3.087], '64': ['Pau', 43.2951, -0.3708], '65': ['Tarbes', 43.2328, 0.0781],
  '66': ['Perpignan', 42.6887, 2.8948], '67': ['Strasbourg', 48.5734, 7.7521], '68': ['Colmar', 48.0794, 7.3585],
  '69': ['Lyon', 45.764, 4.8357], '70': ['Vesoul', 47.6197, 6.1544], '71': ['Mâcon', 46.3069, 4.8287],
  '72': ['Le Mans', 48.0061, 0.1996], '73': ['Chambéry', 45.5646, 5.9178], '74': ['Annecy', 45.8992, 6.1294],
  '75': ['Paris', 48.8566, 2.3522], '76': ['Rouen', 49.4432, 1.0999], '77': ['Melun', 48.5421, 2.6554],
  '78': ['Versailles', 48.8049, 2.1204], '79': ['Niort', 46.3237, -0.4588], '80': ['Amiens', 49.8941, 2.2958],
  '81': ['Albi', 43.9289, 2.1464], '82': ['Montauban', 44.0176, 1.355], '83': ['Toulon', 43.1242, 5.928],
  '84': ['Avignon', 43.9493, 4.8055], '85': ['La Roche-sur-Yon', 46.6705, -1.4269], '86': ['Poitiers', 46.5802, 0.3404],
  '87': ['Limoges', 45.8336, 1.2611], '88': ['Épinal', 48.1724, 6.4496], '89': ['Auxerre', 47.7982, 3.5673],
  '90': ['Belfort', 47.6397, 6.8638], '91': ['Évry-Courcouronnes', 48.6243, 2.4297], '92': ['Nanterre', 48.8924, 2.2071],
  '93': ['Bobigny', 48.9077, 2.4397], '94': ['Créteil', 48.7904, 2.4556], '95': ['Pontoise', 49.0507, 2.1009],
};
const otherCities: Readonly<Record<string, readonly [string, number, number]>> = {
  '76351': ['Le Havre', 49.4944, 0.1079], '93066': ['Saint-Denis', 48.9362, 2.3574], '69266': ['Villeurbanne', 45.7719, 4.8902],
  '13001': ['Aix-en-Provence', 43.5297, 5.4474], '29019': ['Brest', 48.3904, -4.4861], '92012': ['Boulogne-Billancourt', 48.8397, 2.2399],
  '95018': ['Argenteuil', 48.9472, 2.2467], '93048': ['Montreuil', 48.8638, 2.4485], '68224': ['Mulhouse', 47.7508, 7.3359],
  '59512': ['Roubaix', 50.6942, 3.1746], '59599': ['Tourcoing', 50.7239, 3.1612], '44184': ['Saint-Nazaire', 47.2735, -2.2138],
  '59183': ['Dunkerque', 51.0343, 2.3768], '06029': ['Cannes', 43.5528, 7.0174], '34032': ['Béziers', 43.3442, 3.2158],
  '64102': ['Bayonne', 43.4929, -1.4748], '62193': ['Calais', 50.9513, 1.8587], '50129': ['Cherbourg-en-Cotentin', 49.6337, -1.6221],
};
/** Small, dense départements: the rest of the population stays close to the chef-lieu. */
const compact = new Set(['92', '93', '94']);

interface Cluster {
  readonly lat: number;
  readonly lng: number;
  readonly sigmaKm: number;
  readonly population: number;
}

export interface Places {
  /** A random home or practice, drawn with the population density. */
  draw(random: Random): { lat: number; lng: number; departement: string };
  readonly departements: readonly string[];
  readonly description: string;
}

const KM_PER_DEGREE = 111.2;

/** A town of `population` inhabitants at about 10 000 per km², as a Gaussian of about its radius. */
const citySigma = (population: number): number => 0.5 + Math.sqrt(population / 10_000 / Math.PI) / 1.5;

export function frenchPlaces(): Places {
  const require = createRequire(import.meta.url);
  const read = (file: string): unknown[] => JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}`), 'utf8')) as unknown[];
  const communes = new Map<string, { nom: string; departement: string; population: number }>();
  for (const c of read('communes.json') as { code: string; nom: string; type: string; departement?: string; population?: number }[]) {
    if (c.type === 'commune-actuelle' && c.departement) communes.set(c.code, { nom: c.nom, departement: c.departement, population: c.population ?? 0 });
  }
  const departementPopulation = new Map<string, number>();
  for (const c of communes.values()) departementPopulation.set(c.departement, (departementPopulation.get(c.departement) ?? 0) + c.population);
  const clusters: (Cluster & { departement: string })[] = [];
  const cityOf = (code: string, [name, lat, lng]: readonly [string, number, number]) => {
    const commune = communes.get(code);
    if (!commune || commune.nom !== name) throw new Error(`matching bench: commune ${code} is ${commune?.nom ?? 'unknown'} in @etalab/decoupage-administratif, not ${name}`);
    return { lat, lng, sigmaKm: citySigma(commune.population), population: commune.population, departement: commune.departement };
  };
  const departements = read('departements.json') as { code: string; chefLieu: string; zone: string }[];
  for (const d of departements.filter((x) => x.zone === 'metro')) {
    const centre = chefLieux[d.code];
    if (!centre) throw new Error(`matching bench: no coordinates for département ${d.code}`);
    const cities = [cityOf(d.chefLieu, centre), ...Object.entries(otherCities).filter(([code]) => communes.get(code)?.departement === d.code).map(([code, c]) => cityOf(code, c))];
    clusters.push(...cities);
    const rest = (departementPopulation.get(d.code) ?? 0) - cities.reduce((sum, c) => sum + c.population, 0);
    if (rest > 0) clusters.push({ lat: centre[1], lng: centre[2], sigmaKm: compact.has(d.code) ? 6 : 25, population: rest, departement: d.code });
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const c of clusters) cumulative.push((total += c.population));
  const gaussian = (random: Random): number => Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  return {
    departements: [...new Set(clusters.map((c) => c.departement))],
    description: `${clusters.length} clusters over the 96 metropolitan départements, ${(total / 1e6).toFixed(1)} M inhabitants`,
    draw(random) {
      const target = random.next() * total;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((cumulative[middle] ?? 0) > target) high = middle;
        else low = middle + 1;
      }
      const c = clusters[low] ?? clusters[0];
      if (!c) throw new Error('no cluster');
      const lat = c.lat + (gaussian(random) * c.sigmaKm) / KM_PER_DEGREE;
      const lng = c.lng + (gaussian(random) * c.sigmaKm) / (KM_PER_DEGREE * Math.cos((c.lat * Math.PI) / 180));
      return { lat, lng, departement: c.departement };
    },
  };
}
