import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addresses, users } from '@/db/schema';
import { toActor } from '@/lib/auth/actor';
import { issueTokenPair } from '@/lib/auth/api-tokens';
import { loadActorUser } from '@/lib/auth/load-actor-user';
import { createSession, validateSessionToken } from '@/lib/auth/sessions';
import { signInWithPassword } from '@/lib/auth/sign-in';
import {
  createTestUser,
  TEST_PASSWORD,
  testContext,
  useAuthTestDatabase,
} from '@/lib/auth/testing/auth-test-env';
import { addressInputSchema } from './address-schema';
import { getAddressOrThrow, listAddresses, saveAddress } from './addresses';
import { deleteMyAccount } from './delete-account';
import { exportMyData } from './export-data';

let t: Awaited<ReturnType<typeof useAuthTestDatabase>>;
beforeAll(async () => {
  t = await useAuthTestDatabase();
});
afterAll(() => t.release());

const ADDRESS = {
  recipient: 'Ana',
  cep: '01310-100',
  street: 'Avenida Paulista',
  number: '1000',
  district: 'Bela Vista',
  city: 'São Paulo',
  state: 'sp',
};

async function actorFor(user: { id: string; role: 'customer' | 'admin' | 'courier' }) {
  const { session } = await createSession(user, { ip: null, userAgent: null });
  return toActor((await loadActorUser(user.id))!, session.id, 'session');
}

describe('address validation', () => {
  it('normalises the CEP and state and refuses a CEP of another state, naming the field', () => {
    expect(addressInputSchema.parse(ADDRESS)).toMatchObject({
      cep: '01310100',
      state: 'SP',
      isDefault: false,
    });
    const mismatch = addressInputSchema.safeParse({ ...ADDRESS, state: 'RJ' });
    expect(mismatch.error?.issues).toEqual([
      expect.objectContaining({ path: ['cep'], message: 'cep_state_mismatch' }),
    ]);
    const bad = addressInputSchema.safeParse({ ...ADDRESS, cep: '123', state: 'XX', street: '' });
    expect(bad.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`).sort()).toEqual([
      'cep:invalid_cep',
      'state:invalid_state',
      'street:required',
    ]);
  });
});

describe('addresses', () => {
  it('are scoped to their owner; the first is the default, a new default replaces it', async () => {
    const a = await actorFor(await createTestUser(t.db));
    const b = await actorFor(await createTestUser(t.db));
    const first = await saveAddress(a, addressInputSchema.parse(ADDRESS));
    expect(first.isDefault).toBe(true);
    const second = await saveAddress(
      a,
      addressInputSchema.parse({ ...ADDRESS, number: '2', isDefault: 'on' }),
    );
    const list = await listAddresses(a);
    expect(list.map((x) => [x.id, x.isDefault])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
    expect(await listAddresses(b)).toEqual([]);
    await expect(getAddressOrThrow(b, first.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(saveAddress(b, addressInputSchema.parse(ADDRESS), first.id)).rejects.toMatchObject(
      { code: 'not_found' },
    );
    await expect(listAddresses(null)).rejects.toMatchObject({ code: 'unauthorized' });
  });
});

describe('LGPD', () => {
  it('exports everything held about me, without hashes or tokens', async () => {
    const user = await createTestUser(t.db);
    const me = await actorFor(user);
    await saveAddress(me, addressInputSchema.parse(ADDRESS));
    const pair = await issueTokenPair(user.id, testContext());
    const data = await exportMyData(me);
    expect(data.profile).toMatchObject({ id: user.id, email: user.email });
    expect(data.addresses).toHaveLength(1);
    expect(data.sessions).toHaveLength(1);
    expect(data.apiTokens).toHaveLength(1);
    const json = JSON.stringify(data);
    expect(json).not.toContain('argon2');
    expect(json).not.toContain(pair.refreshToken);
    expect(json).not.toMatch(/token_?hash/i);
  });

  it('deletion needs the password, anonymises the row, erases the rest and signs out everywhere', async () => {
    const user = await createTestUser(t.db);
    const { token, session } = await createSession(user, { ip: '1.2.3.4', userAgent: 'x' });
    const me = toActor((await loadActorUser(user.id))!, session.id, 'session');
    await saveAddress(me, addressInputSchema.parse(ADDRESS));
    await expect(deleteMyAccount(me, 'wrong-password')).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await deleteMyAccount(me, TEST_PASSWORD);
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ name: 'Conta excluída', cpf: null, passwordHash: null });
    expect(row?.email).not.toBe(user.email);
    expect(row?.deletedAt).not.toBeNull();
    expect(await t.db.select().from(addresses).where(eq(addresses.userId, user.id))).toEqual([]);
    expect(await validateSessionToken(token)).toBeUndefined();
    const again = await signInWithPassword(
      { email: user.email, password: TEST_PASSWORD },
      testContext(),
    );
    expect(again.ok).toBe(false);
  });

  it('staff cannot delete themselves', async () => {
    const admin = await actorFor(await createTestUser(t.db, { role: 'admin', superAdmin: true }));
    await expect(deleteMyAccount(admin, TEST_PASSWORD)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
