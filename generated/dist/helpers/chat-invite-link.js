function creatorOf(adminId, users) {
  const user = users.find((u) => u._ === "user" && u.id === adminId);
  if (!user || user._ !== "user") return { id: Number(adminId), is_bot: false, first_name: "" };
  return {
    id: Number(user.id),
    is_bot: user.bot === true,
    first_name: user.firstName ?? "",
    ...user.lastName !== void 0 ? { last_name: user.lastName } : {},
    ...user.username !== void 0 ? { username: user.username } : {}
  };
}
function toChatInviteLink(invite, users = []) {
  if (invite._ !== "chatInviteExported") throw new TypeError(`expected chatInviteExported, got ${invite._}`);
  const link = {
    invite_link: invite.link,
    creator: creatorOf(invite.adminId, users),
    creates_join_request: invite.requestNeeded === true,
    is_primary: invite.permanent === true,
    is_revoked: invite.revoked === true
  };
  if (invite.title !== void 0) link.name = invite.title;
  if (invite.expireDate !== void 0) link.expire_date = invite.expireDate;
  if (invite.usageLimit !== void 0) link.member_limit = invite.usageLimit;
  if (invite.requested !== void 0) link.pending_join_request_count = invite.requested;
  if (invite.subscriptionPricing !== void 0) {
    link.subscription_period = invite.subscriptionPricing.period;
    link.subscription_price = Number(invite.subscriptionPricing.amount);
  }
  return link;
}
function chatInviteLinkOf(result) {
  if (result._ === "messages.exportedChatInvite") return toChatInviteLink(result.invite, result.users);
  if (result._ === "messages.exportedChatInviteReplaced") return toChatInviteLink(result.newInvite, result.users);
  return toChatInviteLink(result);
}
function inviteLinkOf(result) {
  return toChatInviteLink(result).invite_link;
}
export {
  chatInviteLinkOf,
  inviteLinkOf,
  toChatInviteLink
};
