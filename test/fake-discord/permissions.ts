import { OverwriteType, PermissionFlagsBits } from 'discord-api-types/v10';
import type { GuildChannel, GuildModel } from './fixtures.ts';

const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

/**
 * Discord's documented algorithm (owner, Administrator, then @everyone, role
 * and member overwrites), so the fake agrees with discord.js's
 * `permissionsFor()` and the bot's pre-checks are tested against the same rules.
 */
export function computePermissions(
  guild: GuildModel,
  userId: string,
  roleIds: readonly string[],
  channel?: GuildChannel,
): bigint {
  if (userId === guild.ownerId) return ALL_PERMISSIONS;
  let permissions = 0n;
  for (const role of guild.roles) {
    if (role.id === guild.id || roleIds.includes(role.id)) permissions |= BigInt(role.permissions);
  }
  if (permissions & PermissionFlagsBits.Administrator) return ALL_PERMISSIONS;
  if (!channel) return permissions;

  const overwrites = channel.permission_overwrites ?? [];
  const apply = (allow: bigint, deny: bigint): void => {
    permissions = (permissions & ~deny) | allow;
  };
  const everyone = overwrites.find((o) => o.id === guild.id);
  if (everyone) apply(BigInt(everyone.allow), BigInt(everyone.deny));
  let roleAllow = 0n;
  let roleDeny = 0n;
  for (const o of overwrites) {
    if (o.type === OverwriteType.Role && o.id !== guild.id && roleIds.includes(o.id)) {
      roleAllow |= BigInt(o.allow);
      roleDeny |= BigInt(o.deny);
    }
  }
  apply(roleAllow, roleDeny);
  const member = overwrites.find((o) => o.type === OverwriteType.Member && o.id === userId);
  if (member) apply(BigInt(member.allow), BigInt(member.deny));

  // Without View Channel nothing else in the channel is usable.
  return permissions & PermissionFlagsBits.ViewChannel ? permissions : 0n;
}

export function botPermissions(guild: GuildModel, channel?: GuildChannel): bigint {
  return computePermissions(guild, guild.botMember.user.id, guild.botMember.roles, channel);
}
