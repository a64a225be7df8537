import crypto from 'node:crypto';
import type { KeyValueStore } from '../store/key-value-store.ts';

/**
 * Values can be longer than a button's custom_id allows; the button then carries a short hash and
 * the value lives here, so the button still works after a restart.
 */
export class QueryStash {
  constructor(private readonly kv: KeyValueStore) {}

  async put(query: string): Promise<string> {
    const hash = crypto.createHash('sha256').update(query).digest('base64url').slice(0, 16);
    await this.kv.set(`query:${hash}`, query);
    return hash;
  }

  get(hash: string): Promise<string | undefined> {
    return this.kv.get<string>(`query:${hash}`);
  }
}
