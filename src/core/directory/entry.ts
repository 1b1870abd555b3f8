import { searchKey } from '../text.js';
import type { ColumnMap } from './headers.js';
import { professionLabelOf } from './professions.js';

/** One row of the national directory: a professional in one practice situation. */
export interface DirectoryEntry {
  /** Identification nationale PP: `8` + RPPS or `0` + ADELI. */
  readonly idNat: string;
  /** Stable key of the practice situation among the professional's rows. */
  readonly siteKey: string;
  readonly idType: string;
  readonly identifier: string;
  readonly civility: string | null;
  readonly lastName: string;
  readonly firstName: string;
  readonly professionCode: string;
  readonly professionLabel: string | null;
  readonly savoirFaireCode: string | null;
  readonly savoirFaireLabel: string | null;
  readonly exerciseMode: string | null;
  readonly structureName: string | null;
  readonly address: string | null;
  readonly postcode: string | null;
  readonly communeCode: string | null;
  readonly communeName: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly lastNameSearch: string;
  readonly firstNameSearch: string;
}

/** Why a line of the extract was not imported. */
export type BadLineReason = 'column_count' | 'missing_id' | 'invalid_id' | 'missing_name' | 'missing_profession' | 'encoding' | 'too_long';

/** An entry, or why the line cannot be imported (a bare value: no wrapper object per row of a 2-million-line file). */
export type RowResult = DirectoryEntry | BadLineReason;

const ID_NAT = /^[0-9][0-9A-Za-z]{1,29}$/;

/** Plain ASCII names whose search key is just their lower-case form. */
const SIMPLE_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** `searchKey`, with a shortcut for the plain upper-case names that make most of the extract. */
export function nameSearchKey(name: string): string {
  return SIMPLE_NAME.test(name) ? name.toLowerCase() : searchKey(name);
}

/** The cells of one data line, by column position. */
export interface RowCells {
  /** The cell at `index`, trimmed; '' when the line has no such column. */
  cell(index: number): string;
}

/** Cells from an array (tests, small files). */
export function arrayCells(cells: readonly string[]): RowCells {
  return { cell: (index) => (cells[index] ?? '').trim() };
}

// Plain functions, not closures: they run millions of times per import.
function cellAt(cells: RowCells, index: number): string {
  return index < 0 ? '' : cells.cell(index);
}

function optionalAt(cells: RowCells, index: number): string | null {
  return (index < 0 ? '' : cells.cell(index)) || null;
}

/**
 * Maps the cells of one data line (count already checked against the header)
 * to an entry, or says why it cannot be imported.
 */
export function mapRow(cells: RowCells, columns: ColumnMap): RowResult {
  let idNat = cellAt(cells, columns.idNat);
  let idType = cellAt(cells, columns.idType);
  let identifier = cellAt(cells, columns.identifier);
  if (idNat === '') {
    if (idType === '' || identifier === '') return 'missing_id';
    idNat = idType + identifier;
  }
  if (!ID_NAT.test(idNat)) return 'invalid_id';
  if (idType === '') idType = idNat.slice(0, 1);
  if (identifier === '') identifier = idNat.slice(1);

  const lastName = cellAt(cells, columns.lastName);
  const firstName = cellAt(cells, columns.firstName);
  if (lastName === '') return 'missing_name';
  const professionCode = cellAt(cells, columns.professionCode);
  if (professionCode === '') return 'missing_profession';

  return {
    idNat,
    siteKey: siteKeyOf(cells, columns),
    idType,
    identifier,
    civility: optionalAt(cells, columns.exerciseCivility) ?? optionalAt(cells, columns.civility),
    lastName,
    firstName,
    professionCode,
    professionLabel: optionalAt(cells, columns.professionLabel) ?? professionLabelOf(professionCode),
    savoirFaireCode: optionalAt(cells, columns.savoirFaireCode),
    savoirFaireLabel: optionalAt(cells, columns.savoirFaireLabel),
    exerciseMode: optionalAt(cells, columns.exerciseMode),
    structureName: optionalAt(cells, columns.structureName) ?? optionalAt(cells, columns.structureSign),
    address: addressOf(cellAt(cells, columns.streetNumber), cellAt(cells, columns.streetIndex), cellAt(cells, columns.streetType), cellAt(cells, columns.streetName)),
    postcode: optionalAt(cells, columns.postcode),
    communeCode: optionalAt(cells, columns.communeCode),
    communeName: optionalAt(cells, columns.communeName) ?? cedexCity(cellAt(cells, columns.cedexOffice)),
    phone: optionalAt(cells, columns.phone) ?? optionalAt(cells, columns.phone2),
    email: optionalAt(cells, columns.email),
    lastNameSearch: nameSearchKey(lastName),
    firstNameSearch: nameSearchKey(firstName),
  };
}

/**
 * The practice situation: the structure (technical id, else SIRET or FINESS),
 * the savoir-faire, the exercise mode and, in newer files, the function and
 * kind of activity — joined, trailing empty parts dropped ("R100…|S|SM54|L").
 */
export function siteKeyOf(cells: RowCells, columns: ColumnMap): string {
  let key = cellAt(cells, columns.structureId) || cellAt(cells, columns.siret) || cellAt(cells, columns.finess);
  key += `|${cellAt(cells, columns.savoirFaireType)}|${cellAt(cells, columns.savoirFaireCode)}|${cellAt(cells, columns.exerciseMode)}`;
  key += `|${cellAt(cells, columns.functionCode)}|${cellAt(cells, columns.activityKind)}`;
  let end = key.length;
  while (end > 0 && key.charCodeAt(end - 1) === 124) end--;
  return end === key.length ? key : key.slice(0, end);
}

/** "12", "B", "Rue", "DES LILAS" → "12 B Rue DES LILAS"; null when empty. */
function addressOf(number: string, index: string, type: string, street: string): string | null {
  let address = number;
  if (index !== '') address = address === '' ? index : `${address} ${index}`;
  if (type !== '') address = address === '' ? type : `${address} ${type}`;
  if (street !== '') address = address === '' ? street : `${address} ${street}`;
  return address === '' ? null : address;
}

/** The city of a "Bureau cedex" cell ("91000 EVRY CEDEX" → "EVRY CEDEX"). */
function cedexCity(office: string): string | null {
  const city = office.replace(/^\d{5}\s*/, '').trim();
  return city === '' ? null : city;
}
