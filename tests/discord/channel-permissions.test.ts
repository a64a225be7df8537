import type { APIRole } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { channelPermissions } from '../../src/discord/channel-poster.ts';

const GUILD = '100000000000000000';
const BOT = '200000000000000000';
const BOT_ROLE = '300000000000000000';
const OTHER_ROLE = '400000000000000000';
const VIEW = 1n << 10n;
const SEND = 1n << 11n;
const EMBED = 1n << 14n;
const ADMIN = 1n << 3n;

const role = (id: string, permissions: bigint) => ({ id, permissions: permissions.toString() }) as APIRole;
const overwrite = (id: string, type: 0 | 1, allow: bigint, deny: bigint) => ({ id, type, allow: allow.toString(), deny: deny.toString() });

describe('the bot’s permissions in a channel, as Discord computes them', () => {
  const roles = [role(GUILD, VIEW), role(BOT_ROLE, SEND | EMBED), role(OTHER_ROLE, 0n)];

  it('ORs @everyone and the member’s roles', () => {
    expect(channelPermissions(GUILD, BOT, roles, [BOT_ROLE], [])).toBe(VIEW | SEND | EMBED);
    expect(channelPermissions(GUILD, BOT, roles, [], [])).toBe(VIEW);
  });

  it('applies @everyone, then role, then member overwrites, each deny before its allow', () => {
    const everyoneDeniesSend = overwrite(GUILD, 0, 0n, SEND);
    expect(channelPermissions(GUILD, BOT, roles, [BOT_ROLE], [everyoneDeniesSend])).toBe(VIEW | EMBED);
    const roleAllowsSend = overwrite(BOT_ROLE, 0, SEND, 0n);
    expect(channelPermissions(GUILD, BOT, roles, [BOT_ROLE], [everyoneDeniesSend, roleAllowsSend])).toBe(VIEW | SEND | EMBED);
    const memberDeniesEmbed = overwrite(BOT, 1, 0n, EMBED);
    expect(channelPermissions(GUILD, BOT, roles, [BOT_ROLE], [everyoneDeniesSend, roleAllowsSend, memberDeniesEmbed])).toBe(VIEW | SEND);
  });

  it('ignores overwrites for roles the member lacks and for other members', () => {
    const otherRoleDenies = overwrite(OTHER_ROLE, 0, 0n, VIEW | SEND);
    const otherMemberDenies = overwrite('500000000000000000', 1, 0n, VIEW);
    expect(channelPermissions(GUILD, BOT, roles, [BOT_ROLE], [otherRoleDenies, otherMemberDenies])).toBe(VIEW | SEND | EMBED);
  });

  it('gives an administrator everything, whatever the overwrites say', () => {
    const adminRoles = [role(GUILD, 0n), role(BOT_ROLE, ADMIN)];
    const denyAll = overwrite(BOT, 1, 0n, VIEW | SEND | EMBED);
    const permissions = channelPermissions(GUILD, BOT, adminRoles, [BOT_ROLE], [denyAll]);
    expect(permissions & (VIEW | SEND | EMBED)).toBe(VIEW | SEND | EMBED);
  });
});
