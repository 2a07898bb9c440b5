import { NetworkingSettingsSchema, TableLockSchema } from './networking.schema';

describe('networking settings', () => {
  it('take tables of 2 to 20 people and 1 to 12 rounds, whole numbers only', () => {
    expect(NetworkingSettingsSchema.safeParse({ tableSize: 4, rounds: 3 }).success).toBe(true);
    expect(NetworkingSettingsSchema.safeParse({ tableSize: 2, rounds: 1 }).success).toBe(true);
    expect(NetworkingSettingsSchema.safeParse({ tableSize: 20, rounds: 12 }).success).toBe(true);
    for (const bad of [
      { tableSize: 1, rounds: 3 },
      { tableSize: 21, rounds: 3 },
      { tableSize: 4, rounds: 0 },
      { tableSize: 4, rounds: 13 },
      { tableSize: 4.5, rounds: 3 },
      { tableSize: 4 },
      { tableSize: 4, rounds: 3, seed: 1 },
    ]) {
      expect(NetworkingSettingsSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('lock a table by its 1-based round and number', () => {
    expect(TableLockSchema.safeParse({ round: 1, table: 1, locked: true }).success).toBe(true);
    expect(TableLockSchema.safeParse({ round: 0, table: 1, locked: true }).success).toBe(false);
    expect(TableLockSchema.safeParse({ round: 1, table: 1 }).success).toBe(false);
  });
});
