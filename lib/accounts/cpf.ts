/** Keeps only the digits: "123.456.789-09" → "12345678909". */
export function normalizeCpf(value: string): string {
  return value.replace(/\D/g, '');
}

function checkDigit(digits: number[], weightStart: number): number {
  const sum = digits.reduce((total, digit, index) => total + digit * (weightStart - index), 0);
  const rest = (sum * 10) % 11;
  return rest === 10 ? 0 : rest;
}

/** Receita Federal's two check digits; sequences like 111.111.111-11 pass the maths but are invalid. */
export function isValidCpf(value: string): boolean {
  const cpf = normalizeCpf(value);
  if (!/^\d{11}$/.test(cpf) || /^(\d)\1{10}$/.test(cpf)) return false;
  const digits = [...cpf].map(Number);
  return (
    checkDigit(digits.slice(0, 9), 10) === digits[9] &&
    checkDigit(digits.slice(0, 10), 11) === digits[10]
  );
}
