export { arrayCells, mapRow, nameSearchKey, siteKeyOf, type BadLineReason, type DirectoryEntry, type RowCells, type RowResult } from './entry.js';
export { extractFields, mapHeader, normaliseHeader, requiredFields, type ColumnMap, type ExtractField, type HeaderMapping } from './headers.js';
export {
  idNatOf,
  professionLabelOf,
  roleOfProfessionCode,
  roleProfessionCode,
  rppsProfessions,
  splitIdNat,
  userProfessionCode,
  usualProfessionalRoles,
  type UsualProfessionalRole,
} from './professions.js';
export { FUZZY_BELOW, FUZZY_MIN_LETTERS, SEARCH_LIMIT, SEARCH_MIN_LETTERS, searchNameKeys, wantsCloseSpellings, type NameKeys } from './search.js';
