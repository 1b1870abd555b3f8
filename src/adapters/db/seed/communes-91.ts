/**
 * Communes of the demo territory, Essonne (91): INSEE codes and postcodes as in
 * the official geographic code (checked against @etalab/decoupage-administratif
 * 6.0.0), approximate coordinates of the town centre.
 */
export interface DemoCommune {
  readonly inseeCode: string;
  readonly name: string;
  readonly postcodes: readonly string[];
  readonly lat: number;
  readonly lng: number;
}

export const essonneCommunes: readonly DemoCommune[] = [
  { inseeCode: '91228', name: 'Évry-Courcouronnes', postcodes: ['91000', '91080'], lat: 48.6243, lng: 2.4297 },
  { inseeCode: '91174', name: 'Corbeil-Essonnes', postcodes: ['91100'], lat: 48.6139, lng: 2.482 },
  { inseeCode: '91521', name: 'Ris-Orangis', postcodes: ['91130'], lat: 48.6527, lng: 2.4147 },
  { inseeCode: '91286', name: 'Grigny', postcodes: ['91350'], lat: 48.6544, lng: 2.3928 },
  { inseeCode: '91377', name: 'Massy', postcodes: ['91300'], lat: 48.7309, lng: 2.2713 },
  { inseeCode: '91477', name: 'Palaiseau', postcodes: ['91120'], lat: 48.7145, lng: 2.2457 },
  { inseeCode: '91223', name: 'Étampes', postcodes: ['91150'], lat: 48.4343, lng: 2.1615 },
  { inseeCode: '91021', name: 'Arpajon', postcodes: ['91290'], lat: 48.5903, lng: 2.2478 },
  { inseeCode: '91103', name: 'Brétigny-sur-Orge', postcodes: ['91220'], lat: 48.6114, lng: 2.3059 },
  { inseeCode: '91589', name: 'Savigny-sur-Orge', postcodes: ['91600'], lat: 48.6796, lng: 2.3487 },
  { inseeCode: '91326', name: 'Juvisy-sur-Orge', postcodes: ['91260'], lat: 48.689, lng: 2.377 },
  { inseeCode: '91201', name: 'Draveil', postcodes: ['91210'], lat: 48.6852, lng: 2.408 },
  { inseeCode: '91421', name: 'Montgeron', postcodes: ['91230'], lat: 48.7039, lng: 2.4605 },
  { inseeCode: '91691', name: 'Yerres', postcodes: ['91330'], lat: 48.7178, lng: 2.4932 },
  { inseeCode: '91549', name: 'Sainte-Geneviève-des-Bois', postcodes: ['91700'], lat: 48.6458, lng: 2.3197 },
  { inseeCode: '91027', name: 'Athis-Mons', postcodes: ['91200'], lat: 48.709, lng: 2.389 },
  { inseeCode: '91687', name: 'Viry-Châtillon', postcodes: ['91170'], lat: 48.6707, lng: 2.375 },
  { inseeCode: '91345', name: 'Longjumeau', postcodes: ['91160'], lat: 48.6943, lng: 2.296 },
  { inseeCode: '91692', name: 'Les Ulis', postcodes: ['91940'], lat: 48.6818, lng: 2.1697 },
  { inseeCode: '91200', name: 'Dourdan', postcodes: ['91410'], lat: 48.529, lng: 2.011 },
  { inseeCode: '91405', name: 'Milly-la-Forêt', postcodes: ['91490'], lat: 48.404, lng: 2.47 },
  { inseeCode: '91386', name: 'Mennecy', postcodes: ['91540'], lat: 48.566, lng: 2.437 },
  { inseeCode: '91471', name: 'Orsay', postcodes: ['91400'], lat: 48.699, lng: 2.187 },
  { inseeCode: '91272', name: 'Gif-sur-Yvette', postcodes: ['91190'], lat: 48.7018, lng: 2.1339 },
  { inseeCode: '91570', name: 'Saint-Michel-sur-Orge', postcodes: ['91240'], lat: 48.6346, lng: 2.3081 },
  { inseeCode: '91340', name: 'Lisses', postcodes: ['91090'], lat: 48.602, lng: 2.423 },
];

export function demoCommune(inseeCode: string): DemoCommune {
  const commune = essonneCommunes.find((c) => c.inseeCode === inseeCode);
  if (!commune) throw new Error(`unknown demo commune ${inseeCode}`);
  return commune;
}
