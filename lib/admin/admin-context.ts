/** Request details an admin write records in its audit row. */
export type AdminContext = { ip?: string | null };
