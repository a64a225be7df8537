import type { Member } from '../src/interactions/types.ts';

/** The one cast of every test and benchmark: two servers with a channel each, and their members. */
export const GUILD_A = '210000000000000001';
export const GUILD_B = '220000000000000002';
export const CHANNEL_A = '310000000000000001';
export const CHANNEL_B = '320000000000000002';
export const ALICE: Member = { id: '410000000000000001', name: 'Alice' };
export const BOB: Member = { id: '420000000000000002', name: 'Bob' };
/** A third and a fourth member, for tests that need someone besides Alice and Bob. */
export const CAROL: Member = { id: '430000000000000003', name: 'Carol' };
export const DAVE: Member = { id: '440000000000000004', name: 'Dave' };
/** A message id for clicks whose message does not matter. */
export const MESSAGE_ID = '510000000000000001';
/** The same two members as users of the Discord double, whose `sendCommand` and `clickButton` take these. */
export const ALICE_USER = { id: ALICE.id, username: 'alice' };
export const BOB_USER = { id: BOB.id, username: 'bob' };
export const CAROL_USER = { id: CAROL.id, username: 'carol' };
export const DAVE_USER = { id: DAVE.id, username: 'dave' };
