import { CsvError, parse } from 'csv-parse/sync';
import { badInput } from '../common/errors.js';
import { PupilSex } from './pupil.entity.js';
import { checkPupil, type FieldProblem, type PupilDraft, type PupilField, type PupilFields } from './pupil.rules.js';

/** The /graphql body limit is 1 MB: the file must fit inside it with the rest of the request. */
export const MAX_IMPORT_BYTES = 900 * 1024;
export const MAX_IMPORT_ROWS = 5000;

type ColumnKey = 'upn' | 'legalSurname' | 'legalForename' | 'preferredSurname' | 'preferredForename' | 'dateOfBirth' | 'sex' | 'yearGroup' | 'senStatus' | 'lookedAfter';

interface Column {
  key: ColumnKey;
  /** The heading to name in messages. */
  label: string;
  /** Headings as MIS exports write them, lower case without spaces or punctuation. */
  aliases: string[];
  required: boolean;
}

const COLUMNS: Column[] = [
  { key: 'upn', label: 'UPN', aliases: ['upn', 'uniquepupilnumber'], required: true },
  { key: 'legalSurname', label: 'Legal Surname', aliases: ['legalsurname', 'surname', 'lastname', 'familyname'], required: true },
  { key: 'legalForename', label: 'Legal Forename', aliases: ['legalforename', 'forename', 'firstname', 'givenname'], required: true },
  { key: 'preferredSurname', label: 'Preferred Surname', aliases: ['preferredsurname'], required: false },
  { key: 'preferredForename', label: 'Preferred Forename', aliases: ['preferredforename', 'preferredfirstname'], required: false },
  { key: 'dateOfBirth', label: 'DOB', aliases: ['dob', 'dateofbirth', 'birthdate'], required: true },
  { key: 'sex', label: 'Sex', aliases: ['sex', 'gender'], required: true },
  { key: 'yearGroup', label: 'Year', aliases: ['year', 'yeargroup', 'ncyear', 'nationalcurriculumyear', 'yeartaughtin'], required: true },
  { key: 'senStatus', label: 'SEN status', aliases: ['senstatus', 'sen', 'senprovision'], required: false },
  { key: 'lookedAfter', label: 'Looked After', aliases: ['lookedafter', 'inlacare', 'lac', 'cla', 'incare'], required: false },
];

/** One pupil row of the file: what it would save (the MIS fields its columns carry), or why not. */
export interface ImportRow {
  line: number;
  upn: string | null;
  values: Partial<PupilFields>;
  problems: FieldProblem[];
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** Reads and checks every row of a MIS export; the file as a whole is refused (BAD_USER_INPUT on csv) when it cannot be read. */
export function readPupilCsv(csv: string, today: string): ImportRow[] {
  if (Buffer.byteLength(csv) > MAX_IMPORT_BYTES) throw badInput('csv', `The file must be smaller than ${MAX_IMPORT_BYTES / 1024} KB: split it into smaller files`);
  const [header, ...records] = parseCsv(csv);
  if (!header) throw badInput('csv', 'The file is empty: choose a CSV export with a header row and a row for each pupil');
  if (!records.length) throw badInput('csv', 'The file has no pupils in it: it must have a row for each pupil under the header row');
  if (records.length > MAX_IMPORT_ROWS) throw badInput('csv', `The file must have ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} pupils or fewer: split it into smaller files`);
  const columns = columnsOf(header.record);
  const fields = fieldsCarriedBy(columns);
  const rows = records.map(({ record, info }) => checkRow(info.lines, cellsOf(record, columns), fields, today));
  rejectRepeatedUpns(rows);
  return rows;
}

function parseCsv(csv: string): ParsedRecord[] {
  try {
    return parse(csv, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as ParsedRecord[];
  } catch (error) {
    if (error instanceof CsvError) {
      throw badInput('csv', `The file is not a CSV file we can read: check line ${String(error.lines ?? 1)} (for example, for a quote that is not closed)`);
    }
    throw error;
  }
}

/** Where each known column is, by its heading; BAD_USER_INPUT when a required one is missing. */
function columnsOf(headings: string[]): Map<ColumnKey, number> {
  const normalised = headings.map((heading) => heading.toLowerCase().replace(/[^a-z0-9]/g, ''));
  const found = new Map<ColumnKey, number>();
  for (const column of COLUMNS) {
    const index = normalised.findIndex((heading) => column.aliases.includes(heading));
    if (index >= 0) found.set(column.key, index);
  }
  const missing = COLUMNS.filter((column) => column.required && !found.has(column.key)).map((column) => column.label);
  if (missing.length) {
    throw badInput('csv', `The file must have a column headed ${missing.join(', ')}: the first row must name the columns`);
  }
  return found;
}

/** The record fields the file sets: required columns always, optional ones only when present (the rest are kept on update). */
function fieldsCarriedBy(columns: Map<ColumnKey, number>): PupilField[] {
  const fields: PupilField[] = ['upn', 'legalSurname', 'legalForename', 'dateOfBirth', 'sex', 'yearGroup'];
  if (columns.has('preferredSurname')) fields.push('preferredSurname');
  if (columns.has('preferredForename')) fields.push('preferredForename');
  if (columns.has('senStatus')) fields.push('ehcPlan', 'senSupport');
  if (columns.has('lookedAfter')) fields.push('lookedAfter');
  return fields;
}

function cellsOf(record: string[], columns: Map<ColumnKey, number>): Partial<Record<ColumnKey, string>> {
  return Object.fromEntries([...columns].map(([key, index]) => [key, record[index] ?? '']));
}

function checkRow(line: number, cells: Partial<Record<ColumnKey, string>>, fields: PupilField[], today: string): ImportRow {
  const cellProblems: FieldProblem[] = [];
  const draft: PupilDraft = {
    upn: cells.upn,
    legalSurname: cells.legalSurname,
    legalForename: cells.legalForename,
    preferredSurname: cells.preferredSurname,
    preferredForename: cells.preferredForename,
    dateOfBirth: isoDate(cells.dateOfBirth ?? ''),
    sex: sexCode(cells.sex ?? ''),
    yearGroup: yearGroupOf(cells.yearGroup ?? ''),
  };
  if (cells.senStatus !== undefined) {
    const sen = senStatusOf(cells.senStatus);
    if (sen) Object.assign(draft, sen);
    else cellProblems.push({ field: 'senStatus', message: 'SEN status must be E (EHC plan), K (SEN support) or N (none)' });
  }
  if (cells.lookedAfter !== undefined) {
    const lookedAfter = yesOrNo(cells.lookedAfter);
    if (lookedAfter === null) cellProblems.push({ field: 'lookedAfter', message: 'Looked after must be Y (yes) or N (no)' });
    else draft.lookedAfter = lookedAfter;
  }
  const { values, problems } = checkPupil(draft, fields, today);
  return { line, upn: cells.upn || null, values, problems: [...problems, ...cellProblems] };
}

/** DD/MM/YYYY (as MIS exports write dates) to YYYY-MM-DD; anything else is left for the date rule to judge. */
function isoDate(cell: string): string {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell);
  return match ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}` : cell;
}

function sexCode(cell: string): string {
  const value = cell.toUpperCase();
  return { FEMALE: PupilSex.F, MALE: PupilSex.M, UNKNOWN: PupilSex.U }[value] ?? value;
}

/** "9", "Year 9", "Y9", "R" or "Reception" to 0..13; NaN (refused by the year group rule) otherwise. */
function yearGroupOf(cell: string): number {
  const value = cell.toLowerCase().replace(/\s+/g, '');
  if (value === 'r' || value === 'reception' || value === 'yearr') return 0;
  const match = /^(?:year|yr|y|nc)?(\d{1,2})$/.exec(value);
  return match ? Number(match[1]) : Number.NaN;
}

/** Census SEN provision codes: E = EHC plan, K = SEN support, N or blank = none. */
function senStatusOf(cell: string): Pick<PupilFields, 'ehcPlan' | 'senSupport'> | null {
  const code = cell.toUpperCase();
  if (code === 'E') return { ehcPlan: true, senSupport: false };
  if (code === 'K') return { ehcPlan: false, senSupport: true };
  if (code === 'N' || code === '') return { ehcPlan: false, senSupport: false };
  return null;
}

function yesOrNo(cell: string): boolean | null {
  const value = cell.toLowerCase();
  if (['y', 'yes', 'true', '1'].includes(value)) return true;
  if (['n', 'no', 'false', '0', ''].includes(value)) return false;
  return null;
}

/** A UPN on more than one line cannot say which line is right: every such line is rejected. */
function rejectRepeatedUpns(rows: ImportRow[]): void {
  const linesByUpn = new Map<string, number[]>();
  for (const row of rows) {
    if (row.values.upn) linesByUpn.set(row.values.upn, [...(linesByUpn.get(row.values.upn) ?? []), row.line]);
  }
  for (const row of rows) {
    const lines = row.values.upn ? linesByUpn.get(row.values.upn)! : [];
    if (lines.length > 1) row.problems.push({ field: 'upn', message: `UPN must be on one line only: the file has it on lines ${lines.join(', ')}` });
  }
}
