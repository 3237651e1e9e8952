function botApiUserOf(user) {
  const out = { id: Number(user.id), is_bot: user.bot === true, first_name: user.firstName ?? "" };
  if (user.lastName) out.last_name = user.lastName;
  const username = activeUsername(user);
  if (username) out.username = username;
  if (user.langCode) out.language_code = user.langCode;
  if (user.premium) out.is_premium = true;
  if (user.attachMenuEnabled) out.added_to_attachment_menu = true;
  return out;
}
function unknownBotApiUser(id) {
  return { id: Number(id), is_bot: false, first_name: "" };
}
function activeUsername(user) {
  const active = user.usernames?.find((u) => u.active === true);
  return active ? active.username : user.username;
}
function chatInviteLinkOf(invite, creator) {
  const i = inviteOf(invite);
  const link = { invite_link: i.link };
  if (i.title) link.name = i.title;
  link.creator = creator;
  if (i.expireDate) link.expire_date = i.expireDate;
  if (i.usageLimit) link.member_limit = i.usageLimit;
  if (i.requested) link.pending_join_request_count = i.requested;
  link.creates_join_request = i.requestNeeded === true;
  link.is_primary = i.permanent === true;
  link.is_revoked = i.revoked === true;
  if (i.subscriptionPricing) {
    link.subscription_period = i.subscriptionPricing.period;
    link.subscription_price = Number(i.subscriptionPricing.amount);
  }
  return link;
}
function inviteOf(invite) {
  if (invite._ !== "chatInviteExported")
    throw new TypeError(`expected chatInviteExported in the answer, got ${invite._}: not a link a bot can manage`);
  return invite;
}
export {
  botApiUserOf,
  chatInviteLinkOf,
  inviteOf,
  unknownBotApiUser
};
