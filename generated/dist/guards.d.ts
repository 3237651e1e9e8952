import type { AuctionBidLevel, AuthAuthorization, AuthAuthorizationSignUpRequired, AuthCodeTypeCall, AuthCodeTypeFlashCall, AuthCodeTypeFragmentSms, AuthCodeTypeMissedCall, AuthCodeTypeSms, AuthSentCode, AuthSentCodePaymentRequired, AuthSentCodeSuccess, AuthSentCodeTypeApp, AuthSentCodeTypeCall, AuthSentCodeTypeEmailCode, AuthSentCodeTypeFirebaseSms, AuthSentCodeTypeFlashCall, AuthSentCodeTypeFragmentSms, AuthSentCodeTypeMissedCall, AuthSentCodeTypeSetUpEmailRequired, AuthSentCodeTypeSms, AuthSentCodeTypeSmsPhrase, AuthSentCodeTypeSmsWord, BaseThemeArctic, BaseThemeClassic, BaseThemeDay, BaseThemeNight, BaseThemeTinted, Birthday, Boost, BotApp, BotAppNotModified, BotBusinessConnection, BotCommand, BotMenuButton, BotMenuButtonCommands, BotMenuButtonDefault, BotVerification, BusinessBotRights, Channel, ChannelForbidden, ChannelParticipant, ChannelParticipantAdmin, ChannelParticipantBanned, ChannelParticipantCreator, ChannelParticipantLeft, ChannelParticipantSelf, Chat, ChatAdminRights, ChatAdminWithInvites, ChatBannedRights, ChatEmpty, ChatForbidden, ChatInvite, ChatInviteAlready, ChatInviteExported, ChatInviteImporter, ChatInvitePeek, ChatInvitePublicJoinRequests, ChatParticipant, ChatParticipantAdmin, ChatParticipantCreator, ChatParticipants, ChatParticipantsForbidden, ChatPhoto, ChatPhotoEmpty, ChatTheme, ChatThemeUniqueGift, ChatlistsChatlistInvite, ChatlistsChatlistInviteAlready, ChatlistsExportedChatlistInvite, ChatlistsExportedInvites, DataJSON, DcOption, DialogFilter, DialogFilterChatlist, DialogFilterDefault, DialogPeer, DialogPeerFolder, Document, DocumentAttributeAnimated, DocumentAttributeAudio, DocumentAttributeCustomEmoji, DocumentAttributeFilename, DocumentAttributeHasStickers, DocumentAttributeImageSize, DocumentAttributeSticker, DocumentAttributeVideo, DocumentEmpty, DraftMessage, DraftMessageEmpty, EmojiStatus, EmojiStatusCollectible, EmojiStatusEmpty, EncryptedChat, EncryptedChatDiscarded, EncryptedChatEmpty, EncryptedChatRequested, EncryptedChatWaiting, EncryptedFile, EncryptedFileEmpty, EncryptedMessage, EncryptedMessageService, ExportedChatlistInvite, FactCheck, FolderPeer, Game, GeoPoint, GeoPointAddress, GeoPointEmpty, GroupCall, GroupCallDiscarded, GroupCallMessage, GroupCallParticipant, GroupCallParticipantVideo, GroupCallParticipantVideoSourceGroup, HelpInviteText, HelpTermsOfService, InlineQueryPeerTypeBotPM, InlineQueryPeerTypeBroadcast, InlineQueryPeerTypeChat, InlineQueryPeerTypeMegagroup, InlineQueryPeerTypePM, InlineQueryPeerTypeSameBotPM, InputBotInlineMessageID, InputBotInlineMessageID64, InputChannel, InputChannelEmpty, InputChannelFromMessage, InputChatlistDialogFilter, InputClientProxy, InputDocument, InputDocumentEmpty, InputEmojiStatusCollectible, InputFile, InputFileBig, InputFileStoryDocument, InputGameID, InputGameShortName, InputGeoPoint, InputGeoPointEmpty, InputGroupCall, InputGroupCallInviteMessage, InputGroupCallSlug, InputKeyboardButtonRequestPeer, InputKeyboardButtonUrlAuth, InputKeyboardButtonUserProfile, InputMediaAreaChannelPost, InputMediaAreaVenue, InputMediaContact, InputMediaDice, InputMediaDocument, InputMediaDocumentExternal, InputMediaEmpty, InputMediaGame, InputMediaGeoLive, InputMediaGeoPoint, InputMediaInvoice, InputMediaPaidMedia, InputMediaPhoto, InputMediaPhotoExternal, InputMediaPoll, InputMediaStakeDice, InputMediaStory, InputMediaTodo, InputMediaUploadedDocument, InputMediaUploadedPhoto, InputMediaVenue, InputMediaWebPage, InputMessageEntityMentionName, InputPageBlockMap, InputPeerChannel, InputPeerChannelFromMessage, InputPeerChat, InputPeerColorCollectible, InputPeerEmpty, InputPeerSelf, InputPeerUser, InputPeerUserFromMessage, InputPhoto, InputPhotoEmpty, InputPollAnswer, InputReplyToMessage, InputReplyToMonoForum, InputReplyToStory, InputRichFileDocument, InputRichFilePhoto, InputRichMessage, InputRichMessageHTML, InputRichMessageMarkdown, InputSendMessageRichMessageDraftAction, InputStickerSetAnimatedEmoji, InputStickerSetAnimatedEmojiAnimations, InputStickerSetDice, InputStickerSetEmojiChannelDefaultStatuses, InputStickerSetEmojiDefaultStatuses, InputStickerSetEmojiDefaultTopicIcons, InputStickerSetEmojiGenericAnimations, InputStickerSetEmpty, InputStickerSetID, InputStickerSetPremiumGifts, InputStickerSetShortName, InputStickerSetTonGifts, InputUser, InputUserEmpty, InputUserFromMessage, InputUserSelf, InputWebDocument, Invoice, JoinChatBotResultApproved, JoinChatBotResultDeclined, JoinChatBotResultQueued, JoinChatBotResultWebView, JsonArray, JsonBool, JsonNull, JsonNumber, JsonObject, JsonObjectValue, JsonString, KeyboardButton, KeyboardButtonBuy, KeyboardButtonCallback, KeyboardButtonCopy, KeyboardButtonGame, KeyboardButtonRequestGeoLocation, KeyboardButtonRequestPeer, KeyboardButtonRequestPhone, KeyboardButtonRequestPoll, KeyboardButtonRow, KeyboardButtonSimpleWebView, KeyboardButtonStyle, KeyboardButtonSwitchInline, KeyboardButtonUrl, KeyboardButtonUrlAuth, KeyboardButtonUserProfile, KeyboardButtonWebView, LabeledPrice, LangPackDifference, LangPackString, LangPackStringDeleted, LangPackStringPluralized, MaskCoords, MediaAreaChannelPost, MediaAreaCoordinates, MediaAreaGeoPoint, MediaAreaStarGift, MediaAreaSuggestedReaction, MediaAreaUrl, MediaAreaVenue, MediaAreaWeather, Message, MessageActionBoostApply, MessageActionBotAllowed, MessageActionChangeCreator, MessageActionChannelCreate, MessageActionChannelMigrateFrom, MessageActionChatAddUser, MessageActionChatCreate, MessageActionChatDeletePhoto, MessageActionChatDeleteUser, MessageActionChatEditPhoto, MessageActionChatEditTitle, MessageActionChatJoinedByLink, MessageActionChatJoinedByRequest, MessageActionChatMigrateTo, MessageActionConferenceCall, MessageActionContactSignUp, MessageActionCustomAction, MessageActionEmpty, MessageActionGameScore, MessageActionGeoProximityReached, MessageActionGiftCode, MessageActionGiftPremium, MessageActionGiftStars, MessageActionGiftTon, MessageActionGiveawayLaunch, MessageActionGiveawayResults, MessageActionGroupCall, MessageActionGroupCallScheduled, MessageActionHistoryClear, MessageActionInviteToGroupCall, MessageActionManagedBotCreated, MessageActionNewCreatorPending, MessageActionNoForwardsRequest, MessageActionNoForwardsToggle, MessageActionPaidMessagesPrice, MessageActionPaidMessagesRefunded, MessageActionPaymentRefunded, MessageActionPaymentSent, MessageActionPaymentSentMe, MessageActionPhoneCall, MessageActionPinMessage, MessageActionPollAppendAnswer, MessageActionPollDeleteAnswer, MessageActionPrizeStars, MessageActionRequestedPeer, MessageActionRequestedPeerSentMe, MessageActionScreenshotTaken, MessageActionSecureValuesSent, MessageActionSecureValuesSentMe, MessageActionSetChatTheme, MessageActionSetChatWallPaper, MessageActionSetMessagesTTL, MessageActionStarGift, MessageActionStarGiftPurchaseOffer, MessageActionStarGiftPurchaseOfferDeclined, MessageActionStarGiftUnique, MessageActionSuggestBirthday, MessageActionSuggestProfilePhoto, MessageActionSuggestedPostApproval, MessageActionSuggestedPostRefund, MessageActionSuggestedPostSuccess, MessageActionTodoAppendTasks, MessageActionTodoCompletions, MessageActionTopicCreate, MessageActionTopicEdit, MessageActionWebViewDataSent, MessageActionWebViewDataSentMe, MessageEmpty, MessageEntityBankCard, MessageEntityBlockquote, MessageEntityBold, MessageEntityBotCommand, MessageEntityCashtag, MessageEntityCode, MessageEntityCustomEmoji, MessageEntityDiffDelete, MessageEntityDiffInsert, MessageEntityDiffReplace, MessageEntityEmail, MessageEntityFormattedDate, MessageEntityHashtag, MessageEntityItalic, MessageEntityMention, MessageEntityMentionName, MessageEntityPhone, MessageEntityPre, MessageEntitySpoiler, MessageEntityStrike, MessageEntityTextUrl, MessageEntityUnderline, MessageEntityUnknown, MessageEntityUrl, MessageExtendedMedia, MessageExtendedMediaPreview, MessageFwdHeader, MessageMediaContact, MessageMediaDice, MessageMediaDocument, MessageMediaEmpty, MessageMediaGame, MessageMediaGeo, MessageMediaGeoLive, MessageMediaGiveaway, MessageMediaGiveawayResults, MessageMediaInvoice, MessageMediaPaidMedia, MessageMediaPhoto, MessageMediaPoll, MessageMediaStory, MessageMediaToDo, MessageMediaUnsupported, MessageMediaVenue, MessageMediaVideoStream, MessageMediaWebPage, MessagePeerReaction, MessageReactions, MessageReactor, MessageReplies, MessageReplyHeader, MessageReplyStoryHeader, MessageService, MessagesChatAdminsWithInvites, MessagesChatInviteImporters, MessagesChatInviteJoinResultOk, MessagesChatInviteJoinResultWebView, MessagesEmojiGameDiceInfo, MessagesEmojiGameOutcome, MessagesEmojiGameUnavailable, MessagesExportedChatInvite, MessagesExportedChatInviteReplaced, MessagesExportedChatInvites, MessagesInvitedUsers, MessagesStickerSet, MessagesStickerSetNotModified, MissingInvitee, NotificationSoundDefault, NotificationSoundLocal, NotificationSoundNone, NotificationSoundRingtone, NotifyBroadcasts, NotifyChats, NotifyForumTopic, NotifyPeer, NotifyUsers, Page, PageBlockAnchor, PageBlockAudio, PageBlockAuthorDate, PageBlockBlockquote, PageBlockBlockquoteBlocks, PageBlockChannel, PageBlockCollage, PageBlockCover, PageBlockDetails, PageBlockDivider, PageBlockEmbed, PageBlockEmbedPost, PageBlockFooter, PageBlockHeader, PageBlockHeading1, PageBlockHeading2, PageBlockHeading3, PageBlockHeading4, PageBlockHeading5, PageBlockHeading6, PageBlockKicker, PageBlockList, PageBlockMap, PageBlockMath, PageBlockOrderedList, PageBlockParagraph, PageBlockPhoto, PageBlockPreformatted, PageBlockPullquote, PageBlockRelatedArticles, PageBlockSlideshow, PageBlockSubheader, PageBlockSubtitle, PageBlockTable, PageBlockThinking, PageBlockTitle, PageBlockUnsupported, PageBlockVideo, PageCaption, PageListItemBlocks, PageListItemText, PageListOrderedItemBlocks, PageListOrderedItemText, PageRelatedArticle, PageTableCell, PageTableRow, PaidReactionPrivacyAnonymous, PaidReactionPrivacyDefault, PaidReactionPrivacyPeer, PaymentCharge, PaymentRequestedInfo, PeerChannel, PeerChat, PeerColor, PeerColorCollectible, PeerLocated, PeerNotifySettings, PeerSelfLocated, PeerSettings, PeerUser, PhoneCall, PhoneCallAccepted, PhoneCallDiscardReasonBusy, PhoneCallDiscardReasonDisconnect, PhoneCallDiscardReasonHangup, PhoneCallDiscardReasonMigrateConferenceCall, PhoneCallDiscardReasonMissed, PhoneCallDiscarded, PhoneCallEmpty, PhoneCallProtocol, PhoneCallRequested, PhoneCallWaiting, PhoneConnection, PhoneConnectionWebrtc, PhoneExportedGroupCallInvite, Photo, PhotoCachedSize, PhotoEmpty, PhotoPathSize, PhotoSize, PhotoSizeEmpty, PhotoSizeProgressive, PhotoStrippedSize, Poll, PollAnswer, PollAnswerVoters, PollResults, PostAddress, PrivacyKeyAbout, PrivacyKeyAddedByPhone, PrivacyKeyBirthday, PrivacyKeyChatInvite, PrivacyKeyForwards, PrivacyKeyNoPaidMessages, PrivacyKeyPhoneCall, PrivacyKeyPhoneNumber, PrivacyKeyPhoneP2P, PrivacyKeyProfilePhoto, PrivacyKeySavedMusic, PrivacyKeyStarGiftsAutoSave, PrivacyKeyStatusTimestamp, PrivacyKeyVoiceMessages, PrivacyValueAllowAll, PrivacyValueAllowBots, PrivacyValueAllowChatParticipants, PrivacyValueAllowCloseFriends, PrivacyValueAllowContacts, PrivacyValueAllowPremium, PrivacyValueAllowUsers, PrivacyValueDisallowAll, PrivacyValueDisallowBots, PrivacyValueDisallowChatParticipants, PrivacyValueDisallowContacts, PrivacyValueDisallowUsers, QuickReply, ReactionCount, ReactionCustomEmoji, ReactionEmoji, ReactionEmpty, ReactionPaid, RecentStory, ReplyInlineMarkup, ReplyKeyboardForceReply, ReplyKeyboardHide, ReplyKeyboardMarkup, RequestPeerTypeBroadcast, RequestPeerTypeChat, RequestPeerTypeCreateBot, RequestPeerTypeUser, RequestedPeerChannel, RequestedPeerChat, RequestedPeerUser, RestrictionReason, RichMessage, SecureCredentialsEncrypted, SecureData, SecureFile, SecureFileEmpty, SecurePlainEmail, SecurePlainPhone, SecureValue, SecureValueTypeAddress, SecureValueTypeBankStatement, SecureValueTypeDriverLicense, SecureValueTypeEmail, SecureValueTypeIdentityCard, SecureValueTypeInternalPassport, SecureValueTypePassport, SecureValueTypePassportRegistration, SecureValueTypePersonalDetails, SecureValueTypePhone, SecureValueTypeRentalAgreement, SecureValueTypeTemporaryRegistration, SecureValueTypeUtilityBill, SendMessageCancelAction, SendMessageChooseContactAction, SendMessageChooseStickerAction, SendMessageEmojiInteraction, SendMessageEmojiInteractionSeen, SendMessageGamePlayAction, SendMessageGeoLocationAction, SendMessageHistoryImportAction, SendMessageRecordAudioAction, SendMessageRecordRoundAction, SendMessageRecordVideoAction, SendMessageRichMessageDraftAction, SendMessageTextDraftAction, SendMessageTypingAction, SendMessageUploadAudioAction, SendMessageUploadDocumentAction, SendMessageUploadPhotoAction, SendMessageUploadRoundAction, SendMessageUploadVideoAction, SpeakingInGroupCallAction, StarGift, StarGiftAttributeBackdrop, StarGiftAttributeModel, StarGiftAttributeOriginalDetails, StarGiftAttributePattern, StarGiftAttributeRarity, StarGiftAttributeRarityEpic, StarGiftAttributeRarityLegendary, StarGiftAttributeRarityRare, StarGiftAttributeRarityUncommon, StarGiftAuctionRound, StarGiftAuctionRoundExtendable, StarGiftAuctionState, StarGiftAuctionStateFinished, StarGiftAuctionStateNotModified, StarGiftAuctionUserState, StarGiftBackground, StarGiftUnique, StarsAmount, StarsRevenueStatus, StarsSubscriptionPricing, StarsTonAmount, StickerKeyword, StickerPack, StickerSet, StoriesStealthMode, StoryFwdHeader, StoryItem, StoryItemDeleted, StoryItemSkipped, StoryViews, SuggestedPost, TextAnchor, TextAutoEmail, TextAutoPhone, TextAutoUrl, TextBankCard, TextBold, TextBotCommand, TextCashtag, TextConcat, TextCustomEmoji, TextDate, TextEmail, TextEmpty, TextFixed, TextHashtag, TextImage, TextItalic, TextMarked, TextMath, TextMention, TextMentionName, TextPhone, TextPlain, TextSpoiler, TextStrike, TextSubscript, TextSuperscript, TextUnderline, TextUrl, TextWithEntities, Theme, ThemeSettings, TodoCompletion, TodoItem, TodoList, TypeAuctionBidLevel, TypeAuthAuthorization, TypeAuthCodeType, TypeAuthSentCode, TypeAuthSentCodeType, TypeBaseTheme, TypeBirthday, TypeBoost, TypeBotApp, TypeBotBusinessConnection, TypeBotCommand, TypeBotMenuButton, TypeBotVerification, TypeBusinessBotRights, TypeChannelParticipant, TypeChat, TypeChatAdminRights, TypeChatAdminWithInvites, TypeChatBannedRights, TypeChatInvite, TypeChatInviteImporter, TypeChatParticipant, TypeChatParticipants, TypeChatPhoto, TypeChatTheme, TypeChatlistsChatlistInvite, TypeChatlistsExportedChatlistInvite, TypeChatlistsExportedInvites, TypeDataJSON, TypeDcOption, TypeDialogFilter, TypeDialogPeer, TypeDocument, TypeDocumentAttribute, TypeDraftMessage, TypeEmojiStatus, TypeEncryptedChat, TypeEncryptedFile, TypeEncryptedMessage, TypeExportedChatInvite, TypeExportedChatlistInvite, TypeFactCheck, TypeFolderPeer, TypeGame, TypeGeoPoint, TypeGeoPointAddress, TypeGroupCall, TypeGroupCallMessage, TypeGroupCallParticipant, TypeGroupCallParticipantVideo, TypeGroupCallParticipantVideoSourceGroup, TypeHelpInviteText, TypeHelpTermsOfService, TypeInlineQueryPeerType, TypeInputBotInlineMessageID, TypeInputChannel, TypeInputChatlist, TypeInputClientProxy, TypeInputDocument, TypeInputFile, TypeInputGame, TypeInputGeoPoint, TypeInputGroupCall, TypeInputMedia, TypeInputPeer, TypeInputPhoto, TypeInputReplyTo, TypeInputRichFile, TypeInputRichMessage, TypeInputStickerSet, TypeInputUser, TypeInputWebDocument, TypeInvoice, TypeJSONObjectValue, TypeJSONValue, TypeJoinChatBotResult, TypeKeyboardButton, TypeKeyboardButtonRow, TypeKeyboardButtonStyle, TypeLabeledPrice, TypeLangPackDifference, TypeLangPackString, TypeMaskCoords, TypeMediaArea, TypeMediaAreaCoordinates, TypeMessage, TypeMessageAction, TypeMessageEntity, TypeMessageExtendedMedia, TypeMessageFwdHeader, TypeMessageMedia, TypeMessagePeerReaction, TypeMessageReactions, TypeMessageReactor, TypeMessageReplies, TypeMessageReplyHeader, TypeMessagesChatAdminsWithInvites, TypeMessagesChatInviteImporters, TypeMessagesChatInviteJoinResult, TypeMessagesEmojiGameInfo, TypeMessagesEmojiGameOutcome, TypeMessagesExportedChatInvite, TypeMessagesExportedChatInvites, TypeMessagesInvitedUsers, TypeMessagesStickerSet, TypeMissingInvitee, TypeNotificationSound, TypeNotifyPeer, TypePage, TypePageBlock, TypePageCaption, TypePageListItem, TypePageListOrderedItem, TypePageRelatedArticle, TypePageTableCell, TypePageTableRow, TypePaidReactionPrivacy, TypePaymentCharge, TypePaymentRequestedInfo, TypePeer, TypePeerColor, TypePeerLocated, TypePeerNotifySettings, TypePeerSettings, TypePhoneCall, TypePhoneCallDiscardReason, TypePhoneCallProtocol, TypePhoneConnection, TypePhoneExportedGroupCallInvite, TypePhoto, TypePhotoSize, TypePoll, TypePollAnswer, TypePollAnswerVoters, TypePollResults, TypePostAddress, TypePrivacyKey, TypePrivacyRule, TypeQuickReply, TypeReaction, TypeReactionCount, TypeRecentStory, TypeReplyMarkup, TypeRequestPeerType, TypeRequestedPeer, TypeRestrictionReason, TypeRichMessage, TypeRichText, TypeSecureCredentialsEncrypted, TypeSecureData, TypeSecureFile, TypeSecurePlainData, TypeSecureValue, TypeSecureValueType, TypeSendMessageAction, TypeStarGift, TypeStarGiftAttribute, TypeStarGiftAttributeRarity, TypeStarGiftAuctionRound, TypeStarGiftAuctionState, TypeStarGiftAuctionUserState, TypeStarGiftBackground, TypeStarsAmount, TypeStarsRevenueStatus, TypeStarsSubscriptionPricing, TypeStickerKeyword, TypeStickerPack, TypeStickerSet, TypeStoriesStealthMode, TypeStoryFwdHeader, TypeStoryItem, TypeStoryViews, TypeSuggestedPost, TypeTextWithEntities, TypeTheme, TypeThemeSettings, TypeTodoCompletion, TypeTodoItem, TypeTodoList, TypeUpdate, TypeUpdates, TypeUser, TypeUserProfilePhoto, TypeUserStatus, TypeUsername, TypeVideoSize, TypeWallPaper, TypeWallPaperSettings, TypeWebDocument, TypeWebDomainException, TypeWebPage, TypeWebPageAttribute, TypeWebViewResult, UpdateAiComposeTones, UpdateAttachMenuBots, UpdateAutoSaveSettings, UpdateBotBusinessConnect, UpdateBotCallbackQuery, UpdateBotChatBoost, UpdateBotChatInviteRequester, UpdateBotCommands, UpdateBotDeleteBusinessMessage, UpdateBotEditBusinessMessage, UpdateBotGuestChatQuery, UpdateBotInlineQuery, UpdateBotInlineSend, UpdateBotMenuButton, UpdateBotMessageReaction, UpdateBotMessageReactions, UpdateBotNewBusinessMessage, UpdateBotPrecheckoutQuery, UpdateBotPurchasedPaidMedia, UpdateBotShippingQuery, UpdateBotStopped, UpdateBotWebhookJSON, UpdateBotWebhookJSONQuery, UpdateBusinessBotCallbackQuery, UpdateChannel, UpdateChannelAvailableMessages, UpdateChannelMessageForwards, UpdateChannelMessageViews, UpdateChannelParticipant, UpdateChannelPinnedTopic, UpdateChannelPinnedTopics, UpdateChannelReadMessagesContents, UpdateChannelTooLong, UpdateChannelUserTyping, UpdateChannelViewForumAsMessages, UpdateChannelWebPage, UpdateChat, UpdateChatDefaultBannedRights, UpdateChatParticipant, UpdateChatParticipantAdd, UpdateChatParticipantAdmin, UpdateChatParticipantDelete, UpdateChatParticipantRank, UpdateChatParticipants, UpdateChatUserTyping, UpdateConfig, UpdateContactsReset, UpdateDcOptions, UpdateDeleteChannelMessages, UpdateDeleteGroupCallMessages, UpdateDeleteMessages, UpdateDeleteQuickReply, UpdateDeleteQuickReplyMessages, UpdateDeleteScheduledMessages, UpdateDialogFilter, UpdateDialogFilterOrder, UpdateDialogFilters, UpdateDialogPinned, UpdateDialogUnreadMark, UpdateDraftMessage, UpdateEditChannelMessage, UpdateEditMessage, UpdateEmojiGameInfo, UpdateEncryptedChatTyping, UpdateEncryptedMessagesRead, UpdateEncryption, UpdateFavedStickers, UpdateFolderPeers, UpdateGeoLiveViewed, UpdateGroupCall, UpdateGroupCallChainBlocks, UpdateGroupCallConnection, UpdateGroupCallEncryptedMessage, UpdateGroupCallMessage, UpdateGroupCallParticipants, UpdateInlineBotCallbackQuery, UpdateJoinChatWebViewDecision, UpdateLangPack, UpdateLangPackTooLong, UpdateLoginToken, UpdateManagedBot, UpdateMessageExtendedMedia, UpdateMessageID, UpdateMessagePoll, UpdateMessagePollVote, UpdateMessageReactions, UpdateMonoForumNoPaidException, UpdateMoveStickerSetToTop, UpdateNewAuthorization, UpdateNewBotConnection, UpdateNewChannelMessage, UpdateNewEncryptedMessage, UpdateNewMessage, UpdateNewQuickReply, UpdateNewScheduledMessage, UpdateNewStickerSet, UpdateNewStoryReaction, UpdateNotifySettings, UpdatePaidReactionPrivacy, UpdatePeerBlocked, UpdatePeerHistoryTTL, UpdatePeerLocated, UpdatePeerSettings, UpdatePeerWallpaper, UpdatePendingJoinRequests, UpdatePhoneCall, UpdatePhoneCallSignalingData, UpdatePinnedChannelMessages, UpdatePinnedDialogs, UpdatePinnedForumTopic, UpdatePinnedForumTopics, UpdatePinnedMessages, UpdatePinnedSavedDialogs, UpdatePrivacy, UpdatePtsChanged, UpdateQuickReplies, UpdateQuickReplyMessage, UpdateReadChannelDiscussionInbox, UpdateReadChannelDiscussionOutbox, UpdateReadChannelInbox, UpdateReadChannelOutbox, UpdateReadFeaturedEmojiStickers, UpdateReadFeaturedStickers, UpdateReadHistoryInbox, UpdateReadHistoryOutbox, UpdateReadMessagesContents, UpdateReadMonoForumInbox, UpdateReadMonoForumOutbox, UpdateReadStories, UpdateRecentEmojiStatuses, UpdateRecentReactions, UpdateRecentStickers, UpdateSavedDialogPinned, UpdateSavedGifs, UpdateSavedReactionTags, UpdateSavedRingtones, UpdateSentPhoneCode, UpdateSentStoryReaction, UpdateServiceNotification, UpdateShort, UpdateShortChatMessage, UpdateShortMessage, UpdateShortSentMessage, UpdateSmsJob, UpdateStarGiftAuctionState, UpdateStarGiftAuctionUserState, UpdateStarGiftCraftFail, UpdateStarsBalance, UpdateStarsRevenueStatus, UpdateStickerSets, UpdateStickerSetsOrder, UpdateStoriesStealthMode, UpdateStory, UpdateStoryID, UpdateTheme, UpdateTranscribedAudio, UpdateUser, UpdateUserEmojiStatus, UpdateUserName, UpdateUserPhone, UpdateUserStatus, UpdateUserTyping, UpdateWebBrowserException, UpdateWebBrowserSettings, UpdateWebPage, UpdateWebViewResultSent, Updates, UpdatesCombined, UpdatesTooLong, User, UserEmpty, UserProfilePhoto, UserProfilePhotoEmpty, UserStatusEmpty, UserStatusLastMonth, UserStatusLastWeek, UserStatusOffline, UserStatusOnline, UserStatusRecently, Username, VideoSize, VideoSizeEmojiMarkup, VideoSizeStickerMarkup, WallPaper, WallPaperNoFile, WallPaperSettings, WebDocument, WebDocumentNoProxy, WebDomainException, WebPage, WebPageAttributeAiComposeTone, WebPageAttributeStarGiftAuction, WebPageAttributeStarGiftCollection, WebPageAttributeStickerSet, WebPageAttributeStory, WebPageAttributeTheme, WebPageAttributeUniqueStarGift, WebPageEmpty, WebPageNotModified, WebPagePending, WebViewResultUrl } from "./types.js";
/** True when `value` is a `auctionBidLevel` object. */
export declare function isAuctionBidLevel(value: unknown): value is AuctionBidLevel;
/** True when `value` is a `auth.authorization` object. */
export declare function isAuthAuthorization(value: unknown): value is AuthAuthorization;
/** True when `value` is a `auth.authorizationSignUpRequired` object. */
export declare function isAuthAuthorizationSignUpRequired(value: unknown): value is AuthAuthorizationSignUpRequired;
/** True when `value` is a `auth.codeTypeCall` object. */
export declare function isAuthCodeTypeCall(value: unknown): value is AuthCodeTypeCall;
/** True when `value` is a `auth.codeTypeFlashCall` object. */
export declare function isAuthCodeTypeFlashCall(value: unknown): value is AuthCodeTypeFlashCall;
/** True when `value` is a `auth.codeTypeFragmentSms` object. */
export declare function isAuthCodeTypeFragmentSms(value: unknown): value is AuthCodeTypeFragmentSms;
/** True when `value` is a `auth.codeTypeMissedCall` object. */
export declare function isAuthCodeTypeMissedCall(value: unknown): value is AuthCodeTypeMissedCall;
/** True when `value` is a `auth.codeTypeSms` object. */
export declare function isAuthCodeTypeSms(value: unknown): value is AuthCodeTypeSms;
/** True when `value` is a `auth.sentCode` object. */
export declare function isAuthSentCode(value: unknown): value is AuthSentCode;
/** True when `value` is a `auth.sentCodePaymentRequired` object. */
export declare function isAuthSentCodePaymentRequired(value: unknown): value is AuthSentCodePaymentRequired;
/** True when `value` is a `auth.sentCodeSuccess` object. */
export declare function isAuthSentCodeSuccess(value: unknown): value is AuthSentCodeSuccess;
/** True when `value` is a `auth.sentCodeTypeApp` object. */
export declare function isAuthSentCodeTypeApp(value: unknown): value is AuthSentCodeTypeApp;
/** True when `value` is a `auth.sentCodeTypeCall` object. */
export declare function isAuthSentCodeTypeCall(value: unknown): value is AuthSentCodeTypeCall;
/** True when `value` is a `auth.sentCodeTypeEmailCode` object. */
export declare function isAuthSentCodeTypeEmailCode(value: unknown): value is AuthSentCodeTypeEmailCode;
/** True when `value` is a `auth.sentCodeTypeFirebaseSms` object. */
export declare function isAuthSentCodeTypeFirebaseSms(value: unknown): value is AuthSentCodeTypeFirebaseSms;
/** True when `value` is a `auth.sentCodeTypeFlashCall` object. */
export declare function isAuthSentCodeTypeFlashCall(value: unknown): value is AuthSentCodeTypeFlashCall;
/** True when `value` is a `auth.sentCodeTypeFragmentSms` object. */
export declare function isAuthSentCodeTypeFragmentSms(value: unknown): value is AuthSentCodeTypeFragmentSms;
/** True when `value` is a `auth.sentCodeTypeMissedCall` object. */
export declare function isAuthSentCodeTypeMissedCall(value: unknown): value is AuthSentCodeTypeMissedCall;
/** True when `value` is a `auth.sentCodeTypeSetUpEmailRequired` object. */
export declare function isAuthSentCodeTypeSetUpEmailRequired(value: unknown): value is AuthSentCodeTypeSetUpEmailRequired;
/** True when `value` is a `auth.sentCodeTypeSms` object. */
export declare function isAuthSentCodeTypeSms(value: unknown): value is AuthSentCodeTypeSms;
/** True when `value` is a `auth.sentCodeTypeSmsPhrase` object. */
export declare function isAuthSentCodeTypeSmsPhrase(value: unknown): value is AuthSentCodeTypeSmsPhrase;
/** True when `value` is a `auth.sentCodeTypeSmsWord` object. */
export declare function isAuthSentCodeTypeSmsWord(value: unknown): value is AuthSentCodeTypeSmsWord;
/** True when `value` is a `baseThemeArctic` object. */
export declare function isBaseThemeArctic(value: unknown): value is BaseThemeArctic;
/** True when `value` is a `baseThemeClassic` object. */
export declare function isBaseThemeClassic(value: unknown): value is BaseThemeClassic;
/** True when `value` is a `baseThemeDay` object. */
export declare function isBaseThemeDay(value: unknown): value is BaseThemeDay;
/** True when `value` is a `baseThemeNight` object. */
export declare function isBaseThemeNight(value: unknown): value is BaseThemeNight;
/** True when `value` is a `baseThemeTinted` object. */
export declare function isBaseThemeTinted(value: unknown): value is BaseThemeTinted;
/** True when `value` is a `birthday` object. */
export declare function isBirthday(value: unknown): value is Birthday;
/** True when `value` is a `boost` object. */
export declare function isBoost(value: unknown): value is Boost;
/** True when `value` is a `botApp` object. */
export declare function isBotApp(value: unknown): value is BotApp;
/** True when `value` is a `botAppNotModified` object. */
export declare function isBotAppNotModified(value: unknown): value is BotAppNotModified;
/** True when `value` is a `botBusinessConnection` object. */
export declare function isBotBusinessConnection(value: unknown): value is BotBusinessConnection;
/** True when `value` is a `botCommand` object. */
export declare function isBotCommand(value: unknown): value is BotCommand;
/** True when `value` is a `botMenuButton` object. */
export declare function isBotMenuButton(value: unknown): value is BotMenuButton;
/** True when `value` is a `botMenuButtonCommands` object. */
export declare function isBotMenuButtonCommands(value: unknown): value is BotMenuButtonCommands;
/** True when `value` is a `botMenuButtonDefault` object. */
export declare function isBotMenuButtonDefault(value: unknown): value is BotMenuButtonDefault;
/** True when `value` is a `botVerification` object. */
export declare function isBotVerification(value: unknown): value is BotVerification;
/** True when `value` is a `businessBotRights` object. */
export declare function isBusinessBotRights(value: unknown): value is BusinessBotRights;
/** True when `value` is a `channel` object. */
export declare function isChannel(value: unknown): value is Channel;
/** True when `value` is a `channelForbidden` object. */
export declare function isChannelForbidden(value: unknown): value is ChannelForbidden;
/** True when `value` is a `channelParticipant` object. */
export declare function isChannelParticipant(value: unknown): value is ChannelParticipant;
/** True when `value` is a `channelParticipantAdmin` object. */
export declare function isChannelParticipantAdmin(value: unknown): value is ChannelParticipantAdmin;
/** True when `value` is a `channelParticipantBanned` object. */
export declare function isChannelParticipantBanned(value: unknown): value is ChannelParticipantBanned;
/** True when `value` is a `channelParticipantCreator` object. */
export declare function isChannelParticipantCreator(value: unknown): value is ChannelParticipantCreator;
/** True when `value` is a `channelParticipantLeft` object. */
export declare function isChannelParticipantLeft(value: unknown): value is ChannelParticipantLeft;
/** True when `value` is a `channelParticipantSelf` object. */
export declare function isChannelParticipantSelf(value: unknown): value is ChannelParticipantSelf;
/** True when `value` is a `chat` object. */
export declare function isChat(value: unknown): value is Chat;
/** True when `value` is a `chatAdminRights` object. */
export declare function isChatAdminRights(value: unknown): value is ChatAdminRights;
/** True when `value` is a `chatAdminWithInvites` object. */
export declare function isChatAdminWithInvites(value: unknown): value is ChatAdminWithInvites;
/** True when `value` is a `chatBannedRights` object. */
export declare function isChatBannedRights(value: unknown): value is ChatBannedRights;
/** True when `value` is a `chatEmpty` object. */
export declare function isChatEmpty(value: unknown): value is ChatEmpty;
/** True when `value` is a `chatForbidden` object. */
export declare function isChatForbidden(value: unknown): value is ChatForbidden;
/** True when `value` is a `chatInvite` object. */
export declare function isChatInvite(value: unknown): value is ChatInvite;
/** True when `value` is a `chatInviteAlready` object. */
export declare function isChatInviteAlready(value: unknown): value is ChatInviteAlready;
/** True when `value` is a `chatInviteExported` object. */
export declare function isChatInviteExported(value: unknown): value is ChatInviteExported;
/** True when `value` is a `chatInviteImporter` object. */
export declare function isChatInviteImporter(value: unknown): value is ChatInviteImporter;
/** True when `value` is a `chatInvitePeek` object. */
export declare function isChatInvitePeek(value: unknown): value is ChatInvitePeek;
/** True when `value` is a `chatInvitePublicJoinRequests` object. */
export declare function isChatInvitePublicJoinRequests(value: unknown): value is ChatInvitePublicJoinRequests;
/** True when `value` is a `chatParticipant` object. */
export declare function isChatParticipant(value: unknown): value is ChatParticipant;
/** True when `value` is a `chatParticipantAdmin` object. */
export declare function isChatParticipantAdmin(value: unknown): value is ChatParticipantAdmin;
/** True when `value` is a `chatParticipantCreator` object. */
export declare function isChatParticipantCreator(value: unknown): value is ChatParticipantCreator;
/** True when `value` is a `chatParticipants` object. */
export declare function isChatParticipants(value: unknown): value is ChatParticipants;
/** True when `value` is a `chatParticipantsForbidden` object. */
export declare function isChatParticipantsForbidden(value: unknown): value is ChatParticipantsForbidden;
/** True when `value` is a `chatPhoto` object. */
export declare function isChatPhoto(value: unknown): value is ChatPhoto;
/** True when `value` is a `chatPhotoEmpty` object. */
export declare function isChatPhotoEmpty(value: unknown): value is ChatPhotoEmpty;
/** True when `value` is a `chatTheme` object. */
export declare function isChatTheme(value: unknown): value is ChatTheme;
/** True when `value` is a `chatThemeUniqueGift` object. */
export declare function isChatThemeUniqueGift(value: unknown): value is ChatThemeUniqueGift;
/** True when `value` is a `chatlists.chatlistInvite` object. */
export declare function isChatlistsChatlistInvite(value: unknown): value is ChatlistsChatlistInvite;
/** True when `value` is a `chatlists.chatlistInviteAlready` object. */
export declare function isChatlistsChatlistInviteAlready(value: unknown): value is ChatlistsChatlistInviteAlready;
/** True when `value` is a `chatlists.exportedChatlistInvite` object. */
export declare function isChatlistsExportedChatlistInvite(value: unknown): value is ChatlistsExportedChatlistInvite;
/** True when `value` is a `chatlists.exportedInvites` object. */
export declare function isChatlistsExportedInvites(value: unknown): value is ChatlistsExportedInvites;
/** True when `value` is a `dataJSON` object. */
export declare function isDataJSON(value: unknown): value is DataJSON;
/** True when `value` is a `dcOption` object. */
export declare function isDcOption(value: unknown): value is DcOption;
/** True when `value` is a `dialogFilter` object. */
export declare function isDialogFilter(value: unknown): value is DialogFilter;
/** True when `value` is a `dialogFilterChatlist` object. */
export declare function isDialogFilterChatlist(value: unknown): value is DialogFilterChatlist;
/** True when `value` is a `dialogFilterDefault` object. */
export declare function isDialogFilterDefault(value: unknown): value is DialogFilterDefault;
/** True when `value` is a `dialogPeer` object. */
export declare function isDialogPeer(value: unknown): value is DialogPeer;
/** True when `value` is a `dialogPeerFolder` object. */
export declare function isDialogPeerFolder(value: unknown): value is DialogPeerFolder;
/** True when `value` is a `document` object. */
export declare function isDocument(value: unknown): value is Document;
/** True when `value` is a `documentAttributeAnimated` object. */
export declare function isDocumentAttributeAnimated(value: unknown): value is DocumentAttributeAnimated;
/** True when `value` is a `documentAttributeAudio` object. */
export declare function isDocumentAttributeAudio(value: unknown): value is DocumentAttributeAudio;
/** True when `value` is a `documentAttributeCustomEmoji` object. */
export declare function isDocumentAttributeCustomEmoji(value: unknown): value is DocumentAttributeCustomEmoji;
/** True when `value` is a `documentAttributeFilename` object. */
export declare function isDocumentAttributeFilename(value: unknown): value is DocumentAttributeFilename;
/** True when `value` is a `documentAttributeHasStickers` object. */
export declare function isDocumentAttributeHasStickers(value: unknown): value is DocumentAttributeHasStickers;
/** True when `value` is a `documentAttributeImageSize` object. */
export declare function isDocumentAttributeImageSize(value: unknown): value is DocumentAttributeImageSize;
/** True when `value` is a `documentAttributeSticker` object. */
export declare function isDocumentAttributeSticker(value: unknown): value is DocumentAttributeSticker;
/** True when `value` is a `documentAttributeVideo` object. */
export declare function isDocumentAttributeVideo(value: unknown): value is DocumentAttributeVideo;
/** True when `value` is a `documentEmpty` object. */
export declare function isDocumentEmpty(value: unknown): value is DocumentEmpty;
/** True when `value` is a `draftMessage` object. */
export declare function isDraftMessage(value: unknown): value is DraftMessage;
/** True when `value` is a `draftMessageEmpty` object. */
export declare function isDraftMessageEmpty(value: unknown): value is DraftMessageEmpty;
/** True when `value` is a `emojiStatus` object. */
export declare function isEmojiStatus(value: unknown): value is EmojiStatus;
/** True when `value` is a `emojiStatusCollectible` object. */
export declare function isEmojiStatusCollectible(value: unknown): value is EmojiStatusCollectible;
/** True when `value` is a `emojiStatusEmpty` object. */
export declare function isEmojiStatusEmpty(value: unknown): value is EmojiStatusEmpty;
/** True when `value` is a `encryptedChat` object. */
export declare function isEncryptedChat(value: unknown): value is EncryptedChat;
/** True when `value` is a `encryptedChatDiscarded` object. */
export declare function isEncryptedChatDiscarded(value: unknown): value is EncryptedChatDiscarded;
/** True when `value` is a `encryptedChatEmpty` object. */
export declare function isEncryptedChatEmpty(value: unknown): value is EncryptedChatEmpty;
/** True when `value` is a `encryptedChatRequested` object. */
export declare function isEncryptedChatRequested(value: unknown): value is EncryptedChatRequested;
/** True when `value` is a `encryptedChatWaiting` object. */
export declare function isEncryptedChatWaiting(value: unknown): value is EncryptedChatWaiting;
/** True when `value` is a `encryptedFile` object. */
export declare function isEncryptedFile(value: unknown): value is EncryptedFile;
/** True when `value` is a `encryptedFileEmpty` object. */
export declare function isEncryptedFileEmpty(value: unknown): value is EncryptedFileEmpty;
/** True when `value` is a `encryptedMessage` object. */
export declare function isEncryptedMessage(value: unknown): value is EncryptedMessage;
/** True when `value` is a `encryptedMessageService` object. */
export declare function isEncryptedMessageService(value: unknown): value is EncryptedMessageService;
/** True when `value` is a `exportedChatlistInvite` object. */
export declare function isExportedChatlistInvite(value: unknown): value is ExportedChatlistInvite;
/** True when `value` is a `factCheck` object. */
export declare function isFactCheck(value: unknown): value is FactCheck;
/** True when `value` is a `folderPeer` object. */
export declare function isFolderPeer(value: unknown): value is FolderPeer;
/** True when `value` is a `game` object. */
export declare function isGame(value: unknown): value is Game;
/** True when `value` is a `geoPoint` object. */
export declare function isGeoPoint(value: unknown): value is GeoPoint;
/** True when `value` is a `geoPointAddress` object. */
export declare function isGeoPointAddress(value: unknown): value is GeoPointAddress;
/** True when `value` is a `geoPointEmpty` object. */
export declare function isGeoPointEmpty(value: unknown): value is GeoPointEmpty;
/** True when `value` is a `groupCall` object. */
export declare function isGroupCall(value: unknown): value is GroupCall;
/** True when `value` is a `groupCallDiscarded` object. */
export declare function isGroupCallDiscarded(value: unknown): value is GroupCallDiscarded;
/** True when `value` is a `groupCallMessage` object. */
export declare function isGroupCallMessage(value: unknown): value is GroupCallMessage;
/** True when `value` is a `groupCallParticipant` object. */
export declare function isGroupCallParticipant(value: unknown): value is GroupCallParticipant;
/** True when `value` is a `groupCallParticipantVideo` object. */
export declare function isGroupCallParticipantVideo(value: unknown): value is GroupCallParticipantVideo;
/** True when `value` is a `groupCallParticipantVideoSourceGroup` object. */
export declare function isGroupCallParticipantVideoSourceGroup(value: unknown): value is GroupCallParticipantVideoSourceGroup;
/** True when `value` is a `help.inviteText` object. */
export declare function isHelpInviteText(value: unknown): value is HelpInviteText;
/** True when `value` is a `help.termsOfService` object. */
export declare function isHelpTermsOfService(value: unknown): value is HelpTermsOfService;
/** True when `value` is a `inlineQueryPeerTypeBotPM` object. */
export declare function isInlineQueryPeerTypeBotPM(value: unknown): value is InlineQueryPeerTypeBotPM;
/** True when `value` is a `inlineQueryPeerTypeBroadcast` object. */
export declare function isInlineQueryPeerTypeBroadcast(value: unknown): value is InlineQueryPeerTypeBroadcast;
/** True when `value` is a `inlineQueryPeerTypeChat` object. */
export declare function isInlineQueryPeerTypeChat(value: unknown): value is InlineQueryPeerTypeChat;
/** True when `value` is a `inlineQueryPeerTypeMegagroup` object. */
export declare function isInlineQueryPeerTypeMegagroup(value: unknown): value is InlineQueryPeerTypeMegagroup;
/** True when `value` is a `inlineQueryPeerTypePM` object. */
export declare function isInlineQueryPeerTypePM(value: unknown): value is InlineQueryPeerTypePM;
/** True when `value` is a `inlineQueryPeerTypeSameBotPM` object. */
export declare function isInlineQueryPeerTypeSameBotPM(value: unknown): value is InlineQueryPeerTypeSameBotPM;
/** True when `value` is a `inputBotInlineMessageID` object. */
export declare function isInputBotInlineMessageID(value: unknown): value is InputBotInlineMessageID;
/** True when `value` is a `inputBotInlineMessageID64` object. */
export declare function isInputBotInlineMessageID64(value: unknown): value is InputBotInlineMessageID64;
/** True when `value` is a `inputChannel` object. */
export declare function isInputChannel(value: unknown): value is InputChannel;
/** True when `value` is a `inputChannelEmpty` object. */
export declare function isInputChannelEmpty(value: unknown): value is InputChannelEmpty;
/** True when `value` is a `inputChannelFromMessage` object. */
export declare function isInputChannelFromMessage(value: unknown): value is InputChannelFromMessage;
/** True when `value` is a `inputChatlistDialogFilter` object. */
export declare function isInputChatlistDialogFilter(value: unknown): value is InputChatlistDialogFilter;
/** True when `value` is a `inputClientProxy` object. */
export declare function isInputClientProxy(value: unknown): value is InputClientProxy;
/** True when `value` is a `inputDocument` object. */
export declare function isInputDocument(value: unknown): value is InputDocument;
/** True when `value` is a `inputDocumentEmpty` object. */
export declare function isInputDocumentEmpty(value: unknown): value is InputDocumentEmpty;
/** True when `value` is a `inputEmojiStatusCollectible` object. */
export declare function isInputEmojiStatusCollectible(value: unknown): value is InputEmojiStatusCollectible;
/** True when `value` is a `inputFile` object. */
export declare function isInputFile(value: unknown): value is InputFile;
/** True when `value` is a `inputFileBig` object. */
export declare function isInputFileBig(value: unknown): value is InputFileBig;
/** True when `value` is a `inputFileStoryDocument` object. */
export declare function isInputFileStoryDocument(value: unknown): value is InputFileStoryDocument;
/** True when `value` is a `inputGameID` object. */
export declare function isInputGameID(value: unknown): value is InputGameID;
/** True when `value` is a `inputGameShortName` object. */
export declare function isInputGameShortName(value: unknown): value is InputGameShortName;
/** True when `value` is a `inputGeoPoint` object. */
export declare function isInputGeoPoint(value: unknown): value is InputGeoPoint;
/** True when `value` is a `inputGeoPointEmpty` object. */
export declare function isInputGeoPointEmpty(value: unknown): value is InputGeoPointEmpty;
/** True when `value` is a `inputGroupCall` object. */
export declare function isInputGroupCall(value: unknown): value is InputGroupCall;
/** True when `value` is a `inputGroupCallInviteMessage` object. */
export declare function isInputGroupCallInviteMessage(value: unknown): value is InputGroupCallInviteMessage;
/** True when `value` is a `inputGroupCallSlug` object. */
export declare function isInputGroupCallSlug(value: unknown): value is InputGroupCallSlug;
/** True when `value` is a `inputKeyboardButtonRequestPeer` object. */
export declare function isInputKeyboardButtonRequestPeer(value: unknown): value is InputKeyboardButtonRequestPeer;
/** True when `value` is a `inputKeyboardButtonUrlAuth` object. */
export declare function isInputKeyboardButtonUrlAuth(value: unknown): value is InputKeyboardButtonUrlAuth;
/** True when `value` is a `inputKeyboardButtonUserProfile` object. */
export declare function isInputKeyboardButtonUserProfile(value: unknown): value is InputKeyboardButtonUserProfile;
/** True when `value` is a `inputMediaAreaChannelPost` object. */
export declare function isInputMediaAreaChannelPost(value: unknown): value is InputMediaAreaChannelPost;
/** True when `value` is a `inputMediaAreaVenue` object. */
export declare function isInputMediaAreaVenue(value: unknown): value is InputMediaAreaVenue;
/** True when `value` is a `inputMediaContact` object. */
export declare function isInputMediaContact(value: unknown): value is InputMediaContact;
/** True when `value` is a `inputMediaDice` object. */
export declare function isInputMediaDice(value: unknown): value is InputMediaDice;
/** True when `value` is a `inputMediaDocument` object. */
export declare function isInputMediaDocument(value: unknown): value is InputMediaDocument;
/** True when `value` is a `inputMediaDocumentExternal` object. */
export declare function isInputMediaDocumentExternal(value: unknown): value is InputMediaDocumentExternal;
/** True when `value` is a `inputMediaEmpty` object. */
export declare function isInputMediaEmpty(value: unknown): value is InputMediaEmpty;
/** True when `value` is a `inputMediaGame` object. */
export declare function isInputMediaGame(value: unknown): value is InputMediaGame;
/** True when `value` is a `inputMediaGeoLive` object. */
export declare function isInputMediaGeoLive(value: unknown): value is InputMediaGeoLive;
/** True when `value` is a `inputMediaGeoPoint` object. */
export declare function isInputMediaGeoPoint(value: unknown): value is InputMediaGeoPoint;
/** True when `value` is a `inputMediaInvoice` object. */
export declare function isInputMediaInvoice(value: unknown): value is InputMediaInvoice;
/** True when `value` is a `inputMediaPaidMedia` object. */
export declare function isInputMediaPaidMedia(value: unknown): value is InputMediaPaidMedia;
/** True when `value` is a `inputMediaPhoto` object. */
export declare function isInputMediaPhoto(value: unknown): value is InputMediaPhoto;
/** True when `value` is a `inputMediaPhotoExternal` object. */
export declare function isInputMediaPhotoExternal(value: unknown): value is InputMediaPhotoExternal;
/** True when `value` is a `inputMediaPoll` object. */
export declare function isInputMediaPoll(value: unknown): value is InputMediaPoll;
/** True when `value` is a `inputMediaStakeDice` object. */
export declare function isInputMediaStakeDice(value: unknown): value is InputMediaStakeDice;
/** True when `value` is a `inputMediaStory` object. */
export declare function isInputMediaStory(value: unknown): value is InputMediaStory;
/** True when `value` is a `inputMediaTodo` object. */
export declare function isInputMediaTodo(value: unknown): value is InputMediaTodo;
/** True when `value` is a `inputMediaUploadedDocument` object. */
export declare function isInputMediaUploadedDocument(value: unknown): value is InputMediaUploadedDocument;
/** True when `value` is a `inputMediaUploadedPhoto` object. */
export declare function isInputMediaUploadedPhoto(value: unknown): value is InputMediaUploadedPhoto;
/** True when `value` is a `inputMediaVenue` object. */
export declare function isInputMediaVenue(value: unknown): value is InputMediaVenue;
/** True when `value` is a `inputMediaWebPage` object. */
export declare function isInputMediaWebPage(value: unknown): value is InputMediaWebPage;
/** True when `value` is a `inputMessageEntityMentionName` object. */
export declare function isInputMessageEntityMentionName(value: unknown): value is InputMessageEntityMentionName;
/** True when `value` is a `inputPageBlockMap` object. */
export declare function isInputPageBlockMap(value: unknown): value is InputPageBlockMap;
/** True when `value` is a `inputPeerChannel` object. */
export declare function isInputPeerChannel(value: unknown): value is InputPeerChannel;
/** True when `value` is a `inputPeerChannelFromMessage` object. */
export declare function isInputPeerChannelFromMessage(value: unknown): value is InputPeerChannelFromMessage;
/** True when `value` is a `inputPeerChat` object. */
export declare function isInputPeerChat(value: unknown): value is InputPeerChat;
/** True when `value` is a `inputPeerColorCollectible` object. */
export declare function isInputPeerColorCollectible(value: unknown): value is InputPeerColorCollectible;
/** True when `value` is a `inputPeerEmpty` object. */
export declare function isInputPeerEmpty(value: unknown): value is InputPeerEmpty;
/** True when `value` is a `inputPeerSelf` object. */
export declare function isInputPeerSelf(value: unknown): value is InputPeerSelf;
/** True when `value` is a `inputPeerUser` object. */
export declare function isInputPeerUser(value: unknown): value is InputPeerUser;
/** True when `value` is a `inputPeerUserFromMessage` object. */
export declare function isInputPeerUserFromMessage(value: unknown): value is InputPeerUserFromMessage;
/** True when `value` is a `inputPhoto` object. */
export declare function isInputPhoto(value: unknown): value is InputPhoto;
/** True when `value` is a `inputPhotoEmpty` object. */
export declare function isInputPhotoEmpty(value: unknown): value is InputPhotoEmpty;
/** True when `value` is a `inputPollAnswer` object. */
export declare function isInputPollAnswer(value: unknown): value is InputPollAnswer;
/** True when `value` is a `inputReplyToMessage` object. */
export declare function isInputReplyToMessage(value: unknown): value is InputReplyToMessage;
/** True when `value` is a `inputReplyToMonoForum` object. */
export declare function isInputReplyToMonoForum(value: unknown): value is InputReplyToMonoForum;
/** True when `value` is a `inputReplyToStory` object. */
export declare function isInputReplyToStory(value: unknown): value is InputReplyToStory;
/** True when `value` is a `inputRichFileDocument` object. */
export declare function isInputRichFileDocument(value: unknown): value is InputRichFileDocument;
/** True when `value` is a `inputRichFilePhoto` object. */
export declare function isInputRichFilePhoto(value: unknown): value is InputRichFilePhoto;
/** True when `value` is a `inputRichMessage` object. */
export declare function isInputRichMessage(value: unknown): value is InputRichMessage;
/** True when `value` is a `inputRichMessageHTML` object. */
export declare function isInputRichMessageHTML(value: unknown): value is InputRichMessageHTML;
/** True when `value` is a `inputRichMessageMarkdown` object. */
export declare function isInputRichMessageMarkdown(value: unknown): value is InputRichMessageMarkdown;
/** True when `value` is a `inputSendMessageRichMessageDraftAction` object. */
export declare function isInputSendMessageRichMessageDraftAction(value: unknown): value is InputSendMessageRichMessageDraftAction;
/** True when `value` is a `inputStickerSetAnimatedEmoji` object. */
export declare function isInputStickerSetAnimatedEmoji(value: unknown): value is InputStickerSetAnimatedEmoji;
/** True when `value` is a `inputStickerSetAnimatedEmojiAnimations` object. */
export declare function isInputStickerSetAnimatedEmojiAnimations(value: unknown): value is InputStickerSetAnimatedEmojiAnimations;
/** True when `value` is a `inputStickerSetDice` object. */
export declare function isInputStickerSetDice(value: unknown): value is InputStickerSetDice;
/** True when `value` is a `inputStickerSetEmojiChannelDefaultStatuses` object. */
export declare function isInputStickerSetEmojiChannelDefaultStatuses(value: unknown): value is InputStickerSetEmojiChannelDefaultStatuses;
/** True when `value` is a `inputStickerSetEmojiDefaultStatuses` object. */
export declare function isInputStickerSetEmojiDefaultStatuses(value: unknown): value is InputStickerSetEmojiDefaultStatuses;
/** True when `value` is a `inputStickerSetEmojiDefaultTopicIcons` object. */
export declare function isInputStickerSetEmojiDefaultTopicIcons(value: unknown): value is InputStickerSetEmojiDefaultTopicIcons;
/** True when `value` is a `inputStickerSetEmojiGenericAnimations` object. */
export declare function isInputStickerSetEmojiGenericAnimations(value: unknown): value is InputStickerSetEmojiGenericAnimations;
/** True when `value` is a `inputStickerSetEmpty` object. */
export declare function isInputStickerSetEmpty(value: unknown): value is InputStickerSetEmpty;
/** True when `value` is a `inputStickerSetID` object. */
export declare function isInputStickerSetID(value: unknown): value is InputStickerSetID;
/** True when `value` is a `inputStickerSetPremiumGifts` object. */
export declare function isInputStickerSetPremiumGifts(value: unknown): value is InputStickerSetPremiumGifts;
/** True when `value` is a `inputStickerSetShortName` object. */
export declare function isInputStickerSetShortName(value: unknown): value is InputStickerSetShortName;
/** True when `value` is a `inputStickerSetTonGifts` object. */
export declare function isInputStickerSetTonGifts(value: unknown): value is InputStickerSetTonGifts;
/** True when `value` is a `inputUser` object. */
export declare function isInputUser(value: unknown): value is InputUser;
/** True when `value` is a `inputUserEmpty` object. */
export declare function isInputUserEmpty(value: unknown): value is InputUserEmpty;
/** True when `value` is a `inputUserFromMessage` object. */
export declare function isInputUserFromMessage(value: unknown): value is InputUserFromMessage;
/** True when `value` is a `inputUserSelf` object. */
export declare function isInputUserSelf(value: unknown): value is InputUserSelf;
/** True when `value` is a `inputWebDocument` object. */
export declare function isInputWebDocument(value: unknown): value is InputWebDocument;
/** True when `value` is a `invoice` object. */
export declare function isInvoice(value: unknown): value is Invoice;
/** True when `value` is a `joinChatBotResultApproved` object. */
export declare function isJoinChatBotResultApproved(value: unknown): value is JoinChatBotResultApproved;
/** True when `value` is a `joinChatBotResultDeclined` object. */
export declare function isJoinChatBotResultDeclined(value: unknown): value is JoinChatBotResultDeclined;
/** True when `value` is a `joinChatBotResultQueued` object. */
export declare function isJoinChatBotResultQueued(value: unknown): value is JoinChatBotResultQueued;
/** True when `value` is a `joinChatBotResultWebView` object. */
export declare function isJoinChatBotResultWebView(value: unknown): value is JoinChatBotResultWebView;
/** True when `value` is a `jsonArray` object. */
export declare function isJsonArray(value: unknown): value is JsonArray;
/** True when `value` is a `jsonBool` object. */
export declare function isJsonBool(value: unknown): value is JsonBool;
/** True when `value` is a `jsonNull` object. */
export declare function isJsonNull(value: unknown): value is JsonNull;
/** True when `value` is a `jsonNumber` object. */
export declare function isJsonNumber(value: unknown): value is JsonNumber;
/** True when `value` is a `jsonObject` object. */
export declare function isJsonObject(value: unknown): value is JsonObject;
/** True when `value` is a `jsonObjectValue` object. */
export declare function isJsonObjectValue(value: unknown): value is JsonObjectValue;
/** True when `value` is a `jsonString` object. */
export declare function isJsonString(value: unknown): value is JsonString;
/** True when `value` is a `keyboardButton` object. */
export declare function isKeyboardButton(value: unknown): value is KeyboardButton;
/** True when `value` is a `keyboardButtonBuy` object. */
export declare function isKeyboardButtonBuy(value: unknown): value is KeyboardButtonBuy;
/** True when `value` is a `keyboardButtonCallback` object. */
export declare function isKeyboardButtonCallback(value: unknown): value is KeyboardButtonCallback;
/** True when `value` is a `keyboardButtonCopy` object. */
export declare function isKeyboardButtonCopy(value: unknown): value is KeyboardButtonCopy;
/** True when `value` is a `keyboardButtonGame` object. */
export declare function isKeyboardButtonGame(value: unknown): value is KeyboardButtonGame;
/** True when `value` is a `keyboardButtonRequestGeoLocation` object. */
export declare function isKeyboardButtonRequestGeoLocation(value: unknown): value is KeyboardButtonRequestGeoLocation;
/** True when `value` is a `keyboardButtonRequestPeer` object. */
export declare function isKeyboardButtonRequestPeer(value: unknown): value is KeyboardButtonRequestPeer;
/** True when `value` is a `keyboardButtonRequestPhone` object. */
export declare function isKeyboardButtonRequestPhone(value: unknown): value is KeyboardButtonRequestPhone;
/** True when `value` is a `keyboardButtonRequestPoll` object. */
export declare function isKeyboardButtonRequestPoll(value: unknown): value is KeyboardButtonRequestPoll;
/** True when `value` is a `keyboardButtonRow` object. */
export declare function isKeyboardButtonRow(value: unknown): value is KeyboardButtonRow;
/** True when `value` is a `keyboardButtonSimpleWebView` object. */
export declare function isKeyboardButtonSimpleWebView(value: unknown): value is KeyboardButtonSimpleWebView;
/** True when `value` is a `keyboardButtonStyle` object. */
export declare function isKeyboardButtonStyle(value: unknown): value is KeyboardButtonStyle;
/** True when `value` is a `keyboardButtonSwitchInline` object. */
export declare function isKeyboardButtonSwitchInline(value: unknown): value is KeyboardButtonSwitchInline;
/** True when `value` is a `keyboardButtonUrl` object. */
export declare function isKeyboardButtonUrl(value: unknown): value is KeyboardButtonUrl;
/** True when `value` is a `keyboardButtonUrlAuth` object. */
export declare function isKeyboardButtonUrlAuth(value: unknown): value is KeyboardButtonUrlAuth;
/** True when `value` is a `keyboardButtonUserProfile` object. */
export declare function isKeyboardButtonUserProfile(value: unknown): value is KeyboardButtonUserProfile;
/** True when `value` is a `keyboardButtonWebView` object. */
export declare function isKeyboardButtonWebView(value: unknown): value is KeyboardButtonWebView;
/** True when `value` is a `labeledPrice` object. */
export declare function isLabeledPrice(value: unknown): value is LabeledPrice;
/** True when `value` is a `langPackDifference` object. */
export declare function isLangPackDifference(value: unknown): value is LangPackDifference;
/** True when `value` is a `langPackString` object. */
export declare function isLangPackString(value: unknown): value is LangPackString;
/** True when `value` is a `langPackStringDeleted` object. */
export declare function isLangPackStringDeleted(value: unknown): value is LangPackStringDeleted;
/** True when `value` is a `langPackStringPluralized` object. */
export declare function isLangPackStringPluralized(value: unknown): value is LangPackStringPluralized;
/** True when `value` is a `maskCoords` object. */
export declare function isMaskCoords(value: unknown): value is MaskCoords;
/** True when `value` is a `mediaAreaChannelPost` object. */
export declare function isMediaAreaChannelPost(value: unknown): value is MediaAreaChannelPost;
/** True when `value` is a `mediaAreaCoordinates` object. */
export declare function isMediaAreaCoordinates(value: unknown): value is MediaAreaCoordinates;
/** True when `value` is a `mediaAreaGeoPoint` object. */
export declare function isMediaAreaGeoPoint(value: unknown): value is MediaAreaGeoPoint;
/** True when `value` is a `mediaAreaStarGift` object. */
export declare function isMediaAreaStarGift(value: unknown): value is MediaAreaStarGift;
/** True when `value` is a `mediaAreaSuggestedReaction` object. */
export declare function isMediaAreaSuggestedReaction(value: unknown): value is MediaAreaSuggestedReaction;
/** True when `value` is a `mediaAreaUrl` object. */
export declare function isMediaAreaUrl(value: unknown): value is MediaAreaUrl;
/** True when `value` is a `mediaAreaVenue` object. */
export declare function isMediaAreaVenue(value: unknown): value is MediaAreaVenue;
/** True when `value` is a `mediaAreaWeather` object. */
export declare function isMediaAreaWeather(value: unknown): value is MediaAreaWeather;
/** True when `value` is a `message` object. */
export declare function isMessage(value: unknown): value is Message;
/** True when `value` is a `messageActionBoostApply` object. */
export declare function isMessageActionBoostApply(value: unknown): value is MessageActionBoostApply;
/** True when `value` is a `messageActionBotAllowed` object. */
export declare function isMessageActionBotAllowed(value: unknown): value is MessageActionBotAllowed;
/** True when `value` is a `messageActionChangeCreator` object. */
export declare function isMessageActionChangeCreator(value: unknown): value is MessageActionChangeCreator;
/** True when `value` is a `messageActionChannelCreate` object. */
export declare function isMessageActionChannelCreate(value: unknown): value is MessageActionChannelCreate;
/** True when `value` is a `messageActionChannelMigrateFrom` object. */
export declare function isMessageActionChannelMigrateFrom(value: unknown): value is MessageActionChannelMigrateFrom;
/** True when `value` is a `messageActionChatAddUser` object. */
export declare function isMessageActionChatAddUser(value: unknown): value is MessageActionChatAddUser;
/** True when `value` is a `messageActionChatCreate` object. */
export declare function isMessageActionChatCreate(value: unknown): value is MessageActionChatCreate;
/** True when `value` is a `messageActionChatDeletePhoto` object. */
export declare function isMessageActionChatDeletePhoto(value: unknown): value is MessageActionChatDeletePhoto;
/** True when `value` is a `messageActionChatDeleteUser` object. */
export declare function isMessageActionChatDeleteUser(value: unknown): value is MessageActionChatDeleteUser;
/** True when `value` is a `messageActionChatEditPhoto` object. */
export declare function isMessageActionChatEditPhoto(value: unknown): value is MessageActionChatEditPhoto;
/** True when `value` is a `messageActionChatEditTitle` object. */
export declare function isMessageActionChatEditTitle(value: unknown): value is MessageActionChatEditTitle;
/** True when `value` is a `messageActionChatJoinedByLink` object. */
export declare function isMessageActionChatJoinedByLink(value: unknown): value is MessageActionChatJoinedByLink;
/** True when `value` is a `messageActionChatJoinedByRequest` object. */
export declare function isMessageActionChatJoinedByRequest(value: unknown): value is MessageActionChatJoinedByRequest;
/** True when `value` is a `messageActionChatMigrateTo` object. */
export declare function isMessageActionChatMigrateTo(value: unknown): value is MessageActionChatMigrateTo;
/** True when `value` is a `messageActionConferenceCall` object. */
export declare function isMessageActionConferenceCall(value: unknown): value is MessageActionConferenceCall;
/** True when `value` is a `messageActionContactSignUp` object. */
export declare function isMessageActionContactSignUp(value: unknown): value is MessageActionContactSignUp;
/** True when `value` is a `messageActionCustomAction` object. */
export declare function isMessageActionCustomAction(value: unknown): value is MessageActionCustomAction;
/** True when `value` is a `messageActionEmpty` object. */
export declare function isMessageActionEmpty(value: unknown): value is MessageActionEmpty;
/** True when `value` is a `messageActionGameScore` object. */
export declare function isMessageActionGameScore(value: unknown): value is MessageActionGameScore;
/** True when `value` is a `messageActionGeoProximityReached` object. */
export declare function isMessageActionGeoProximityReached(value: unknown): value is MessageActionGeoProximityReached;
/** True when `value` is a `messageActionGiftCode` object. */
export declare function isMessageActionGiftCode(value: unknown): value is MessageActionGiftCode;
/** True when `value` is a `messageActionGiftPremium` object. */
export declare function isMessageActionGiftPremium(value: unknown): value is MessageActionGiftPremium;
/** True when `value` is a `messageActionGiftStars` object. */
export declare function isMessageActionGiftStars(value: unknown): value is MessageActionGiftStars;
/** True when `value` is a `messageActionGiftTon` object. */
export declare function isMessageActionGiftTon(value: unknown): value is MessageActionGiftTon;
/** True when `value` is a `messageActionGiveawayLaunch` object. */
export declare function isMessageActionGiveawayLaunch(value: unknown): value is MessageActionGiveawayLaunch;
/** True when `value` is a `messageActionGiveawayResults` object. */
export declare function isMessageActionGiveawayResults(value: unknown): value is MessageActionGiveawayResults;
/** True when `value` is a `messageActionGroupCall` object. */
export declare function isMessageActionGroupCall(value: unknown): value is MessageActionGroupCall;
/** True when `value` is a `messageActionGroupCallScheduled` object. */
export declare function isMessageActionGroupCallScheduled(value: unknown): value is MessageActionGroupCallScheduled;
/** True when `value` is a `messageActionHistoryClear` object. */
export declare function isMessageActionHistoryClear(value: unknown): value is MessageActionHistoryClear;
/** True when `value` is a `messageActionInviteToGroupCall` object. */
export declare function isMessageActionInviteToGroupCall(value: unknown): value is MessageActionInviteToGroupCall;
/** True when `value` is a `messageActionManagedBotCreated` object. */
export declare function isMessageActionManagedBotCreated(value: unknown): value is MessageActionManagedBotCreated;
/** True when `value` is a `messageActionNewCreatorPending` object. */
export declare function isMessageActionNewCreatorPending(value: unknown): value is MessageActionNewCreatorPending;
/** True when `value` is a `messageActionNoForwardsRequest` object. */
export declare function isMessageActionNoForwardsRequest(value: unknown): value is MessageActionNoForwardsRequest;
/** True when `value` is a `messageActionNoForwardsToggle` object. */
export declare function isMessageActionNoForwardsToggle(value: unknown): value is MessageActionNoForwardsToggle;
/** True when `value` is a `messageActionPaidMessagesPrice` object. */
export declare function isMessageActionPaidMessagesPrice(value: unknown): value is MessageActionPaidMessagesPrice;
/** True when `value` is a `messageActionPaidMessagesRefunded` object. */
export declare function isMessageActionPaidMessagesRefunded(value: unknown): value is MessageActionPaidMessagesRefunded;
/** True when `value` is a `messageActionPaymentRefunded` object. */
export declare function isMessageActionPaymentRefunded(value: unknown): value is MessageActionPaymentRefunded;
/** True when `value` is a `messageActionPaymentSent` object. */
export declare function isMessageActionPaymentSent(value: unknown): value is MessageActionPaymentSent;
/** True when `value` is a `messageActionPaymentSentMe` object. */
export declare function isMessageActionPaymentSentMe(value: unknown): value is MessageActionPaymentSentMe;
/** True when `value` is a `messageActionPhoneCall` object. */
export declare function isMessageActionPhoneCall(value: unknown): value is MessageActionPhoneCall;
/** True when `value` is a `messageActionPinMessage` object. */
export declare function isMessageActionPinMessage(value: unknown): value is MessageActionPinMessage;
/** True when `value` is a `messageActionPollAppendAnswer` object. */
export declare function isMessageActionPollAppendAnswer(value: unknown): value is MessageActionPollAppendAnswer;
/** True when `value` is a `messageActionPollDeleteAnswer` object. */
export declare function isMessageActionPollDeleteAnswer(value: unknown): value is MessageActionPollDeleteAnswer;
/** True when `value` is a `messageActionPrizeStars` object. */
export declare function isMessageActionPrizeStars(value: unknown): value is MessageActionPrizeStars;
/** True when `value` is a `messageActionRequestedPeer` object. */
export declare function isMessageActionRequestedPeer(value: unknown): value is MessageActionRequestedPeer;
/** True when `value` is a `messageActionRequestedPeerSentMe` object. */
export declare function isMessageActionRequestedPeerSentMe(value: unknown): value is MessageActionRequestedPeerSentMe;
/** True when `value` is a `messageActionScreenshotTaken` object. */
export declare function isMessageActionScreenshotTaken(value: unknown): value is MessageActionScreenshotTaken;
/** True when `value` is a `messageActionSecureValuesSent` object. */
export declare function isMessageActionSecureValuesSent(value: unknown): value is MessageActionSecureValuesSent;
/** True when `value` is a `messageActionSecureValuesSentMe` object. */
export declare function isMessageActionSecureValuesSentMe(value: unknown): value is MessageActionSecureValuesSentMe;
/** True when `value` is a `messageActionSetChatTheme` object. */
export declare function isMessageActionSetChatTheme(value: unknown): value is MessageActionSetChatTheme;
/** True when `value` is a `messageActionSetChatWallPaper` object. */
export declare function isMessageActionSetChatWallPaper(value: unknown): value is MessageActionSetChatWallPaper;
/** True when `value` is a `messageActionSetMessagesTTL` object. */
export declare function isMessageActionSetMessagesTTL(value: unknown): value is MessageActionSetMessagesTTL;
/** True when `value` is a `messageActionStarGift` object. */
export declare function isMessageActionStarGift(value: unknown): value is MessageActionStarGift;
/** True when `value` is a `messageActionStarGiftPurchaseOffer` object. */
export declare function isMessageActionStarGiftPurchaseOffer(value: unknown): value is MessageActionStarGiftPurchaseOffer;
/** True when `value` is a `messageActionStarGiftPurchaseOfferDeclined` object. */
export declare function isMessageActionStarGiftPurchaseOfferDeclined(value: unknown): value is MessageActionStarGiftPurchaseOfferDeclined;
/** True when `value` is a `messageActionStarGiftUnique` object. */
export declare function isMessageActionStarGiftUnique(value: unknown): value is MessageActionStarGiftUnique;
/** True when `value` is a `messageActionSuggestBirthday` object. */
export declare function isMessageActionSuggestBirthday(value: unknown): value is MessageActionSuggestBirthday;
/** True when `value` is a `messageActionSuggestProfilePhoto` object. */
export declare function isMessageActionSuggestProfilePhoto(value: unknown): value is MessageActionSuggestProfilePhoto;
/** True when `value` is a `messageActionSuggestedPostApproval` object. */
export declare function isMessageActionSuggestedPostApproval(value: unknown): value is MessageActionSuggestedPostApproval;
/** True when `value` is a `messageActionSuggestedPostRefund` object. */
export declare function isMessageActionSuggestedPostRefund(value: unknown): value is MessageActionSuggestedPostRefund;
/** True when `value` is a `messageActionSuggestedPostSuccess` object. */
export declare function isMessageActionSuggestedPostSuccess(value: unknown): value is MessageActionSuggestedPostSuccess;
/** True when `value` is a `messageActionTodoAppendTasks` object. */
export declare function isMessageActionTodoAppendTasks(value: unknown): value is MessageActionTodoAppendTasks;
/** True when `value` is a `messageActionTodoCompletions` object. */
export declare function isMessageActionTodoCompletions(value: unknown): value is MessageActionTodoCompletions;
/** True when `value` is a `messageActionTopicCreate` object. */
export declare function isMessageActionTopicCreate(value: unknown): value is MessageActionTopicCreate;
/** True when `value` is a `messageActionTopicEdit` object. */
export declare function isMessageActionTopicEdit(value: unknown): value is MessageActionTopicEdit;
/** True when `value` is a `messageActionWebViewDataSent` object. */
export declare function isMessageActionWebViewDataSent(value: unknown): value is MessageActionWebViewDataSent;
/** True when `value` is a `messageActionWebViewDataSentMe` object. */
export declare function isMessageActionWebViewDataSentMe(value: unknown): value is MessageActionWebViewDataSentMe;
/** True when `value` is a `messageEmpty` object. */
export declare function isMessageEmpty(value: unknown): value is MessageEmpty;
/** True when `value` is a `messageEntityBankCard` object. */
export declare function isMessageEntityBankCard(value: unknown): value is MessageEntityBankCard;
/** True when `value` is a `messageEntityBlockquote` object. */
export declare function isMessageEntityBlockquote(value: unknown): value is MessageEntityBlockquote;
/** True when `value` is a `messageEntityBold` object. */
export declare function isMessageEntityBold(value: unknown): value is MessageEntityBold;
/** True when `value` is a `messageEntityBotCommand` object. */
export declare function isMessageEntityBotCommand(value: unknown): value is MessageEntityBotCommand;
/** True when `value` is a `messageEntityCashtag` object. */
export declare function isMessageEntityCashtag(value: unknown): value is MessageEntityCashtag;
/** True when `value` is a `messageEntityCode` object. */
export declare function isMessageEntityCode(value: unknown): value is MessageEntityCode;
/** True when `value` is a `messageEntityCustomEmoji` object. */
export declare function isMessageEntityCustomEmoji(value: unknown): value is MessageEntityCustomEmoji;
/** True when `value` is a `messageEntityDiffDelete` object. */
export declare function isMessageEntityDiffDelete(value: unknown): value is MessageEntityDiffDelete;
/** True when `value` is a `messageEntityDiffInsert` object. */
export declare function isMessageEntityDiffInsert(value: unknown): value is MessageEntityDiffInsert;
/** True when `value` is a `messageEntityDiffReplace` object. */
export declare function isMessageEntityDiffReplace(value: unknown): value is MessageEntityDiffReplace;
/** True when `value` is a `messageEntityEmail` object. */
export declare function isMessageEntityEmail(value: unknown): value is MessageEntityEmail;
/** True when `value` is a `messageEntityFormattedDate` object. */
export declare function isMessageEntityFormattedDate(value: unknown): value is MessageEntityFormattedDate;
/** True when `value` is a `messageEntityHashtag` object. */
export declare function isMessageEntityHashtag(value: unknown): value is MessageEntityHashtag;
/** True when `value` is a `messageEntityItalic` object. */
export declare function isMessageEntityItalic(value: unknown): value is MessageEntityItalic;
/** True when `value` is a `messageEntityMention` object. */
export declare function isMessageEntityMention(value: unknown): value is MessageEntityMention;
/** True when `value` is a `messageEntityMentionName` object. */
export declare function isMessageEntityMentionName(value: unknown): value is MessageEntityMentionName;
/** True when `value` is a `messageEntityPhone` object. */
export declare function isMessageEntityPhone(value: unknown): value is MessageEntityPhone;
/** True when `value` is a `messageEntityPre` object. */
export declare function isMessageEntityPre(value: unknown): value is MessageEntityPre;
/** True when `value` is a `messageEntitySpoiler` object. */
export declare function isMessageEntitySpoiler(value: unknown): value is MessageEntitySpoiler;
/** True when `value` is a `messageEntityStrike` object. */
export declare function isMessageEntityStrike(value: unknown): value is MessageEntityStrike;
/** True when `value` is a `messageEntityTextUrl` object. */
export declare function isMessageEntityTextUrl(value: unknown): value is MessageEntityTextUrl;
/** True when `value` is a `messageEntityUnderline` object. */
export declare function isMessageEntityUnderline(value: unknown): value is MessageEntityUnderline;
/** True when `value` is a `messageEntityUnknown` object. */
export declare function isMessageEntityUnknown(value: unknown): value is MessageEntityUnknown;
/** True when `value` is a `messageEntityUrl` object. */
export declare function isMessageEntityUrl(value: unknown): value is MessageEntityUrl;
/** True when `value` is a `messageExtendedMedia` object. */
export declare function isMessageExtendedMedia(value: unknown): value is MessageExtendedMedia;
/** True when `value` is a `messageExtendedMediaPreview` object. */
export declare function isMessageExtendedMediaPreview(value: unknown): value is MessageExtendedMediaPreview;
/** True when `value` is a `messageFwdHeader` object. */
export declare function isMessageFwdHeader(value: unknown): value is MessageFwdHeader;
/** True when `value` is a `messageMediaContact` object. */
export declare function isMessageMediaContact(value: unknown): value is MessageMediaContact;
/** True when `value` is a `messageMediaDice` object. */
export declare function isMessageMediaDice(value: unknown): value is MessageMediaDice;
/** True when `value` is a `messageMediaDocument` object. */
export declare function isMessageMediaDocument(value: unknown): value is MessageMediaDocument;
/** True when `value` is a `messageMediaEmpty` object. */
export declare function isMessageMediaEmpty(value: unknown): value is MessageMediaEmpty;
/** True when `value` is a `messageMediaGame` object. */
export declare function isMessageMediaGame(value: unknown): value is MessageMediaGame;
/** True when `value` is a `messageMediaGeo` object. */
export declare function isMessageMediaGeo(value: unknown): value is MessageMediaGeo;
/** True when `value` is a `messageMediaGeoLive` object. */
export declare function isMessageMediaGeoLive(value: unknown): value is MessageMediaGeoLive;
/** True when `value` is a `messageMediaGiveaway` object. */
export declare function isMessageMediaGiveaway(value: unknown): value is MessageMediaGiveaway;
/** True when `value` is a `messageMediaGiveawayResults` object. */
export declare function isMessageMediaGiveawayResults(value: unknown): value is MessageMediaGiveawayResults;
/** True when `value` is a `messageMediaInvoice` object. */
export declare function isMessageMediaInvoice(value: unknown): value is MessageMediaInvoice;
/** True when `value` is a `messageMediaPaidMedia` object. */
export declare function isMessageMediaPaidMedia(value: unknown): value is MessageMediaPaidMedia;
/** True when `value` is a `messageMediaPhoto` object. */
export declare function isMessageMediaPhoto(value: unknown): value is MessageMediaPhoto;
/** True when `value` is a `messageMediaPoll` object. */
export declare function isMessageMediaPoll(value: unknown): value is MessageMediaPoll;
/** True when `value` is a `messageMediaStory` object. */
export declare function isMessageMediaStory(value: unknown): value is MessageMediaStory;
/** True when `value` is a `messageMediaToDo` object. */
export declare function isMessageMediaToDo(value: unknown): value is MessageMediaToDo;
/** True when `value` is a `messageMediaUnsupported` object. */
export declare function isMessageMediaUnsupported(value: unknown): value is MessageMediaUnsupported;
/** True when `value` is a `messageMediaVenue` object. */
export declare function isMessageMediaVenue(value: unknown): value is MessageMediaVenue;
/** True when `value` is a `messageMediaVideoStream` object. */
export declare function isMessageMediaVideoStream(value: unknown): value is MessageMediaVideoStream;
/** True when `value` is a `messageMediaWebPage` object. */
export declare function isMessageMediaWebPage(value: unknown): value is MessageMediaWebPage;
/** True when `value` is a `messagePeerReaction` object. */
export declare function isMessagePeerReaction(value: unknown): value is MessagePeerReaction;
/** True when `value` is a `messageReactions` object. */
export declare function isMessageReactions(value: unknown): value is MessageReactions;
/** True when `value` is a `messageReactor` object. */
export declare function isMessageReactor(value: unknown): value is MessageReactor;
/** True when `value` is a `messageReplies` object. */
export declare function isMessageReplies(value: unknown): value is MessageReplies;
/** True when `value` is a `messageReplyHeader` object. */
export declare function isMessageReplyHeader(value: unknown): value is MessageReplyHeader;
/** True when `value` is a `messageReplyStoryHeader` object. */
export declare function isMessageReplyStoryHeader(value: unknown): value is MessageReplyStoryHeader;
/** True when `value` is a `messageService` object. */
export declare function isMessageService(value: unknown): value is MessageService;
/** True when `value` is a `messages.chatAdminsWithInvites` object. */
export declare function isMessagesChatAdminsWithInvites(value: unknown): value is MessagesChatAdminsWithInvites;
/** True when `value` is a `messages.chatInviteImporters` object. */
export declare function isMessagesChatInviteImporters(value: unknown): value is MessagesChatInviteImporters;
/** True when `value` is a `messages.chatInviteJoinResultOk` object. */
export declare function isMessagesChatInviteJoinResultOk(value: unknown): value is MessagesChatInviteJoinResultOk;
/** True when `value` is a `messages.chatInviteJoinResultWebView` object. */
export declare function isMessagesChatInviteJoinResultWebView(value: unknown): value is MessagesChatInviteJoinResultWebView;
/** True when `value` is a `messages.emojiGameDiceInfo` object. */
export declare function isMessagesEmojiGameDiceInfo(value: unknown): value is MessagesEmojiGameDiceInfo;
/** True when `value` is a `messages.emojiGameOutcome` object. */
export declare function isMessagesEmojiGameOutcome(value: unknown): value is MessagesEmojiGameOutcome;
/** True when `value` is a `messages.emojiGameUnavailable` object. */
export declare function isMessagesEmojiGameUnavailable(value: unknown): value is MessagesEmojiGameUnavailable;
/** True when `value` is a `messages.exportedChatInvite` object. */
export declare function isMessagesExportedChatInvite(value: unknown): value is MessagesExportedChatInvite;
/** True when `value` is a `messages.exportedChatInviteReplaced` object. */
export declare function isMessagesExportedChatInviteReplaced(value: unknown): value is MessagesExportedChatInviteReplaced;
/** True when `value` is a `messages.exportedChatInvites` object. */
export declare function isMessagesExportedChatInvites(value: unknown): value is MessagesExportedChatInvites;
/** True when `value` is a `messages.invitedUsers` object. */
export declare function isMessagesInvitedUsers(value: unknown): value is MessagesInvitedUsers;
/** True when `value` is a `messages.stickerSet` object. */
export declare function isMessagesStickerSet(value: unknown): value is MessagesStickerSet;
/** True when `value` is a `messages.stickerSetNotModified` object. */
export declare function isMessagesStickerSetNotModified(value: unknown): value is MessagesStickerSetNotModified;
/** True when `value` is a `missingInvitee` object. */
export declare function isMissingInvitee(value: unknown): value is MissingInvitee;
/** True when `value` is a `notificationSoundDefault` object. */
export declare function isNotificationSoundDefault(value: unknown): value is NotificationSoundDefault;
/** True when `value` is a `notificationSoundLocal` object. */
export declare function isNotificationSoundLocal(value: unknown): value is NotificationSoundLocal;
/** True when `value` is a `notificationSoundNone` object. */
export declare function isNotificationSoundNone(value: unknown): value is NotificationSoundNone;
/** True when `value` is a `notificationSoundRingtone` object. */
export declare function isNotificationSoundRingtone(value: unknown): value is NotificationSoundRingtone;
/** True when `value` is a `notifyBroadcasts` object. */
export declare function isNotifyBroadcasts(value: unknown): value is NotifyBroadcasts;
/** True when `value` is a `notifyChats` object. */
export declare function isNotifyChats(value: unknown): value is NotifyChats;
/** True when `value` is a `notifyForumTopic` object. */
export declare function isNotifyForumTopic(value: unknown): value is NotifyForumTopic;
/** True when `value` is a `notifyPeer` object. */
export declare function isNotifyPeer(value: unknown): value is NotifyPeer;
/** True when `value` is a `notifyUsers` object. */
export declare function isNotifyUsers(value: unknown): value is NotifyUsers;
/** True when `value` is a `page` object. */
export declare function isPage(value: unknown): value is Page;
/** True when `value` is a `pageBlockAnchor` object. */
export declare function isPageBlockAnchor(value: unknown): value is PageBlockAnchor;
/** True when `value` is a `pageBlockAudio` object. */
export declare function isPageBlockAudio(value: unknown): value is PageBlockAudio;
/** True when `value` is a `pageBlockAuthorDate` object. */
export declare function isPageBlockAuthorDate(value: unknown): value is PageBlockAuthorDate;
/** True when `value` is a `pageBlockBlockquote` object. */
export declare function isPageBlockBlockquote(value: unknown): value is PageBlockBlockquote;
/** True when `value` is a `pageBlockBlockquoteBlocks` object. */
export declare function isPageBlockBlockquoteBlocks(value: unknown): value is PageBlockBlockquoteBlocks;
/** True when `value` is a `pageBlockChannel` object. */
export declare function isPageBlockChannel(value: unknown): value is PageBlockChannel;
/** True when `value` is a `pageBlockCollage` object. */
export declare function isPageBlockCollage(value: unknown): value is PageBlockCollage;
/** True when `value` is a `pageBlockCover` object. */
export declare function isPageBlockCover(value: unknown): value is PageBlockCover;
/** True when `value` is a `pageBlockDetails` object. */
export declare function isPageBlockDetails(value: unknown): value is PageBlockDetails;
/** True when `value` is a `pageBlockDivider` object. */
export declare function isPageBlockDivider(value: unknown): value is PageBlockDivider;
/** True when `value` is a `pageBlockEmbed` object. */
export declare function isPageBlockEmbed(value: unknown): value is PageBlockEmbed;
/** True when `value` is a `pageBlockEmbedPost` object. */
export declare function isPageBlockEmbedPost(value: unknown): value is PageBlockEmbedPost;
/** True when `value` is a `pageBlockFooter` object. */
export declare function isPageBlockFooter(value: unknown): value is PageBlockFooter;
/** True when `value` is a `pageBlockHeader` object. */
export declare function isPageBlockHeader(value: unknown): value is PageBlockHeader;
/** True when `value` is a `pageBlockHeading1` object. */
export declare function isPageBlockHeading1(value: unknown): value is PageBlockHeading1;
/** True when `value` is a `pageBlockHeading2` object. */
export declare function isPageBlockHeading2(value: unknown): value is PageBlockHeading2;
/** True when `value` is a `pageBlockHeading3` object. */
export declare function isPageBlockHeading3(value: unknown): value is PageBlockHeading3;
/** True when `value` is a `pageBlockHeading4` object. */
export declare function isPageBlockHeading4(value: unknown): value is PageBlockHeading4;
/** True when `value` is a `pageBlockHeading5` object. */
export declare function isPageBlockHeading5(value: unknown): value is PageBlockHeading5;
/** True when `value` is a `pageBlockHeading6` object. */
export declare function isPageBlockHeading6(value: unknown): value is PageBlockHeading6;
/** True when `value` is a `pageBlockKicker` object. */
export declare function isPageBlockKicker(value: unknown): value is PageBlockKicker;
/** True when `value` is a `pageBlockList` object. */
export declare function isPageBlockList(value: unknown): value is PageBlockList;
/** True when `value` is a `pageBlockMap` object. */
export declare function isPageBlockMap(value: unknown): value is PageBlockMap;
/** True when `value` is a `pageBlockMath` object. */
export declare function isPageBlockMath(value: unknown): value is PageBlockMath;
/** True when `value` is a `pageBlockOrderedList` object. */
export declare function isPageBlockOrderedList(value: unknown): value is PageBlockOrderedList;
/** True when `value` is a `pageBlockParagraph` object. */
export declare function isPageBlockParagraph(value: unknown): value is PageBlockParagraph;
/** True when `value` is a `pageBlockPhoto` object. */
export declare function isPageBlockPhoto(value: unknown): value is PageBlockPhoto;
/** True when `value` is a `pageBlockPreformatted` object. */
export declare function isPageBlockPreformatted(value: unknown): value is PageBlockPreformatted;
/** True when `value` is a `pageBlockPullquote` object. */
export declare function isPageBlockPullquote(value: unknown): value is PageBlockPullquote;
/** True when `value` is a `pageBlockRelatedArticles` object. */
export declare function isPageBlockRelatedArticles(value: unknown): value is PageBlockRelatedArticles;
/** True when `value` is a `pageBlockSlideshow` object. */
export declare function isPageBlockSlideshow(value: unknown): value is PageBlockSlideshow;
/** True when `value` is a `pageBlockSubheader` object. */
export declare function isPageBlockSubheader(value: unknown): value is PageBlockSubheader;
/** True when `value` is a `pageBlockSubtitle` object. */
export declare function isPageBlockSubtitle(value: unknown): value is PageBlockSubtitle;
/** True when `value` is a `pageBlockTable` object. */
export declare function isPageBlockTable(value: unknown): value is PageBlockTable;
/** True when `value` is a `pageBlockThinking` object. */
export declare function isPageBlockThinking(value: unknown): value is PageBlockThinking;
/** True when `value` is a `pageBlockTitle` object. */
export declare function isPageBlockTitle(value: unknown): value is PageBlockTitle;
/** True when `value` is a `pageBlockUnsupported` object. */
export declare function isPageBlockUnsupported(value: unknown): value is PageBlockUnsupported;
/** True when `value` is a `pageBlockVideo` object. */
export declare function isPageBlockVideo(value: unknown): value is PageBlockVideo;
/** True when `value` is a `pageCaption` object. */
export declare function isPageCaption(value: unknown): value is PageCaption;
/** True when `value` is a `pageListItemBlocks` object. */
export declare function isPageListItemBlocks(value: unknown): value is PageListItemBlocks;
/** True when `value` is a `pageListItemText` object. */
export declare function isPageListItemText(value: unknown): value is PageListItemText;
/** True when `value` is a `pageListOrderedItemBlocks` object. */
export declare function isPageListOrderedItemBlocks(value: unknown): value is PageListOrderedItemBlocks;
/** True when `value` is a `pageListOrderedItemText` object. */
export declare function isPageListOrderedItemText(value: unknown): value is PageListOrderedItemText;
/** True when `value` is a `pageRelatedArticle` object. */
export declare function isPageRelatedArticle(value: unknown): value is PageRelatedArticle;
/** True when `value` is a `pageTableCell` object. */
export declare function isPageTableCell(value: unknown): value is PageTableCell;
/** True when `value` is a `pageTableRow` object. */
export declare function isPageTableRow(value: unknown): value is PageTableRow;
/** True when `value` is a `paidReactionPrivacyAnonymous` object. */
export declare function isPaidReactionPrivacyAnonymous(value: unknown): value is PaidReactionPrivacyAnonymous;
/** True when `value` is a `paidReactionPrivacyDefault` object. */
export declare function isPaidReactionPrivacyDefault(value: unknown): value is PaidReactionPrivacyDefault;
/** True when `value` is a `paidReactionPrivacyPeer` object. */
export declare function isPaidReactionPrivacyPeer(value: unknown): value is PaidReactionPrivacyPeer;
/** True when `value` is a `paymentCharge` object. */
export declare function isPaymentCharge(value: unknown): value is PaymentCharge;
/** True when `value` is a `paymentRequestedInfo` object. */
export declare function isPaymentRequestedInfo(value: unknown): value is PaymentRequestedInfo;
/** True when `value` is a `peerChannel` object. */
export declare function isPeerChannel(value: unknown): value is PeerChannel;
/** True when `value` is a `peerChat` object. */
export declare function isPeerChat(value: unknown): value is PeerChat;
/** True when `value` is a `peerColor` object. */
export declare function isPeerColor(value: unknown): value is PeerColor;
/** True when `value` is a `peerColorCollectible` object. */
export declare function isPeerColorCollectible(value: unknown): value is PeerColorCollectible;
/** True when `value` is a `peerLocated` object. */
export declare function isPeerLocated(value: unknown): value is PeerLocated;
/** True when `value` is a `peerNotifySettings` object. */
export declare function isPeerNotifySettings(value: unknown): value is PeerNotifySettings;
/** True when `value` is a `peerSelfLocated` object. */
export declare function isPeerSelfLocated(value: unknown): value is PeerSelfLocated;
/** True when `value` is a `peerSettings` object. */
export declare function isPeerSettings(value: unknown): value is PeerSettings;
/** True when `value` is a `peerUser` object. */
export declare function isPeerUser(value: unknown): value is PeerUser;
/** True when `value` is a `phone.exportedGroupCallInvite` object. */
export declare function isPhoneExportedGroupCallInvite(value: unknown): value is PhoneExportedGroupCallInvite;
/** True when `value` is a `phoneCall` object. */
export declare function isPhoneCall(value: unknown): value is PhoneCall;
/** True when `value` is a `phoneCallAccepted` object. */
export declare function isPhoneCallAccepted(value: unknown): value is PhoneCallAccepted;
/** True when `value` is a `phoneCallDiscardReasonBusy` object. */
export declare function isPhoneCallDiscardReasonBusy(value: unknown): value is PhoneCallDiscardReasonBusy;
/** True when `value` is a `phoneCallDiscardReasonDisconnect` object. */
export declare function isPhoneCallDiscardReasonDisconnect(value: unknown): value is PhoneCallDiscardReasonDisconnect;
/** True when `value` is a `phoneCallDiscardReasonHangup` object. */
export declare function isPhoneCallDiscardReasonHangup(value: unknown): value is PhoneCallDiscardReasonHangup;
/** True when `value` is a `phoneCallDiscardReasonMigrateConferenceCall` object. */
export declare function isPhoneCallDiscardReasonMigrateConferenceCall(value: unknown): value is PhoneCallDiscardReasonMigrateConferenceCall;
/** True when `value` is a `phoneCallDiscardReasonMissed` object. */
export declare function isPhoneCallDiscardReasonMissed(value: unknown): value is PhoneCallDiscardReasonMissed;
/** True when `value` is a `phoneCallDiscarded` object. */
export declare function isPhoneCallDiscarded(value: unknown): value is PhoneCallDiscarded;
/** True when `value` is a `phoneCallEmpty` object. */
export declare function isPhoneCallEmpty(value: unknown): value is PhoneCallEmpty;
/** True when `value` is a `phoneCallProtocol` object. */
export declare function isPhoneCallProtocol(value: unknown): value is PhoneCallProtocol;
/** True when `value` is a `phoneCallRequested` object. */
export declare function isPhoneCallRequested(value: unknown): value is PhoneCallRequested;
/** True when `value` is a `phoneCallWaiting` object. */
export declare function isPhoneCallWaiting(value: unknown): value is PhoneCallWaiting;
/** True when `value` is a `phoneConnection` object. */
export declare function isPhoneConnection(value: unknown): value is PhoneConnection;
/** True when `value` is a `phoneConnectionWebrtc` object. */
export declare function isPhoneConnectionWebrtc(value: unknown): value is PhoneConnectionWebrtc;
/** True when `value` is a `photo` object. */
export declare function isPhoto(value: unknown): value is Photo;
/** True when `value` is a `photoCachedSize` object. */
export declare function isPhotoCachedSize(value: unknown): value is PhotoCachedSize;
/** True when `value` is a `photoEmpty` object. */
export declare function isPhotoEmpty(value: unknown): value is PhotoEmpty;
/** True when `value` is a `photoPathSize` object. */
export declare function isPhotoPathSize(value: unknown): value is PhotoPathSize;
/** True when `value` is a `photoSize` object. */
export declare function isPhotoSize(value: unknown): value is PhotoSize;
/** True when `value` is a `photoSizeEmpty` object. */
export declare function isPhotoSizeEmpty(value: unknown): value is PhotoSizeEmpty;
/** True when `value` is a `photoSizeProgressive` object. */
export declare function isPhotoSizeProgressive(value: unknown): value is PhotoSizeProgressive;
/** True when `value` is a `photoStrippedSize` object. */
export declare function isPhotoStrippedSize(value: unknown): value is PhotoStrippedSize;
/** True when `value` is a `poll` object. */
export declare function isPoll(value: unknown): value is Poll;
/** True when `value` is a `pollAnswer` object. */
export declare function isPollAnswer(value: unknown): value is PollAnswer;
/** True when `value` is a `pollAnswerVoters` object. */
export declare function isPollAnswerVoters(value: unknown): value is PollAnswerVoters;
/** True when `value` is a `pollResults` object. */
export declare function isPollResults(value: unknown): value is PollResults;
/** True when `value` is a `postAddress` object. */
export declare function isPostAddress(value: unknown): value is PostAddress;
/** True when `value` is a `privacyKeyAbout` object. */
export declare function isPrivacyKeyAbout(value: unknown): value is PrivacyKeyAbout;
/** True when `value` is a `privacyKeyAddedByPhone` object. */
export declare function isPrivacyKeyAddedByPhone(value: unknown): value is PrivacyKeyAddedByPhone;
/** True when `value` is a `privacyKeyBirthday` object. */
export declare function isPrivacyKeyBirthday(value: unknown): value is PrivacyKeyBirthday;
/** True when `value` is a `privacyKeyChatInvite` object. */
export declare function isPrivacyKeyChatInvite(value: unknown): value is PrivacyKeyChatInvite;
/** True when `value` is a `privacyKeyForwards` object. */
export declare function isPrivacyKeyForwards(value: unknown): value is PrivacyKeyForwards;
/** True when `value` is a `privacyKeyNoPaidMessages` object. */
export declare function isPrivacyKeyNoPaidMessages(value: unknown): value is PrivacyKeyNoPaidMessages;
/** True when `value` is a `privacyKeyPhoneCall` object. */
export declare function isPrivacyKeyPhoneCall(value: unknown): value is PrivacyKeyPhoneCall;
/** True when `value` is a `privacyKeyPhoneNumber` object. */
export declare function isPrivacyKeyPhoneNumber(value: unknown): value is PrivacyKeyPhoneNumber;
/** True when `value` is a `privacyKeyPhoneP2P` object. */
export declare function isPrivacyKeyPhoneP2P(value: unknown): value is PrivacyKeyPhoneP2P;
/** True when `value` is a `privacyKeyProfilePhoto` object. */
export declare function isPrivacyKeyProfilePhoto(value: unknown): value is PrivacyKeyProfilePhoto;
/** True when `value` is a `privacyKeySavedMusic` object. */
export declare function isPrivacyKeySavedMusic(value: unknown): value is PrivacyKeySavedMusic;
/** True when `value` is a `privacyKeyStarGiftsAutoSave` object. */
export declare function isPrivacyKeyStarGiftsAutoSave(value: unknown): value is PrivacyKeyStarGiftsAutoSave;
/** True when `value` is a `privacyKeyStatusTimestamp` object. */
export declare function isPrivacyKeyStatusTimestamp(value: unknown): value is PrivacyKeyStatusTimestamp;
/** True when `value` is a `privacyKeyVoiceMessages` object. */
export declare function isPrivacyKeyVoiceMessages(value: unknown): value is PrivacyKeyVoiceMessages;
/** True when `value` is a `privacyValueAllowAll` object. */
export declare function isPrivacyValueAllowAll(value: unknown): value is PrivacyValueAllowAll;
/** True when `value` is a `privacyValueAllowBots` object. */
export declare function isPrivacyValueAllowBots(value: unknown): value is PrivacyValueAllowBots;
/** True when `value` is a `privacyValueAllowChatParticipants` object. */
export declare function isPrivacyValueAllowChatParticipants(value: unknown): value is PrivacyValueAllowChatParticipants;
/** True when `value` is a `privacyValueAllowCloseFriends` object. */
export declare function isPrivacyValueAllowCloseFriends(value: unknown): value is PrivacyValueAllowCloseFriends;
/** True when `value` is a `privacyValueAllowContacts` object. */
export declare function isPrivacyValueAllowContacts(value: unknown): value is PrivacyValueAllowContacts;
/** True when `value` is a `privacyValueAllowPremium` object. */
export declare function isPrivacyValueAllowPremium(value: unknown): value is PrivacyValueAllowPremium;
/** True when `value` is a `privacyValueAllowUsers` object. */
export declare function isPrivacyValueAllowUsers(value: unknown): value is PrivacyValueAllowUsers;
/** True when `value` is a `privacyValueDisallowAll` object. */
export declare function isPrivacyValueDisallowAll(value: unknown): value is PrivacyValueDisallowAll;
/** True when `value` is a `privacyValueDisallowBots` object. */
export declare function isPrivacyValueDisallowBots(value: unknown): value is PrivacyValueDisallowBots;
/** True when `value` is a `privacyValueDisallowChatParticipants` object. */
export declare function isPrivacyValueDisallowChatParticipants(value: unknown): value is PrivacyValueDisallowChatParticipants;
/** True when `value` is a `privacyValueDisallowContacts` object. */
export declare function isPrivacyValueDisallowContacts(value: unknown): value is PrivacyValueDisallowContacts;
/** True when `value` is a `privacyValueDisallowUsers` object. */
export declare function isPrivacyValueDisallowUsers(value: unknown): value is PrivacyValueDisallowUsers;
/** True when `value` is a `quickReply` object. */
export declare function isQuickReply(value: unknown): value is QuickReply;
/** True when `value` is a `reactionCount` object. */
export declare function isReactionCount(value: unknown): value is ReactionCount;
/** True when `value` is a `reactionCustomEmoji` object. */
export declare function isReactionCustomEmoji(value: unknown): value is ReactionCustomEmoji;
/** True when `value` is a `reactionEmoji` object. */
export declare function isReactionEmoji(value: unknown): value is ReactionEmoji;
/** True when `value` is a `reactionEmpty` object. */
export declare function isReactionEmpty(value: unknown): value is ReactionEmpty;
/** True when `value` is a `reactionPaid` object. */
export declare function isReactionPaid(value: unknown): value is ReactionPaid;
/** True when `value` is a `recentStory` object. */
export declare function isRecentStory(value: unknown): value is RecentStory;
/** True when `value` is a `replyInlineMarkup` object. */
export declare function isReplyInlineMarkup(value: unknown): value is ReplyInlineMarkup;
/** True when `value` is a `replyKeyboardForceReply` object. */
export declare function isReplyKeyboardForceReply(value: unknown): value is ReplyKeyboardForceReply;
/** True when `value` is a `replyKeyboardHide` object. */
export declare function isReplyKeyboardHide(value: unknown): value is ReplyKeyboardHide;
/** True when `value` is a `replyKeyboardMarkup` object. */
export declare function isReplyKeyboardMarkup(value: unknown): value is ReplyKeyboardMarkup;
/** True when `value` is a `requestPeerTypeBroadcast` object. */
export declare function isRequestPeerTypeBroadcast(value: unknown): value is RequestPeerTypeBroadcast;
/** True when `value` is a `requestPeerTypeChat` object. */
export declare function isRequestPeerTypeChat(value: unknown): value is RequestPeerTypeChat;
/** True when `value` is a `requestPeerTypeCreateBot` object. */
export declare function isRequestPeerTypeCreateBot(value: unknown): value is RequestPeerTypeCreateBot;
/** True when `value` is a `requestPeerTypeUser` object. */
export declare function isRequestPeerTypeUser(value: unknown): value is RequestPeerTypeUser;
/** True when `value` is a `requestedPeerChannel` object. */
export declare function isRequestedPeerChannel(value: unknown): value is RequestedPeerChannel;
/** True when `value` is a `requestedPeerChat` object. */
export declare function isRequestedPeerChat(value: unknown): value is RequestedPeerChat;
/** True when `value` is a `requestedPeerUser` object. */
export declare function isRequestedPeerUser(value: unknown): value is RequestedPeerUser;
/** True when `value` is a `restrictionReason` object. */
export declare function isRestrictionReason(value: unknown): value is RestrictionReason;
/** True when `value` is a `richMessage` object. */
export declare function isRichMessage(value: unknown): value is RichMessage;
/** True when `value` is a `secureCredentialsEncrypted` object. */
export declare function isSecureCredentialsEncrypted(value: unknown): value is SecureCredentialsEncrypted;
/** True when `value` is a `secureData` object. */
export declare function isSecureData(value: unknown): value is SecureData;
/** True when `value` is a `secureFile` object. */
export declare function isSecureFile(value: unknown): value is SecureFile;
/** True when `value` is a `secureFileEmpty` object. */
export declare function isSecureFileEmpty(value: unknown): value is SecureFileEmpty;
/** True when `value` is a `securePlainEmail` object. */
export declare function isSecurePlainEmail(value: unknown): value is SecurePlainEmail;
/** True when `value` is a `securePlainPhone` object. */
export declare function isSecurePlainPhone(value: unknown): value is SecurePlainPhone;
/** True when `value` is a `secureValue` object. */
export declare function isSecureValue(value: unknown): value is SecureValue;
/** True when `value` is a `secureValueTypeAddress` object. */
export declare function isSecureValueTypeAddress(value: unknown): value is SecureValueTypeAddress;
/** True when `value` is a `secureValueTypeBankStatement` object. */
export declare function isSecureValueTypeBankStatement(value: unknown): value is SecureValueTypeBankStatement;
/** True when `value` is a `secureValueTypeDriverLicense` object. */
export declare function isSecureValueTypeDriverLicense(value: unknown): value is SecureValueTypeDriverLicense;
/** True when `value` is a `secureValueTypeEmail` object. */
export declare function isSecureValueTypeEmail(value: unknown): value is SecureValueTypeEmail;
/** True when `value` is a `secureValueTypeIdentityCard` object. */
export declare function isSecureValueTypeIdentityCard(value: unknown): value is SecureValueTypeIdentityCard;
/** True when `value` is a `secureValueTypeInternalPassport` object. */
export declare function isSecureValueTypeInternalPassport(value: unknown): value is SecureValueTypeInternalPassport;
/** True when `value` is a `secureValueTypePassport` object. */
export declare function isSecureValueTypePassport(value: unknown): value is SecureValueTypePassport;
/** True when `value` is a `secureValueTypePassportRegistration` object. */
export declare function isSecureValueTypePassportRegistration(value: unknown): value is SecureValueTypePassportRegistration;
/** True when `value` is a `secureValueTypePersonalDetails` object. */
export declare function isSecureValueTypePersonalDetails(value: unknown): value is SecureValueTypePersonalDetails;
/** True when `value` is a `secureValueTypePhone` object. */
export declare function isSecureValueTypePhone(value: unknown): value is SecureValueTypePhone;
/** True when `value` is a `secureValueTypeRentalAgreement` object. */
export declare function isSecureValueTypeRentalAgreement(value: unknown): value is SecureValueTypeRentalAgreement;
/** True when `value` is a `secureValueTypeTemporaryRegistration` object. */
export declare function isSecureValueTypeTemporaryRegistration(value: unknown): value is SecureValueTypeTemporaryRegistration;
/** True when `value` is a `secureValueTypeUtilityBill` object. */
export declare function isSecureValueTypeUtilityBill(value: unknown): value is SecureValueTypeUtilityBill;
/** True when `value` is a `sendMessageCancelAction` object. */
export declare function isSendMessageCancelAction(value: unknown): value is SendMessageCancelAction;
/** True when `value` is a `sendMessageChooseContactAction` object. */
export declare function isSendMessageChooseContactAction(value: unknown): value is SendMessageChooseContactAction;
/** True when `value` is a `sendMessageChooseStickerAction` object. */
export declare function isSendMessageChooseStickerAction(value: unknown): value is SendMessageChooseStickerAction;
/** True when `value` is a `sendMessageEmojiInteraction` object. */
export declare function isSendMessageEmojiInteraction(value: unknown): value is SendMessageEmojiInteraction;
/** True when `value` is a `sendMessageEmojiInteractionSeen` object. */
export declare function isSendMessageEmojiInteractionSeen(value: unknown): value is SendMessageEmojiInteractionSeen;
/** True when `value` is a `sendMessageGamePlayAction` object. */
export declare function isSendMessageGamePlayAction(value: unknown): value is SendMessageGamePlayAction;
/** True when `value` is a `sendMessageGeoLocationAction` object. */
export declare function isSendMessageGeoLocationAction(value: unknown): value is SendMessageGeoLocationAction;
/** True when `value` is a `sendMessageHistoryImportAction` object. */
export declare function isSendMessageHistoryImportAction(value: unknown): value is SendMessageHistoryImportAction;
/** True when `value` is a `sendMessageRecordAudioAction` object. */
export declare function isSendMessageRecordAudioAction(value: unknown): value is SendMessageRecordAudioAction;
/** True when `value` is a `sendMessageRecordRoundAction` object. */
export declare function isSendMessageRecordRoundAction(value: unknown): value is SendMessageRecordRoundAction;
/** True when `value` is a `sendMessageRecordVideoAction` object. */
export declare function isSendMessageRecordVideoAction(value: unknown): value is SendMessageRecordVideoAction;
/** True when `value` is a `sendMessageRichMessageDraftAction` object. */
export declare function isSendMessageRichMessageDraftAction(value: unknown): value is SendMessageRichMessageDraftAction;
/** True when `value` is a `sendMessageTextDraftAction` object. */
export declare function isSendMessageTextDraftAction(value: unknown): value is SendMessageTextDraftAction;
/** True when `value` is a `sendMessageTypingAction` object. */
export declare function isSendMessageTypingAction(value: unknown): value is SendMessageTypingAction;
/** True when `value` is a `sendMessageUploadAudioAction` object. */
export declare function isSendMessageUploadAudioAction(value: unknown): value is SendMessageUploadAudioAction;
/** True when `value` is a `sendMessageUploadDocumentAction` object. */
export declare function isSendMessageUploadDocumentAction(value: unknown): value is SendMessageUploadDocumentAction;
/** True when `value` is a `sendMessageUploadPhotoAction` object. */
export declare function isSendMessageUploadPhotoAction(value: unknown): value is SendMessageUploadPhotoAction;
/** True when `value` is a `sendMessageUploadRoundAction` object. */
export declare function isSendMessageUploadRoundAction(value: unknown): value is SendMessageUploadRoundAction;
/** True when `value` is a `sendMessageUploadVideoAction` object. */
export declare function isSendMessageUploadVideoAction(value: unknown): value is SendMessageUploadVideoAction;
/** True when `value` is a `speakingInGroupCallAction` object. */
export declare function isSpeakingInGroupCallAction(value: unknown): value is SpeakingInGroupCallAction;
/** True when `value` is a `starGift` object. */
export declare function isStarGift(value: unknown): value is StarGift;
/** True when `value` is a `starGiftAttributeBackdrop` object. */
export declare function isStarGiftAttributeBackdrop(value: unknown): value is StarGiftAttributeBackdrop;
/** True when `value` is a `starGiftAttributeModel` object. */
export declare function isStarGiftAttributeModel(value: unknown): value is StarGiftAttributeModel;
/** True when `value` is a `starGiftAttributeOriginalDetails` object. */
export declare function isStarGiftAttributeOriginalDetails(value: unknown): value is StarGiftAttributeOriginalDetails;
/** True when `value` is a `starGiftAttributePattern` object. */
export declare function isStarGiftAttributePattern(value: unknown): value is StarGiftAttributePattern;
/** True when `value` is a `starGiftAttributeRarity` object. */
export declare function isStarGiftAttributeRarity(value: unknown): value is StarGiftAttributeRarity;
/** True when `value` is a `starGiftAttributeRarityEpic` object. */
export declare function isStarGiftAttributeRarityEpic(value: unknown): value is StarGiftAttributeRarityEpic;
/** True when `value` is a `starGiftAttributeRarityLegendary` object. */
export declare function isStarGiftAttributeRarityLegendary(value: unknown): value is StarGiftAttributeRarityLegendary;
/** True when `value` is a `starGiftAttributeRarityRare` object. */
export declare function isStarGiftAttributeRarityRare(value: unknown): value is StarGiftAttributeRarityRare;
/** True when `value` is a `starGiftAttributeRarityUncommon` object. */
export declare function isStarGiftAttributeRarityUncommon(value: unknown): value is StarGiftAttributeRarityUncommon;
/** True when `value` is a `starGiftAuctionRound` object. */
export declare function isStarGiftAuctionRound(value: unknown): value is StarGiftAuctionRound;
/** True when `value` is a `starGiftAuctionRoundExtendable` object. */
export declare function isStarGiftAuctionRoundExtendable(value: unknown): value is StarGiftAuctionRoundExtendable;
/** True when `value` is a `starGiftAuctionState` object. */
export declare function isStarGiftAuctionState(value: unknown): value is StarGiftAuctionState;
/** True when `value` is a `starGiftAuctionStateFinished` object. */
export declare function isStarGiftAuctionStateFinished(value: unknown): value is StarGiftAuctionStateFinished;
/** True when `value` is a `starGiftAuctionStateNotModified` object. */
export declare function isStarGiftAuctionStateNotModified(value: unknown): value is StarGiftAuctionStateNotModified;
/** True when `value` is a `starGiftAuctionUserState` object. */
export declare function isStarGiftAuctionUserState(value: unknown): value is StarGiftAuctionUserState;
/** True when `value` is a `starGiftBackground` object. */
export declare function isStarGiftBackground(value: unknown): value is StarGiftBackground;
/** True when `value` is a `starGiftUnique` object. */
export declare function isStarGiftUnique(value: unknown): value is StarGiftUnique;
/** True when `value` is a `starsAmount` object. */
export declare function isStarsAmount(value: unknown): value is StarsAmount;
/** True when `value` is a `starsRevenueStatus` object. */
export declare function isStarsRevenueStatus(value: unknown): value is StarsRevenueStatus;
/** True when `value` is a `starsSubscriptionPricing` object. */
export declare function isStarsSubscriptionPricing(value: unknown): value is StarsSubscriptionPricing;
/** True when `value` is a `starsTonAmount` object. */
export declare function isStarsTonAmount(value: unknown): value is StarsTonAmount;
/** True when `value` is a `stickerKeyword` object. */
export declare function isStickerKeyword(value: unknown): value is StickerKeyword;
/** True when `value` is a `stickerPack` object. */
export declare function isStickerPack(value: unknown): value is StickerPack;
/** True when `value` is a `stickerSet` object. */
export declare function isStickerSet(value: unknown): value is StickerSet;
/** True when `value` is a `storiesStealthMode` object. */
export declare function isStoriesStealthMode(value: unknown): value is StoriesStealthMode;
/** True when `value` is a `storyFwdHeader` object. */
export declare function isStoryFwdHeader(value: unknown): value is StoryFwdHeader;
/** True when `value` is a `storyItem` object. */
export declare function isStoryItem(value: unknown): value is StoryItem;
/** True when `value` is a `storyItemDeleted` object. */
export declare function isStoryItemDeleted(value: unknown): value is StoryItemDeleted;
/** True when `value` is a `storyItemSkipped` object. */
export declare function isStoryItemSkipped(value: unknown): value is StoryItemSkipped;
/** True when `value` is a `storyViews` object. */
export declare function isStoryViews(value: unknown): value is StoryViews;
/** True when `value` is a `suggestedPost` object. */
export declare function isSuggestedPost(value: unknown): value is SuggestedPost;
/** True when `value` is a `textAnchor` object. */
export declare function isTextAnchor(value: unknown): value is TextAnchor;
/** True when `value` is a `textAutoEmail` object. */
export declare function isTextAutoEmail(value: unknown): value is TextAutoEmail;
/** True when `value` is a `textAutoPhone` object. */
export declare function isTextAutoPhone(value: unknown): value is TextAutoPhone;
/** True when `value` is a `textAutoUrl` object. */
export declare function isTextAutoUrl(value: unknown): value is TextAutoUrl;
/** True when `value` is a `textBankCard` object. */
export declare function isTextBankCard(value: unknown): value is TextBankCard;
/** True when `value` is a `textBold` object. */
export declare function isTextBold(value: unknown): value is TextBold;
/** True when `value` is a `textBotCommand` object. */
export declare function isTextBotCommand(value: unknown): value is TextBotCommand;
/** True when `value` is a `textCashtag` object. */
export declare function isTextCashtag(value: unknown): value is TextCashtag;
/** True when `value` is a `textConcat` object. */
export declare function isTextConcat(value: unknown): value is TextConcat;
/** True when `value` is a `textCustomEmoji` object. */
export declare function isTextCustomEmoji(value: unknown): value is TextCustomEmoji;
/** True when `value` is a `textDate` object. */
export declare function isTextDate(value: unknown): value is TextDate;
/** True when `value` is a `textEmail` object. */
export declare function isTextEmail(value: unknown): value is TextEmail;
/** True when `value` is a `textEmpty` object. */
export declare function isTextEmpty(value: unknown): value is TextEmpty;
/** True when `value` is a `textFixed` object. */
export declare function isTextFixed(value: unknown): value is TextFixed;
/** True when `value` is a `textHashtag` object. */
export declare function isTextHashtag(value: unknown): value is TextHashtag;
/** True when `value` is a `textImage` object. */
export declare function isTextImage(value: unknown): value is TextImage;
/** True when `value` is a `textItalic` object. */
export declare function isTextItalic(value: unknown): value is TextItalic;
/** True when `value` is a `textMarked` object. */
export declare function isTextMarked(value: unknown): value is TextMarked;
/** True when `value` is a `textMath` object. */
export declare function isTextMath(value: unknown): value is TextMath;
/** True when `value` is a `textMention` object. */
export declare function isTextMention(value: unknown): value is TextMention;
/** True when `value` is a `textMentionName` object. */
export declare function isTextMentionName(value: unknown): value is TextMentionName;
/** True when `value` is a `textPhone` object. */
export declare function isTextPhone(value: unknown): value is TextPhone;
/** True when `value` is a `textPlain` object. */
export declare function isTextPlain(value: unknown): value is TextPlain;
/** True when `value` is a `textSpoiler` object. */
export declare function isTextSpoiler(value: unknown): value is TextSpoiler;
/** True when `value` is a `textStrike` object. */
export declare function isTextStrike(value: unknown): value is TextStrike;
/** True when `value` is a `textSubscript` object. */
export declare function isTextSubscript(value: unknown): value is TextSubscript;
/** True when `value` is a `textSuperscript` object. */
export declare function isTextSuperscript(value: unknown): value is TextSuperscript;
/** True when `value` is a `textUnderline` object. */
export declare function isTextUnderline(value: unknown): value is TextUnderline;
/** True when `value` is a `textUrl` object. */
export declare function isTextUrl(value: unknown): value is TextUrl;
/** True when `value` is a `textWithEntities` object. */
export declare function isTextWithEntities(value: unknown): value is TextWithEntities;
/** True when `value` is a `theme` object. */
export declare function isTheme(value: unknown): value is Theme;
/** True when `value` is a `themeSettings` object. */
export declare function isThemeSettings(value: unknown): value is ThemeSettings;
/** True when `value` is a `todoCompletion` object. */
export declare function isTodoCompletion(value: unknown): value is TodoCompletion;
/** True when `value` is a `todoItem` object. */
export declare function isTodoItem(value: unknown): value is TodoItem;
/** True when `value` is a `todoList` object. */
export declare function isTodoList(value: unknown): value is TodoList;
/** True when `value` is a `updateAiComposeTones` object. */
export declare function isUpdateAiComposeTones(value: unknown): value is UpdateAiComposeTones;
/** True when `value` is a `updateAttachMenuBots` object. */
export declare function isUpdateAttachMenuBots(value: unknown): value is UpdateAttachMenuBots;
/** True when `value` is a `updateAutoSaveSettings` object. */
export declare function isUpdateAutoSaveSettings(value: unknown): value is UpdateAutoSaveSettings;
/** True when `value` is a `updateBotBusinessConnect` object. */
export declare function isUpdateBotBusinessConnect(value: unknown): value is UpdateBotBusinessConnect;
/** True when `value` is a `updateBotCallbackQuery` object. */
export declare function isUpdateBotCallbackQuery(value: unknown): value is UpdateBotCallbackQuery;
/** True when `value` is a `updateBotChatBoost` object. */
export declare function isUpdateBotChatBoost(value: unknown): value is UpdateBotChatBoost;
/** True when `value` is a `updateBotChatInviteRequester` object. */
export declare function isUpdateBotChatInviteRequester(value: unknown): value is UpdateBotChatInviteRequester;
/** True when `value` is a `updateBotCommands` object. */
export declare function isUpdateBotCommands(value: unknown): value is UpdateBotCommands;
/** True when `value` is a `updateBotDeleteBusinessMessage` object. */
export declare function isUpdateBotDeleteBusinessMessage(value: unknown): value is UpdateBotDeleteBusinessMessage;
/** True when `value` is a `updateBotEditBusinessMessage` object. */
export declare function isUpdateBotEditBusinessMessage(value: unknown): value is UpdateBotEditBusinessMessage;
/** True when `value` is a `updateBotGuestChatQuery` object. */
export declare function isUpdateBotGuestChatQuery(value: unknown): value is UpdateBotGuestChatQuery;
/** True when `value` is a `updateBotInlineQuery` object. */
export declare function isUpdateBotInlineQuery(value: unknown): value is UpdateBotInlineQuery;
/** True when `value` is a `updateBotInlineSend` object. */
export declare function isUpdateBotInlineSend(value: unknown): value is UpdateBotInlineSend;
/** True when `value` is a `updateBotMenuButton` object. */
export declare function isUpdateBotMenuButton(value: unknown): value is UpdateBotMenuButton;
/** True when `value` is a `updateBotMessageReaction` object. */
export declare function isUpdateBotMessageReaction(value: unknown): value is UpdateBotMessageReaction;
/** True when `value` is a `updateBotMessageReactions` object. */
export declare function isUpdateBotMessageReactions(value: unknown): value is UpdateBotMessageReactions;
/** True when `value` is a `updateBotNewBusinessMessage` object. */
export declare function isUpdateBotNewBusinessMessage(value: unknown): value is UpdateBotNewBusinessMessage;
/** True when `value` is a `updateBotPrecheckoutQuery` object. */
export declare function isUpdateBotPrecheckoutQuery(value: unknown): value is UpdateBotPrecheckoutQuery;
/** True when `value` is a `updateBotPurchasedPaidMedia` object. */
export declare function isUpdateBotPurchasedPaidMedia(value: unknown): value is UpdateBotPurchasedPaidMedia;
/** True when `value` is a `updateBotShippingQuery` object. */
export declare function isUpdateBotShippingQuery(value: unknown): value is UpdateBotShippingQuery;
/** True when `value` is a `updateBotStopped` object. */
export declare function isUpdateBotStopped(value: unknown): value is UpdateBotStopped;
/** True when `value` is a `updateBotWebhookJSON` object. */
export declare function isUpdateBotWebhookJSON(value: unknown): value is UpdateBotWebhookJSON;
/** True when `value` is a `updateBotWebhookJSONQuery` object. */
export declare function isUpdateBotWebhookJSONQuery(value: unknown): value is UpdateBotWebhookJSONQuery;
/** True when `value` is a `updateBusinessBotCallbackQuery` object. */
export declare function isUpdateBusinessBotCallbackQuery(value: unknown): value is UpdateBusinessBotCallbackQuery;
/** True when `value` is a `updateChannel` object. */
export declare function isUpdateChannel(value: unknown): value is UpdateChannel;
/** True when `value` is a `updateChannelAvailableMessages` object. */
export declare function isUpdateChannelAvailableMessages(value: unknown): value is UpdateChannelAvailableMessages;
/** True when `value` is a `updateChannelMessageForwards` object. */
export declare function isUpdateChannelMessageForwards(value: unknown): value is UpdateChannelMessageForwards;
/** True when `value` is a `updateChannelMessageViews` object. */
export declare function isUpdateChannelMessageViews(value: unknown): value is UpdateChannelMessageViews;
/** True when `value` is a `updateChannelParticipant` object. */
export declare function isUpdateChannelParticipant(value: unknown): value is UpdateChannelParticipant;
/** True when `value` is a `updateChannelPinnedTopic` object. */
export declare function isUpdateChannelPinnedTopic(value: unknown): value is UpdateChannelPinnedTopic;
/** True when `value` is a `updateChannelPinnedTopics` object. */
export declare function isUpdateChannelPinnedTopics(value: unknown): value is UpdateChannelPinnedTopics;
/** True when `value` is a `updateChannelReadMessagesContents` object. */
export declare function isUpdateChannelReadMessagesContents(value: unknown): value is UpdateChannelReadMessagesContents;
/** True when `value` is a `updateChannelTooLong` object. */
export declare function isUpdateChannelTooLong(value: unknown): value is UpdateChannelTooLong;
/** True when `value` is a `updateChannelUserTyping` object. */
export declare function isUpdateChannelUserTyping(value: unknown): value is UpdateChannelUserTyping;
/** True when `value` is a `updateChannelViewForumAsMessages` object. */
export declare function isUpdateChannelViewForumAsMessages(value: unknown): value is UpdateChannelViewForumAsMessages;
/** True when `value` is a `updateChannelWebPage` object. */
export declare function isUpdateChannelWebPage(value: unknown): value is UpdateChannelWebPage;
/** True when `value` is a `updateChat` object. */
export declare function isUpdateChat(value: unknown): value is UpdateChat;
/** True when `value` is a `updateChatDefaultBannedRights` object. */
export declare function isUpdateChatDefaultBannedRights(value: unknown): value is UpdateChatDefaultBannedRights;
/** True when `value` is a `updateChatParticipant` object. */
export declare function isUpdateChatParticipant(value: unknown): value is UpdateChatParticipant;
/** True when `value` is a `updateChatParticipantAdd` object. */
export declare function isUpdateChatParticipantAdd(value: unknown): value is UpdateChatParticipantAdd;
/** True when `value` is a `updateChatParticipantAdmin` object. */
export declare function isUpdateChatParticipantAdmin(value: unknown): value is UpdateChatParticipantAdmin;
/** True when `value` is a `updateChatParticipantDelete` object. */
export declare function isUpdateChatParticipantDelete(value: unknown): value is UpdateChatParticipantDelete;
/** True when `value` is a `updateChatParticipantRank` object. */
export declare function isUpdateChatParticipantRank(value: unknown): value is UpdateChatParticipantRank;
/** True when `value` is a `updateChatParticipants` object. */
export declare function isUpdateChatParticipants(value: unknown): value is UpdateChatParticipants;
/** True when `value` is a `updateChatUserTyping` object. */
export declare function isUpdateChatUserTyping(value: unknown): value is UpdateChatUserTyping;
/** True when `value` is a `updateConfig` object. */
export declare function isUpdateConfig(value: unknown): value is UpdateConfig;
/** True when `value` is a `updateContactsReset` object. */
export declare function isUpdateContactsReset(value: unknown): value is UpdateContactsReset;
/** True when `value` is a `updateDcOptions` object. */
export declare function isUpdateDcOptions(value: unknown): value is UpdateDcOptions;
/** True when `value` is a `updateDeleteChannelMessages` object. */
export declare function isUpdateDeleteChannelMessages(value: unknown): value is UpdateDeleteChannelMessages;
/** True when `value` is a `updateDeleteGroupCallMessages` object. */
export declare function isUpdateDeleteGroupCallMessages(value: unknown): value is UpdateDeleteGroupCallMessages;
/** True when `value` is a `updateDeleteMessages` object. */
export declare function isUpdateDeleteMessages(value: unknown): value is UpdateDeleteMessages;
/** True when `value` is a `updateDeleteQuickReply` object. */
export declare function isUpdateDeleteQuickReply(value: unknown): value is UpdateDeleteQuickReply;
/** True when `value` is a `updateDeleteQuickReplyMessages` object. */
export declare function isUpdateDeleteQuickReplyMessages(value: unknown): value is UpdateDeleteQuickReplyMessages;
/** True when `value` is a `updateDeleteScheduledMessages` object. */
export declare function isUpdateDeleteScheduledMessages(value: unknown): value is UpdateDeleteScheduledMessages;
/** True when `value` is a `updateDialogFilter` object. */
export declare function isUpdateDialogFilter(value: unknown): value is UpdateDialogFilter;
/** True when `value` is a `updateDialogFilterOrder` object. */
export declare function isUpdateDialogFilterOrder(value: unknown): value is UpdateDialogFilterOrder;
/** True when `value` is a `updateDialogFilters` object. */
export declare function isUpdateDialogFilters(value: unknown): value is UpdateDialogFilters;
/** True when `value` is a `updateDialogPinned` object. */
export declare function isUpdateDialogPinned(value: unknown): value is UpdateDialogPinned;
/** True when `value` is a `updateDialogUnreadMark` object. */
export declare function isUpdateDialogUnreadMark(value: unknown): value is UpdateDialogUnreadMark;
/** True when `value` is a `updateDraftMessage` object. */
export declare function isUpdateDraftMessage(value: unknown): value is UpdateDraftMessage;
/** True when `value` is a `updateEditChannelMessage` object. */
export declare function isUpdateEditChannelMessage(value: unknown): value is UpdateEditChannelMessage;
/** True when `value` is a `updateEditMessage` object. */
export declare function isUpdateEditMessage(value: unknown): value is UpdateEditMessage;
/** True when `value` is a `updateEmojiGameInfo` object. */
export declare function isUpdateEmojiGameInfo(value: unknown): value is UpdateEmojiGameInfo;
/** True when `value` is a `updateEncryptedChatTyping` object. */
export declare function isUpdateEncryptedChatTyping(value: unknown): value is UpdateEncryptedChatTyping;
/** True when `value` is a `updateEncryptedMessagesRead` object. */
export declare function isUpdateEncryptedMessagesRead(value: unknown): value is UpdateEncryptedMessagesRead;
/** True when `value` is a `updateEncryption` object. */
export declare function isUpdateEncryption(value: unknown): value is UpdateEncryption;
/** True when `value` is a `updateFavedStickers` object. */
export declare function isUpdateFavedStickers(value: unknown): value is UpdateFavedStickers;
/** True when `value` is a `updateFolderPeers` object. */
export declare function isUpdateFolderPeers(value: unknown): value is UpdateFolderPeers;
/** True when `value` is a `updateGeoLiveViewed` object. */
export declare function isUpdateGeoLiveViewed(value: unknown): value is UpdateGeoLiveViewed;
/** True when `value` is a `updateGroupCall` object. */
export declare function isUpdateGroupCall(value: unknown): value is UpdateGroupCall;
/** True when `value` is a `updateGroupCallChainBlocks` object. */
export declare function isUpdateGroupCallChainBlocks(value: unknown): value is UpdateGroupCallChainBlocks;
/** True when `value` is a `updateGroupCallConnection` object. */
export declare function isUpdateGroupCallConnection(value: unknown): value is UpdateGroupCallConnection;
/** True when `value` is a `updateGroupCallEncryptedMessage` object. */
export declare function isUpdateGroupCallEncryptedMessage(value: unknown): value is UpdateGroupCallEncryptedMessage;
/** True when `value` is a `updateGroupCallMessage` object. */
export declare function isUpdateGroupCallMessage(value: unknown): value is UpdateGroupCallMessage;
/** True when `value` is a `updateGroupCallParticipants` object. */
export declare function isUpdateGroupCallParticipants(value: unknown): value is UpdateGroupCallParticipants;
/** True when `value` is a `updateInlineBotCallbackQuery` object. */
export declare function isUpdateInlineBotCallbackQuery(value: unknown): value is UpdateInlineBotCallbackQuery;
/** True when `value` is a `updateJoinChatWebViewDecision` object. */
export declare function isUpdateJoinChatWebViewDecision(value: unknown): value is UpdateJoinChatWebViewDecision;
/** True when `value` is a `updateLangPack` object. */
export declare function isUpdateLangPack(value: unknown): value is UpdateLangPack;
/** True when `value` is a `updateLangPackTooLong` object. */
export declare function isUpdateLangPackTooLong(value: unknown): value is UpdateLangPackTooLong;
/** True when `value` is a `updateLoginToken` object. */
export declare function isUpdateLoginToken(value: unknown): value is UpdateLoginToken;
/** True when `value` is a `updateManagedBot` object. */
export declare function isUpdateManagedBot(value: unknown): value is UpdateManagedBot;
/** True when `value` is a `updateMessageExtendedMedia` object. */
export declare function isUpdateMessageExtendedMedia(value: unknown): value is UpdateMessageExtendedMedia;
/** True when `value` is a `updateMessageID` object. */
export declare function isUpdateMessageID(value: unknown): value is UpdateMessageID;
/** True when `value` is a `updateMessagePoll` object. */
export declare function isUpdateMessagePoll(value: unknown): value is UpdateMessagePoll;
/** True when `value` is a `updateMessagePollVote` object. */
export declare function isUpdateMessagePollVote(value: unknown): value is UpdateMessagePollVote;
/** True when `value` is a `updateMessageReactions` object. */
export declare function isUpdateMessageReactions(value: unknown): value is UpdateMessageReactions;
/** True when `value` is a `updateMonoForumNoPaidException` object. */
export declare function isUpdateMonoForumNoPaidException(value: unknown): value is UpdateMonoForumNoPaidException;
/** True when `value` is a `updateMoveStickerSetToTop` object. */
export declare function isUpdateMoveStickerSetToTop(value: unknown): value is UpdateMoveStickerSetToTop;
/** True when `value` is a `updateNewAuthorization` object. */
export declare function isUpdateNewAuthorization(value: unknown): value is UpdateNewAuthorization;
/** True when `value` is a `updateNewBotConnection` object. */
export declare function isUpdateNewBotConnection(value: unknown): value is UpdateNewBotConnection;
/** True when `value` is a `updateNewChannelMessage` object. */
export declare function isUpdateNewChannelMessage(value: unknown): value is UpdateNewChannelMessage;
/** True when `value` is a `updateNewEncryptedMessage` object. */
export declare function isUpdateNewEncryptedMessage(value: unknown): value is UpdateNewEncryptedMessage;
/** True when `value` is a `updateNewMessage` object. */
export declare function isUpdateNewMessage(value: unknown): value is UpdateNewMessage;
/** True when `value` is a `updateNewQuickReply` object. */
export declare function isUpdateNewQuickReply(value: unknown): value is UpdateNewQuickReply;
/** True when `value` is a `updateNewScheduledMessage` object. */
export declare function isUpdateNewScheduledMessage(value: unknown): value is UpdateNewScheduledMessage;
/** True when `value` is a `updateNewStickerSet` object. */
export declare function isUpdateNewStickerSet(value: unknown): value is UpdateNewStickerSet;
/** True when `value` is a `updateNewStoryReaction` object. */
export declare function isUpdateNewStoryReaction(value: unknown): value is UpdateNewStoryReaction;
/** True when `value` is a `updateNotifySettings` object. */
export declare function isUpdateNotifySettings(value: unknown): value is UpdateNotifySettings;
/** True when `value` is a `updatePaidReactionPrivacy` object. */
export declare function isUpdatePaidReactionPrivacy(value: unknown): value is UpdatePaidReactionPrivacy;
/** True when `value` is a `updatePeerBlocked` object. */
export declare function isUpdatePeerBlocked(value: unknown): value is UpdatePeerBlocked;
/** True when `value` is a `updatePeerHistoryTTL` object. */
export declare function isUpdatePeerHistoryTTL(value: unknown): value is UpdatePeerHistoryTTL;
/** True when `value` is a `updatePeerLocated` object. */
export declare function isUpdatePeerLocated(value: unknown): value is UpdatePeerLocated;
/** True when `value` is a `updatePeerSettings` object. */
export declare function isUpdatePeerSettings(value: unknown): value is UpdatePeerSettings;
/** True when `value` is a `updatePeerWallpaper` object. */
export declare function isUpdatePeerWallpaper(value: unknown): value is UpdatePeerWallpaper;
/** True when `value` is a `updatePendingJoinRequests` object. */
export declare function isUpdatePendingJoinRequests(value: unknown): value is UpdatePendingJoinRequests;
/** True when `value` is a `updatePhoneCall` object. */
export declare function isUpdatePhoneCall(value: unknown): value is UpdatePhoneCall;
/** True when `value` is a `updatePhoneCallSignalingData` object. */
export declare function isUpdatePhoneCallSignalingData(value: unknown): value is UpdatePhoneCallSignalingData;
/** True when `value` is a `updatePinnedChannelMessages` object. */
export declare function isUpdatePinnedChannelMessages(value: unknown): value is UpdatePinnedChannelMessages;
/** True when `value` is a `updatePinnedDialogs` object. */
export declare function isUpdatePinnedDialogs(value: unknown): value is UpdatePinnedDialogs;
/** True when `value` is a `updatePinnedForumTopic` object. */
export declare function isUpdatePinnedForumTopic(value: unknown): value is UpdatePinnedForumTopic;
/** True when `value` is a `updatePinnedForumTopics` object. */
export declare function isUpdatePinnedForumTopics(value: unknown): value is UpdatePinnedForumTopics;
/** True when `value` is a `updatePinnedMessages` object. */
export declare function isUpdatePinnedMessages(value: unknown): value is UpdatePinnedMessages;
/** True when `value` is a `updatePinnedSavedDialogs` object. */
export declare function isUpdatePinnedSavedDialogs(value: unknown): value is UpdatePinnedSavedDialogs;
/** True when `value` is a `updatePrivacy` object. */
export declare function isUpdatePrivacy(value: unknown): value is UpdatePrivacy;
/** True when `value` is a `updatePtsChanged` object. */
export declare function isUpdatePtsChanged(value: unknown): value is UpdatePtsChanged;
/** True when `value` is a `updateQuickReplies` object. */
export declare function isUpdateQuickReplies(value: unknown): value is UpdateQuickReplies;
/** True when `value` is a `updateQuickReplyMessage` object. */
export declare function isUpdateQuickReplyMessage(value: unknown): value is UpdateQuickReplyMessage;
/** True when `value` is a `updateReadChannelDiscussionInbox` object. */
export declare function isUpdateReadChannelDiscussionInbox(value: unknown): value is UpdateReadChannelDiscussionInbox;
/** True when `value` is a `updateReadChannelDiscussionOutbox` object. */
export declare function isUpdateReadChannelDiscussionOutbox(value: unknown): value is UpdateReadChannelDiscussionOutbox;
/** True when `value` is a `updateReadChannelInbox` object. */
export declare function isUpdateReadChannelInbox(value: unknown): value is UpdateReadChannelInbox;
/** True when `value` is a `updateReadChannelOutbox` object. */
export declare function isUpdateReadChannelOutbox(value: unknown): value is UpdateReadChannelOutbox;
/** True when `value` is a `updateReadFeaturedEmojiStickers` object. */
export declare function isUpdateReadFeaturedEmojiStickers(value: unknown): value is UpdateReadFeaturedEmojiStickers;
/** True when `value` is a `updateReadFeaturedStickers` object. */
export declare function isUpdateReadFeaturedStickers(value: unknown): value is UpdateReadFeaturedStickers;
/** True when `value` is a `updateReadHistoryInbox` object. */
export declare function isUpdateReadHistoryInbox(value: unknown): value is UpdateReadHistoryInbox;
/** True when `value` is a `updateReadHistoryOutbox` object. */
export declare function isUpdateReadHistoryOutbox(value: unknown): value is UpdateReadHistoryOutbox;
/** True when `value` is a `updateReadMessagesContents` object. */
export declare function isUpdateReadMessagesContents(value: unknown): value is UpdateReadMessagesContents;
/** True when `value` is a `updateReadMonoForumInbox` object. */
export declare function isUpdateReadMonoForumInbox(value: unknown): value is UpdateReadMonoForumInbox;
/** True when `value` is a `updateReadMonoForumOutbox` object. */
export declare function isUpdateReadMonoForumOutbox(value: unknown): value is UpdateReadMonoForumOutbox;
/** True when `value` is a `updateReadStories` object. */
export declare function isUpdateReadStories(value: unknown): value is UpdateReadStories;
/** True when `value` is a `updateRecentEmojiStatuses` object. */
export declare function isUpdateRecentEmojiStatuses(value: unknown): value is UpdateRecentEmojiStatuses;
/** True when `value` is a `updateRecentReactions` object. */
export declare function isUpdateRecentReactions(value: unknown): value is UpdateRecentReactions;
/** True when `value` is a `updateRecentStickers` object. */
export declare function isUpdateRecentStickers(value: unknown): value is UpdateRecentStickers;
/** True when `value` is a `updateSavedDialogPinned` object. */
export declare function isUpdateSavedDialogPinned(value: unknown): value is UpdateSavedDialogPinned;
/** True when `value` is a `updateSavedGifs` object. */
export declare function isUpdateSavedGifs(value: unknown): value is UpdateSavedGifs;
/** True when `value` is a `updateSavedReactionTags` object. */
export declare function isUpdateSavedReactionTags(value: unknown): value is UpdateSavedReactionTags;
/** True when `value` is a `updateSavedRingtones` object. */
export declare function isUpdateSavedRingtones(value: unknown): value is UpdateSavedRingtones;
/** True when `value` is a `updateSentPhoneCode` object. */
export declare function isUpdateSentPhoneCode(value: unknown): value is UpdateSentPhoneCode;
/** True when `value` is a `updateSentStoryReaction` object. */
export declare function isUpdateSentStoryReaction(value: unknown): value is UpdateSentStoryReaction;
/** True when `value` is a `updateServiceNotification` object. */
export declare function isUpdateServiceNotification(value: unknown): value is UpdateServiceNotification;
/** True when `value` is a `updateShort` object. */
export declare function isUpdateShort(value: unknown): value is UpdateShort;
/** True when `value` is a `updateShortChatMessage` object. */
export declare function isUpdateShortChatMessage(value: unknown): value is UpdateShortChatMessage;
/** True when `value` is a `updateShortMessage` object. */
export declare function isUpdateShortMessage(value: unknown): value is UpdateShortMessage;
/** True when `value` is a `updateShortSentMessage` object. */
export declare function isUpdateShortSentMessage(value: unknown): value is UpdateShortSentMessage;
/** True when `value` is a `updateSmsJob` object. */
export declare function isUpdateSmsJob(value: unknown): value is UpdateSmsJob;
/** True when `value` is a `updateStarGiftAuctionState` object. */
export declare function isUpdateStarGiftAuctionState(value: unknown): value is UpdateStarGiftAuctionState;
/** True when `value` is a `updateStarGiftAuctionUserState` object. */
export declare function isUpdateStarGiftAuctionUserState(value: unknown): value is UpdateStarGiftAuctionUserState;
/** True when `value` is a `updateStarGiftCraftFail` object. */
export declare function isUpdateStarGiftCraftFail(value: unknown): value is UpdateStarGiftCraftFail;
/** True when `value` is a `updateStarsBalance` object. */
export declare function isUpdateStarsBalance(value: unknown): value is UpdateStarsBalance;
/** True when `value` is a `updateStarsRevenueStatus` object. */
export declare function isUpdateStarsRevenueStatus(value: unknown): value is UpdateStarsRevenueStatus;
/** True when `value` is a `updateStickerSets` object. */
export declare function isUpdateStickerSets(value: unknown): value is UpdateStickerSets;
/** True when `value` is a `updateStickerSetsOrder` object. */
export declare function isUpdateStickerSetsOrder(value: unknown): value is UpdateStickerSetsOrder;
/** True when `value` is a `updateStoriesStealthMode` object. */
export declare function isUpdateStoriesStealthMode(value: unknown): value is UpdateStoriesStealthMode;
/** True when `value` is a `updateStory` object. */
export declare function isUpdateStory(value: unknown): value is UpdateStory;
/** True when `value` is a `updateStoryID` object. */
export declare function isUpdateStoryID(value: unknown): value is UpdateStoryID;
/** True when `value` is a `updateTheme` object. */
export declare function isUpdateTheme(value: unknown): value is UpdateTheme;
/** True when `value` is a `updateTranscribedAudio` object. */
export declare function isUpdateTranscribedAudio(value: unknown): value is UpdateTranscribedAudio;
/** True when `value` is a `updateUser` object. */
export declare function isUpdateUser(value: unknown): value is UpdateUser;
/** True when `value` is a `updateUserEmojiStatus` object. */
export declare function isUpdateUserEmojiStatus(value: unknown): value is UpdateUserEmojiStatus;
/** True when `value` is a `updateUserName` object. */
export declare function isUpdateUserName(value: unknown): value is UpdateUserName;
/** True when `value` is a `updateUserPhone` object. */
export declare function isUpdateUserPhone(value: unknown): value is UpdateUserPhone;
/** True when `value` is a `updateUserStatus` object. */
export declare function isUpdateUserStatus(value: unknown): value is UpdateUserStatus;
/** True when `value` is a `updateUserTyping` object. */
export declare function isUpdateUserTyping(value: unknown): value is UpdateUserTyping;
/** True when `value` is a `updateWebBrowserException` object. */
export declare function isUpdateWebBrowserException(value: unknown): value is UpdateWebBrowserException;
/** True when `value` is a `updateWebBrowserSettings` object. */
export declare function isUpdateWebBrowserSettings(value: unknown): value is UpdateWebBrowserSettings;
/** True when `value` is a `updateWebPage` object. */
export declare function isUpdateWebPage(value: unknown): value is UpdateWebPage;
/** True when `value` is a `updateWebViewResultSent` object. */
export declare function isUpdateWebViewResultSent(value: unknown): value is UpdateWebViewResultSent;
/** True when `value` is a `updates` object. */
export declare function isUpdates(value: unknown): value is Updates;
/** True when `value` is a `updatesCombined` object. */
export declare function isUpdatesCombined(value: unknown): value is UpdatesCombined;
/** True when `value` is a `updatesTooLong` object. */
export declare function isUpdatesTooLong(value: unknown): value is UpdatesTooLong;
/** True when `value` is a `user` object. */
export declare function isUser(value: unknown): value is User;
/** True when `value` is a `userEmpty` object. */
export declare function isUserEmpty(value: unknown): value is UserEmpty;
/** True when `value` is a `userProfilePhoto` object. */
export declare function isUserProfilePhoto(value: unknown): value is UserProfilePhoto;
/** True when `value` is a `userProfilePhotoEmpty` object. */
export declare function isUserProfilePhotoEmpty(value: unknown): value is UserProfilePhotoEmpty;
/** True when `value` is a `userStatusEmpty` object. */
export declare function isUserStatusEmpty(value: unknown): value is UserStatusEmpty;
/** True when `value` is a `userStatusLastMonth` object. */
export declare function isUserStatusLastMonth(value: unknown): value is UserStatusLastMonth;
/** True when `value` is a `userStatusLastWeek` object. */
export declare function isUserStatusLastWeek(value: unknown): value is UserStatusLastWeek;
/** True when `value` is a `userStatusOffline` object. */
export declare function isUserStatusOffline(value: unknown): value is UserStatusOffline;
/** True when `value` is a `userStatusOnline` object. */
export declare function isUserStatusOnline(value: unknown): value is UserStatusOnline;
/** True when `value` is a `userStatusRecently` object. */
export declare function isUserStatusRecently(value: unknown): value is UserStatusRecently;
/** True when `value` is a `username` object. */
export declare function isUsername(value: unknown): value is Username;
/** True when `value` is a `videoSize` object. */
export declare function isVideoSize(value: unknown): value is VideoSize;
/** True when `value` is a `videoSizeEmojiMarkup` object. */
export declare function isVideoSizeEmojiMarkup(value: unknown): value is VideoSizeEmojiMarkup;
/** True when `value` is a `videoSizeStickerMarkup` object. */
export declare function isVideoSizeStickerMarkup(value: unknown): value is VideoSizeStickerMarkup;
/** True when `value` is a `wallPaper` object. */
export declare function isWallPaper(value: unknown): value is WallPaper;
/** True when `value` is a `wallPaperNoFile` object. */
export declare function isWallPaperNoFile(value: unknown): value is WallPaperNoFile;
/** True when `value` is a `wallPaperSettings` object. */
export declare function isWallPaperSettings(value: unknown): value is WallPaperSettings;
/** True when `value` is a `webDocument` object. */
export declare function isWebDocument(value: unknown): value is WebDocument;
/** True when `value` is a `webDocumentNoProxy` object. */
export declare function isWebDocumentNoProxy(value: unknown): value is WebDocumentNoProxy;
/** True when `value` is a `webDomainException` object. */
export declare function isWebDomainException(value: unknown): value is WebDomainException;
/** True when `value` is a `webPage` object. */
export declare function isWebPage(value: unknown): value is WebPage;
/** True when `value` is a `webPageAttributeAiComposeTone` object. */
export declare function isWebPageAttributeAiComposeTone(value: unknown): value is WebPageAttributeAiComposeTone;
/** True when `value` is a `webPageAttributeStarGiftAuction` object. */
export declare function isWebPageAttributeStarGiftAuction(value: unknown): value is WebPageAttributeStarGiftAuction;
/** True when `value` is a `webPageAttributeStarGiftCollection` object. */
export declare function isWebPageAttributeStarGiftCollection(value: unknown): value is WebPageAttributeStarGiftCollection;
/** True when `value` is a `webPageAttributeStickerSet` object. */
export declare function isWebPageAttributeStickerSet(value: unknown): value is WebPageAttributeStickerSet;
/** True when `value` is a `webPageAttributeStory` object. */
export declare function isWebPageAttributeStory(value: unknown): value is WebPageAttributeStory;
/** True when `value` is a `webPageAttributeTheme` object. */
export declare function isWebPageAttributeTheme(value: unknown): value is WebPageAttributeTheme;
/** True when `value` is a `webPageAttributeUniqueStarGift` object. */
export declare function isWebPageAttributeUniqueStarGift(value: unknown): value is WebPageAttributeUniqueStarGift;
/** True when `value` is a `webPageEmpty` object. */
export declare function isWebPageEmpty(value: unknown): value is WebPageEmpty;
/** True when `value` is a `webPageNotModified` object. */
export declare function isWebPageNotModified(value: unknown): value is WebPageNotModified;
/** True when `value` is a `webPagePending` object. */
export declare function isWebPagePending(value: unknown): value is WebPagePending;
/** True when `value` is a `webViewResultUrl` object. */
export declare function isWebViewResultUrl(value: unknown): value is WebViewResultUrl;
/** True when `value` is one of `AuctionBidLevel`'s constructors. */
export declare function isTypeAuctionBidLevel(value: unknown): value is TypeAuctionBidLevel;
/** True when `value` is one of `BaseTheme`'s constructors. */
export declare function isTypeBaseTheme(value: unknown): value is TypeBaseTheme;
/** True when `value` is one of `Birthday`'s constructors. */
export declare function isTypeBirthday(value: unknown): value is TypeBirthday;
/** True when `value` is one of `Boost`'s constructors. */
export declare function isTypeBoost(value: unknown): value is TypeBoost;
/** True when `value` is one of `BotApp`'s constructors. */
export declare function isTypeBotApp(value: unknown): value is TypeBotApp;
/** True when `value` is one of `BotBusinessConnection`'s constructors. */
export declare function isTypeBotBusinessConnection(value: unknown): value is TypeBotBusinessConnection;
/** True when `value` is one of `BotCommand`'s constructors. */
export declare function isTypeBotCommand(value: unknown): value is TypeBotCommand;
/** True when `value` is one of `BotMenuButton`'s constructors. */
export declare function isTypeBotMenuButton(value: unknown): value is TypeBotMenuButton;
/** True when `value` is one of `BotVerification`'s constructors. */
export declare function isTypeBotVerification(value: unknown): value is TypeBotVerification;
/** True when `value` is one of `BusinessBotRights`'s constructors. */
export declare function isTypeBusinessBotRights(value: unknown): value is TypeBusinessBotRights;
/** True when `value` is one of `ChannelParticipant`'s constructors. */
export declare function isTypeChannelParticipant(value: unknown): value is TypeChannelParticipant;
/** True when `value` is one of `Chat`'s constructors. */
export declare function isTypeChat(value: unknown): value is TypeChat;
/** True when `value` is one of `ChatAdminRights`'s constructors. */
export declare function isTypeChatAdminRights(value: unknown): value is TypeChatAdminRights;
/** True when `value` is one of `ChatAdminWithInvites`'s constructors. */
export declare function isTypeChatAdminWithInvites(value: unknown): value is TypeChatAdminWithInvites;
/** True when `value` is one of `ChatBannedRights`'s constructors. */
export declare function isTypeChatBannedRights(value: unknown): value is TypeChatBannedRights;
/** True when `value` is one of `ChatInvite`'s constructors. */
export declare function isTypeChatInvite(value: unknown): value is TypeChatInvite;
/** True when `value` is one of `ChatInviteImporter`'s constructors. */
export declare function isTypeChatInviteImporter(value: unknown): value is TypeChatInviteImporter;
/** True when `value` is one of `ChatParticipant`'s constructors. */
export declare function isTypeChatParticipant(value: unknown): value is TypeChatParticipant;
/** True when `value` is one of `ChatParticipants`'s constructors. */
export declare function isTypeChatParticipants(value: unknown): value is TypeChatParticipants;
/** True when `value` is one of `ChatPhoto`'s constructors. */
export declare function isTypeChatPhoto(value: unknown): value is TypeChatPhoto;
/** True when `value` is one of `ChatTheme`'s constructors. */
export declare function isTypeChatTheme(value: unknown): value is TypeChatTheme;
/** True when `value` is one of `DataJSON`'s constructors. */
export declare function isTypeDataJSON(value: unknown): value is TypeDataJSON;
/** True when `value` is one of `DcOption`'s constructors. */
export declare function isTypeDcOption(value: unknown): value is TypeDcOption;
/** True when `value` is one of `DialogFilter`'s constructors. */
export declare function isTypeDialogFilter(value: unknown): value is TypeDialogFilter;
/** True when `value` is one of `DialogPeer`'s constructors. */
export declare function isTypeDialogPeer(value: unknown): value is TypeDialogPeer;
/** True when `value` is one of `Document`'s constructors. */
export declare function isTypeDocument(value: unknown): value is TypeDocument;
/** True when `value` is one of `DocumentAttribute`'s constructors. */
export declare function isTypeDocumentAttribute(value: unknown): value is TypeDocumentAttribute;
/** True when `value` is one of `DraftMessage`'s constructors. */
export declare function isTypeDraftMessage(value: unknown): value is TypeDraftMessage;
/** True when `value` is one of `EmojiStatus`'s constructors. */
export declare function isTypeEmojiStatus(value: unknown): value is TypeEmojiStatus;
/** True when `value` is one of `EncryptedChat`'s constructors. */
export declare function isTypeEncryptedChat(value: unknown): value is TypeEncryptedChat;
/** True when `value` is one of `EncryptedFile`'s constructors. */
export declare function isTypeEncryptedFile(value: unknown): value is TypeEncryptedFile;
/** True when `value` is one of `EncryptedMessage`'s constructors. */
export declare function isTypeEncryptedMessage(value: unknown): value is TypeEncryptedMessage;
/** True when `value` is one of `ExportedChatInvite`'s constructors. */
export declare function isTypeExportedChatInvite(value: unknown): value is TypeExportedChatInvite;
/** True when `value` is one of `ExportedChatlistInvite`'s constructors. */
export declare function isTypeExportedChatlistInvite(value: unknown): value is TypeExportedChatlistInvite;
/** True when `value` is one of `FactCheck`'s constructors. */
export declare function isTypeFactCheck(value: unknown): value is TypeFactCheck;
/** True when `value` is one of `FolderPeer`'s constructors. */
export declare function isTypeFolderPeer(value: unknown): value is TypeFolderPeer;
/** True when `value` is one of `Game`'s constructors. */
export declare function isTypeGame(value: unknown): value is TypeGame;
/** True when `value` is one of `GeoPoint`'s constructors. */
export declare function isTypeGeoPoint(value: unknown): value is TypeGeoPoint;
/** True when `value` is one of `GeoPointAddress`'s constructors. */
export declare function isTypeGeoPointAddress(value: unknown): value is TypeGeoPointAddress;
/** True when `value` is one of `GroupCall`'s constructors. */
export declare function isTypeGroupCall(value: unknown): value is TypeGroupCall;
/** True when `value` is one of `GroupCallMessage`'s constructors. */
export declare function isTypeGroupCallMessage(value: unknown): value is TypeGroupCallMessage;
/** True when `value` is one of `GroupCallParticipant`'s constructors. */
export declare function isTypeGroupCallParticipant(value: unknown): value is TypeGroupCallParticipant;
/** True when `value` is one of `GroupCallParticipantVideo`'s constructors. */
export declare function isTypeGroupCallParticipantVideo(value: unknown): value is TypeGroupCallParticipantVideo;
/** True when `value` is one of `GroupCallParticipantVideoSourceGroup`'s constructors. */
export declare function isTypeGroupCallParticipantVideoSourceGroup(value: unknown): value is TypeGroupCallParticipantVideoSourceGroup;
/** True when `value` is one of `InlineQueryPeerType`'s constructors. */
export declare function isTypeInlineQueryPeerType(value: unknown): value is TypeInlineQueryPeerType;
/** True when `value` is one of `InputBotInlineMessageID`'s constructors. */
export declare function isTypeInputBotInlineMessageID(value: unknown): value is TypeInputBotInlineMessageID;
/** True when `value` is one of `InputChannel`'s constructors. */
export declare function isTypeInputChannel(value: unknown): value is TypeInputChannel;
/** True when `value` is one of `InputChatlist`'s constructors. */
export declare function isTypeInputChatlist(value: unknown): value is TypeInputChatlist;
/** True when `value` is one of `InputClientProxy`'s constructors. */
export declare function isTypeInputClientProxy(value: unknown): value is TypeInputClientProxy;
/** True when `value` is one of `InputDocument`'s constructors. */
export declare function isTypeInputDocument(value: unknown): value is TypeInputDocument;
/** True when `value` is one of `InputFile`'s constructors. */
export declare function isTypeInputFile(value: unknown): value is TypeInputFile;
/** True when `value` is one of `InputGame`'s constructors. */
export declare function isTypeInputGame(value: unknown): value is TypeInputGame;
/** True when `value` is one of `InputGeoPoint`'s constructors. */
export declare function isTypeInputGeoPoint(value: unknown): value is TypeInputGeoPoint;
/** True when `value` is one of `InputGroupCall`'s constructors. */
export declare function isTypeInputGroupCall(value: unknown): value is TypeInputGroupCall;
/** True when `value` is one of `InputMedia`'s constructors. */
export declare function isTypeInputMedia(value: unknown): value is TypeInputMedia;
/** True when `value` is one of `InputPeer`'s constructors. */
export declare function isTypeInputPeer(value: unknown): value is TypeInputPeer;
/** True when `value` is one of `InputPhoto`'s constructors. */
export declare function isTypeInputPhoto(value: unknown): value is TypeInputPhoto;
/** True when `value` is one of `InputReplyTo`'s constructors. */
export declare function isTypeInputReplyTo(value: unknown): value is TypeInputReplyTo;
/** True when `value` is one of `InputRichFile`'s constructors. */
export declare function isTypeInputRichFile(value: unknown): value is TypeInputRichFile;
/** True when `value` is one of `InputRichMessage`'s constructors. */
export declare function isTypeInputRichMessage(value: unknown): value is TypeInputRichMessage;
/** True when `value` is one of `InputStickerSet`'s constructors. */
export declare function isTypeInputStickerSet(value: unknown): value is TypeInputStickerSet;
/** True when `value` is one of `InputUser`'s constructors. */
export declare function isTypeInputUser(value: unknown): value is TypeInputUser;
/** True when `value` is one of `InputWebDocument`'s constructors. */
export declare function isTypeInputWebDocument(value: unknown): value is TypeInputWebDocument;
/** True when `value` is one of `Invoice`'s constructors. */
export declare function isTypeInvoice(value: unknown): value is TypeInvoice;
/** True when `value` is one of `JSONObjectValue`'s constructors. */
export declare function isTypeJSONObjectValue(value: unknown): value is TypeJSONObjectValue;
/** True when `value` is one of `JSONValue`'s constructors. */
export declare function isTypeJSONValue(value: unknown): value is TypeJSONValue;
/** True when `value` is one of `JoinChatBotResult`'s constructors. */
export declare function isTypeJoinChatBotResult(value: unknown): value is TypeJoinChatBotResult;
/** True when `value` is one of `KeyboardButton`'s constructors. */
export declare function isTypeKeyboardButton(value: unknown): value is TypeKeyboardButton;
/** True when `value` is one of `KeyboardButtonRow`'s constructors. */
export declare function isTypeKeyboardButtonRow(value: unknown): value is TypeKeyboardButtonRow;
/** True when `value` is one of `KeyboardButtonStyle`'s constructors. */
export declare function isTypeKeyboardButtonStyle(value: unknown): value is TypeKeyboardButtonStyle;
/** True when `value` is one of `LabeledPrice`'s constructors. */
export declare function isTypeLabeledPrice(value: unknown): value is TypeLabeledPrice;
/** True when `value` is one of `LangPackDifference`'s constructors. */
export declare function isTypeLangPackDifference(value: unknown): value is TypeLangPackDifference;
/** True when `value` is one of `LangPackString`'s constructors. */
export declare function isTypeLangPackString(value: unknown): value is TypeLangPackString;
/** True when `value` is one of `MaskCoords`'s constructors. */
export declare function isTypeMaskCoords(value: unknown): value is TypeMaskCoords;
/** True when `value` is one of `MediaArea`'s constructors. */
export declare function isTypeMediaArea(value: unknown): value is TypeMediaArea;
/** True when `value` is one of `MediaAreaCoordinates`'s constructors. */
export declare function isTypeMediaAreaCoordinates(value: unknown): value is TypeMediaAreaCoordinates;
/** True when `value` is one of `Message`'s constructors. */
export declare function isTypeMessage(value: unknown): value is TypeMessage;
/** True when `value` is one of `MessageAction`'s constructors. */
export declare function isTypeMessageAction(value: unknown): value is TypeMessageAction;
/** True when `value` is one of `MessageEntity`'s constructors. */
export declare function isTypeMessageEntity(value: unknown): value is TypeMessageEntity;
/** True when `value` is one of `MessageExtendedMedia`'s constructors. */
export declare function isTypeMessageExtendedMedia(value: unknown): value is TypeMessageExtendedMedia;
/** True when `value` is one of `MessageFwdHeader`'s constructors. */
export declare function isTypeMessageFwdHeader(value: unknown): value is TypeMessageFwdHeader;
/** True when `value` is one of `MessageMedia`'s constructors. */
export declare function isTypeMessageMedia(value: unknown): value is TypeMessageMedia;
/** True when `value` is one of `MessagePeerReaction`'s constructors. */
export declare function isTypeMessagePeerReaction(value: unknown): value is TypeMessagePeerReaction;
/** True when `value` is one of `MessageReactions`'s constructors. */
export declare function isTypeMessageReactions(value: unknown): value is TypeMessageReactions;
/** True when `value` is one of `MessageReactor`'s constructors. */
export declare function isTypeMessageReactor(value: unknown): value is TypeMessageReactor;
/** True when `value` is one of `MessageReplies`'s constructors. */
export declare function isTypeMessageReplies(value: unknown): value is TypeMessageReplies;
/** True when `value` is one of `MessageReplyHeader`'s constructors. */
export declare function isTypeMessageReplyHeader(value: unknown): value is TypeMessageReplyHeader;
/** True when `value` is one of `MissingInvitee`'s constructors. */
export declare function isTypeMissingInvitee(value: unknown): value is TypeMissingInvitee;
/** True when `value` is one of `NotificationSound`'s constructors. */
export declare function isTypeNotificationSound(value: unknown): value is TypeNotificationSound;
/** True when `value` is one of `NotifyPeer`'s constructors. */
export declare function isTypeNotifyPeer(value: unknown): value is TypeNotifyPeer;
/** True when `value` is one of `Page`'s constructors. */
export declare function isTypePage(value: unknown): value is TypePage;
/** True when `value` is one of `PageBlock`'s constructors. */
export declare function isTypePageBlock(value: unknown): value is TypePageBlock;
/** True when `value` is one of `PageCaption`'s constructors. */
export declare function isTypePageCaption(value: unknown): value is TypePageCaption;
/** True when `value` is one of `PageListItem`'s constructors. */
export declare function isTypePageListItem(value: unknown): value is TypePageListItem;
/** True when `value` is one of `PageListOrderedItem`'s constructors. */
export declare function isTypePageListOrderedItem(value: unknown): value is TypePageListOrderedItem;
/** True when `value` is one of `PageRelatedArticle`'s constructors. */
export declare function isTypePageRelatedArticle(value: unknown): value is TypePageRelatedArticle;
/** True when `value` is one of `PageTableCell`'s constructors. */
export declare function isTypePageTableCell(value: unknown): value is TypePageTableCell;
/** True when `value` is one of `PageTableRow`'s constructors. */
export declare function isTypePageTableRow(value: unknown): value is TypePageTableRow;
/** True when `value` is one of `PaidReactionPrivacy`'s constructors. */
export declare function isTypePaidReactionPrivacy(value: unknown): value is TypePaidReactionPrivacy;
/** True when `value` is one of `PaymentCharge`'s constructors. */
export declare function isTypePaymentCharge(value: unknown): value is TypePaymentCharge;
/** True when `value` is one of `PaymentRequestedInfo`'s constructors. */
export declare function isTypePaymentRequestedInfo(value: unknown): value is TypePaymentRequestedInfo;
/** True when `value` is one of `Peer`'s constructors. */
export declare function isTypePeer(value: unknown): value is TypePeer;
/** True when `value` is one of `PeerColor`'s constructors. */
export declare function isTypePeerColor(value: unknown): value is TypePeerColor;
/** True when `value` is one of `PeerLocated`'s constructors. */
export declare function isTypePeerLocated(value: unknown): value is TypePeerLocated;
/** True when `value` is one of `PeerNotifySettings`'s constructors. */
export declare function isTypePeerNotifySettings(value: unknown): value is TypePeerNotifySettings;
/** True when `value` is one of `PeerSettings`'s constructors. */
export declare function isTypePeerSettings(value: unknown): value is TypePeerSettings;
/** True when `value` is one of `PhoneCall`'s constructors. */
export declare function isTypePhoneCall(value: unknown): value is TypePhoneCall;
/** True when `value` is one of `PhoneCallDiscardReason`'s constructors. */
export declare function isTypePhoneCallDiscardReason(value: unknown): value is TypePhoneCallDiscardReason;
/** True when `value` is one of `PhoneCallProtocol`'s constructors. */
export declare function isTypePhoneCallProtocol(value: unknown): value is TypePhoneCallProtocol;
/** True when `value` is one of `PhoneConnection`'s constructors. */
export declare function isTypePhoneConnection(value: unknown): value is TypePhoneConnection;
/** True when `value` is one of `Photo`'s constructors. */
export declare function isTypePhoto(value: unknown): value is TypePhoto;
/** True when `value` is one of `PhotoSize`'s constructors. */
export declare function isTypePhotoSize(value: unknown): value is TypePhotoSize;
/** True when `value` is one of `Poll`'s constructors. */
export declare function isTypePoll(value: unknown): value is TypePoll;
/** True when `value` is one of `PollAnswer`'s constructors. */
export declare function isTypePollAnswer(value: unknown): value is TypePollAnswer;
/** True when `value` is one of `PollAnswerVoters`'s constructors. */
export declare function isTypePollAnswerVoters(value: unknown): value is TypePollAnswerVoters;
/** True when `value` is one of `PollResults`'s constructors. */
export declare function isTypePollResults(value: unknown): value is TypePollResults;
/** True when `value` is one of `PostAddress`'s constructors. */
export declare function isTypePostAddress(value: unknown): value is TypePostAddress;
/** True when `value` is one of `PrivacyKey`'s constructors. */
export declare function isTypePrivacyKey(value: unknown): value is TypePrivacyKey;
/** True when `value` is one of `PrivacyRule`'s constructors. */
export declare function isTypePrivacyRule(value: unknown): value is TypePrivacyRule;
/** True when `value` is one of `QuickReply`'s constructors. */
export declare function isTypeQuickReply(value: unknown): value is TypeQuickReply;
/** True when `value` is one of `Reaction`'s constructors. */
export declare function isTypeReaction(value: unknown): value is TypeReaction;
/** True when `value` is one of `ReactionCount`'s constructors. */
export declare function isTypeReactionCount(value: unknown): value is TypeReactionCount;
/** True when `value` is one of `RecentStory`'s constructors. */
export declare function isTypeRecentStory(value: unknown): value is TypeRecentStory;
/** True when `value` is one of `ReplyMarkup`'s constructors. */
export declare function isTypeReplyMarkup(value: unknown): value is TypeReplyMarkup;
/** True when `value` is one of `RequestPeerType`'s constructors. */
export declare function isTypeRequestPeerType(value: unknown): value is TypeRequestPeerType;
/** True when `value` is one of `RequestedPeer`'s constructors. */
export declare function isTypeRequestedPeer(value: unknown): value is TypeRequestedPeer;
/** True when `value` is one of `RestrictionReason`'s constructors. */
export declare function isTypeRestrictionReason(value: unknown): value is TypeRestrictionReason;
/** True when `value` is one of `RichMessage`'s constructors. */
export declare function isTypeRichMessage(value: unknown): value is TypeRichMessage;
/** True when `value` is one of `RichText`'s constructors. */
export declare function isTypeRichText(value: unknown): value is TypeRichText;
/** True when `value` is one of `SecureCredentialsEncrypted`'s constructors. */
export declare function isTypeSecureCredentialsEncrypted(value: unknown): value is TypeSecureCredentialsEncrypted;
/** True when `value` is one of `SecureData`'s constructors. */
export declare function isTypeSecureData(value: unknown): value is TypeSecureData;
/** True when `value` is one of `SecureFile`'s constructors. */
export declare function isTypeSecureFile(value: unknown): value is TypeSecureFile;
/** True when `value` is one of `SecurePlainData`'s constructors. */
export declare function isTypeSecurePlainData(value: unknown): value is TypeSecurePlainData;
/** True when `value` is one of `SecureValue`'s constructors. */
export declare function isTypeSecureValue(value: unknown): value is TypeSecureValue;
/** True when `value` is one of `SecureValueType`'s constructors. */
export declare function isTypeSecureValueType(value: unknown): value is TypeSecureValueType;
/** True when `value` is one of `SendMessageAction`'s constructors. */
export declare function isTypeSendMessageAction(value: unknown): value is TypeSendMessageAction;
/** True when `value` is one of `StarGift`'s constructors. */
export declare function isTypeStarGift(value: unknown): value is TypeStarGift;
/** True when `value` is one of `StarGiftAttribute`'s constructors. */
export declare function isTypeStarGiftAttribute(value: unknown): value is TypeStarGiftAttribute;
/** True when `value` is one of `StarGiftAttributeRarity`'s constructors. */
export declare function isTypeStarGiftAttributeRarity(value: unknown): value is TypeStarGiftAttributeRarity;
/** True when `value` is one of `StarGiftAuctionRound`'s constructors. */
export declare function isTypeStarGiftAuctionRound(value: unknown): value is TypeStarGiftAuctionRound;
/** True when `value` is one of `StarGiftAuctionState`'s constructors. */
export declare function isTypeStarGiftAuctionState(value: unknown): value is TypeStarGiftAuctionState;
/** True when `value` is one of `StarGiftAuctionUserState`'s constructors. */
export declare function isTypeStarGiftAuctionUserState(value: unknown): value is TypeStarGiftAuctionUserState;
/** True when `value` is one of `StarGiftBackground`'s constructors. */
export declare function isTypeStarGiftBackground(value: unknown): value is TypeStarGiftBackground;
/** True when `value` is one of `StarsAmount`'s constructors. */
export declare function isTypeStarsAmount(value: unknown): value is TypeStarsAmount;
/** True when `value` is one of `StarsRevenueStatus`'s constructors. */
export declare function isTypeStarsRevenueStatus(value: unknown): value is TypeStarsRevenueStatus;
/** True when `value` is one of `StarsSubscriptionPricing`'s constructors. */
export declare function isTypeStarsSubscriptionPricing(value: unknown): value is TypeStarsSubscriptionPricing;
/** True when `value` is one of `StickerKeyword`'s constructors. */
export declare function isTypeStickerKeyword(value: unknown): value is TypeStickerKeyword;
/** True when `value` is one of `StickerPack`'s constructors. */
export declare function isTypeStickerPack(value: unknown): value is TypeStickerPack;
/** True when `value` is one of `StickerSet`'s constructors. */
export declare function isTypeStickerSet(value: unknown): value is TypeStickerSet;
/** True when `value` is one of `StoriesStealthMode`'s constructors. */
export declare function isTypeStoriesStealthMode(value: unknown): value is TypeStoriesStealthMode;
/** True when `value` is one of `StoryFwdHeader`'s constructors. */
export declare function isTypeStoryFwdHeader(value: unknown): value is TypeStoryFwdHeader;
/** True when `value` is one of `StoryItem`'s constructors. */
export declare function isTypeStoryItem(value: unknown): value is TypeStoryItem;
/** True when `value` is one of `StoryViews`'s constructors. */
export declare function isTypeStoryViews(value: unknown): value is TypeStoryViews;
/** True when `value` is one of `SuggestedPost`'s constructors. */
export declare function isTypeSuggestedPost(value: unknown): value is TypeSuggestedPost;
/** True when `value` is one of `TextWithEntities`'s constructors. */
export declare function isTypeTextWithEntities(value: unknown): value is TypeTextWithEntities;
/** True when `value` is one of `Theme`'s constructors. */
export declare function isTypeTheme(value: unknown): value is TypeTheme;
/** True when `value` is one of `ThemeSettings`'s constructors. */
export declare function isTypeThemeSettings(value: unknown): value is TypeThemeSettings;
/** True when `value` is one of `TodoCompletion`'s constructors. */
export declare function isTypeTodoCompletion(value: unknown): value is TypeTodoCompletion;
/** True when `value` is one of `TodoItem`'s constructors. */
export declare function isTypeTodoItem(value: unknown): value is TypeTodoItem;
/** True when `value` is one of `TodoList`'s constructors. */
export declare function isTypeTodoList(value: unknown): value is TypeTodoList;
/** True when `value` is one of `Update`'s constructors. */
export declare function isTypeUpdate(value: unknown): value is TypeUpdate;
/** True when `value` is one of `Updates`'s constructors. */
export declare function isTypeUpdates(value: unknown): value is TypeUpdates;
/** True when `value` is one of `User`'s constructors. */
export declare function isTypeUser(value: unknown): value is TypeUser;
/** True when `value` is one of `UserProfilePhoto`'s constructors. */
export declare function isTypeUserProfilePhoto(value: unknown): value is TypeUserProfilePhoto;
/** True when `value` is one of `UserStatus`'s constructors. */
export declare function isTypeUserStatus(value: unknown): value is TypeUserStatus;
/** True when `value` is one of `Username`'s constructors. */
export declare function isTypeUsername(value: unknown): value is TypeUsername;
/** True when `value` is one of `VideoSize`'s constructors. */
export declare function isTypeVideoSize(value: unknown): value is TypeVideoSize;
/** True when `value` is one of `WallPaper`'s constructors. */
export declare function isTypeWallPaper(value: unknown): value is TypeWallPaper;
/** True when `value` is one of `WallPaperSettings`'s constructors. */
export declare function isTypeWallPaperSettings(value: unknown): value is TypeWallPaperSettings;
/** True when `value` is one of `WebDocument`'s constructors. */
export declare function isTypeWebDocument(value: unknown): value is TypeWebDocument;
/** True when `value` is one of `WebDomainException`'s constructors. */
export declare function isTypeWebDomainException(value: unknown): value is TypeWebDomainException;
/** True when `value` is one of `WebPage`'s constructors. */
export declare function isTypeWebPage(value: unknown): value is TypeWebPage;
/** True when `value` is one of `WebPageAttribute`'s constructors. */
export declare function isTypeWebPageAttribute(value: unknown): value is TypeWebPageAttribute;
/** True when `value` is one of `WebViewResult`'s constructors. */
export declare function isTypeWebViewResult(value: unknown): value is TypeWebViewResult;
/** True when `value` is one of `auth.Authorization`'s constructors. */
export declare function isTypeAuthAuthorization(value: unknown): value is TypeAuthAuthorization;
/** True when `value` is one of `auth.CodeType`'s constructors. */
export declare function isTypeAuthCodeType(value: unknown): value is TypeAuthCodeType;
/** True when `value` is one of `auth.SentCode`'s constructors. */
export declare function isTypeAuthSentCode(value: unknown): value is TypeAuthSentCode;
/** True when `value` is one of `auth.SentCodeType`'s constructors. */
export declare function isTypeAuthSentCodeType(value: unknown): value is TypeAuthSentCodeType;
/** True when `value` is one of `chatlists.ChatlistInvite`'s constructors. */
export declare function isTypeChatlistsChatlistInvite(value: unknown): value is TypeChatlistsChatlistInvite;
/** True when `value` is one of `chatlists.ExportedChatlistInvite`'s constructors. */
export declare function isTypeChatlistsExportedChatlistInvite(value: unknown): value is TypeChatlistsExportedChatlistInvite;
/** True when `value` is one of `chatlists.ExportedInvites`'s constructors. */
export declare function isTypeChatlistsExportedInvites(value: unknown): value is TypeChatlistsExportedInvites;
/** True when `value` is one of `help.InviteText`'s constructors. */
export declare function isTypeHelpInviteText(value: unknown): value is TypeHelpInviteText;
/** True when `value` is one of `help.TermsOfService`'s constructors. */
export declare function isTypeHelpTermsOfService(value: unknown): value is TypeHelpTermsOfService;
/** True when `value` is one of `messages.ChatAdminsWithInvites`'s constructors. */
export declare function isTypeMessagesChatAdminsWithInvites(value: unknown): value is TypeMessagesChatAdminsWithInvites;
/** True when `value` is one of `messages.ChatInviteImporters`'s constructors. */
export declare function isTypeMessagesChatInviteImporters(value: unknown): value is TypeMessagesChatInviteImporters;
/** True when `value` is one of `messages.ChatInviteJoinResult`'s constructors. */
export declare function isTypeMessagesChatInviteJoinResult(value: unknown): value is TypeMessagesChatInviteJoinResult;
/** True when `value` is one of `messages.EmojiGameInfo`'s constructors. */
export declare function isTypeMessagesEmojiGameInfo(value: unknown): value is TypeMessagesEmojiGameInfo;
/** True when `value` is one of `messages.EmojiGameOutcome`'s constructors. */
export declare function isTypeMessagesEmojiGameOutcome(value: unknown): value is TypeMessagesEmojiGameOutcome;
/** True when `value` is one of `messages.ExportedChatInvite`'s constructors. */
export declare function isTypeMessagesExportedChatInvite(value: unknown): value is TypeMessagesExportedChatInvite;
/** True when `value` is one of `messages.ExportedChatInvites`'s constructors. */
export declare function isTypeMessagesExportedChatInvites(value: unknown): value is TypeMessagesExportedChatInvites;
/** True when `value` is one of `messages.InvitedUsers`'s constructors. */
export declare function isTypeMessagesInvitedUsers(value: unknown): value is TypeMessagesInvitedUsers;
/** True when `value` is one of `messages.StickerSet`'s constructors. */
export declare function isTypeMessagesStickerSet(value: unknown): value is TypeMessagesStickerSet;
/** True when `value` is one of `phone.ExportedGroupCallInvite`'s constructors. */
export declare function isTypePhoneExportedGroupCallInvite(value: unknown): value is TypePhoneExportedGroupCallInvite;
export { LAYER } from "./layer.js";
