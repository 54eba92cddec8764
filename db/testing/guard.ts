/** Tests create and drop databases: refuse anything that is not on this machine. */
export function assertLocalDatabase(url: string) {
  const host = new URL(url).hostname;
  if (!['localhost', '127.0.0.1', '::1', '[::1]', ''].includes(host)) {
    throw new Error(
      `Refusing to run tests against a non-local database host "${host}". Point TEST_DATABASE_URL at this machine.`,
    );
  }
}
