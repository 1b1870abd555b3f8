/** The ten demo patients (fictitious people), followed by the demo GP at the Cabinet médical des Tilleuls. */
export interface DemoPatient {
  readonly lastName: string;
  readonly firstName: string;
  readonly birthName: string | null;
  readonly sex: 'F' | 'M';
  readonly birthDate: string;
  /** National form; stored in E.164. */
  readonly phone: string;
  readonly phone2: string | null;
  readonly street: string;
  readonly inseeCode: string;
}

export const demoPatients: readonly DemoPatient[] = [
  { lastName: 'Dubois', firstName: 'Jeanne', birthName: 'Lefort', sex: 'F', birthDate: '1938-04-12', phone: '01 60 78 12 45', phone2: '06 45 21 87 30', street: '14 allée des Tilleuls', inseeCode: '91228' },
  { lastName: 'Martin', firstName: 'Robert', birthName: null, sex: 'M', birthDate: '1945-09-03', phone: '06 12 48 73 95', phone2: null, street: '3 rue Pasteur', inseeCode: '91228' },
  { lastName: 'Leroy', firstName: 'Simone', birthName: 'Carpentier', sex: 'F', birthDate: '1932-11-27', phone: '01 69 02 33 18', phone2: '07 68 14 52 09', street: '27 rue de la République', inseeCode: '91521' },
  { lastName: 'Moreau', firstName: 'André', birthName: null, sex: 'M', birthDate: '1950-02-14', phone: '06 30 84 17 62', phone2: null, street: '8 rue Gambetta', inseeCode: '91174' },
  { lastName: 'Garcia', firstName: 'Lucie', birthName: null, sex: 'F', birthDate: '1994-06-21', phone: '07 81 36 94 27', phone2: null, street: '52 cours Blaise Pascal', inseeCode: '91228' },
  { lastName: 'Benkhelifa', firstName: 'Mohamed', birthName: null, sex: 'M', birthDate: '1958-12-05', phone: '06 62 05 48 13', phone2: null, street: '6 avenue de la Libération', inseeCode: '91286' },
  { lastName: 'Fontaine', firstName: 'Monique', birthName: 'Perret', sex: 'F', birthDate: '1941-07-30', phone: '01 60 79 54 21', phone2: null, street: '11 rue des Écoles', inseeCode: '91228' },
  { lastName: 'Picard', firstName: 'Gérard', birthName: null, sex: 'M', birthDate: '1936-03-18', phone: '01 64 94 27 83', phone2: '06 87 12 40 56', street: '19 rue du Moulin', inseeCode: '91223' },
  { lastName: 'Charpentier', firstName: 'Yvette', birthName: 'Michel', sex: 'F', birthDate: '1929-10-09', phone: '01 69 42 61 07', phone2: null, street: '2 place de l’Église', inseeCode: '91201' },
  { lastName: 'Nguyen', firstName: 'Lucas', birthName: null, sex: 'M', birthDate: '1987-01-25', phone: '06 24 71 39 58', phone2: null, street: '41 avenue Carnot', inseeCode: '91377' },
];
