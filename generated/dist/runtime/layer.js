const LAYER = 227;
const OLDEST_LAYER = 160;
function knownId(id) {
  switch (id) {
    case 330104601:
      return ["starGiftAttributePattern", 198, 221, "unreadable"];
    case 363917955:
      return ["inputReplyToStory", 160, 167, "unreadable"];
    case 500007837:
      return ["chatlists.chatlistInvite", 160, 189, "unreadable"];
    case 542785843:
      return ["updateStory", 160, 160, "unreadable"];
    case 970559507:
      return ["starGiftAttributeModel", 198, 221, "unreadable"];
    case 1287725239:
      return ["todoCompletion", 216, 216, "unreadable"];
    case 1372224236:
      return ["updatePaidReactionPrivacy", 189, 198, "unreadable"];
    case 1605718587:
      return ["dialogFilter", 177, 189, "unreadable"];
    case 1823064809:
      return ["pollAnswer", 160, 177, "unreadable"];
    case 1949890536:
      return ["dialogFilter", 160, 174, "unreadable"];
    case 2026050784:
      return ["updateGroupCallMessage", 216, 216, "unreadable"];
    case 2262925665:
      return ["poll", 160, 177, "unreadable"];
    case 2476361329:
      return ["webPageAttributeStory", 160, 160, "unreadable"];
    case 2485589858:
      return ["starGiftAttributeBackdrop", 198, 198, "unreadable"];
    case 2592519567:
      return ["inputMediaStory", 160, 160, "unreadable"];
    case 2627256257:
      return ["messageReplyStoryHeader", 160, 167, "unreadable"];
    case 2682424996:
      return ["dialogFilterChatlist", 177, 189, "unreadable"];
    case 2860016453:
      return ["messageActionSetChatTheme", 160, 204, "unreadable"];
    case 3417443720:
      return ["messageMediaStory", 160, 160, "unreadable"];
    case 3595175080:
      return ["dialogFilterChatlist", 160, 174, "unreadable"];
    case 3644687772:
      return ["starGiftAttributeBackdrop", 204, 221, "unreadable"];
    case 4273288282:
      return ["updateReadStories", 160, 160, "unreadable"];
  }
  return void 0;
}
export {
  LAYER,
  OLDEST_LAYER,
  knownId
};
