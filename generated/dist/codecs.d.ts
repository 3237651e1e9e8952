import type { TlReader, TlWriter } from "./runtime/index.js";
import type { AuctionBidLevel, AuthAuthorization, AuthAuthorizationSignUpRequired, AuthCodeTypeCall, AuthCodeTypeFlashCall, AuthCodeTypeFragmentSms, AuthCodeTypeMissedCall, AuthCodeTypeSms, AuthSentCode, AuthSentCodePaymentRequired, AuthSentCodeSuccess, AuthSentCodeTypeApp, AuthSentCodeTypeCall, AuthSentCodeTypeEmailCode, AuthSentCodeTypeFirebaseSms, AuthSentCodeTypeFlashCall, AuthSentCodeTypeFragmentSms, AuthSentCodeTypeMissedCall, AuthSentCodeTypeSetUpEmailRequired, AuthSentCodeTypeSms, AuthSentCodeTypeSmsPhrase, AuthSentCodeTypeSmsWord, BaseThemeArctic, BaseThemeClassic, BaseThemeDay, BaseThemeNight, BaseThemeTinted, Birthday, Boost, BotApp, BotAppNotModified, BotBusinessConnection, BotCommand, BotMenuButton, BotMenuButtonCommands, BotMenuButtonDefault, BotVerification, BusinessBotRights, Channel, ChannelForbidden, ChannelParticipant, ChannelParticipantAdmin, ChannelParticipantBanned, ChannelParticipantCreator, ChannelParticipantLeft, ChannelParticipantSelf, Chat, ChatAdminRights, ChatAdminWithInvites, ChatBannedRights, ChatEmpty, ChatForbidden, ChatInvite, ChatInviteAlready, ChatInviteExported, ChatInviteImporter, ChatInvitePeek, ChatInvitePublicJoinRequests, ChatParticipant, ChatParticipantAdmin, ChatParticipantCreator, ChatParticipants, ChatParticipantsForbidden, ChatPhoto, ChatPhotoEmpty, ChatTheme, ChatThemeUniqueGift, ChatlistsChatlistInvite, ChatlistsChatlistInviteAlready, ChatlistsExportedChatlistInvite, ChatlistsExportedInvites, DataJSON, DcOption, DialogFilter, DialogFilterChatlist, DialogFilterDefault, DialogPeer, DialogPeerFolder, Document, DocumentAttributeAnimated, DocumentAttributeAudio, DocumentAttributeCustomEmoji, DocumentAttributeFilename, DocumentAttributeHasStickers, DocumentAttributeImageSize, DocumentAttributeSticker, DocumentAttributeVideo, DocumentEmpty, DraftMessage, DraftMessageEmpty, EmojiStatus, EmojiStatusCollectible, EmojiStatusEmpty, EncryptedChat, EncryptedChatDiscarded, EncryptedChatEmpty, EncryptedChatRequested, EncryptedChatWaiting, EncryptedFile, EncryptedFileEmpty, EncryptedMessage, EncryptedMessageService, ExportedChatlistInvite, FactCheck, FolderPeer, Game, GeoPoint, GeoPointAddress, GeoPointEmpty, GroupCall, GroupCallDiscarded, GroupCallMessage, GroupCallParticipant, GroupCallParticipantVideo, GroupCallParticipantVideoSourceGroup, HelpInviteText, HelpTermsOfService, InlineQueryPeerTypeBotPM, InlineQueryPeerTypeBroadcast, InlineQueryPeerTypeChat, InlineQueryPeerTypeMegagroup, InlineQueryPeerTypePM, InlineQueryPeerTypeSameBotPM, InputBotInlineMessageID, InputBotInlineMessageID64, InputChannel, InputChannelEmpty, InputChannelFromMessage, InputChatlistDialogFilter, InputClientProxy, InputDocument, InputDocumentEmpty, InputEmojiStatusCollectible, InputFile, InputFileBig, InputFileStoryDocument, InputGameID, InputGameShortName, InputGeoPoint, InputGeoPointEmpty, InputGroupCall, InputGroupCallInviteMessage, InputGroupCallSlug, InputKeyboardButtonRequestPeer, InputKeyboardButtonUrlAuth, InputKeyboardButtonUserProfile, InputMediaAreaChannelPost, InputMediaAreaVenue, InputMediaContact, InputMediaDice, InputMediaDocument, InputMediaDocumentExternal, InputMediaEmpty, InputMediaGame, InputMediaGeoLive, InputMediaGeoPoint, InputMediaInvoice, InputMediaPaidMedia, InputMediaPhoto, InputMediaPhotoExternal, InputMediaPoll, InputMediaStakeDice, InputMediaStory, InputMediaTodo, InputMediaUploadedDocument, InputMediaUploadedPhoto, InputMediaVenue, InputMediaWebPage, InputMessageEntityMentionName, InputPageBlockMap, InputPeerChannel, InputPeerChannelFromMessage, InputPeerChat, InputPeerColorCollectible, InputPeerEmpty, InputPeerSelf, InputPeerUser, InputPeerUserFromMessage, InputPhoto, InputPhotoEmpty, InputPollAnswer, InputReplyToMessage, InputReplyToMonoForum, InputReplyToStory, InputRichFileDocument, InputRichFilePhoto, InputRichMessage, InputRichMessageHTML, InputRichMessageMarkdown, InputSendMessageRichMessageDraftAction, InputStickerSetAnimatedEmoji, InputStickerSetAnimatedEmojiAnimations, InputStickerSetDice, InputStickerSetEmojiChannelDefaultStatuses, InputStickerSetEmojiDefaultStatuses, InputStickerSetEmojiDefaultTopicIcons, InputStickerSetEmojiGenericAnimations, InputStickerSetEmpty, InputStickerSetID, InputStickerSetPremiumGifts, InputStickerSetShortName, InputStickerSetTonGifts, InputUser, InputUserEmpty, InputUserFromMessage, InputUserSelf, InputWebDocument, Invoice, JoinChatBotResultApproved, JoinChatBotResultDeclined, JoinChatBotResultQueued, JoinChatBotResultWebView, JsonArray, JsonBool, JsonNull, JsonNumber, JsonObject, JsonObjectValue, JsonString, KeyboardButton, KeyboardButtonBuy, KeyboardButtonCallback, KeyboardButtonCopy, KeyboardButtonGame, KeyboardButtonRequestGeoLocation, KeyboardButtonRequestPeer, KeyboardButtonRequestPhone, KeyboardButtonRequestPoll, KeyboardButtonRow, KeyboardButtonSimpleWebView, KeyboardButtonStyle, KeyboardButtonSwitchInline, KeyboardButtonUrl, KeyboardButtonUrlAuth, KeyboardButtonUserProfile, KeyboardButtonWebView, LabeledPrice, LangPackDifference, LangPackString, LangPackStringDeleted, LangPackStringPluralized, MaskCoords, MediaAreaChannelPost, MediaAreaCoordinates, MediaAreaGeoPoint, MediaAreaStarGift, MediaAreaSuggestedReaction, MediaAreaUrl, MediaAreaVenue, MediaAreaWeather, Message, MessageActionBoostApply, MessageActionBotAllowed, MessageActionChangeCreator, MessageActionChannelCreate, MessageActionChannelMigrateFrom, MessageActionChatAddUser, MessageActionChatCreate, MessageActionChatDeletePhoto, MessageActionChatDeleteUser, MessageActionChatEditPhoto, MessageActionChatEditTitle, MessageActionChatJoinedByLink, MessageActionChatJoinedByRequest, MessageActionChatMigrateTo, MessageActionConferenceCall, MessageActionContactSignUp, MessageActionCustomAction, MessageActionEmpty, MessageActionGameScore, MessageActionGeoProximityReached, MessageActionGiftCode, MessageActionGiftPremium, MessageActionGiftStars, MessageActionGiftTon, MessageActionGiveawayLaunch, MessageActionGiveawayResults, MessageActionGroupCall, MessageActionGroupCallScheduled, MessageActionHistoryClear, MessageActionInviteToGroupCall, MessageActionManagedBotCreated, MessageActionNewCreatorPending, MessageActionNoForwardsRequest, MessageActionNoForwardsToggle, MessageActionPaidMessagesPrice, MessageActionPaidMessagesRefunded, MessageActionPaymentRefunded, MessageActionPaymentSent, MessageActionPaymentSentMe, MessageActionPhoneCall, MessageActionPinMessage, MessageActionPollAppendAnswer, MessageActionPollDeleteAnswer, MessageActionPrizeStars, MessageActionRequestedPeer, MessageActionRequestedPeerSentMe, MessageActionScreenshotTaken, MessageActionSecureValuesSent, MessageActionSecureValuesSentMe, MessageActionSetChatTheme, MessageActionSetChatWallPaper, MessageActionSetMessagesTTL, MessageActionStarGift, MessageActionStarGiftPurchaseOffer, MessageActionStarGiftPurchaseOfferDeclined, MessageActionStarGiftUnique, MessageActionSuggestBirthday, MessageActionSuggestProfilePhoto, MessageActionSuggestedPostApproval, MessageActionSuggestedPostRefund, MessageActionSuggestedPostSuccess, MessageActionTodoAppendTasks, MessageActionTodoCompletions, MessageActionTopicCreate, MessageActionTopicEdit, MessageActionWebViewDataSent, MessageActionWebViewDataSentMe, MessageEmpty, MessageEntityBankCard, MessageEntityBlockquote, MessageEntityBold, MessageEntityBotCommand, MessageEntityCashtag, MessageEntityCode, MessageEntityCustomEmoji, MessageEntityDiffDelete, MessageEntityDiffInsert, MessageEntityDiffReplace, MessageEntityEmail, MessageEntityFormattedDate, MessageEntityHashtag, MessageEntityItalic, MessageEntityMention, MessageEntityMentionName, MessageEntityPhone, MessageEntityPre, MessageEntitySpoiler, MessageEntityStrike, MessageEntityTextUrl, MessageEntityUnderline, MessageEntityUnknown, MessageEntityUrl, MessageExtendedMedia, MessageExtendedMediaPreview, MessageFwdHeader, MessageMediaContact, MessageMediaDice, MessageMediaDocument, MessageMediaEmpty, MessageMediaGame, MessageMediaGeo, MessageMediaGeoLive, MessageMediaGiveaway, MessageMediaGiveawayResults, MessageMediaInvoice, MessageMediaPaidMedia, MessageMediaPhoto, MessageMediaPoll, MessageMediaStory, MessageMediaToDo, MessageMediaUnsupported, MessageMediaVenue, MessageMediaVideoStream, MessageMediaWebPage, MessagePeerReaction, MessageReactions, MessageReactor, MessageReplies, MessageReplyHeader, MessageReplyStoryHeader, MessageService, MessagesChatAdminsWithInvites, MessagesChatInviteImporters, MessagesChatInviteJoinResultOk, MessagesChatInviteJoinResultWebView, MessagesEmojiGameDiceInfo, MessagesEmojiGameOutcome, MessagesEmojiGameUnavailable, MessagesExportedChatInvite, MessagesExportedChatInviteReplaced, MessagesExportedChatInvites, MessagesInvitedUsers, MessagesStickerSet, MessagesStickerSetNotModified, MissingInvitee, NotificationSoundDefault, NotificationSoundLocal, NotificationSoundNone, NotificationSoundRingtone, NotifyBroadcasts, NotifyChats, NotifyForumTopic, NotifyPeer, NotifyUsers, Page, PageBlockAnchor, PageBlockAudio, PageBlockAuthorDate, PageBlockBlockquote, PageBlockBlockquoteBlocks, PageBlockChannel, PageBlockCollage, PageBlockCover, PageBlockDetails, PageBlockDivider, PageBlockEmbed, PageBlockEmbedPost, PageBlockFooter, PageBlockHeader, PageBlockHeading1, PageBlockHeading2, PageBlockHeading3, PageBlockHeading4, PageBlockHeading5, PageBlockHeading6, PageBlockKicker, PageBlockList, PageBlockMap, PageBlockMath, PageBlockOrderedList, PageBlockParagraph, PageBlockPhoto, PageBlockPreformatted, PageBlockPullquote, PageBlockRelatedArticles, PageBlockSlideshow, PageBlockSubheader, PageBlockSubtitle, PageBlockTable, PageBlockThinking, PageBlockTitle, PageBlockUnsupported, PageBlockVideo, PageCaption, PageListItemBlocks, PageListItemText, PageListOrderedItemBlocks, PageListOrderedItemText, PageRelatedArticle, PageTableCell, PageTableRow, PaidReactionPrivacyAnonymous, PaidReactionPrivacyDefault, PaidReactionPrivacyPeer, PaymentCharge, PaymentRequestedInfo, PeerChannel, PeerChat, PeerColor, PeerColorCollectible, PeerLocated, PeerNotifySettings, PeerSelfLocated, PeerSettings, PeerUser, PhoneCall, PhoneCallAccepted, PhoneCallDiscardReasonBusy, PhoneCallDiscardReasonDisconnect, PhoneCallDiscardReasonHangup, PhoneCallDiscardReasonMigrateConferenceCall, PhoneCallDiscardReasonMissed, PhoneCallDiscarded, PhoneCallEmpty, PhoneCallProtocol, PhoneCallRequested, PhoneCallWaiting, PhoneConnection, PhoneConnectionWebrtc, PhoneExportedGroupCallInvite, Photo, PhotoCachedSize, PhotoEmpty, PhotoPathSize, PhotoSize, PhotoSizeEmpty, PhotoSizeProgressive, PhotoStrippedSize, Poll, PollAnswer, PollAnswerVoters, PollResults, PostAddress, PrivacyKeyAbout, PrivacyKeyAddedByPhone, PrivacyKeyBirthday, PrivacyKeyChatInvite, PrivacyKeyForwards, PrivacyKeyNoPaidMessages, PrivacyKeyPhoneCall, PrivacyKeyPhoneNumber, PrivacyKeyPhoneP2P, PrivacyKeyProfilePhoto, PrivacyKeySavedMusic, PrivacyKeyStarGiftsAutoSave, PrivacyKeyStatusTimestamp, PrivacyKeyVoiceMessages, PrivacyValueAllowAll, PrivacyValueAllowBots, PrivacyValueAllowChatParticipants, PrivacyValueAllowCloseFriends, PrivacyValueAllowContacts, PrivacyValueAllowPremium, PrivacyValueAllowUsers, PrivacyValueDisallowAll, PrivacyValueDisallowBots, PrivacyValueDisallowChatParticipants, PrivacyValueDisallowContacts, PrivacyValueDisallowUsers, QuickReply, ReactionCount, ReactionCustomEmoji, ReactionEmoji, ReactionEmpty, ReactionPaid, RecentStory, ReplyInlineMarkup, ReplyKeyboardForceReply, ReplyKeyboardHide, ReplyKeyboardMarkup, RequestPeerTypeBroadcast, RequestPeerTypeChat, RequestPeerTypeCreateBot, RequestPeerTypeUser, RequestedPeerChannel, RequestedPeerChat, RequestedPeerUser, RestrictionReason, RichMessage, SecureCredentialsEncrypted, SecureData, SecureFile, SecureFileEmpty, SecurePlainEmail, SecurePlainPhone, SecureValue, SecureValueTypeAddress, SecureValueTypeBankStatement, SecureValueTypeDriverLicense, SecureValueTypeEmail, SecureValueTypeIdentityCard, SecureValueTypeInternalPassport, SecureValueTypePassport, SecureValueTypePassportRegistration, SecureValueTypePersonalDetails, SecureValueTypePhone, SecureValueTypeRentalAgreement, SecureValueTypeTemporaryRegistration, SecureValueTypeUtilityBill, SendMessageCancelAction, SendMessageChooseContactAction, SendMessageChooseStickerAction, SendMessageEmojiInteraction, SendMessageEmojiInteractionSeen, SendMessageGamePlayAction, SendMessageGeoLocationAction, SendMessageHistoryImportAction, SendMessageRecordAudioAction, SendMessageRecordRoundAction, SendMessageRecordVideoAction, SendMessageRichMessageDraftAction, SendMessageTextDraftAction, SendMessageTypingAction, SendMessageUploadAudioAction, SendMessageUploadDocumentAction, SendMessageUploadPhotoAction, SendMessageUploadRoundAction, SendMessageUploadVideoAction, SpeakingInGroupCallAction, StarGift, StarGiftAttributeBackdrop, StarGiftAttributeModel, StarGiftAttributeOriginalDetails, StarGiftAttributePattern, StarGiftAttributeRarity, StarGiftAttributeRarityEpic, StarGiftAttributeRarityLegendary, StarGiftAttributeRarityRare, StarGiftAttributeRarityUncommon, StarGiftAuctionRound, StarGiftAuctionRoundExtendable, StarGiftAuctionState, StarGiftAuctionStateFinished, StarGiftAuctionStateNotModified, StarGiftAuctionUserState, StarGiftBackground, StarGiftUnique, StarsAmount, StarsRevenueStatus, StarsSubscriptionPricing, StarsTonAmount, StickerKeyword, StickerPack, StickerSet, StoriesStealthMode, StoryFwdHeader, StoryItem, StoryItemDeleted, StoryItemSkipped, StoryViews, SuggestedPost, TextAnchor, TextAutoEmail, TextAutoPhone, TextAutoUrl, TextBankCard, TextBold, TextBotCommand, TextCashtag, TextConcat, TextCustomEmoji, TextDate, TextEmail, TextEmpty, TextFixed, TextHashtag, TextImage, TextItalic, TextMarked, TextMath, TextMention, TextMentionName, TextPhone, TextPlain, TextSpoiler, TextStrike, TextSubscript, TextSuperscript, TextUnderline, TextUrl, TextWithEntities, Theme, ThemeSettings, TodoCompletion, TodoItem, TodoList, TypeAuctionBidLevel, TypeAuthAuthorization, TypeAuthCodeType, TypeAuthSentCode, TypeAuthSentCodeType, TypeBaseTheme, TypeBirthday, TypeBoost, TypeBotApp, TypeBotBusinessConnection, TypeBotCommand, TypeBotMenuButton, TypeBotVerification, TypeBusinessBotRights, TypeChannelParticipant, TypeChat, TypeChatAdminRights, TypeChatAdminWithInvites, TypeChatBannedRights, TypeChatInvite, TypeChatInviteImporter, TypeChatParticipant, TypeChatParticipants, TypeChatPhoto, TypeChatTheme, TypeChatlistsChatlistInvite, TypeChatlistsExportedChatlistInvite, TypeChatlistsExportedInvites, TypeDataJSON, TypeDcOption, TypeDialogFilter, TypeDialogPeer, TypeDocument, TypeDocumentAttribute, TypeDraftMessage, TypeEmojiStatus, TypeEncryptedChat, TypeEncryptedFile, TypeEncryptedMessage, TypeExportedChatInvite, TypeExportedChatlistInvite, TypeFactCheck, TypeFolderPeer, TypeGame, TypeGeoPoint, TypeGeoPointAddress, TypeGroupCall, TypeGroupCallMessage, TypeGroupCallParticipant, TypeGroupCallParticipantVideo, TypeGroupCallParticipantVideoSourceGroup, TypeHelpInviteText, TypeHelpTermsOfService, TypeInlineQueryPeerType, TypeInputBotInlineMessageID, TypeInputChannel, TypeInputChatlist, TypeInputClientProxy, TypeInputDocument, TypeInputFile, TypeInputGame, TypeInputGeoPoint, TypeInputGroupCall, TypeInputMedia, TypeInputPeer, TypeInputPhoto, TypeInputReplyTo, TypeInputRichFile, TypeInputRichMessage, TypeInputStickerSet, TypeInputUser, TypeInputWebDocument, TypeInvoice, TypeJSONObjectValue, TypeJSONValue, TypeJoinChatBotResult, TypeKeyboardButton, TypeKeyboardButtonRow, TypeKeyboardButtonStyle, TypeLabeledPrice, TypeLangPackDifference, TypeLangPackString, TypeMaskCoords, TypeMediaArea, TypeMediaAreaCoordinates, TypeMessage, TypeMessageAction, TypeMessageEntity, TypeMessageExtendedMedia, TypeMessageFwdHeader, TypeMessageMedia, TypeMessagePeerReaction, TypeMessageReactions, TypeMessageReactor, TypeMessageReplies, TypeMessageReplyHeader, TypeMessagesChatAdminsWithInvites, TypeMessagesChatInviteImporters, TypeMessagesChatInviteJoinResult, TypeMessagesEmojiGameInfo, TypeMessagesEmojiGameOutcome, TypeMessagesExportedChatInvite, TypeMessagesExportedChatInvites, TypeMessagesInvitedUsers, TypeMessagesStickerSet, TypeMissingInvitee, TypeNotificationSound, TypeNotifyPeer, TypePage, TypePageBlock, TypePageCaption, TypePageListItem, TypePageListOrderedItem, TypePageRelatedArticle, TypePageTableCell, TypePageTableRow, TypePaidReactionPrivacy, TypePaymentCharge, TypePaymentRequestedInfo, TypePeer, TypePeerColor, TypePeerLocated, TypePeerNotifySettings, TypePeerSettings, TypePhoneCall, TypePhoneCallDiscardReason, TypePhoneCallProtocol, TypePhoneConnection, TypePhoneExportedGroupCallInvite, TypePhoto, TypePhotoSize, TypePoll, TypePollAnswer, TypePollAnswerVoters, TypePollResults, TypePostAddress, TypePrivacyKey, TypePrivacyRule, TypeQuickReply, TypeReaction, TypeReactionCount, TypeRecentStory, TypeReplyMarkup, TypeRequestPeerType, TypeRequestedPeer, TypeRestrictionReason, TypeRichMessage, TypeRichText, TypeSecureCredentialsEncrypted, TypeSecureData, TypeSecureFile, TypeSecurePlainData, TypeSecureValue, TypeSecureValueType, TypeSendMessageAction, TypeStarGift, TypeStarGiftAttribute, TypeStarGiftAttributeRarity, TypeStarGiftAuctionRound, TypeStarGiftAuctionState, TypeStarGiftAuctionUserState, TypeStarGiftBackground, TypeStarsAmount, TypeStarsRevenueStatus, TypeStarsSubscriptionPricing, TypeStickerKeyword, TypeStickerPack, TypeStickerSet, TypeStoriesStealthMode, TypeStoryFwdHeader, TypeStoryItem, TypeStoryViews, TypeSuggestedPost, TypeTextWithEntities, TypeTheme, TypeThemeSettings, TypeTodoCompletion, TypeTodoItem, TypeTodoList, TypeUpdate, TypeUpdates, TypeUser, TypeUserProfilePhoto, TypeUserStatus, TypeUsername, TypeVideoSize, TypeWallPaper, TypeWallPaperSettings, TypeWebDocument, TypeWebDomainException, TypeWebPage, TypeWebPageAttribute, TypeWebViewResult, UpdateAiComposeTones, UpdateAttachMenuBots, UpdateAutoSaveSettings, UpdateBotBusinessConnect, UpdateBotCallbackQuery, UpdateBotChatBoost, UpdateBotChatInviteRequester, UpdateBotCommands, UpdateBotDeleteBusinessMessage, UpdateBotEditBusinessMessage, UpdateBotGuestChatQuery, UpdateBotInlineQuery, UpdateBotInlineSend, UpdateBotMenuButton, UpdateBotMessageReaction, UpdateBotMessageReactions, UpdateBotNewBusinessMessage, UpdateBotPrecheckoutQuery, UpdateBotPurchasedPaidMedia, UpdateBotShippingQuery, UpdateBotStopped, UpdateBotWebhookJSON, UpdateBotWebhookJSONQuery, UpdateBusinessBotCallbackQuery, UpdateChannel, UpdateChannelAvailableMessages, UpdateChannelMessageForwards, UpdateChannelMessageViews, UpdateChannelParticipant, UpdateChannelPinnedTopic, UpdateChannelPinnedTopics, UpdateChannelReadMessagesContents, UpdateChannelTooLong, UpdateChannelUserTyping, UpdateChannelViewForumAsMessages, UpdateChannelWebPage, UpdateChat, UpdateChatDefaultBannedRights, UpdateChatParticipant, UpdateChatParticipantAdd, UpdateChatParticipantAdmin, UpdateChatParticipantDelete, UpdateChatParticipantRank, UpdateChatParticipants, UpdateChatUserTyping, UpdateConfig, UpdateContactsReset, UpdateDcOptions, UpdateDeleteChannelMessages, UpdateDeleteGroupCallMessages, UpdateDeleteMessages, UpdateDeleteQuickReply, UpdateDeleteQuickReplyMessages, UpdateDeleteScheduledMessages, UpdateDialogFilter, UpdateDialogFilterOrder, UpdateDialogFilters, UpdateDialogPinned, UpdateDialogUnreadMark, UpdateDraftMessage, UpdateEditChannelMessage, UpdateEditMessage, UpdateEmojiGameInfo, UpdateEncryptedChatTyping, UpdateEncryptedMessagesRead, UpdateEncryption, UpdateFavedStickers, UpdateFolderPeers, UpdateGeoLiveViewed, UpdateGroupCall, UpdateGroupCallChainBlocks, UpdateGroupCallConnection, UpdateGroupCallEncryptedMessage, UpdateGroupCallMessage, UpdateGroupCallParticipants, UpdateInlineBotCallbackQuery, UpdateJoinChatWebViewDecision, UpdateLangPack, UpdateLangPackTooLong, UpdateLoginToken, UpdateManagedBot, UpdateMessageExtendedMedia, UpdateMessageID, UpdateMessagePoll, UpdateMessagePollVote, UpdateMessageReactions, UpdateMonoForumNoPaidException, UpdateMoveStickerSetToTop, UpdateNewAuthorization, UpdateNewBotConnection, UpdateNewChannelMessage, UpdateNewEncryptedMessage, UpdateNewMessage, UpdateNewQuickReply, UpdateNewScheduledMessage, UpdateNewStickerSet, UpdateNewStoryReaction, UpdateNotifySettings, UpdatePaidReactionPrivacy, UpdatePeerBlocked, UpdatePeerHistoryTTL, UpdatePeerLocated, UpdatePeerSettings, UpdatePeerWallpaper, UpdatePendingJoinRequests, UpdatePhoneCall, UpdatePhoneCallSignalingData, UpdatePinnedChannelMessages, UpdatePinnedDialogs, UpdatePinnedForumTopic, UpdatePinnedForumTopics, UpdatePinnedMessages, UpdatePinnedSavedDialogs, UpdatePrivacy, UpdatePtsChanged, UpdateQuickReplies, UpdateQuickReplyMessage, UpdateReadChannelDiscussionInbox, UpdateReadChannelDiscussionOutbox, UpdateReadChannelInbox, UpdateReadChannelOutbox, UpdateReadFeaturedEmojiStickers, UpdateReadFeaturedStickers, UpdateReadHistoryInbox, UpdateReadHistoryOutbox, UpdateReadMessagesContents, UpdateReadMonoForumInbox, UpdateReadMonoForumOutbox, UpdateReadStories, UpdateRecentEmojiStatuses, UpdateRecentReactions, UpdateRecentStickers, UpdateSavedDialogPinned, UpdateSavedGifs, UpdateSavedReactionTags, UpdateSavedRingtones, UpdateSentPhoneCode, UpdateSentStoryReaction, UpdateServiceNotification, UpdateShort, UpdateShortChatMessage, UpdateShortMessage, UpdateShortSentMessage, UpdateSmsJob, UpdateStarGiftAuctionState, UpdateStarGiftAuctionUserState, UpdateStarGiftCraftFail, UpdateStarsBalance, UpdateStarsRevenueStatus, UpdateStickerSets, UpdateStickerSetsOrder, UpdateStoriesStealthMode, UpdateStory, UpdateStoryID, UpdateTheme, UpdateTranscribedAudio, UpdateUser, UpdateUserEmojiStatus, UpdateUserName, UpdateUserPhone, UpdateUserStatus, UpdateUserTyping, UpdateWebBrowserException, UpdateWebBrowserSettings, UpdateWebPage, UpdateWebViewResultSent, Updates, UpdatesCombined, UpdatesTooLong, User, UserEmpty, UserProfilePhoto, UserProfilePhotoEmpty, UserStatusEmpty, UserStatusLastMonth, UserStatusLastWeek, UserStatusOffline, UserStatusOnline, UserStatusRecently, Username, VideoSize, VideoSizeEmojiMarkup, VideoSizeStickerMarkup, WallPaper, WallPaperNoFile, WallPaperSettings, WebDocument, WebDocumentNoProxy, WebDomainException, WebPage, WebPageAttributeAiComposeTone, WebPageAttributeStarGiftAuction, WebPageAttributeStarGiftCollection, WebPageAttributeStickerSet, WebPageAttributeStory, WebPageAttributeTheme, WebPageAttributeUniqueStarGift, WebPageEmpty, WebPageNotModified, WebPagePending, WebViewResultUrl } from "./types.js";
/** Writes the fields of `auctionBidLevel` (bare: without its constructor id). */
export declare function writeAuctionBidLevel(w: TlWriter, v: AuctionBidLevel): void;
/** Reads the fields of `auctionBidLevel` (bare: its constructor id already read). */
export declare function readAuctionBidLevel(r: TlReader): AuctionBidLevel;
/** Writes the fields of `auth.authorization` (bare: without its constructor id). */
export declare function writeAuthAuthorization(w: TlWriter, v: AuthAuthorization): void;
/** Reads the fields of `auth.authorization` (bare: its constructor id already read). */
export declare function readAuthAuthorization(r: TlReader): AuthAuthorization;
/** Writes the fields of `auth.authorizationSignUpRequired` (bare: without its constructor id). */
export declare function writeAuthAuthorizationSignUpRequired(w: TlWriter, v: AuthAuthorizationSignUpRequired): void;
/** Reads the fields of `auth.authorizationSignUpRequired` (bare: its constructor id already read). */
export declare function readAuthAuthorizationSignUpRequired(r: TlReader): AuthAuthorizationSignUpRequired;
/** Writes the fields of `auth.codeTypeCall` (bare: without its constructor id). */
export declare function writeAuthCodeTypeCall(_w: TlWriter, _v: AuthCodeTypeCall): void;
/** Reads the fields of `auth.codeTypeCall` (bare: its constructor id already read). */
export declare function readAuthCodeTypeCall(_r: TlReader): AuthCodeTypeCall;
/** Writes the fields of `auth.codeTypeFlashCall` (bare: without its constructor id). */
export declare function writeAuthCodeTypeFlashCall(_w: TlWriter, _v: AuthCodeTypeFlashCall): void;
/** Reads the fields of `auth.codeTypeFlashCall` (bare: its constructor id already read). */
export declare function readAuthCodeTypeFlashCall(_r: TlReader): AuthCodeTypeFlashCall;
/** Writes the fields of `auth.codeTypeFragmentSms` (bare: without its constructor id). */
export declare function writeAuthCodeTypeFragmentSms(_w: TlWriter, _v: AuthCodeTypeFragmentSms): void;
/** Reads the fields of `auth.codeTypeFragmentSms` (bare: its constructor id already read). */
export declare function readAuthCodeTypeFragmentSms(_r: TlReader): AuthCodeTypeFragmentSms;
/** Writes the fields of `auth.codeTypeMissedCall` (bare: without its constructor id). */
export declare function writeAuthCodeTypeMissedCall(_w: TlWriter, _v: AuthCodeTypeMissedCall): void;
/** Reads the fields of `auth.codeTypeMissedCall` (bare: its constructor id already read). */
export declare function readAuthCodeTypeMissedCall(_r: TlReader): AuthCodeTypeMissedCall;
/** Writes the fields of `auth.codeTypeSms` (bare: without its constructor id). */
export declare function writeAuthCodeTypeSms(_w: TlWriter, _v: AuthCodeTypeSms): void;
/** Reads the fields of `auth.codeTypeSms` (bare: its constructor id already read). */
export declare function readAuthCodeTypeSms(_r: TlReader): AuthCodeTypeSms;
/** Writes the fields of `auth.sentCode` (bare: without its constructor id). */
export declare function writeAuthSentCode(w: TlWriter, v: AuthSentCode): void;
/** Reads the fields of `auth.sentCode` (bare: its constructor id already read). */
export declare function readAuthSentCode(r: TlReader): AuthSentCode;
/** Writes the fields of `auth.sentCodePaymentRequired` (bare: without its constructor id). */
export declare function writeAuthSentCodePaymentRequired(w: TlWriter, v: AuthSentCodePaymentRequired): void;
/** Reads the fields of `auth.sentCodePaymentRequired` (bare: its constructor id already read). */
export declare function readAuthSentCodePaymentRequired(r: TlReader): AuthSentCodePaymentRequired;
/** Writes the fields of `auth.sentCodeSuccess` (bare: without its constructor id). */
export declare function writeAuthSentCodeSuccess(w: TlWriter, v: AuthSentCodeSuccess): void;
/** Reads the fields of `auth.sentCodeSuccess` (bare: its constructor id already read). */
export declare function readAuthSentCodeSuccess(r: TlReader): AuthSentCodeSuccess;
/** Writes the fields of `auth.sentCodeTypeApp` (bare: without its constructor id). */
export declare function writeAuthSentCodeTypeApp(w: TlWriter, v: AuthSentCodeTypeApp): void;
/** Reads the fields of `auth.sentCodeTypeApp` (bare: its constructor id already read). */
export declare function readAuthSentCodeTypeApp(r: TlReader): AuthSentCodeTypeApp;
/** Writes the fields of `auth.sentCodeTypeCall` (bare: without its constructor id). */
export declare function writeAuthSentCodeTypeCall(w: TlWriter, v: AuthSentCodeTypeCall): void;
/** Reads the fields of `auth.sentCodeTypeCall` (bare: its constructor id already read). */
export declare function readAuthSentCodeTypeCall(r: TlReader): AuthSentCodeTypeCall;
/** Writes the fields of `auth.sentCodeTypeEmailCode` (bare: without its constructor id). */
export declare function writeAuthSentCodeTypeEmailCode(w: TlWriter, v: AuthSentCodeTypeEmailCode): void;
/** Reads the fields of `auth.sentCodeTypeEmailCode` (bare: its constructor id already read). */
export declare function readAuthSentCodeTypeEmailCode(r: TlReader): AuthSentCodeTypeEmailCode;
/** Writes the fields of `auth.sentCodeTypeFirebaseSms` (bare: without its constructor id). */
export declare function writeAuthSentCodeTypeFirebaseSms(w: TlWriter, v: AuthSentCodeTypeFirebaseSms): void;
/** Reads the fields of `auth.sentCodeTypeFirebaseSms` (bare: its constructor id already read). */
export declare function readAuthSentCodeTypeFirebaseSms(r: TlReader): AuthSentCodeTypeFirebaseSms;
/** Writes the fields of `auth.sentCodeTypeFlashCall` (bare: without its constructor id). */
export declare function writeAuthSentCodeTypeFlashCall(w: TlWriter, v: AuthSentCodeTypeFlashCall): void;
/** Reads the fields of `auth.sentCodeTypeFlashCall` (bare: its constructor id already read). */
export declare function readAuthSentCodeTypeFlashCall(r: TlReader): AuthSentCodeTypeFlashCall;
/** Writes the fields of `auth.sentCodeTypeFragmentSms` (bare: without its constructor id). */
export declare function writeAuthSentCodeTypeFragmentSms(w: TlWriter, v: AuthSentCodeTypeFragmentSms): void;
/** Reads the fields of `auth.sentCodeTypeFragmentSms` (bare: its constructor id already read). */
export declare function readAuthSentCodeTypeFragmentSms(r: TlReader): AuthSentCodeTypeFragmentSms;
/** Writes the fields of `auth.sentCodeTypeMissedCall` (bare: without its constructor id). */
export declare function writeAuthSentCodeTypeMissedCall(w: TlWriter, v: AuthSentCodeTypeMissedCall): void;
/** Reads the fields of `auth.sentCodeTypeMissedCall` (bare: its constructor id already read). */
export declare function readAuthSentCodeTypeMissedCall(r: TlReader): AuthSentCodeTypeMissedCall;
/** Writes the fields of `auth.sentCodeTypeSetUpEmailRequired` (bare: without its constructor id). */
export declare function writeAuthSentCodeTypeSetUpEmailRequired(w: TlWriter, v: AuthSentCodeTypeSetUpEmailRequired): void;
/** Reads the fields of `auth.sentCodeTypeSetUpEmailRequired` (bare: its constructor id already read). */
export declare function readAuthSentCodeTypeSetUpEmailRequired(r: TlReader): AuthSentCodeTypeSetUpEmailRequired;
/** Writes the fields of `auth.sentCodeTypeSms` (bare: without its constructor id). */
export declare function writeAuthSentCodeTypeSms(w: TlWriter, v: AuthSentCodeTypeSms): void;
/** Reads the fields of `auth.sentCodeTypeSms` (bare: its constructor id already read). */
export declare function readAuthSentCodeTypeSms(r: TlReader): AuthSentCodeTypeSms;
/** Writes the fields of `auth.sentCodeTypeSmsPhrase` (bare: without its constructor id). */
export declare function writeAuthSentCodeTypeSmsPhrase(w: TlWriter, v: AuthSentCodeTypeSmsPhrase): void;
/** Reads the fields of `auth.sentCodeTypeSmsPhrase` (bare: its constructor id already read). */
export declare function readAuthSentCodeTypeSmsPhrase(r: TlReader): AuthSentCodeTypeSmsPhrase;
/** Writes the fields of `auth.sentCodeTypeSmsWord` (bare: without its constructor id). */
export declare function writeAuthSentCodeTypeSmsWord(w: TlWriter, v: AuthSentCodeTypeSmsWord): void;
/** Reads the fields of `auth.sentCodeTypeSmsWord` (bare: its constructor id already read). */
export declare function readAuthSentCodeTypeSmsWord(r: TlReader): AuthSentCodeTypeSmsWord;
/** Writes the fields of `baseThemeArctic` (bare: without its constructor id). */
export declare function writeBaseThemeArctic(_w: TlWriter, _v: BaseThemeArctic): void;
/** Reads the fields of `baseThemeArctic` (bare: its constructor id already read). */
export declare function readBaseThemeArctic(_r: TlReader): BaseThemeArctic;
/** Writes the fields of `baseThemeClassic` (bare: without its constructor id). */
export declare function writeBaseThemeClassic(_w: TlWriter, _v: BaseThemeClassic): void;
/** Reads the fields of `baseThemeClassic` (bare: its constructor id already read). */
export declare function readBaseThemeClassic(_r: TlReader): BaseThemeClassic;
/** Writes the fields of `baseThemeDay` (bare: without its constructor id). */
export declare function writeBaseThemeDay(_w: TlWriter, _v: BaseThemeDay): void;
/** Reads the fields of `baseThemeDay` (bare: its constructor id already read). */
export declare function readBaseThemeDay(_r: TlReader): BaseThemeDay;
/** Writes the fields of `baseThemeNight` (bare: without its constructor id). */
export declare function writeBaseThemeNight(_w: TlWriter, _v: BaseThemeNight): void;
/** Reads the fields of `baseThemeNight` (bare: its constructor id already read). */
export declare function readBaseThemeNight(_r: TlReader): BaseThemeNight;
/** Writes the fields of `baseThemeTinted` (bare: without its constructor id). */
export declare function writeBaseThemeTinted(_w: TlWriter, _v: BaseThemeTinted): void;
/** Reads the fields of `baseThemeTinted` (bare: its constructor id already read). */
export declare function readBaseThemeTinted(_r: TlReader): BaseThemeTinted;
/** Writes the fields of `birthday` (bare: without its constructor id). */
export declare function writeBirthday(w: TlWriter, v: Birthday): void;
/** Reads the fields of `birthday` (bare: its constructor id already read). */
export declare function readBirthday(r: TlReader): Birthday;
/** Writes the fields of `boost` (bare: without its constructor id). */
export declare function writeBoost(w: TlWriter, v: Boost): void;
/** Reads the fields of `boost` (bare: its constructor id already read). */
export declare function readBoost(r: TlReader): Boost;
/** Writes the fields of `botApp` (bare: without its constructor id). */
export declare function writeBotApp(w: TlWriter, v: BotApp): void;
/** Reads the fields of `botApp` (bare: its constructor id already read). */
export declare function readBotApp(r: TlReader): BotApp;
/** Writes the fields of `botAppNotModified` (bare: without its constructor id). */
export declare function writeBotAppNotModified(_w: TlWriter, _v: BotAppNotModified): void;
/** Reads the fields of `botAppNotModified` (bare: its constructor id already read). */
export declare function readBotAppNotModified(_r: TlReader): BotAppNotModified;
/** Writes the fields of `botBusinessConnection` (bare: without its constructor id). */
export declare function writeBotBusinessConnection(w: TlWriter, v: BotBusinessConnection): void;
/** Reads the fields of `botBusinessConnection` (bare: its constructor id already read). */
export declare function readBotBusinessConnection(r: TlReader): BotBusinessConnection;
/** Writes the fields of `botCommand` (bare: without its constructor id). */
export declare function writeBotCommand(w: TlWriter, v: BotCommand): void;
/** Reads the fields of `botCommand` (bare: its constructor id already read). */
export declare function readBotCommand(r: TlReader): BotCommand;
/** Writes the fields of `botMenuButton` (bare: without its constructor id). */
export declare function writeBotMenuButton(w: TlWriter, v: BotMenuButton): void;
/** Reads the fields of `botMenuButton` (bare: its constructor id already read). */
export declare function readBotMenuButton(r: TlReader): BotMenuButton;
/** Writes the fields of `botMenuButtonCommands` (bare: without its constructor id). */
export declare function writeBotMenuButtonCommands(_w: TlWriter, _v: BotMenuButtonCommands): void;
/** Reads the fields of `botMenuButtonCommands` (bare: its constructor id already read). */
export declare function readBotMenuButtonCommands(_r: TlReader): BotMenuButtonCommands;
/** Writes the fields of `botMenuButtonDefault` (bare: without its constructor id). */
export declare function writeBotMenuButtonDefault(_w: TlWriter, _v: BotMenuButtonDefault): void;
/** Reads the fields of `botMenuButtonDefault` (bare: its constructor id already read). */
export declare function readBotMenuButtonDefault(_r: TlReader): BotMenuButtonDefault;
/** Writes the fields of `botVerification` (bare: without its constructor id). */
export declare function writeBotVerification(w: TlWriter, v: BotVerification): void;
/** Reads the fields of `botVerification` (bare: its constructor id already read). */
export declare function readBotVerification(r: TlReader): BotVerification;
/** Writes the fields of `businessBotRights` (bare: without its constructor id). */
export declare function writeBusinessBotRights(w: TlWriter, v: BusinessBotRights): void;
/** Reads the fields of `businessBotRights` (bare: its constructor id already read). */
export declare function readBusinessBotRights(r: TlReader): BusinessBotRights;
/** Writes the fields of `channel` (bare: without its constructor id). */
export declare function writeChannel(w: TlWriter, v: Channel): void;
/** Reads the fields of `channel` (bare: its constructor id already read). */
export declare function readChannel(r: TlReader): Channel;
/** Writes the fields of `channelForbidden` (bare: without its constructor id). */
export declare function writeChannelForbidden(w: TlWriter, v: ChannelForbidden): void;
/** Reads the fields of `channelForbidden` (bare: its constructor id already read). */
export declare function readChannelForbidden(r: TlReader): ChannelForbidden;
/** Writes the fields of `channelParticipant` (bare: without its constructor id). */
export declare function writeChannelParticipant(w: TlWriter, v: ChannelParticipant): void;
/** Reads the fields of `channelParticipant` (bare: its constructor id already read). */
export declare function readChannelParticipant(r: TlReader): ChannelParticipant;
/** Writes the fields of `channelParticipantAdmin` (bare: without its constructor id). */
export declare function writeChannelParticipantAdmin(w: TlWriter, v: ChannelParticipantAdmin): void;
/** Reads the fields of `channelParticipantAdmin` (bare: its constructor id already read). */
export declare function readChannelParticipantAdmin(r: TlReader): ChannelParticipantAdmin;
/** Writes the fields of `channelParticipantBanned` (bare: without its constructor id). */
export declare function writeChannelParticipantBanned(w: TlWriter, v: ChannelParticipantBanned): void;
/** Reads the fields of `channelParticipantBanned` (bare: its constructor id already read). */
export declare function readChannelParticipantBanned(r: TlReader): ChannelParticipantBanned;
/** Writes the fields of `channelParticipantCreator` (bare: without its constructor id). */
export declare function writeChannelParticipantCreator(w: TlWriter, v: ChannelParticipantCreator): void;
/** Reads the fields of `channelParticipantCreator` (bare: its constructor id already read). */
export declare function readChannelParticipantCreator(r: TlReader): ChannelParticipantCreator;
/** Writes the fields of `channelParticipantLeft` (bare: without its constructor id). */
export declare function writeChannelParticipantLeft(w: TlWriter, v: ChannelParticipantLeft): void;
/** Reads the fields of `channelParticipantLeft` (bare: its constructor id already read). */
export declare function readChannelParticipantLeft(r: TlReader): ChannelParticipantLeft;
/** Writes the fields of `channelParticipantSelf` (bare: without its constructor id). */
export declare function writeChannelParticipantSelf(w: TlWriter, v: ChannelParticipantSelf): void;
/** Reads the fields of `channelParticipantSelf` (bare: its constructor id already read). */
export declare function readChannelParticipantSelf(r: TlReader): ChannelParticipantSelf;
/** Writes the fields of `chat` (bare: without its constructor id). */
export declare function writeChat(w: TlWriter, v: Chat): void;
/** Reads the fields of `chat` (bare: its constructor id already read). */
export declare function readChat(r: TlReader): Chat;
/** Writes the fields of `chatAdminRights` (bare: without its constructor id). */
export declare function writeChatAdminRights(w: TlWriter, v: ChatAdminRights): void;
/** Reads the fields of `chatAdminRights` (bare: its constructor id already read). */
export declare function readChatAdminRights(r: TlReader): ChatAdminRights;
/** Writes the fields of `chatAdminWithInvites` (bare: without its constructor id). */
export declare function writeChatAdminWithInvites(w: TlWriter, v: ChatAdminWithInvites): void;
/** Reads the fields of `chatAdminWithInvites` (bare: its constructor id already read). */
export declare function readChatAdminWithInvites(r: TlReader): ChatAdminWithInvites;
/** Writes the fields of `chatBannedRights` (bare: without its constructor id). */
export declare function writeChatBannedRights(w: TlWriter, v: ChatBannedRights): void;
/** Reads the fields of `chatBannedRights` (bare: its constructor id already read). */
export declare function readChatBannedRights(r: TlReader): ChatBannedRights;
/** Writes the fields of `chatEmpty` (bare: without its constructor id). */
export declare function writeChatEmpty(w: TlWriter, v: ChatEmpty): void;
/** Reads the fields of `chatEmpty` (bare: its constructor id already read). */
export declare function readChatEmpty(r: TlReader): ChatEmpty;
/** Writes the fields of `chatForbidden` (bare: without its constructor id). */
export declare function writeChatForbidden(w: TlWriter, v: ChatForbidden): void;
/** Reads the fields of `chatForbidden` (bare: its constructor id already read). */
export declare function readChatForbidden(r: TlReader): ChatForbidden;
/** Writes the fields of `chatInvite` (bare: without its constructor id). */
export declare function writeChatInvite(w: TlWriter, v: ChatInvite): void;
/** Reads the fields of `chatInvite` (bare: its constructor id already read). */
export declare function readChatInvite(r: TlReader): ChatInvite;
/** Writes the fields of `chatInviteAlready` (bare: without its constructor id). */
export declare function writeChatInviteAlready(w: TlWriter, v: ChatInviteAlready): void;
/** Reads the fields of `chatInviteAlready` (bare: its constructor id already read). */
export declare function readChatInviteAlready(r: TlReader): ChatInviteAlready;
/** Writes the fields of `chatInviteExported` (bare: without its constructor id). */
export declare function writeChatInviteExported(w: TlWriter, v: ChatInviteExported): void;
/** Reads the fields of `chatInviteExported` (bare: its constructor id already read). */
export declare function readChatInviteExported(r: TlReader): ChatInviteExported;
/** Writes the fields of `chatInviteImporter` (bare: without its constructor id). */
export declare function writeChatInviteImporter(w: TlWriter, v: ChatInviteImporter): void;
/** Reads the fields of `chatInviteImporter` (bare: its constructor id already read). */
export declare function readChatInviteImporter(r: TlReader): ChatInviteImporter;
/** Writes the fields of `chatInvitePeek` (bare: without its constructor id). */
export declare function writeChatInvitePeek(w: TlWriter, v: ChatInvitePeek): void;
/** Reads the fields of `chatInvitePeek` (bare: its constructor id already read). */
export declare function readChatInvitePeek(r: TlReader): ChatInvitePeek;
/** Writes the fields of `chatInvitePublicJoinRequests` (bare: without its constructor id). */
export declare function writeChatInvitePublicJoinRequests(_w: TlWriter, _v: ChatInvitePublicJoinRequests): void;
/** Reads the fields of `chatInvitePublicJoinRequests` (bare: its constructor id already read). */
export declare function readChatInvitePublicJoinRequests(_r: TlReader): ChatInvitePublicJoinRequests;
/** Writes the fields of `chatParticipant` (bare: without its constructor id). */
export declare function writeChatParticipant(w: TlWriter, v: ChatParticipant): void;
/** Reads the fields of `chatParticipant` (bare: its constructor id already read). */
export declare function readChatParticipant(r: TlReader): ChatParticipant;
/** Writes the fields of `chatParticipantAdmin` (bare: without its constructor id). */
export declare function writeChatParticipantAdmin(w: TlWriter, v: ChatParticipantAdmin): void;
/** Reads the fields of `chatParticipantAdmin` (bare: its constructor id already read). */
export declare function readChatParticipantAdmin(r: TlReader): ChatParticipantAdmin;
/** Writes the fields of `chatParticipantCreator` (bare: without its constructor id). */
export declare function writeChatParticipantCreator(w: TlWriter, v: ChatParticipantCreator): void;
/** Reads the fields of `chatParticipantCreator` (bare: its constructor id already read). */
export declare function readChatParticipantCreator(r: TlReader): ChatParticipantCreator;
/** Writes the fields of `chatParticipants` (bare: without its constructor id). */
export declare function writeChatParticipants(w: TlWriter, v: ChatParticipants): void;
/** Reads the fields of `chatParticipants` (bare: its constructor id already read). */
export declare function readChatParticipants(r: TlReader): ChatParticipants;
/** Writes the fields of `chatParticipantsForbidden` (bare: without its constructor id). */
export declare function writeChatParticipantsForbidden(w: TlWriter, v: ChatParticipantsForbidden): void;
/** Reads the fields of `chatParticipantsForbidden` (bare: its constructor id already read). */
export declare function readChatParticipantsForbidden(r: TlReader): ChatParticipantsForbidden;
/** Writes the fields of `chatPhoto` (bare: without its constructor id). */
export declare function writeChatPhoto(w: TlWriter, v: ChatPhoto): void;
/** Reads the fields of `chatPhoto` (bare: its constructor id already read). */
export declare function readChatPhoto(r: TlReader): ChatPhoto;
/** Writes the fields of `chatPhotoEmpty` (bare: without its constructor id). */
export declare function writeChatPhotoEmpty(_w: TlWriter, _v: ChatPhotoEmpty): void;
/** Reads the fields of `chatPhotoEmpty` (bare: its constructor id already read). */
export declare function readChatPhotoEmpty(_r: TlReader): ChatPhotoEmpty;
/** Writes the fields of `chatTheme` (bare: without its constructor id). */
export declare function writeChatTheme(w: TlWriter, v: ChatTheme): void;
/** Reads the fields of `chatTheme` (bare: its constructor id already read). */
export declare function readChatTheme(r: TlReader): ChatTheme;
/** Writes the fields of `chatThemeUniqueGift` (bare: without its constructor id). */
export declare function writeChatThemeUniqueGift(w: TlWriter, v: ChatThemeUniqueGift): void;
/** Reads the fields of `chatThemeUniqueGift` (bare: its constructor id already read). */
export declare function readChatThemeUniqueGift(r: TlReader): ChatThemeUniqueGift;
/** Writes the fields of `chatlists.chatlistInvite` (bare: without its constructor id). */
export declare function writeChatlistsChatlistInvite(w: TlWriter, v: ChatlistsChatlistInvite): void;
/** Reads the fields of `chatlists.chatlistInvite` (bare: its constructor id already read). */
export declare function readChatlistsChatlistInvite(r: TlReader): ChatlistsChatlistInvite;
/** Writes the fields of `chatlists.chatlistInviteAlready` (bare: without its constructor id). */
export declare function writeChatlistsChatlistInviteAlready(w: TlWriter, v: ChatlistsChatlistInviteAlready): void;
/** Reads the fields of `chatlists.chatlistInviteAlready` (bare: its constructor id already read). */
export declare function readChatlistsChatlistInviteAlready(r: TlReader): ChatlistsChatlistInviteAlready;
/** Writes the fields of `chatlists.exportedChatlistInvite` (bare: without its constructor id). */
export declare function writeChatlistsExportedChatlistInvite(w: TlWriter, v: ChatlistsExportedChatlistInvite): void;
/** Reads the fields of `chatlists.exportedChatlistInvite` (bare: its constructor id already read). */
export declare function readChatlistsExportedChatlistInvite(r: TlReader): ChatlistsExportedChatlistInvite;
/** Writes the fields of `chatlists.exportedInvites` (bare: without its constructor id). */
export declare function writeChatlistsExportedInvites(w: TlWriter, v: ChatlistsExportedInvites): void;
/** Reads the fields of `chatlists.exportedInvites` (bare: its constructor id already read). */
export declare function readChatlistsExportedInvites(r: TlReader): ChatlistsExportedInvites;
/** Writes the fields of `dataJSON` (bare: without its constructor id). */
export declare function writeDataJSON(w: TlWriter, v: DataJSON): void;
/** Reads the fields of `dataJSON` (bare: its constructor id already read). */
export declare function readDataJSON(r: TlReader): DataJSON;
/** Writes the fields of `dcOption` (bare: without its constructor id). */
export declare function writeDcOption(w: TlWriter, v: DcOption): void;
/** Reads the fields of `dcOption` (bare: its constructor id already read). */
export declare function readDcOption(r: TlReader): DcOption;
/** Writes the fields of `dialogFilter` (bare: without its constructor id). */
export declare function writeDialogFilter(w: TlWriter, v: DialogFilter): void;
/** Reads the fields of `dialogFilter` (bare: its constructor id already read). */
export declare function readDialogFilter(r: TlReader): DialogFilter;
/** Writes the fields of `dialogFilterChatlist` (bare: without its constructor id). */
export declare function writeDialogFilterChatlist(w: TlWriter, v: DialogFilterChatlist): void;
/** Reads the fields of `dialogFilterChatlist` (bare: its constructor id already read). */
export declare function readDialogFilterChatlist(r: TlReader): DialogFilterChatlist;
/** Writes the fields of `dialogFilterDefault` (bare: without its constructor id). */
export declare function writeDialogFilterDefault(_w: TlWriter, _v: DialogFilterDefault): void;
/** Reads the fields of `dialogFilterDefault` (bare: its constructor id already read). */
export declare function readDialogFilterDefault(_r: TlReader): DialogFilterDefault;
/** Writes the fields of `dialogPeer` (bare: without its constructor id). */
export declare function writeDialogPeer(w: TlWriter, v: DialogPeer): void;
/** Reads the fields of `dialogPeer` (bare: its constructor id already read). */
export declare function readDialogPeer(r: TlReader): DialogPeer;
/** Writes the fields of `dialogPeerFolder` (bare: without its constructor id). */
export declare function writeDialogPeerFolder(w: TlWriter, v: DialogPeerFolder): void;
/** Reads the fields of `dialogPeerFolder` (bare: its constructor id already read). */
export declare function readDialogPeerFolder(r: TlReader): DialogPeerFolder;
/** Writes the fields of `document` (bare: without its constructor id). */
export declare function writeDocument(w: TlWriter, v: Document): void;
/** Reads the fields of `document` (bare: its constructor id already read). */
export declare function readDocument(r: TlReader): Document;
/** Writes the fields of `documentAttributeAnimated` (bare: without its constructor id). */
export declare function writeDocumentAttributeAnimated(_w: TlWriter, _v: DocumentAttributeAnimated): void;
/** Reads the fields of `documentAttributeAnimated` (bare: its constructor id already read). */
export declare function readDocumentAttributeAnimated(_r: TlReader): DocumentAttributeAnimated;
/** Writes the fields of `documentAttributeAudio` (bare: without its constructor id). */
export declare function writeDocumentAttributeAudio(w: TlWriter, v: DocumentAttributeAudio): void;
/** Reads the fields of `documentAttributeAudio` (bare: its constructor id already read). */
export declare function readDocumentAttributeAudio(r: TlReader): DocumentAttributeAudio;
/** Writes the fields of `documentAttributeCustomEmoji` (bare: without its constructor id). */
export declare function writeDocumentAttributeCustomEmoji(w: TlWriter, v: DocumentAttributeCustomEmoji): void;
/** Reads the fields of `documentAttributeCustomEmoji` (bare: its constructor id already read). */
export declare function readDocumentAttributeCustomEmoji(r: TlReader): DocumentAttributeCustomEmoji;
/** Writes the fields of `documentAttributeFilename` (bare: without its constructor id). */
export declare function writeDocumentAttributeFilename(w: TlWriter, v: DocumentAttributeFilename): void;
/** Reads the fields of `documentAttributeFilename` (bare: its constructor id already read). */
export declare function readDocumentAttributeFilename(r: TlReader): DocumentAttributeFilename;
/** Writes the fields of `documentAttributeHasStickers` (bare: without its constructor id). */
export declare function writeDocumentAttributeHasStickers(_w: TlWriter, _v: DocumentAttributeHasStickers): void;
/** Reads the fields of `documentAttributeHasStickers` (bare: its constructor id already read). */
export declare function readDocumentAttributeHasStickers(_r: TlReader): DocumentAttributeHasStickers;
/** Writes the fields of `documentAttributeImageSize` (bare: without its constructor id). */
export declare function writeDocumentAttributeImageSize(w: TlWriter, v: DocumentAttributeImageSize): void;
/** Reads the fields of `documentAttributeImageSize` (bare: its constructor id already read). */
export declare function readDocumentAttributeImageSize(r: TlReader): DocumentAttributeImageSize;
/** Writes the fields of `documentAttributeSticker` (bare: without its constructor id). */
export declare function writeDocumentAttributeSticker(w: TlWriter, v: DocumentAttributeSticker): void;
/** Reads the fields of `documentAttributeSticker` (bare: its constructor id already read). */
export declare function readDocumentAttributeSticker(r: TlReader): DocumentAttributeSticker;
/** Writes the fields of `documentAttributeVideo` (bare: without its constructor id). */
export declare function writeDocumentAttributeVideo(w: TlWriter, v: DocumentAttributeVideo): void;
/** Reads the fields of `documentAttributeVideo` (bare: its constructor id already read). */
export declare function readDocumentAttributeVideo(r: TlReader): DocumentAttributeVideo;
/** Writes the fields of `documentEmpty` (bare: without its constructor id). */
export declare function writeDocumentEmpty(w: TlWriter, v: DocumentEmpty): void;
/** Reads the fields of `documentEmpty` (bare: its constructor id already read). */
export declare function readDocumentEmpty(r: TlReader): DocumentEmpty;
/** Writes the fields of `draftMessage` (bare: without its constructor id). */
export declare function writeDraftMessage(w: TlWriter, v: DraftMessage): void;
/** Reads the fields of `draftMessage` (bare: its constructor id already read). */
export declare function readDraftMessage(r: TlReader): DraftMessage;
/** Writes the fields of `draftMessageEmpty` (bare: without its constructor id). */
export declare function writeDraftMessageEmpty(w: TlWriter, v: DraftMessageEmpty): void;
/** Reads the fields of `draftMessageEmpty` (bare: its constructor id already read). */
export declare function readDraftMessageEmpty(r: TlReader): DraftMessageEmpty;
/** Writes the fields of `emojiStatus` (bare: without its constructor id). */
export declare function writeEmojiStatus(w: TlWriter, v: EmojiStatus): void;
/** Reads the fields of `emojiStatus` (bare: its constructor id already read). */
export declare function readEmojiStatus(r: TlReader): EmojiStatus;
/** Writes the fields of `emojiStatusCollectible` (bare: without its constructor id). */
export declare function writeEmojiStatusCollectible(w: TlWriter, v: EmojiStatusCollectible): void;
/** Reads the fields of `emojiStatusCollectible` (bare: its constructor id already read). */
export declare function readEmojiStatusCollectible(r: TlReader): EmojiStatusCollectible;
/** Writes the fields of `emojiStatusEmpty` (bare: without its constructor id). */
export declare function writeEmojiStatusEmpty(_w: TlWriter, _v: EmojiStatusEmpty): void;
/** Reads the fields of `emojiStatusEmpty` (bare: its constructor id already read). */
export declare function readEmojiStatusEmpty(_r: TlReader): EmojiStatusEmpty;
/** Writes the fields of `encryptedChat` (bare: without its constructor id). */
export declare function writeEncryptedChat(w: TlWriter, v: EncryptedChat): void;
/** Reads the fields of `encryptedChat` (bare: its constructor id already read). */
export declare function readEncryptedChat(r: TlReader): EncryptedChat;
/** Writes the fields of `encryptedChatDiscarded` (bare: without its constructor id). */
export declare function writeEncryptedChatDiscarded(w: TlWriter, v: EncryptedChatDiscarded): void;
/** Reads the fields of `encryptedChatDiscarded` (bare: its constructor id already read). */
export declare function readEncryptedChatDiscarded(r: TlReader): EncryptedChatDiscarded;
/** Writes the fields of `encryptedChatEmpty` (bare: without its constructor id). */
export declare function writeEncryptedChatEmpty(w: TlWriter, v: EncryptedChatEmpty): void;
/** Reads the fields of `encryptedChatEmpty` (bare: its constructor id already read). */
export declare function readEncryptedChatEmpty(r: TlReader): EncryptedChatEmpty;
/** Writes the fields of `encryptedChatRequested` (bare: without its constructor id). */
export declare function writeEncryptedChatRequested(w: TlWriter, v: EncryptedChatRequested): void;
/** Reads the fields of `encryptedChatRequested` (bare: its constructor id already read). */
export declare function readEncryptedChatRequested(r: TlReader): EncryptedChatRequested;
/** Writes the fields of `encryptedChatWaiting` (bare: without its constructor id). */
export declare function writeEncryptedChatWaiting(w: TlWriter, v: EncryptedChatWaiting): void;
/** Reads the fields of `encryptedChatWaiting` (bare: its constructor id already read). */
export declare function readEncryptedChatWaiting(r: TlReader): EncryptedChatWaiting;
/** Writes the fields of `encryptedFile` (bare: without its constructor id). */
export declare function writeEncryptedFile(w: TlWriter, v: EncryptedFile): void;
/** Reads the fields of `encryptedFile` (bare: its constructor id already read). */
export declare function readEncryptedFile(r: TlReader): EncryptedFile;
/** Writes the fields of `encryptedFileEmpty` (bare: without its constructor id). */
export declare function writeEncryptedFileEmpty(_w: TlWriter, _v: EncryptedFileEmpty): void;
/** Reads the fields of `encryptedFileEmpty` (bare: its constructor id already read). */
export declare function readEncryptedFileEmpty(_r: TlReader): EncryptedFileEmpty;
/** Writes the fields of `encryptedMessage` (bare: without its constructor id). */
export declare function writeEncryptedMessage(w: TlWriter, v: EncryptedMessage): void;
/** Reads the fields of `encryptedMessage` (bare: its constructor id already read). */
export declare function readEncryptedMessage(r: TlReader): EncryptedMessage;
/** Writes the fields of `encryptedMessageService` (bare: without its constructor id). */
export declare function writeEncryptedMessageService(w: TlWriter, v: EncryptedMessageService): void;
/** Reads the fields of `encryptedMessageService` (bare: its constructor id already read). */
export declare function readEncryptedMessageService(r: TlReader): EncryptedMessageService;
/** Writes the fields of `exportedChatlistInvite` (bare: without its constructor id). */
export declare function writeExportedChatlistInvite(w: TlWriter, v: ExportedChatlistInvite): void;
/** Reads the fields of `exportedChatlistInvite` (bare: its constructor id already read). */
export declare function readExportedChatlistInvite(r: TlReader): ExportedChatlistInvite;
/** Writes the fields of `factCheck` (bare: without its constructor id). */
export declare function writeFactCheck(w: TlWriter, v: FactCheck): void;
/** Reads the fields of `factCheck` (bare: its constructor id already read). */
export declare function readFactCheck(r: TlReader): FactCheck;
/** Writes the fields of `folderPeer` (bare: without its constructor id). */
export declare function writeFolderPeer(w: TlWriter, v: FolderPeer): void;
/** Reads the fields of `folderPeer` (bare: its constructor id already read). */
export declare function readFolderPeer(r: TlReader): FolderPeer;
/** Writes the fields of `game` (bare: without its constructor id). */
export declare function writeGame(w: TlWriter, v: Game): void;
/** Reads the fields of `game` (bare: its constructor id already read). */
export declare function readGame(r: TlReader): Game;
/** Writes the fields of `geoPoint` (bare: without its constructor id). */
export declare function writeGeoPoint(w: TlWriter, v: GeoPoint): void;
/** Reads the fields of `geoPoint` (bare: its constructor id already read). */
export declare function readGeoPoint(r: TlReader): GeoPoint;
/** Writes the fields of `geoPointAddress` (bare: without its constructor id). */
export declare function writeGeoPointAddress(w: TlWriter, v: GeoPointAddress): void;
/** Reads the fields of `geoPointAddress` (bare: its constructor id already read). */
export declare function readGeoPointAddress(r: TlReader): GeoPointAddress;
/** Writes the fields of `geoPointEmpty` (bare: without its constructor id). */
export declare function writeGeoPointEmpty(_w: TlWriter, _v: GeoPointEmpty): void;
/** Reads the fields of `geoPointEmpty` (bare: its constructor id already read). */
export declare function readGeoPointEmpty(_r: TlReader): GeoPointEmpty;
/** Writes the fields of `groupCall` (bare: without its constructor id). */
export declare function writeGroupCall(w: TlWriter, v: GroupCall): void;
/** Reads the fields of `groupCall` (bare: its constructor id already read). */
export declare function readGroupCall(r: TlReader): GroupCall;
/** Writes the fields of `groupCallDiscarded` (bare: without its constructor id). */
export declare function writeGroupCallDiscarded(w: TlWriter, v: GroupCallDiscarded): void;
/** Reads the fields of `groupCallDiscarded` (bare: its constructor id already read). */
export declare function readGroupCallDiscarded(r: TlReader): GroupCallDiscarded;
/** Writes the fields of `groupCallMessage` (bare: without its constructor id). */
export declare function writeGroupCallMessage(w: TlWriter, v: GroupCallMessage): void;
/** Reads the fields of `groupCallMessage` (bare: its constructor id already read). */
export declare function readGroupCallMessage(r: TlReader): GroupCallMessage;
/** Writes the fields of `groupCallParticipant` (bare: without its constructor id). */
export declare function writeGroupCallParticipant(w: TlWriter, v: GroupCallParticipant): void;
/** Reads the fields of `groupCallParticipant` (bare: its constructor id already read). */
export declare function readGroupCallParticipant(r: TlReader): GroupCallParticipant;
/** Writes the fields of `groupCallParticipantVideo` (bare: without its constructor id). */
export declare function writeGroupCallParticipantVideo(w: TlWriter, v: GroupCallParticipantVideo): void;
/** Reads the fields of `groupCallParticipantVideo` (bare: its constructor id already read). */
export declare function readGroupCallParticipantVideo(r: TlReader): GroupCallParticipantVideo;
/** Writes the fields of `groupCallParticipantVideoSourceGroup` (bare: without its constructor id). */
export declare function writeGroupCallParticipantVideoSourceGroup(w: TlWriter, v: GroupCallParticipantVideoSourceGroup): void;
/** Reads the fields of `groupCallParticipantVideoSourceGroup` (bare: its constructor id already read). */
export declare function readGroupCallParticipantVideoSourceGroup(r: TlReader): GroupCallParticipantVideoSourceGroup;
/** Writes the fields of `help.inviteText` (bare: without its constructor id). */
export declare function writeHelpInviteText(w: TlWriter, v: HelpInviteText): void;
/** Reads the fields of `help.inviteText` (bare: its constructor id already read). */
export declare function readHelpInviteText(r: TlReader): HelpInviteText;
/** Writes the fields of `help.termsOfService` (bare: without its constructor id). */
export declare function writeHelpTermsOfService(w: TlWriter, v: HelpTermsOfService): void;
/** Reads the fields of `help.termsOfService` (bare: its constructor id already read). */
export declare function readHelpTermsOfService(r: TlReader): HelpTermsOfService;
/** Writes the fields of `inlineQueryPeerTypeBotPM` (bare: without its constructor id). */
export declare function writeInlineQueryPeerTypeBotPM(_w: TlWriter, _v: InlineQueryPeerTypeBotPM): void;
/** Reads the fields of `inlineQueryPeerTypeBotPM` (bare: its constructor id already read). */
export declare function readInlineQueryPeerTypeBotPM(_r: TlReader): InlineQueryPeerTypeBotPM;
/** Writes the fields of `inlineQueryPeerTypeBroadcast` (bare: without its constructor id). */
export declare function writeInlineQueryPeerTypeBroadcast(_w: TlWriter, _v: InlineQueryPeerTypeBroadcast): void;
/** Reads the fields of `inlineQueryPeerTypeBroadcast` (bare: its constructor id already read). */
export declare function readInlineQueryPeerTypeBroadcast(_r: TlReader): InlineQueryPeerTypeBroadcast;
/** Writes the fields of `inlineQueryPeerTypeChat` (bare: without its constructor id). */
export declare function writeInlineQueryPeerTypeChat(_w: TlWriter, _v: InlineQueryPeerTypeChat): void;
/** Reads the fields of `inlineQueryPeerTypeChat` (bare: its constructor id already read). */
export declare function readInlineQueryPeerTypeChat(_r: TlReader): InlineQueryPeerTypeChat;
/** Writes the fields of `inlineQueryPeerTypeMegagroup` (bare: without its constructor id). */
export declare function writeInlineQueryPeerTypeMegagroup(_w: TlWriter, _v: InlineQueryPeerTypeMegagroup): void;
/** Reads the fields of `inlineQueryPeerTypeMegagroup` (bare: its constructor id already read). */
export declare function readInlineQueryPeerTypeMegagroup(_r: TlReader): InlineQueryPeerTypeMegagroup;
/** Writes the fields of `inlineQueryPeerTypePM` (bare: without its constructor id). */
export declare function writeInlineQueryPeerTypePM(_w: TlWriter, _v: InlineQueryPeerTypePM): void;
/** Reads the fields of `inlineQueryPeerTypePM` (bare: its constructor id already read). */
export declare function readInlineQueryPeerTypePM(_r: TlReader): InlineQueryPeerTypePM;
/** Writes the fields of `inlineQueryPeerTypeSameBotPM` (bare: without its constructor id). */
export declare function writeInlineQueryPeerTypeSameBotPM(_w: TlWriter, _v: InlineQueryPeerTypeSameBotPM): void;
/** Reads the fields of `inlineQueryPeerTypeSameBotPM` (bare: its constructor id already read). */
export declare function readInlineQueryPeerTypeSameBotPM(_r: TlReader): InlineQueryPeerTypeSameBotPM;
/** Writes the fields of `inputBotInlineMessageID` (bare: without its constructor id). */
export declare function writeInputBotInlineMessageID(w: TlWriter, v: InputBotInlineMessageID): void;
/** Reads the fields of `inputBotInlineMessageID` (bare: its constructor id already read). */
export declare function readInputBotInlineMessageID(r: TlReader): InputBotInlineMessageID;
/** Writes the fields of `inputBotInlineMessageID64` (bare: without its constructor id). */
export declare function writeInputBotInlineMessageID64(w: TlWriter, v: InputBotInlineMessageID64): void;
/** Reads the fields of `inputBotInlineMessageID64` (bare: its constructor id already read). */
export declare function readInputBotInlineMessageID64(r: TlReader): InputBotInlineMessageID64;
/** Writes the fields of `inputChannel` (bare: without its constructor id). */
export declare function writeInputChannel(w: TlWriter, v: InputChannel): void;
/** Reads the fields of `inputChannel` (bare: its constructor id already read). */
export declare function readInputChannel(r: TlReader): InputChannel;
/** Writes the fields of `inputChannelEmpty` (bare: without its constructor id). */
export declare function writeInputChannelEmpty(_w: TlWriter, _v: InputChannelEmpty): void;
/** Reads the fields of `inputChannelEmpty` (bare: its constructor id already read). */
export declare function readInputChannelEmpty(_r: TlReader): InputChannelEmpty;
/** Writes the fields of `inputChannelFromMessage` (bare: without its constructor id). */
export declare function writeInputChannelFromMessage(w: TlWriter, v: InputChannelFromMessage): void;
/** Reads the fields of `inputChannelFromMessage` (bare: its constructor id already read). */
export declare function readInputChannelFromMessage(r: TlReader): InputChannelFromMessage;
/** Writes the fields of `inputChatlistDialogFilter` (bare: without its constructor id). */
export declare function writeInputChatlistDialogFilter(w: TlWriter, v: InputChatlistDialogFilter): void;
/** Reads the fields of `inputChatlistDialogFilter` (bare: its constructor id already read). */
export declare function readInputChatlistDialogFilter(r: TlReader): InputChatlistDialogFilter;
/** Writes the fields of `inputClientProxy` (bare: without its constructor id). */
export declare function writeInputClientProxy(w: TlWriter, v: InputClientProxy): void;
/** Reads the fields of `inputClientProxy` (bare: its constructor id already read). */
export declare function readInputClientProxy(r: TlReader): InputClientProxy;
/** Writes the fields of `inputDocument` (bare: without its constructor id). */
export declare function writeInputDocument(w: TlWriter, v: InputDocument): void;
/** Reads the fields of `inputDocument` (bare: its constructor id already read). */
export declare function readInputDocument(r: TlReader): InputDocument;
/** Writes the fields of `inputDocumentEmpty` (bare: without its constructor id). */
export declare function writeInputDocumentEmpty(_w: TlWriter, _v: InputDocumentEmpty): void;
/** Reads the fields of `inputDocumentEmpty` (bare: its constructor id already read). */
export declare function readInputDocumentEmpty(_r: TlReader): InputDocumentEmpty;
/** Writes the fields of `inputEmojiStatusCollectible` (bare: without its constructor id). */
export declare function writeInputEmojiStatusCollectible(w: TlWriter, v: InputEmojiStatusCollectible): void;
/** Reads the fields of `inputEmojiStatusCollectible` (bare: its constructor id already read). */
export declare function readInputEmojiStatusCollectible(r: TlReader): InputEmojiStatusCollectible;
/** Writes the fields of `inputFile` (bare: without its constructor id). */
export declare function writeInputFile(w: TlWriter, v: InputFile): void;
/** Reads the fields of `inputFile` (bare: its constructor id already read). */
export declare function readInputFile(r: TlReader): InputFile;
/** Writes the fields of `inputFileBig` (bare: without its constructor id). */
export declare function writeInputFileBig(w: TlWriter, v: InputFileBig): void;
/** Reads the fields of `inputFileBig` (bare: its constructor id already read). */
export declare function readInputFileBig(r: TlReader): InputFileBig;
/** Writes the fields of `inputFileStoryDocument` (bare: without its constructor id). */
export declare function writeInputFileStoryDocument(w: TlWriter, v: InputFileStoryDocument): void;
/** Reads the fields of `inputFileStoryDocument` (bare: its constructor id already read). */
export declare function readInputFileStoryDocument(r: TlReader): InputFileStoryDocument;
/** Writes the fields of `inputGameID` (bare: without its constructor id). */
export declare function writeInputGameID(w: TlWriter, v: InputGameID): void;
/** Reads the fields of `inputGameID` (bare: its constructor id already read). */
export declare function readInputGameID(r: TlReader): InputGameID;
/** Writes the fields of `inputGameShortName` (bare: without its constructor id). */
export declare function writeInputGameShortName(w: TlWriter, v: InputGameShortName): void;
/** Reads the fields of `inputGameShortName` (bare: its constructor id already read). */
export declare function readInputGameShortName(r: TlReader): InputGameShortName;
/** Writes the fields of `inputGeoPoint` (bare: without its constructor id). */
export declare function writeInputGeoPoint(w: TlWriter, v: InputGeoPoint): void;
/** Reads the fields of `inputGeoPoint` (bare: its constructor id already read). */
export declare function readInputGeoPoint(r: TlReader): InputGeoPoint;
/** Writes the fields of `inputGeoPointEmpty` (bare: without its constructor id). */
export declare function writeInputGeoPointEmpty(_w: TlWriter, _v: InputGeoPointEmpty): void;
/** Reads the fields of `inputGeoPointEmpty` (bare: its constructor id already read). */
export declare function readInputGeoPointEmpty(_r: TlReader): InputGeoPointEmpty;
/** Writes the fields of `inputGroupCall` (bare: without its constructor id). */
export declare function writeInputGroupCall(w: TlWriter, v: InputGroupCall): void;
/** Reads the fields of `inputGroupCall` (bare: its constructor id already read). */
export declare function readInputGroupCall(r: TlReader): InputGroupCall;
/** Writes the fields of `inputGroupCallInviteMessage` (bare: without its constructor id). */
export declare function writeInputGroupCallInviteMessage(w: TlWriter, v: InputGroupCallInviteMessage): void;
/** Reads the fields of `inputGroupCallInviteMessage` (bare: its constructor id already read). */
export declare function readInputGroupCallInviteMessage(r: TlReader): InputGroupCallInviteMessage;
/** Writes the fields of `inputGroupCallSlug` (bare: without its constructor id). */
export declare function writeInputGroupCallSlug(w: TlWriter, v: InputGroupCallSlug): void;
/** Reads the fields of `inputGroupCallSlug` (bare: its constructor id already read). */
export declare function readInputGroupCallSlug(r: TlReader): InputGroupCallSlug;
/** Writes the fields of `inputKeyboardButtonRequestPeer` (bare: without its constructor id). */
export declare function writeInputKeyboardButtonRequestPeer(w: TlWriter, v: InputKeyboardButtonRequestPeer): void;
/** Reads the fields of `inputKeyboardButtonRequestPeer` (bare: its constructor id already read). */
export declare function readInputKeyboardButtonRequestPeer(r: TlReader): InputKeyboardButtonRequestPeer;
/** Writes the fields of `inputKeyboardButtonUrlAuth` (bare: without its constructor id). */
export declare function writeInputKeyboardButtonUrlAuth(w: TlWriter, v: InputKeyboardButtonUrlAuth): void;
/** Reads the fields of `inputKeyboardButtonUrlAuth` (bare: its constructor id already read). */
export declare function readInputKeyboardButtonUrlAuth(r: TlReader): InputKeyboardButtonUrlAuth;
/** Writes the fields of `inputKeyboardButtonUserProfile` (bare: without its constructor id). */
export declare function writeInputKeyboardButtonUserProfile(w: TlWriter, v: InputKeyboardButtonUserProfile): void;
/** Reads the fields of `inputKeyboardButtonUserProfile` (bare: its constructor id already read). */
export declare function readInputKeyboardButtonUserProfile(r: TlReader): InputKeyboardButtonUserProfile;
/** Writes the fields of `inputMediaAreaChannelPost` (bare: without its constructor id). */
export declare function writeInputMediaAreaChannelPost(w: TlWriter, v: InputMediaAreaChannelPost): void;
/** Reads the fields of `inputMediaAreaChannelPost` (bare: its constructor id already read). */
export declare function readInputMediaAreaChannelPost(r: TlReader): InputMediaAreaChannelPost;
/** Writes the fields of `inputMediaAreaVenue` (bare: without its constructor id). */
export declare function writeInputMediaAreaVenue(w: TlWriter, v: InputMediaAreaVenue): void;
/** Reads the fields of `inputMediaAreaVenue` (bare: its constructor id already read). */
export declare function readInputMediaAreaVenue(r: TlReader): InputMediaAreaVenue;
/** Writes the fields of `inputMediaContact` (bare: without its constructor id). */
export declare function writeInputMediaContact(w: TlWriter, v: InputMediaContact): void;
/** Reads the fields of `inputMediaContact` (bare: its constructor id already read). */
export declare function readInputMediaContact(r: TlReader): InputMediaContact;
/** Writes the fields of `inputMediaDice` (bare: without its constructor id). */
export declare function writeInputMediaDice(w: TlWriter, v: InputMediaDice): void;
/** Reads the fields of `inputMediaDice` (bare: its constructor id already read). */
export declare function readInputMediaDice(r: TlReader): InputMediaDice;
/** Writes the fields of `inputMediaDocument` (bare: without its constructor id). */
export declare function writeInputMediaDocument(w: TlWriter, v: InputMediaDocument): void;
/** Reads the fields of `inputMediaDocument` (bare: its constructor id already read). */
export declare function readInputMediaDocument(r: TlReader): InputMediaDocument;
/** Writes the fields of `inputMediaDocumentExternal` (bare: without its constructor id). */
export declare function writeInputMediaDocumentExternal(w: TlWriter, v: InputMediaDocumentExternal): void;
/** Reads the fields of `inputMediaDocumentExternal` (bare: its constructor id already read). */
export declare function readInputMediaDocumentExternal(r: TlReader): InputMediaDocumentExternal;
/** Writes the fields of `inputMediaEmpty` (bare: without its constructor id). */
export declare function writeInputMediaEmpty(_w: TlWriter, _v: InputMediaEmpty): void;
/** Reads the fields of `inputMediaEmpty` (bare: its constructor id already read). */
export declare function readInputMediaEmpty(_r: TlReader): InputMediaEmpty;
/** Writes the fields of `inputMediaGame` (bare: without its constructor id). */
export declare function writeInputMediaGame(w: TlWriter, v: InputMediaGame): void;
/** Reads the fields of `inputMediaGame` (bare: its constructor id already read). */
export declare function readInputMediaGame(r: TlReader): InputMediaGame;
/** Writes the fields of `inputMediaGeoLive` (bare: without its constructor id). */
export declare function writeInputMediaGeoLive(w: TlWriter, v: InputMediaGeoLive): void;
/** Reads the fields of `inputMediaGeoLive` (bare: its constructor id already read). */
export declare function readInputMediaGeoLive(r: TlReader): InputMediaGeoLive;
/** Writes the fields of `inputMediaGeoPoint` (bare: without its constructor id). */
export declare function writeInputMediaGeoPoint(w: TlWriter, v: InputMediaGeoPoint): void;
/** Reads the fields of `inputMediaGeoPoint` (bare: its constructor id already read). */
export declare function readInputMediaGeoPoint(r: TlReader): InputMediaGeoPoint;
/** Writes the fields of `inputMediaInvoice` (bare: without its constructor id). */
export declare function writeInputMediaInvoice(w: TlWriter, v: InputMediaInvoice): void;
/** Reads the fields of `inputMediaInvoice` (bare: its constructor id already read). */
export declare function readInputMediaInvoice(r: TlReader): InputMediaInvoice;
/** Writes the fields of `inputMediaPaidMedia` (bare: without its constructor id). */
export declare function writeInputMediaPaidMedia(w: TlWriter, v: InputMediaPaidMedia): void;
/** Reads the fields of `inputMediaPaidMedia` (bare: its constructor id already read). */
export declare function readInputMediaPaidMedia(r: TlReader): InputMediaPaidMedia;
/** Writes the fields of `inputMediaPhoto` (bare: without its constructor id). */
export declare function writeInputMediaPhoto(w: TlWriter, v: InputMediaPhoto): void;
/** Reads the fields of `inputMediaPhoto` (bare: its constructor id already read). */
export declare function readInputMediaPhoto(r: TlReader): InputMediaPhoto;
/** Writes the fields of `inputMediaPhotoExternal` (bare: without its constructor id). */
export declare function writeInputMediaPhotoExternal(w: TlWriter, v: InputMediaPhotoExternal): void;
/** Reads the fields of `inputMediaPhotoExternal` (bare: its constructor id already read). */
export declare function readInputMediaPhotoExternal(r: TlReader): InputMediaPhotoExternal;
/** Writes the fields of `inputMediaPoll` (bare: without its constructor id). */
export declare function writeInputMediaPoll(w: TlWriter, v: InputMediaPoll): void;
/** Reads the fields of `inputMediaPoll` (bare: its constructor id already read). */
export declare function readInputMediaPoll(r: TlReader): InputMediaPoll;
/** Writes the fields of `inputMediaStakeDice` (bare: without its constructor id). */
export declare function writeInputMediaStakeDice(w: TlWriter, v: InputMediaStakeDice): void;
/** Reads the fields of `inputMediaStakeDice` (bare: its constructor id already read). */
export declare function readInputMediaStakeDice(r: TlReader): InputMediaStakeDice;
/** Writes the fields of `inputMediaStory` (bare: without its constructor id). */
export declare function writeInputMediaStory(w: TlWriter, v: InputMediaStory): void;
/** Reads the fields of `inputMediaStory` (bare: its constructor id already read). */
export declare function readInputMediaStory(r: TlReader): InputMediaStory;
/** Writes the fields of `inputMediaTodo` (bare: without its constructor id). */
export declare function writeInputMediaTodo(w: TlWriter, v: InputMediaTodo): void;
/** Reads the fields of `inputMediaTodo` (bare: its constructor id already read). */
export declare function readInputMediaTodo(r: TlReader): InputMediaTodo;
/** Writes the fields of `inputMediaUploadedDocument` (bare: without its constructor id). */
export declare function writeInputMediaUploadedDocument(w: TlWriter, v: InputMediaUploadedDocument): void;
/** Reads the fields of `inputMediaUploadedDocument` (bare: its constructor id already read). */
export declare function readInputMediaUploadedDocument(r: TlReader): InputMediaUploadedDocument;
/** Writes the fields of `inputMediaUploadedPhoto` (bare: without its constructor id). */
export declare function writeInputMediaUploadedPhoto(w: TlWriter, v: InputMediaUploadedPhoto): void;
/** Reads the fields of `inputMediaUploadedPhoto` (bare: its constructor id already read). */
export declare function readInputMediaUploadedPhoto(r: TlReader): InputMediaUploadedPhoto;
/** Writes the fields of `inputMediaVenue` (bare: without its constructor id). */
export declare function writeInputMediaVenue(w: TlWriter, v: InputMediaVenue): void;
/** Reads the fields of `inputMediaVenue` (bare: its constructor id already read). */
export declare function readInputMediaVenue(r: TlReader): InputMediaVenue;
/** Writes the fields of `inputMediaWebPage` (bare: without its constructor id). */
export declare function writeInputMediaWebPage(w: TlWriter, v: InputMediaWebPage): void;
/** Reads the fields of `inputMediaWebPage` (bare: its constructor id already read). */
export declare function readInputMediaWebPage(r: TlReader): InputMediaWebPage;
/** Writes the fields of `inputMessageEntityMentionName` (bare: without its constructor id). */
export declare function writeInputMessageEntityMentionName(w: TlWriter, v: InputMessageEntityMentionName): void;
/** Reads the fields of `inputMessageEntityMentionName` (bare: its constructor id already read). */
export declare function readInputMessageEntityMentionName(r: TlReader): InputMessageEntityMentionName;
/** Writes the fields of `inputPageBlockMap` (bare: without its constructor id). */
export declare function writeInputPageBlockMap(w: TlWriter, v: InputPageBlockMap): void;
/** Reads the fields of `inputPageBlockMap` (bare: its constructor id already read). */
export declare function readInputPageBlockMap(r: TlReader): InputPageBlockMap;
/** Writes the fields of `inputPeerChannel` (bare: without its constructor id). */
export declare function writeInputPeerChannel(w: TlWriter, v: InputPeerChannel): void;
/** Reads the fields of `inputPeerChannel` (bare: its constructor id already read). */
export declare function readInputPeerChannel(r: TlReader): InputPeerChannel;
/** Writes the fields of `inputPeerChannelFromMessage` (bare: without its constructor id). */
export declare function writeInputPeerChannelFromMessage(w: TlWriter, v: InputPeerChannelFromMessage): void;
/** Reads the fields of `inputPeerChannelFromMessage` (bare: its constructor id already read). */
export declare function readInputPeerChannelFromMessage(r: TlReader): InputPeerChannelFromMessage;
/** Writes the fields of `inputPeerChat` (bare: without its constructor id). */
export declare function writeInputPeerChat(w: TlWriter, v: InputPeerChat): void;
/** Reads the fields of `inputPeerChat` (bare: its constructor id already read). */
export declare function readInputPeerChat(r: TlReader): InputPeerChat;
/** Writes the fields of `inputPeerColorCollectible` (bare: without its constructor id). */
export declare function writeInputPeerColorCollectible(w: TlWriter, v: InputPeerColorCollectible): void;
/** Reads the fields of `inputPeerColorCollectible` (bare: its constructor id already read). */
export declare function readInputPeerColorCollectible(r: TlReader): InputPeerColorCollectible;
/** Writes the fields of `inputPeerEmpty` (bare: without its constructor id). */
export declare function writeInputPeerEmpty(_w: TlWriter, _v: InputPeerEmpty): void;
/** Reads the fields of `inputPeerEmpty` (bare: its constructor id already read). */
export declare function readInputPeerEmpty(_r: TlReader): InputPeerEmpty;
/** Writes the fields of `inputPeerSelf` (bare: without its constructor id). */
export declare function writeInputPeerSelf(_w: TlWriter, _v: InputPeerSelf): void;
/** Reads the fields of `inputPeerSelf` (bare: its constructor id already read). */
export declare function readInputPeerSelf(_r: TlReader): InputPeerSelf;
/** Writes the fields of `inputPeerUser` (bare: without its constructor id). */
export declare function writeInputPeerUser(w: TlWriter, v: InputPeerUser): void;
/** Reads the fields of `inputPeerUser` (bare: its constructor id already read). */
export declare function readInputPeerUser(r: TlReader): InputPeerUser;
/** Writes the fields of `inputPeerUserFromMessage` (bare: without its constructor id). */
export declare function writeInputPeerUserFromMessage(w: TlWriter, v: InputPeerUserFromMessage): void;
/** Reads the fields of `inputPeerUserFromMessage` (bare: its constructor id already read). */
export declare function readInputPeerUserFromMessage(r: TlReader): InputPeerUserFromMessage;
/** Writes the fields of `inputPhoto` (bare: without its constructor id). */
export declare function writeInputPhoto(w: TlWriter, v: InputPhoto): void;
/** Reads the fields of `inputPhoto` (bare: its constructor id already read). */
export declare function readInputPhoto(r: TlReader): InputPhoto;
/** Writes the fields of `inputPhotoEmpty` (bare: without its constructor id). */
export declare function writeInputPhotoEmpty(_w: TlWriter, _v: InputPhotoEmpty): void;
/** Reads the fields of `inputPhotoEmpty` (bare: its constructor id already read). */
export declare function readInputPhotoEmpty(_r: TlReader): InputPhotoEmpty;
/** Writes the fields of `inputPollAnswer` (bare: without its constructor id). */
export declare function writeInputPollAnswer(w: TlWriter, v: InputPollAnswer): void;
/** Reads the fields of `inputPollAnswer` (bare: its constructor id already read). */
export declare function readInputPollAnswer(r: TlReader): InputPollAnswer;
/** Writes the fields of `inputReplyToMessage` (bare: without its constructor id). */
export declare function writeInputReplyToMessage(w: TlWriter, v: InputReplyToMessage): void;
/** Reads the fields of `inputReplyToMessage` (bare: its constructor id already read). */
export declare function readInputReplyToMessage(r: TlReader): InputReplyToMessage;
/** Writes the fields of `inputReplyToMonoForum` (bare: without its constructor id). */
export declare function writeInputReplyToMonoForum(w: TlWriter, v: InputReplyToMonoForum): void;
/** Reads the fields of `inputReplyToMonoForum` (bare: its constructor id already read). */
export declare function readInputReplyToMonoForum(r: TlReader): InputReplyToMonoForum;
/** Writes the fields of `inputReplyToStory` (bare: without its constructor id). */
export declare function writeInputReplyToStory(w: TlWriter, v: InputReplyToStory): void;
/** Reads the fields of `inputReplyToStory` (bare: its constructor id already read). */
export declare function readInputReplyToStory(r: TlReader): InputReplyToStory;
/** Writes the fields of `inputRichFileDocument` (bare: without its constructor id). */
export declare function writeInputRichFileDocument(w: TlWriter, v: InputRichFileDocument): void;
/** Reads the fields of `inputRichFileDocument` (bare: its constructor id already read). */
export declare function readInputRichFileDocument(r: TlReader): InputRichFileDocument;
/** Writes the fields of `inputRichFilePhoto` (bare: without its constructor id). */
export declare function writeInputRichFilePhoto(w: TlWriter, v: InputRichFilePhoto): void;
/** Reads the fields of `inputRichFilePhoto` (bare: its constructor id already read). */
export declare function readInputRichFilePhoto(r: TlReader): InputRichFilePhoto;
/** Writes the fields of `inputRichMessage` (bare: without its constructor id). */
export declare function writeInputRichMessage(w: TlWriter, v: InputRichMessage): void;
/** Reads the fields of `inputRichMessage` (bare: its constructor id already read). */
export declare function readInputRichMessage(r: TlReader): InputRichMessage;
/** Writes the fields of `inputRichMessageHTML` (bare: without its constructor id). */
export declare function writeInputRichMessageHTML(w: TlWriter, v: InputRichMessageHTML): void;
/** Reads the fields of `inputRichMessageHTML` (bare: its constructor id already read). */
export declare function readInputRichMessageHTML(r: TlReader): InputRichMessageHTML;
/** Writes the fields of `inputRichMessageMarkdown` (bare: without its constructor id). */
export declare function writeInputRichMessageMarkdown(w: TlWriter, v: InputRichMessageMarkdown): void;
/** Reads the fields of `inputRichMessageMarkdown` (bare: its constructor id already read). */
export declare function readInputRichMessageMarkdown(r: TlReader): InputRichMessageMarkdown;
/** Writes the fields of `inputSendMessageRichMessageDraftAction` (bare: without its constructor id). */
export declare function writeInputSendMessageRichMessageDraftAction(w: TlWriter, v: InputSendMessageRichMessageDraftAction): void;
/** Reads the fields of `inputSendMessageRichMessageDraftAction` (bare: its constructor id already read). */
export declare function readInputSendMessageRichMessageDraftAction(r: TlReader): InputSendMessageRichMessageDraftAction;
/** Writes the fields of `inputStickerSetAnimatedEmoji` (bare: without its constructor id). */
export declare function writeInputStickerSetAnimatedEmoji(_w: TlWriter, _v: InputStickerSetAnimatedEmoji): void;
/** Reads the fields of `inputStickerSetAnimatedEmoji` (bare: its constructor id already read). */
export declare function readInputStickerSetAnimatedEmoji(_r: TlReader): InputStickerSetAnimatedEmoji;
/** Writes the fields of `inputStickerSetAnimatedEmojiAnimations` (bare: without its constructor id). */
export declare function writeInputStickerSetAnimatedEmojiAnimations(_w: TlWriter, _v: InputStickerSetAnimatedEmojiAnimations): void;
/** Reads the fields of `inputStickerSetAnimatedEmojiAnimations` (bare: its constructor id already read). */
export declare function readInputStickerSetAnimatedEmojiAnimations(_r: TlReader): InputStickerSetAnimatedEmojiAnimations;
/** Writes the fields of `inputStickerSetDice` (bare: without its constructor id). */
export declare function writeInputStickerSetDice(w: TlWriter, v: InputStickerSetDice): void;
/** Reads the fields of `inputStickerSetDice` (bare: its constructor id already read). */
export declare function readInputStickerSetDice(r: TlReader): InputStickerSetDice;
/** Writes the fields of `inputStickerSetEmojiChannelDefaultStatuses` (bare: without its constructor id). */
export declare function writeInputStickerSetEmojiChannelDefaultStatuses(_w: TlWriter, _v: InputStickerSetEmojiChannelDefaultStatuses): void;
/** Reads the fields of `inputStickerSetEmojiChannelDefaultStatuses` (bare: its constructor id already read). */
export declare function readInputStickerSetEmojiChannelDefaultStatuses(_r: TlReader): InputStickerSetEmojiChannelDefaultStatuses;
/** Writes the fields of `inputStickerSetEmojiDefaultStatuses` (bare: without its constructor id). */
export declare function writeInputStickerSetEmojiDefaultStatuses(_w: TlWriter, _v: InputStickerSetEmojiDefaultStatuses): void;
/** Reads the fields of `inputStickerSetEmojiDefaultStatuses` (bare: its constructor id already read). */
export declare function readInputStickerSetEmojiDefaultStatuses(_r: TlReader): InputStickerSetEmojiDefaultStatuses;
/** Writes the fields of `inputStickerSetEmojiDefaultTopicIcons` (bare: without its constructor id). */
export declare function writeInputStickerSetEmojiDefaultTopicIcons(_w: TlWriter, _v: InputStickerSetEmojiDefaultTopicIcons): void;
/** Reads the fields of `inputStickerSetEmojiDefaultTopicIcons` (bare: its constructor id already read). */
export declare function readInputStickerSetEmojiDefaultTopicIcons(_r: TlReader): InputStickerSetEmojiDefaultTopicIcons;
/** Writes the fields of `inputStickerSetEmojiGenericAnimations` (bare: without its constructor id). */
export declare function writeInputStickerSetEmojiGenericAnimations(_w: TlWriter, _v: InputStickerSetEmojiGenericAnimations): void;
/** Reads the fields of `inputStickerSetEmojiGenericAnimations` (bare: its constructor id already read). */
export declare function readInputStickerSetEmojiGenericAnimations(_r: TlReader): InputStickerSetEmojiGenericAnimations;
/** Writes the fields of `inputStickerSetEmpty` (bare: without its constructor id). */
export declare function writeInputStickerSetEmpty(_w: TlWriter, _v: InputStickerSetEmpty): void;
/** Reads the fields of `inputStickerSetEmpty` (bare: its constructor id already read). */
export declare function readInputStickerSetEmpty(_r: TlReader): InputStickerSetEmpty;
/** Writes the fields of `inputStickerSetID` (bare: without its constructor id). */
export declare function writeInputStickerSetID(w: TlWriter, v: InputStickerSetID): void;
/** Reads the fields of `inputStickerSetID` (bare: its constructor id already read). */
export declare function readInputStickerSetID(r: TlReader): InputStickerSetID;
/** Writes the fields of `inputStickerSetPremiumGifts` (bare: without its constructor id). */
export declare function writeInputStickerSetPremiumGifts(_w: TlWriter, _v: InputStickerSetPremiumGifts): void;
/** Reads the fields of `inputStickerSetPremiumGifts` (bare: its constructor id already read). */
export declare function readInputStickerSetPremiumGifts(_r: TlReader): InputStickerSetPremiumGifts;
/** Writes the fields of `inputStickerSetShortName` (bare: without its constructor id). */
export declare function writeInputStickerSetShortName(w: TlWriter, v: InputStickerSetShortName): void;
/** Reads the fields of `inputStickerSetShortName` (bare: its constructor id already read). */
export declare function readInputStickerSetShortName(r: TlReader): InputStickerSetShortName;
/** Writes the fields of `inputStickerSetTonGifts` (bare: without its constructor id). */
export declare function writeInputStickerSetTonGifts(_w: TlWriter, _v: InputStickerSetTonGifts): void;
/** Reads the fields of `inputStickerSetTonGifts` (bare: its constructor id already read). */
export declare function readInputStickerSetTonGifts(_r: TlReader): InputStickerSetTonGifts;
/** Writes the fields of `inputUser` (bare: without its constructor id). */
export declare function writeInputUser(w: TlWriter, v: InputUser): void;
/** Reads the fields of `inputUser` (bare: its constructor id already read). */
export declare function readInputUser(r: TlReader): InputUser;
/** Writes the fields of `inputUserEmpty` (bare: without its constructor id). */
export declare function writeInputUserEmpty(_w: TlWriter, _v: InputUserEmpty): void;
/** Reads the fields of `inputUserEmpty` (bare: its constructor id already read). */
export declare function readInputUserEmpty(_r: TlReader): InputUserEmpty;
/** Writes the fields of `inputUserFromMessage` (bare: without its constructor id). */
export declare function writeInputUserFromMessage(w: TlWriter, v: InputUserFromMessage): void;
/** Reads the fields of `inputUserFromMessage` (bare: its constructor id already read). */
export declare function readInputUserFromMessage(r: TlReader): InputUserFromMessage;
/** Writes the fields of `inputUserSelf` (bare: without its constructor id). */
export declare function writeInputUserSelf(_w: TlWriter, _v: InputUserSelf): void;
/** Reads the fields of `inputUserSelf` (bare: its constructor id already read). */
export declare function readInputUserSelf(_r: TlReader): InputUserSelf;
/** Writes the fields of `inputWebDocument` (bare: without its constructor id). */
export declare function writeInputWebDocument(w: TlWriter, v: InputWebDocument): void;
/** Reads the fields of `inputWebDocument` (bare: its constructor id already read). */
export declare function readInputWebDocument(r: TlReader): InputWebDocument;
/** Writes the fields of `invoice` (bare: without its constructor id). */
export declare function writeInvoice(w: TlWriter, v: Invoice): void;
/** Reads the fields of `invoice` (bare: its constructor id already read). */
export declare function readInvoice(r: TlReader): Invoice;
/** Writes the fields of `joinChatBotResultApproved` (bare: without its constructor id). */
export declare function writeJoinChatBotResultApproved(_w: TlWriter, _v: JoinChatBotResultApproved): void;
/** Reads the fields of `joinChatBotResultApproved` (bare: its constructor id already read). */
export declare function readJoinChatBotResultApproved(_r: TlReader): JoinChatBotResultApproved;
/** Writes the fields of `joinChatBotResultDeclined` (bare: without its constructor id). */
export declare function writeJoinChatBotResultDeclined(_w: TlWriter, _v: JoinChatBotResultDeclined): void;
/** Reads the fields of `joinChatBotResultDeclined` (bare: its constructor id already read). */
export declare function readJoinChatBotResultDeclined(_r: TlReader): JoinChatBotResultDeclined;
/** Writes the fields of `joinChatBotResultQueued` (bare: without its constructor id). */
export declare function writeJoinChatBotResultQueued(_w: TlWriter, _v: JoinChatBotResultQueued): void;
/** Reads the fields of `joinChatBotResultQueued` (bare: its constructor id already read). */
export declare function readJoinChatBotResultQueued(_r: TlReader): JoinChatBotResultQueued;
/** Writes the fields of `joinChatBotResultWebView` (bare: without its constructor id). */
export declare function writeJoinChatBotResultWebView(w: TlWriter, v: JoinChatBotResultWebView): void;
/** Reads the fields of `joinChatBotResultWebView` (bare: its constructor id already read). */
export declare function readJoinChatBotResultWebView(r: TlReader): JoinChatBotResultWebView;
/** Writes the fields of `jsonArray` (bare: without its constructor id). */
export declare function writeJsonArray(w: TlWriter, v: JsonArray): void;
/** Reads the fields of `jsonArray` (bare: its constructor id already read). */
export declare function readJsonArray(r: TlReader): JsonArray;
/** Writes the fields of `jsonBool` (bare: without its constructor id). */
export declare function writeJsonBool(w: TlWriter, v: JsonBool): void;
/** Reads the fields of `jsonBool` (bare: its constructor id already read). */
export declare function readJsonBool(r: TlReader): JsonBool;
/** Writes the fields of `jsonNull` (bare: without its constructor id). */
export declare function writeJsonNull(_w: TlWriter, _v: JsonNull): void;
/** Reads the fields of `jsonNull` (bare: its constructor id already read). */
export declare function readJsonNull(_r: TlReader): JsonNull;
/** Writes the fields of `jsonNumber` (bare: without its constructor id). */
export declare function writeJsonNumber(w: TlWriter, v: JsonNumber): void;
/** Reads the fields of `jsonNumber` (bare: its constructor id already read). */
export declare function readJsonNumber(r: TlReader): JsonNumber;
/** Writes the fields of `jsonObject` (bare: without its constructor id). */
export declare function writeJsonObject(w: TlWriter, v: JsonObject): void;
/** Reads the fields of `jsonObject` (bare: its constructor id already read). */
export declare function readJsonObject(r: TlReader): JsonObject;
/** Writes the fields of `jsonObjectValue` (bare: without its constructor id). */
export declare function writeJsonObjectValue(w: TlWriter, v: JsonObjectValue): void;
/** Reads the fields of `jsonObjectValue` (bare: its constructor id already read). */
export declare function readJsonObjectValue(r: TlReader): JsonObjectValue;
/** Writes the fields of `jsonString` (bare: without its constructor id). */
export declare function writeJsonString(w: TlWriter, v: JsonString): void;
/** Reads the fields of `jsonString` (bare: its constructor id already read). */
export declare function readJsonString(r: TlReader): JsonString;
/** Writes the fields of `keyboardButton` (bare: without its constructor id). */
export declare function writeKeyboardButton(w: TlWriter, v: KeyboardButton): void;
/** Reads the fields of `keyboardButton` (bare: its constructor id already read). */
export declare function readKeyboardButton(r: TlReader): KeyboardButton;
/** Writes the fields of `keyboardButtonBuy` (bare: without its constructor id). */
export declare function writeKeyboardButtonBuy(w: TlWriter, v: KeyboardButtonBuy): void;
/** Reads the fields of `keyboardButtonBuy` (bare: its constructor id already read). */
export declare function readKeyboardButtonBuy(r: TlReader): KeyboardButtonBuy;
/** Writes the fields of `keyboardButtonCallback` (bare: without its constructor id). */
export declare function writeKeyboardButtonCallback(w: TlWriter, v: KeyboardButtonCallback): void;
/** Reads the fields of `keyboardButtonCallback` (bare: its constructor id already read). */
export declare function readKeyboardButtonCallback(r: TlReader): KeyboardButtonCallback;
/** Writes the fields of `keyboardButtonCopy` (bare: without its constructor id). */
export declare function writeKeyboardButtonCopy(w: TlWriter, v: KeyboardButtonCopy): void;
/** Reads the fields of `keyboardButtonCopy` (bare: its constructor id already read). */
export declare function readKeyboardButtonCopy(r: TlReader): KeyboardButtonCopy;
/** Writes the fields of `keyboardButtonGame` (bare: without its constructor id). */
export declare function writeKeyboardButtonGame(w: TlWriter, v: KeyboardButtonGame): void;
/** Reads the fields of `keyboardButtonGame` (bare: its constructor id already read). */
export declare function readKeyboardButtonGame(r: TlReader): KeyboardButtonGame;
/** Writes the fields of `keyboardButtonRequestGeoLocation` (bare: without its constructor id). */
export declare function writeKeyboardButtonRequestGeoLocation(w: TlWriter, v: KeyboardButtonRequestGeoLocation): void;
/** Reads the fields of `keyboardButtonRequestGeoLocation` (bare: its constructor id already read). */
export declare function readKeyboardButtonRequestGeoLocation(r: TlReader): KeyboardButtonRequestGeoLocation;
/** Writes the fields of `keyboardButtonRequestPeer` (bare: without its constructor id). */
export declare function writeKeyboardButtonRequestPeer(w: TlWriter, v: KeyboardButtonRequestPeer): void;
/** Reads the fields of `keyboardButtonRequestPeer` (bare: its constructor id already read). */
export declare function readKeyboardButtonRequestPeer(r: TlReader): KeyboardButtonRequestPeer;
/** Writes the fields of `keyboardButtonRequestPhone` (bare: without its constructor id). */
export declare function writeKeyboardButtonRequestPhone(w: TlWriter, v: KeyboardButtonRequestPhone): void;
/** Reads the fields of `keyboardButtonRequestPhone` (bare: its constructor id already read). */
export declare function readKeyboardButtonRequestPhone(r: TlReader): KeyboardButtonRequestPhone;
/** Writes the fields of `keyboardButtonRequestPoll` (bare: without its constructor id). */
export declare function writeKeyboardButtonRequestPoll(w: TlWriter, v: KeyboardButtonRequestPoll): void;
/** Reads the fields of `keyboardButtonRequestPoll` (bare: its constructor id already read). */
export declare function readKeyboardButtonRequestPoll(r: TlReader): KeyboardButtonRequestPoll;
/** Writes the fields of `keyboardButtonRow` (bare: without its constructor id). */
export declare function writeKeyboardButtonRow(w: TlWriter, v: KeyboardButtonRow): void;
/** Reads the fields of `keyboardButtonRow` (bare: its constructor id already read). */
export declare function readKeyboardButtonRow(r: TlReader): KeyboardButtonRow;
/** Writes the fields of `keyboardButtonSimpleWebView` (bare: without its constructor id). */
export declare function writeKeyboardButtonSimpleWebView(w: TlWriter, v: KeyboardButtonSimpleWebView): void;
/** Reads the fields of `keyboardButtonSimpleWebView` (bare: its constructor id already read). */
export declare function readKeyboardButtonSimpleWebView(r: TlReader): KeyboardButtonSimpleWebView;
/** Writes the fields of `keyboardButtonStyle` (bare: without its constructor id). */
export declare function writeKeyboardButtonStyle(w: TlWriter, v: KeyboardButtonStyle): void;
/** Reads the fields of `keyboardButtonStyle` (bare: its constructor id already read). */
export declare function readKeyboardButtonStyle(r: TlReader): KeyboardButtonStyle;
/** Writes the fields of `keyboardButtonSwitchInline` (bare: without its constructor id). */
export declare function writeKeyboardButtonSwitchInline(w: TlWriter, v: KeyboardButtonSwitchInline): void;
/** Reads the fields of `keyboardButtonSwitchInline` (bare: its constructor id already read). */
export declare function readKeyboardButtonSwitchInline(r: TlReader): KeyboardButtonSwitchInline;
/** Writes the fields of `keyboardButtonUrl` (bare: without its constructor id). */
export declare function writeKeyboardButtonUrl(w: TlWriter, v: KeyboardButtonUrl): void;
/** Reads the fields of `keyboardButtonUrl` (bare: its constructor id already read). */
export declare function readKeyboardButtonUrl(r: TlReader): KeyboardButtonUrl;
/** Writes the fields of `keyboardButtonUrlAuth` (bare: without its constructor id). */
export declare function writeKeyboardButtonUrlAuth(w: TlWriter, v: KeyboardButtonUrlAuth): void;
/** Reads the fields of `keyboardButtonUrlAuth` (bare: its constructor id already read). */
export declare function readKeyboardButtonUrlAuth(r: TlReader): KeyboardButtonUrlAuth;
/** Writes the fields of `keyboardButtonUserProfile` (bare: without its constructor id). */
export declare function writeKeyboardButtonUserProfile(w: TlWriter, v: KeyboardButtonUserProfile): void;
/** Reads the fields of `keyboardButtonUserProfile` (bare: its constructor id already read). */
export declare function readKeyboardButtonUserProfile(r: TlReader): KeyboardButtonUserProfile;
/** Writes the fields of `keyboardButtonWebView` (bare: without its constructor id). */
export declare function writeKeyboardButtonWebView(w: TlWriter, v: KeyboardButtonWebView): void;
/** Reads the fields of `keyboardButtonWebView` (bare: its constructor id already read). */
export declare function readKeyboardButtonWebView(r: TlReader): KeyboardButtonWebView;
/** Writes the fields of `labeledPrice` (bare: without its constructor id). */
export declare function writeLabeledPrice(w: TlWriter, v: LabeledPrice): void;
/** Reads the fields of `labeledPrice` (bare: its constructor id already read). */
export declare function readLabeledPrice(r: TlReader): LabeledPrice;
/** Writes the fields of `langPackDifference` (bare: without its constructor id). */
export declare function writeLangPackDifference(w: TlWriter, v: LangPackDifference): void;
/** Reads the fields of `langPackDifference` (bare: its constructor id already read). */
export declare function readLangPackDifference(r: TlReader): LangPackDifference;
/** Writes the fields of `langPackString` (bare: without its constructor id). */
export declare function writeLangPackString(w: TlWriter, v: LangPackString): void;
/** Reads the fields of `langPackString` (bare: its constructor id already read). */
export declare function readLangPackString(r: TlReader): LangPackString;
/** Writes the fields of `langPackStringDeleted` (bare: without its constructor id). */
export declare function writeLangPackStringDeleted(w: TlWriter, v: LangPackStringDeleted): void;
/** Reads the fields of `langPackStringDeleted` (bare: its constructor id already read). */
export declare function readLangPackStringDeleted(r: TlReader): LangPackStringDeleted;
/** Writes the fields of `langPackStringPluralized` (bare: without its constructor id). */
export declare function writeLangPackStringPluralized(w: TlWriter, v: LangPackStringPluralized): void;
/** Reads the fields of `langPackStringPluralized` (bare: its constructor id already read). */
export declare function readLangPackStringPluralized(r: TlReader): LangPackStringPluralized;
/** Writes the fields of `maskCoords` (bare: without its constructor id). */
export declare function writeMaskCoords(w: TlWriter, v: MaskCoords): void;
/** Reads the fields of `maskCoords` (bare: its constructor id already read). */
export declare function readMaskCoords(r: TlReader): MaskCoords;
/** Writes the fields of `mediaAreaChannelPost` (bare: without its constructor id). */
export declare function writeMediaAreaChannelPost(w: TlWriter, v: MediaAreaChannelPost): void;
/** Reads the fields of `mediaAreaChannelPost` (bare: its constructor id already read). */
export declare function readMediaAreaChannelPost(r: TlReader): MediaAreaChannelPost;
/** Writes the fields of `mediaAreaCoordinates` (bare: without its constructor id). */
export declare function writeMediaAreaCoordinates(w: TlWriter, v: MediaAreaCoordinates): void;
/** Reads the fields of `mediaAreaCoordinates` (bare: its constructor id already read). */
export declare function readMediaAreaCoordinates(r: TlReader): MediaAreaCoordinates;
/** Writes the fields of `mediaAreaGeoPoint` (bare: without its constructor id). */
export declare function writeMediaAreaGeoPoint(w: TlWriter, v: MediaAreaGeoPoint): void;
/** Reads the fields of `mediaAreaGeoPoint` (bare: its constructor id already read). */
export declare function readMediaAreaGeoPoint(r: TlReader): MediaAreaGeoPoint;
/** Writes the fields of `mediaAreaStarGift` (bare: without its constructor id). */
export declare function writeMediaAreaStarGift(w: TlWriter, v: MediaAreaStarGift): void;
/** Reads the fields of `mediaAreaStarGift` (bare: its constructor id already read). */
export declare function readMediaAreaStarGift(r: TlReader): MediaAreaStarGift;
/** Writes the fields of `mediaAreaSuggestedReaction` (bare: without its constructor id). */
export declare function writeMediaAreaSuggestedReaction(w: TlWriter, v: MediaAreaSuggestedReaction): void;
/** Reads the fields of `mediaAreaSuggestedReaction` (bare: its constructor id already read). */
export declare function readMediaAreaSuggestedReaction(r: TlReader): MediaAreaSuggestedReaction;
/** Writes the fields of `mediaAreaUrl` (bare: without its constructor id). */
export declare function writeMediaAreaUrl(w: TlWriter, v: MediaAreaUrl): void;
/** Reads the fields of `mediaAreaUrl` (bare: its constructor id already read). */
export declare function readMediaAreaUrl(r: TlReader): MediaAreaUrl;
/** Writes the fields of `mediaAreaVenue` (bare: without its constructor id). */
export declare function writeMediaAreaVenue(w: TlWriter, v: MediaAreaVenue): void;
/** Reads the fields of `mediaAreaVenue` (bare: its constructor id already read). */
export declare function readMediaAreaVenue(r: TlReader): MediaAreaVenue;
/** Writes the fields of `mediaAreaWeather` (bare: without its constructor id). */
export declare function writeMediaAreaWeather(w: TlWriter, v: MediaAreaWeather): void;
/** Reads the fields of `mediaAreaWeather` (bare: its constructor id already read). */
export declare function readMediaAreaWeather(r: TlReader): MediaAreaWeather;
/** Writes the fields of `message` (bare: without its constructor id). */
export declare function writeMessage(w: TlWriter, v: Message): void;
/** Reads the fields of `message` (bare: its constructor id already read). */
export declare function readMessage(r: TlReader): Message;
/** Writes the fields of `messageActionBoostApply` (bare: without its constructor id). */
export declare function writeMessageActionBoostApply(w: TlWriter, v: MessageActionBoostApply): void;
/** Reads the fields of `messageActionBoostApply` (bare: its constructor id already read). */
export declare function readMessageActionBoostApply(r: TlReader): MessageActionBoostApply;
/** Writes the fields of `messageActionBotAllowed` (bare: without its constructor id). */
export declare function writeMessageActionBotAllowed(w: TlWriter, v: MessageActionBotAllowed): void;
/** Reads the fields of `messageActionBotAllowed` (bare: its constructor id already read). */
export declare function readMessageActionBotAllowed(r: TlReader): MessageActionBotAllowed;
/** Writes the fields of `messageActionChangeCreator` (bare: without its constructor id). */
export declare function writeMessageActionChangeCreator(w: TlWriter, v: MessageActionChangeCreator): void;
/** Reads the fields of `messageActionChangeCreator` (bare: its constructor id already read). */
export declare function readMessageActionChangeCreator(r: TlReader): MessageActionChangeCreator;
/** Writes the fields of `messageActionChannelCreate` (bare: without its constructor id). */
export declare function writeMessageActionChannelCreate(w: TlWriter, v: MessageActionChannelCreate): void;
/** Reads the fields of `messageActionChannelCreate` (bare: its constructor id already read). */
export declare function readMessageActionChannelCreate(r: TlReader): MessageActionChannelCreate;
/** Writes the fields of `messageActionChannelMigrateFrom` (bare: without its constructor id). */
export declare function writeMessageActionChannelMigrateFrom(w: TlWriter, v: MessageActionChannelMigrateFrom): void;
/** Reads the fields of `messageActionChannelMigrateFrom` (bare: its constructor id already read). */
export declare function readMessageActionChannelMigrateFrom(r: TlReader): MessageActionChannelMigrateFrom;
/** Writes the fields of `messageActionChatAddUser` (bare: without its constructor id). */
export declare function writeMessageActionChatAddUser(w: TlWriter, v: MessageActionChatAddUser): void;
/** Reads the fields of `messageActionChatAddUser` (bare: its constructor id already read). */
export declare function readMessageActionChatAddUser(r: TlReader): MessageActionChatAddUser;
/** Writes the fields of `messageActionChatCreate` (bare: without its constructor id). */
export declare function writeMessageActionChatCreate(w: TlWriter, v: MessageActionChatCreate): void;
/** Reads the fields of `messageActionChatCreate` (bare: its constructor id already read). */
export declare function readMessageActionChatCreate(r: TlReader): MessageActionChatCreate;
/** Writes the fields of `messageActionChatDeletePhoto` (bare: without its constructor id). */
export declare function writeMessageActionChatDeletePhoto(_w: TlWriter, _v: MessageActionChatDeletePhoto): void;
/** Reads the fields of `messageActionChatDeletePhoto` (bare: its constructor id already read). */
export declare function readMessageActionChatDeletePhoto(_r: TlReader): MessageActionChatDeletePhoto;
/** Writes the fields of `messageActionChatDeleteUser` (bare: without its constructor id). */
export declare function writeMessageActionChatDeleteUser(w: TlWriter, v: MessageActionChatDeleteUser): void;
/** Reads the fields of `messageActionChatDeleteUser` (bare: its constructor id already read). */
export declare function readMessageActionChatDeleteUser(r: TlReader): MessageActionChatDeleteUser;
/** Writes the fields of `messageActionChatEditPhoto` (bare: without its constructor id). */
export declare function writeMessageActionChatEditPhoto(w: TlWriter, v: MessageActionChatEditPhoto): void;
/** Reads the fields of `messageActionChatEditPhoto` (bare: its constructor id already read). */
export declare function readMessageActionChatEditPhoto(r: TlReader): MessageActionChatEditPhoto;
/** Writes the fields of `messageActionChatEditTitle` (bare: without its constructor id). */
export declare function writeMessageActionChatEditTitle(w: TlWriter, v: MessageActionChatEditTitle): void;
/** Reads the fields of `messageActionChatEditTitle` (bare: its constructor id already read). */
export declare function readMessageActionChatEditTitle(r: TlReader): MessageActionChatEditTitle;
/** Writes the fields of `messageActionChatJoinedByLink` (bare: without its constructor id). */
export declare function writeMessageActionChatJoinedByLink(w: TlWriter, v: MessageActionChatJoinedByLink): void;
/** Reads the fields of `messageActionChatJoinedByLink` (bare: its constructor id already read). */
export declare function readMessageActionChatJoinedByLink(r: TlReader): MessageActionChatJoinedByLink;
/** Writes the fields of `messageActionChatJoinedByRequest` (bare: without its constructor id). */
export declare function writeMessageActionChatJoinedByRequest(_w: TlWriter, _v: MessageActionChatJoinedByRequest): void;
/** Reads the fields of `messageActionChatJoinedByRequest` (bare: its constructor id already read). */
export declare function readMessageActionChatJoinedByRequest(_r: TlReader): MessageActionChatJoinedByRequest;
/** Writes the fields of `messageActionChatMigrateTo` (bare: without its constructor id). */
export declare function writeMessageActionChatMigrateTo(w: TlWriter, v: MessageActionChatMigrateTo): void;
/** Reads the fields of `messageActionChatMigrateTo` (bare: its constructor id already read). */
export declare function readMessageActionChatMigrateTo(r: TlReader): MessageActionChatMigrateTo;
/** Writes the fields of `messageActionConferenceCall` (bare: without its constructor id). */
export declare function writeMessageActionConferenceCall(w: TlWriter, v: MessageActionConferenceCall): void;
/** Reads the fields of `messageActionConferenceCall` (bare: its constructor id already read). */
export declare function readMessageActionConferenceCall(r: TlReader): MessageActionConferenceCall;
/** Writes the fields of `messageActionContactSignUp` (bare: without its constructor id). */
export declare function writeMessageActionContactSignUp(_w: TlWriter, _v: MessageActionContactSignUp): void;
/** Reads the fields of `messageActionContactSignUp` (bare: its constructor id already read). */
export declare function readMessageActionContactSignUp(_r: TlReader): MessageActionContactSignUp;
/** Writes the fields of `messageActionCustomAction` (bare: without its constructor id). */
export declare function writeMessageActionCustomAction(w: TlWriter, v: MessageActionCustomAction): void;
/** Reads the fields of `messageActionCustomAction` (bare: its constructor id already read). */
export declare function readMessageActionCustomAction(r: TlReader): MessageActionCustomAction;
/** Writes the fields of `messageActionEmpty` (bare: without its constructor id). */
export declare function writeMessageActionEmpty(_w: TlWriter, _v: MessageActionEmpty): void;
/** Reads the fields of `messageActionEmpty` (bare: its constructor id already read). */
export declare function readMessageActionEmpty(_r: TlReader): MessageActionEmpty;
/** Writes the fields of `messageActionGameScore` (bare: without its constructor id). */
export declare function writeMessageActionGameScore(w: TlWriter, v: MessageActionGameScore): void;
/** Reads the fields of `messageActionGameScore` (bare: its constructor id already read). */
export declare function readMessageActionGameScore(r: TlReader): MessageActionGameScore;
/** Writes the fields of `messageActionGeoProximityReached` (bare: without its constructor id). */
export declare function writeMessageActionGeoProximityReached(w: TlWriter, v: MessageActionGeoProximityReached): void;
/** Reads the fields of `messageActionGeoProximityReached` (bare: its constructor id already read). */
export declare function readMessageActionGeoProximityReached(r: TlReader): MessageActionGeoProximityReached;
/** Writes the fields of `messageActionGiftCode` (bare: without its constructor id). */
export declare function writeMessageActionGiftCode(w: TlWriter, v: MessageActionGiftCode): void;
/** Reads the fields of `messageActionGiftCode` (bare: its constructor id already read). */
export declare function readMessageActionGiftCode(r: TlReader): MessageActionGiftCode;
/** Writes the fields of `messageActionGiftPremium` (bare: without its constructor id). */
export declare function writeMessageActionGiftPremium(w: TlWriter, v: MessageActionGiftPremium): void;
/** Reads the fields of `messageActionGiftPremium` (bare: its constructor id already read). */
export declare function readMessageActionGiftPremium(r: TlReader): MessageActionGiftPremium;
/** Writes the fields of `messageActionGiftStars` (bare: without its constructor id). */
export declare function writeMessageActionGiftStars(w: TlWriter, v: MessageActionGiftStars): void;
/** Reads the fields of `messageActionGiftStars` (bare: its constructor id already read). */
export declare function readMessageActionGiftStars(r: TlReader): MessageActionGiftStars;
/** Writes the fields of `messageActionGiftTon` (bare: without its constructor id). */
export declare function writeMessageActionGiftTon(w: TlWriter, v: MessageActionGiftTon): void;
/** Reads the fields of `messageActionGiftTon` (bare: its constructor id already read). */
export declare function readMessageActionGiftTon(r: TlReader): MessageActionGiftTon;
/** Writes the fields of `messageActionGiveawayLaunch` (bare: without its constructor id). */
export declare function writeMessageActionGiveawayLaunch(w: TlWriter, v: MessageActionGiveawayLaunch): void;
/** Reads the fields of `messageActionGiveawayLaunch` (bare: its constructor id already read). */
export declare function readMessageActionGiveawayLaunch(r: TlReader): MessageActionGiveawayLaunch;
/** Writes the fields of `messageActionGiveawayResults` (bare: without its constructor id). */
export declare function writeMessageActionGiveawayResults(w: TlWriter, v: MessageActionGiveawayResults): void;
/** Reads the fields of `messageActionGiveawayResults` (bare: its constructor id already read). */
export declare function readMessageActionGiveawayResults(r: TlReader): MessageActionGiveawayResults;
/** Writes the fields of `messageActionGroupCall` (bare: without its constructor id). */
export declare function writeMessageActionGroupCall(w: TlWriter, v: MessageActionGroupCall): void;
/** Reads the fields of `messageActionGroupCall` (bare: its constructor id already read). */
export declare function readMessageActionGroupCall(r: TlReader): MessageActionGroupCall;
/** Writes the fields of `messageActionGroupCallScheduled` (bare: without its constructor id). */
export declare function writeMessageActionGroupCallScheduled(w: TlWriter, v: MessageActionGroupCallScheduled): void;
/** Reads the fields of `messageActionGroupCallScheduled` (bare: its constructor id already read). */
export declare function readMessageActionGroupCallScheduled(r: TlReader): MessageActionGroupCallScheduled;
/** Writes the fields of `messageActionHistoryClear` (bare: without its constructor id). */
export declare function writeMessageActionHistoryClear(_w: TlWriter, _v: MessageActionHistoryClear): void;
/** Reads the fields of `messageActionHistoryClear` (bare: its constructor id already read). */
export declare function readMessageActionHistoryClear(_r: TlReader): MessageActionHistoryClear;
/** Writes the fields of `messageActionInviteToGroupCall` (bare: without its constructor id). */
export declare function writeMessageActionInviteToGroupCall(w: TlWriter, v: MessageActionInviteToGroupCall): void;
/** Reads the fields of `messageActionInviteToGroupCall` (bare: its constructor id already read). */
export declare function readMessageActionInviteToGroupCall(r: TlReader): MessageActionInviteToGroupCall;
/** Writes the fields of `messageActionManagedBotCreated` (bare: without its constructor id). */
export declare function writeMessageActionManagedBotCreated(w: TlWriter, v: MessageActionManagedBotCreated): void;
/** Reads the fields of `messageActionManagedBotCreated` (bare: its constructor id already read). */
export declare function readMessageActionManagedBotCreated(r: TlReader): MessageActionManagedBotCreated;
/** Writes the fields of `messageActionNewCreatorPending` (bare: without its constructor id). */
export declare function writeMessageActionNewCreatorPending(w: TlWriter, v: MessageActionNewCreatorPending): void;
/** Reads the fields of `messageActionNewCreatorPending` (bare: its constructor id already read). */
export declare function readMessageActionNewCreatorPending(r: TlReader): MessageActionNewCreatorPending;
/** Writes the fields of `messageActionNoForwardsRequest` (bare: without its constructor id). */
export declare function writeMessageActionNoForwardsRequest(w: TlWriter, v: MessageActionNoForwardsRequest): void;
/** Reads the fields of `messageActionNoForwardsRequest` (bare: its constructor id already read). */
export declare function readMessageActionNoForwardsRequest(r: TlReader): MessageActionNoForwardsRequest;
/** Writes the fields of `messageActionNoForwardsToggle` (bare: without its constructor id). */
export declare function writeMessageActionNoForwardsToggle(w: TlWriter, v: MessageActionNoForwardsToggle): void;
/** Reads the fields of `messageActionNoForwardsToggle` (bare: its constructor id already read). */
export declare function readMessageActionNoForwardsToggle(r: TlReader): MessageActionNoForwardsToggle;
/** Writes the fields of `messageActionPaidMessagesPrice` (bare: without its constructor id). */
export declare function writeMessageActionPaidMessagesPrice(w: TlWriter, v: MessageActionPaidMessagesPrice): void;
/** Reads the fields of `messageActionPaidMessagesPrice` (bare: its constructor id already read). */
export declare function readMessageActionPaidMessagesPrice(r: TlReader): MessageActionPaidMessagesPrice;
/** Writes the fields of `messageActionPaidMessagesRefunded` (bare: without its constructor id). */
export declare function writeMessageActionPaidMessagesRefunded(w: TlWriter, v: MessageActionPaidMessagesRefunded): void;
/** Reads the fields of `messageActionPaidMessagesRefunded` (bare: its constructor id already read). */
export declare function readMessageActionPaidMessagesRefunded(r: TlReader): MessageActionPaidMessagesRefunded;
/** Writes the fields of `messageActionPaymentRefunded` (bare: without its constructor id). */
export declare function writeMessageActionPaymentRefunded(w: TlWriter, v: MessageActionPaymentRefunded): void;
/** Reads the fields of `messageActionPaymentRefunded` (bare: its constructor id already read). */
export declare function readMessageActionPaymentRefunded(r: TlReader): MessageActionPaymentRefunded;
/** Writes the fields of `messageActionPaymentSent` (bare: without its constructor id). */
export declare function writeMessageActionPaymentSent(w: TlWriter, v: MessageActionPaymentSent): void;
/** Reads the fields of `messageActionPaymentSent` (bare: its constructor id already read). */
export declare function readMessageActionPaymentSent(r: TlReader): MessageActionPaymentSent;
/** Writes the fields of `messageActionPaymentSentMe` (bare: without its constructor id). */
export declare function writeMessageActionPaymentSentMe(w: TlWriter, v: MessageActionPaymentSentMe): void;
/** Reads the fields of `messageActionPaymentSentMe` (bare: its constructor id already read). */
export declare function readMessageActionPaymentSentMe(r: TlReader): MessageActionPaymentSentMe;
/** Writes the fields of `messageActionPhoneCall` (bare: without its constructor id). */
export declare function writeMessageActionPhoneCall(w: TlWriter, v: MessageActionPhoneCall): void;
/** Reads the fields of `messageActionPhoneCall` (bare: its constructor id already read). */
export declare function readMessageActionPhoneCall(r: TlReader): MessageActionPhoneCall;
/** Writes the fields of `messageActionPinMessage` (bare: without its constructor id). */
export declare function writeMessageActionPinMessage(_w: TlWriter, _v: MessageActionPinMessage): void;
/** Reads the fields of `messageActionPinMessage` (bare: its constructor id already read). */
export declare function readMessageActionPinMessage(_r: TlReader): MessageActionPinMessage;
/** Writes the fields of `messageActionPollAppendAnswer` (bare: without its constructor id). */
export declare function writeMessageActionPollAppendAnswer(w: TlWriter, v: MessageActionPollAppendAnswer): void;
/** Reads the fields of `messageActionPollAppendAnswer` (bare: its constructor id already read). */
export declare function readMessageActionPollAppendAnswer(r: TlReader): MessageActionPollAppendAnswer;
/** Writes the fields of `messageActionPollDeleteAnswer` (bare: without its constructor id). */
export declare function writeMessageActionPollDeleteAnswer(w: TlWriter, v: MessageActionPollDeleteAnswer): void;
/** Reads the fields of `messageActionPollDeleteAnswer` (bare: its constructor id already read). */
export declare function readMessageActionPollDeleteAnswer(r: TlReader): MessageActionPollDeleteAnswer;
/** Writes the fields of `messageActionPrizeStars` (bare: without its constructor id). */
export declare function writeMessageActionPrizeStars(w: TlWriter, v: MessageActionPrizeStars): void;
/** Reads the fields of `messageActionPrizeStars` (bare: its constructor id already read). */
export declare function readMessageActionPrizeStars(r: TlReader): MessageActionPrizeStars;
/** Writes the fields of `messageActionRequestedPeer` (bare: without its constructor id). */
export declare function writeMessageActionRequestedPeer(w: TlWriter, v: MessageActionRequestedPeer): void;
/** Reads the fields of `messageActionRequestedPeer` (bare: its constructor id already read). */
export declare function readMessageActionRequestedPeer(r: TlReader): MessageActionRequestedPeer;
/** Writes the fields of `messageActionRequestedPeerSentMe` (bare: without its constructor id). */
export declare function writeMessageActionRequestedPeerSentMe(w: TlWriter, v: MessageActionRequestedPeerSentMe): void;
/** Reads the fields of `messageActionRequestedPeerSentMe` (bare: its constructor id already read). */
export declare function readMessageActionRequestedPeerSentMe(r: TlReader): MessageActionRequestedPeerSentMe;
/** Writes the fields of `messageActionScreenshotTaken` (bare: without its constructor id). */
export declare function writeMessageActionScreenshotTaken(_w: TlWriter, _v: MessageActionScreenshotTaken): void;
/** Reads the fields of `messageActionScreenshotTaken` (bare: its constructor id already read). */
export declare function readMessageActionScreenshotTaken(_r: TlReader): MessageActionScreenshotTaken;
/** Writes the fields of `messageActionSecureValuesSent` (bare: without its constructor id). */
export declare function writeMessageActionSecureValuesSent(w: TlWriter, v: MessageActionSecureValuesSent): void;
/** Reads the fields of `messageActionSecureValuesSent` (bare: its constructor id already read). */
export declare function readMessageActionSecureValuesSent(r: TlReader): MessageActionSecureValuesSent;
/** Writes the fields of `messageActionSecureValuesSentMe` (bare: without its constructor id). */
export declare function writeMessageActionSecureValuesSentMe(w: TlWriter, v: MessageActionSecureValuesSentMe): void;
/** Reads the fields of `messageActionSecureValuesSentMe` (bare: its constructor id already read). */
export declare function readMessageActionSecureValuesSentMe(r: TlReader): MessageActionSecureValuesSentMe;
/** Writes the fields of `messageActionSetChatTheme` (bare: without its constructor id). */
export declare function writeMessageActionSetChatTheme(w: TlWriter, v: MessageActionSetChatTheme): void;
/** Reads the fields of `messageActionSetChatTheme` (bare: its constructor id already read). */
export declare function readMessageActionSetChatTheme(r: TlReader): MessageActionSetChatTheme;
/** Writes the fields of `messageActionSetChatWallPaper` (bare: without its constructor id). */
export declare function writeMessageActionSetChatWallPaper(w: TlWriter, v: MessageActionSetChatWallPaper): void;
/** Reads the fields of `messageActionSetChatWallPaper` (bare: its constructor id already read). */
export declare function readMessageActionSetChatWallPaper(r: TlReader): MessageActionSetChatWallPaper;
/** Writes the fields of `messageActionSetMessagesTTL` (bare: without its constructor id). */
export declare function writeMessageActionSetMessagesTTL(w: TlWriter, v: MessageActionSetMessagesTTL): void;
/** Reads the fields of `messageActionSetMessagesTTL` (bare: its constructor id already read). */
export declare function readMessageActionSetMessagesTTL(r: TlReader): MessageActionSetMessagesTTL;
/** Writes the fields of `messageActionStarGift` (bare: without its constructor id). */
export declare function writeMessageActionStarGift(w: TlWriter, v: MessageActionStarGift): void;
/** Reads the fields of `messageActionStarGift` (bare: its constructor id already read). */
export declare function readMessageActionStarGift(r: TlReader): MessageActionStarGift;
/** Writes the fields of `messageActionStarGiftPurchaseOffer` (bare: without its constructor id). */
export declare function writeMessageActionStarGiftPurchaseOffer(w: TlWriter, v: MessageActionStarGiftPurchaseOffer): void;
/** Reads the fields of `messageActionStarGiftPurchaseOffer` (bare: its constructor id already read). */
export declare function readMessageActionStarGiftPurchaseOffer(r: TlReader): MessageActionStarGiftPurchaseOffer;
/** Writes the fields of `messageActionStarGiftPurchaseOfferDeclined` (bare: without its constructor id). */
export declare function writeMessageActionStarGiftPurchaseOfferDeclined(w: TlWriter, v: MessageActionStarGiftPurchaseOfferDeclined): void;
/** Reads the fields of `messageActionStarGiftPurchaseOfferDeclined` (bare: its constructor id already read). */
export declare function readMessageActionStarGiftPurchaseOfferDeclined(r: TlReader): MessageActionStarGiftPurchaseOfferDeclined;
/** Writes the fields of `messageActionStarGiftUnique` (bare: without its constructor id). */
export declare function writeMessageActionStarGiftUnique(w: TlWriter, v: MessageActionStarGiftUnique): void;
/** Reads the fields of `messageActionStarGiftUnique` (bare: its constructor id already read). */
export declare function readMessageActionStarGiftUnique(r: TlReader): MessageActionStarGiftUnique;
/** Writes the fields of `messageActionSuggestBirthday` (bare: without its constructor id). */
export declare function writeMessageActionSuggestBirthday(w: TlWriter, v: MessageActionSuggestBirthday): void;
/** Reads the fields of `messageActionSuggestBirthday` (bare: its constructor id already read). */
export declare function readMessageActionSuggestBirthday(r: TlReader): MessageActionSuggestBirthday;
/** Writes the fields of `messageActionSuggestProfilePhoto` (bare: without its constructor id). */
export declare function writeMessageActionSuggestProfilePhoto(w: TlWriter, v: MessageActionSuggestProfilePhoto): void;
/** Reads the fields of `messageActionSuggestProfilePhoto` (bare: its constructor id already read). */
export declare function readMessageActionSuggestProfilePhoto(r: TlReader): MessageActionSuggestProfilePhoto;
/** Writes the fields of `messageActionSuggestedPostApproval` (bare: without its constructor id). */
export declare function writeMessageActionSuggestedPostApproval(w: TlWriter, v: MessageActionSuggestedPostApproval): void;
/** Reads the fields of `messageActionSuggestedPostApproval` (bare: its constructor id already read). */
export declare function readMessageActionSuggestedPostApproval(r: TlReader): MessageActionSuggestedPostApproval;
/** Writes the fields of `messageActionSuggestedPostRefund` (bare: without its constructor id). */
export declare function writeMessageActionSuggestedPostRefund(w: TlWriter, v: MessageActionSuggestedPostRefund): void;
/** Reads the fields of `messageActionSuggestedPostRefund` (bare: its constructor id already read). */
export declare function readMessageActionSuggestedPostRefund(r: TlReader): MessageActionSuggestedPostRefund;
/** Writes the fields of `messageActionSuggestedPostSuccess` (bare: without its constructor id). */
export declare function writeMessageActionSuggestedPostSuccess(w: TlWriter, v: MessageActionSuggestedPostSuccess): void;
/** Reads the fields of `messageActionSuggestedPostSuccess` (bare: its constructor id already read). */
export declare function readMessageActionSuggestedPostSuccess(r: TlReader): MessageActionSuggestedPostSuccess;
/** Writes the fields of `messageActionTodoAppendTasks` (bare: without its constructor id). */
export declare function writeMessageActionTodoAppendTasks(w: TlWriter, v: MessageActionTodoAppendTasks): void;
/** Reads the fields of `messageActionTodoAppendTasks` (bare: its constructor id already read). */
export declare function readMessageActionTodoAppendTasks(r: TlReader): MessageActionTodoAppendTasks;
/** Writes the fields of `messageActionTodoCompletions` (bare: without its constructor id). */
export declare function writeMessageActionTodoCompletions(w: TlWriter, v: MessageActionTodoCompletions): void;
/** Reads the fields of `messageActionTodoCompletions` (bare: its constructor id already read). */
export declare function readMessageActionTodoCompletions(r: TlReader): MessageActionTodoCompletions;
/** Writes the fields of `messageActionTopicCreate` (bare: without its constructor id). */
export declare function writeMessageActionTopicCreate(w: TlWriter, v: MessageActionTopicCreate): void;
/** Reads the fields of `messageActionTopicCreate` (bare: its constructor id already read). */
export declare function readMessageActionTopicCreate(r: TlReader): MessageActionTopicCreate;
/** Writes the fields of `messageActionTopicEdit` (bare: without its constructor id). */
export declare function writeMessageActionTopicEdit(w: TlWriter, v: MessageActionTopicEdit): void;
/** Reads the fields of `messageActionTopicEdit` (bare: its constructor id already read). */
export declare function readMessageActionTopicEdit(r: TlReader): MessageActionTopicEdit;
/** Writes the fields of `messageActionWebViewDataSent` (bare: without its constructor id). */
export declare function writeMessageActionWebViewDataSent(w: TlWriter, v: MessageActionWebViewDataSent): void;
/** Reads the fields of `messageActionWebViewDataSent` (bare: its constructor id already read). */
export declare function readMessageActionWebViewDataSent(r: TlReader): MessageActionWebViewDataSent;
/** Writes the fields of `messageActionWebViewDataSentMe` (bare: without its constructor id). */
export declare function writeMessageActionWebViewDataSentMe(w: TlWriter, v: MessageActionWebViewDataSentMe): void;
/** Reads the fields of `messageActionWebViewDataSentMe` (bare: its constructor id already read). */
export declare function readMessageActionWebViewDataSentMe(r: TlReader): MessageActionWebViewDataSentMe;
/** Writes the fields of `messageEmpty` (bare: without its constructor id). */
export declare function writeMessageEmpty(w: TlWriter, v: MessageEmpty): void;
/** Reads the fields of `messageEmpty` (bare: its constructor id already read). */
export declare function readMessageEmpty(r: TlReader): MessageEmpty;
/** Writes the fields of `messageEntityBankCard` (bare: without its constructor id). */
export declare function writeMessageEntityBankCard(w: TlWriter, v: MessageEntityBankCard): void;
/** Reads the fields of `messageEntityBankCard` (bare: its constructor id already read). */
export declare function readMessageEntityBankCard(r: TlReader): MessageEntityBankCard;
/** Writes the fields of `messageEntityBlockquote` (bare: without its constructor id). */
export declare function writeMessageEntityBlockquote(w: TlWriter, v: MessageEntityBlockquote): void;
/** Reads the fields of `messageEntityBlockquote` (bare: its constructor id already read). */
export declare function readMessageEntityBlockquote(r: TlReader): MessageEntityBlockquote;
/** Writes the fields of `messageEntityBold` (bare: without its constructor id). */
export declare function writeMessageEntityBold(w: TlWriter, v: MessageEntityBold): void;
/** Reads the fields of `messageEntityBold` (bare: its constructor id already read). */
export declare function readMessageEntityBold(r: TlReader): MessageEntityBold;
/** Writes the fields of `messageEntityBotCommand` (bare: without its constructor id). */
export declare function writeMessageEntityBotCommand(w: TlWriter, v: MessageEntityBotCommand): void;
/** Reads the fields of `messageEntityBotCommand` (bare: its constructor id already read). */
export declare function readMessageEntityBotCommand(r: TlReader): MessageEntityBotCommand;
/** Writes the fields of `messageEntityCashtag` (bare: without its constructor id). */
export declare function writeMessageEntityCashtag(w: TlWriter, v: MessageEntityCashtag): void;
/** Reads the fields of `messageEntityCashtag` (bare: its constructor id already read). */
export declare function readMessageEntityCashtag(r: TlReader): MessageEntityCashtag;
/** Writes the fields of `messageEntityCode` (bare: without its constructor id). */
export declare function writeMessageEntityCode(w: TlWriter, v: MessageEntityCode): void;
/** Reads the fields of `messageEntityCode` (bare: its constructor id already read). */
export declare function readMessageEntityCode(r: TlReader): MessageEntityCode;
/** Writes the fields of `messageEntityCustomEmoji` (bare: without its constructor id). */
export declare function writeMessageEntityCustomEmoji(w: TlWriter, v: MessageEntityCustomEmoji): void;
/** Reads the fields of `messageEntityCustomEmoji` (bare: its constructor id already read). */
export declare function readMessageEntityCustomEmoji(r: TlReader): MessageEntityCustomEmoji;
/** Writes the fields of `messageEntityDiffDelete` (bare: without its constructor id). */
export declare function writeMessageEntityDiffDelete(w: TlWriter, v: MessageEntityDiffDelete): void;
/** Reads the fields of `messageEntityDiffDelete` (bare: its constructor id already read). */
export declare function readMessageEntityDiffDelete(r: TlReader): MessageEntityDiffDelete;
/** Writes the fields of `messageEntityDiffInsert` (bare: without its constructor id). */
export declare function writeMessageEntityDiffInsert(w: TlWriter, v: MessageEntityDiffInsert): void;
/** Reads the fields of `messageEntityDiffInsert` (bare: its constructor id already read). */
export declare function readMessageEntityDiffInsert(r: TlReader): MessageEntityDiffInsert;
/** Writes the fields of `messageEntityDiffReplace` (bare: without its constructor id). */
export declare function writeMessageEntityDiffReplace(w: TlWriter, v: MessageEntityDiffReplace): void;
/** Reads the fields of `messageEntityDiffReplace` (bare: its constructor id already read). */
export declare function readMessageEntityDiffReplace(r: TlReader): MessageEntityDiffReplace;
/** Writes the fields of `messageEntityEmail` (bare: without its constructor id). */
export declare function writeMessageEntityEmail(w: TlWriter, v: MessageEntityEmail): void;
/** Reads the fields of `messageEntityEmail` (bare: its constructor id already read). */
export declare function readMessageEntityEmail(r: TlReader): MessageEntityEmail;
/** Writes the fields of `messageEntityFormattedDate` (bare: without its constructor id). */
export declare function writeMessageEntityFormattedDate(w: TlWriter, v: MessageEntityFormattedDate): void;
/** Reads the fields of `messageEntityFormattedDate` (bare: its constructor id already read). */
export declare function readMessageEntityFormattedDate(r: TlReader): MessageEntityFormattedDate;
/** Writes the fields of `messageEntityHashtag` (bare: without its constructor id). */
export declare function writeMessageEntityHashtag(w: TlWriter, v: MessageEntityHashtag): void;
/** Reads the fields of `messageEntityHashtag` (bare: its constructor id already read). */
export declare function readMessageEntityHashtag(r: TlReader): MessageEntityHashtag;
/** Writes the fields of `messageEntityItalic` (bare: without its constructor id). */
export declare function writeMessageEntityItalic(w: TlWriter, v: MessageEntityItalic): void;
/** Reads the fields of `messageEntityItalic` (bare: its constructor id already read). */
export declare function readMessageEntityItalic(r: TlReader): MessageEntityItalic;
/** Writes the fields of `messageEntityMention` (bare: without its constructor id). */
export declare function writeMessageEntityMention(w: TlWriter, v: MessageEntityMention): void;
/** Reads the fields of `messageEntityMention` (bare: its constructor id already read). */
export declare function readMessageEntityMention(r: TlReader): MessageEntityMention;
/** Writes the fields of `messageEntityMentionName` (bare: without its constructor id). */
export declare function writeMessageEntityMentionName(w: TlWriter, v: MessageEntityMentionName): void;
/** Reads the fields of `messageEntityMentionName` (bare: its constructor id already read). */
export declare function readMessageEntityMentionName(r: TlReader): MessageEntityMentionName;
/** Writes the fields of `messageEntityPhone` (bare: without its constructor id). */
export declare function writeMessageEntityPhone(w: TlWriter, v: MessageEntityPhone): void;
/** Reads the fields of `messageEntityPhone` (bare: its constructor id already read). */
export declare function readMessageEntityPhone(r: TlReader): MessageEntityPhone;
/** Writes the fields of `messageEntityPre` (bare: without its constructor id). */
export declare function writeMessageEntityPre(w: TlWriter, v: MessageEntityPre): void;
/** Reads the fields of `messageEntityPre` (bare: its constructor id already read). */
export declare function readMessageEntityPre(r: TlReader): MessageEntityPre;
/** Writes the fields of `messageEntitySpoiler` (bare: without its constructor id). */
export declare function writeMessageEntitySpoiler(w: TlWriter, v: MessageEntitySpoiler): void;
/** Reads the fields of `messageEntitySpoiler` (bare: its constructor id already read). */
export declare function readMessageEntitySpoiler(r: TlReader): MessageEntitySpoiler;
/** Writes the fields of `messageEntityStrike` (bare: without its constructor id). */
export declare function writeMessageEntityStrike(w: TlWriter, v: MessageEntityStrike): void;
/** Reads the fields of `messageEntityStrike` (bare: its constructor id already read). */
export declare function readMessageEntityStrike(r: TlReader): MessageEntityStrike;
/** Writes the fields of `messageEntityTextUrl` (bare: without its constructor id). */
export declare function writeMessageEntityTextUrl(w: TlWriter, v: MessageEntityTextUrl): void;
/** Reads the fields of `messageEntityTextUrl` (bare: its constructor id already read). */
export declare function readMessageEntityTextUrl(r: TlReader): MessageEntityTextUrl;
/** Writes the fields of `messageEntityUnderline` (bare: without its constructor id). */
export declare function writeMessageEntityUnderline(w: TlWriter, v: MessageEntityUnderline): void;
/** Reads the fields of `messageEntityUnderline` (bare: its constructor id already read). */
export declare function readMessageEntityUnderline(r: TlReader): MessageEntityUnderline;
/** Writes the fields of `messageEntityUnknown` (bare: without its constructor id). */
export declare function writeMessageEntityUnknown(w: TlWriter, v: MessageEntityUnknown): void;
/** Reads the fields of `messageEntityUnknown` (bare: its constructor id already read). */
export declare function readMessageEntityUnknown(r: TlReader): MessageEntityUnknown;
/** Writes the fields of `messageEntityUrl` (bare: without its constructor id). */
export declare function writeMessageEntityUrl(w: TlWriter, v: MessageEntityUrl): void;
/** Reads the fields of `messageEntityUrl` (bare: its constructor id already read). */
export declare function readMessageEntityUrl(r: TlReader): MessageEntityUrl;
/** Writes the fields of `messageExtendedMedia` (bare: without its constructor id). */
export declare function writeMessageExtendedMedia(w: TlWriter, v: MessageExtendedMedia): void;
/** Reads the fields of `messageExtendedMedia` (bare: its constructor id already read). */
export declare function readMessageExtendedMedia(r: TlReader): MessageExtendedMedia;
/** Writes the fields of `messageExtendedMediaPreview` (bare: without its constructor id). */
export declare function writeMessageExtendedMediaPreview(w: TlWriter, v: MessageExtendedMediaPreview): void;
/** Reads the fields of `messageExtendedMediaPreview` (bare: its constructor id already read). */
export declare function readMessageExtendedMediaPreview(r: TlReader): MessageExtendedMediaPreview;
/** Writes the fields of `messageFwdHeader` (bare: without its constructor id). */
export declare function writeMessageFwdHeader(w: TlWriter, v: MessageFwdHeader): void;
/** Reads the fields of `messageFwdHeader` (bare: its constructor id already read). */
export declare function readMessageFwdHeader(r: TlReader): MessageFwdHeader;
/** Writes the fields of `messageMediaContact` (bare: without its constructor id). */
export declare function writeMessageMediaContact(w: TlWriter, v: MessageMediaContact): void;
/** Reads the fields of `messageMediaContact` (bare: its constructor id already read). */
export declare function readMessageMediaContact(r: TlReader): MessageMediaContact;
/** Writes the fields of `messageMediaDice` (bare: without its constructor id). */
export declare function writeMessageMediaDice(w: TlWriter, v: MessageMediaDice): void;
/** Reads the fields of `messageMediaDice` (bare: its constructor id already read). */
export declare function readMessageMediaDice(r: TlReader): MessageMediaDice;
/** Writes the fields of `messageMediaDocument` (bare: without its constructor id). */
export declare function writeMessageMediaDocument(w: TlWriter, v: MessageMediaDocument): void;
/** Reads the fields of `messageMediaDocument` (bare: its constructor id already read). */
export declare function readMessageMediaDocument(r: TlReader): MessageMediaDocument;
/** Writes the fields of `messageMediaEmpty` (bare: without its constructor id). */
export declare function writeMessageMediaEmpty(_w: TlWriter, _v: MessageMediaEmpty): void;
/** Reads the fields of `messageMediaEmpty` (bare: its constructor id already read). */
export declare function readMessageMediaEmpty(_r: TlReader): MessageMediaEmpty;
/** Writes the fields of `messageMediaGame` (bare: without its constructor id). */
export declare function writeMessageMediaGame(w: TlWriter, v: MessageMediaGame): void;
/** Reads the fields of `messageMediaGame` (bare: its constructor id already read). */
export declare function readMessageMediaGame(r: TlReader): MessageMediaGame;
/** Writes the fields of `messageMediaGeo` (bare: without its constructor id). */
export declare function writeMessageMediaGeo(w: TlWriter, v: MessageMediaGeo): void;
/** Reads the fields of `messageMediaGeo` (bare: its constructor id already read). */
export declare function readMessageMediaGeo(r: TlReader): MessageMediaGeo;
/** Writes the fields of `messageMediaGeoLive` (bare: without its constructor id). */
export declare function writeMessageMediaGeoLive(w: TlWriter, v: MessageMediaGeoLive): void;
/** Reads the fields of `messageMediaGeoLive` (bare: its constructor id already read). */
export declare function readMessageMediaGeoLive(r: TlReader): MessageMediaGeoLive;
/** Writes the fields of `messageMediaGiveaway` (bare: without its constructor id). */
export declare function writeMessageMediaGiveaway(w: TlWriter, v: MessageMediaGiveaway): void;
/** Reads the fields of `messageMediaGiveaway` (bare: its constructor id already read). */
export declare function readMessageMediaGiveaway(r: TlReader): MessageMediaGiveaway;
/** Writes the fields of `messageMediaGiveawayResults` (bare: without its constructor id). */
export declare function writeMessageMediaGiveawayResults(w: TlWriter, v: MessageMediaGiveawayResults): void;
/** Reads the fields of `messageMediaGiveawayResults` (bare: its constructor id already read). */
export declare function readMessageMediaGiveawayResults(r: TlReader): MessageMediaGiveawayResults;
/** Writes the fields of `messageMediaInvoice` (bare: without its constructor id). */
export declare function writeMessageMediaInvoice(w: TlWriter, v: MessageMediaInvoice): void;
/** Reads the fields of `messageMediaInvoice` (bare: its constructor id already read). */
export declare function readMessageMediaInvoice(r: TlReader): MessageMediaInvoice;
/** Writes the fields of `messageMediaPaidMedia` (bare: without its constructor id). */
export declare function writeMessageMediaPaidMedia(w: TlWriter, v: MessageMediaPaidMedia): void;
/** Reads the fields of `messageMediaPaidMedia` (bare: its constructor id already read). */
export declare function readMessageMediaPaidMedia(r: TlReader): MessageMediaPaidMedia;
/** Writes the fields of `messageMediaPhoto` (bare: without its constructor id). */
export declare function writeMessageMediaPhoto(w: TlWriter, v: MessageMediaPhoto): void;
/** Reads the fields of `messageMediaPhoto` (bare: its constructor id already read). */
export declare function readMessageMediaPhoto(r: TlReader): MessageMediaPhoto;
/** Writes the fields of `messageMediaPoll` (bare: without its constructor id). */
export declare function writeMessageMediaPoll(w: TlWriter, v: MessageMediaPoll): void;
/** Reads the fields of `messageMediaPoll` (bare: its constructor id already read). */
export declare function readMessageMediaPoll(r: TlReader): MessageMediaPoll;
/** Writes the fields of `messageMediaStory` (bare: without its constructor id). */
export declare function writeMessageMediaStory(w: TlWriter, v: MessageMediaStory): void;
/** Reads the fields of `messageMediaStory` (bare: its constructor id already read). */
export declare function readMessageMediaStory(r: TlReader): MessageMediaStory;
/** Writes the fields of `messageMediaToDo` (bare: without its constructor id). */
export declare function writeMessageMediaToDo(w: TlWriter, v: MessageMediaToDo): void;
/** Reads the fields of `messageMediaToDo` (bare: its constructor id already read). */
export declare function readMessageMediaToDo(r: TlReader): MessageMediaToDo;
/** Writes the fields of `messageMediaUnsupported` (bare: without its constructor id). */
export declare function writeMessageMediaUnsupported(_w: TlWriter, _v: MessageMediaUnsupported): void;
/** Reads the fields of `messageMediaUnsupported` (bare: its constructor id already read). */
export declare function readMessageMediaUnsupported(_r: TlReader): MessageMediaUnsupported;
/** Writes the fields of `messageMediaVenue` (bare: without its constructor id). */
export declare function writeMessageMediaVenue(w: TlWriter, v: MessageMediaVenue): void;
/** Reads the fields of `messageMediaVenue` (bare: its constructor id already read). */
export declare function readMessageMediaVenue(r: TlReader): MessageMediaVenue;
/** Writes the fields of `messageMediaVideoStream` (bare: without its constructor id). */
export declare function writeMessageMediaVideoStream(w: TlWriter, v: MessageMediaVideoStream): void;
/** Reads the fields of `messageMediaVideoStream` (bare: its constructor id already read). */
export declare function readMessageMediaVideoStream(r: TlReader): MessageMediaVideoStream;
/** Writes the fields of `messageMediaWebPage` (bare: without its constructor id). */
export declare function writeMessageMediaWebPage(w: TlWriter, v: MessageMediaWebPage): void;
/** Reads the fields of `messageMediaWebPage` (bare: its constructor id already read). */
export declare function readMessageMediaWebPage(r: TlReader): MessageMediaWebPage;
/** Writes the fields of `messagePeerReaction` (bare: without its constructor id). */
export declare function writeMessagePeerReaction(w: TlWriter, v: MessagePeerReaction): void;
/** Reads the fields of `messagePeerReaction` (bare: its constructor id already read). */
export declare function readMessagePeerReaction(r: TlReader): MessagePeerReaction;
/** Writes the fields of `messageReactions` (bare: without its constructor id). */
export declare function writeMessageReactions(w: TlWriter, v: MessageReactions): void;
/** Reads the fields of `messageReactions` (bare: its constructor id already read). */
export declare function readMessageReactions(r: TlReader): MessageReactions;
/** Writes the fields of `messageReactor` (bare: without its constructor id). */
export declare function writeMessageReactor(w: TlWriter, v: MessageReactor): void;
/** Reads the fields of `messageReactor` (bare: its constructor id already read). */
export declare function readMessageReactor(r: TlReader): MessageReactor;
/** Writes the fields of `messageReplies` (bare: without its constructor id). */
export declare function writeMessageReplies(w: TlWriter, v: MessageReplies): void;
/** Reads the fields of `messageReplies` (bare: its constructor id already read). */
export declare function readMessageReplies(r: TlReader): MessageReplies;
/** Writes the fields of `messageReplyHeader` (bare: without its constructor id). */
export declare function writeMessageReplyHeader(w: TlWriter, v: MessageReplyHeader): void;
/** Reads the fields of `messageReplyHeader` (bare: its constructor id already read). */
export declare function readMessageReplyHeader(r: TlReader): MessageReplyHeader;
/** Writes the fields of `messageReplyStoryHeader` (bare: without its constructor id). */
export declare function writeMessageReplyStoryHeader(w: TlWriter, v: MessageReplyStoryHeader): void;
/** Reads the fields of `messageReplyStoryHeader` (bare: its constructor id already read). */
export declare function readMessageReplyStoryHeader(r: TlReader): MessageReplyStoryHeader;
/** Writes the fields of `messageService` (bare: without its constructor id). */
export declare function writeMessageService(w: TlWriter, v: MessageService): void;
/** Reads the fields of `messageService` (bare: its constructor id already read). */
export declare function readMessageService(r: TlReader): MessageService;
/** Writes the fields of `messages.chatAdminsWithInvites` (bare: without its constructor id). */
export declare function writeMessagesChatAdminsWithInvites(w: TlWriter, v: MessagesChatAdminsWithInvites): void;
/** Reads the fields of `messages.chatAdminsWithInvites` (bare: its constructor id already read). */
export declare function readMessagesChatAdminsWithInvites(r: TlReader): MessagesChatAdminsWithInvites;
/** Writes the fields of `messages.chatInviteImporters` (bare: without its constructor id). */
export declare function writeMessagesChatInviteImporters(w: TlWriter, v: MessagesChatInviteImporters): void;
/** Reads the fields of `messages.chatInviteImporters` (bare: its constructor id already read). */
export declare function readMessagesChatInviteImporters(r: TlReader): MessagesChatInviteImporters;
/** Writes the fields of `messages.chatInviteJoinResultOk` (bare: without its constructor id). */
export declare function writeMessagesChatInviteJoinResultOk(w: TlWriter, v: MessagesChatInviteJoinResultOk): void;
/** Reads the fields of `messages.chatInviteJoinResultOk` (bare: its constructor id already read). */
export declare function readMessagesChatInviteJoinResultOk(r: TlReader): MessagesChatInviteJoinResultOk;
/** Writes the fields of `messages.chatInviteJoinResultWebView` (bare: without its constructor id). */
export declare function writeMessagesChatInviteJoinResultWebView(w: TlWriter, v: MessagesChatInviteJoinResultWebView): void;
/** Reads the fields of `messages.chatInviteJoinResultWebView` (bare: its constructor id already read). */
export declare function readMessagesChatInviteJoinResultWebView(r: TlReader): MessagesChatInviteJoinResultWebView;
/** Writes the fields of `messages.emojiGameDiceInfo` (bare: without its constructor id). */
export declare function writeMessagesEmojiGameDiceInfo(w: TlWriter, v: MessagesEmojiGameDiceInfo): void;
/** Reads the fields of `messages.emojiGameDiceInfo` (bare: its constructor id already read). */
export declare function readMessagesEmojiGameDiceInfo(r: TlReader): MessagesEmojiGameDiceInfo;
/** Writes the fields of `messages.emojiGameOutcome` (bare: without its constructor id). */
export declare function writeMessagesEmojiGameOutcome(w: TlWriter, v: MessagesEmojiGameOutcome): void;
/** Reads the fields of `messages.emojiGameOutcome` (bare: its constructor id already read). */
export declare function readMessagesEmojiGameOutcome(r: TlReader): MessagesEmojiGameOutcome;
/** Writes the fields of `messages.emojiGameUnavailable` (bare: without its constructor id). */
export declare function writeMessagesEmojiGameUnavailable(_w: TlWriter, _v: MessagesEmojiGameUnavailable): void;
/** Reads the fields of `messages.emojiGameUnavailable` (bare: its constructor id already read). */
export declare function readMessagesEmojiGameUnavailable(_r: TlReader): MessagesEmojiGameUnavailable;
/** Writes the fields of `messages.exportedChatInvite` (bare: without its constructor id). */
export declare function writeMessagesExportedChatInvite(w: TlWriter, v: MessagesExportedChatInvite): void;
/** Reads the fields of `messages.exportedChatInvite` (bare: its constructor id already read). */
export declare function readMessagesExportedChatInvite(r: TlReader): MessagesExportedChatInvite;
/** Writes the fields of `messages.exportedChatInviteReplaced` (bare: without its constructor id). */
export declare function writeMessagesExportedChatInviteReplaced(w: TlWriter, v: MessagesExportedChatInviteReplaced): void;
/** Reads the fields of `messages.exportedChatInviteReplaced` (bare: its constructor id already read). */
export declare function readMessagesExportedChatInviteReplaced(r: TlReader): MessagesExportedChatInviteReplaced;
/** Writes the fields of `messages.exportedChatInvites` (bare: without its constructor id). */
export declare function writeMessagesExportedChatInvites(w: TlWriter, v: MessagesExportedChatInvites): void;
/** Reads the fields of `messages.exportedChatInvites` (bare: its constructor id already read). */
export declare function readMessagesExportedChatInvites(r: TlReader): MessagesExportedChatInvites;
/** Writes the fields of `messages.invitedUsers` (bare: without its constructor id). */
export declare function writeMessagesInvitedUsers(w: TlWriter, v: MessagesInvitedUsers): void;
/** Reads the fields of `messages.invitedUsers` (bare: its constructor id already read). */
export declare function readMessagesInvitedUsers(r: TlReader): MessagesInvitedUsers;
/** Writes the fields of `messages.stickerSet` (bare: without its constructor id). */
export declare function writeMessagesStickerSet(w: TlWriter, v: MessagesStickerSet): void;
/** Reads the fields of `messages.stickerSet` (bare: its constructor id already read). */
export declare function readMessagesStickerSet(r: TlReader): MessagesStickerSet;
/** Writes the fields of `messages.stickerSetNotModified` (bare: without its constructor id). */
export declare function writeMessagesStickerSetNotModified(_w: TlWriter, _v: MessagesStickerSetNotModified): void;
/** Reads the fields of `messages.stickerSetNotModified` (bare: its constructor id already read). */
export declare function readMessagesStickerSetNotModified(_r: TlReader): MessagesStickerSetNotModified;
/** Writes the fields of `missingInvitee` (bare: without its constructor id). */
export declare function writeMissingInvitee(w: TlWriter, v: MissingInvitee): void;
/** Reads the fields of `missingInvitee` (bare: its constructor id already read). */
export declare function readMissingInvitee(r: TlReader): MissingInvitee;
/** Writes the fields of `notificationSoundDefault` (bare: without its constructor id). */
export declare function writeNotificationSoundDefault(_w: TlWriter, _v: NotificationSoundDefault): void;
/** Reads the fields of `notificationSoundDefault` (bare: its constructor id already read). */
export declare function readNotificationSoundDefault(_r: TlReader): NotificationSoundDefault;
/** Writes the fields of `notificationSoundLocal` (bare: without its constructor id). */
export declare function writeNotificationSoundLocal(w: TlWriter, v: NotificationSoundLocal): void;
/** Reads the fields of `notificationSoundLocal` (bare: its constructor id already read). */
export declare function readNotificationSoundLocal(r: TlReader): NotificationSoundLocal;
/** Writes the fields of `notificationSoundNone` (bare: without its constructor id). */
export declare function writeNotificationSoundNone(_w: TlWriter, _v: NotificationSoundNone): void;
/** Reads the fields of `notificationSoundNone` (bare: its constructor id already read). */
export declare function readNotificationSoundNone(_r: TlReader): NotificationSoundNone;
/** Writes the fields of `notificationSoundRingtone` (bare: without its constructor id). */
export declare function writeNotificationSoundRingtone(w: TlWriter, v: NotificationSoundRingtone): void;
/** Reads the fields of `notificationSoundRingtone` (bare: its constructor id already read). */
export declare function readNotificationSoundRingtone(r: TlReader): NotificationSoundRingtone;
/** Writes the fields of `notifyBroadcasts` (bare: without its constructor id). */
export declare function writeNotifyBroadcasts(_w: TlWriter, _v: NotifyBroadcasts): void;
/** Reads the fields of `notifyBroadcasts` (bare: its constructor id already read). */
export declare function readNotifyBroadcasts(_r: TlReader): NotifyBroadcasts;
/** Writes the fields of `notifyChats` (bare: without its constructor id). */
export declare function writeNotifyChats(_w: TlWriter, _v: NotifyChats): void;
/** Reads the fields of `notifyChats` (bare: its constructor id already read). */
export declare function readNotifyChats(_r: TlReader): NotifyChats;
/** Writes the fields of `notifyForumTopic` (bare: without its constructor id). */
export declare function writeNotifyForumTopic(w: TlWriter, v: NotifyForumTopic): void;
/** Reads the fields of `notifyForumTopic` (bare: its constructor id already read). */
export declare function readNotifyForumTopic(r: TlReader): NotifyForumTopic;
/** Writes the fields of `notifyPeer` (bare: without its constructor id). */
export declare function writeNotifyPeer(w: TlWriter, v: NotifyPeer): void;
/** Reads the fields of `notifyPeer` (bare: its constructor id already read). */
export declare function readNotifyPeer(r: TlReader): NotifyPeer;
/** Writes the fields of `notifyUsers` (bare: without its constructor id). */
export declare function writeNotifyUsers(_w: TlWriter, _v: NotifyUsers): void;
/** Reads the fields of `notifyUsers` (bare: its constructor id already read). */
export declare function readNotifyUsers(_r: TlReader): NotifyUsers;
/** Writes the fields of `page` (bare: without its constructor id). */
export declare function writePage(w: TlWriter, v: Page): void;
/** Reads the fields of `page` (bare: its constructor id already read). */
export declare function readPage(r: TlReader): Page;
/** Writes the fields of `pageBlockAnchor` (bare: without its constructor id). */
export declare function writePageBlockAnchor(w: TlWriter, v: PageBlockAnchor): void;
/** Reads the fields of `pageBlockAnchor` (bare: its constructor id already read). */
export declare function readPageBlockAnchor(r: TlReader): PageBlockAnchor;
/** Writes the fields of `pageBlockAudio` (bare: without its constructor id). */
export declare function writePageBlockAudio(w: TlWriter, v: PageBlockAudio): void;
/** Reads the fields of `pageBlockAudio` (bare: its constructor id already read). */
export declare function readPageBlockAudio(r: TlReader): PageBlockAudio;
/** Writes the fields of `pageBlockAuthorDate` (bare: without its constructor id). */
export declare function writePageBlockAuthorDate(w: TlWriter, v: PageBlockAuthorDate): void;
/** Reads the fields of `pageBlockAuthorDate` (bare: its constructor id already read). */
export declare function readPageBlockAuthorDate(r: TlReader): PageBlockAuthorDate;
/** Writes the fields of `pageBlockBlockquote` (bare: without its constructor id). */
export declare function writePageBlockBlockquote(w: TlWriter, v: PageBlockBlockquote): void;
/** Reads the fields of `pageBlockBlockquote` (bare: its constructor id already read). */
export declare function readPageBlockBlockquote(r: TlReader): PageBlockBlockquote;
/** Writes the fields of `pageBlockBlockquoteBlocks` (bare: without its constructor id). */
export declare function writePageBlockBlockquoteBlocks(w: TlWriter, v: PageBlockBlockquoteBlocks): void;
/** Reads the fields of `pageBlockBlockquoteBlocks` (bare: its constructor id already read). */
export declare function readPageBlockBlockquoteBlocks(r: TlReader): PageBlockBlockquoteBlocks;
/** Writes the fields of `pageBlockChannel` (bare: without its constructor id). */
export declare function writePageBlockChannel(w: TlWriter, v: PageBlockChannel): void;
/** Reads the fields of `pageBlockChannel` (bare: its constructor id already read). */
export declare function readPageBlockChannel(r: TlReader): PageBlockChannel;
/** Writes the fields of `pageBlockCollage` (bare: without its constructor id). */
export declare function writePageBlockCollage(w: TlWriter, v: PageBlockCollage): void;
/** Reads the fields of `pageBlockCollage` (bare: its constructor id already read). */
export declare function readPageBlockCollage(r: TlReader): PageBlockCollage;
/** Writes the fields of `pageBlockCover` (bare: without its constructor id). */
export declare function writePageBlockCover(w: TlWriter, v: PageBlockCover): void;
/** Reads the fields of `pageBlockCover` (bare: its constructor id already read). */
export declare function readPageBlockCover(r: TlReader): PageBlockCover;
/** Writes the fields of `pageBlockDetails` (bare: without its constructor id). */
export declare function writePageBlockDetails(w: TlWriter, v: PageBlockDetails): void;
/** Reads the fields of `pageBlockDetails` (bare: its constructor id already read). */
export declare function readPageBlockDetails(r: TlReader): PageBlockDetails;
/** Writes the fields of `pageBlockDivider` (bare: without its constructor id). */
export declare function writePageBlockDivider(_w: TlWriter, _v: PageBlockDivider): void;
/** Reads the fields of `pageBlockDivider` (bare: its constructor id already read). */
export declare function readPageBlockDivider(_r: TlReader): PageBlockDivider;
/** Writes the fields of `pageBlockEmbed` (bare: without its constructor id). */
export declare function writePageBlockEmbed(w: TlWriter, v: PageBlockEmbed): void;
/** Reads the fields of `pageBlockEmbed` (bare: its constructor id already read). */
export declare function readPageBlockEmbed(r: TlReader): PageBlockEmbed;
/** Writes the fields of `pageBlockEmbedPost` (bare: without its constructor id). */
export declare function writePageBlockEmbedPost(w: TlWriter, v: PageBlockEmbedPost): void;
/** Reads the fields of `pageBlockEmbedPost` (bare: its constructor id already read). */
export declare function readPageBlockEmbedPost(r: TlReader): PageBlockEmbedPost;
/** Writes the fields of `pageBlockFooter` (bare: without its constructor id). */
export declare function writePageBlockFooter(w: TlWriter, v: PageBlockFooter): void;
/** Reads the fields of `pageBlockFooter` (bare: its constructor id already read). */
export declare function readPageBlockFooter(r: TlReader): PageBlockFooter;
/** Writes the fields of `pageBlockHeader` (bare: without its constructor id). */
export declare function writePageBlockHeader(w: TlWriter, v: PageBlockHeader): void;
/** Reads the fields of `pageBlockHeader` (bare: its constructor id already read). */
export declare function readPageBlockHeader(r: TlReader): PageBlockHeader;
/** Writes the fields of `pageBlockHeading1` (bare: without its constructor id). */
export declare function writePageBlockHeading1(w: TlWriter, v: PageBlockHeading1): void;
/** Reads the fields of `pageBlockHeading1` (bare: its constructor id already read). */
export declare function readPageBlockHeading1(r: TlReader): PageBlockHeading1;
/** Writes the fields of `pageBlockHeading2` (bare: without its constructor id). */
export declare function writePageBlockHeading2(w: TlWriter, v: PageBlockHeading2): void;
/** Reads the fields of `pageBlockHeading2` (bare: its constructor id already read). */
export declare function readPageBlockHeading2(r: TlReader): PageBlockHeading2;
/** Writes the fields of `pageBlockHeading3` (bare: without its constructor id). */
export declare function writePageBlockHeading3(w: TlWriter, v: PageBlockHeading3): void;
/** Reads the fields of `pageBlockHeading3` (bare: its constructor id already read). */
export declare function readPageBlockHeading3(r: TlReader): PageBlockHeading3;
/** Writes the fields of `pageBlockHeading4` (bare: without its constructor id). */
export declare function writePageBlockHeading4(w: TlWriter, v: PageBlockHeading4): void;
/** Reads the fields of `pageBlockHeading4` (bare: its constructor id already read). */
export declare function readPageBlockHeading4(r: TlReader): PageBlockHeading4;
/** Writes the fields of `pageBlockHeading5` (bare: without its constructor id). */
export declare function writePageBlockHeading5(w: TlWriter, v: PageBlockHeading5): void;
/** Reads the fields of `pageBlockHeading5` (bare: its constructor id already read). */
export declare function readPageBlockHeading5(r: TlReader): PageBlockHeading5;
/** Writes the fields of `pageBlockHeading6` (bare: without its constructor id). */
export declare function writePageBlockHeading6(w: TlWriter, v: PageBlockHeading6): void;
/** Reads the fields of `pageBlockHeading6` (bare: its constructor id already read). */
export declare function readPageBlockHeading6(r: TlReader): PageBlockHeading6;
/** Writes the fields of `pageBlockKicker` (bare: without its constructor id). */
export declare function writePageBlockKicker(w: TlWriter, v: PageBlockKicker): void;
/** Reads the fields of `pageBlockKicker` (bare: its constructor id already read). */
export declare function readPageBlockKicker(r: TlReader): PageBlockKicker;
/** Writes the fields of `pageBlockList` (bare: without its constructor id). */
export declare function writePageBlockList(w: TlWriter, v: PageBlockList): void;
/** Reads the fields of `pageBlockList` (bare: its constructor id already read). */
export declare function readPageBlockList(r: TlReader): PageBlockList;
/** Writes the fields of `pageBlockMap` (bare: without its constructor id). */
export declare function writePageBlockMap(w: TlWriter, v: PageBlockMap): void;
/** Reads the fields of `pageBlockMap` (bare: its constructor id already read). */
export declare function readPageBlockMap(r: TlReader): PageBlockMap;
/** Writes the fields of `pageBlockMath` (bare: without its constructor id). */
export declare function writePageBlockMath(w: TlWriter, v: PageBlockMath): void;
/** Reads the fields of `pageBlockMath` (bare: its constructor id already read). */
export declare function readPageBlockMath(r: TlReader): PageBlockMath;
/** Writes the fields of `pageBlockOrderedList` (bare: without its constructor id). */
export declare function writePageBlockOrderedList(w: TlWriter, v: PageBlockOrderedList): void;
/** Reads the fields of `pageBlockOrderedList` (bare: its constructor id already read). */
export declare function readPageBlockOrderedList(r: TlReader): PageBlockOrderedList;
/** Writes the fields of `pageBlockParagraph` (bare: without its constructor id). */
export declare function writePageBlockParagraph(w: TlWriter, v: PageBlockParagraph): void;
/** Reads the fields of `pageBlockParagraph` (bare: its constructor id already read). */
export declare function readPageBlockParagraph(r: TlReader): PageBlockParagraph;
/** Writes the fields of `pageBlockPhoto` (bare: without its constructor id). */
export declare function writePageBlockPhoto(w: TlWriter, v: PageBlockPhoto): void;
/** Reads the fields of `pageBlockPhoto` (bare: its constructor id already read). */
export declare function readPageBlockPhoto(r: TlReader): PageBlockPhoto;
/** Writes the fields of `pageBlockPreformatted` (bare: without its constructor id). */
export declare function writePageBlockPreformatted(w: TlWriter, v: PageBlockPreformatted): void;
/** Reads the fields of `pageBlockPreformatted` (bare: its constructor id already read). */
export declare function readPageBlockPreformatted(r: TlReader): PageBlockPreformatted;
/** Writes the fields of `pageBlockPullquote` (bare: without its constructor id). */
export declare function writePageBlockPullquote(w: TlWriter, v: PageBlockPullquote): void;
/** Reads the fields of `pageBlockPullquote` (bare: its constructor id already read). */
export declare function readPageBlockPullquote(r: TlReader): PageBlockPullquote;
/** Writes the fields of `pageBlockRelatedArticles` (bare: without its constructor id). */
export declare function writePageBlockRelatedArticles(w: TlWriter, v: PageBlockRelatedArticles): void;
/** Reads the fields of `pageBlockRelatedArticles` (bare: its constructor id already read). */
export declare function readPageBlockRelatedArticles(r: TlReader): PageBlockRelatedArticles;
/** Writes the fields of `pageBlockSlideshow` (bare: without its constructor id). */
export declare function writePageBlockSlideshow(w: TlWriter, v: PageBlockSlideshow): void;
/** Reads the fields of `pageBlockSlideshow` (bare: its constructor id already read). */
export declare function readPageBlockSlideshow(r: TlReader): PageBlockSlideshow;
/** Writes the fields of `pageBlockSubheader` (bare: without its constructor id). */
export declare function writePageBlockSubheader(w: TlWriter, v: PageBlockSubheader): void;
/** Reads the fields of `pageBlockSubheader` (bare: its constructor id already read). */
export declare function readPageBlockSubheader(r: TlReader): PageBlockSubheader;
/** Writes the fields of `pageBlockSubtitle` (bare: without its constructor id). */
export declare function writePageBlockSubtitle(w: TlWriter, v: PageBlockSubtitle): void;
/** Reads the fields of `pageBlockSubtitle` (bare: its constructor id already read). */
export declare function readPageBlockSubtitle(r: TlReader): PageBlockSubtitle;
/** Writes the fields of `pageBlockTable` (bare: without its constructor id). */
export declare function writePageBlockTable(w: TlWriter, v: PageBlockTable): void;
/** Reads the fields of `pageBlockTable` (bare: its constructor id already read). */
export declare function readPageBlockTable(r: TlReader): PageBlockTable;
/** Writes the fields of `pageBlockThinking` (bare: without its constructor id). */
export declare function writePageBlockThinking(w: TlWriter, v: PageBlockThinking): void;
/** Reads the fields of `pageBlockThinking` (bare: its constructor id already read). */
export declare function readPageBlockThinking(r: TlReader): PageBlockThinking;
/** Writes the fields of `pageBlockTitle` (bare: without its constructor id). */
export declare function writePageBlockTitle(w: TlWriter, v: PageBlockTitle): void;
/** Reads the fields of `pageBlockTitle` (bare: its constructor id already read). */
export declare function readPageBlockTitle(r: TlReader): PageBlockTitle;
/** Writes the fields of `pageBlockUnsupported` (bare: without its constructor id). */
export declare function writePageBlockUnsupported(_w: TlWriter, _v: PageBlockUnsupported): void;
/** Reads the fields of `pageBlockUnsupported` (bare: its constructor id already read). */
export declare function readPageBlockUnsupported(_r: TlReader): PageBlockUnsupported;
/** Writes the fields of `pageBlockVideo` (bare: without its constructor id). */
export declare function writePageBlockVideo(w: TlWriter, v: PageBlockVideo): void;
/** Reads the fields of `pageBlockVideo` (bare: its constructor id already read). */
export declare function readPageBlockVideo(r: TlReader): PageBlockVideo;
/** Writes the fields of `pageCaption` (bare: without its constructor id). */
export declare function writePageCaption(w: TlWriter, v: PageCaption): void;
/** Reads the fields of `pageCaption` (bare: its constructor id already read). */
export declare function readPageCaption(r: TlReader): PageCaption;
/** Writes the fields of `pageListItemBlocks` (bare: without its constructor id). */
export declare function writePageListItemBlocks(w: TlWriter, v: PageListItemBlocks): void;
/** Reads the fields of `pageListItemBlocks` (bare: its constructor id already read). */
export declare function readPageListItemBlocks(r: TlReader): PageListItemBlocks;
/** Writes the fields of `pageListItemText` (bare: without its constructor id). */
export declare function writePageListItemText(w: TlWriter, v: PageListItemText): void;
/** Reads the fields of `pageListItemText` (bare: its constructor id already read). */
export declare function readPageListItemText(r: TlReader): PageListItemText;
/** Writes the fields of `pageListOrderedItemBlocks` (bare: without its constructor id). */
export declare function writePageListOrderedItemBlocks(w: TlWriter, v: PageListOrderedItemBlocks): void;
/** Reads the fields of `pageListOrderedItemBlocks` (bare: its constructor id already read). */
export declare function readPageListOrderedItemBlocks(r: TlReader): PageListOrderedItemBlocks;
/** Writes the fields of `pageListOrderedItemText` (bare: without its constructor id). */
export declare function writePageListOrderedItemText(w: TlWriter, v: PageListOrderedItemText): void;
/** Reads the fields of `pageListOrderedItemText` (bare: its constructor id already read). */
export declare function readPageListOrderedItemText(r: TlReader): PageListOrderedItemText;
/** Writes the fields of `pageRelatedArticle` (bare: without its constructor id). */
export declare function writePageRelatedArticle(w: TlWriter, v: PageRelatedArticle): void;
/** Reads the fields of `pageRelatedArticle` (bare: its constructor id already read). */
export declare function readPageRelatedArticle(r: TlReader): PageRelatedArticle;
/** Writes the fields of `pageTableCell` (bare: without its constructor id). */
export declare function writePageTableCell(w: TlWriter, v: PageTableCell): void;
/** Reads the fields of `pageTableCell` (bare: its constructor id already read). */
export declare function readPageTableCell(r: TlReader): PageTableCell;
/** Writes the fields of `pageTableRow` (bare: without its constructor id). */
export declare function writePageTableRow(w: TlWriter, v: PageTableRow): void;
/** Reads the fields of `pageTableRow` (bare: its constructor id already read). */
export declare function readPageTableRow(r: TlReader): PageTableRow;
/** Writes the fields of `paidReactionPrivacyAnonymous` (bare: without its constructor id). */
export declare function writePaidReactionPrivacyAnonymous(_w: TlWriter, _v: PaidReactionPrivacyAnonymous): void;
/** Reads the fields of `paidReactionPrivacyAnonymous` (bare: its constructor id already read). */
export declare function readPaidReactionPrivacyAnonymous(_r: TlReader): PaidReactionPrivacyAnonymous;
/** Writes the fields of `paidReactionPrivacyDefault` (bare: without its constructor id). */
export declare function writePaidReactionPrivacyDefault(_w: TlWriter, _v: PaidReactionPrivacyDefault): void;
/** Reads the fields of `paidReactionPrivacyDefault` (bare: its constructor id already read). */
export declare function readPaidReactionPrivacyDefault(_r: TlReader): PaidReactionPrivacyDefault;
/** Writes the fields of `paidReactionPrivacyPeer` (bare: without its constructor id). */
export declare function writePaidReactionPrivacyPeer(w: TlWriter, v: PaidReactionPrivacyPeer): void;
/** Reads the fields of `paidReactionPrivacyPeer` (bare: its constructor id already read). */
export declare function readPaidReactionPrivacyPeer(r: TlReader): PaidReactionPrivacyPeer;
/** Writes the fields of `paymentCharge` (bare: without its constructor id). */
export declare function writePaymentCharge(w: TlWriter, v: PaymentCharge): void;
/** Reads the fields of `paymentCharge` (bare: its constructor id already read). */
export declare function readPaymentCharge(r: TlReader): PaymentCharge;
/** Writes the fields of `paymentRequestedInfo` (bare: without its constructor id). */
export declare function writePaymentRequestedInfo(w: TlWriter, v: PaymentRequestedInfo): void;
/** Reads the fields of `paymentRequestedInfo` (bare: its constructor id already read). */
export declare function readPaymentRequestedInfo(r: TlReader): PaymentRequestedInfo;
/** Writes the fields of `peerChannel` (bare: without its constructor id). */
export declare function writePeerChannel(w: TlWriter, v: PeerChannel): void;
/** Reads the fields of `peerChannel` (bare: its constructor id already read). */
export declare function readPeerChannel(r: TlReader): PeerChannel;
/** Writes the fields of `peerChat` (bare: without its constructor id). */
export declare function writePeerChat(w: TlWriter, v: PeerChat): void;
/** Reads the fields of `peerChat` (bare: its constructor id already read). */
export declare function readPeerChat(r: TlReader): PeerChat;
/** Writes the fields of `peerColor` (bare: without its constructor id). */
export declare function writePeerColor(w: TlWriter, v: PeerColor): void;
/** Reads the fields of `peerColor` (bare: its constructor id already read). */
export declare function readPeerColor(r: TlReader): PeerColor;
/** Writes the fields of `peerColorCollectible` (bare: without its constructor id). */
export declare function writePeerColorCollectible(w: TlWriter, v: PeerColorCollectible): void;
/** Reads the fields of `peerColorCollectible` (bare: its constructor id already read). */
export declare function readPeerColorCollectible(r: TlReader): PeerColorCollectible;
/** Writes the fields of `peerLocated` (bare: without its constructor id). */
export declare function writePeerLocated(w: TlWriter, v: PeerLocated): void;
/** Reads the fields of `peerLocated` (bare: its constructor id already read). */
export declare function readPeerLocated(r: TlReader): PeerLocated;
/** Writes the fields of `peerNotifySettings` (bare: without its constructor id). */
export declare function writePeerNotifySettings(w: TlWriter, v: PeerNotifySettings): void;
/** Reads the fields of `peerNotifySettings` (bare: its constructor id already read). */
export declare function readPeerNotifySettings(r: TlReader): PeerNotifySettings;
/** Writes the fields of `peerSelfLocated` (bare: without its constructor id). */
export declare function writePeerSelfLocated(w: TlWriter, v: PeerSelfLocated): void;
/** Reads the fields of `peerSelfLocated` (bare: its constructor id already read). */
export declare function readPeerSelfLocated(r: TlReader): PeerSelfLocated;
/** Writes the fields of `peerSettings` (bare: without its constructor id). */
export declare function writePeerSettings(w: TlWriter, v: PeerSettings): void;
/** Reads the fields of `peerSettings` (bare: its constructor id already read). */
export declare function readPeerSettings(r: TlReader): PeerSettings;
/** Writes the fields of `peerUser` (bare: without its constructor id). */
export declare function writePeerUser(w: TlWriter, v: PeerUser): void;
/** Reads the fields of `peerUser` (bare: its constructor id already read). */
export declare function readPeerUser(r: TlReader): PeerUser;
/** Writes the fields of `phone.exportedGroupCallInvite` (bare: without its constructor id). */
export declare function writePhoneExportedGroupCallInvite(w: TlWriter, v: PhoneExportedGroupCallInvite): void;
/** Reads the fields of `phone.exportedGroupCallInvite` (bare: its constructor id already read). */
export declare function readPhoneExportedGroupCallInvite(r: TlReader): PhoneExportedGroupCallInvite;
/** Writes the fields of `phoneCall` (bare: without its constructor id). */
export declare function writePhoneCall(w: TlWriter, v: PhoneCall): void;
/** Reads the fields of `phoneCall` (bare: its constructor id already read). */
export declare function readPhoneCall(r: TlReader): PhoneCall;
/** Writes the fields of `phoneCallAccepted` (bare: without its constructor id). */
export declare function writePhoneCallAccepted(w: TlWriter, v: PhoneCallAccepted): void;
/** Reads the fields of `phoneCallAccepted` (bare: its constructor id already read). */
export declare function readPhoneCallAccepted(r: TlReader): PhoneCallAccepted;
/** Writes the fields of `phoneCallDiscardReasonBusy` (bare: without its constructor id). */
export declare function writePhoneCallDiscardReasonBusy(_w: TlWriter, _v: PhoneCallDiscardReasonBusy): void;
/** Reads the fields of `phoneCallDiscardReasonBusy` (bare: its constructor id already read). */
export declare function readPhoneCallDiscardReasonBusy(_r: TlReader): PhoneCallDiscardReasonBusy;
/** Writes the fields of `phoneCallDiscardReasonDisconnect` (bare: without its constructor id). */
export declare function writePhoneCallDiscardReasonDisconnect(_w: TlWriter, _v: PhoneCallDiscardReasonDisconnect): void;
/** Reads the fields of `phoneCallDiscardReasonDisconnect` (bare: its constructor id already read). */
export declare function readPhoneCallDiscardReasonDisconnect(_r: TlReader): PhoneCallDiscardReasonDisconnect;
/** Writes the fields of `phoneCallDiscardReasonHangup` (bare: without its constructor id). */
export declare function writePhoneCallDiscardReasonHangup(_w: TlWriter, _v: PhoneCallDiscardReasonHangup): void;
/** Reads the fields of `phoneCallDiscardReasonHangup` (bare: its constructor id already read). */
export declare function readPhoneCallDiscardReasonHangup(_r: TlReader): PhoneCallDiscardReasonHangup;
/** Writes the fields of `phoneCallDiscardReasonMigrateConferenceCall` (bare: without its constructor id). */
export declare function writePhoneCallDiscardReasonMigrateConferenceCall(w: TlWriter, v: PhoneCallDiscardReasonMigrateConferenceCall): void;
/** Reads the fields of `phoneCallDiscardReasonMigrateConferenceCall` (bare: its constructor id already read). */
export declare function readPhoneCallDiscardReasonMigrateConferenceCall(r: TlReader): PhoneCallDiscardReasonMigrateConferenceCall;
/** Writes the fields of `phoneCallDiscardReasonMissed` (bare: without its constructor id). */
export declare function writePhoneCallDiscardReasonMissed(_w: TlWriter, _v: PhoneCallDiscardReasonMissed): void;
/** Reads the fields of `phoneCallDiscardReasonMissed` (bare: its constructor id already read). */
export declare function readPhoneCallDiscardReasonMissed(_r: TlReader): PhoneCallDiscardReasonMissed;
/** Writes the fields of `phoneCallDiscarded` (bare: without its constructor id). */
export declare function writePhoneCallDiscarded(w: TlWriter, v: PhoneCallDiscarded): void;
/** Reads the fields of `phoneCallDiscarded` (bare: its constructor id already read). */
export declare function readPhoneCallDiscarded(r: TlReader): PhoneCallDiscarded;
/** Writes the fields of `phoneCallEmpty` (bare: without its constructor id). */
export declare function writePhoneCallEmpty(w: TlWriter, v: PhoneCallEmpty): void;
/** Reads the fields of `phoneCallEmpty` (bare: its constructor id already read). */
export declare function readPhoneCallEmpty(r: TlReader): PhoneCallEmpty;
/** Writes the fields of `phoneCallProtocol` (bare: without its constructor id). */
export declare function writePhoneCallProtocol(w: TlWriter, v: PhoneCallProtocol): void;
/** Reads the fields of `phoneCallProtocol` (bare: its constructor id already read). */
export declare function readPhoneCallProtocol(r: TlReader): PhoneCallProtocol;
/** Writes the fields of `phoneCallRequested` (bare: without its constructor id). */
export declare function writePhoneCallRequested(w: TlWriter, v: PhoneCallRequested): void;
/** Reads the fields of `phoneCallRequested` (bare: its constructor id already read). */
export declare function readPhoneCallRequested(r: TlReader): PhoneCallRequested;
/** Writes the fields of `phoneCallWaiting` (bare: without its constructor id). */
export declare function writePhoneCallWaiting(w: TlWriter, v: PhoneCallWaiting): void;
/** Reads the fields of `phoneCallWaiting` (bare: its constructor id already read). */
export declare function readPhoneCallWaiting(r: TlReader): PhoneCallWaiting;
/** Writes the fields of `phoneConnection` (bare: without its constructor id). */
export declare function writePhoneConnection(w: TlWriter, v: PhoneConnection): void;
/** Reads the fields of `phoneConnection` (bare: its constructor id already read). */
export declare function readPhoneConnection(r: TlReader): PhoneConnection;
/** Writes the fields of `phoneConnectionWebrtc` (bare: without its constructor id). */
export declare function writePhoneConnectionWebrtc(w: TlWriter, v: PhoneConnectionWebrtc): void;
/** Reads the fields of `phoneConnectionWebrtc` (bare: its constructor id already read). */
export declare function readPhoneConnectionWebrtc(r: TlReader): PhoneConnectionWebrtc;
/** Writes the fields of `photo` (bare: without its constructor id). */
export declare function writePhoto(w: TlWriter, v: Photo): void;
/** Reads the fields of `photo` (bare: its constructor id already read). */
export declare function readPhoto(r: TlReader): Photo;
/** Writes the fields of `photoCachedSize` (bare: without its constructor id). */
export declare function writePhotoCachedSize(w: TlWriter, v: PhotoCachedSize): void;
/** Reads the fields of `photoCachedSize` (bare: its constructor id already read). */
export declare function readPhotoCachedSize(r: TlReader): PhotoCachedSize;
/** Writes the fields of `photoEmpty` (bare: without its constructor id). */
export declare function writePhotoEmpty(w: TlWriter, v: PhotoEmpty): void;
/** Reads the fields of `photoEmpty` (bare: its constructor id already read). */
export declare function readPhotoEmpty(r: TlReader): PhotoEmpty;
/** Writes the fields of `photoPathSize` (bare: without its constructor id). */
export declare function writePhotoPathSize(w: TlWriter, v: PhotoPathSize): void;
/** Reads the fields of `photoPathSize` (bare: its constructor id already read). */
export declare function readPhotoPathSize(r: TlReader): PhotoPathSize;
/** Writes the fields of `photoSize` (bare: without its constructor id). */
export declare function writePhotoSize(w: TlWriter, v: PhotoSize): void;
/** Reads the fields of `photoSize` (bare: its constructor id already read). */
export declare function readPhotoSize(r: TlReader): PhotoSize;
/** Writes the fields of `photoSizeEmpty` (bare: without its constructor id). */
export declare function writePhotoSizeEmpty(w: TlWriter, v: PhotoSizeEmpty): void;
/** Reads the fields of `photoSizeEmpty` (bare: its constructor id already read). */
export declare function readPhotoSizeEmpty(r: TlReader): PhotoSizeEmpty;
/** Writes the fields of `photoSizeProgressive` (bare: without its constructor id). */
export declare function writePhotoSizeProgressive(w: TlWriter, v: PhotoSizeProgressive): void;
/** Reads the fields of `photoSizeProgressive` (bare: its constructor id already read). */
export declare function readPhotoSizeProgressive(r: TlReader): PhotoSizeProgressive;
/** Writes the fields of `photoStrippedSize` (bare: without its constructor id). */
export declare function writePhotoStrippedSize(w: TlWriter, v: PhotoStrippedSize): void;
/** Reads the fields of `photoStrippedSize` (bare: its constructor id already read). */
export declare function readPhotoStrippedSize(r: TlReader): PhotoStrippedSize;
/** Writes the fields of `poll` (bare: without its constructor id). */
export declare function writePoll(w: TlWriter, v: Poll): void;
/** Reads the fields of `poll` (bare: its constructor id already read). */
export declare function readPoll(r: TlReader): Poll;
/** Writes the fields of `pollAnswer` (bare: without its constructor id). */
export declare function writePollAnswer(w: TlWriter, v: PollAnswer): void;
/** Reads the fields of `pollAnswer` (bare: its constructor id already read). */
export declare function readPollAnswer(r: TlReader): PollAnswer;
/** Writes the fields of `pollAnswerVoters` (bare: without its constructor id). */
export declare function writePollAnswerVoters(w: TlWriter, v: PollAnswerVoters): void;
/** Reads the fields of `pollAnswerVoters` (bare: its constructor id already read). */
export declare function readPollAnswerVoters(r: TlReader): PollAnswerVoters;
/** Writes the fields of `pollResults` (bare: without its constructor id). */
export declare function writePollResults(w: TlWriter, v: PollResults): void;
/** Reads the fields of `pollResults` (bare: its constructor id already read). */
export declare function readPollResults(r: TlReader): PollResults;
/** Writes the fields of `postAddress` (bare: without its constructor id). */
export declare function writePostAddress(w: TlWriter, v: PostAddress): void;
/** Reads the fields of `postAddress` (bare: its constructor id already read). */
export declare function readPostAddress(r: TlReader): PostAddress;
/** Writes the fields of `privacyKeyAbout` (bare: without its constructor id). */
export declare function writePrivacyKeyAbout(_w: TlWriter, _v: PrivacyKeyAbout): void;
/** Reads the fields of `privacyKeyAbout` (bare: its constructor id already read). */
export declare function readPrivacyKeyAbout(_r: TlReader): PrivacyKeyAbout;
/** Writes the fields of `privacyKeyAddedByPhone` (bare: without its constructor id). */
export declare function writePrivacyKeyAddedByPhone(_w: TlWriter, _v: PrivacyKeyAddedByPhone): void;
/** Reads the fields of `privacyKeyAddedByPhone` (bare: its constructor id already read). */
export declare function readPrivacyKeyAddedByPhone(_r: TlReader): PrivacyKeyAddedByPhone;
/** Writes the fields of `privacyKeyBirthday` (bare: without its constructor id). */
export declare function writePrivacyKeyBirthday(_w: TlWriter, _v: PrivacyKeyBirthday): void;
/** Reads the fields of `privacyKeyBirthday` (bare: its constructor id already read). */
export declare function readPrivacyKeyBirthday(_r: TlReader): PrivacyKeyBirthday;
/** Writes the fields of `privacyKeyChatInvite` (bare: without its constructor id). */
export declare function writePrivacyKeyChatInvite(_w: TlWriter, _v: PrivacyKeyChatInvite): void;
/** Reads the fields of `privacyKeyChatInvite` (bare: its constructor id already read). */
export declare function readPrivacyKeyChatInvite(_r: TlReader): PrivacyKeyChatInvite;
/** Writes the fields of `privacyKeyForwards` (bare: without its constructor id). */
export declare function writePrivacyKeyForwards(_w: TlWriter, _v: PrivacyKeyForwards): void;
/** Reads the fields of `privacyKeyForwards` (bare: its constructor id already read). */
export declare function readPrivacyKeyForwards(_r: TlReader): PrivacyKeyForwards;
/** Writes the fields of `privacyKeyNoPaidMessages` (bare: without its constructor id). */
export declare function writePrivacyKeyNoPaidMessages(_w: TlWriter, _v: PrivacyKeyNoPaidMessages): void;
/** Reads the fields of `privacyKeyNoPaidMessages` (bare: its constructor id already read). */
export declare function readPrivacyKeyNoPaidMessages(_r: TlReader): PrivacyKeyNoPaidMessages;
/** Writes the fields of `privacyKeyPhoneCall` (bare: without its constructor id). */
export declare function writePrivacyKeyPhoneCall(_w: TlWriter, _v: PrivacyKeyPhoneCall): void;
/** Reads the fields of `privacyKeyPhoneCall` (bare: its constructor id already read). */
export declare function readPrivacyKeyPhoneCall(_r: TlReader): PrivacyKeyPhoneCall;
/** Writes the fields of `privacyKeyPhoneNumber` (bare: without its constructor id). */
export declare function writePrivacyKeyPhoneNumber(_w: TlWriter, _v: PrivacyKeyPhoneNumber): void;
/** Reads the fields of `privacyKeyPhoneNumber` (bare: its constructor id already read). */
export declare function readPrivacyKeyPhoneNumber(_r: TlReader): PrivacyKeyPhoneNumber;
/** Writes the fields of `privacyKeyPhoneP2P` (bare: without its constructor id). */
export declare function writePrivacyKeyPhoneP2P(_w: TlWriter, _v: PrivacyKeyPhoneP2P): void;
/** Reads the fields of `privacyKeyPhoneP2P` (bare: its constructor id already read). */
export declare function readPrivacyKeyPhoneP2P(_r: TlReader): PrivacyKeyPhoneP2P;
/** Writes the fields of `privacyKeyProfilePhoto` (bare: without its constructor id). */
export declare function writePrivacyKeyProfilePhoto(_w: TlWriter, _v: PrivacyKeyProfilePhoto): void;
/** Reads the fields of `privacyKeyProfilePhoto` (bare: its constructor id already read). */
export declare function readPrivacyKeyProfilePhoto(_r: TlReader): PrivacyKeyProfilePhoto;
/** Writes the fields of `privacyKeySavedMusic` (bare: without its constructor id). */
export declare function writePrivacyKeySavedMusic(_w: TlWriter, _v: PrivacyKeySavedMusic): void;
/** Reads the fields of `privacyKeySavedMusic` (bare: its constructor id already read). */
export declare function readPrivacyKeySavedMusic(_r: TlReader): PrivacyKeySavedMusic;
/** Writes the fields of `privacyKeyStarGiftsAutoSave` (bare: without its constructor id). */
export declare function writePrivacyKeyStarGiftsAutoSave(_w: TlWriter, _v: PrivacyKeyStarGiftsAutoSave): void;
/** Reads the fields of `privacyKeyStarGiftsAutoSave` (bare: its constructor id already read). */
export declare function readPrivacyKeyStarGiftsAutoSave(_r: TlReader): PrivacyKeyStarGiftsAutoSave;
/** Writes the fields of `privacyKeyStatusTimestamp` (bare: without its constructor id). */
export declare function writePrivacyKeyStatusTimestamp(_w: TlWriter, _v: PrivacyKeyStatusTimestamp): void;
/** Reads the fields of `privacyKeyStatusTimestamp` (bare: its constructor id already read). */
export declare function readPrivacyKeyStatusTimestamp(_r: TlReader): PrivacyKeyStatusTimestamp;
/** Writes the fields of `privacyKeyVoiceMessages` (bare: without its constructor id). */
export declare function writePrivacyKeyVoiceMessages(_w: TlWriter, _v: PrivacyKeyVoiceMessages): void;
/** Reads the fields of `privacyKeyVoiceMessages` (bare: its constructor id already read). */
export declare function readPrivacyKeyVoiceMessages(_r: TlReader): PrivacyKeyVoiceMessages;
/** Writes the fields of `privacyValueAllowAll` (bare: without its constructor id). */
export declare function writePrivacyValueAllowAll(_w: TlWriter, _v: PrivacyValueAllowAll): void;
/** Reads the fields of `privacyValueAllowAll` (bare: its constructor id already read). */
export declare function readPrivacyValueAllowAll(_r: TlReader): PrivacyValueAllowAll;
/** Writes the fields of `privacyValueAllowBots` (bare: without its constructor id). */
export declare function writePrivacyValueAllowBots(_w: TlWriter, _v: PrivacyValueAllowBots): void;
/** Reads the fields of `privacyValueAllowBots` (bare: its constructor id already read). */
export declare function readPrivacyValueAllowBots(_r: TlReader): PrivacyValueAllowBots;
/** Writes the fields of `privacyValueAllowChatParticipants` (bare: without its constructor id). */
export declare function writePrivacyValueAllowChatParticipants(w: TlWriter, v: PrivacyValueAllowChatParticipants): void;
/** Reads the fields of `privacyValueAllowChatParticipants` (bare: its constructor id already read). */
export declare function readPrivacyValueAllowChatParticipants(r: TlReader): PrivacyValueAllowChatParticipants;
/** Writes the fields of `privacyValueAllowCloseFriends` (bare: without its constructor id). */
export declare function writePrivacyValueAllowCloseFriends(_w: TlWriter, _v: PrivacyValueAllowCloseFriends): void;
/** Reads the fields of `privacyValueAllowCloseFriends` (bare: its constructor id already read). */
export declare function readPrivacyValueAllowCloseFriends(_r: TlReader): PrivacyValueAllowCloseFriends;
/** Writes the fields of `privacyValueAllowContacts` (bare: without its constructor id). */
export declare function writePrivacyValueAllowContacts(_w: TlWriter, _v: PrivacyValueAllowContacts): void;
/** Reads the fields of `privacyValueAllowContacts` (bare: its constructor id already read). */
export declare function readPrivacyValueAllowContacts(_r: TlReader): PrivacyValueAllowContacts;
/** Writes the fields of `privacyValueAllowPremium` (bare: without its constructor id). */
export declare function writePrivacyValueAllowPremium(_w: TlWriter, _v: PrivacyValueAllowPremium): void;
/** Reads the fields of `privacyValueAllowPremium` (bare: its constructor id already read). */
export declare function readPrivacyValueAllowPremium(_r: TlReader): PrivacyValueAllowPremium;
/** Writes the fields of `privacyValueAllowUsers` (bare: without its constructor id). */
export declare function writePrivacyValueAllowUsers(w: TlWriter, v: PrivacyValueAllowUsers): void;
/** Reads the fields of `privacyValueAllowUsers` (bare: its constructor id already read). */
export declare function readPrivacyValueAllowUsers(r: TlReader): PrivacyValueAllowUsers;
/** Writes the fields of `privacyValueDisallowAll` (bare: without its constructor id). */
export declare function writePrivacyValueDisallowAll(_w: TlWriter, _v: PrivacyValueDisallowAll): void;
/** Reads the fields of `privacyValueDisallowAll` (bare: its constructor id already read). */
export declare function readPrivacyValueDisallowAll(_r: TlReader): PrivacyValueDisallowAll;
/** Writes the fields of `privacyValueDisallowBots` (bare: without its constructor id). */
export declare function writePrivacyValueDisallowBots(_w: TlWriter, _v: PrivacyValueDisallowBots): void;
/** Reads the fields of `privacyValueDisallowBots` (bare: its constructor id already read). */
export declare function readPrivacyValueDisallowBots(_r: TlReader): PrivacyValueDisallowBots;
/** Writes the fields of `privacyValueDisallowChatParticipants` (bare: without its constructor id). */
export declare function writePrivacyValueDisallowChatParticipants(w: TlWriter, v: PrivacyValueDisallowChatParticipants): void;
/** Reads the fields of `privacyValueDisallowChatParticipants` (bare: its constructor id already read). */
export declare function readPrivacyValueDisallowChatParticipants(r: TlReader): PrivacyValueDisallowChatParticipants;
/** Writes the fields of `privacyValueDisallowContacts` (bare: without its constructor id). */
export declare function writePrivacyValueDisallowContacts(_w: TlWriter, _v: PrivacyValueDisallowContacts): void;
/** Reads the fields of `privacyValueDisallowContacts` (bare: its constructor id already read). */
export declare function readPrivacyValueDisallowContacts(_r: TlReader): PrivacyValueDisallowContacts;
/** Writes the fields of `privacyValueDisallowUsers` (bare: without its constructor id). */
export declare function writePrivacyValueDisallowUsers(w: TlWriter, v: PrivacyValueDisallowUsers): void;
/** Reads the fields of `privacyValueDisallowUsers` (bare: its constructor id already read). */
export declare function readPrivacyValueDisallowUsers(r: TlReader): PrivacyValueDisallowUsers;
/** Writes the fields of `quickReply` (bare: without its constructor id). */
export declare function writeQuickReply(w: TlWriter, v: QuickReply): void;
/** Reads the fields of `quickReply` (bare: its constructor id already read). */
export declare function readQuickReply(r: TlReader): QuickReply;
/** Writes the fields of `reactionCount` (bare: without its constructor id). */
export declare function writeReactionCount(w: TlWriter, v: ReactionCount): void;
/** Reads the fields of `reactionCount` (bare: its constructor id already read). */
export declare function readReactionCount(r: TlReader): ReactionCount;
/** Writes the fields of `reactionCustomEmoji` (bare: without its constructor id). */
export declare function writeReactionCustomEmoji(w: TlWriter, v: ReactionCustomEmoji): void;
/** Reads the fields of `reactionCustomEmoji` (bare: its constructor id already read). */
export declare function readReactionCustomEmoji(r: TlReader): ReactionCustomEmoji;
/** Writes the fields of `reactionEmoji` (bare: without its constructor id). */
export declare function writeReactionEmoji(w: TlWriter, v: ReactionEmoji): void;
/** Reads the fields of `reactionEmoji` (bare: its constructor id already read). */
export declare function readReactionEmoji(r: TlReader): ReactionEmoji;
/** Writes the fields of `reactionEmpty` (bare: without its constructor id). */
export declare function writeReactionEmpty(_w: TlWriter, _v: ReactionEmpty): void;
/** Reads the fields of `reactionEmpty` (bare: its constructor id already read). */
export declare function readReactionEmpty(_r: TlReader): ReactionEmpty;
/** Writes the fields of `reactionPaid` (bare: without its constructor id). */
export declare function writeReactionPaid(_w: TlWriter, _v: ReactionPaid): void;
/** Reads the fields of `reactionPaid` (bare: its constructor id already read). */
export declare function readReactionPaid(_r: TlReader): ReactionPaid;
/** Writes the fields of `recentStory` (bare: without its constructor id). */
export declare function writeRecentStory(w: TlWriter, v: RecentStory): void;
/** Reads the fields of `recentStory` (bare: its constructor id already read). */
export declare function readRecentStory(r: TlReader): RecentStory;
/** Writes the fields of `replyInlineMarkup` (bare: without its constructor id). */
export declare function writeReplyInlineMarkup(w: TlWriter, v: ReplyInlineMarkup): void;
/** Reads the fields of `replyInlineMarkup` (bare: its constructor id already read). */
export declare function readReplyInlineMarkup(r: TlReader): ReplyInlineMarkup;
/** Writes the fields of `replyKeyboardForceReply` (bare: without its constructor id). */
export declare function writeReplyKeyboardForceReply(w: TlWriter, v: ReplyKeyboardForceReply): void;
/** Reads the fields of `replyKeyboardForceReply` (bare: its constructor id already read). */
export declare function readReplyKeyboardForceReply(r: TlReader): ReplyKeyboardForceReply;
/** Writes the fields of `replyKeyboardHide` (bare: without its constructor id). */
export declare function writeReplyKeyboardHide(w: TlWriter, v: ReplyKeyboardHide): void;
/** Reads the fields of `replyKeyboardHide` (bare: its constructor id already read). */
export declare function readReplyKeyboardHide(r: TlReader): ReplyKeyboardHide;
/** Writes the fields of `replyKeyboardMarkup` (bare: without its constructor id). */
export declare function writeReplyKeyboardMarkup(w: TlWriter, v: ReplyKeyboardMarkup): void;
/** Reads the fields of `replyKeyboardMarkup` (bare: its constructor id already read). */
export declare function readReplyKeyboardMarkup(r: TlReader): ReplyKeyboardMarkup;
/** Writes the fields of `requestPeerTypeBroadcast` (bare: without its constructor id). */
export declare function writeRequestPeerTypeBroadcast(w: TlWriter, v: RequestPeerTypeBroadcast): void;
/** Reads the fields of `requestPeerTypeBroadcast` (bare: its constructor id already read). */
export declare function readRequestPeerTypeBroadcast(r: TlReader): RequestPeerTypeBroadcast;
/** Writes the fields of `requestPeerTypeChat` (bare: without its constructor id). */
export declare function writeRequestPeerTypeChat(w: TlWriter, v: RequestPeerTypeChat): void;
/** Reads the fields of `requestPeerTypeChat` (bare: its constructor id already read). */
export declare function readRequestPeerTypeChat(r: TlReader): RequestPeerTypeChat;
/** Writes the fields of `requestPeerTypeCreateBot` (bare: without its constructor id). */
export declare function writeRequestPeerTypeCreateBot(w: TlWriter, v: RequestPeerTypeCreateBot): void;
/** Reads the fields of `requestPeerTypeCreateBot` (bare: its constructor id already read). */
export declare function readRequestPeerTypeCreateBot(r: TlReader): RequestPeerTypeCreateBot;
/** Writes the fields of `requestPeerTypeUser` (bare: without its constructor id). */
export declare function writeRequestPeerTypeUser(w: TlWriter, v: RequestPeerTypeUser): void;
/** Reads the fields of `requestPeerTypeUser` (bare: its constructor id already read). */
export declare function readRequestPeerTypeUser(r: TlReader): RequestPeerTypeUser;
/** Writes the fields of `requestedPeerChannel` (bare: without its constructor id). */
export declare function writeRequestedPeerChannel(w: TlWriter, v: RequestedPeerChannel): void;
/** Reads the fields of `requestedPeerChannel` (bare: its constructor id already read). */
export declare function readRequestedPeerChannel(r: TlReader): RequestedPeerChannel;
/** Writes the fields of `requestedPeerChat` (bare: without its constructor id). */
export declare function writeRequestedPeerChat(w: TlWriter, v: RequestedPeerChat): void;
/** Reads the fields of `requestedPeerChat` (bare: its constructor id already read). */
export declare function readRequestedPeerChat(r: TlReader): RequestedPeerChat;
/** Writes the fields of `requestedPeerUser` (bare: without its constructor id). */
export declare function writeRequestedPeerUser(w: TlWriter, v: RequestedPeerUser): void;
/** Reads the fields of `requestedPeerUser` (bare: its constructor id already read). */
export declare function readRequestedPeerUser(r: TlReader): RequestedPeerUser;
/** Writes the fields of `restrictionReason` (bare: without its constructor id). */
export declare function writeRestrictionReason(w: TlWriter, v: RestrictionReason): void;
/** Reads the fields of `restrictionReason` (bare: its constructor id already read). */
export declare function readRestrictionReason(r: TlReader): RestrictionReason;
/** Writes the fields of `richMessage` (bare: without its constructor id). */
export declare function writeRichMessage(w: TlWriter, v: RichMessage): void;
/** Reads the fields of `richMessage` (bare: its constructor id already read). */
export declare function readRichMessage(r: TlReader): RichMessage;
/** Writes the fields of `secureCredentialsEncrypted` (bare: without its constructor id). */
export declare function writeSecureCredentialsEncrypted(w: TlWriter, v: SecureCredentialsEncrypted): void;
/** Reads the fields of `secureCredentialsEncrypted` (bare: its constructor id already read). */
export declare function readSecureCredentialsEncrypted(r: TlReader): SecureCredentialsEncrypted;
/** Writes the fields of `secureData` (bare: without its constructor id). */
export declare function writeSecureData(w: TlWriter, v: SecureData): void;
/** Reads the fields of `secureData` (bare: its constructor id already read). */
export declare function readSecureData(r: TlReader): SecureData;
/** Writes the fields of `secureFile` (bare: without its constructor id). */
export declare function writeSecureFile(w: TlWriter, v: SecureFile): void;
/** Reads the fields of `secureFile` (bare: its constructor id already read). */
export declare function readSecureFile(r: TlReader): SecureFile;
/** Writes the fields of `secureFileEmpty` (bare: without its constructor id). */
export declare function writeSecureFileEmpty(_w: TlWriter, _v: SecureFileEmpty): void;
/** Reads the fields of `secureFileEmpty` (bare: its constructor id already read). */
export declare function readSecureFileEmpty(_r: TlReader): SecureFileEmpty;
/** Writes the fields of `securePlainEmail` (bare: without its constructor id). */
export declare function writeSecurePlainEmail(w: TlWriter, v: SecurePlainEmail): void;
/** Reads the fields of `securePlainEmail` (bare: its constructor id already read). */
export declare function readSecurePlainEmail(r: TlReader): SecurePlainEmail;
/** Writes the fields of `securePlainPhone` (bare: without its constructor id). */
export declare function writeSecurePlainPhone(w: TlWriter, v: SecurePlainPhone): void;
/** Reads the fields of `securePlainPhone` (bare: its constructor id already read). */
export declare function readSecurePlainPhone(r: TlReader): SecurePlainPhone;
/** Writes the fields of `secureValue` (bare: without its constructor id). */
export declare function writeSecureValue(w: TlWriter, v: SecureValue): void;
/** Reads the fields of `secureValue` (bare: its constructor id already read). */
export declare function readSecureValue(r: TlReader): SecureValue;
/** Writes the fields of `secureValueTypeAddress` (bare: without its constructor id). */
export declare function writeSecureValueTypeAddress(_w: TlWriter, _v: SecureValueTypeAddress): void;
/** Reads the fields of `secureValueTypeAddress` (bare: its constructor id already read). */
export declare function readSecureValueTypeAddress(_r: TlReader): SecureValueTypeAddress;
/** Writes the fields of `secureValueTypeBankStatement` (bare: without its constructor id). */
export declare function writeSecureValueTypeBankStatement(_w: TlWriter, _v: SecureValueTypeBankStatement): void;
/** Reads the fields of `secureValueTypeBankStatement` (bare: its constructor id already read). */
export declare function readSecureValueTypeBankStatement(_r: TlReader): SecureValueTypeBankStatement;
/** Writes the fields of `secureValueTypeDriverLicense` (bare: without its constructor id). */
export declare function writeSecureValueTypeDriverLicense(_w: TlWriter, _v: SecureValueTypeDriverLicense): void;
/** Reads the fields of `secureValueTypeDriverLicense` (bare: its constructor id already read). */
export declare function readSecureValueTypeDriverLicense(_r: TlReader): SecureValueTypeDriverLicense;
/** Writes the fields of `secureValueTypeEmail` (bare: without its constructor id). */
export declare function writeSecureValueTypeEmail(_w: TlWriter, _v: SecureValueTypeEmail): void;
/** Reads the fields of `secureValueTypeEmail` (bare: its constructor id already read). */
export declare function readSecureValueTypeEmail(_r: TlReader): SecureValueTypeEmail;
/** Writes the fields of `secureValueTypeIdentityCard` (bare: without its constructor id). */
export declare function writeSecureValueTypeIdentityCard(_w: TlWriter, _v: SecureValueTypeIdentityCard): void;
/** Reads the fields of `secureValueTypeIdentityCard` (bare: its constructor id already read). */
export declare function readSecureValueTypeIdentityCard(_r: TlReader): SecureValueTypeIdentityCard;
/** Writes the fields of `secureValueTypeInternalPassport` (bare: without its constructor id). */
export declare function writeSecureValueTypeInternalPassport(_w: TlWriter, _v: SecureValueTypeInternalPassport): void;
/** Reads the fields of `secureValueTypeInternalPassport` (bare: its constructor id already read). */
export declare function readSecureValueTypeInternalPassport(_r: TlReader): SecureValueTypeInternalPassport;
/** Writes the fields of `secureValueTypePassport` (bare: without its constructor id). */
export declare function writeSecureValueTypePassport(_w: TlWriter, _v: SecureValueTypePassport): void;
/** Reads the fields of `secureValueTypePassport` (bare: its constructor id already read). */
export declare function readSecureValueTypePassport(_r: TlReader): SecureValueTypePassport;
/** Writes the fields of `secureValueTypePassportRegistration` (bare: without its constructor id). */
export declare function writeSecureValueTypePassportRegistration(_w: TlWriter, _v: SecureValueTypePassportRegistration): void;
/** Reads the fields of `secureValueTypePassportRegistration` (bare: its constructor id already read). */
export declare function readSecureValueTypePassportRegistration(_r: TlReader): SecureValueTypePassportRegistration;
/** Writes the fields of `secureValueTypePersonalDetails` (bare: without its constructor id). */
export declare function writeSecureValueTypePersonalDetails(_w: TlWriter, _v: SecureValueTypePersonalDetails): void;
/** Reads the fields of `secureValueTypePersonalDetails` (bare: its constructor id already read). */
export declare function readSecureValueTypePersonalDetails(_r: TlReader): SecureValueTypePersonalDetails;
/** Writes the fields of `secureValueTypePhone` (bare: without its constructor id). */
export declare function writeSecureValueTypePhone(_w: TlWriter, _v: SecureValueTypePhone): void;
/** Reads the fields of `secureValueTypePhone` (bare: its constructor id already read). */
export declare function readSecureValueTypePhone(_r: TlReader): SecureValueTypePhone;
/** Writes the fields of `secureValueTypeRentalAgreement` (bare: without its constructor id). */
export declare function writeSecureValueTypeRentalAgreement(_w: TlWriter, _v: SecureValueTypeRentalAgreement): void;
/** Reads the fields of `secureValueTypeRentalAgreement` (bare: its constructor id already read). */
export declare function readSecureValueTypeRentalAgreement(_r: TlReader): SecureValueTypeRentalAgreement;
/** Writes the fields of `secureValueTypeTemporaryRegistration` (bare: without its constructor id). */
export declare function writeSecureValueTypeTemporaryRegistration(_w: TlWriter, _v: SecureValueTypeTemporaryRegistration): void;
/** Reads the fields of `secureValueTypeTemporaryRegistration` (bare: its constructor id already read). */
export declare function readSecureValueTypeTemporaryRegistration(_r: TlReader): SecureValueTypeTemporaryRegistration;
/** Writes the fields of `secureValueTypeUtilityBill` (bare: without its constructor id). */
export declare function writeSecureValueTypeUtilityBill(_w: TlWriter, _v: SecureValueTypeUtilityBill): void;
/** Reads the fields of `secureValueTypeUtilityBill` (bare: its constructor id already read). */
export declare function readSecureValueTypeUtilityBill(_r: TlReader): SecureValueTypeUtilityBill;
/** Writes the fields of `sendMessageCancelAction` (bare: without its constructor id). */
export declare function writeSendMessageCancelAction(_w: TlWriter, _v: SendMessageCancelAction): void;
/** Reads the fields of `sendMessageCancelAction` (bare: its constructor id already read). */
export declare function readSendMessageCancelAction(_r: TlReader): SendMessageCancelAction;
/** Writes the fields of `sendMessageChooseContactAction` (bare: without its constructor id). */
export declare function writeSendMessageChooseContactAction(_w: TlWriter, _v: SendMessageChooseContactAction): void;
/** Reads the fields of `sendMessageChooseContactAction` (bare: its constructor id already read). */
export declare function readSendMessageChooseContactAction(_r: TlReader): SendMessageChooseContactAction;
/** Writes the fields of `sendMessageChooseStickerAction` (bare: without its constructor id). */
export declare function writeSendMessageChooseStickerAction(_w: TlWriter, _v: SendMessageChooseStickerAction): void;
/** Reads the fields of `sendMessageChooseStickerAction` (bare: its constructor id already read). */
export declare function readSendMessageChooseStickerAction(_r: TlReader): SendMessageChooseStickerAction;
/** Writes the fields of `sendMessageEmojiInteraction` (bare: without its constructor id). */
export declare function writeSendMessageEmojiInteraction(w: TlWriter, v: SendMessageEmojiInteraction): void;
/** Reads the fields of `sendMessageEmojiInteraction` (bare: its constructor id already read). */
export declare function readSendMessageEmojiInteraction(r: TlReader): SendMessageEmojiInteraction;
/** Writes the fields of `sendMessageEmojiInteractionSeen` (bare: without its constructor id). */
export declare function writeSendMessageEmojiInteractionSeen(w: TlWriter, v: SendMessageEmojiInteractionSeen): void;
/** Reads the fields of `sendMessageEmojiInteractionSeen` (bare: its constructor id already read). */
export declare function readSendMessageEmojiInteractionSeen(r: TlReader): SendMessageEmojiInteractionSeen;
/** Writes the fields of `sendMessageGamePlayAction` (bare: without its constructor id). */
export declare function writeSendMessageGamePlayAction(_w: TlWriter, _v: SendMessageGamePlayAction): void;
/** Reads the fields of `sendMessageGamePlayAction` (bare: its constructor id already read). */
export declare function readSendMessageGamePlayAction(_r: TlReader): SendMessageGamePlayAction;
/** Writes the fields of `sendMessageGeoLocationAction` (bare: without its constructor id). */
export declare function writeSendMessageGeoLocationAction(_w: TlWriter, _v: SendMessageGeoLocationAction): void;
/** Reads the fields of `sendMessageGeoLocationAction` (bare: its constructor id already read). */
export declare function readSendMessageGeoLocationAction(_r: TlReader): SendMessageGeoLocationAction;
/** Writes the fields of `sendMessageHistoryImportAction` (bare: without its constructor id). */
export declare function writeSendMessageHistoryImportAction(w: TlWriter, v: SendMessageHistoryImportAction): void;
/** Reads the fields of `sendMessageHistoryImportAction` (bare: its constructor id already read). */
export declare function readSendMessageHistoryImportAction(r: TlReader): SendMessageHistoryImportAction;
/** Writes the fields of `sendMessageRecordAudioAction` (bare: without its constructor id). */
export declare function writeSendMessageRecordAudioAction(_w: TlWriter, _v: SendMessageRecordAudioAction): void;
/** Reads the fields of `sendMessageRecordAudioAction` (bare: its constructor id already read). */
export declare function readSendMessageRecordAudioAction(_r: TlReader): SendMessageRecordAudioAction;
/** Writes the fields of `sendMessageRecordRoundAction` (bare: without its constructor id). */
export declare function writeSendMessageRecordRoundAction(_w: TlWriter, _v: SendMessageRecordRoundAction): void;
/** Reads the fields of `sendMessageRecordRoundAction` (bare: its constructor id already read). */
export declare function readSendMessageRecordRoundAction(_r: TlReader): SendMessageRecordRoundAction;
/** Writes the fields of `sendMessageRecordVideoAction` (bare: without its constructor id). */
export declare function writeSendMessageRecordVideoAction(_w: TlWriter, _v: SendMessageRecordVideoAction): void;
/** Reads the fields of `sendMessageRecordVideoAction` (bare: its constructor id already read). */
export declare function readSendMessageRecordVideoAction(_r: TlReader): SendMessageRecordVideoAction;
/** Writes the fields of `sendMessageRichMessageDraftAction` (bare: without its constructor id). */
export declare function writeSendMessageRichMessageDraftAction(w: TlWriter, v: SendMessageRichMessageDraftAction): void;
/** Reads the fields of `sendMessageRichMessageDraftAction` (bare: its constructor id already read). */
export declare function readSendMessageRichMessageDraftAction(r: TlReader): SendMessageRichMessageDraftAction;
/** Writes the fields of `sendMessageTextDraftAction` (bare: without its constructor id). */
export declare function writeSendMessageTextDraftAction(w: TlWriter, v: SendMessageTextDraftAction): void;
/** Reads the fields of `sendMessageTextDraftAction` (bare: its constructor id already read). */
export declare function readSendMessageTextDraftAction(r: TlReader): SendMessageTextDraftAction;
/** Writes the fields of `sendMessageTypingAction` (bare: without its constructor id). */
export declare function writeSendMessageTypingAction(_w: TlWriter, _v: SendMessageTypingAction): void;
/** Reads the fields of `sendMessageTypingAction` (bare: its constructor id already read). */
export declare function readSendMessageTypingAction(_r: TlReader): SendMessageTypingAction;
/** Writes the fields of `sendMessageUploadAudioAction` (bare: without its constructor id). */
export declare function writeSendMessageUploadAudioAction(w: TlWriter, v: SendMessageUploadAudioAction): void;
/** Reads the fields of `sendMessageUploadAudioAction` (bare: its constructor id already read). */
export declare function readSendMessageUploadAudioAction(r: TlReader): SendMessageUploadAudioAction;
/** Writes the fields of `sendMessageUploadDocumentAction` (bare: without its constructor id). */
export declare function writeSendMessageUploadDocumentAction(w: TlWriter, v: SendMessageUploadDocumentAction): void;
/** Reads the fields of `sendMessageUploadDocumentAction` (bare: its constructor id already read). */
export declare function readSendMessageUploadDocumentAction(r: TlReader): SendMessageUploadDocumentAction;
/** Writes the fields of `sendMessageUploadPhotoAction` (bare: without its constructor id). */
export declare function writeSendMessageUploadPhotoAction(w: TlWriter, v: SendMessageUploadPhotoAction): void;
/** Reads the fields of `sendMessageUploadPhotoAction` (bare: its constructor id already read). */
export declare function readSendMessageUploadPhotoAction(r: TlReader): SendMessageUploadPhotoAction;
/** Writes the fields of `sendMessageUploadRoundAction` (bare: without its constructor id). */
export declare function writeSendMessageUploadRoundAction(w: TlWriter, v: SendMessageUploadRoundAction): void;
/** Reads the fields of `sendMessageUploadRoundAction` (bare: its constructor id already read). */
export declare function readSendMessageUploadRoundAction(r: TlReader): SendMessageUploadRoundAction;
/** Writes the fields of `sendMessageUploadVideoAction` (bare: without its constructor id). */
export declare function writeSendMessageUploadVideoAction(w: TlWriter, v: SendMessageUploadVideoAction): void;
/** Reads the fields of `sendMessageUploadVideoAction` (bare: its constructor id already read). */
export declare function readSendMessageUploadVideoAction(r: TlReader): SendMessageUploadVideoAction;
/** Writes the fields of `speakingInGroupCallAction` (bare: without its constructor id). */
export declare function writeSpeakingInGroupCallAction(_w: TlWriter, _v: SpeakingInGroupCallAction): void;
/** Reads the fields of `speakingInGroupCallAction` (bare: its constructor id already read). */
export declare function readSpeakingInGroupCallAction(_r: TlReader): SpeakingInGroupCallAction;
/** Writes the fields of `starGift` (bare: without its constructor id). */
export declare function writeStarGift(w: TlWriter, v: StarGift): void;
/** Reads the fields of `starGift` (bare: its constructor id already read). */
export declare function readStarGift(r: TlReader): StarGift;
/** Writes the fields of `starGiftAttributeBackdrop` (bare: without its constructor id). */
export declare function writeStarGiftAttributeBackdrop(w: TlWriter, v: StarGiftAttributeBackdrop): void;
/** Reads the fields of `starGiftAttributeBackdrop` (bare: its constructor id already read). */
export declare function readStarGiftAttributeBackdrop(r: TlReader): StarGiftAttributeBackdrop;
/** Writes the fields of `starGiftAttributeModel` (bare: without its constructor id). */
export declare function writeStarGiftAttributeModel(w: TlWriter, v: StarGiftAttributeModel): void;
/** Reads the fields of `starGiftAttributeModel` (bare: its constructor id already read). */
export declare function readStarGiftAttributeModel(r: TlReader): StarGiftAttributeModel;
/** Writes the fields of `starGiftAttributeOriginalDetails` (bare: without its constructor id). */
export declare function writeStarGiftAttributeOriginalDetails(w: TlWriter, v: StarGiftAttributeOriginalDetails): void;
/** Reads the fields of `starGiftAttributeOriginalDetails` (bare: its constructor id already read). */
export declare function readStarGiftAttributeOriginalDetails(r: TlReader): StarGiftAttributeOriginalDetails;
/** Writes the fields of `starGiftAttributePattern` (bare: without its constructor id). */
export declare function writeStarGiftAttributePattern(w: TlWriter, v: StarGiftAttributePattern): void;
/** Reads the fields of `starGiftAttributePattern` (bare: its constructor id already read). */
export declare function readStarGiftAttributePattern(r: TlReader): StarGiftAttributePattern;
/** Writes the fields of `starGiftAttributeRarity` (bare: without its constructor id). */
export declare function writeStarGiftAttributeRarity(w: TlWriter, v: StarGiftAttributeRarity): void;
/** Reads the fields of `starGiftAttributeRarity` (bare: its constructor id already read). */
export declare function readStarGiftAttributeRarity(r: TlReader): StarGiftAttributeRarity;
/** Writes the fields of `starGiftAttributeRarityEpic` (bare: without its constructor id). */
export declare function writeStarGiftAttributeRarityEpic(_w: TlWriter, _v: StarGiftAttributeRarityEpic): void;
/** Reads the fields of `starGiftAttributeRarityEpic` (bare: its constructor id already read). */
export declare function readStarGiftAttributeRarityEpic(_r: TlReader): StarGiftAttributeRarityEpic;
/** Writes the fields of `starGiftAttributeRarityLegendary` (bare: without its constructor id). */
export declare function writeStarGiftAttributeRarityLegendary(_w: TlWriter, _v: StarGiftAttributeRarityLegendary): void;
/** Reads the fields of `starGiftAttributeRarityLegendary` (bare: its constructor id already read). */
export declare function readStarGiftAttributeRarityLegendary(_r: TlReader): StarGiftAttributeRarityLegendary;
/** Writes the fields of `starGiftAttributeRarityRare` (bare: without its constructor id). */
export declare function writeStarGiftAttributeRarityRare(_w: TlWriter, _v: StarGiftAttributeRarityRare): void;
/** Reads the fields of `starGiftAttributeRarityRare` (bare: its constructor id already read). */
export declare function readStarGiftAttributeRarityRare(_r: TlReader): StarGiftAttributeRarityRare;
/** Writes the fields of `starGiftAttributeRarityUncommon` (bare: without its constructor id). */
export declare function writeStarGiftAttributeRarityUncommon(_w: TlWriter, _v: StarGiftAttributeRarityUncommon): void;
/** Reads the fields of `starGiftAttributeRarityUncommon` (bare: its constructor id already read). */
export declare function readStarGiftAttributeRarityUncommon(_r: TlReader): StarGiftAttributeRarityUncommon;
/** Writes the fields of `starGiftAuctionRound` (bare: without its constructor id). */
export declare function writeStarGiftAuctionRound(w: TlWriter, v: StarGiftAuctionRound): void;
/** Reads the fields of `starGiftAuctionRound` (bare: its constructor id already read). */
export declare function readStarGiftAuctionRound(r: TlReader): StarGiftAuctionRound;
/** Writes the fields of `starGiftAuctionRoundExtendable` (bare: without its constructor id). */
export declare function writeStarGiftAuctionRoundExtendable(w: TlWriter, v: StarGiftAuctionRoundExtendable): void;
/** Reads the fields of `starGiftAuctionRoundExtendable` (bare: its constructor id already read). */
export declare function readStarGiftAuctionRoundExtendable(r: TlReader): StarGiftAuctionRoundExtendable;
/** Writes the fields of `starGiftAuctionState` (bare: without its constructor id). */
export declare function writeStarGiftAuctionState(w: TlWriter, v: StarGiftAuctionState): void;
/** Reads the fields of `starGiftAuctionState` (bare: its constructor id already read). */
export declare function readStarGiftAuctionState(r: TlReader): StarGiftAuctionState;
/** Writes the fields of `starGiftAuctionStateFinished` (bare: without its constructor id). */
export declare function writeStarGiftAuctionStateFinished(w: TlWriter, v: StarGiftAuctionStateFinished): void;
/** Reads the fields of `starGiftAuctionStateFinished` (bare: its constructor id already read). */
export declare function readStarGiftAuctionStateFinished(r: TlReader): StarGiftAuctionStateFinished;
/** Writes the fields of `starGiftAuctionStateNotModified` (bare: without its constructor id). */
export declare function writeStarGiftAuctionStateNotModified(_w: TlWriter, _v: StarGiftAuctionStateNotModified): void;
/** Reads the fields of `starGiftAuctionStateNotModified` (bare: its constructor id already read). */
export declare function readStarGiftAuctionStateNotModified(_r: TlReader): StarGiftAuctionStateNotModified;
/** Writes the fields of `starGiftAuctionUserState` (bare: without its constructor id). */
export declare function writeStarGiftAuctionUserState(w: TlWriter, v: StarGiftAuctionUserState): void;
/** Reads the fields of `starGiftAuctionUserState` (bare: its constructor id already read). */
export declare function readStarGiftAuctionUserState(r: TlReader): StarGiftAuctionUserState;
/** Writes the fields of `starGiftBackground` (bare: without its constructor id). */
export declare function writeStarGiftBackground(w: TlWriter, v: StarGiftBackground): void;
/** Reads the fields of `starGiftBackground` (bare: its constructor id already read). */
export declare function readStarGiftBackground(r: TlReader): StarGiftBackground;
/** Writes the fields of `starGiftUnique` (bare: without its constructor id). */
export declare function writeStarGiftUnique(w: TlWriter, v: StarGiftUnique): void;
/** Reads the fields of `starGiftUnique` (bare: its constructor id already read). */
export declare function readStarGiftUnique(r: TlReader): StarGiftUnique;
/** Writes the fields of `starsAmount` (bare: without its constructor id). */
export declare function writeStarsAmount(w: TlWriter, v: StarsAmount): void;
/** Reads the fields of `starsAmount` (bare: its constructor id already read). */
export declare function readStarsAmount(r: TlReader): StarsAmount;
/** Writes the fields of `starsRevenueStatus` (bare: without its constructor id). */
export declare function writeStarsRevenueStatus(w: TlWriter, v: StarsRevenueStatus): void;
/** Reads the fields of `starsRevenueStatus` (bare: its constructor id already read). */
export declare function readStarsRevenueStatus(r: TlReader): StarsRevenueStatus;
/** Writes the fields of `starsSubscriptionPricing` (bare: without its constructor id). */
export declare function writeStarsSubscriptionPricing(w: TlWriter, v: StarsSubscriptionPricing): void;
/** Reads the fields of `starsSubscriptionPricing` (bare: its constructor id already read). */
export declare function readStarsSubscriptionPricing(r: TlReader): StarsSubscriptionPricing;
/** Writes the fields of `starsTonAmount` (bare: without its constructor id). */
export declare function writeStarsTonAmount(w: TlWriter, v: StarsTonAmount): void;
/** Reads the fields of `starsTonAmount` (bare: its constructor id already read). */
export declare function readStarsTonAmount(r: TlReader): StarsTonAmount;
/** Writes the fields of `stickerKeyword` (bare: without its constructor id). */
export declare function writeStickerKeyword(w: TlWriter, v: StickerKeyword): void;
/** Reads the fields of `stickerKeyword` (bare: its constructor id already read). */
export declare function readStickerKeyword(r: TlReader): StickerKeyword;
/** Writes the fields of `stickerPack` (bare: without its constructor id). */
export declare function writeStickerPack(w: TlWriter, v: StickerPack): void;
/** Reads the fields of `stickerPack` (bare: its constructor id already read). */
export declare function readStickerPack(r: TlReader): StickerPack;
/** Writes the fields of `stickerSet` (bare: without its constructor id). */
export declare function writeStickerSet(w: TlWriter, v: StickerSet): void;
/** Reads the fields of `stickerSet` (bare: its constructor id already read). */
export declare function readStickerSet(r: TlReader): StickerSet;
/** Writes the fields of `storiesStealthMode` (bare: without its constructor id). */
export declare function writeStoriesStealthMode(w: TlWriter, v: StoriesStealthMode): void;
/** Reads the fields of `storiesStealthMode` (bare: its constructor id already read). */
export declare function readStoriesStealthMode(r: TlReader): StoriesStealthMode;
/** Writes the fields of `storyFwdHeader` (bare: without its constructor id). */
export declare function writeStoryFwdHeader(w: TlWriter, v: StoryFwdHeader): void;
/** Reads the fields of `storyFwdHeader` (bare: its constructor id already read). */
export declare function readStoryFwdHeader(r: TlReader): StoryFwdHeader;
/** Writes the fields of `storyItem` (bare: without its constructor id). */
export declare function writeStoryItem(w: TlWriter, v: StoryItem): void;
/** Reads the fields of `storyItem` (bare: its constructor id already read). */
export declare function readStoryItem(r: TlReader): StoryItem;
/** Writes the fields of `storyItemDeleted` (bare: without its constructor id). */
export declare function writeStoryItemDeleted(w: TlWriter, v: StoryItemDeleted): void;
/** Reads the fields of `storyItemDeleted` (bare: its constructor id already read). */
export declare function readStoryItemDeleted(r: TlReader): StoryItemDeleted;
/** Writes the fields of `storyItemSkipped` (bare: without its constructor id). */
export declare function writeStoryItemSkipped(w: TlWriter, v: StoryItemSkipped): void;
/** Reads the fields of `storyItemSkipped` (bare: its constructor id already read). */
export declare function readStoryItemSkipped(r: TlReader): StoryItemSkipped;
/** Writes the fields of `storyViews` (bare: without its constructor id). */
export declare function writeStoryViews(w: TlWriter, v: StoryViews): void;
/** Reads the fields of `storyViews` (bare: its constructor id already read). */
export declare function readStoryViews(r: TlReader): StoryViews;
/** Writes the fields of `suggestedPost` (bare: without its constructor id). */
export declare function writeSuggestedPost(w: TlWriter, v: SuggestedPost): void;
/** Reads the fields of `suggestedPost` (bare: its constructor id already read). */
export declare function readSuggestedPost(r: TlReader): SuggestedPost;
/** Writes the fields of `textAnchor` (bare: without its constructor id). */
export declare function writeTextAnchor(w: TlWriter, v: TextAnchor): void;
/** Reads the fields of `textAnchor` (bare: its constructor id already read). */
export declare function readTextAnchor(r: TlReader): TextAnchor;
/** Writes the fields of `textAutoEmail` (bare: without its constructor id). */
export declare function writeTextAutoEmail(w: TlWriter, v: TextAutoEmail): void;
/** Reads the fields of `textAutoEmail` (bare: its constructor id already read). */
export declare function readTextAutoEmail(r: TlReader): TextAutoEmail;
/** Writes the fields of `textAutoPhone` (bare: without its constructor id). */
export declare function writeTextAutoPhone(w: TlWriter, v: TextAutoPhone): void;
/** Reads the fields of `textAutoPhone` (bare: its constructor id already read). */
export declare function readTextAutoPhone(r: TlReader): TextAutoPhone;
/** Writes the fields of `textAutoUrl` (bare: without its constructor id). */
export declare function writeTextAutoUrl(w: TlWriter, v: TextAutoUrl): void;
/** Reads the fields of `textAutoUrl` (bare: its constructor id already read). */
export declare function readTextAutoUrl(r: TlReader): TextAutoUrl;
/** Writes the fields of `textBankCard` (bare: without its constructor id). */
export declare function writeTextBankCard(w: TlWriter, v: TextBankCard): void;
/** Reads the fields of `textBankCard` (bare: its constructor id already read). */
export declare function readTextBankCard(r: TlReader): TextBankCard;
/** Writes the fields of `textBold` (bare: without its constructor id). */
export declare function writeTextBold(w: TlWriter, v: TextBold): void;
/** Reads the fields of `textBold` (bare: its constructor id already read). */
export declare function readTextBold(r: TlReader): TextBold;
/** Writes the fields of `textBotCommand` (bare: without its constructor id). */
export declare function writeTextBotCommand(w: TlWriter, v: TextBotCommand): void;
/** Reads the fields of `textBotCommand` (bare: its constructor id already read). */
export declare function readTextBotCommand(r: TlReader): TextBotCommand;
/** Writes the fields of `textCashtag` (bare: without its constructor id). */
export declare function writeTextCashtag(w: TlWriter, v: TextCashtag): void;
/** Reads the fields of `textCashtag` (bare: its constructor id already read). */
export declare function readTextCashtag(r: TlReader): TextCashtag;
/** Writes the fields of `textConcat` (bare: without its constructor id). */
export declare function writeTextConcat(w: TlWriter, v: TextConcat): void;
/** Reads the fields of `textConcat` (bare: its constructor id already read). */
export declare function readTextConcat(r: TlReader): TextConcat;
/** Writes the fields of `textCustomEmoji` (bare: without its constructor id). */
export declare function writeTextCustomEmoji(w: TlWriter, v: TextCustomEmoji): void;
/** Reads the fields of `textCustomEmoji` (bare: its constructor id already read). */
export declare function readTextCustomEmoji(r: TlReader): TextCustomEmoji;
/** Writes the fields of `textDate` (bare: without its constructor id). */
export declare function writeTextDate(w: TlWriter, v: TextDate): void;
/** Reads the fields of `textDate` (bare: its constructor id already read). */
export declare function readTextDate(r: TlReader): TextDate;
/** Writes the fields of `textEmail` (bare: without its constructor id). */
export declare function writeTextEmail(w: TlWriter, v: TextEmail): void;
/** Reads the fields of `textEmail` (bare: its constructor id already read). */
export declare function readTextEmail(r: TlReader): TextEmail;
/** Writes the fields of `textEmpty` (bare: without its constructor id). */
export declare function writeTextEmpty(_w: TlWriter, _v: TextEmpty): void;
/** Reads the fields of `textEmpty` (bare: its constructor id already read). */
export declare function readTextEmpty(_r: TlReader): TextEmpty;
/** Writes the fields of `textFixed` (bare: without its constructor id). */
export declare function writeTextFixed(w: TlWriter, v: TextFixed): void;
/** Reads the fields of `textFixed` (bare: its constructor id already read). */
export declare function readTextFixed(r: TlReader): TextFixed;
/** Writes the fields of `textHashtag` (bare: without its constructor id). */
export declare function writeTextHashtag(w: TlWriter, v: TextHashtag): void;
/** Reads the fields of `textHashtag` (bare: its constructor id already read). */
export declare function readTextHashtag(r: TlReader): TextHashtag;
/** Writes the fields of `textImage` (bare: without its constructor id). */
export declare function writeTextImage(w: TlWriter, v: TextImage): void;
/** Reads the fields of `textImage` (bare: its constructor id already read). */
export declare function readTextImage(r: TlReader): TextImage;
/** Writes the fields of `textItalic` (bare: without its constructor id). */
export declare function writeTextItalic(w: TlWriter, v: TextItalic): void;
/** Reads the fields of `textItalic` (bare: its constructor id already read). */
export declare function readTextItalic(r: TlReader): TextItalic;
/** Writes the fields of `textMarked` (bare: without its constructor id). */
export declare function writeTextMarked(w: TlWriter, v: TextMarked): void;
/** Reads the fields of `textMarked` (bare: its constructor id already read). */
export declare function readTextMarked(r: TlReader): TextMarked;
/** Writes the fields of `textMath` (bare: without its constructor id). */
export declare function writeTextMath(w: TlWriter, v: TextMath): void;
/** Reads the fields of `textMath` (bare: its constructor id already read). */
export declare function readTextMath(r: TlReader): TextMath;
/** Writes the fields of `textMention` (bare: without its constructor id). */
export declare function writeTextMention(w: TlWriter, v: TextMention): void;
/** Reads the fields of `textMention` (bare: its constructor id already read). */
export declare function readTextMention(r: TlReader): TextMention;
/** Writes the fields of `textMentionName` (bare: without its constructor id). */
export declare function writeTextMentionName(w: TlWriter, v: TextMentionName): void;
/** Reads the fields of `textMentionName` (bare: its constructor id already read). */
export declare function readTextMentionName(r: TlReader): TextMentionName;
/** Writes the fields of `textPhone` (bare: without its constructor id). */
export declare function writeTextPhone(w: TlWriter, v: TextPhone): void;
/** Reads the fields of `textPhone` (bare: its constructor id already read). */
export declare function readTextPhone(r: TlReader): TextPhone;
/** Writes the fields of `textPlain` (bare: without its constructor id). */
export declare function writeTextPlain(w: TlWriter, v: TextPlain): void;
/** Reads the fields of `textPlain` (bare: its constructor id already read). */
export declare function readTextPlain(r: TlReader): TextPlain;
/** Writes the fields of `textSpoiler` (bare: without its constructor id). */
export declare function writeTextSpoiler(w: TlWriter, v: TextSpoiler): void;
/** Reads the fields of `textSpoiler` (bare: its constructor id already read). */
export declare function readTextSpoiler(r: TlReader): TextSpoiler;
/** Writes the fields of `textStrike` (bare: without its constructor id). */
export declare function writeTextStrike(w: TlWriter, v: TextStrike): void;
/** Reads the fields of `textStrike` (bare: its constructor id already read). */
export declare function readTextStrike(r: TlReader): TextStrike;
/** Writes the fields of `textSubscript` (bare: without its constructor id). */
export declare function writeTextSubscript(w: TlWriter, v: TextSubscript): void;
/** Reads the fields of `textSubscript` (bare: its constructor id already read). */
export declare function readTextSubscript(r: TlReader): TextSubscript;
/** Writes the fields of `textSuperscript` (bare: without its constructor id). */
export declare function writeTextSuperscript(w: TlWriter, v: TextSuperscript): void;
/** Reads the fields of `textSuperscript` (bare: its constructor id already read). */
export declare function readTextSuperscript(r: TlReader): TextSuperscript;
/** Writes the fields of `textUnderline` (bare: without its constructor id). */
export declare function writeTextUnderline(w: TlWriter, v: TextUnderline): void;
/** Reads the fields of `textUnderline` (bare: its constructor id already read). */
export declare function readTextUnderline(r: TlReader): TextUnderline;
/** Writes the fields of `textUrl` (bare: without its constructor id). */
export declare function writeTextUrl(w: TlWriter, v: TextUrl): void;
/** Reads the fields of `textUrl` (bare: its constructor id already read). */
export declare function readTextUrl(r: TlReader): TextUrl;
/** Writes the fields of `textWithEntities` (bare: without its constructor id). */
export declare function writeTextWithEntities(w: TlWriter, v: TextWithEntities): void;
/** Reads the fields of `textWithEntities` (bare: its constructor id already read). */
export declare function readTextWithEntities(r: TlReader): TextWithEntities;
/** Writes the fields of `theme` (bare: without its constructor id). */
export declare function writeTheme(w: TlWriter, v: Theme): void;
/** Reads the fields of `theme` (bare: its constructor id already read). */
export declare function readTheme(r: TlReader): Theme;
/** Writes the fields of `themeSettings` (bare: without its constructor id). */
export declare function writeThemeSettings(w: TlWriter, v: ThemeSettings): void;
/** Reads the fields of `themeSettings` (bare: its constructor id already read). */
export declare function readThemeSettings(r: TlReader): ThemeSettings;
/** Writes the fields of `todoCompletion` (bare: without its constructor id). */
export declare function writeTodoCompletion(w: TlWriter, v: TodoCompletion): void;
/** Reads the fields of `todoCompletion` (bare: its constructor id already read). */
export declare function readTodoCompletion(r: TlReader): TodoCompletion;
/** Writes the fields of `todoItem` (bare: without its constructor id). */
export declare function writeTodoItem(w: TlWriter, v: TodoItem): void;
/** Reads the fields of `todoItem` (bare: its constructor id already read). */
export declare function readTodoItem(r: TlReader): TodoItem;
/** Writes the fields of `todoList` (bare: without its constructor id). */
export declare function writeTodoList(w: TlWriter, v: TodoList): void;
/** Reads the fields of `todoList` (bare: its constructor id already read). */
export declare function readTodoList(r: TlReader): TodoList;
/** Writes the fields of `updateAiComposeTones` (bare: without its constructor id). */
export declare function writeUpdateAiComposeTones(_w: TlWriter, _v: UpdateAiComposeTones): void;
/** Reads the fields of `updateAiComposeTones` (bare: its constructor id already read). */
export declare function readUpdateAiComposeTones(_r: TlReader): UpdateAiComposeTones;
/** Writes the fields of `updateAttachMenuBots` (bare: without its constructor id). */
export declare function writeUpdateAttachMenuBots(_w: TlWriter, _v: UpdateAttachMenuBots): void;
/** Reads the fields of `updateAttachMenuBots` (bare: its constructor id already read). */
export declare function readUpdateAttachMenuBots(_r: TlReader): UpdateAttachMenuBots;
/** Writes the fields of `updateAutoSaveSettings` (bare: without its constructor id). */
export declare function writeUpdateAutoSaveSettings(_w: TlWriter, _v: UpdateAutoSaveSettings): void;
/** Reads the fields of `updateAutoSaveSettings` (bare: its constructor id already read). */
export declare function readUpdateAutoSaveSettings(_r: TlReader): UpdateAutoSaveSettings;
/** Writes the fields of `updateBotBusinessConnect` (bare: without its constructor id). */
export declare function writeUpdateBotBusinessConnect(w: TlWriter, v: UpdateBotBusinessConnect): void;
/** Reads the fields of `updateBotBusinessConnect` (bare: its constructor id already read). */
export declare function readUpdateBotBusinessConnect(r: TlReader): UpdateBotBusinessConnect;
/** Writes the fields of `updateBotCallbackQuery` (bare: without its constructor id). */
export declare function writeUpdateBotCallbackQuery(w: TlWriter, v: UpdateBotCallbackQuery): void;
/** Reads the fields of `updateBotCallbackQuery` (bare: its constructor id already read). */
export declare function readUpdateBotCallbackQuery(r: TlReader): UpdateBotCallbackQuery;
/** Writes the fields of `updateBotChatBoost` (bare: without its constructor id). */
export declare function writeUpdateBotChatBoost(w: TlWriter, v: UpdateBotChatBoost): void;
/** Reads the fields of `updateBotChatBoost` (bare: its constructor id already read). */
export declare function readUpdateBotChatBoost(r: TlReader): UpdateBotChatBoost;
/** Writes the fields of `updateBotChatInviteRequester` (bare: without its constructor id). */
export declare function writeUpdateBotChatInviteRequester(w: TlWriter, v: UpdateBotChatInviteRequester): void;
/** Reads the fields of `updateBotChatInviteRequester` (bare: its constructor id already read). */
export declare function readUpdateBotChatInviteRequester(r: TlReader): UpdateBotChatInviteRequester;
/** Writes the fields of `updateBotCommands` (bare: without its constructor id). */
export declare function writeUpdateBotCommands(w: TlWriter, v: UpdateBotCommands): void;
/** Reads the fields of `updateBotCommands` (bare: its constructor id already read). */
export declare function readUpdateBotCommands(r: TlReader): UpdateBotCommands;
/** Writes the fields of `updateBotDeleteBusinessMessage` (bare: without its constructor id). */
export declare function writeUpdateBotDeleteBusinessMessage(w: TlWriter, v: UpdateBotDeleteBusinessMessage): void;
/** Reads the fields of `updateBotDeleteBusinessMessage` (bare: its constructor id already read). */
export declare function readUpdateBotDeleteBusinessMessage(r: TlReader): UpdateBotDeleteBusinessMessage;
/** Writes the fields of `updateBotEditBusinessMessage` (bare: without its constructor id). */
export declare function writeUpdateBotEditBusinessMessage(w: TlWriter, v: UpdateBotEditBusinessMessage): void;
/** Reads the fields of `updateBotEditBusinessMessage` (bare: its constructor id already read). */
export declare function readUpdateBotEditBusinessMessage(r: TlReader): UpdateBotEditBusinessMessage;
/** Writes the fields of `updateBotGuestChatQuery` (bare: without its constructor id). */
export declare function writeUpdateBotGuestChatQuery(w: TlWriter, v: UpdateBotGuestChatQuery): void;
/** Reads the fields of `updateBotGuestChatQuery` (bare: its constructor id already read). */
export declare function readUpdateBotGuestChatQuery(r: TlReader): UpdateBotGuestChatQuery;
/** Writes the fields of `updateBotInlineQuery` (bare: without its constructor id). */
export declare function writeUpdateBotInlineQuery(w: TlWriter, v: UpdateBotInlineQuery): void;
/** Reads the fields of `updateBotInlineQuery` (bare: its constructor id already read). */
export declare function readUpdateBotInlineQuery(r: TlReader): UpdateBotInlineQuery;
/** Writes the fields of `updateBotInlineSend` (bare: without its constructor id). */
export declare function writeUpdateBotInlineSend(w: TlWriter, v: UpdateBotInlineSend): void;
/** Reads the fields of `updateBotInlineSend` (bare: its constructor id already read). */
export declare function readUpdateBotInlineSend(r: TlReader): UpdateBotInlineSend;
/** Writes the fields of `updateBotMenuButton` (bare: without its constructor id). */
export declare function writeUpdateBotMenuButton(w: TlWriter, v: UpdateBotMenuButton): void;
/** Reads the fields of `updateBotMenuButton` (bare: its constructor id already read). */
export declare function readUpdateBotMenuButton(r: TlReader): UpdateBotMenuButton;
/** Writes the fields of `updateBotMessageReaction` (bare: without its constructor id). */
export declare function writeUpdateBotMessageReaction(w: TlWriter, v: UpdateBotMessageReaction): void;
/** Reads the fields of `updateBotMessageReaction` (bare: its constructor id already read). */
export declare function readUpdateBotMessageReaction(r: TlReader): UpdateBotMessageReaction;
/** Writes the fields of `updateBotMessageReactions` (bare: without its constructor id). */
export declare function writeUpdateBotMessageReactions(w: TlWriter, v: UpdateBotMessageReactions): void;
/** Reads the fields of `updateBotMessageReactions` (bare: its constructor id already read). */
export declare function readUpdateBotMessageReactions(r: TlReader): UpdateBotMessageReactions;
/** Writes the fields of `updateBotNewBusinessMessage` (bare: without its constructor id). */
export declare function writeUpdateBotNewBusinessMessage(w: TlWriter, v: UpdateBotNewBusinessMessage): void;
/** Reads the fields of `updateBotNewBusinessMessage` (bare: its constructor id already read). */
export declare function readUpdateBotNewBusinessMessage(r: TlReader): UpdateBotNewBusinessMessage;
/** Writes the fields of `updateBotPrecheckoutQuery` (bare: without its constructor id). */
export declare function writeUpdateBotPrecheckoutQuery(w: TlWriter, v: UpdateBotPrecheckoutQuery): void;
/** Reads the fields of `updateBotPrecheckoutQuery` (bare: its constructor id already read). */
export declare function readUpdateBotPrecheckoutQuery(r: TlReader): UpdateBotPrecheckoutQuery;
/** Writes the fields of `updateBotPurchasedPaidMedia` (bare: without its constructor id). */
export declare function writeUpdateBotPurchasedPaidMedia(w: TlWriter, v: UpdateBotPurchasedPaidMedia): void;
/** Reads the fields of `updateBotPurchasedPaidMedia` (bare: its constructor id already read). */
export declare function readUpdateBotPurchasedPaidMedia(r: TlReader): UpdateBotPurchasedPaidMedia;
/** Writes the fields of `updateBotShippingQuery` (bare: without its constructor id). */
export declare function writeUpdateBotShippingQuery(w: TlWriter, v: UpdateBotShippingQuery): void;
/** Reads the fields of `updateBotShippingQuery` (bare: its constructor id already read). */
export declare function readUpdateBotShippingQuery(r: TlReader): UpdateBotShippingQuery;
/** Writes the fields of `updateBotStopped` (bare: without its constructor id). */
export declare function writeUpdateBotStopped(w: TlWriter, v: UpdateBotStopped): void;
/** Reads the fields of `updateBotStopped` (bare: its constructor id already read). */
export declare function readUpdateBotStopped(r: TlReader): UpdateBotStopped;
/** Writes the fields of `updateBotWebhookJSON` (bare: without its constructor id). */
export declare function writeUpdateBotWebhookJSON(w: TlWriter, v: UpdateBotWebhookJSON): void;
/** Reads the fields of `updateBotWebhookJSON` (bare: its constructor id already read). */
export declare function readUpdateBotWebhookJSON(r: TlReader): UpdateBotWebhookJSON;
/** Writes the fields of `updateBotWebhookJSONQuery` (bare: without its constructor id). */
export declare function writeUpdateBotWebhookJSONQuery(w: TlWriter, v: UpdateBotWebhookJSONQuery): void;
/** Reads the fields of `updateBotWebhookJSONQuery` (bare: its constructor id already read). */
export declare function readUpdateBotWebhookJSONQuery(r: TlReader): UpdateBotWebhookJSONQuery;
/** Writes the fields of `updateBusinessBotCallbackQuery` (bare: without its constructor id). */
export declare function writeUpdateBusinessBotCallbackQuery(w: TlWriter, v: UpdateBusinessBotCallbackQuery): void;
/** Reads the fields of `updateBusinessBotCallbackQuery` (bare: its constructor id already read). */
export declare function readUpdateBusinessBotCallbackQuery(r: TlReader): UpdateBusinessBotCallbackQuery;
/** Writes the fields of `updateChannel` (bare: without its constructor id). */
export declare function writeUpdateChannel(w: TlWriter, v: UpdateChannel): void;
/** Reads the fields of `updateChannel` (bare: its constructor id already read). */
export declare function readUpdateChannel(r: TlReader): UpdateChannel;
/** Writes the fields of `updateChannelAvailableMessages` (bare: without its constructor id). */
export declare function writeUpdateChannelAvailableMessages(w: TlWriter, v: UpdateChannelAvailableMessages): void;
/** Reads the fields of `updateChannelAvailableMessages` (bare: its constructor id already read). */
export declare function readUpdateChannelAvailableMessages(r: TlReader): UpdateChannelAvailableMessages;
/** Writes the fields of `updateChannelMessageForwards` (bare: without its constructor id). */
export declare function writeUpdateChannelMessageForwards(w: TlWriter, v: UpdateChannelMessageForwards): void;
/** Reads the fields of `updateChannelMessageForwards` (bare: its constructor id already read). */
export declare function readUpdateChannelMessageForwards(r: TlReader): UpdateChannelMessageForwards;
/** Writes the fields of `updateChannelMessageViews` (bare: without its constructor id). */
export declare function writeUpdateChannelMessageViews(w: TlWriter, v: UpdateChannelMessageViews): void;
/** Reads the fields of `updateChannelMessageViews` (bare: its constructor id already read). */
export declare function readUpdateChannelMessageViews(r: TlReader): UpdateChannelMessageViews;
/** Writes the fields of `updateChannelParticipant` (bare: without its constructor id). */
export declare function writeUpdateChannelParticipant(w: TlWriter, v: UpdateChannelParticipant): void;
/** Reads the fields of `updateChannelParticipant` (bare: its constructor id already read). */
export declare function readUpdateChannelParticipant(r: TlReader): UpdateChannelParticipant;
/** Writes the fields of `updateChannelPinnedTopic` (bare: without its constructor id). */
export declare function writeUpdateChannelPinnedTopic(w: TlWriter, v: UpdateChannelPinnedTopic): void;
/** Reads the fields of `updateChannelPinnedTopic` (bare: its constructor id already read). */
export declare function readUpdateChannelPinnedTopic(r: TlReader): UpdateChannelPinnedTopic;
/** Writes the fields of `updateChannelPinnedTopics` (bare: without its constructor id). */
export declare function writeUpdateChannelPinnedTopics(w: TlWriter, v: UpdateChannelPinnedTopics): void;
/** Reads the fields of `updateChannelPinnedTopics` (bare: its constructor id already read). */
export declare function readUpdateChannelPinnedTopics(r: TlReader): UpdateChannelPinnedTopics;
/** Writes the fields of `updateChannelReadMessagesContents` (bare: without its constructor id). */
export declare function writeUpdateChannelReadMessagesContents(w: TlWriter, v: UpdateChannelReadMessagesContents): void;
/** Reads the fields of `updateChannelReadMessagesContents` (bare: its constructor id already read). */
export declare function readUpdateChannelReadMessagesContents(r: TlReader): UpdateChannelReadMessagesContents;
/** Writes the fields of `updateChannelTooLong` (bare: without its constructor id). */
export declare function writeUpdateChannelTooLong(w: TlWriter, v: UpdateChannelTooLong): void;
/** Reads the fields of `updateChannelTooLong` (bare: its constructor id already read). */
export declare function readUpdateChannelTooLong(r: TlReader): UpdateChannelTooLong;
/** Writes the fields of `updateChannelUserTyping` (bare: without its constructor id). */
export declare function writeUpdateChannelUserTyping(w: TlWriter, v: UpdateChannelUserTyping): void;
/** Reads the fields of `updateChannelUserTyping` (bare: its constructor id already read). */
export declare function readUpdateChannelUserTyping(r: TlReader): UpdateChannelUserTyping;
/** Writes the fields of `updateChannelViewForumAsMessages` (bare: without its constructor id). */
export declare function writeUpdateChannelViewForumAsMessages(w: TlWriter, v: UpdateChannelViewForumAsMessages): void;
/** Reads the fields of `updateChannelViewForumAsMessages` (bare: its constructor id already read). */
export declare function readUpdateChannelViewForumAsMessages(r: TlReader): UpdateChannelViewForumAsMessages;
/** Writes the fields of `updateChannelWebPage` (bare: without its constructor id). */
export declare function writeUpdateChannelWebPage(w: TlWriter, v: UpdateChannelWebPage): void;
/** Reads the fields of `updateChannelWebPage` (bare: its constructor id already read). */
export declare function readUpdateChannelWebPage(r: TlReader): UpdateChannelWebPage;
/** Writes the fields of `updateChat` (bare: without its constructor id). */
export declare function writeUpdateChat(w: TlWriter, v: UpdateChat): void;
/** Reads the fields of `updateChat` (bare: its constructor id already read). */
export declare function readUpdateChat(r: TlReader): UpdateChat;
/** Writes the fields of `updateChatDefaultBannedRights` (bare: without its constructor id). */
export declare function writeUpdateChatDefaultBannedRights(w: TlWriter, v: UpdateChatDefaultBannedRights): void;
/** Reads the fields of `updateChatDefaultBannedRights` (bare: its constructor id already read). */
export declare function readUpdateChatDefaultBannedRights(r: TlReader): UpdateChatDefaultBannedRights;
/** Writes the fields of `updateChatParticipant` (bare: without its constructor id). */
export declare function writeUpdateChatParticipant(w: TlWriter, v: UpdateChatParticipant): void;
/** Reads the fields of `updateChatParticipant` (bare: its constructor id already read). */
export declare function readUpdateChatParticipant(r: TlReader): UpdateChatParticipant;
/** Writes the fields of `updateChatParticipantAdd` (bare: without its constructor id). */
export declare function writeUpdateChatParticipantAdd(w: TlWriter, v: UpdateChatParticipantAdd): void;
/** Reads the fields of `updateChatParticipantAdd` (bare: its constructor id already read). */
export declare function readUpdateChatParticipantAdd(r: TlReader): UpdateChatParticipantAdd;
/** Writes the fields of `updateChatParticipantAdmin` (bare: without its constructor id). */
export declare function writeUpdateChatParticipantAdmin(w: TlWriter, v: UpdateChatParticipantAdmin): void;
/** Reads the fields of `updateChatParticipantAdmin` (bare: its constructor id already read). */
export declare function readUpdateChatParticipantAdmin(r: TlReader): UpdateChatParticipantAdmin;
/** Writes the fields of `updateChatParticipantDelete` (bare: without its constructor id). */
export declare function writeUpdateChatParticipantDelete(w: TlWriter, v: UpdateChatParticipantDelete): void;
/** Reads the fields of `updateChatParticipantDelete` (bare: its constructor id already read). */
export declare function readUpdateChatParticipantDelete(r: TlReader): UpdateChatParticipantDelete;
/** Writes the fields of `updateChatParticipantRank` (bare: without its constructor id). */
export declare function writeUpdateChatParticipantRank(w: TlWriter, v: UpdateChatParticipantRank): void;
/** Reads the fields of `updateChatParticipantRank` (bare: its constructor id already read). */
export declare function readUpdateChatParticipantRank(r: TlReader): UpdateChatParticipantRank;
/** Writes the fields of `updateChatParticipants` (bare: without its constructor id). */
export declare function writeUpdateChatParticipants(w: TlWriter, v: UpdateChatParticipants): void;
/** Reads the fields of `updateChatParticipants` (bare: its constructor id already read). */
export declare function readUpdateChatParticipants(r: TlReader): UpdateChatParticipants;
/** Writes the fields of `updateChatUserTyping` (bare: without its constructor id). */
export declare function writeUpdateChatUserTyping(w: TlWriter, v: UpdateChatUserTyping): void;
/** Reads the fields of `updateChatUserTyping` (bare: its constructor id already read). */
export declare function readUpdateChatUserTyping(r: TlReader): UpdateChatUserTyping;
/** Writes the fields of `updateConfig` (bare: without its constructor id). */
export declare function writeUpdateConfig(_w: TlWriter, _v: UpdateConfig): void;
/** Reads the fields of `updateConfig` (bare: its constructor id already read). */
export declare function readUpdateConfig(_r: TlReader): UpdateConfig;
/** Writes the fields of `updateContactsReset` (bare: without its constructor id). */
export declare function writeUpdateContactsReset(_w: TlWriter, _v: UpdateContactsReset): void;
/** Reads the fields of `updateContactsReset` (bare: its constructor id already read). */
export declare function readUpdateContactsReset(_r: TlReader): UpdateContactsReset;
/** Writes the fields of `updateDcOptions` (bare: without its constructor id). */
export declare function writeUpdateDcOptions(w: TlWriter, v: UpdateDcOptions): void;
/** Reads the fields of `updateDcOptions` (bare: its constructor id already read). */
export declare function readUpdateDcOptions(r: TlReader): UpdateDcOptions;
/** Writes the fields of `updateDeleteChannelMessages` (bare: without its constructor id). */
export declare function writeUpdateDeleteChannelMessages(w: TlWriter, v: UpdateDeleteChannelMessages): void;
/** Reads the fields of `updateDeleteChannelMessages` (bare: its constructor id already read). */
export declare function readUpdateDeleteChannelMessages(r: TlReader): UpdateDeleteChannelMessages;
/** Writes the fields of `updateDeleteGroupCallMessages` (bare: without its constructor id). */
export declare function writeUpdateDeleteGroupCallMessages(w: TlWriter, v: UpdateDeleteGroupCallMessages): void;
/** Reads the fields of `updateDeleteGroupCallMessages` (bare: its constructor id already read). */
export declare function readUpdateDeleteGroupCallMessages(r: TlReader): UpdateDeleteGroupCallMessages;
/** Writes the fields of `updateDeleteMessages` (bare: without its constructor id). */
export declare function writeUpdateDeleteMessages(w: TlWriter, v: UpdateDeleteMessages): void;
/** Reads the fields of `updateDeleteMessages` (bare: its constructor id already read). */
export declare function readUpdateDeleteMessages(r: TlReader): UpdateDeleteMessages;
/** Writes the fields of `updateDeleteQuickReply` (bare: without its constructor id). */
export declare function writeUpdateDeleteQuickReply(w: TlWriter, v: UpdateDeleteQuickReply): void;
/** Reads the fields of `updateDeleteQuickReply` (bare: its constructor id already read). */
export declare function readUpdateDeleteQuickReply(r: TlReader): UpdateDeleteQuickReply;
/** Writes the fields of `updateDeleteQuickReplyMessages` (bare: without its constructor id). */
export declare function writeUpdateDeleteQuickReplyMessages(w: TlWriter, v: UpdateDeleteQuickReplyMessages): void;
/** Reads the fields of `updateDeleteQuickReplyMessages` (bare: its constructor id already read). */
export declare function readUpdateDeleteQuickReplyMessages(r: TlReader): UpdateDeleteQuickReplyMessages;
/** Writes the fields of `updateDeleteScheduledMessages` (bare: without its constructor id). */
export declare function writeUpdateDeleteScheduledMessages(w: TlWriter, v: UpdateDeleteScheduledMessages): void;
/** Reads the fields of `updateDeleteScheduledMessages` (bare: its constructor id already read). */
export declare function readUpdateDeleteScheduledMessages(r: TlReader): UpdateDeleteScheduledMessages;
/** Writes the fields of `updateDialogFilter` (bare: without its constructor id). */
export declare function writeUpdateDialogFilter(w: TlWriter, v: UpdateDialogFilter): void;
/** Reads the fields of `updateDialogFilter` (bare: its constructor id already read). */
export declare function readUpdateDialogFilter(r: TlReader): UpdateDialogFilter;
/** Writes the fields of `updateDialogFilterOrder` (bare: without its constructor id). */
export declare function writeUpdateDialogFilterOrder(w: TlWriter, v: UpdateDialogFilterOrder): void;
/** Reads the fields of `updateDialogFilterOrder` (bare: its constructor id already read). */
export declare function readUpdateDialogFilterOrder(r: TlReader): UpdateDialogFilterOrder;
/** Writes the fields of `updateDialogFilters` (bare: without its constructor id). */
export declare function writeUpdateDialogFilters(_w: TlWriter, _v: UpdateDialogFilters): void;
/** Reads the fields of `updateDialogFilters` (bare: its constructor id already read). */
export declare function readUpdateDialogFilters(_r: TlReader): UpdateDialogFilters;
/** Writes the fields of `updateDialogPinned` (bare: without its constructor id). */
export declare function writeUpdateDialogPinned(w: TlWriter, v: UpdateDialogPinned): void;
/** Reads the fields of `updateDialogPinned` (bare: its constructor id already read). */
export declare function readUpdateDialogPinned(r: TlReader): UpdateDialogPinned;
/** Writes the fields of `updateDialogUnreadMark` (bare: without its constructor id). */
export declare function writeUpdateDialogUnreadMark(w: TlWriter, v: UpdateDialogUnreadMark): void;
/** Reads the fields of `updateDialogUnreadMark` (bare: its constructor id already read). */
export declare function readUpdateDialogUnreadMark(r: TlReader): UpdateDialogUnreadMark;
/** Writes the fields of `updateDraftMessage` (bare: without its constructor id). */
export declare function writeUpdateDraftMessage(w: TlWriter, v: UpdateDraftMessage): void;
/** Reads the fields of `updateDraftMessage` (bare: its constructor id already read). */
export declare function readUpdateDraftMessage(r: TlReader): UpdateDraftMessage;
/** Writes the fields of `updateEditChannelMessage` (bare: without its constructor id). */
export declare function writeUpdateEditChannelMessage(w: TlWriter, v: UpdateEditChannelMessage): void;
/** Reads the fields of `updateEditChannelMessage` (bare: its constructor id already read). */
export declare function readUpdateEditChannelMessage(r: TlReader): UpdateEditChannelMessage;
/** Writes the fields of `updateEditMessage` (bare: without its constructor id). */
export declare function writeUpdateEditMessage(w: TlWriter, v: UpdateEditMessage): void;
/** Reads the fields of `updateEditMessage` (bare: its constructor id already read). */
export declare function readUpdateEditMessage(r: TlReader): UpdateEditMessage;
/** Writes the fields of `updateEmojiGameInfo` (bare: without its constructor id). */
export declare function writeUpdateEmojiGameInfo(w: TlWriter, v: UpdateEmojiGameInfo): void;
/** Reads the fields of `updateEmojiGameInfo` (bare: its constructor id already read). */
export declare function readUpdateEmojiGameInfo(r: TlReader): UpdateEmojiGameInfo;
/** Writes the fields of `updateEncryptedChatTyping` (bare: without its constructor id). */
export declare function writeUpdateEncryptedChatTyping(w: TlWriter, v: UpdateEncryptedChatTyping): void;
/** Reads the fields of `updateEncryptedChatTyping` (bare: its constructor id already read). */
export declare function readUpdateEncryptedChatTyping(r: TlReader): UpdateEncryptedChatTyping;
/** Writes the fields of `updateEncryptedMessagesRead` (bare: without its constructor id). */
export declare function writeUpdateEncryptedMessagesRead(w: TlWriter, v: UpdateEncryptedMessagesRead): void;
/** Reads the fields of `updateEncryptedMessagesRead` (bare: its constructor id already read). */
export declare function readUpdateEncryptedMessagesRead(r: TlReader): UpdateEncryptedMessagesRead;
/** Writes the fields of `updateEncryption` (bare: without its constructor id). */
export declare function writeUpdateEncryption(w: TlWriter, v: UpdateEncryption): void;
/** Reads the fields of `updateEncryption` (bare: its constructor id already read). */
export declare function readUpdateEncryption(r: TlReader): UpdateEncryption;
/** Writes the fields of `updateFavedStickers` (bare: without its constructor id). */
export declare function writeUpdateFavedStickers(_w: TlWriter, _v: UpdateFavedStickers): void;
/** Reads the fields of `updateFavedStickers` (bare: its constructor id already read). */
export declare function readUpdateFavedStickers(_r: TlReader): UpdateFavedStickers;
/** Writes the fields of `updateFolderPeers` (bare: without its constructor id). */
export declare function writeUpdateFolderPeers(w: TlWriter, v: UpdateFolderPeers): void;
/** Reads the fields of `updateFolderPeers` (bare: its constructor id already read). */
export declare function readUpdateFolderPeers(r: TlReader): UpdateFolderPeers;
/** Writes the fields of `updateGeoLiveViewed` (bare: without its constructor id). */
export declare function writeUpdateGeoLiveViewed(w: TlWriter, v: UpdateGeoLiveViewed): void;
/** Reads the fields of `updateGeoLiveViewed` (bare: its constructor id already read). */
export declare function readUpdateGeoLiveViewed(r: TlReader): UpdateGeoLiveViewed;
/** Writes the fields of `updateGroupCall` (bare: without its constructor id). */
export declare function writeUpdateGroupCall(w: TlWriter, v: UpdateGroupCall): void;
/** Reads the fields of `updateGroupCall` (bare: its constructor id already read). */
export declare function readUpdateGroupCall(r: TlReader): UpdateGroupCall;
/** Writes the fields of `updateGroupCallChainBlocks` (bare: without its constructor id). */
export declare function writeUpdateGroupCallChainBlocks(w: TlWriter, v: UpdateGroupCallChainBlocks): void;
/** Reads the fields of `updateGroupCallChainBlocks` (bare: its constructor id already read). */
export declare function readUpdateGroupCallChainBlocks(r: TlReader): UpdateGroupCallChainBlocks;
/** Writes the fields of `updateGroupCallConnection` (bare: without its constructor id). */
export declare function writeUpdateGroupCallConnection(w: TlWriter, v: UpdateGroupCallConnection): void;
/** Reads the fields of `updateGroupCallConnection` (bare: its constructor id already read). */
export declare function readUpdateGroupCallConnection(r: TlReader): UpdateGroupCallConnection;
/** Writes the fields of `updateGroupCallEncryptedMessage` (bare: without its constructor id). */
export declare function writeUpdateGroupCallEncryptedMessage(w: TlWriter, v: UpdateGroupCallEncryptedMessage): void;
/** Reads the fields of `updateGroupCallEncryptedMessage` (bare: its constructor id already read). */
export declare function readUpdateGroupCallEncryptedMessage(r: TlReader): UpdateGroupCallEncryptedMessage;
/** Writes the fields of `updateGroupCallMessage` (bare: without its constructor id). */
export declare function writeUpdateGroupCallMessage(w: TlWriter, v: UpdateGroupCallMessage): void;
/** Reads the fields of `updateGroupCallMessage` (bare: its constructor id already read). */
export declare function readUpdateGroupCallMessage(r: TlReader): UpdateGroupCallMessage;
/** Writes the fields of `updateGroupCallParticipants` (bare: without its constructor id). */
export declare function writeUpdateGroupCallParticipants(w: TlWriter, v: UpdateGroupCallParticipants): void;
/** Reads the fields of `updateGroupCallParticipants` (bare: its constructor id already read). */
export declare function readUpdateGroupCallParticipants(r: TlReader): UpdateGroupCallParticipants;
/** Writes the fields of `updateInlineBotCallbackQuery` (bare: without its constructor id). */
export declare function writeUpdateInlineBotCallbackQuery(w: TlWriter, v: UpdateInlineBotCallbackQuery): void;
/** Reads the fields of `updateInlineBotCallbackQuery` (bare: its constructor id already read). */
export declare function readUpdateInlineBotCallbackQuery(r: TlReader): UpdateInlineBotCallbackQuery;
/** Writes the fields of `updateJoinChatWebViewDecision` (bare: without its constructor id). */
export declare function writeUpdateJoinChatWebViewDecision(w: TlWriter, v: UpdateJoinChatWebViewDecision): void;
/** Reads the fields of `updateJoinChatWebViewDecision` (bare: its constructor id already read). */
export declare function readUpdateJoinChatWebViewDecision(r: TlReader): UpdateJoinChatWebViewDecision;
/** Writes the fields of `updateLangPack` (bare: without its constructor id). */
export declare function writeUpdateLangPack(w: TlWriter, v: UpdateLangPack): void;
/** Reads the fields of `updateLangPack` (bare: its constructor id already read). */
export declare function readUpdateLangPack(r: TlReader): UpdateLangPack;
/** Writes the fields of `updateLangPackTooLong` (bare: without its constructor id). */
export declare function writeUpdateLangPackTooLong(w: TlWriter, v: UpdateLangPackTooLong): void;
/** Reads the fields of `updateLangPackTooLong` (bare: its constructor id already read). */
export declare function readUpdateLangPackTooLong(r: TlReader): UpdateLangPackTooLong;
/** Writes the fields of `updateLoginToken` (bare: without its constructor id). */
export declare function writeUpdateLoginToken(_w: TlWriter, _v: UpdateLoginToken): void;
/** Reads the fields of `updateLoginToken` (bare: its constructor id already read). */
export declare function readUpdateLoginToken(_r: TlReader): UpdateLoginToken;
/** Writes the fields of `updateManagedBot` (bare: without its constructor id). */
export declare function writeUpdateManagedBot(w: TlWriter, v: UpdateManagedBot): void;
/** Reads the fields of `updateManagedBot` (bare: its constructor id already read). */
export declare function readUpdateManagedBot(r: TlReader): UpdateManagedBot;
/** Writes the fields of `updateMessageExtendedMedia` (bare: without its constructor id). */
export declare function writeUpdateMessageExtendedMedia(w: TlWriter, v: UpdateMessageExtendedMedia): void;
/** Reads the fields of `updateMessageExtendedMedia` (bare: its constructor id already read). */
export declare function readUpdateMessageExtendedMedia(r: TlReader): UpdateMessageExtendedMedia;
/** Writes the fields of `updateMessageID` (bare: without its constructor id). */
export declare function writeUpdateMessageID(w: TlWriter, v: UpdateMessageID): void;
/** Reads the fields of `updateMessageID` (bare: its constructor id already read). */
export declare function readUpdateMessageID(r: TlReader): UpdateMessageID;
/** Writes the fields of `updateMessagePoll` (bare: without its constructor id). */
export declare function writeUpdateMessagePoll(w: TlWriter, v: UpdateMessagePoll): void;
/** Reads the fields of `updateMessagePoll` (bare: its constructor id already read). */
export declare function readUpdateMessagePoll(r: TlReader): UpdateMessagePoll;
/** Writes the fields of `updateMessagePollVote` (bare: without its constructor id). */
export declare function writeUpdateMessagePollVote(w: TlWriter, v: UpdateMessagePollVote): void;
/** Reads the fields of `updateMessagePollVote` (bare: its constructor id already read). */
export declare function readUpdateMessagePollVote(r: TlReader): UpdateMessagePollVote;
/** Writes the fields of `updateMessageReactions` (bare: without its constructor id). */
export declare function writeUpdateMessageReactions(w: TlWriter, v: UpdateMessageReactions): void;
/** Reads the fields of `updateMessageReactions` (bare: its constructor id already read). */
export declare function readUpdateMessageReactions(r: TlReader): UpdateMessageReactions;
/** Writes the fields of `updateMonoForumNoPaidException` (bare: without its constructor id). */
export declare function writeUpdateMonoForumNoPaidException(w: TlWriter, v: UpdateMonoForumNoPaidException): void;
/** Reads the fields of `updateMonoForumNoPaidException` (bare: its constructor id already read). */
export declare function readUpdateMonoForumNoPaidException(r: TlReader): UpdateMonoForumNoPaidException;
/** Writes the fields of `updateMoveStickerSetToTop` (bare: without its constructor id). */
export declare function writeUpdateMoveStickerSetToTop(w: TlWriter, v: UpdateMoveStickerSetToTop): void;
/** Reads the fields of `updateMoveStickerSetToTop` (bare: its constructor id already read). */
export declare function readUpdateMoveStickerSetToTop(r: TlReader): UpdateMoveStickerSetToTop;
/** Writes the fields of `updateNewAuthorization` (bare: without its constructor id). */
export declare function writeUpdateNewAuthorization(w: TlWriter, v: UpdateNewAuthorization): void;
/** Reads the fields of `updateNewAuthorization` (bare: its constructor id already read). */
export declare function readUpdateNewAuthorization(r: TlReader): UpdateNewAuthorization;
/** Writes the fields of `updateNewBotConnection` (bare: without its constructor id). */
export declare function writeUpdateNewBotConnection(w: TlWriter, v: UpdateNewBotConnection): void;
/** Reads the fields of `updateNewBotConnection` (bare: its constructor id already read). */
export declare function readUpdateNewBotConnection(r: TlReader): UpdateNewBotConnection;
/** Writes the fields of `updateNewChannelMessage` (bare: without its constructor id). */
export declare function writeUpdateNewChannelMessage(w: TlWriter, v: UpdateNewChannelMessage): void;
/** Reads the fields of `updateNewChannelMessage` (bare: its constructor id already read). */
export declare function readUpdateNewChannelMessage(r: TlReader): UpdateNewChannelMessage;
/** Writes the fields of `updateNewEncryptedMessage` (bare: without its constructor id). */
export declare function writeUpdateNewEncryptedMessage(w: TlWriter, v: UpdateNewEncryptedMessage): void;
/** Reads the fields of `updateNewEncryptedMessage` (bare: its constructor id already read). */
export declare function readUpdateNewEncryptedMessage(r: TlReader): UpdateNewEncryptedMessage;
/** Writes the fields of `updateNewMessage` (bare: without its constructor id). */
export declare function writeUpdateNewMessage(w: TlWriter, v: UpdateNewMessage): void;
/** Reads the fields of `updateNewMessage` (bare: its constructor id already read). */
export declare function readUpdateNewMessage(r: TlReader): UpdateNewMessage;
/** Writes the fields of `updateNewQuickReply` (bare: without its constructor id). */
export declare function writeUpdateNewQuickReply(w: TlWriter, v: UpdateNewQuickReply): void;
/** Reads the fields of `updateNewQuickReply` (bare: its constructor id already read). */
export declare function readUpdateNewQuickReply(r: TlReader): UpdateNewQuickReply;
/** Writes the fields of `updateNewScheduledMessage` (bare: without its constructor id). */
export declare function writeUpdateNewScheduledMessage(w: TlWriter, v: UpdateNewScheduledMessage): void;
/** Reads the fields of `updateNewScheduledMessage` (bare: its constructor id already read). */
export declare function readUpdateNewScheduledMessage(r: TlReader): UpdateNewScheduledMessage;
/** Writes the fields of `updateNewStickerSet` (bare: without its constructor id). */
export declare function writeUpdateNewStickerSet(w: TlWriter, v: UpdateNewStickerSet): void;
/** Reads the fields of `updateNewStickerSet` (bare: its constructor id already read). */
export declare function readUpdateNewStickerSet(r: TlReader): UpdateNewStickerSet;
/** Writes the fields of `updateNewStoryReaction` (bare: without its constructor id). */
export declare function writeUpdateNewStoryReaction(w: TlWriter, v: UpdateNewStoryReaction): void;
/** Reads the fields of `updateNewStoryReaction` (bare: its constructor id already read). */
export declare function readUpdateNewStoryReaction(r: TlReader): UpdateNewStoryReaction;
/** Writes the fields of `updateNotifySettings` (bare: without its constructor id). */
export declare function writeUpdateNotifySettings(w: TlWriter, v: UpdateNotifySettings): void;
/** Reads the fields of `updateNotifySettings` (bare: its constructor id already read). */
export declare function readUpdateNotifySettings(r: TlReader): UpdateNotifySettings;
/** Writes the fields of `updatePaidReactionPrivacy` (bare: without its constructor id). */
export declare function writeUpdatePaidReactionPrivacy(w: TlWriter, v: UpdatePaidReactionPrivacy): void;
/** Reads the fields of `updatePaidReactionPrivacy` (bare: its constructor id already read). */
export declare function readUpdatePaidReactionPrivacy(r: TlReader): UpdatePaidReactionPrivacy;
/** Writes the fields of `updatePeerBlocked` (bare: without its constructor id). */
export declare function writeUpdatePeerBlocked(w: TlWriter, v: UpdatePeerBlocked): void;
/** Reads the fields of `updatePeerBlocked` (bare: its constructor id already read). */
export declare function readUpdatePeerBlocked(r: TlReader): UpdatePeerBlocked;
/** Writes the fields of `updatePeerHistoryTTL` (bare: without its constructor id). */
export declare function writeUpdatePeerHistoryTTL(w: TlWriter, v: UpdatePeerHistoryTTL): void;
/** Reads the fields of `updatePeerHistoryTTL` (bare: its constructor id already read). */
export declare function readUpdatePeerHistoryTTL(r: TlReader): UpdatePeerHistoryTTL;
/** Writes the fields of `updatePeerLocated` (bare: without its constructor id). */
export declare function writeUpdatePeerLocated(w: TlWriter, v: UpdatePeerLocated): void;
/** Reads the fields of `updatePeerLocated` (bare: its constructor id already read). */
export declare function readUpdatePeerLocated(r: TlReader): UpdatePeerLocated;
/** Writes the fields of `updatePeerSettings` (bare: without its constructor id). */
export declare function writeUpdatePeerSettings(w: TlWriter, v: UpdatePeerSettings): void;
/** Reads the fields of `updatePeerSettings` (bare: its constructor id already read). */
export declare function readUpdatePeerSettings(r: TlReader): UpdatePeerSettings;
/** Writes the fields of `updatePeerWallpaper` (bare: without its constructor id). */
export declare function writeUpdatePeerWallpaper(w: TlWriter, v: UpdatePeerWallpaper): void;
/** Reads the fields of `updatePeerWallpaper` (bare: its constructor id already read). */
export declare function readUpdatePeerWallpaper(r: TlReader): UpdatePeerWallpaper;
/** Writes the fields of `updatePendingJoinRequests` (bare: without its constructor id). */
export declare function writeUpdatePendingJoinRequests(w: TlWriter, v: UpdatePendingJoinRequests): void;
/** Reads the fields of `updatePendingJoinRequests` (bare: its constructor id already read). */
export declare function readUpdatePendingJoinRequests(r: TlReader): UpdatePendingJoinRequests;
/** Writes the fields of `updatePhoneCall` (bare: without its constructor id). */
export declare function writeUpdatePhoneCall(w: TlWriter, v: UpdatePhoneCall): void;
/** Reads the fields of `updatePhoneCall` (bare: its constructor id already read). */
export declare function readUpdatePhoneCall(r: TlReader): UpdatePhoneCall;
/** Writes the fields of `updatePhoneCallSignalingData` (bare: without its constructor id). */
export declare function writeUpdatePhoneCallSignalingData(w: TlWriter, v: UpdatePhoneCallSignalingData): void;
/** Reads the fields of `updatePhoneCallSignalingData` (bare: its constructor id already read). */
export declare function readUpdatePhoneCallSignalingData(r: TlReader): UpdatePhoneCallSignalingData;
/** Writes the fields of `updatePinnedChannelMessages` (bare: without its constructor id). */
export declare function writeUpdatePinnedChannelMessages(w: TlWriter, v: UpdatePinnedChannelMessages): void;
/** Reads the fields of `updatePinnedChannelMessages` (bare: its constructor id already read). */
export declare function readUpdatePinnedChannelMessages(r: TlReader): UpdatePinnedChannelMessages;
/** Writes the fields of `updatePinnedDialogs` (bare: without its constructor id). */
export declare function writeUpdatePinnedDialogs(w: TlWriter, v: UpdatePinnedDialogs): void;
/** Reads the fields of `updatePinnedDialogs` (bare: its constructor id already read). */
export declare function readUpdatePinnedDialogs(r: TlReader): UpdatePinnedDialogs;
/** Writes the fields of `updatePinnedForumTopic` (bare: without its constructor id). */
export declare function writeUpdatePinnedForumTopic(w: TlWriter, v: UpdatePinnedForumTopic): void;
/** Reads the fields of `updatePinnedForumTopic` (bare: its constructor id already read). */
export declare function readUpdatePinnedForumTopic(r: TlReader): UpdatePinnedForumTopic;
/** Writes the fields of `updatePinnedForumTopics` (bare: without its constructor id). */
export declare function writeUpdatePinnedForumTopics(w: TlWriter, v: UpdatePinnedForumTopics): void;
/** Reads the fields of `updatePinnedForumTopics` (bare: its constructor id already read). */
export declare function readUpdatePinnedForumTopics(r: TlReader): UpdatePinnedForumTopics;
/** Writes the fields of `updatePinnedMessages` (bare: without its constructor id). */
export declare function writeUpdatePinnedMessages(w: TlWriter, v: UpdatePinnedMessages): void;
/** Reads the fields of `updatePinnedMessages` (bare: its constructor id already read). */
export declare function readUpdatePinnedMessages(r: TlReader): UpdatePinnedMessages;
/** Writes the fields of `updatePinnedSavedDialogs` (bare: without its constructor id). */
export declare function writeUpdatePinnedSavedDialogs(w: TlWriter, v: UpdatePinnedSavedDialogs): void;
/** Reads the fields of `updatePinnedSavedDialogs` (bare: its constructor id already read). */
export declare function readUpdatePinnedSavedDialogs(r: TlReader): UpdatePinnedSavedDialogs;
/** Writes the fields of `updatePrivacy` (bare: without its constructor id). */
export declare function writeUpdatePrivacy(w: TlWriter, v: UpdatePrivacy): void;
/** Reads the fields of `updatePrivacy` (bare: its constructor id already read). */
export declare function readUpdatePrivacy(r: TlReader): UpdatePrivacy;
/** Writes the fields of `updatePtsChanged` (bare: without its constructor id). */
export declare function writeUpdatePtsChanged(_w: TlWriter, _v: UpdatePtsChanged): void;
/** Reads the fields of `updatePtsChanged` (bare: its constructor id already read). */
export declare function readUpdatePtsChanged(_r: TlReader): UpdatePtsChanged;
/** Writes the fields of `updateQuickReplies` (bare: without its constructor id). */
export declare function writeUpdateQuickReplies(w: TlWriter, v: UpdateQuickReplies): void;
/** Reads the fields of `updateQuickReplies` (bare: its constructor id already read). */
export declare function readUpdateQuickReplies(r: TlReader): UpdateQuickReplies;
/** Writes the fields of `updateQuickReplyMessage` (bare: without its constructor id). */
export declare function writeUpdateQuickReplyMessage(w: TlWriter, v: UpdateQuickReplyMessage): void;
/** Reads the fields of `updateQuickReplyMessage` (bare: its constructor id already read). */
export declare function readUpdateQuickReplyMessage(r: TlReader): UpdateQuickReplyMessage;
/** Writes the fields of `updateReadChannelDiscussionInbox` (bare: without its constructor id). */
export declare function writeUpdateReadChannelDiscussionInbox(w: TlWriter, v: UpdateReadChannelDiscussionInbox): void;
/** Reads the fields of `updateReadChannelDiscussionInbox` (bare: its constructor id already read). */
export declare function readUpdateReadChannelDiscussionInbox(r: TlReader): UpdateReadChannelDiscussionInbox;
/** Writes the fields of `updateReadChannelDiscussionOutbox` (bare: without its constructor id). */
export declare function writeUpdateReadChannelDiscussionOutbox(w: TlWriter, v: UpdateReadChannelDiscussionOutbox): void;
/** Reads the fields of `updateReadChannelDiscussionOutbox` (bare: its constructor id already read). */
export declare function readUpdateReadChannelDiscussionOutbox(r: TlReader): UpdateReadChannelDiscussionOutbox;
/** Writes the fields of `updateReadChannelInbox` (bare: without its constructor id). */
export declare function writeUpdateReadChannelInbox(w: TlWriter, v: UpdateReadChannelInbox): void;
/** Reads the fields of `updateReadChannelInbox` (bare: its constructor id already read). */
export declare function readUpdateReadChannelInbox(r: TlReader): UpdateReadChannelInbox;
/** Writes the fields of `updateReadChannelOutbox` (bare: without its constructor id). */
export declare function writeUpdateReadChannelOutbox(w: TlWriter, v: UpdateReadChannelOutbox): void;
/** Reads the fields of `updateReadChannelOutbox` (bare: its constructor id already read). */
export declare function readUpdateReadChannelOutbox(r: TlReader): UpdateReadChannelOutbox;
/** Writes the fields of `updateReadFeaturedEmojiStickers` (bare: without its constructor id). */
export declare function writeUpdateReadFeaturedEmojiStickers(_w: TlWriter, _v: UpdateReadFeaturedEmojiStickers): void;
/** Reads the fields of `updateReadFeaturedEmojiStickers` (bare: its constructor id already read). */
export declare function readUpdateReadFeaturedEmojiStickers(_r: TlReader): UpdateReadFeaturedEmojiStickers;
/** Writes the fields of `updateReadFeaturedStickers` (bare: without its constructor id). */
export declare function writeUpdateReadFeaturedStickers(_w: TlWriter, _v: UpdateReadFeaturedStickers): void;
/** Reads the fields of `updateReadFeaturedStickers` (bare: its constructor id already read). */
export declare function readUpdateReadFeaturedStickers(_r: TlReader): UpdateReadFeaturedStickers;
/** Writes the fields of `updateReadHistoryInbox` (bare: without its constructor id). */
export declare function writeUpdateReadHistoryInbox(w: TlWriter, v: UpdateReadHistoryInbox): void;
/** Reads the fields of `updateReadHistoryInbox` (bare: its constructor id already read). */
export declare function readUpdateReadHistoryInbox(r: TlReader): UpdateReadHistoryInbox;
/** Writes the fields of `updateReadHistoryOutbox` (bare: without its constructor id). */
export declare function writeUpdateReadHistoryOutbox(w: TlWriter, v: UpdateReadHistoryOutbox): void;
/** Reads the fields of `updateReadHistoryOutbox` (bare: its constructor id already read). */
export declare function readUpdateReadHistoryOutbox(r: TlReader): UpdateReadHistoryOutbox;
/** Writes the fields of `updateReadMessagesContents` (bare: without its constructor id). */
export declare function writeUpdateReadMessagesContents(w: TlWriter, v: UpdateReadMessagesContents): void;
/** Reads the fields of `updateReadMessagesContents` (bare: its constructor id already read). */
export declare function readUpdateReadMessagesContents(r: TlReader): UpdateReadMessagesContents;
/** Writes the fields of `updateReadMonoForumInbox` (bare: without its constructor id). */
export declare function writeUpdateReadMonoForumInbox(w: TlWriter, v: UpdateReadMonoForumInbox): void;
/** Reads the fields of `updateReadMonoForumInbox` (bare: its constructor id already read). */
export declare function readUpdateReadMonoForumInbox(r: TlReader): UpdateReadMonoForumInbox;
/** Writes the fields of `updateReadMonoForumOutbox` (bare: without its constructor id). */
export declare function writeUpdateReadMonoForumOutbox(w: TlWriter, v: UpdateReadMonoForumOutbox): void;
/** Reads the fields of `updateReadMonoForumOutbox` (bare: its constructor id already read). */
export declare function readUpdateReadMonoForumOutbox(r: TlReader): UpdateReadMonoForumOutbox;
/** Writes the fields of `updateReadStories` (bare: without its constructor id). */
export declare function writeUpdateReadStories(w: TlWriter, v: UpdateReadStories): void;
/** Reads the fields of `updateReadStories` (bare: its constructor id already read). */
export declare function readUpdateReadStories(r: TlReader): UpdateReadStories;
/** Writes the fields of `updateRecentEmojiStatuses` (bare: without its constructor id). */
export declare function writeUpdateRecentEmojiStatuses(_w: TlWriter, _v: UpdateRecentEmojiStatuses): void;
/** Reads the fields of `updateRecentEmojiStatuses` (bare: its constructor id already read). */
export declare function readUpdateRecentEmojiStatuses(_r: TlReader): UpdateRecentEmojiStatuses;
/** Writes the fields of `updateRecentReactions` (bare: without its constructor id). */
export declare function writeUpdateRecentReactions(_w: TlWriter, _v: UpdateRecentReactions): void;
/** Reads the fields of `updateRecentReactions` (bare: its constructor id already read). */
export declare function readUpdateRecentReactions(_r: TlReader): UpdateRecentReactions;
/** Writes the fields of `updateRecentStickers` (bare: without its constructor id). */
export declare function writeUpdateRecentStickers(_w: TlWriter, _v: UpdateRecentStickers): void;
/** Reads the fields of `updateRecentStickers` (bare: its constructor id already read). */
export declare function readUpdateRecentStickers(_r: TlReader): UpdateRecentStickers;
/** Writes the fields of `updateSavedDialogPinned` (bare: without its constructor id). */
export declare function writeUpdateSavedDialogPinned(w: TlWriter, v: UpdateSavedDialogPinned): void;
/** Reads the fields of `updateSavedDialogPinned` (bare: its constructor id already read). */
export declare function readUpdateSavedDialogPinned(r: TlReader): UpdateSavedDialogPinned;
/** Writes the fields of `updateSavedGifs` (bare: without its constructor id). */
export declare function writeUpdateSavedGifs(_w: TlWriter, _v: UpdateSavedGifs): void;
/** Reads the fields of `updateSavedGifs` (bare: its constructor id already read). */
export declare function readUpdateSavedGifs(_r: TlReader): UpdateSavedGifs;
/** Writes the fields of `updateSavedReactionTags` (bare: without its constructor id). */
export declare function writeUpdateSavedReactionTags(_w: TlWriter, _v: UpdateSavedReactionTags): void;
/** Reads the fields of `updateSavedReactionTags` (bare: its constructor id already read). */
export declare function readUpdateSavedReactionTags(_r: TlReader): UpdateSavedReactionTags;
/** Writes the fields of `updateSavedRingtones` (bare: without its constructor id). */
export declare function writeUpdateSavedRingtones(_w: TlWriter, _v: UpdateSavedRingtones): void;
/** Reads the fields of `updateSavedRingtones` (bare: its constructor id already read). */
export declare function readUpdateSavedRingtones(_r: TlReader): UpdateSavedRingtones;
/** Writes the fields of `updateSentPhoneCode` (bare: without its constructor id). */
export declare function writeUpdateSentPhoneCode(w: TlWriter, v: UpdateSentPhoneCode): void;
/** Reads the fields of `updateSentPhoneCode` (bare: its constructor id already read). */
export declare function readUpdateSentPhoneCode(r: TlReader): UpdateSentPhoneCode;
/** Writes the fields of `updateSentStoryReaction` (bare: without its constructor id). */
export declare function writeUpdateSentStoryReaction(w: TlWriter, v: UpdateSentStoryReaction): void;
/** Reads the fields of `updateSentStoryReaction` (bare: its constructor id already read). */
export declare function readUpdateSentStoryReaction(r: TlReader): UpdateSentStoryReaction;
/** Writes the fields of `updateServiceNotification` (bare: without its constructor id). */
export declare function writeUpdateServiceNotification(w: TlWriter, v: UpdateServiceNotification): void;
/** Reads the fields of `updateServiceNotification` (bare: its constructor id already read). */
export declare function readUpdateServiceNotification(r: TlReader): UpdateServiceNotification;
/** Writes the fields of `updateShort` (bare: without its constructor id). */
export declare function writeUpdateShort(w: TlWriter, v: UpdateShort): void;
/** Reads the fields of `updateShort` (bare: its constructor id already read). */
export declare function readUpdateShort(r: TlReader): UpdateShort;
/** Writes the fields of `updateShortChatMessage` (bare: without its constructor id). */
export declare function writeUpdateShortChatMessage(w: TlWriter, v: UpdateShortChatMessage): void;
/** Reads the fields of `updateShortChatMessage` (bare: its constructor id already read). */
export declare function readUpdateShortChatMessage(r: TlReader): UpdateShortChatMessage;
/** Writes the fields of `updateShortMessage` (bare: without its constructor id). */
export declare function writeUpdateShortMessage(w: TlWriter, v: UpdateShortMessage): void;
/** Reads the fields of `updateShortMessage` (bare: its constructor id already read). */
export declare function readUpdateShortMessage(r: TlReader): UpdateShortMessage;
/** Writes the fields of `updateShortSentMessage` (bare: without its constructor id). */
export declare function writeUpdateShortSentMessage(w: TlWriter, v: UpdateShortSentMessage): void;
/** Reads the fields of `updateShortSentMessage` (bare: its constructor id already read). */
export declare function readUpdateShortSentMessage(r: TlReader): UpdateShortSentMessage;
/** Writes the fields of `updateSmsJob` (bare: without its constructor id). */
export declare function writeUpdateSmsJob(w: TlWriter, v: UpdateSmsJob): void;
/** Reads the fields of `updateSmsJob` (bare: its constructor id already read). */
export declare function readUpdateSmsJob(r: TlReader): UpdateSmsJob;
/** Writes the fields of `updateStarGiftAuctionState` (bare: without its constructor id). */
export declare function writeUpdateStarGiftAuctionState(w: TlWriter, v: UpdateStarGiftAuctionState): void;
/** Reads the fields of `updateStarGiftAuctionState` (bare: its constructor id already read). */
export declare function readUpdateStarGiftAuctionState(r: TlReader): UpdateStarGiftAuctionState;
/** Writes the fields of `updateStarGiftAuctionUserState` (bare: without its constructor id). */
export declare function writeUpdateStarGiftAuctionUserState(w: TlWriter, v: UpdateStarGiftAuctionUserState): void;
/** Reads the fields of `updateStarGiftAuctionUserState` (bare: its constructor id already read). */
export declare function readUpdateStarGiftAuctionUserState(r: TlReader): UpdateStarGiftAuctionUserState;
/** Writes the fields of `updateStarGiftCraftFail` (bare: without its constructor id). */
export declare function writeUpdateStarGiftCraftFail(_w: TlWriter, _v: UpdateStarGiftCraftFail): void;
/** Reads the fields of `updateStarGiftCraftFail` (bare: its constructor id already read). */
export declare function readUpdateStarGiftCraftFail(_r: TlReader): UpdateStarGiftCraftFail;
/** Writes the fields of `updateStarsBalance` (bare: without its constructor id). */
export declare function writeUpdateStarsBalance(w: TlWriter, v: UpdateStarsBalance): void;
/** Reads the fields of `updateStarsBalance` (bare: its constructor id already read). */
export declare function readUpdateStarsBalance(r: TlReader): UpdateStarsBalance;
/** Writes the fields of `updateStarsRevenueStatus` (bare: without its constructor id). */
export declare function writeUpdateStarsRevenueStatus(w: TlWriter, v: UpdateStarsRevenueStatus): void;
/** Reads the fields of `updateStarsRevenueStatus` (bare: its constructor id already read). */
export declare function readUpdateStarsRevenueStatus(r: TlReader): UpdateStarsRevenueStatus;
/** Writes the fields of `updateStickerSets` (bare: without its constructor id). */
export declare function writeUpdateStickerSets(w: TlWriter, v: UpdateStickerSets): void;
/** Reads the fields of `updateStickerSets` (bare: its constructor id already read). */
export declare function readUpdateStickerSets(r: TlReader): UpdateStickerSets;
/** Writes the fields of `updateStickerSetsOrder` (bare: without its constructor id). */
export declare function writeUpdateStickerSetsOrder(w: TlWriter, v: UpdateStickerSetsOrder): void;
/** Reads the fields of `updateStickerSetsOrder` (bare: its constructor id already read). */
export declare function readUpdateStickerSetsOrder(r: TlReader): UpdateStickerSetsOrder;
/** Writes the fields of `updateStoriesStealthMode` (bare: without its constructor id). */
export declare function writeUpdateStoriesStealthMode(w: TlWriter, v: UpdateStoriesStealthMode): void;
/** Reads the fields of `updateStoriesStealthMode` (bare: its constructor id already read). */
export declare function readUpdateStoriesStealthMode(r: TlReader): UpdateStoriesStealthMode;
/** Writes the fields of `updateStory` (bare: without its constructor id). */
export declare function writeUpdateStory(w: TlWriter, v: UpdateStory): void;
/** Reads the fields of `updateStory` (bare: its constructor id already read). */
export declare function readUpdateStory(r: TlReader): UpdateStory;
/** Writes the fields of `updateStoryID` (bare: without its constructor id). */
export declare function writeUpdateStoryID(w: TlWriter, v: UpdateStoryID): void;
/** Reads the fields of `updateStoryID` (bare: its constructor id already read). */
export declare function readUpdateStoryID(r: TlReader): UpdateStoryID;
/** Writes the fields of `updateTheme` (bare: without its constructor id). */
export declare function writeUpdateTheme(w: TlWriter, v: UpdateTheme): void;
/** Reads the fields of `updateTheme` (bare: its constructor id already read). */
export declare function readUpdateTheme(r: TlReader): UpdateTheme;
/** Writes the fields of `updateTranscribedAudio` (bare: without its constructor id). */
export declare function writeUpdateTranscribedAudio(w: TlWriter, v: UpdateTranscribedAudio): void;
/** Reads the fields of `updateTranscribedAudio` (bare: its constructor id already read). */
export declare function readUpdateTranscribedAudio(r: TlReader): UpdateTranscribedAudio;
/** Writes the fields of `updateUser` (bare: without its constructor id). */
export declare function writeUpdateUser(w: TlWriter, v: UpdateUser): void;
/** Reads the fields of `updateUser` (bare: its constructor id already read). */
export declare function readUpdateUser(r: TlReader): UpdateUser;
/** Writes the fields of `updateUserEmojiStatus` (bare: without its constructor id). */
export declare function writeUpdateUserEmojiStatus(w: TlWriter, v: UpdateUserEmojiStatus): void;
/** Reads the fields of `updateUserEmojiStatus` (bare: its constructor id already read). */
export declare function readUpdateUserEmojiStatus(r: TlReader): UpdateUserEmojiStatus;
/** Writes the fields of `updateUserName` (bare: without its constructor id). */
export declare function writeUpdateUserName(w: TlWriter, v: UpdateUserName): void;
/** Reads the fields of `updateUserName` (bare: its constructor id already read). */
export declare function readUpdateUserName(r: TlReader): UpdateUserName;
/** Writes the fields of `updateUserPhone` (bare: without its constructor id). */
export declare function writeUpdateUserPhone(w: TlWriter, v: UpdateUserPhone): void;
/** Reads the fields of `updateUserPhone` (bare: its constructor id already read). */
export declare function readUpdateUserPhone(r: TlReader): UpdateUserPhone;
/** Writes the fields of `updateUserStatus` (bare: without its constructor id). */
export declare function writeUpdateUserStatus(w: TlWriter, v: UpdateUserStatus): void;
/** Reads the fields of `updateUserStatus` (bare: its constructor id already read). */
export declare function readUpdateUserStatus(r: TlReader): UpdateUserStatus;
/** Writes the fields of `updateUserTyping` (bare: without its constructor id). */
export declare function writeUpdateUserTyping(w: TlWriter, v: UpdateUserTyping): void;
/** Reads the fields of `updateUserTyping` (bare: its constructor id already read). */
export declare function readUpdateUserTyping(r: TlReader): UpdateUserTyping;
/** Writes the fields of `updateWebBrowserException` (bare: without its constructor id). */
export declare function writeUpdateWebBrowserException(w: TlWriter, v: UpdateWebBrowserException): void;
/** Reads the fields of `updateWebBrowserException` (bare: its constructor id already read). */
export declare function readUpdateWebBrowserException(r: TlReader): UpdateWebBrowserException;
/** Writes the fields of `updateWebBrowserSettings` (bare: without its constructor id). */
export declare function writeUpdateWebBrowserSettings(w: TlWriter, v: UpdateWebBrowserSettings): void;
/** Reads the fields of `updateWebBrowserSettings` (bare: its constructor id already read). */
export declare function readUpdateWebBrowserSettings(r: TlReader): UpdateWebBrowserSettings;
/** Writes the fields of `updateWebPage` (bare: without its constructor id). */
export declare function writeUpdateWebPage(w: TlWriter, v: UpdateWebPage): void;
/** Reads the fields of `updateWebPage` (bare: its constructor id already read). */
export declare function readUpdateWebPage(r: TlReader): UpdateWebPage;
/** Writes the fields of `updateWebViewResultSent` (bare: without its constructor id). */
export declare function writeUpdateWebViewResultSent(w: TlWriter, v: UpdateWebViewResultSent): void;
/** Reads the fields of `updateWebViewResultSent` (bare: its constructor id already read). */
export declare function readUpdateWebViewResultSent(r: TlReader): UpdateWebViewResultSent;
/** Writes the fields of `updates` (bare: without its constructor id). */
export declare function writeUpdates(w: TlWriter, v: Updates): void;
/** Reads the fields of `updates` (bare: its constructor id already read). */
export declare function readUpdates(r: TlReader): Updates;
/** Writes the fields of `updatesCombined` (bare: without its constructor id). */
export declare function writeUpdatesCombined(w: TlWriter, v: UpdatesCombined): void;
/** Reads the fields of `updatesCombined` (bare: its constructor id already read). */
export declare function readUpdatesCombined(r: TlReader): UpdatesCombined;
/** Writes the fields of `updatesTooLong` (bare: without its constructor id). */
export declare function writeUpdatesTooLong(_w: TlWriter, _v: UpdatesTooLong): void;
/** Reads the fields of `updatesTooLong` (bare: its constructor id already read). */
export declare function readUpdatesTooLong(_r: TlReader): UpdatesTooLong;
/** Writes the fields of `user` (bare: without its constructor id). */
export declare function writeUser(w: TlWriter, v: User): void;
/** Reads the fields of `user` (bare: its constructor id already read). */
export declare function readUser(r: TlReader): User;
/** Writes the fields of `userEmpty` (bare: without its constructor id). */
export declare function writeUserEmpty(w: TlWriter, v: UserEmpty): void;
/** Reads the fields of `userEmpty` (bare: its constructor id already read). */
export declare function readUserEmpty(r: TlReader): UserEmpty;
/** Writes the fields of `userProfilePhoto` (bare: without its constructor id). */
export declare function writeUserProfilePhoto(w: TlWriter, v: UserProfilePhoto): void;
/** Reads the fields of `userProfilePhoto` (bare: its constructor id already read). */
export declare function readUserProfilePhoto(r: TlReader): UserProfilePhoto;
/** Writes the fields of `userProfilePhotoEmpty` (bare: without its constructor id). */
export declare function writeUserProfilePhotoEmpty(_w: TlWriter, _v: UserProfilePhotoEmpty): void;
/** Reads the fields of `userProfilePhotoEmpty` (bare: its constructor id already read). */
export declare function readUserProfilePhotoEmpty(_r: TlReader): UserProfilePhotoEmpty;
/** Writes the fields of `userStatusEmpty` (bare: without its constructor id). */
export declare function writeUserStatusEmpty(_w: TlWriter, _v: UserStatusEmpty): void;
/** Reads the fields of `userStatusEmpty` (bare: its constructor id already read). */
export declare function readUserStatusEmpty(_r: TlReader): UserStatusEmpty;
/** Writes the fields of `userStatusLastMonth` (bare: without its constructor id). */
export declare function writeUserStatusLastMonth(w: TlWriter, v: UserStatusLastMonth): void;
/** Reads the fields of `userStatusLastMonth` (bare: its constructor id already read). */
export declare function readUserStatusLastMonth(r: TlReader): UserStatusLastMonth;
/** Writes the fields of `userStatusLastWeek` (bare: without its constructor id). */
export declare function writeUserStatusLastWeek(w: TlWriter, v: UserStatusLastWeek): void;
/** Reads the fields of `userStatusLastWeek` (bare: its constructor id already read). */
export declare function readUserStatusLastWeek(r: TlReader): UserStatusLastWeek;
/** Writes the fields of `userStatusOffline` (bare: without its constructor id). */
export declare function writeUserStatusOffline(w: TlWriter, v: UserStatusOffline): void;
/** Reads the fields of `userStatusOffline` (bare: its constructor id already read). */
export declare function readUserStatusOffline(r: TlReader): UserStatusOffline;
/** Writes the fields of `userStatusOnline` (bare: without its constructor id). */
export declare function writeUserStatusOnline(w: TlWriter, v: UserStatusOnline): void;
/** Reads the fields of `userStatusOnline` (bare: its constructor id already read). */
export declare function readUserStatusOnline(r: TlReader): UserStatusOnline;
/** Writes the fields of `userStatusRecently` (bare: without its constructor id). */
export declare function writeUserStatusRecently(w: TlWriter, v: UserStatusRecently): void;
/** Reads the fields of `userStatusRecently` (bare: its constructor id already read). */
export declare function readUserStatusRecently(r: TlReader): UserStatusRecently;
/** Writes the fields of `username` (bare: without its constructor id). */
export declare function writeUsername(w: TlWriter, v: Username): void;
/** Reads the fields of `username` (bare: its constructor id already read). */
export declare function readUsername(r: TlReader): Username;
/** Writes the fields of `videoSize` (bare: without its constructor id). */
export declare function writeVideoSize(w: TlWriter, v: VideoSize): void;
/** Reads the fields of `videoSize` (bare: its constructor id already read). */
export declare function readVideoSize(r: TlReader): VideoSize;
/** Writes the fields of `videoSizeEmojiMarkup` (bare: without its constructor id). */
export declare function writeVideoSizeEmojiMarkup(w: TlWriter, v: VideoSizeEmojiMarkup): void;
/** Reads the fields of `videoSizeEmojiMarkup` (bare: its constructor id already read). */
export declare function readVideoSizeEmojiMarkup(r: TlReader): VideoSizeEmojiMarkup;
/** Writes the fields of `videoSizeStickerMarkup` (bare: without its constructor id). */
export declare function writeVideoSizeStickerMarkup(w: TlWriter, v: VideoSizeStickerMarkup): void;
/** Reads the fields of `videoSizeStickerMarkup` (bare: its constructor id already read). */
export declare function readVideoSizeStickerMarkup(r: TlReader): VideoSizeStickerMarkup;
/** Writes the fields of `wallPaper` (bare: without its constructor id). */
export declare function writeWallPaper(w: TlWriter, v: WallPaper): void;
/** Reads the fields of `wallPaper` (bare: its constructor id already read). */
export declare function readWallPaper(r: TlReader): WallPaper;
/** Writes the fields of `wallPaperNoFile` (bare: without its constructor id). */
export declare function writeWallPaperNoFile(w: TlWriter, v: WallPaperNoFile): void;
/** Reads the fields of `wallPaperNoFile` (bare: its constructor id already read). */
export declare function readWallPaperNoFile(r: TlReader): WallPaperNoFile;
/** Writes the fields of `wallPaperSettings` (bare: without its constructor id). */
export declare function writeWallPaperSettings(w: TlWriter, v: WallPaperSettings): void;
/** Reads the fields of `wallPaperSettings` (bare: its constructor id already read). */
export declare function readWallPaperSettings(r: TlReader): WallPaperSettings;
/** Writes the fields of `webDocument` (bare: without its constructor id). */
export declare function writeWebDocument(w: TlWriter, v: WebDocument): void;
/** Reads the fields of `webDocument` (bare: its constructor id already read). */
export declare function readWebDocument(r: TlReader): WebDocument;
/** Writes the fields of `webDocumentNoProxy` (bare: without its constructor id). */
export declare function writeWebDocumentNoProxy(w: TlWriter, v: WebDocumentNoProxy): void;
/** Reads the fields of `webDocumentNoProxy` (bare: its constructor id already read). */
export declare function readWebDocumentNoProxy(r: TlReader): WebDocumentNoProxy;
/** Writes the fields of `webDomainException` (bare: without its constructor id). */
export declare function writeWebDomainException(w: TlWriter, v: WebDomainException): void;
/** Reads the fields of `webDomainException` (bare: its constructor id already read). */
export declare function readWebDomainException(r: TlReader): WebDomainException;
/** Writes the fields of `webPage` (bare: without its constructor id). */
export declare function writeWebPage(w: TlWriter, v: WebPage): void;
/** Reads the fields of `webPage` (bare: its constructor id already read). */
export declare function readWebPage(r: TlReader): WebPage;
/** Writes the fields of `webPageAttributeAiComposeTone` (bare: without its constructor id). */
export declare function writeWebPageAttributeAiComposeTone(w: TlWriter, v: WebPageAttributeAiComposeTone): void;
/** Reads the fields of `webPageAttributeAiComposeTone` (bare: its constructor id already read). */
export declare function readWebPageAttributeAiComposeTone(r: TlReader): WebPageAttributeAiComposeTone;
/** Writes the fields of `webPageAttributeStarGiftAuction` (bare: without its constructor id). */
export declare function writeWebPageAttributeStarGiftAuction(w: TlWriter, v: WebPageAttributeStarGiftAuction): void;
/** Reads the fields of `webPageAttributeStarGiftAuction` (bare: its constructor id already read). */
export declare function readWebPageAttributeStarGiftAuction(r: TlReader): WebPageAttributeStarGiftAuction;
/** Writes the fields of `webPageAttributeStarGiftCollection` (bare: without its constructor id). */
export declare function writeWebPageAttributeStarGiftCollection(w: TlWriter, v: WebPageAttributeStarGiftCollection): void;
/** Reads the fields of `webPageAttributeStarGiftCollection` (bare: its constructor id already read). */
export declare function readWebPageAttributeStarGiftCollection(r: TlReader): WebPageAttributeStarGiftCollection;
/** Writes the fields of `webPageAttributeStickerSet` (bare: without its constructor id). */
export declare function writeWebPageAttributeStickerSet(w: TlWriter, v: WebPageAttributeStickerSet): void;
/** Reads the fields of `webPageAttributeStickerSet` (bare: its constructor id already read). */
export declare function readWebPageAttributeStickerSet(r: TlReader): WebPageAttributeStickerSet;
/** Writes the fields of `webPageAttributeStory` (bare: without its constructor id). */
export declare function writeWebPageAttributeStory(w: TlWriter, v: WebPageAttributeStory): void;
/** Reads the fields of `webPageAttributeStory` (bare: its constructor id already read). */
export declare function readWebPageAttributeStory(r: TlReader): WebPageAttributeStory;
/** Writes the fields of `webPageAttributeTheme` (bare: without its constructor id). */
export declare function writeWebPageAttributeTheme(w: TlWriter, v: WebPageAttributeTheme): void;
/** Reads the fields of `webPageAttributeTheme` (bare: its constructor id already read). */
export declare function readWebPageAttributeTheme(r: TlReader): WebPageAttributeTheme;
/** Writes the fields of `webPageAttributeUniqueStarGift` (bare: without its constructor id). */
export declare function writeWebPageAttributeUniqueStarGift(w: TlWriter, v: WebPageAttributeUniqueStarGift): void;
/** Reads the fields of `webPageAttributeUniqueStarGift` (bare: its constructor id already read). */
export declare function readWebPageAttributeUniqueStarGift(r: TlReader): WebPageAttributeUniqueStarGift;
/** Writes the fields of `webPageEmpty` (bare: without its constructor id). */
export declare function writeWebPageEmpty(w: TlWriter, v: WebPageEmpty): void;
/** Reads the fields of `webPageEmpty` (bare: its constructor id already read). */
export declare function readWebPageEmpty(r: TlReader): WebPageEmpty;
/** Writes the fields of `webPageNotModified` (bare: without its constructor id). */
export declare function writeWebPageNotModified(w: TlWriter, v: WebPageNotModified): void;
/** Reads the fields of `webPageNotModified` (bare: its constructor id already read). */
export declare function readWebPageNotModified(r: TlReader): WebPageNotModified;
/** Writes the fields of `webPagePending` (bare: without its constructor id). */
export declare function writeWebPagePending(w: TlWriter, v: WebPagePending): void;
/** Reads the fields of `webPagePending` (bare: its constructor id already read). */
export declare function readWebPagePending(r: TlReader): WebPagePending;
/** Writes the fields of `webViewResultUrl` (bare: without its constructor id). */
export declare function writeWebViewResultUrl(w: TlWriter, v: WebViewResultUrl): void;
/** Reads the fields of `webViewResultUrl` (bare: its constructor id already read). */
export declare function readWebViewResultUrl(r: TlReader): WebViewResultUrl;
/** Writes a boxed `AuctionBidLevel`: the constructor id, then its fields. */
export declare function writeTypeAuctionBidLevel(w: TlWriter, v: TypeAuctionBidLevel): void;
/** Reads a boxed `AuctionBidLevel`: the constructor id, then that constructor's fields. Only `AuctionBidLevel`'s own constructors are accepted. */
export declare function readTypeAuctionBidLevel(r: TlReader): TypeAuctionBidLevel;
/** Writes a boxed `BaseTheme`: the constructor id, then its fields. */
export declare function writeTypeBaseTheme(w: TlWriter, v: TypeBaseTheme): void;
/** Reads a boxed `BaseTheme`: the constructor id, then that constructor's fields. Only `BaseTheme`'s own constructors are accepted. */
export declare function readTypeBaseTheme(r: TlReader): TypeBaseTheme;
/** Writes a boxed `Birthday`: the constructor id, then its fields. */
export declare function writeTypeBirthday(w: TlWriter, v: TypeBirthday): void;
/** Reads a boxed `Birthday`: the constructor id, then that constructor's fields. Only `Birthday`'s own constructors are accepted. */
export declare function readTypeBirthday(r: TlReader): TypeBirthday;
/** Writes a boxed `Boost`: the constructor id, then its fields. */
export declare function writeTypeBoost(w: TlWriter, v: TypeBoost): void;
/** Reads a boxed `Boost`: the constructor id, then that constructor's fields. Only `Boost`'s own constructors are accepted. */
export declare function readTypeBoost(r: TlReader): TypeBoost;
/** Writes a boxed `BotApp`: the constructor id, then its fields. */
export declare function writeTypeBotApp(w: TlWriter, v: TypeBotApp): void;
/** Reads a boxed `BotApp`: the constructor id, then that constructor's fields. Only `BotApp`'s own constructors are accepted. */
export declare function readTypeBotApp(r: TlReader): TypeBotApp;
/** Writes a boxed `BotBusinessConnection`: the constructor id, then its fields. */
export declare function writeTypeBotBusinessConnection(w: TlWriter, v: TypeBotBusinessConnection): void;
/** Reads a boxed `BotBusinessConnection`: the constructor id, then that constructor's fields. Only `BotBusinessConnection`'s own constructors are accepted. */
export declare function readTypeBotBusinessConnection(r: TlReader): TypeBotBusinessConnection;
/** Writes a boxed `BotCommand`: the constructor id, then its fields. */
export declare function writeTypeBotCommand(w: TlWriter, v: TypeBotCommand): void;
/** Reads a boxed `BotCommand`: the constructor id, then that constructor's fields. Only `BotCommand`'s own constructors are accepted. */
export declare function readTypeBotCommand(r: TlReader): TypeBotCommand;
/** Writes a boxed `BotMenuButton`: the constructor id, then its fields. */
export declare function writeTypeBotMenuButton(w: TlWriter, v: TypeBotMenuButton): void;
/** Reads a boxed `BotMenuButton`: the constructor id, then that constructor's fields. Only `BotMenuButton`'s own constructors are accepted. */
export declare function readTypeBotMenuButton(r: TlReader): TypeBotMenuButton;
/** Writes a boxed `BotVerification`: the constructor id, then its fields. */
export declare function writeTypeBotVerification(w: TlWriter, v: TypeBotVerification): void;
/** Reads a boxed `BotVerification`: the constructor id, then that constructor's fields. Only `BotVerification`'s own constructors are accepted. */
export declare function readTypeBotVerification(r: TlReader): TypeBotVerification;
/** Writes a boxed `BusinessBotRights`: the constructor id, then its fields. */
export declare function writeTypeBusinessBotRights(w: TlWriter, v: TypeBusinessBotRights): void;
/** Reads a boxed `BusinessBotRights`: the constructor id, then that constructor's fields. Only `BusinessBotRights`'s own constructors are accepted. */
export declare function readTypeBusinessBotRights(r: TlReader): TypeBusinessBotRights;
/** Writes a boxed `ChannelParticipant`: the constructor id, then its fields. */
export declare function writeTypeChannelParticipant(w: TlWriter, v: TypeChannelParticipant): void;
/** Reads a boxed `ChannelParticipant`: the constructor id, then that constructor's fields. Only `ChannelParticipant`'s own constructors are accepted. */
export declare function readTypeChannelParticipant(r: TlReader): TypeChannelParticipant;
/** Writes a boxed `Chat`: the constructor id, then its fields. */
export declare function writeTypeChat(w: TlWriter, v: TypeChat): void;
/** Reads a boxed `Chat`: the constructor id, then that constructor's fields. Only `Chat`'s own constructors are accepted. */
export declare function readTypeChat(r: TlReader): TypeChat;
/** Writes a boxed `ChatAdminRights`: the constructor id, then its fields. */
export declare function writeTypeChatAdminRights(w: TlWriter, v: TypeChatAdminRights): void;
/** Reads a boxed `ChatAdminRights`: the constructor id, then that constructor's fields. Only `ChatAdminRights`'s own constructors are accepted. */
export declare function readTypeChatAdminRights(r: TlReader): TypeChatAdminRights;
/** Writes a boxed `ChatAdminWithInvites`: the constructor id, then its fields. */
export declare function writeTypeChatAdminWithInvites(w: TlWriter, v: TypeChatAdminWithInvites): void;
/** Reads a boxed `ChatAdminWithInvites`: the constructor id, then that constructor's fields. Only `ChatAdminWithInvites`'s own constructors are accepted. */
export declare function readTypeChatAdminWithInvites(r: TlReader): TypeChatAdminWithInvites;
/** Writes a boxed `ChatBannedRights`: the constructor id, then its fields. */
export declare function writeTypeChatBannedRights(w: TlWriter, v: TypeChatBannedRights): void;
/** Reads a boxed `ChatBannedRights`: the constructor id, then that constructor's fields. Only `ChatBannedRights`'s own constructors are accepted. */
export declare function readTypeChatBannedRights(r: TlReader): TypeChatBannedRights;
/** Writes a boxed `ChatInvite`: the constructor id, then its fields. */
export declare function writeTypeChatInvite(w: TlWriter, v: TypeChatInvite): void;
/** Reads a boxed `ChatInvite`: the constructor id, then that constructor's fields. Only `ChatInvite`'s own constructors are accepted. */
export declare function readTypeChatInvite(r: TlReader): TypeChatInvite;
/** Writes a boxed `ChatInviteImporter`: the constructor id, then its fields. */
export declare function writeTypeChatInviteImporter(w: TlWriter, v: TypeChatInviteImporter): void;
/** Reads a boxed `ChatInviteImporter`: the constructor id, then that constructor's fields. Only `ChatInviteImporter`'s own constructors are accepted. */
export declare function readTypeChatInviteImporter(r: TlReader): TypeChatInviteImporter;
/** Writes a boxed `ChatParticipant`: the constructor id, then its fields. */
export declare function writeTypeChatParticipant(w: TlWriter, v: TypeChatParticipant): void;
/** Reads a boxed `ChatParticipant`: the constructor id, then that constructor's fields. Only `ChatParticipant`'s own constructors are accepted. */
export declare function readTypeChatParticipant(r: TlReader): TypeChatParticipant;
/** Writes a boxed `ChatParticipants`: the constructor id, then its fields. */
export declare function writeTypeChatParticipants(w: TlWriter, v: TypeChatParticipants): void;
/** Reads a boxed `ChatParticipants`: the constructor id, then that constructor's fields. Only `ChatParticipants`'s own constructors are accepted. */
export declare function readTypeChatParticipants(r: TlReader): TypeChatParticipants;
/** Writes a boxed `ChatPhoto`: the constructor id, then its fields. */
export declare function writeTypeChatPhoto(w: TlWriter, v: TypeChatPhoto): void;
/** Reads a boxed `ChatPhoto`: the constructor id, then that constructor's fields. Only `ChatPhoto`'s own constructors are accepted. */
export declare function readTypeChatPhoto(r: TlReader): TypeChatPhoto;
/** Writes a boxed `ChatTheme`: the constructor id, then its fields. */
export declare function writeTypeChatTheme(w: TlWriter, v: TypeChatTheme): void;
/** Reads a boxed `ChatTheme`: the constructor id, then that constructor's fields. Only `ChatTheme`'s own constructors are accepted. */
export declare function readTypeChatTheme(r: TlReader): TypeChatTheme;
/** Writes a boxed `DataJSON`: the constructor id, then its fields. */
export declare function writeTypeDataJSON(w: TlWriter, v: TypeDataJSON): void;
/** Reads a boxed `DataJSON`: the constructor id, then that constructor's fields. Only `DataJSON`'s own constructors are accepted. */
export declare function readTypeDataJSON(r: TlReader): TypeDataJSON;
/** Writes a boxed `DcOption`: the constructor id, then its fields. */
export declare function writeTypeDcOption(w: TlWriter, v: TypeDcOption): void;
/** Reads a boxed `DcOption`: the constructor id, then that constructor's fields. Only `DcOption`'s own constructors are accepted. */
export declare function readTypeDcOption(r: TlReader): TypeDcOption;
/** Writes a boxed `DialogFilter`: the constructor id, then its fields. */
export declare function writeTypeDialogFilter(w: TlWriter, v: TypeDialogFilter): void;
/** Reads a boxed `DialogFilter`: the constructor id, then that constructor's fields. Only `DialogFilter`'s own constructors are accepted. */
export declare function readTypeDialogFilter(r: TlReader): TypeDialogFilter;
/** Writes a boxed `DialogPeer`: the constructor id, then its fields. */
export declare function writeTypeDialogPeer(w: TlWriter, v: TypeDialogPeer): void;
/** Reads a boxed `DialogPeer`: the constructor id, then that constructor's fields. Only `DialogPeer`'s own constructors are accepted. */
export declare function readTypeDialogPeer(r: TlReader): TypeDialogPeer;
/** Writes a boxed `Document`: the constructor id, then its fields. */
export declare function writeTypeDocument(w: TlWriter, v: TypeDocument): void;
/** Reads a boxed `Document`: the constructor id, then that constructor's fields. Only `Document`'s own constructors are accepted. */
export declare function readTypeDocument(r: TlReader): TypeDocument;
/** Writes a boxed `DocumentAttribute`: the constructor id, then its fields. */
export declare function writeTypeDocumentAttribute(w: TlWriter, v: TypeDocumentAttribute): void;
/** Reads a boxed `DocumentAttribute`: the constructor id, then that constructor's fields. Only `DocumentAttribute`'s own constructors are accepted. */
export declare function readTypeDocumentAttribute(r: TlReader): TypeDocumentAttribute;
/** Writes a boxed `DraftMessage`: the constructor id, then its fields. */
export declare function writeTypeDraftMessage(w: TlWriter, v: TypeDraftMessage): void;
/** Reads a boxed `DraftMessage`: the constructor id, then that constructor's fields. Only `DraftMessage`'s own constructors are accepted. */
export declare function readTypeDraftMessage(r: TlReader): TypeDraftMessage;
/** Writes a boxed `EmojiStatus`: the constructor id, then its fields. */
export declare function writeTypeEmojiStatus(w: TlWriter, v: TypeEmojiStatus): void;
/** Reads a boxed `EmojiStatus`: the constructor id, then that constructor's fields. Only `EmojiStatus`'s own constructors are accepted. */
export declare function readTypeEmojiStatus(r: TlReader): TypeEmojiStatus;
/** Writes a boxed `EncryptedChat`: the constructor id, then its fields. */
export declare function writeTypeEncryptedChat(w: TlWriter, v: TypeEncryptedChat): void;
/** Reads a boxed `EncryptedChat`: the constructor id, then that constructor's fields. Only `EncryptedChat`'s own constructors are accepted. */
export declare function readTypeEncryptedChat(r: TlReader): TypeEncryptedChat;
/** Writes a boxed `EncryptedFile`: the constructor id, then its fields. */
export declare function writeTypeEncryptedFile(w: TlWriter, v: TypeEncryptedFile): void;
/** Reads a boxed `EncryptedFile`: the constructor id, then that constructor's fields. Only `EncryptedFile`'s own constructors are accepted. */
export declare function readTypeEncryptedFile(r: TlReader): TypeEncryptedFile;
/** Writes a boxed `EncryptedMessage`: the constructor id, then its fields. */
export declare function writeTypeEncryptedMessage(w: TlWriter, v: TypeEncryptedMessage): void;
/** Reads a boxed `EncryptedMessage`: the constructor id, then that constructor's fields. Only `EncryptedMessage`'s own constructors are accepted. */
export declare function readTypeEncryptedMessage(r: TlReader): TypeEncryptedMessage;
/** Writes a boxed `ExportedChatInvite`: the constructor id, then its fields. */
export declare function writeTypeExportedChatInvite(w: TlWriter, v: TypeExportedChatInvite): void;
/** Reads a boxed `ExportedChatInvite`: the constructor id, then that constructor's fields. Only `ExportedChatInvite`'s own constructors are accepted. */
export declare function readTypeExportedChatInvite(r: TlReader): TypeExportedChatInvite;
/** Writes a boxed `ExportedChatlistInvite`: the constructor id, then its fields. */
export declare function writeTypeExportedChatlistInvite(w: TlWriter, v: TypeExportedChatlistInvite): void;
/** Reads a boxed `ExportedChatlistInvite`: the constructor id, then that constructor's fields. Only `ExportedChatlistInvite`'s own constructors are accepted. */
export declare function readTypeExportedChatlistInvite(r: TlReader): TypeExportedChatlistInvite;
/** Writes a boxed `FactCheck`: the constructor id, then its fields. */
export declare function writeTypeFactCheck(w: TlWriter, v: TypeFactCheck): void;
/** Reads a boxed `FactCheck`: the constructor id, then that constructor's fields. Only `FactCheck`'s own constructors are accepted. */
export declare function readTypeFactCheck(r: TlReader): TypeFactCheck;
/** Writes a boxed `FolderPeer`: the constructor id, then its fields. */
export declare function writeTypeFolderPeer(w: TlWriter, v: TypeFolderPeer): void;
/** Reads a boxed `FolderPeer`: the constructor id, then that constructor's fields. Only `FolderPeer`'s own constructors are accepted. */
export declare function readTypeFolderPeer(r: TlReader): TypeFolderPeer;
/** Writes a boxed `Game`: the constructor id, then its fields. */
export declare function writeTypeGame(w: TlWriter, v: TypeGame): void;
/** Reads a boxed `Game`: the constructor id, then that constructor's fields. Only `Game`'s own constructors are accepted. */
export declare function readTypeGame(r: TlReader): TypeGame;
/** Writes a boxed `GeoPoint`: the constructor id, then its fields. */
export declare function writeTypeGeoPoint(w: TlWriter, v: TypeGeoPoint): void;
/** Reads a boxed `GeoPoint`: the constructor id, then that constructor's fields. Only `GeoPoint`'s own constructors are accepted. */
export declare function readTypeGeoPoint(r: TlReader): TypeGeoPoint;
/** Writes a boxed `GeoPointAddress`: the constructor id, then its fields. */
export declare function writeTypeGeoPointAddress(w: TlWriter, v: TypeGeoPointAddress): void;
/** Reads a boxed `GeoPointAddress`: the constructor id, then that constructor's fields. Only `GeoPointAddress`'s own constructors are accepted. */
export declare function readTypeGeoPointAddress(r: TlReader): TypeGeoPointAddress;
/** Writes a boxed `GroupCall`: the constructor id, then its fields. */
export declare function writeTypeGroupCall(w: TlWriter, v: TypeGroupCall): void;
/** Reads a boxed `GroupCall`: the constructor id, then that constructor's fields. Only `GroupCall`'s own constructors are accepted. */
export declare function readTypeGroupCall(r: TlReader): TypeGroupCall;
/** Writes a boxed `GroupCallMessage`: the constructor id, then its fields. */
export declare function writeTypeGroupCallMessage(w: TlWriter, v: TypeGroupCallMessage): void;
/** Reads a boxed `GroupCallMessage`: the constructor id, then that constructor's fields. Only `GroupCallMessage`'s own constructors are accepted. */
export declare function readTypeGroupCallMessage(r: TlReader): TypeGroupCallMessage;
/** Writes a boxed `GroupCallParticipant`: the constructor id, then its fields. */
export declare function writeTypeGroupCallParticipant(w: TlWriter, v: TypeGroupCallParticipant): void;
/** Reads a boxed `GroupCallParticipant`: the constructor id, then that constructor's fields. Only `GroupCallParticipant`'s own constructors are accepted. */
export declare function readTypeGroupCallParticipant(r: TlReader): TypeGroupCallParticipant;
/** Writes a boxed `GroupCallParticipantVideo`: the constructor id, then its fields. */
export declare function writeTypeGroupCallParticipantVideo(w: TlWriter, v: TypeGroupCallParticipantVideo): void;
/** Reads a boxed `GroupCallParticipantVideo`: the constructor id, then that constructor's fields. Only `GroupCallParticipantVideo`'s own constructors are accepted. */
export declare function readTypeGroupCallParticipantVideo(r: TlReader): TypeGroupCallParticipantVideo;
/** Writes a boxed `GroupCallParticipantVideoSourceGroup`: the constructor id, then its fields. */
export declare function writeTypeGroupCallParticipantVideoSourceGroup(w: TlWriter, v: TypeGroupCallParticipantVideoSourceGroup): void;
/** Reads a boxed `GroupCallParticipantVideoSourceGroup`: the constructor id, then that constructor's fields. Only `GroupCallParticipantVideoSourceGroup`'s own constructors are accepted. */
export declare function readTypeGroupCallParticipantVideoSourceGroup(r: TlReader): TypeGroupCallParticipantVideoSourceGroup;
/** Writes a boxed `InlineQueryPeerType`: the constructor id, then its fields. */
export declare function writeTypeInlineQueryPeerType(w: TlWriter, v: TypeInlineQueryPeerType): void;
/** Reads a boxed `InlineQueryPeerType`: the constructor id, then that constructor's fields. Only `InlineQueryPeerType`'s own constructors are accepted. */
export declare function readTypeInlineQueryPeerType(r: TlReader): TypeInlineQueryPeerType;
/** Writes a boxed `InputBotInlineMessageID`: the constructor id, then its fields. */
export declare function writeTypeInputBotInlineMessageID(w: TlWriter, v: TypeInputBotInlineMessageID): void;
/** Reads a boxed `InputBotInlineMessageID`: the constructor id, then that constructor's fields. Only `InputBotInlineMessageID`'s own constructors are accepted. */
export declare function readTypeInputBotInlineMessageID(r: TlReader): TypeInputBotInlineMessageID;
/** Writes a boxed `InputChannel`: the constructor id, then its fields. */
export declare function writeTypeInputChannel(w: TlWriter, v: TypeInputChannel): void;
/** Reads a boxed `InputChannel`: the constructor id, then that constructor's fields. Only `InputChannel`'s own constructors are accepted. */
export declare function readTypeInputChannel(r: TlReader): TypeInputChannel;
/** Writes a boxed `InputChatlist`: the constructor id, then its fields. */
export declare function writeTypeInputChatlist(w: TlWriter, v: TypeInputChatlist): void;
/** Reads a boxed `InputChatlist`: the constructor id, then that constructor's fields. Only `InputChatlist`'s own constructors are accepted. */
export declare function readTypeInputChatlist(r: TlReader): TypeInputChatlist;
/** Writes a boxed `InputClientProxy`: the constructor id, then its fields. */
export declare function writeTypeInputClientProxy(w: TlWriter, v: TypeInputClientProxy): void;
/** Reads a boxed `InputClientProxy`: the constructor id, then that constructor's fields. Only `InputClientProxy`'s own constructors are accepted. */
export declare function readTypeInputClientProxy(r: TlReader): TypeInputClientProxy;
/** Writes a boxed `InputDocument`: the constructor id, then its fields. */
export declare function writeTypeInputDocument(w: TlWriter, v: TypeInputDocument): void;
/** Reads a boxed `InputDocument`: the constructor id, then that constructor's fields. Only `InputDocument`'s own constructors are accepted. */
export declare function readTypeInputDocument(r: TlReader): TypeInputDocument;
/** Writes a boxed `InputFile`: the constructor id, then its fields. */
export declare function writeTypeInputFile(w: TlWriter, v: TypeInputFile): void;
/** Reads a boxed `InputFile`: the constructor id, then that constructor's fields. Only `InputFile`'s own constructors are accepted. */
export declare function readTypeInputFile(r: TlReader): TypeInputFile;
/** Writes a boxed `InputGame`: the constructor id, then its fields. */
export declare function writeTypeInputGame(w: TlWriter, v: TypeInputGame): void;
/** Reads a boxed `InputGame`: the constructor id, then that constructor's fields. Only `InputGame`'s own constructors are accepted. */
export declare function readTypeInputGame(r: TlReader): TypeInputGame;
/** Writes a boxed `InputGeoPoint`: the constructor id, then its fields. */
export declare function writeTypeInputGeoPoint(w: TlWriter, v: TypeInputGeoPoint): void;
/** Reads a boxed `InputGeoPoint`: the constructor id, then that constructor's fields. Only `InputGeoPoint`'s own constructors are accepted. */
export declare function readTypeInputGeoPoint(r: TlReader): TypeInputGeoPoint;
/** Writes a boxed `InputGroupCall`: the constructor id, then its fields. */
export declare function writeTypeInputGroupCall(w: TlWriter, v: TypeInputGroupCall): void;
/** Reads a boxed `InputGroupCall`: the constructor id, then that constructor's fields. Only `InputGroupCall`'s own constructors are accepted. */
export declare function readTypeInputGroupCall(r: TlReader): TypeInputGroupCall;
/** Writes a boxed `InputMedia`: the constructor id, then its fields. */
export declare function writeTypeInputMedia(w: TlWriter, v: TypeInputMedia): void;
/** Reads a boxed `InputMedia`: the constructor id, then that constructor's fields. Only `InputMedia`'s own constructors are accepted. */
export declare function readTypeInputMedia(r: TlReader): TypeInputMedia;
/** Writes a boxed `InputPeer`: the constructor id, then its fields. */
export declare function writeTypeInputPeer(w: TlWriter, v: TypeInputPeer): void;
/** Reads a boxed `InputPeer`: the constructor id, then that constructor's fields. Only `InputPeer`'s own constructors are accepted. */
export declare function readTypeInputPeer(r: TlReader): TypeInputPeer;
/** Writes a boxed `InputPhoto`: the constructor id, then its fields. */
export declare function writeTypeInputPhoto(w: TlWriter, v: TypeInputPhoto): void;
/** Reads a boxed `InputPhoto`: the constructor id, then that constructor's fields. Only `InputPhoto`'s own constructors are accepted. */
export declare function readTypeInputPhoto(r: TlReader): TypeInputPhoto;
/** Writes a boxed `InputReplyTo`: the constructor id, then its fields. */
export declare function writeTypeInputReplyTo(w: TlWriter, v: TypeInputReplyTo): void;
/** Reads a boxed `InputReplyTo`: the constructor id, then that constructor's fields. Only `InputReplyTo`'s own constructors are accepted. */
export declare function readTypeInputReplyTo(r: TlReader): TypeInputReplyTo;
/** Writes a boxed `InputRichFile`: the constructor id, then its fields. */
export declare function writeTypeInputRichFile(w: TlWriter, v: TypeInputRichFile): void;
/** Reads a boxed `InputRichFile`: the constructor id, then that constructor's fields. Only `InputRichFile`'s own constructors are accepted. */
export declare function readTypeInputRichFile(r: TlReader): TypeInputRichFile;
/** Writes a boxed `InputRichMessage`: the constructor id, then its fields. */
export declare function writeTypeInputRichMessage(w: TlWriter, v: TypeInputRichMessage): void;
/** Reads a boxed `InputRichMessage`: the constructor id, then that constructor's fields. Only `InputRichMessage`'s own constructors are accepted. */
export declare function readTypeInputRichMessage(r: TlReader): TypeInputRichMessage;
/** Writes a boxed `InputStickerSet`: the constructor id, then its fields. */
export declare function writeTypeInputStickerSet(w: TlWriter, v: TypeInputStickerSet): void;
/** Reads a boxed `InputStickerSet`: the constructor id, then that constructor's fields. Only `InputStickerSet`'s own constructors are accepted. */
export declare function readTypeInputStickerSet(r: TlReader): TypeInputStickerSet;
/** Writes a boxed `InputUser`: the constructor id, then its fields. */
export declare function writeTypeInputUser(w: TlWriter, v: TypeInputUser): void;
/** Reads a boxed `InputUser`: the constructor id, then that constructor's fields. Only `InputUser`'s own constructors are accepted. */
export declare function readTypeInputUser(r: TlReader): TypeInputUser;
/** Writes a boxed `InputWebDocument`: the constructor id, then its fields. */
export declare function writeTypeInputWebDocument(w: TlWriter, v: TypeInputWebDocument): void;
/** Reads a boxed `InputWebDocument`: the constructor id, then that constructor's fields. Only `InputWebDocument`'s own constructors are accepted. */
export declare function readTypeInputWebDocument(r: TlReader): TypeInputWebDocument;
/** Writes a boxed `Invoice`: the constructor id, then its fields. */
export declare function writeTypeInvoice(w: TlWriter, v: TypeInvoice): void;
/** Reads a boxed `Invoice`: the constructor id, then that constructor's fields. Only `Invoice`'s own constructors are accepted. */
export declare function readTypeInvoice(r: TlReader): TypeInvoice;
/** Writes a boxed `JSONObjectValue`: the constructor id, then its fields. */
export declare function writeTypeJSONObjectValue(w: TlWriter, v: TypeJSONObjectValue): void;
/** Reads a boxed `JSONObjectValue`: the constructor id, then that constructor's fields. Only `JSONObjectValue`'s own constructors are accepted. */
export declare function readTypeJSONObjectValue(r: TlReader): TypeJSONObjectValue;
/** Writes a boxed `JSONValue`: the constructor id, then its fields. */
export declare function writeTypeJSONValue(w: TlWriter, v: TypeJSONValue): void;
/** Reads a boxed `JSONValue`: the constructor id, then that constructor's fields. Only `JSONValue`'s own constructors are accepted. */
export declare function readTypeJSONValue(r: TlReader): TypeJSONValue;
/** Writes a boxed `JoinChatBotResult`: the constructor id, then its fields. */
export declare function writeTypeJoinChatBotResult(w: TlWriter, v: TypeJoinChatBotResult): void;
/** Reads a boxed `JoinChatBotResult`: the constructor id, then that constructor's fields. Only `JoinChatBotResult`'s own constructors are accepted. */
export declare function readTypeJoinChatBotResult(r: TlReader): TypeJoinChatBotResult;
/** Writes a boxed `KeyboardButton`: the constructor id, then its fields. */
export declare function writeTypeKeyboardButton(w: TlWriter, v: TypeKeyboardButton): void;
/** Reads a boxed `KeyboardButton`: the constructor id, then that constructor's fields. Only `KeyboardButton`'s own constructors are accepted. */
export declare function readTypeKeyboardButton(r: TlReader): TypeKeyboardButton;
/** Writes a boxed `KeyboardButtonRow`: the constructor id, then its fields. */
export declare function writeTypeKeyboardButtonRow(w: TlWriter, v: TypeKeyboardButtonRow): void;
/** Reads a boxed `KeyboardButtonRow`: the constructor id, then that constructor's fields. Only `KeyboardButtonRow`'s own constructors are accepted. */
export declare function readTypeKeyboardButtonRow(r: TlReader): TypeKeyboardButtonRow;
/** Writes a boxed `KeyboardButtonStyle`: the constructor id, then its fields. */
export declare function writeTypeKeyboardButtonStyle(w: TlWriter, v: TypeKeyboardButtonStyle): void;
/** Reads a boxed `KeyboardButtonStyle`: the constructor id, then that constructor's fields. Only `KeyboardButtonStyle`'s own constructors are accepted. */
export declare function readTypeKeyboardButtonStyle(r: TlReader): TypeKeyboardButtonStyle;
/** Writes a boxed `LabeledPrice`: the constructor id, then its fields. */
export declare function writeTypeLabeledPrice(w: TlWriter, v: TypeLabeledPrice): void;
/** Reads a boxed `LabeledPrice`: the constructor id, then that constructor's fields. Only `LabeledPrice`'s own constructors are accepted. */
export declare function readTypeLabeledPrice(r: TlReader): TypeLabeledPrice;
/** Writes a boxed `LangPackDifference`: the constructor id, then its fields. */
export declare function writeTypeLangPackDifference(w: TlWriter, v: TypeLangPackDifference): void;
/** Reads a boxed `LangPackDifference`: the constructor id, then that constructor's fields. Only `LangPackDifference`'s own constructors are accepted. */
export declare function readTypeLangPackDifference(r: TlReader): TypeLangPackDifference;
/** Writes a boxed `LangPackString`: the constructor id, then its fields. */
export declare function writeTypeLangPackString(w: TlWriter, v: TypeLangPackString): void;
/** Reads a boxed `LangPackString`: the constructor id, then that constructor's fields. Only `LangPackString`'s own constructors are accepted. */
export declare function readTypeLangPackString(r: TlReader): TypeLangPackString;
/** Writes a boxed `MaskCoords`: the constructor id, then its fields. */
export declare function writeTypeMaskCoords(w: TlWriter, v: TypeMaskCoords): void;
/** Reads a boxed `MaskCoords`: the constructor id, then that constructor's fields. Only `MaskCoords`'s own constructors are accepted. */
export declare function readTypeMaskCoords(r: TlReader): TypeMaskCoords;
/** Writes a boxed `MediaArea`: the constructor id, then its fields. */
export declare function writeTypeMediaArea(w: TlWriter, v: TypeMediaArea): void;
/** Reads a boxed `MediaArea`: the constructor id, then that constructor's fields. Only `MediaArea`'s own constructors are accepted. */
export declare function readTypeMediaArea(r: TlReader): TypeMediaArea;
/** Writes a boxed `MediaAreaCoordinates`: the constructor id, then its fields. */
export declare function writeTypeMediaAreaCoordinates(w: TlWriter, v: TypeMediaAreaCoordinates): void;
/** Reads a boxed `MediaAreaCoordinates`: the constructor id, then that constructor's fields. Only `MediaAreaCoordinates`'s own constructors are accepted. */
export declare function readTypeMediaAreaCoordinates(r: TlReader): TypeMediaAreaCoordinates;
/** Writes a boxed `Message`: the constructor id, then its fields. */
export declare function writeTypeMessage(w: TlWriter, v: TypeMessage): void;
/** Reads a boxed `Message`: the constructor id, then that constructor's fields. Only `Message`'s own constructors are accepted. */
export declare function readTypeMessage(r: TlReader): TypeMessage;
/** Writes a boxed `MessageAction`: the constructor id, then its fields. */
export declare function writeTypeMessageAction(w: TlWriter, v: TypeMessageAction): void;
/** Reads a boxed `MessageAction`: the constructor id, then that constructor's fields. Only `MessageAction`'s own constructors are accepted. */
export declare function readTypeMessageAction(r: TlReader): TypeMessageAction;
/** Writes a boxed `MessageEntity`: the constructor id, then its fields. */
export declare function writeTypeMessageEntity(w: TlWriter, v: TypeMessageEntity): void;
/** Reads a boxed `MessageEntity`: the constructor id, then that constructor's fields. Only `MessageEntity`'s own constructors are accepted. */
export declare function readTypeMessageEntity(r: TlReader): TypeMessageEntity;
/** Writes a boxed `MessageExtendedMedia`: the constructor id, then its fields. */
export declare function writeTypeMessageExtendedMedia(w: TlWriter, v: TypeMessageExtendedMedia): void;
/** Reads a boxed `MessageExtendedMedia`: the constructor id, then that constructor's fields. Only `MessageExtendedMedia`'s own constructors are accepted. */
export declare function readTypeMessageExtendedMedia(r: TlReader): TypeMessageExtendedMedia;
/** Writes a boxed `MessageFwdHeader`: the constructor id, then its fields. */
export declare function writeTypeMessageFwdHeader(w: TlWriter, v: TypeMessageFwdHeader): void;
/** Reads a boxed `MessageFwdHeader`: the constructor id, then that constructor's fields. Only `MessageFwdHeader`'s own constructors are accepted. */
export declare function readTypeMessageFwdHeader(r: TlReader): TypeMessageFwdHeader;
/** Writes a boxed `MessageMedia`: the constructor id, then its fields. */
export declare function writeTypeMessageMedia(w: TlWriter, v: TypeMessageMedia): void;
/** Reads a boxed `MessageMedia`: the constructor id, then that constructor's fields. Only `MessageMedia`'s own constructors are accepted. */
export declare function readTypeMessageMedia(r: TlReader): TypeMessageMedia;
/** Writes a boxed `MessagePeerReaction`: the constructor id, then its fields. */
export declare function writeTypeMessagePeerReaction(w: TlWriter, v: TypeMessagePeerReaction): void;
/** Reads a boxed `MessagePeerReaction`: the constructor id, then that constructor's fields. Only `MessagePeerReaction`'s own constructors are accepted. */
export declare function readTypeMessagePeerReaction(r: TlReader): TypeMessagePeerReaction;
/** Writes a boxed `MessageReactions`: the constructor id, then its fields. */
export declare function writeTypeMessageReactions(w: TlWriter, v: TypeMessageReactions): void;
/** Reads a boxed `MessageReactions`: the constructor id, then that constructor's fields. Only `MessageReactions`'s own constructors are accepted. */
export declare function readTypeMessageReactions(r: TlReader): TypeMessageReactions;
/** Writes a boxed `MessageReactor`: the constructor id, then its fields. */
export declare function writeTypeMessageReactor(w: TlWriter, v: TypeMessageReactor): void;
/** Reads a boxed `MessageReactor`: the constructor id, then that constructor's fields. Only `MessageReactor`'s own constructors are accepted. */
export declare function readTypeMessageReactor(r: TlReader): TypeMessageReactor;
/** Writes a boxed `MessageReplies`: the constructor id, then its fields. */
export declare function writeTypeMessageReplies(w: TlWriter, v: TypeMessageReplies): void;
/** Reads a boxed `MessageReplies`: the constructor id, then that constructor's fields. Only `MessageReplies`'s own constructors are accepted. */
export declare function readTypeMessageReplies(r: TlReader): TypeMessageReplies;
/** Writes a boxed `MessageReplyHeader`: the constructor id, then its fields. */
export declare function writeTypeMessageReplyHeader(w: TlWriter, v: TypeMessageReplyHeader): void;
/** Reads a boxed `MessageReplyHeader`: the constructor id, then that constructor's fields. Only `MessageReplyHeader`'s own constructors are accepted. */
export declare function readTypeMessageReplyHeader(r: TlReader): TypeMessageReplyHeader;
/** Writes a boxed `MissingInvitee`: the constructor id, then its fields. */
export declare function writeTypeMissingInvitee(w: TlWriter, v: TypeMissingInvitee): void;
/** Reads a boxed `MissingInvitee`: the constructor id, then that constructor's fields. Only `MissingInvitee`'s own constructors are accepted. */
export declare function readTypeMissingInvitee(r: TlReader): TypeMissingInvitee;
/** Writes a boxed `NotificationSound`: the constructor id, then its fields. */
export declare function writeTypeNotificationSound(w: TlWriter, v: TypeNotificationSound): void;
/** Reads a boxed `NotificationSound`: the constructor id, then that constructor's fields. Only `NotificationSound`'s own constructors are accepted. */
export declare function readTypeNotificationSound(r: TlReader): TypeNotificationSound;
/** Writes a boxed `NotifyPeer`: the constructor id, then its fields. */
export declare function writeTypeNotifyPeer(w: TlWriter, v: TypeNotifyPeer): void;
/** Reads a boxed `NotifyPeer`: the constructor id, then that constructor's fields. Only `NotifyPeer`'s own constructors are accepted. */
export declare function readTypeNotifyPeer(r: TlReader): TypeNotifyPeer;
/** Writes a boxed `Page`: the constructor id, then its fields. */
export declare function writeTypePage(w: TlWriter, v: TypePage): void;
/** Reads a boxed `Page`: the constructor id, then that constructor's fields. Only `Page`'s own constructors are accepted. */
export declare function readTypePage(r: TlReader): TypePage;
/** Writes a boxed `PageBlock`: the constructor id, then its fields. */
export declare function writeTypePageBlock(w: TlWriter, v: TypePageBlock): void;
/** Reads a boxed `PageBlock`: the constructor id, then that constructor's fields. Only `PageBlock`'s own constructors are accepted. */
export declare function readTypePageBlock(r: TlReader): TypePageBlock;
/** Writes a boxed `PageCaption`: the constructor id, then its fields. */
export declare function writeTypePageCaption(w: TlWriter, v: TypePageCaption): void;
/** Reads a boxed `PageCaption`: the constructor id, then that constructor's fields. Only `PageCaption`'s own constructors are accepted. */
export declare function readTypePageCaption(r: TlReader): TypePageCaption;
/** Writes a boxed `PageListItem`: the constructor id, then its fields. */
export declare function writeTypePageListItem(w: TlWriter, v: TypePageListItem): void;
/** Reads a boxed `PageListItem`: the constructor id, then that constructor's fields. Only `PageListItem`'s own constructors are accepted. */
export declare function readTypePageListItem(r: TlReader): TypePageListItem;
/** Writes a boxed `PageListOrderedItem`: the constructor id, then its fields. */
export declare function writeTypePageListOrderedItem(w: TlWriter, v: TypePageListOrderedItem): void;
/** Reads a boxed `PageListOrderedItem`: the constructor id, then that constructor's fields. Only `PageListOrderedItem`'s own constructors are accepted. */
export declare function readTypePageListOrderedItem(r: TlReader): TypePageListOrderedItem;
/** Writes a boxed `PageRelatedArticle`: the constructor id, then its fields. */
export declare function writeTypePageRelatedArticle(w: TlWriter, v: TypePageRelatedArticle): void;
/** Reads a boxed `PageRelatedArticle`: the constructor id, then that constructor's fields. Only `PageRelatedArticle`'s own constructors are accepted. */
export declare function readTypePageRelatedArticle(r: TlReader): TypePageRelatedArticle;
/** Writes a boxed `PageTableCell`: the constructor id, then its fields. */
export declare function writeTypePageTableCell(w: TlWriter, v: TypePageTableCell): void;
/** Reads a boxed `PageTableCell`: the constructor id, then that constructor's fields. Only `PageTableCell`'s own constructors are accepted. */
export declare function readTypePageTableCell(r: TlReader): TypePageTableCell;
/** Writes a boxed `PageTableRow`: the constructor id, then its fields. */
export declare function writeTypePageTableRow(w: TlWriter, v: TypePageTableRow): void;
/** Reads a boxed `PageTableRow`: the constructor id, then that constructor's fields. Only `PageTableRow`'s own constructors are accepted. */
export declare function readTypePageTableRow(r: TlReader): TypePageTableRow;
/** Writes a boxed `PaidReactionPrivacy`: the constructor id, then its fields. */
export declare function writeTypePaidReactionPrivacy(w: TlWriter, v: TypePaidReactionPrivacy): void;
/** Reads a boxed `PaidReactionPrivacy`: the constructor id, then that constructor's fields. Only `PaidReactionPrivacy`'s own constructors are accepted. */
export declare function readTypePaidReactionPrivacy(r: TlReader): TypePaidReactionPrivacy;
/** Writes a boxed `PaymentCharge`: the constructor id, then its fields. */
export declare function writeTypePaymentCharge(w: TlWriter, v: TypePaymentCharge): void;
/** Reads a boxed `PaymentCharge`: the constructor id, then that constructor's fields. Only `PaymentCharge`'s own constructors are accepted. */
export declare function readTypePaymentCharge(r: TlReader): TypePaymentCharge;
/** Writes a boxed `PaymentRequestedInfo`: the constructor id, then its fields. */
export declare function writeTypePaymentRequestedInfo(w: TlWriter, v: TypePaymentRequestedInfo): void;
/** Reads a boxed `PaymentRequestedInfo`: the constructor id, then that constructor's fields. Only `PaymentRequestedInfo`'s own constructors are accepted. */
export declare function readTypePaymentRequestedInfo(r: TlReader): TypePaymentRequestedInfo;
/** Writes a boxed `Peer`: the constructor id, then its fields. */
export declare function writeTypePeer(w: TlWriter, v: TypePeer): void;
/** Reads a boxed `Peer`: the constructor id, then that constructor's fields. Only `Peer`'s own constructors are accepted. */
export declare function readTypePeer(r: TlReader): TypePeer;
/** Writes a boxed `PeerColor`: the constructor id, then its fields. */
export declare function writeTypePeerColor(w: TlWriter, v: TypePeerColor): void;
/** Reads a boxed `PeerColor`: the constructor id, then that constructor's fields. Only `PeerColor`'s own constructors are accepted. */
export declare function readTypePeerColor(r: TlReader): TypePeerColor;
/** Writes a boxed `PeerLocated`: the constructor id, then its fields. */
export declare function writeTypePeerLocated(w: TlWriter, v: TypePeerLocated): void;
/** Reads a boxed `PeerLocated`: the constructor id, then that constructor's fields. Only `PeerLocated`'s own constructors are accepted. */
export declare function readTypePeerLocated(r: TlReader): TypePeerLocated;
/** Writes a boxed `PeerNotifySettings`: the constructor id, then its fields. */
export declare function writeTypePeerNotifySettings(w: TlWriter, v: TypePeerNotifySettings): void;
/** Reads a boxed `PeerNotifySettings`: the constructor id, then that constructor's fields. Only `PeerNotifySettings`'s own constructors are accepted. */
export declare function readTypePeerNotifySettings(r: TlReader): TypePeerNotifySettings;
/** Writes a boxed `PeerSettings`: the constructor id, then its fields. */
export declare function writeTypePeerSettings(w: TlWriter, v: TypePeerSettings): void;
/** Reads a boxed `PeerSettings`: the constructor id, then that constructor's fields. Only `PeerSettings`'s own constructors are accepted. */
export declare function readTypePeerSettings(r: TlReader): TypePeerSettings;
/** Writes a boxed `PhoneCall`: the constructor id, then its fields. */
export declare function writeTypePhoneCall(w: TlWriter, v: TypePhoneCall): void;
/** Reads a boxed `PhoneCall`: the constructor id, then that constructor's fields. Only `PhoneCall`'s own constructors are accepted. */
export declare function readTypePhoneCall(r: TlReader): TypePhoneCall;
/** Writes a boxed `PhoneCallDiscardReason`: the constructor id, then its fields. */
export declare function writeTypePhoneCallDiscardReason(w: TlWriter, v: TypePhoneCallDiscardReason): void;
/** Reads a boxed `PhoneCallDiscardReason`: the constructor id, then that constructor's fields. Only `PhoneCallDiscardReason`'s own constructors are accepted. */
export declare function readTypePhoneCallDiscardReason(r: TlReader): TypePhoneCallDiscardReason;
/** Writes a boxed `PhoneCallProtocol`: the constructor id, then its fields. */
export declare function writeTypePhoneCallProtocol(w: TlWriter, v: TypePhoneCallProtocol): void;
/** Reads a boxed `PhoneCallProtocol`: the constructor id, then that constructor's fields. Only `PhoneCallProtocol`'s own constructors are accepted. */
export declare function readTypePhoneCallProtocol(r: TlReader): TypePhoneCallProtocol;
/** Writes a boxed `PhoneConnection`: the constructor id, then its fields. */
export declare function writeTypePhoneConnection(w: TlWriter, v: TypePhoneConnection): void;
/** Reads a boxed `PhoneConnection`: the constructor id, then that constructor's fields. Only `PhoneConnection`'s own constructors are accepted. */
export declare function readTypePhoneConnection(r: TlReader): TypePhoneConnection;
/** Writes a boxed `Photo`: the constructor id, then its fields. */
export declare function writeTypePhoto(w: TlWriter, v: TypePhoto): void;
/** Reads a boxed `Photo`: the constructor id, then that constructor's fields. Only `Photo`'s own constructors are accepted. */
export declare function readTypePhoto(r: TlReader): TypePhoto;
/** Writes a boxed `PhotoSize`: the constructor id, then its fields. */
export declare function writeTypePhotoSize(w: TlWriter, v: TypePhotoSize): void;
/** Reads a boxed `PhotoSize`: the constructor id, then that constructor's fields. Only `PhotoSize`'s own constructors are accepted. */
export declare function readTypePhotoSize(r: TlReader): TypePhotoSize;
/** Writes a boxed `Poll`: the constructor id, then its fields. */
export declare function writeTypePoll(w: TlWriter, v: TypePoll): void;
/** Reads a boxed `Poll`: the constructor id, then that constructor's fields. Only `Poll`'s own constructors are accepted. */
export declare function readTypePoll(r: TlReader): TypePoll;
/** Writes a boxed `PollAnswer`: the constructor id, then its fields. */
export declare function writeTypePollAnswer(w: TlWriter, v: TypePollAnswer): void;
/** Reads a boxed `PollAnswer`: the constructor id, then that constructor's fields. Only `PollAnswer`'s own constructors are accepted. */
export declare function readTypePollAnswer(r: TlReader): TypePollAnswer;
/** Writes a boxed `PollAnswerVoters`: the constructor id, then its fields. */
export declare function writeTypePollAnswerVoters(w: TlWriter, v: TypePollAnswerVoters): void;
/** Reads a boxed `PollAnswerVoters`: the constructor id, then that constructor's fields. Only `PollAnswerVoters`'s own constructors are accepted. */
export declare function readTypePollAnswerVoters(r: TlReader): TypePollAnswerVoters;
/** Writes a boxed `PollResults`: the constructor id, then its fields. */
export declare function writeTypePollResults(w: TlWriter, v: TypePollResults): void;
/** Reads a boxed `PollResults`: the constructor id, then that constructor's fields. Only `PollResults`'s own constructors are accepted. */
export declare function readTypePollResults(r: TlReader): TypePollResults;
/** Writes a boxed `PostAddress`: the constructor id, then its fields. */
export declare function writeTypePostAddress(w: TlWriter, v: TypePostAddress): void;
/** Reads a boxed `PostAddress`: the constructor id, then that constructor's fields. Only `PostAddress`'s own constructors are accepted. */
export declare function readTypePostAddress(r: TlReader): TypePostAddress;
/** Writes a boxed `PrivacyKey`: the constructor id, then its fields. */
export declare function writeTypePrivacyKey(w: TlWriter, v: TypePrivacyKey): void;
/** Reads a boxed `PrivacyKey`: the constructor id, then that constructor's fields. Only `PrivacyKey`'s own constructors are accepted. */
export declare function readTypePrivacyKey(r: TlReader): TypePrivacyKey;
/** Writes a boxed `PrivacyRule`: the constructor id, then its fields. */
export declare function writeTypePrivacyRule(w: TlWriter, v: TypePrivacyRule): void;
/** Reads a boxed `PrivacyRule`: the constructor id, then that constructor's fields. Only `PrivacyRule`'s own constructors are accepted. */
export declare function readTypePrivacyRule(r: TlReader): TypePrivacyRule;
/** Writes a boxed `QuickReply`: the constructor id, then its fields. */
export declare function writeTypeQuickReply(w: TlWriter, v: TypeQuickReply): void;
/** Reads a boxed `QuickReply`: the constructor id, then that constructor's fields. Only `QuickReply`'s own constructors are accepted. */
export declare function readTypeQuickReply(r: TlReader): TypeQuickReply;
/** Writes a boxed `Reaction`: the constructor id, then its fields. */
export declare function writeTypeReaction(w: TlWriter, v: TypeReaction): void;
/** Reads a boxed `Reaction`: the constructor id, then that constructor's fields. Only `Reaction`'s own constructors are accepted. */
export declare function readTypeReaction(r: TlReader): TypeReaction;
/** Writes a boxed `ReactionCount`: the constructor id, then its fields. */
export declare function writeTypeReactionCount(w: TlWriter, v: TypeReactionCount): void;
/** Reads a boxed `ReactionCount`: the constructor id, then that constructor's fields. Only `ReactionCount`'s own constructors are accepted. */
export declare function readTypeReactionCount(r: TlReader): TypeReactionCount;
/** Writes a boxed `RecentStory`: the constructor id, then its fields. */
export declare function writeTypeRecentStory(w: TlWriter, v: TypeRecentStory): void;
/** Reads a boxed `RecentStory`: the constructor id, then that constructor's fields. Only `RecentStory`'s own constructors are accepted. */
export declare function readTypeRecentStory(r: TlReader): TypeRecentStory;
/** Writes a boxed `ReplyMarkup`: the constructor id, then its fields. */
export declare function writeTypeReplyMarkup(w: TlWriter, v: TypeReplyMarkup): void;
/** Reads a boxed `ReplyMarkup`: the constructor id, then that constructor's fields. Only `ReplyMarkup`'s own constructors are accepted. */
export declare function readTypeReplyMarkup(r: TlReader): TypeReplyMarkup;
/** Writes a boxed `RequestPeerType`: the constructor id, then its fields. */
export declare function writeTypeRequestPeerType(w: TlWriter, v: TypeRequestPeerType): void;
/** Reads a boxed `RequestPeerType`: the constructor id, then that constructor's fields. Only `RequestPeerType`'s own constructors are accepted. */
export declare function readTypeRequestPeerType(r: TlReader): TypeRequestPeerType;
/** Writes a boxed `RequestedPeer`: the constructor id, then its fields. */
export declare function writeTypeRequestedPeer(w: TlWriter, v: TypeRequestedPeer): void;
/** Reads a boxed `RequestedPeer`: the constructor id, then that constructor's fields. Only `RequestedPeer`'s own constructors are accepted. */
export declare function readTypeRequestedPeer(r: TlReader): TypeRequestedPeer;
/** Writes a boxed `RestrictionReason`: the constructor id, then its fields. */
export declare function writeTypeRestrictionReason(w: TlWriter, v: TypeRestrictionReason): void;
/** Reads a boxed `RestrictionReason`: the constructor id, then that constructor's fields. Only `RestrictionReason`'s own constructors are accepted. */
export declare function readTypeRestrictionReason(r: TlReader): TypeRestrictionReason;
/** Writes a boxed `RichMessage`: the constructor id, then its fields. */
export declare function writeTypeRichMessage(w: TlWriter, v: TypeRichMessage): void;
/** Reads a boxed `RichMessage`: the constructor id, then that constructor's fields. Only `RichMessage`'s own constructors are accepted. */
export declare function readTypeRichMessage(r: TlReader): TypeRichMessage;
/** Writes a boxed `RichText`: the constructor id, then its fields. */
export declare function writeTypeRichText(w: TlWriter, v: TypeRichText): void;
/** Reads a boxed `RichText`: the constructor id, then that constructor's fields. Only `RichText`'s own constructors are accepted. */
export declare function readTypeRichText(r: TlReader): TypeRichText;
/** Writes a boxed `SecureCredentialsEncrypted`: the constructor id, then its fields. */
export declare function writeTypeSecureCredentialsEncrypted(w: TlWriter, v: TypeSecureCredentialsEncrypted): void;
/** Reads a boxed `SecureCredentialsEncrypted`: the constructor id, then that constructor's fields. Only `SecureCredentialsEncrypted`'s own constructors are accepted. */
export declare function readTypeSecureCredentialsEncrypted(r: TlReader): TypeSecureCredentialsEncrypted;
/** Writes a boxed `SecureData`: the constructor id, then its fields. */
export declare function writeTypeSecureData(w: TlWriter, v: TypeSecureData): void;
/** Reads a boxed `SecureData`: the constructor id, then that constructor's fields. Only `SecureData`'s own constructors are accepted. */
export declare function readTypeSecureData(r: TlReader): TypeSecureData;
/** Writes a boxed `SecureFile`: the constructor id, then its fields. */
export declare function writeTypeSecureFile(w: TlWriter, v: TypeSecureFile): void;
/** Reads a boxed `SecureFile`: the constructor id, then that constructor's fields. Only `SecureFile`'s own constructors are accepted. */
export declare function readTypeSecureFile(r: TlReader): TypeSecureFile;
/** Writes a boxed `SecurePlainData`: the constructor id, then its fields. */
export declare function writeTypeSecurePlainData(w: TlWriter, v: TypeSecurePlainData): void;
/** Reads a boxed `SecurePlainData`: the constructor id, then that constructor's fields. Only `SecurePlainData`'s own constructors are accepted. */
export declare function readTypeSecurePlainData(r: TlReader): TypeSecurePlainData;
/** Writes a boxed `SecureValue`: the constructor id, then its fields. */
export declare function writeTypeSecureValue(w: TlWriter, v: TypeSecureValue): void;
/** Reads a boxed `SecureValue`: the constructor id, then that constructor's fields. Only `SecureValue`'s own constructors are accepted. */
export declare function readTypeSecureValue(r: TlReader): TypeSecureValue;
/** Writes a boxed `SecureValueType`: the constructor id, then its fields. */
export declare function writeTypeSecureValueType(w: TlWriter, v: TypeSecureValueType): void;
/** Reads a boxed `SecureValueType`: the constructor id, then that constructor's fields. Only `SecureValueType`'s own constructors are accepted. */
export declare function readTypeSecureValueType(r: TlReader): TypeSecureValueType;
/** Writes a boxed `SendMessageAction`: the constructor id, then its fields. */
export declare function writeTypeSendMessageAction(w: TlWriter, v: TypeSendMessageAction): void;
/** Reads a boxed `SendMessageAction`: the constructor id, then that constructor's fields. Only `SendMessageAction`'s own constructors are accepted. */
export declare function readTypeSendMessageAction(r: TlReader): TypeSendMessageAction;
/** Writes a boxed `StarGift`: the constructor id, then its fields. */
export declare function writeTypeStarGift(w: TlWriter, v: TypeStarGift): void;
/** Reads a boxed `StarGift`: the constructor id, then that constructor's fields. Only `StarGift`'s own constructors are accepted. */
export declare function readTypeStarGift(r: TlReader): TypeStarGift;
/** Writes a boxed `StarGiftAttribute`: the constructor id, then its fields. */
export declare function writeTypeStarGiftAttribute(w: TlWriter, v: TypeStarGiftAttribute): void;
/** Reads a boxed `StarGiftAttribute`: the constructor id, then that constructor's fields. Only `StarGiftAttribute`'s own constructors are accepted. */
export declare function readTypeStarGiftAttribute(r: TlReader): TypeStarGiftAttribute;
/** Writes a boxed `StarGiftAttributeRarity`: the constructor id, then its fields. */
export declare function writeTypeStarGiftAttributeRarity(w: TlWriter, v: TypeStarGiftAttributeRarity): void;
/** Reads a boxed `StarGiftAttributeRarity`: the constructor id, then that constructor's fields. Only `StarGiftAttributeRarity`'s own constructors are accepted. */
export declare function readTypeStarGiftAttributeRarity(r: TlReader): TypeStarGiftAttributeRarity;
/** Writes a boxed `StarGiftAuctionRound`: the constructor id, then its fields. */
export declare function writeTypeStarGiftAuctionRound(w: TlWriter, v: TypeStarGiftAuctionRound): void;
/** Reads a boxed `StarGiftAuctionRound`: the constructor id, then that constructor's fields. Only `StarGiftAuctionRound`'s own constructors are accepted. */
export declare function readTypeStarGiftAuctionRound(r: TlReader): TypeStarGiftAuctionRound;
/** Writes a boxed `StarGiftAuctionState`: the constructor id, then its fields. */
export declare function writeTypeStarGiftAuctionState(w: TlWriter, v: TypeStarGiftAuctionState): void;
/** Reads a boxed `StarGiftAuctionState`: the constructor id, then that constructor's fields. Only `StarGiftAuctionState`'s own constructors are accepted. */
export declare function readTypeStarGiftAuctionState(r: TlReader): TypeStarGiftAuctionState;
/** Writes a boxed `StarGiftAuctionUserState`: the constructor id, then its fields. */
export declare function writeTypeStarGiftAuctionUserState(w: TlWriter, v: TypeStarGiftAuctionUserState): void;
/** Reads a boxed `StarGiftAuctionUserState`: the constructor id, then that constructor's fields. Only `StarGiftAuctionUserState`'s own constructors are accepted. */
export declare function readTypeStarGiftAuctionUserState(r: TlReader): TypeStarGiftAuctionUserState;
/** Writes a boxed `StarGiftBackground`: the constructor id, then its fields. */
export declare function writeTypeStarGiftBackground(w: TlWriter, v: TypeStarGiftBackground): void;
/** Reads a boxed `StarGiftBackground`: the constructor id, then that constructor's fields. Only `StarGiftBackground`'s own constructors are accepted. */
export declare function readTypeStarGiftBackground(r: TlReader): TypeStarGiftBackground;
/** Writes a boxed `StarsAmount`: the constructor id, then its fields. */
export declare function writeTypeStarsAmount(w: TlWriter, v: TypeStarsAmount): void;
/** Reads a boxed `StarsAmount`: the constructor id, then that constructor's fields. Only `StarsAmount`'s own constructors are accepted. */
export declare function readTypeStarsAmount(r: TlReader): TypeStarsAmount;
/** Writes a boxed `StarsRevenueStatus`: the constructor id, then its fields. */
export declare function writeTypeStarsRevenueStatus(w: TlWriter, v: TypeStarsRevenueStatus): void;
/** Reads a boxed `StarsRevenueStatus`: the constructor id, then that constructor's fields. Only `StarsRevenueStatus`'s own constructors are accepted. */
export declare function readTypeStarsRevenueStatus(r: TlReader): TypeStarsRevenueStatus;
/** Writes a boxed `StarsSubscriptionPricing`: the constructor id, then its fields. */
export declare function writeTypeStarsSubscriptionPricing(w: TlWriter, v: TypeStarsSubscriptionPricing): void;
/** Reads a boxed `StarsSubscriptionPricing`: the constructor id, then that constructor's fields. Only `StarsSubscriptionPricing`'s own constructors are accepted. */
export declare function readTypeStarsSubscriptionPricing(r: TlReader): TypeStarsSubscriptionPricing;
/** Writes a boxed `StickerKeyword`: the constructor id, then its fields. */
export declare function writeTypeStickerKeyword(w: TlWriter, v: TypeStickerKeyword): void;
/** Reads a boxed `StickerKeyword`: the constructor id, then that constructor's fields. Only `StickerKeyword`'s own constructors are accepted. */
export declare function readTypeStickerKeyword(r: TlReader): TypeStickerKeyword;
/** Writes a boxed `StickerPack`: the constructor id, then its fields. */
export declare function writeTypeStickerPack(w: TlWriter, v: TypeStickerPack): void;
/** Reads a boxed `StickerPack`: the constructor id, then that constructor's fields. Only `StickerPack`'s own constructors are accepted. */
export declare function readTypeStickerPack(r: TlReader): TypeStickerPack;
/** Writes a boxed `StickerSet`: the constructor id, then its fields. */
export declare function writeTypeStickerSet(w: TlWriter, v: TypeStickerSet): void;
/** Reads a boxed `StickerSet`: the constructor id, then that constructor's fields. Only `StickerSet`'s own constructors are accepted. */
export declare function readTypeStickerSet(r: TlReader): TypeStickerSet;
/** Writes a boxed `StoriesStealthMode`: the constructor id, then its fields. */
export declare function writeTypeStoriesStealthMode(w: TlWriter, v: TypeStoriesStealthMode): void;
/** Reads a boxed `StoriesStealthMode`: the constructor id, then that constructor's fields. Only `StoriesStealthMode`'s own constructors are accepted. */
export declare function readTypeStoriesStealthMode(r: TlReader): TypeStoriesStealthMode;
/** Writes a boxed `StoryFwdHeader`: the constructor id, then its fields. */
export declare function writeTypeStoryFwdHeader(w: TlWriter, v: TypeStoryFwdHeader): void;
/** Reads a boxed `StoryFwdHeader`: the constructor id, then that constructor's fields. Only `StoryFwdHeader`'s own constructors are accepted. */
export declare function readTypeStoryFwdHeader(r: TlReader): TypeStoryFwdHeader;
/** Writes a boxed `StoryItem`: the constructor id, then its fields. */
export declare function writeTypeStoryItem(w: TlWriter, v: TypeStoryItem): void;
/** Reads a boxed `StoryItem`: the constructor id, then that constructor's fields. Only `StoryItem`'s own constructors are accepted. */
export declare function readTypeStoryItem(r: TlReader): TypeStoryItem;
/** Writes a boxed `StoryViews`: the constructor id, then its fields. */
export declare function writeTypeStoryViews(w: TlWriter, v: TypeStoryViews): void;
/** Reads a boxed `StoryViews`: the constructor id, then that constructor's fields. Only `StoryViews`'s own constructors are accepted. */
export declare function readTypeStoryViews(r: TlReader): TypeStoryViews;
/** Writes a boxed `SuggestedPost`: the constructor id, then its fields. */
export declare function writeTypeSuggestedPost(w: TlWriter, v: TypeSuggestedPost): void;
/** Reads a boxed `SuggestedPost`: the constructor id, then that constructor's fields. Only `SuggestedPost`'s own constructors are accepted. */
export declare function readTypeSuggestedPost(r: TlReader): TypeSuggestedPost;
/** Writes a boxed `TextWithEntities`: the constructor id, then its fields. */
export declare function writeTypeTextWithEntities(w: TlWriter, v: TypeTextWithEntities): void;
/** Reads a boxed `TextWithEntities`: the constructor id, then that constructor's fields. Only `TextWithEntities`'s own constructors are accepted. */
export declare function readTypeTextWithEntities(r: TlReader): TypeTextWithEntities;
/** Writes a boxed `Theme`: the constructor id, then its fields. */
export declare function writeTypeTheme(w: TlWriter, v: TypeTheme): void;
/** Reads a boxed `Theme`: the constructor id, then that constructor's fields. Only `Theme`'s own constructors are accepted. */
export declare function readTypeTheme(r: TlReader): TypeTheme;
/** Writes a boxed `ThemeSettings`: the constructor id, then its fields. */
export declare function writeTypeThemeSettings(w: TlWriter, v: TypeThemeSettings): void;
/** Reads a boxed `ThemeSettings`: the constructor id, then that constructor's fields. Only `ThemeSettings`'s own constructors are accepted. */
export declare function readTypeThemeSettings(r: TlReader): TypeThemeSettings;
/** Writes a boxed `TodoCompletion`: the constructor id, then its fields. */
export declare function writeTypeTodoCompletion(w: TlWriter, v: TypeTodoCompletion): void;
/** Reads a boxed `TodoCompletion`: the constructor id, then that constructor's fields. Only `TodoCompletion`'s own constructors are accepted. */
export declare function readTypeTodoCompletion(r: TlReader): TypeTodoCompletion;
/** Writes a boxed `TodoItem`: the constructor id, then its fields. */
export declare function writeTypeTodoItem(w: TlWriter, v: TypeTodoItem): void;
/** Reads a boxed `TodoItem`: the constructor id, then that constructor's fields. Only `TodoItem`'s own constructors are accepted. */
export declare function readTypeTodoItem(r: TlReader): TypeTodoItem;
/** Writes a boxed `TodoList`: the constructor id, then its fields. */
export declare function writeTypeTodoList(w: TlWriter, v: TypeTodoList): void;
/** Reads a boxed `TodoList`: the constructor id, then that constructor's fields. Only `TodoList`'s own constructors are accepted. */
export declare function readTypeTodoList(r: TlReader): TypeTodoList;
/** Writes a boxed `Update`: the constructor id, then its fields. */
export declare function writeTypeUpdate(w: TlWriter, v: TypeUpdate): void;
/** Reads a boxed `Update`: the constructor id, then that constructor's fields. Only `Update`'s own constructors are accepted. */
export declare function readTypeUpdate(r: TlReader): TypeUpdate;
/** Writes a boxed `Updates`: the constructor id, then its fields. */
export declare function writeTypeUpdates(w: TlWriter, v: TypeUpdates): void;
/** Reads a boxed `Updates`: the constructor id, then that constructor's fields. Only `Updates`'s own constructors are accepted. */
export declare function readTypeUpdates(r: TlReader): TypeUpdates;
/** Writes a boxed `User`: the constructor id, then its fields. */
export declare function writeTypeUser(w: TlWriter, v: TypeUser): void;
/** Reads a boxed `User`: the constructor id, then that constructor's fields. Only `User`'s own constructors are accepted. */
export declare function readTypeUser(r: TlReader): TypeUser;
/** Writes a boxed `UserProfilePhoto`: the constructor id, then its fields. */
export declare function writeTypeUserProfilePhoto(w: TlWriter, v: TypeUserProfilePhoto): void;
/** Reads a boxed `UserProfilePhoto`: the constructor id, then that constructor's fields. Only `UserProfilePhoto`'s own constructors are accepted. */
export declare function readTypeUserProfilePhoto(r: TlReader): TypeUserProfilePhoto;
/** Writes a boxed `UserStatus`: the constructor id, then its fields. */
export declare function writeTypeUserStatus(w: TlWriter, v: TypeUserStatus): void;
/** Reads a boxed `UserStatus`: the constructor id, then that constructor's fields. Only `UserStatus`'s own constructors are accepted. */
export declare function readTypeUserStatus(r: TlReader): TypeUserStatus;
/** Writes a boxed `Username`: the constructor id, then its fields. */
export declare function writeTypeUsername(w: TlWriter, v: TypeUsername): void;
/** Reads a boxed `Username`: the constructor id, then that constructor's fields. Only `Username`'s own constructors are accepted. */
export declare function readTypeUsername(r: TlReader): TypeUsername;
/** Writes a boxed `VideoSize`: the constructor id, then its fields. */
export declare function writeTypeVideoSize(w: TlWriter, v: TypeVideoSize): void;
/** Reads a boxed `VideoSize`: the constructor id, then that constructor's fields. Only `VideoSize`'s own constructors are accepted. */
export declare function readTypeVideoSize(r: TlReader): TypeVideoSize;
/** Writes a boxed `WallPaper`: the constructor id, then its fields. */
export declare function writeTypeWallPaper(w: TlWriter, v: TypeWallPaper): void;
/** Reads a boxed `WallPaper`: the constructor id, then that constructor's fields. Only `WallPaper`'s own constructors are accepted. */
export declare function readTypeWallPaper(r: TlReader): TypeWallPaper;
/** Writes a boxed `WallPaperSettings`: the constructor id, then its fields. */
export declare function writeTypeWallPaperSettings(w: TlWriter, v: TypeWallPaperSettings): void;
/** Reads a boxed `WallPaperSettings`: the constructor id, then that constructor's fields. Only `WallPaperSettings`'s own constructors are accepted. */
export declare function readTypeWallPaperSettings(r: TlReader): TypeWallPaperSettings;
/** Writes a boxed `WebDocument`: the constructor id, then its fields. */
export declare function writeTypeWebDocument(w: TlWriter, v: TypeWebDocument): void;
/** Reads a boxed `WebDocument`: the constructor id, then that constructor's fields. Only `WebDocument`'s own constructors are accepted. */
export declare function readTypeWebDocument(r: TlReader): TypeWebDocument;
/** Writes a boxed `WebDomainException`: the constructor id, then its fields. */
export declare function writeTypeWebDomainException(w: TlWriter, v: TypeWebDomainException): void;
/** Reads a boxed `WebDomainException`: the constructor id, then that constructor's fields. Only `WebDomainException`'s own constructors are accepted. */
export declare function readTypeWebDomainException(r: TlReader): TypeWebDomainException;
/** Writes a boxed `WebPage`: the constructor id, then its fields. */
export declare function writeTypeWebPage(w: TlWriter, v: TypeWebPage): void;
/** Reads a boxed `WebPage`: the constructor id, then that constructor's fields. Only `WebPage`'s own constructors are accepted. */
export declare function readTypeWebPage(r: TlReader): TypeWebPage;
/** Writes a boxed `WebPageAttribute`: the constructor id, then its fields. */
export declare function writeTypeWebPageAttribute(w: TlWriter, v: TypeWebPageAttribute): void;
/** Reads a boxed `WebPageAttribute`: the constructor id, then that constructor's fields. Only `WebPageAttribute`'s own constructors are accepted. */
export declare function readTypeWebPageAttribute(r: TlReader): TypeWebPageAttribute;
/** Writes a boxed `WebViewResult`: the constructor id, then its fields. */
export declare function writeTypeWebViewResult(w: TlWriter, v: TypeWebViewResult): void;
/** Reads a boxed `WebViewResult`: the constructor id, then that constructor's fields. Only `WebViewResult`'s own constructors are accepted. */
export declare function readTypeWebViewResult(r: TlReader): TypeWebViewResult;
/** Writes a boxed `auth.Authorization`: the constructor id, then its fields. */
export declare function writeTypeAuthAuthorization(w: TlWriter, v: TypeAuthAuthorization): void;
/** Reads a boxed `auth.Authorization`: the constructor id, then that constructor's fields. Only `auth.Authorization`'s own constructors are accepted. */
export declare function readTypeAuthAuthorization(r: TlReader): TypeAuthAuthorization;
/** Writes a boxed `auth.CodeType`: the constructor id, then its fields. */
export declare function writeTypeAuthCodeType(w: TlWriter, v: TypeAuthCodeType): void;
/** Reads a boxed `auth.CodeType`: the constructor id, then that constructor's fields. Only `auth.CodeType`'s own constructors are accepted. */
export declare function readTypeAuthCodeType(r: TlReader): TypeAuthCodeType;
/** Writes a boxed `auth.SentCode`: the constructor id, then its fields. */
export declare function writeTypeAuthSentCode(w: TlWriter, v: TypeAuthSentCode): void;
/** Reads a boxed `auth.SentCode`: the constructor id, then that constructor's fields. Only `auth.SentCode`'s own constructors are accepted. */
export declare function readTypeAuthSentCode(r: TlReader): TypeAuthSentCode;
/** Writes a boxed `auth.SentCodeType`: the constructor id, then its fields. */
export declare function writeTypeAuthSentCodeType(w: TlWriter, v: TypeAuthSentCodeType): void;
/** Reads a boxed `auth.SentCodeType`: the constructor id, then that constructor's fields. Only `auth.SentCodeType`'s own constructors are accepted. */
export declare function readTypeAuthSentCodeType(r: TlReader): TypeAuthSentCodeType;
/** Writes a boxed `chatlists.ChatlistInvite`: the constructor id, then its fields. */
export declare function writeTypeChatlistsChatlistInvite(w: TlWriter, v: TypeChatlistsChatlistInvite): void;
/** Reads a boxed `chatlists.ChatlistInvite`: the constructor id, then that constructor's fields. Only `chatlists.ChatlistInvite`'s own constructors are accepted. */
export declare function readTypeChatlistsChatlistInvite(r: TlReader): TypeChatlistsChatlistInvite;
/** Writes a boxed `chatlists.ExportedChatlistInvite`: the constructor id, then its fields. */
export declare function writeTypeChatlistsExportedChatlistInvite(w: TlWriter, v: TypeChatlistsExportedChatlistInvite): void;
/** Reads a boxed `chatlists.ExportedChatlistInvite`: the constructor id, then that constructor's fields. Only `chatlists.ExportedChatlistInvite`'s own constructors are accepted. */
export declare function readTypeChatlistsExportedChatlistInvite(r: TlReader): TypeChatlistsExportedChatlistInvite;
/** Writes a boxed `chatlists.ExportedInvites`: the constructor id, then its fields. */
export declare function writeTypeChatlistsExportedInvites(w: TlWriter, v: TypeChatlistsExportedInvites): void;
/** Reads a boxed `chatlists.ExportedInvites`: the constructor id, then that constructor's fields. Only `chatlists.ExportedInvites`'s own constructors are accepted. */
export declare function readTypeChatlistsExportedInvites(r: TlReader): TypeChatlistsExportedInvites;
/** Writes a boxed `help.InviteText`: the constructor id, then its fields. */
export declare function writeTypeHelpInviteText(w: TlWriter, v: TypeHelpInviteText): void;
/** Reads a boxed `help.InviteText`: the constructor id, then that constructor's fields. Only `help.InviteText`'s own constructors are accepted. */
export declare function readTypeHelpInviteText(r: TlReader): TypeHelpInviteText;
/** Writes a boxed `help.TermsOfService`: the constructor id, then its fields. */
export declare function writeTypeHelpTermsOfService(w: TlWriter, v: TypeHelpTermsOfService): void;
/** Reads a boxed `help.TermsOfService`: the constructor id, then that constructor's fields. Only `help.TermsOfService`'s own constructors are accepted. */
export declare function readTypeHelpTermsOfService(r: TlReader): TypeHelpTermsOfService;
/** Writes a boxed `messages.ChatAdminsWithInvites`: the constructor id, then its fields. */
export declare function writeTypeMessagesChatAdminsWithInvites(w: TlWriter, v: TypeMessagesChatAdminsWithInvites): void;
/** Reads a boxed `messages.ChatAdminsWithInvites`: the constructor id, then that constructor's fields. Only `messages.ChatAdminsWithInvites`'s own constructors are accepted. */
export declare function readTypeMessagesChatAdminsWithInvites(r: TlReader): TypeMessagesChatAdminsWithInvites;
/** Writes a boxed `messages.ChatInviteImporters`: the constructor id, then its fields. */
export declare function writeTypeMessagesChatInviteImporters(w: TlWriter, v: TypeMessagesChatInviteImporters): void;
/** Reads a boxed `messages.ChatInviteImporters`: the constructor id, then that constructor's fields. Only `messages.ChatInviteImporters`'s own constructors are accepted. */
export declare function readTypeMessagesChatInviteImporters(r: TlReader): TypeMessagesChatInviteImporters;
/** Writes a boxed `messages.ChatInviteJoinResult`: the constructor id, then its fields. */
export declare function writeTypeMessagesChatInviteJoinResult(w: TlWriter, v: TypeMessagesChatInviteJoinResult): void;
/** Reads a boxed `messages.ChatInviteJoinResult`: the constructor id, then that constructor's fields. Only `messages.ChatInviteJoinResult`'s own constructors are accepted. */
export declare function readTypeMessagesChatInviteJoinResult(r: TlReader): TypeMessagesChatInviteJoinResult;
/** Writes a boxed `messages.EmojiGameInfo`: the constructor id, then its fields. */
export declare function writeTypeMessagesEmojiGameInfo(w: TlWriter, v: TypeMessagesEmojiGameInfo): void;
/** Reads a boxed `messages.EmojiGameInfo`: the constructor id, then that constructor's fields. Only `messages.EmojiGameInfo`'s own constructors are accepted. */
export declare function readTypeMessagesEmojiGameInfo(r: TlReader): TypeMessagesEmojiGameInfo;
/** Writes a boxed `messages.EmojiGameOutcome`: the constructor id, then its fields. */
export declare function writeTypeMessagesEmojiGameOutcome(w: TlWriter, v: TypeMessagesEmojiGameOutcome): void;
/** Reads a boxed `messages.EmojiGameOutcome`: the constructor id, then that constructor's fields. Only `messages.EmojiGameOutcome`'s own constructors are accepted. */
export declare function readTypeMessagesEmojiGameOutcome(r: TlReader): TypeMessagesEmojiGameOutcome;
/** Writes a boxed `messages.ExportedChatInvite`: the constructor id, then its fields. */
export declare function writeTypeMessagesExportedChatInvite(w: TlWriter, v: TypeMessagesExportedChatInvite): void;
/** Reads a boxed `messages.ExportedChatInvite`: the constructor id, then that constructor's fields. Only `messages.ExportedChatInvite`'s own constructors are accepted. */
export declare function readTypeMessagesExportedChatInvite(r: TlReader): TypeMessagesExportedChatInvite;
/** Writes a boxed `messages.ExportedChatInvites`: the constructor id, then its fields. */
export declare function writeTypeMessagesExportedChatInvites(w: TlWriter, v: TypeMessagesExportedChatInvites): void;
/** Reads a boxed `messages.ExportedChatInvites`: the constructor id, then that constructor's fields. Only `messages.ExportedChatInvites`'s own constructors are accepted. */
export declare function readTypeMessagesExportedChatInvites(r: TlReader): TypeMessagesExportedChatInvites;
/** Writes a boxed `messages.InvitedUsers`: the constructor id, then its fields. */
export declare function writeTypeMessagesInvitedUsers(w: TlWriter, v: TypeMessagesInvitedUsers): void;
/** Reads a boxed `messages.InvitedUsers`: the constructor id, then that constructor's fields. Only `messages.InvitedUsers`'s own constructors are accepted. */
export declare function readTypeMessagesInvitedUsers(r: TlReader): TypeMessagesInvitedUsers;
/** Writes a boxed `messages.StickerSet`: the constructor id, then its fields. */
export declare function writeTypeMessagesStickerSet(w: TlWriter, v: TypeMessagesStickerSet): void;
/** Reads a boxed `messages.StickerSet`: the constructor id, then that constructor's fields. Only `messages.StickerSet`'s own constructors are accepted. */
export declare function readTypeMessagesStickerSet(r: TlReader): TypeMessagesStickerSet;
/** Writes a boxed `phone.ExportedGroupCallInvite`: the constructor id, then its fields. */
export declare function writeTypePhoneExportedGroupCallInvite(w: TlWriter, v: TypePhoneExportedGroupCallInvite): void;
/** Reads a boxed `phone.ExportedGroupCallInvite`: the constructor id, then that constructor's fields. Only `phone.ExportedGroupCallInvite`'s own constructors are accepted. */
export declare function readTypePhoneExportedGroupCallInvite(r: TlReader): TypePhoneExportedGroupCallInvite;
export { LAYER } from "./layer.js";
