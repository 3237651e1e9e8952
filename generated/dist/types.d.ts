/**
 * Describes a bid in an [auction](https://corefork.telegram.org/api/auctions).
 *
 * Constructor of `AuctionBidLevel`; its id is `0x310240cc`.
 * ```tl
 * auctionBidLevel#310240cc pos:int amount:long date:int = AuctionBidLevel;
 * ```
 * Declared at schema/api.tl:1565.
 */
export interface AuctionBidLevel {
    /** TL constructor `auctionBidLevel`. */
    _: "auctionBidLevel";
    /** Position of the bid. */
    pos: number;
    /** Amount of the bid in [Telegram Stars](https://corefork.telegram.org/api/stars). */
    amount: bigint;
    /** Date when the bid was placed. */
    date: number;
}
/**
 * Contains user authorization info.
 *
 * Constructor of `auth.Authorization`; its id is `0x2ea2c0d4`.
 * ```tl
 * auth.authorization#2ea2c0d4 flags:# setup_password_required:flags.1?true otherwise_relogin_days:flags.1?int tmp_sessions:flags.0?int future_auth_token:flags.2?bytes user:User = auth.Authorization;
 * ```
 * Declared at schema/api.tl:207.
 */
export interface AuthAuthorization {
    /** TL constructor `auth.authorization`. */
    _: "auth.authorization";
    /**
     * Suggests the user to set up a 2-step verification password to be able to log in again
     *
     * Optional: bit 1 of `flags` (TL `setup_password_required:flags.1?…`).
     *
     * Shares its flag bit with `otherwiseReloginDays`, `setupPasswordRequired`: true exactly when those are given.
     */
    setupPasswordRequired?: boolean;
    /**
     * If and only if setup_password_required is set and the user declines to set a 2-step verification password, they will be able to log into their account via SMS again only after this many days pass.
     *
     * Optional: bit 1 of `flags` (TL `otherwise_relogin_days:flags.1?…`).
     *
     * Shares its flag bit with `otherwiseReloginDays`, `setupPasswordRequired`: give all of the value fields or none (checked in the types and at runtime).
     */
    otherwiseReloginDays?: number;
    /**
     * Temporary [passport](https://corefork.telegram.org/passport) sessions
     *
     * Optional: bit 0 of `flags` (TL `tmp_sessions:flags.0?…`).
     */
    tmpSessions?: number;
    /**
     * A [future auth token](https://corefork.telegram.org/api/auth#future-auth-tokens)
     *
     * Optional: bit 2 of `flags` (TL `future_auth_token:flags.2?…`).
     */
    futureAuthToken?: Uint8Array;
    /** Info on authorized user */
    user: TypeUser;
}
/**
 * An account with this phone number doesn't exist on telegram: the user has to [enter basic information and sign up](https://corefork.telegram.org/api/auth)
 *
 * Constructor of `auth.Authorization`; its id is `0x44747e9a`.
 * ```tl
 * auth.authorizationSignUpRequired#44747e9a flags:# terms_of_service:flags.0?help.TermsOfService = auth.Authorization;
 * ```
 * Declared at schema/api.tl:208.
 */
export interface AuthAuthorizationSignUpRequired {
    /** TL constructor `auth.authorizationSignUpRequired`. */
    _: "auth.authorizationSignUpRequired";
    /**
     * Telegram's terms of service: the user must read and accept the terms of service before signing up to telegram
     *
     * Optional: bit 0 of `flags` (TL `terms_of_service:flags.0?…`).
     */
    termsOfService?: TypeHelpTermsOfService;
}
/**
 * The next time, the authentication code is to be delivered via an outgoing phone call.
 *
 * Constructor of `auth.CodeType`; its id is `0x741cd3e3`.
 * ```tl
 * auth.codeTypeCall#741cd3e3 = auth.CodeType;
 * ```
 * Declared at schema/api.tl:707.
 */
export interface AuthCodeTypeCall {
    /** TL constructor `auth.codeTypeCall`. */
    _: "auth.codeTypeCall";
}
/**
 * The next time, the authentication code will be delivered via an immediately canceled incoming call.
 *
 * Constructor of `auth.CodeType`; its id is `0x226ccefb`.
 * ```tl
 * auth.codeTypeFlashCall#226ccefb = auth.CodeType;
 * ```
 * Declared at schema/api.tl:708.
 */
export interface AuthCodeTypeFlashCall {
    /** TL constructor `auth.codeTypeFlashCall`. */
    _: "auth.codeTypeFlashCall";
}
/**
 * The next time, the authentication code will be delivered via [fragment.com](https://fragment.com/)
 *
 * Constructor of `auth.CodeType`; its id is `0x06ed998c`.
 * ```tl
 * auth.codeTypeFragmentSms#06ed998c = auth.CodeType;
 * ```
 * Declared at schema/api.tl:710.
 */
export interface AuthCodeTypeFragmentSms {
    /** TL constructor `auth.codeTypeFragmentSms`. */
    _: "auth.codeTypeFragmentSms";
}
/**
 * The next time, the authentication code will be delivered via an immediately canceled incoming call, handled manually by the user.
 *
 * Constructor of `auth.CodeType`; its id is `0xd61ad6ee`.
 * ```tl
 * auth.codeTypeMissedCall#d61ad6ee = auth.CodeType;
 * ```
 * Declared at schema/api.tl:709.
 */
export interface AuthCodeTypeMissedCall {
    /** TL constructor `auth.codeTypeMissedCall`. */
    _: "auth.codeTypeMissedCall";
}
/**
 * The next time, the authentication code will be delivered via an immediately canceled incoming call.
 *
 * Constructor of `auth.CodeType`; its id is `0x72a3158c`.
 * ```tl
 * auth.codeTypeSms#72a3158c = auth.CodeType;
 * ```
 * Declared at schema/api.tl:706.
 */
export interface AuthCodeTypeSms {
    /** TL constructor `auth.codeTypeSms`. */
    _: "auth.codeTypeSms";
}
/**
 * Contains info about a sent verification code.
 *
 * Constructor of `auth.SentCode`; its id is `0x5e002502`.
 * ```tl
 * auth.sentCode#5e002502 flags:# type:auth.SentCodeType phone_code_hash:string next_type:flags.1?auth.CodeType timeout:flags.2?int = auth.SentCode;
 * ```
 * Declared at schema/api.tl:204.
 */
export interface AuthSentCode {
    /** TL constructor `auth.sentCode`. */
    _: "auth.sentCode";
    /** Phone code type */
    type: TypeAuthSentCodeType;
    /** Phone code hash, to be stored and later re-used with {@link auth.RawSignInRequest} */
    phoneCodeHash: string;
    /**
     * Phone code type that will be sent next, if the phone code is not received within `timeout` seconds: to send it use {@link auth.RawResendCodeRequest}
     *
     * Optional: bit 1 of `flags` (TL `next_type:flags.1?…`).
     */
    nextType?: TypeAuthCodeType;
    /**
     * Timeout for reception of the phone code
     *
     * Optional: bit 2 of `flags` (TL `timeout:flags.2?…`).
     */
    timeout?: number;
}
/**
 * Official apps may receive this constructor, indicating that due to the high cost of SMS verification codes for the user's country/provider, the user must purchase a [Telegram Premium](https://corefork.telegram.org/api/premium) subscription in order to proceed with the login/signup, see [here »](https://corefork.telegram.org/api/auth#paid-auth) for more info.
 *
 * Constructor of `auth.SentCode`; its id is `0xf8827ebf`.
 * ```tl
 * auth.sentCodePaymentRequired#f8827ebf store_product:string phone_code_hash:string support_email_address:string support_email_subject:string premium_days:int currency:string amount:long = auth.SentCode;
 * ```
 * Declared at schema/api.tl:206.
 */
export interface AuthSentCodePaymentRequired {
    /** TL constructor `auth.sentCodePaymentRequired`. */
    _: "auth.sentCodePaymentRequired";
    /** For official apps, tore identifier of the Telegram Premium subscription. */
    storeProduct: string;
    /** Phone code hash, to be stored and later re-used with {@link auth.RawSignInRequest} */
    phoneCodeHash: string;
    /** An email address that can be contacted for more information about this request. */
    supportEmailAddress: string;
    /** The mandatory subject for the email. */
    supportEmailSubject: string;
    /** TL field `premium_days`. */
    premiumDays: number;
    /** Three-letter ISO 4217 [currency](https://corefork.telegram.org/bots/payments#supported-currencies) code. */
    currency: string;
    /** Total price in the smallest units of the currency (integer, not float/double). For example, for a price of `US$ 1.45` pass `amount = 145`. See the exp parameter in [currencies.json](https://corefork.telegram.org/bots/payments/currencies.json), it shows the number of digits past the decimal point for each currency (2 for the majority of currencies). */
    amount: bigint;
}
/**
 * The user successfully authorized using [future auth tokens](https://corefork.telegram.org/api/auth#future-auth-tokens)
 *
 * Constructor of `auth.SentCode`; its id is `0x2390fe44`.
 * ```tl
 * auth.sentCodeSuccess#2390fe44 authorization:auth.Authorization = auth.SentCode;
 * ```
 * Declared at schema/api.tl:205.
 */
export interface AuthSentCodeSuccess {
    /** TL constructor `auth.sentCodeSuccess`. */
    _: "auth.sentCodeSuccess";
    /** Authorization info */
    authorization: TypeAuthAuthorization;
}
/**
 * The code was sent through the telegram app
 *
 * Constructor of `auth.SentCodeType`; its id is `0x3dbb5986`.
 * ```tl
 * auth.sentCodeTypeApp#3dbb5986 length:int = auth.SentCodeType;
 * ```
 * Declared at schema/api.tl:711.
 */
export interface AuthSentCodeTypeApp {
    /** TL constructor `auth.sentCodeTypeApp`. */
    _: "auth.sentCodeTypeApp";
    /** Length of the code in bytes */
    length: number;
}
/**
 * The code will be sent via a phone call: a synthesized voice will tell the user which verification code to input.
 *
 * Constructor of `auth.SentCodeType`; its id is `0x5353e5a7`.
 * ```tl
 * auth.sentCodeTypeCall#5353e5a7 length:int = auth.SentCodeType;
 * ```
 * Declared at schema/api.tl:713.
 */
export interface AuthSentCodeTypeCall {
    /** TL constructor `auth.sentCodeTypeCall`. */
    _: "auth.sentCodeTypeCall";
    /** Length of the verification code */
    length: number;
}
/**
 * The code was sent via the [previously configured login email »](https://corefork.telegram.org/api/auth#email-verification)
 *
 * Constructor of `auth.SentCodeType`; its id is `0xf450f59b`.
 * ```tl
 * auth.sentCodeTypeEmailCode#f450f59b flags:# apple_signin_allowed:flags.0?true google_signin_allowed:flags.1?true email_pattern:string length:int reset_available_period:flags.3?int reset_pending_date:flags.4?int = auth.SentCodeType;
 * ```
 * Declared at schema/api.tl:716.
 */
export interface AuthSentCodeTypeEmailCode {
    /** TL constructor `auth.sentCodeTypeEmailCode`. */
    _: "auth.sentCodeTypeEmailCode";
    /**
     * Whether authorization through Apple ID is allowed
     *
     * Optional: bit 0 of `flags` (TL `apple_signin_allowed:flags.0?…`).
     */
    appleSigninAllowed?: boolean;
    /**
     * Whether authorization through Google ID is allowed
     *
     * Optional: bit 1 of `flags` (TL `google_signin_allowed:flags.1?…`).
     */
    googleSigninAllowed?: boolean;
    /** [Pattern](https://corefork.telegram.org/api/pattern) of the email */
    emailPattern: string;
    /** Length of the sent verification code */
    length: number;
    /**
     * Clients should wait for the specified amount of seconds before allowing the user to invoke {@link auth.RawResetLoginEmailRequest} (will be 0 for [Premium](https://corefork.telegram.org/api/premium) users).
     *
     * Optional: bit 3 of `flags` (TL `reset_available_period:flags.3?…`).
     */
    resetAvailablePeriod?: number;
    /**
     * An email reset was already requested, and will occur at the specified date.
     *
     * Optional: bit 4 of `flags` (TL `reset_pending_date:flags.4?…`).
     */
    resetPendingDate?: number;
}
/**
 * An authentication code should be delivered via SMS after Firebase attestation, as described in the [auth documentation »](https://corefork.telegram.org/api/auth).
 *
 * Constructor of `auth.SentCodeType`; its id is `0x009fd736`.
 * ```tl
 * auth.sentCodeTypeFirebaseSms#009fd736 flags:# nonce:flags.0?bytes play_integrity_project_id:flags.2?long play_integrity_nonce:flags.2?bytes receipt:flags.1?string push_timeout:flags.1?int length:int = auth.SentCodeType;
 * ```
 * Declared at schema/api.tl:719.
 */
export type AuthSentCodeTypeFirebaseSms = {
    /**
     * TL constructor `auth.sentCodeTypeFirebaseSms`.
     */
    _: "auth.sentCodeTypeFirebaseSms";
    /**
     * On Android, the nonce to be used as described in the [auth documentation »](https://corefork.telegram.org/api/auth)
     *
     * Optional: bit 0 of `flags` (TL `nonce:flags.0?…`).
     */
    nonce?: Uint8Array;
    /**
     * Length of the code that will be delivered.
     */
    length: number;
} & ({
    /**
     * Google Play Integrity project ID
     *
     * Optional: bit 2 of `flags` (TL `play_integrity_project_id:flags.2?…`).
     *
     * Shares its flag bit with `playIntegrityProjectId`, `playIntegrityNonce`: give all of the value fields or none (checked in the types and at runtime).
     */
    playIntegrityProjectId: bigint;
    /**
     * Play Integrity API nonce
     *
     * Optional: bit 2 of `flags` (TL `play_integrity_nonce:flags.2?…`).
     *
     * Shares its flag bit with `playIntegrityProjectId`, `playIntegrityNonce`: give all of the value fields or none (checked in the types and at runtime).
     */
    playIntegrityNonce: Uint8Array;
} | {
    /**
     * Given together with `playIntegrityNonce`, or not at all.
     */
    playIntegrityProjectId?: undefined;
    /**
     * Given together with `playIntegrityProjectId`, or not at all.
     */
    playIntegrityNonce?: undefined;
}) & ({
    /**
     * On iOS, must be compared with the `receipt` extracted from the received push notification.
     *
     * Optional: bit 1 of `flags` (TL `receipt:flags.1?…`).
     *
     * Shares its flag bit with `receipt`, `pushTimeout`: give all of the value fields or none (checked in the types and at runtime).
     */
    receipt: string;
    /**
     * On iOS: if a push notification with the `ios_push_secret` isn't received within `push_timeout` seconds, the `next_type` authentication method must be used, with {@link auth.RawResendCodeRequest}.
     *
     * Optional: bit 1 of `flags` (TL `push_timeout:flags.1?…`).
     *
     * Shares its flag bit with `receipt`, `pushTimeout`: give all of the value fields or none (checked in the types and at runtime).
     */
    pushTimeout: number;
} | {
    /**
     * Given together with `pushTimeout`, or not at all.
     */
    receipt?: undefined;
    /**
     * Given together with `receipt`, or not at all.
     */
    pushTimeout?: undefined;
});
/**
 * The code will be sent via a flash phone call, that will be closed immediately. The phone code will then be the phone number itself, just make sure that the phone number matches the specified pattern.
 *
 * Constructor of `auth.SentCodeType`; its id is `0xab03c6d9`.
 * ```tl
 * auth.sentCodeTypeFlashCall#ab03c6d9 pattern:string = auth.SentCodeType;
 * ```
 * Declared at schema/api.tl:714.
 */
export interface AuthSentCodeTypeFlashCall {
    /** TL constructor `auth.sentCodeTypeFlashCall`. */
    _: "auth.sentCodeTypeFlashCall";
    /** [pattern](https://corefork.telegram.org/api/pattern) to match */
    pattern: string;
}
/**
 * The code was delivered via [fragment.com](https://fragment.com/).
 *
 * Constructor of `auth.SentCodeType`; its id is `0xd9565c39`.
 * ```tl
 * auth.sentCodeTypeFragmentSms#d9565c39 url:string length:int = auth.SentCodeType;
 * ```
 * Declared at schema/api.tl:718.
 */
export interface AuthSentCodeTypeFragmentSms {
    /** TL constructor `auth.sentCodeTypeFragmentSms`. */
    _: "auth.sentCodeTypeFragmentSms";
    /** Open the specified URL to log into [fragment.com](https://fragment.com/) with the wallet that owns the specified phone number and view the code. */
    url: string;
    /** Length of the delivered code. */
    length: number;
}
/**
 * The code will be sent via a flash phone call, that will be closed immediately. The last digits of the phone number that calls are the code that must be entered manually by the user.
 *
 * Constructor of `auth.SentCodeType`; its id is `0x82006484`.
 * ```tl
 * auth.sentCodeTypeMissedCall#82006484 prefix:string length:int = auth.SentCodeType;
 * ```
 * Declared at schema/api.tl:715.
 */
export interface AuthSentCodeTypeMissedCall {
    /** TL constructor `auth.sentCodeTypeMissedCall`. */
    _: "auth.sentCodeTypeMissedCall";
    /** Prefix of the phone number from which the call will be made */
    prefix: string;
    /** Length of the verification code */
    length: number;
}
/**
 * The user should add and verify an email address in order to login as described [here »](https://corefork.telegram.org/api/auth#email-verification).
 *
 * Constructor of `auth.SentCodeType`; its id is `0xa5491dea`.
 * ```tl
 * auth.sentCodeTypeSetUpEmailRequired#a5491dea flags:# apple_signin_allowed:flags.0?true google_signin_allowed:flags.1?true = auth.SentCodeType;
 * ```
 * Declared at schema/api.tl:717.
 */
export interface AuthSentCodeTypeSetUpEmailRequired {
    /** TL constructor `auth.sentCodeTypeSetUpEmailRequired`. */
    _: "auth.sentCodeTypeSetUpEmailRequired";
    /**
     * Whether authorization through Apple ID is allowed
     *
     * Optional: bit 0 of `flags` (TL `apple_signin_allowed:flags.0?…`).
     */
    appleSigninAllowed?: boolean;
    /**
     * Whether authorization through Google ID is allowed
     *
     * Optional: bit 1 of `flags` (TL `google_signin_allowed:flags.1?…`).
     */
    googleSigninAllowed?: boolean;
}
/**
 * The code was sent via SMS
 *
 * Constructor of `auth.SentCodeType`; its id is `0xc000bba2`.
 * ```tl
 * auth.sentCodeTypeSms#c000bba2 length:int = auth.SentCodeType;
 * ```
 * Declared at schema/api.tl:712.
 */
export interface AuthSentCodeTypeSms {
    /** TL constructor `auth.sentCodeTypeSms`. */
    _: "auth.sentCodeTypeSms";
    /** Length of the code in bytes */
    length: number;
}
/**
 * The code was sent via SMS as a secret phrase starting with the word specified in `beginning`
 *
 * Constructor of `auth.SentCodeType`; its id is `0xb37794af`.
 * ```tl
 * auth.sentCodeTypeSmsPhrase#b37794af flags:# beginning:flags.0?string = auth.SentCodeType;
 * ```
 * Declared at schema/api.tl:721.
 */
export interface AuthSentCodeTypeSmsPhrase {
    /** TL constructor `auth.sentCodeTypeSmsPhrase`. */
    _: "auth.sentCodeTypeSmsPhrase";
    /**
     * If set, the secret phrase (and the SMS) starts with this word.
     *
     * Optional: bit 0 of `flags` (TL `beginning:flags.0?…`).
     */
    beginning?: string;
}
/**
 * The code was sent via SMS as a secret word, starting with the letter specified in `beginning`
 *
 * Constructor of `auth.SentCodeType`; its id is `0xa416ac81`.
 * ```tl
 * auth.sentCodeTypeSmsWord#a416ac81 flags:# beginning:flags.0?string = auth.SentCodeType;
 * ```
 * Declared at schema/api.tl:720.
 */
export interface AuthSentCodeTypeSmsWord {
    /** TL constructor `auth.sentCodeTypeSmsWord`. */
    _: "auth.sentCodeTypeSmsWord";
    /**
     * If set, the secret word in the sent SMS (which may contain multiple words) starts with this letter.
     *
     * Optional: bit 0 of `flags` (TL `beginning:flags.0?…`).
     */
    beginning?: string;
}
/**
 * Arctic theme
 *
 * Constructor of `BaseTheme`; its id is `0x5b11125a`.
 * ```tl
 * baseThemeArctic#5b11125a = BaseTheme;
 * ```
 * Declared at schema/api.tl:1088.
 */
export interface BaseThemeArctic {
    /** TL constructor `baseThemeArctic`. */
    _: "baseThemeArctic";
}
/**
 * Classic theme
 *
 * Constructor of `BaseTheme`; its id is `0xc3a12462`.
 * ```tl
 * baseThemeClassic#c3a12462 = BaseTheme;
 * ```
 * Declared at schema/api.tl:1084.
 */
export interface BaseThemeClassic {
    /** TL constructor `baseThemeClassic`. */
    _: "baseThemeClassic";
}
/**
 * Day theme
 *
 * Constructor of `BaseTheme`; its id is `0xfbd81688`.
 * ```tl
 * baseThemeDay#fbd81688 = BaseTheme;
 * ```
 * Declared at schema/api.tl:1085.
 */
export interface BaseThemeDay {
    /** TL constructor `baseThemeDay`. */
    _: "baseThemeDay";
}
/**
 * Night theme
 *
 * Constructor of `BaseTheme`; its id is `0xb7b31ea8`.
 * ```tl
 * baseThemeNight#b7b31ea8 = BaseTheme;
 * ```
 * Declared at schema/api.tl:1086.
 */
export interface BaseThemeNight {
    /** TL constructor `baseThemeNight`. */
    _: "baseThemeNight";
}
/**
 * Tinted theme
 *
 * Constructor of `BaseTheme`; its id is `0x6d5f77ee`.
 * ```tl
 * baseThemeTinted#6d5f77ee = BaseTheme;
 * ```
 * Declared at schema/api.tl:1087.
 */
export interface BaseThemeTinted {
    /** TL constructor `baseThemeTinted`. */
    _: "baseThemeTinted";
}
/**
 * [Birthday](https://corefork.telegram.org/api/profile#birthday) information for a user.
 *
 * Also used to invite users to gift [Telegram Premium subscriptions »](https://corefork.telegram.org/api/premium#gifting-telegram-premium) to other users with birthdays within a +1/-1 day time range, related to the current day.
 *
 * Constructor of `Birthday`; its id is `0x6c8e1e06`.
 * ```tl
 * birthday#6c8e1e06 flags:# day:int month:int year:flags.0?int = Birthday;
 * ```
 * Declared at schema/api.tl:1415.
 */
export interface Birthday {
    /** TL constructor `birthday`. */
    _: "birthday";
    /** Birth day */
    day: number;
    /** Birth month */
    month: number;
    /**
     * (Optional) birth year.
     *
     * Optional: bit 0 of `flags` (TL `year:flags.0?…`).
     */
    year?: number;
}
/**
 * Info about one or more [boosts](https://corefork.telegram.org/api/boost) applied by a specific user.
 *
 * Constructor of `Boost`; its id is `0x4b3e14d6`.
 * ```tl
 * boost#4b3e14d6 flags:# gift:flags.1?true giveaway:flags.2?true unclaimed:flags.3?true id:string user_id:flags.0?long giveaway_msg_id:flags.2?int date:int expires:int used_gift_slug:flags.4?string multiplier:flags.5?int stars:flags.6?long = Boost;
 * ```
 * Declared at schema/api.tl:1356.
 */
export interface Boost {
    /** TL constructor `boost`. */
    _: "boost";
    /**
     * Whether this boost was applied because the channel/supergroup [directly gifted a subscription to the user](https://corefork.telegram.org/api/giveaways).
     *
     * Optional: bit 1 of `flags` (TL `gift:flags.1?…`).
     */
    gift?: boolean;
    /**
     * Whether this boost was applied because the user was chosen in a [giveaway started by the channel/supergroup](https://corefork.telegram.org/api/giveaways).
     *
     * Optional: bit 2 of `flags` (TL `giveaway:flags.2?…`).
     *
     * Shares its flag bit with `giveawayMsgId`, `giveaway`: true exactly when those are given.
     */
    giveaway?: boolean;
    /**
     * If set, the user hasn't yet invoked {@link payments.RawApplyGiftCodeRequest} to claim a subscription gifted [directly or in a giveaway by the channel](https://corefork.telegram.org/api/giveaways).
     *
     * Optional: bit 3 of `flags` (TL `unclaimed:flags.3?…`).
     */
    unclaimed?: boolean;
    /** Unique ID for this set of boosts. */
    id: string;
    /**
     * ID of the user that applied the boost.
     *
     * Optional: bit 0 of `flags` (TL `user_id:flags.0?…`).
     */
    userId?: bigint;
    /**
     * The message ID of the [giveaway](https://corefork.telegram.org/api/giveaways)
     *
     * Optional: bit 2 of `flags` (TL `giveaway_msg_id:flags.2?…`).
     *
     * Shares its flag bit with `giveawayMsgId`, `giveaway`: give all of the value fields or none (checked in the types and at runtime).
     */
    giveawayMsgId?: number;
    /** When was the boost applied */
    date: number;
    /** When does the boost expire */
    expires: number;
    /**
     * The created Telegram Premium gift code, only set if either `gift` or `giveaway` are set AND it is either a gift code for the currently logged in user or if it was already claimed.
     *
     * Optional: bit 4 of `flags` (TL `used_gift_slug:flags.4?…`).
     */
    usedGiftSlug?: string;
    /**
     * If set, this boost counts as `multiplier` boosts, otherwise it counts as a single boost.
     *
     * Optional: bit 5 of `flags` (TL `multiplier:flags.5?…`).
     */
    multiplier?: number;
    /**
     * Number of Telegram Stars distributed among the winners of the giveaway.
     *
     * Optional: bit 6 of `flags` (TL `stars:flags.6?…`).
     */
    stars?: bigint;
}
/**
 * Contains information about a [direct link Mini App](https://corefork.telegram.org/api/bots/webapps#direct-link-mini-apps).
 *
 * Constructor of `BotApp`; its id is `0x95fcd1d6`.
 * ```tl
 * botApp#95fcd1d6 flags:# id:long access_hash:long short_name:string title:string description:string photo:Photo document:flags.0?Document hash:long = BotApp;
 * ```
 * Declared at schema/api.tl:1305.
 */
export interface BotApp {
    /** TL constructor `botApp`. */
    _: "botApp";
    /** bot mini app ID */
    id: bigint;
    /** bot mini app access hash */
    accessHash: bigint;
    /** bot mini app short name, used to generate [Direct Mini App deep links](https://corefork.telegram.org/api/links#direct-mini-app-links). */
    shortName: string;
    /** bot mini app title. */
    title: string;
    /** bot mini app description. */
    description: string;
    /** bot mini app photo. */
    photo: TypePhoto;
    /**
     * bot mini app animation.
     *
     * Optional: bit 0 of `flags` (TL `document:flags.0?…`).
     */
    document?: TypeDocument;
    /** Hash to pass to {@link messages.RawGetBotAppRequest}, to avoid refetching bot app info if it hasn't changed. */
    hash: bigint;
}
/**
 * Bot app info hasn't changed.
 *
 * Constructor of `BotApp`; its id is `0x5da674b7`.
 * ```tl
 * botAppNotModified#5da674b7 = BotApp;
 * ```
 * Declared at schema/api.tl:1304.
 */
export interface BotAppNotModified {
    /** TL constructor `botAppNotModified`. */
    _: "botAppNotModified";
}
/**
 * Contains info about a [bot business connection](https://corefork.telegram.org/api/bots/connected-business-bots).
 *
 * Constructor of `BotBusinessConnection`; its id is `0x8f34b2f5`.
 * ```tl
 * botBusinessConnection#8f34b2f5 flags:# disabled:flags.1?true connection_id:string user_id:long dc_id:int date:int rights:flags.2?BusinessBotRights = BotBusinessConnection;
 * ```
 * Declared at schema/api.tl:1416.
 */
export interface BotBusinessConnection {
    /** TL constructor `botBusinessConnection`. */
    _: "botBusinessConnection";
    /**
     * Whether this business connection is currently disabled
     *
     * Optional: bit 1 of `flags` (TL `disabled:flags.1?…`).
     */
    disabled?: boolean;
    /** Business connection ID, used to identify messages coming from the connection and to reply to them as specified [here »](https://corefork.telegram.org/api/bots/connected-business-bots). */
    connectionId: string;
    /** ID of the user that the bot is connected to via this connection. */
    userId: bigint;
    /** ID of the datacenter where to send queries wrapped in a {@link RawInvokeWithBusinessConnectionRequest} as specified [here »](https://corefork.telegram.org/api/bots/connected-business-bots). */
    dcId: number;
    /** When was the connection created. */
    date: number;
    /**
     * Business bot rights.
     *
     * Optional: bit 2 of `flags` (TL `rights:flags.2?…`).
     */
    rights?: TypeBusinessBotRights;
}
/**
 * Describes a bot command that can be used in a chat
 *
 * Constructor of `BotCommand`; its id is `0xc27ac8c7`.
 * ```tl
 * botCommand#c27ac8c7 command:string description:string = BotCommand;
 * ```
 * Declared at schema/api.tl:600.
 */
export interface BotCommand {
    /** TL constructor `botCommand`. */
    _: "botCommand";
    /** `/command` name */
    command: string;
    /** Description of the command */
    description: string;
}
/**
 * [Bot menu button](https://corefork.telegram.org/api/bots/menu) that opens a [web app](https://corefork.telegram.org/api/bots/webapps) when clicked.
 *
 * Constructor of `BotMenuButton`; its id is `0xc7b57ce6`.
 * ```tl
 * botMenuButton#c7b57ce6 text:string url:string = BotMenuButton;
 * ```
 * Declared at schema/api.tl:1209.
 */
export interface BotMenuButton {
    /** TL constructor `botMenuButton`. */
    _: "botMenuButton";
    /** Title to be displayed on the menu button instead of 'Menu' */
    text: string;
    /** URL of a [web app](https://corefork.telegram.org/api/bots/webapps) to open when the user clicks on the button */
    url: string;
}
/**
 * [Bot menu button](https://corefork.telegram.org/api/bots/menu) that opens the bot command list when clicked.
 *
 * Constructor of `BotMenuButton`; its id is `0x4258c205`.
 * ```tl
 * botMenuButtonCommands#4258c205 = BotMenuButton;
 * ```
 * Declared at schema/api.tl:1208.
 */
export interface BotMenuButtonCommands {
    /** TL constructor `botMenuButtonCommands`. */
    _: "botMenuButtonCommands";
}
/**
 * Placeholder [bot menu button](https://corefork.telegram.org/api/bots/menu) never returned to users: see [the docs for more info](https://corefork.telegram.org/api/bots/menu).
 *
 * Constructor of `BotMenuButton`; its id is `0x7533a588`.
 * ```tl
 * botMenuButtonDefault#7533a588 = BotMenuButton;
 * ```
 * Declared at schema/api.tl:1207.
 */
export interface BotMenuButtonDefault {
    /** TL constructor `botMenuButtonDefault`. */
    _: "botMenuButtonDefault";
}
/**
 * Describes a [bot verification icon »](https://corefork.telegram.org/api/bots/verification).
 *
 * Constructor of `BotVerification`; its id is `0xf93cd45c`.
 * ```tl
 * botVerification#f93cd45c bot_id:long icon:long description:string = BotVerification;
 * ```
 * Declared at schema/api.tl:1495.
 */
export interface BotVerification {
    /** TL constructor `botVerification`. */
    _: "botVerification";
    /** ID of the bot that verified this peer */
    botId: bigint;
    /** Verification icon */
    icon: bigint;
    /** Verification description */
    description: string;
}
/**
 * [Business bot rights](https://corefork.telegram.org/api/bots/connected-business-bots).
 *
 * Constructor of `BusinessBotRights`; its id is `0xa0624cf7`.
 * ```tl
 * businessBotRights#a0624cf7 flags:# reply:flags.0?true read_messages:flags.1?true delete_sent_messages:flags.2?true delete_received_messages:flags.3?true edit_name:flags.4?true edit_bio:flags.5?true edit_profile_photo:flags.6?true edit_username:flags.7?true view_gifts:flags.8?true sell_gifts:flags.9?true change_gift_settings:flags.10?true transfer_and_upgrade_gifts:flags.11?true transfer_stars:flags.12?true manage_stories:flags.13?true = BusinessBotRights;
 * ```
 * Declared at schema/api.tl:1518.
 */
export interface BusinessBotRights {
    /** TL constructor `businessBotRights`. */
    _: "businessBotRights";
    /**
     * Whether the bot can send and edit messages in private chats that had incoming messages in the last 24 hours.
     *
     * Optional: bit 0 of `flags` (TL `reply:flags.0?…`).
     */
    reply?: boolean;
    /**
     * Whether the bot can mark incoming private messages as read.
     *
     * Optional: bit 1 of `flags` (TL `read_messages:flags.1?…`).
     */
    readMessages?: boolean;
    /**
     * Whether the bot can delete messages sent by the bot.
     *
     * Optional: bit 2 of `flags` (TL `delete_sent_messages:flags.2?…`).
     */
    deleteSentMessages?: boolean;
    /**
     * Whether the bot can delete received private messages in managed chats.
     *
     * Optional: bit 3 of `flags` (TL `delete_received_messages:flags.3?…`).
     */
    deleteReceivedMessages?: boolean;
    /**
     * Whether the bot can edit the first and last name of the business account.
     *
     * Optional: bit 4 of `flags` (TL `edit_name:flags.4?…`).
     */
    editName?: boolean;
    /**
     * Whether the bot can edit the bio of the business account.
     *
     * Optional: bit 5 of `flags` (TL `edit_bio:flags.5?…`).
     */
    editBio?: boolean;
    /**
     * Whether the bot can edit the profile photo of the business account.
     *
     * Optional: bit 6 of `flags` (TL `edit_profile_photo:flags.6?…`).
     */
    editProfilePhoto?: boolean;
    /**
     * Whether the bot can edit the username of the business account.
     *
     * Optional: bit 7 of `flags` (TL `edit_username:flags.7?…`).
     */
    editUsername?: boolean;
    /**
     * Whether the bot can view gifts and the amount of Telegram Stars owned by the business account.
     *
     * Optional: bit 8 of `flags` (TL `view_gifts:flags.8?…`).
     */
    viewGifts?: boolean;
    /**
     * Whether the bot can convert regular gifts owned by the business account to Telegram Stars.
     *
     * Optional: bit 9 of `flags` (TL `sell_gifts:flags.9?…`).
     */
    sellGifts?: boolean;
    /**
     * Whether the bot can change the privacy settings pertaining to gifts for the business account.
     *
     * Optional: bit 10 of `flags` (TL `change_gift_settings:flags.10?…`).
     */
    changeGiftSettings?: boolean;
    /**
     * Whether the bot can transfer and upgrade gifts owned by the business account.
     *
     * Optional: bit 11 of `flags` (TL `transfer_and_upgrade_gifts:flags.11?…`).
     */
    transferAndUpgradeGifts?: boolean;
    /**
     * Whether the bot can transfer Telegram Stars received by the business account to its own account, or use them to upgrade and transfer gifts.
     *
     * Optional: bit 12 of `flags` (TL `transfer_stars:flags.12?…`).
     */
    transferStars?: boolean;
    /**
     * Whether the bot can post, edit and delete stories on behalf of the business account.
     *
     * Optional: bit 13 of `flags` (TL `manage_stories:flags.13?…`).
     */
    manageStories?: boolean;
}
/**
 * Channel/supergroup info
 *
 * When updating the [local peer database](https://corefork.telegram.org/api/peers), all fields from the newly received constructor take priority over the old constructor cached locally (including by removing fields that aren't set in the new constructor).
 *
 * The only exception to the above rule is when the `min` flag is set, in which case **only** the following fields must be applied over any locally stored version:
 *
 * See [here »](https://github.com/tdlib/td/blob/a24af0992245f838f2b4b418a0a2d5fa9caa27b5/td/telegram/ChatManager.cpp#L8329) for an implementation of the logic to use when updating the [local user peer database](https://corefork.telegram.org/api/peers).
 *
 * Constructor of `Chat`; its id is `0x1c32b11c`.
 * ```tl
 * channel#1c32b11c flags:# creator:flags.0?true left:flags.2?true broadcast:flags.5?true verified:flags.7?true megagroup:flags.8?true restricted:flags.9?true signatures:flags.11?true min:flags.12?true scam:flags.19?true has_link:flags.20?true has_geo:flags.21?true slowmode_enabled:flags.22?true call_active:flags.23?true call_not_empty:flags.24?true fake:flags.25?true gigagroup:flags.26?true noforwards:flags.27?true join_to_send:flags.28?true join_request:flags.29?true forum:flags.30?true flags2:# stories_hidden:flags2.1?true stories_hidden_min:flags2.2?true stories_unavailable:flags2.3?true signature_profiles:flags2.12?true autotranslation:flags2.15?true broadcast_messages_allowed:flags2.16?true monoforum:flags2.17?true forum_tabs:flags2.19?true id:long access_hash:flags.13?long title:string username:flags.6?string photo:ChatPhoto date:int restriction_reason:flags.9?Vector<RestrictionReason> admin_rights:flags.14?ChatAdminRights banned_rights:flags.15?ChatBannedRights default_banned_rights:flags.18?ChatBannedRights participants_count:flags.17?int usernames:flags2.0?Vector<Username> stories_max_id:flags2.4?RecentStory color:flags2.7?PeerColor profile_color:flags2.8?PeerColor emoji_status:flags2.9?EmojiStatus level:flags2.10?int subscription_until_date:flags2.11?int bot_verification_icon:flags2.13?long send_paid_messages_stars:flags2.14?long linked_monoforum_id:flags2.18?long = Chat;
 * ```
 * Declared at schema/api.tl:92.
 */
export interface Channel {
    /** TL constructor `channel`. */
    _: "channel";
    /**
     * Whether the current user is the creator of this channel
     *
     * Optional: bit 0 of `flags` (TL `creator:flags.0?…`).
     */
    creator?: boolean;
    /**
     * Whether the current user has left or is not a member of this channel
     *
     * Optional: bit 2 of `flags` (TL `left:flags.2?…`).
     */
    left?: boolean;
    /**
     * Is this a channel?
     *
     * Optional: bit 5 of `flags` (TL `broadcast:flags.5?…`).
     */
    broadcast?: boolean;
    /**
     * Is this channel verified by telegram?
     *
     * Optional: bit 7 of `flags` (TL `verified:flags.7?…`).
     */
    verified?: boolean;
    /**
     * Is this a supergroup?
     * Changes to this flag should invalidate the local {@link RawChannelFull} cache for this channel/supergroup ID, see [here »](https://corefork.telegram.org/api/peers#full-info-database) for more info.
     *
     * Optional: bit 8 of `flags` (TL `megagroup:flags.8?…`).
     */
    megagroup?: boolean;
    /**
     * Whether viewing/writing in this channel for a reason (see `restriction_reason`)
     *
     * Optional: bit 9 of `flags` (TL `restricted:flags.9?…`).
     *
     * Shares its flag bit with `restrictionReason`, `restricted`: true exactly when those are given.
     */
    restricted?: boolean;
    /**
     * Whether signatures are enabled (channels)
     *
     * Optional: bit 11 of `flags` (TL `signatures:flags.11?…`).
     */
    signatures?: boolean;
    /**
     * See [min](https://corefork.telegram.org/api/min)
     *
     * Optional: bit 12 of `flags` (TL `min:flags.12?…`).
     */
    min?: boolean;
    /**
     * This channel/supergroup is probably a scam
     * Changes to this flag should invalidate the local {@link RawChannelFull} cache for this channel/supergroup ID, see [here »](https://corefork.telegram.org/api/peers#full-info-database) for more info.
     *
     * Optional: bit 19 of `flags` (TL `scam:flags.19?…`).
     */
    scam?: boolean;
    /**
     * Whether this channel has a linked [discussion group »](https://corefork.telegram.org/api/discussion) (or this supergroup is a channel's discussion group). The actual ID of the linked channel/supergroup is contained in {@link RawChannelFull}.`linked_chat_id`.
     * Changes to this flag should invalidate the local {@link RawChannelFull} cache for this channel/supergroup ID, see [here »](https://corefork.telegram.org/api/peers#full-info-database) for more info.
     *
     * Optional: bit 20 of `flags` (TL `has_link:flags.20?…`).
     */
    hasLink?: boolean;
    /**
     * Whether this channel has a geo position
     *
     * Optional: bit 21 of `flags` (TL `has_geo:flags.21?…`).
     */
    hasGeo?: boolean;
    /**
     * Whether slow mode is enabled for groups to prevent flood in chat.
     * Changes to this flag should invalidate the local {@link RawChannelFull} cache for this channel/supergroup ID, see [here »](https://corefork.telegram.org/api/peers#full-info-database) for more info.
     *
     * Optional: bit 22 of `flags` (TL `slowmode_enabled:flags.22?…`).
     */
    slowmodeEnabled?: boolean;
    /**
     * Whether a group call or livestream is currently active
     *
     * Optional: bit 23 of `flags` (TL `call_active:flags.23?…`).
     */
    callActive?: boolean;
    /**
     * Whether there's anyone in the group call or livestream
     *
     * Optional: bit 24 of `flags` (TL `call_not_empty:flags.24?…`).
     */
    callNotEmpty?: boolean;
    /**
     * If set, this [supergroup/channel](https://corefork.telegram.org/api/channel) was reported by many users as a fake or scam: be careful when interacting with it.
     * Changes to this flag should invalidate the local {@link RawChannelFull} cache for this channel/supergroup ID, see [here »](https://corefork.telegram.org/api/peers#full-info-database) for more info.
     *
     * Optional: bit 25 of `flags` (TL `fake:flags.25?…`).
     */
    fake?: boolean;
    /**
     * Whether this [supergroup](https://corefork.telegram.org/api/channel) is a gigagroup
     * Changes to this flag should invalidate the local {@link RawChannelFull} cache for this channel/supergroup ID, see [here »](https://corefork.telegram.org/api/peers#full-info-database) for more info.
     *
     * Optional: bit 26 of `flags` (TL `gigagroup:flags.26?…`).
     */
    gigagroup?: boolean;
    /**
     * Whether this channel or group is [protected](https://telegram.org/blog/content-protection-delete-by-date-and-more), thus does not allow forwarding messages from it
     *
     * Optional: bit 27 of `flags` (TL `noforwards:flags.27?…`).
     */
    noforwards?: boolean;
    /**
     * Whether a user needs to join the supergroup before they can send messages: can be false only for [discussion groups »](https://corefork.telegram.org/api/discussion), toggle using {@link channels.RawToggleJoinToSendRequest}
     * Changes to this flag should invalidate the local {@link RawChannelFull} cache for this channel/supergroup ID, see [here »](https://corefork.telegram.org/api/peers#full-info-database) for more info.
     *
     * Optional: bit 28 of `flags` (TL `join_to_send:flags.28?…`).
     */
    joinToSend?: boolean;
    /**
     * Whether a user's join request will have to be [approved by administrators](https://corefork.telegram.org/api/invites#join-requests), toggle using {@link channels.RawToggleJoinRequestRequest}
     * Changes to this flag should invalidate the local {@link RawChannelFull} cache for this channel/supergroup ID, see [here »](https://corefork.telegram.org/api/peers#full-info-database) for more info.
     *
     * Optional: bit 29 of `flags` (TL `join_request:flags.29?…`).
     */
    joinRequest?: boolean;
    /**
     * Whether this supergroup is a [forum](https://corefork.telegram.org/api/forum).
     * Changes to this flag should invalidate the local {@link RawChannelFull} cache for this channel/supergroup ID, see [here »](https://corefork.telegram.org/api/peers#full-info-database) for more info.
     *
     * Optional: bit 30 of `flags` (TL `forum:flags.30?…`).
     */
    forum?: boolean;
    /**
     * Whether we have [hidden all stories posted by this channel »](https://corefork.telegram.org/api/stories#hiding-stories-of-other-users).
     *
     * Optional: bit 1 of `flags2` (TL `stories_hidden:flags2.1?…`).
     */
    storiesHidden?: boolean;
    /**
     * If set, indicates that the `stories_hidden` flag was not populated, and its value must cannot be relied on; use the previously cached value, or re-fetch the constructor using {@link channels.RawGetChannelsRequest} to obtain the latest value of the `stories_hidden` flag.
     *
     * Optional: bit 2 of `flags2` (TL `stories_hidden_min:flags2.2?…`).
     */
    storiesHiddenMin?: boolean;
    /**
     * No stories from the channel are visible.
     *
     * Optional: bit 3 of `flags2` (TL `stories_unavailable:flags2.3?…`).
     */
    storiesUnavailable?: boolean;
    /**
     * If set, messages sent by admins to this channel will link to the admin's profile (just like with groups).
     *
     * Optional: bit 12 of `flags2` (TL `signature_profiles:flags2.12?…`).
     */
    signatureProfiles?: boolean;
    /**
     * If set, [autotranslation](https://corefork.telegram.org/api/translation#autotranslation-for-channels) was enabled for all users by the admin of the channel, as specified [here »](https://corefork.telegram.org/api/translation#autotranslation-for-channels).
     *
     * Optional: bit 15 of `flags2` (TL `autotranslation:flags2.15?…`).
     */
    autotranslation?: boolean;
    /**
     * If set, this channel has an associated [monoforum »](https://corefork.telegram.org/api/monoforum), and its ID is specified in the `linked_monoforum_id` flag.
     *
     * Optional: bit 16 of `flags2` (TL `broadcast_messages_allowed:flags2.16?…`).
     */
    broadcastMessagesAllowed?: boolean;
    /**
     * If set, this is a [monoforum »](https://corefork.telegram.org/api/monoforum), and the ID of the associated channel is specified in the `linked_monoforum_id`.
     *
     * Optional: bit 17 of `flags2` (TL `monoforum:flags2.17?…`).
     */
    monoforum?: boolean;
    /**
     * [If set, enables the tabbed forum UI »](https://corefork.telegram.org/api/forum#tabbed-or-list-based-forum-ui).
     *
     * Optional: bit 19 of `flags2` (TL `forum_tabs:flags2.19?…`).
     */
    forumTabs?: boolean;
    /** ID of the channel, see [here »](https://corefork.telegram.org/api/peers#peer-id) for more info and the available ID range. */
    id: bigint;
    /**
     * Access hash, see [here »](https://corefork.telegram.org/api/peers#access-hash) for more info
     *
     * Optional: bit 13 of `flags` (TL `access_hash:flags.13?…`).
     */
    accessHash?: bigint;
    /** Title */
    title: string;
    /**
     * Main active username.
     *
     * Optional: bit 6 of `flags` (TL `username:flags.6?…`).
     */
    username?: string;
    /** Profile photo */
    photo: TypeChatPhoto;
    /** Date when the user joined the supergroup/channel, or if the user isn't a member, its creation date */
    date: number;
    /**
     * Contains the reason why access to this channel must be restricted.
     * Changes to this flag should invalidate the local {@link RawChannelFull} cache for this channel/supergroup ID, see [here »](https://corefork.telegram.org/api/peers#full-info-database) for more info.
     *
     * Optional: bit 9 of `flags` (TL `restriction_reason:flags.9?…`).
     *
     * Shares its flag bit with `restrictionReason`, `restricted`: give all of the value fields or none (checked in the types and at runtime).
     */
    restrictionReason?: TypeRestrictionReason[];
    /**
     * Admin rights of the user in this channel (see [rights](https://corefork.telegram.org/api/rights))
     *
     * Optional: bit 14 of `flags` (TL `admin_rights:flags.14?…`).
     */
    adminRights?: TypeChatAdminRights;
    /**
     * Banned rights of the user in this channel (see [rights](https://corefork.telegram.org/api/rights))
     *
     * Optional: bit 15 of `flags` (TL `banned_rights:flags.15?…`).
     */
    bannedRights?: TypeChatBannedRights;
    /**
     * Default chat rights (see [rights](https://corefork.telegram.org/api/rights))
     *
     * Optional: bit 18 of `flags` (TL `default_banned_rights:flags.18?…`).
     */
    defaultBannedRights?: TypeChatBannedRights;
    /**
     * Participant count
     *
     * Optional: bit 17 of `flags` (TL `participants_count:flags.17?…`).
     */
    participantsCount?: number;
    /**
     * Additional usernames
     *
     * Optional: bit 0 of `flags2` (TL `usernames:flags2.0?…`).
     */
    usernames?: TypeUsername[];
    /**
     * ID of the maximum read [story](https://corefork.telegram.org/api/stories).
     *
     * Optional: bit 4 of `flags2` (TL `stories_max_id:flags2.4?…`).
     */
    storiesMaxId?: TypeRecentStory;
    /**
     * The channel's [accent color](https://corefork.telegram.org/api/colors).
     *
     * Optional: bit 7 of `flags2` (TL `color:flags2.7?…`).
     */
    color?: TypePeerColor;
    /**
     * The channel's [profile color](https://corefork.telegram.org/api/colors).
     *
     * Optional: bit 8 of `flags2` (TL `profile_color:flags2.8?…`).
     */
    profileColor?: TypePeerColor;
    /**
     * [Emoji status](https://corefork.telegram.org/api/emoji-status)
     *
     * Optional: bit 9 of `flags2` (TL `emoji_status:flags2.9?…`).
     */
    emojiStatus?: TypeEmojiStatus;
    /**
     * [Boost level](https://corefork.telegram.org/api/boost).
     * Changes to this flag should invalidate the local {@link RawChannelFull} cache for this channel/supergroup ID, see [here »](https://corefork.telegram.org/api/peers#full-info-database) for more info.
     *
     * Optional: bit 10 of `flags2` (TL `level:flags2.10?…`).
     */
    level?: number;
    /**
     * Expiration date of the [Telegram Star subscription »](https://corefork.telegram.org/api/stars#star-subscriptions) the current user has bought to gain access to this channel.
     *
     * Optional: bit 11 of `flags2` (TL `subscription_until_date:flags2.11?…`).
     */
    subscriptionUntilDate?: number;
    /**
     * Describes a [bot verification icon »](https://corefork.telegram.org/api/bots/verification).
     *
     * Optional: bit 13 of `flags2` (TL `bot_verification_icon:flags2.13?…`).
     */
    botVerificationIcon?: bigint;
    /**
     * If set, this supergroup or [monoforum](https://corefork.telegram.org/api/monoforum) has enabled [paid messages »](https://corefork.telegram.org/api/paid-messages), we _might_ need to pay the specified amount of [Stars](https://corefork.telegram.org/api/stars) to send messages to it, depending on the configured exceptions: check {@link RawChannelFull}.`send_paid_messages_stars` to see if the currently logged in user actually has to pay or not, see [here »](https://corefork.telegram.org/api/paid-messages) for the full flow (only set for the monoforum, not the associated channel).
     *
     * Optional: bit 14 of `flags2` (TL `send_paid_messages_stars:flags2.14?…`).
     */
    sendPaidMessagesStars?: bigint;
    /**
     * For channels with associated [monoforums](https://corefork.telegram.org/api/monoforum), the [monoforum](https://corefork.telegram.org/api/monoforum) ID. For [Monoforums](https://corefork.telegram.org/api/monoforum), the ID of the associated channel.
     *
     * Optional: bit 18 of `flags2` (TL `linked_monoforum_id:flags2.18?…`).
     */
    linkedMonoforumId?: bigint;
}
/**
 * Indicates a channel/supergroup we can't access because we were banned, or for some other reason.
 *
 * Constructor of `Chat`; its id is `0x17d493d5`.
 * ```tl
 * channelForbidden#17d493d5 flags:# broadcast:flags.5?true megagroup:flags.8?true monoforum:flags.10?true id:long access_hash:long title:string until_date:flags.16?int = Chat;
 * ```
 * Declared at schema/api.tl:93.
 */
export interface ChannelForbidden {
    /** TL constructor `channelForbidden`. */
    _: "channelForbidden";
    /**
     * Is this a channel
     *
     * Optional: bit 5 of `flags` (TL `broadcast:flags.5?…`).
     */
    broadcast?: boolean;
    /**
     * Is this a supergroup
     *
     * Optional: bit 8 of `flags` (TL `megagroup:flags.8?…`).
     */
    megagroup?: boolean;
    /**
     * If set, this is a [monoforum »](https://corefork.telegram.org/api/monoforum).
     *
     * Optional: bit 10 of `flags` (TL `monoforum:flags.10?…`).
     */
    monoforum?: boolean;
    /** Channel ID */
    id: bigint;
    /** Access hash */
    accessHash: bigint;
    /** Title */
    title: string;
    /**
     * The ban is valid until the specified date
     *
     * Optional: bit 16 of `flags` (TL `until_date:flags.16?…`).
     */
    untilDate?: number;
}
/**
 * Channel/supergroup participant
 *
 * Constructor of `ChannelParticipant`; its id is `0x1bd54456`.
 * ```tl
 * channelParticipant#1bd54456 flags:# user_id:long date:int subscription_until_date:flags.0?int rank:flags.2?string = ChannelParticipant;
 * ```
 * Declared at schema/api.tl:660.
 */
export interface ChannelParticipant {
    /** TL constructor `channelParticipant`. */
    _: "channelParticipant";
    /** Participant user ID */
    userId: bigint;
    /** Date joined */
    date: number;
    /**
     * If set, contains the expiration date of the current [Telegram Star subscription period »](https://corefork.telegram.org/api/stars#star-subscriptions) for the specified participant.
     *
     * Optional: bit 0 of `flags` (TL `subscription_until_date:flags.0?…`).
     */
    subscriptionUntilDate?: number;
    /**
     * The participant's [tag »](https://corefork.telegram.org/api/rank).
     *
     * Optional: bit 2 of `flags` (TL `rank:flags.2?…`).
     */
    rank?: string;
}
/**
 * Admin
 *
 * Constructor of `ChannelParticipant`; its id is `0x34c3bb53`.
 * ```tl
 * channelParticipantAdmin#34c3bb53 flags:# can_edit:flags.0?true self:flags.1?true user_id:long inviter_id:flags.1?long promoted_by:long date:int admin_rights:ChatAdminRights rank:flags.2?string = ChannelParticipant;
 * ```
 * Declared at schema/api.tl:663.
 */
export interface ChannelParticipantAdmin {
    /** TL constructor `channelParticipantAdmin`. */
    _: "channelParticipantAdmin";
    /**
     * Can this admin promote other admins with the same permissions?
     *
     * Optional: bit 0 of `flags` (TL `can_edit:flags.0?…`).
     */
    canEdit?: boolean;
    /**
     * Is this the current user
     *
     * Optional: bit 1 of `flags` (TL `self:flags.1?…`).
     *
     * Shares its flag bit with `inviterId`, `self`: true exactly when those are given.
     */
    self?: boolean;
    /** Admin user ID */
    userId: bigint;
    /**
     * User that invited the admin to the channel/group
     *
     * Optional: bit 1 of `flags` (TL `inviter_id:flags.1?…`).
     *
     * Shares its flag bit with `inviterId`, `self`: give all of the value fields or none (checked in the types and at runtime).
     */
    inviterId?: bigint;
    /** User that promoted the user to admin */
    promotedBy: bigint;
    /** When did the user join */
    date: number;
    /** Admin [rights](https://corefork.telegram.org/api/rights) */
    adminRights: TypeChatAdminRights;
    /**
     * The participant's [tag »](https://corefork.telegram.org/api/rank), defaults to "Admin" if not set.
     *
     * Optional: bit 2 of `flags` (TL `rank:flags.2?…`).
     */
    rank?: string;
}
/**
 * Banned/kicked user
 *
 * Constructor of `ChannelParticipant`; its id is `0xd5f0ad91`.
 * ```tl
 * channelParticipantBanned#d5f0ad91 flags:# left:flags.0?true peer:Peer kicked_by:long date:int banned_rights:ChatBannedRights rank:flags.2?string = ChannelParticipant;
 * ```
 * Declared at schema/api.tl:664.
 */
export interface ChannelParticipantBanned {
    /** TL constructor `channelParticipantBanned`. */
    _: "channelParticipantBanned";
    /**
     * Whether the user has left the group
     *
     * Optional: bit 0 of `flags` (TL `left:flags.0?…`).
     */
    left?: boolean;
    /** The banned peer */
    peer: TypePeer;
    /** User was kicked by the specified admin */
    kickedBy: bigint;
    /** When did the user join the group */
    date: number;
    /** Banned [rights](https://corefork.telegram.org/api/rights) */
    bannedRights: TypeChatBannedRights;
    /**
     * The participant's [tag »](https://corefork.telegram.org/api/rank).
     *
     * Optional: bit 2 of `flags` (TL `rank:flags.2?…`).
     */
    rank?: string;
}
/**
 * Channel/supergroup creator
 *
 * Constructor of `ChannelParticipant`; its id is `0x2fe601d3`.
 * ```tl
 * channelParticipantCreator#2fe601d3 flags:# user_id:long admin_rights:ChatAdminRights rank:flags.0?string = ChannelParticipant;
 * ```
 * Declared at schema/api.tl:662.
 */
export interface ChannelParticipantCreator {
    /** TL constructor `channelParticipantCreator`. */
    _: "channelParticipantCreator";
    /** User ID */
    userId: bigint;
    /** Creator admin rights */
    adminRights: TypeChatAdminRights;
    /**
     * The participant's [tag »](https://corefork.telegram.org/api/rank), defaults to "Owner" if not set.
     *
     * Optional: bit 0 of `flags` (TL `rank:flags.0?…`).
     */
    rank?: string;
}
/**
 * A participant that left the channel/supergroup
 *
 * Constructor of `ChannelParticipant`; its id is `0x1b03f006`.
 * ```tl
 * channelParticipantLeft#1b03f006 peer:Peer = ChannelParticipant;
 * ```
 * Declared at schema/api.tl:665.
 */
export interface ChannelParticipantLeft {
    /** TL constructor `channelParticipantLeft`. */
    _: "channelParticipantLeft";
    /** The peer that left */
    peer: TypePeer;
}
/**
 * Myself
 *
 * Constructor of `ChannelParticipant`; its id is `0xa9478a1a`.
 * ```tl
 * channelParticipantSelf#a9478a1a flags:# via_request:flags.0?true user_id:long inviter_id:long date:int subscription_until_date:flags.1?int rank:flags.2?string = ChannelParticipant;
 * ```
 * Declared at schema/api.tl:661.
 */
export interface ChannelParticipantSelf {
    /** TL constructor `channelParticipantSelf`. */
    _: "channelParticipantSelf";
    /**
     * Whether I joined upon specific approval of an admin
     *
     * Optional: bit 0 of `flags` (TL `via_request:flags.0?…`).
     */
    viaRequest?: boolean;
    /** User ID */
    userId: bigint;
    /** User that invited me to the channel/supergroup */
    inviterId: bigint;
    /** When did I join the channel/supergroup */
    date: number;
    /**
     * If set, contains the expiration date of the current [Telegram Star subscription period »](https://corefork.telegram.org/api/stars#star-subscriptions) for the specified participant.
     *
     * Optional: bit 1 of `flags` (TL `subscription_until_date:flags.1?…`).
     */
    subscriptionUntilDate?: number;
    /**
     * The participant's [tag »](https://corefork.telegram.org/api/rank).
     *
     * Optional: bit 2 of `flags` (TL `rank:flags.2?…`).
     */
    rank?: string;
}
/**
 * Info about a group.
 *
 * When updating the [local peer database](https://corefork.telegram.org/api/peers), all fields from the newly received constructor take priority over the old constructor cached locally (including by removing fields that aren't set in the new constructor).
 *
 * See [here »](https://github.com/tdlib/td/blob/a24af0992245f838f2b4b418a0a2d5fa9caa27b5/td/telegram/ChatManager.cpp#L5152) for an implementation of the logic to use when updating the [local user peer database](https://corefork.telegram.org/api/peers).
 *
 * Constructor of `Chat`; its id is `0x41cbf256`.
 * ```tl
 * chat#41cbf256 flags:# creator:flags.0?true left:flags.2?true deactivated:flags.5?true call_active:flags.23?true call_not_empty:flags.24?true noforwards:flags.25?true id:long title:string photo:ChatPhoto participants_count:int date:int version:int migrated_to:flags.6?InputChannel admin_rights:flags.14?ChatAdminRights default_banned_rights:flags.18?ChatBannedRights = Chat;
 * ```
 * Declared at schema/api.tl:90.
 */
export interface Chat {
    /** TL constructor `chat`. */
    _: "chat";
    /**
     * Whether the current user is the creator of the group
     *
     * Optional: bit 0 of `flags` (TL `creator:flags.0?…`).
     */
    creator?: boolean;
    /**
     * Whether the current user has left the group
     *
     * Optional: bit 2 of `flags` (TL `left:flags.2?…`).
     */
    left?: boolean;
    /**
     * Whether the group was [migrated](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 5 of `flags` (TL `deactivated:flags.5?…`).
     */
    deactivated?: boolean;
    /**
     * Whether a group call is currently active
     *
     * Optional: bit 23 of `flags` (TL `call_active:flags.23?…`).
     */
    callActive?: boolean;
    /**
     * Whether there's anyone in the group call
     *
     * Optional: bit 24 of `flags` (TL `call_not_empty:flags.24?…`).
     */
    callNotEmpty?: boolean;
    /**
     * Whether this group is [protected](https://telegram.org/blog/content-protection-delete-by-date-and-more), thus does not allow forwarding messages from it
     *
     * Optional: bit 25 of `flags` (TL `noforwards:flags.25?…`).
     */
    noforwards?: boolean;
    /** ID of the group, see [here »](https://corefork.telegram.org/api/peers#peer-id) for more info and the available ID range. */
    id: bigint;
    /** Title */
    title: string;
    /** Chat photo */
    photo: TypeChatPhoto;
    /** Participant count */
    participantsCount: number;
    /** Date of creation of the group */
    date: number;
    /** Used in basic groups to reorder updates and make sure that all of them were received. */
    version: number;
    /**
     * Means this chat was [upgraded](https://corefork.telegram.org/api/channel) to a supergroup
     *
     * Optional: bit 6 of `flags` (TL `migrated_to:flags.6?…`).
     */
    migratedTo?: TypeInputChannel;
    /**
     * [Admin rights](https://corefork.telegram.org/api/rights) of the user in the group
     *
     * Optional: bit 14 of `flags` (TL `admin_rights:flags.14?…`).
     */
    adminRights?: TypeChatAdminRights;
    /**
     * [Default banned rights](https://corefork.telegram.org/api/rights) of all users in the group
     *
     * Optional: bit 18 of `flags` (TL `default_banned_rights:flags.18?…`).
     */
    defaultBannedRights?: TypeChatBannedRights;
}
/**
 * Represents the rights of an admin in a [channel/supergroup](https://corefork.telegram.org/api/channel).
 *
 * Constructor of `ChatAdminRights`; its id is `0x5fb224d5`.
 * ```tl
 * chatAdminRights#5fb224d5 flags:# change_info:flags.0?true post_messages:flags.1?true edit_messages:flags.2?true delete_messages:flags.3?true ban_users:flags.4?true invite_users:flags.5?true pin_messages:flags.7?true add_admins:flags.9?true anonymous:flags.10?true manage_call:flags.11?true other:flags.12?true manage_topics:flags.13?true post_stories:flags.14?true edit_stories:flags.15?true delete_stories:flags.16?true manage_direct_messages:flags.17?true manage_ranks:flags.18?true = ChatAdminRights;
 * ```
 * Declared at schema/api.tl:1046.
 */
export interface ChatAdminRights {
    /** TL constructor `chatAdminRights`. */
    _: "chatAdminRights";
    /**
     * If set, allows the admin to modify the description of the [channel/supergroup](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 0 of `flags` (TL `change_info:flags.0?…`).
     */
    changeInfo?: boolean;
    /**
     * If set, allows the admin to post messages in the [channel](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 1 of `flags` (TL `post_messages:flags.1?…`).
     */
    postMessages?: boolean;
    /**
     * If set, allows the admin to also edit messages from other admins in the [channel](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 2 of `flags` (TL `edit_messages:flags.2?…`).
     */
    editMessages?: boolean;
    /**
     * If set, allows the admin to also delete messages from other admins in the [channel](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 3 of `flags` (TL `delete_messages:flags.3?…`).
     */
    deleteMessages?: boolean;
    /**
     * If set, allows the admin to ban users from the [channel/supergroup](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 4 of `flags` (TL `ban_users:flags.4?…`).
     */
    banUsers?: boolean;
    /**
     * If set, allows the admin to invite users in the [channel/supergroup](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 5 of `flags` (TL `invite_users:flags.5?…`).
     */
    inviteUsers?: boolean;
    /**
     * If set, allows the admin to pin messages in the [channel/supergroup](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 7 of `flags` (TL `pin_messages:flags.7?…`).
     */
    pinMessages?: boolean;
    /**
     * If set, allows the admin to add other admins with the same (or more limited) permissions in the [channel/supergroup](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 9 of `flags` (TL `add_admins:flags.9?…`).
     */
    addAdmins?: boolean;
    /**
     * Whether this admin is anonymous
     *
     * Optional: bit 10 of `flags` (TL `anonymous:flags.10?…`).
     */
    anonymous?: boolean;
    /**
     * If set, allows the admin to change group call/livestream settings
     *
     * Optional: bit 11 of `flags` (TL `manage_call:flags.11?…`).
     */
    manageCall?: boolean;
    /**
     * Set this flag if none of the other flags are set, but you still want the user to be an admin: if this or any of the other flags are set, the admin can get the chat [admin log](https://corefork.telegram.org/api/recent-actions), get [chat statistics](https://corefork.telegram.org/api/stats), get [message statistics in channels](https://corefork.telegram.org/api/stats), get channel members, see anonymous administrators in supergroups and ignore slow mode.
     *
     * Optional: bit 12 of `flags` (TL `other:flags.12?…`).
     */
    other?: boolean;
    /**
     * If set, allows the admin to create, delete or modify [forum topics »](https://corefork.telegram.org/api/forum#forum-topics).
     *
     * Optional: bit 13 of `flags` (TL `manage_topics:flags.13?…`).
     */
    manageTopics?: boolean;
    /**
     * If set, allows the admin to post [stories](https://corefork.telegram.org/api/stories) as the [channel](https://corefork.telegram.org/api/channel).
     *
     * Optional: bit 14 of `flags` (TL `post_stories:flags.14?…`).
     */
    postStories?: boolean;
    /**
     * If set, allows the admin to edit [stories](https://corefork.telegram.org/api/stories) posted by the other admins of the [channel](https://corefork.telegram.org/api/channel).
     *
     * Optional: bit 15 of `flags` (TL `edit_stories:flags.15?…`).
     */
    editStories?: boolean;
    /**
     * If set, allows the admin to delete [stories](https://corefork.telegram.org/api/stories) posted by the other admins of the [channel](https://corefork.telegram.org/api/channel).
     *
     * Optional: bit 16 of `flags` (TL `delete_stories:flags.16?…`).
     */
    deleteStories?: boolean;
    /**
     * If set, allows the admin to manage the [direct messages monoforum »](https://corefork.telegram.org/api/monoforum) and [decline suggested posts »](https://corefork.telegram.org/api/suggested-posts).
     *
     * Optional: bit 17 of `flags` (TL `manage_direct_messages:flags.17?…`).
     */
    manageDirectMessages?: boolean;
    /** Optional: bit 18 of `flags` (TL `manage_ranks:flags.18?…`). */
    manageRanks?: boolean;
}
/**
 * Info about chat invites generated by admins.
 *
 * Constructor of `ChatAdminWithInvites`; its id is `0xf2ecef23`.
 * ```tl
 * chatAdminWithInvites#f2ecef23 admin_id:long invites_count:int revoked_invites_count:int = ChatAdminWithInvites;
 * ```
 * Declared at schema/api.tl:1156.
 */
export interface ChatAdminWithInvites {
    /** TL constructor `chatAdminWithInvites`. */
    _: "chatAdminWithInvites";
    /** The admin */
    adminId: bigint;
    /** Number of invites generated by the admin */
    invitesCount: number;
    /** Number of revoked invites */
    revokedInvitesCount: number;
}
/**
 * Represents the rights of a normal user in a [supergroup/channel/chat](https://corefork.telegram.org/api/channel). In this case, the flags are inverted: if set, a flag **does not allow** a user to do X.
 *
 * Constructor of `ChatBannedRights`; its id is `0x9f120418`.
 * ```tl
 * chatBannedRights#9f120418 flags:# view_messages:flags.0?true send_messages:flags.1?true send_media:flags.2?true send_stickers:flags.3?true send_gifs:flags.4?true send_games:flags.5?true send_inline:flags.6?true embed_links:flags.7?true send_polls:flags.8?true change_info:flags.10?true invite_users:flags.15?true pin_messages:flags.17?true manage_topics:flags.18?true send_photos:flags.19?true send_videos:flags.20?true send_roundvideos:flags.21?true send_audios:flags.22?true send_voices:flags.23?true send_docs:flags.24?true send_plain:flags.25?true edit_rank:flags.26?true send_reactions:flags.27?true until_date:int = ChatBannedRights;
 * ```
 * Declared at schema/api.tl:1047.
 */
export interface ChatBannedRights {
    /** TL constructor `chatBannedRights`. */
    _: "chatBannedRights";
    /**
     * If set, does not allow a user to view messages in a [supergroup/channel/chat](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 0 of `flags` (TL `view_messages:flags.0?…`).
     */
    viewMessages?: boolean;
    /**
     * If set, does not allow a user to send messages in a [supergroup/chat](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 1 of `flags` (TL `send_messages:flags.1?…`).
     */
    sendMessages?: boolean;
    /**
     * If set, does not allow a user to send any media in a [supergroup/chat](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 2 of `flags` (TL `send_media:flags.2?…`).
     */
    sendMedia?: boolean;
    /**
     * If set, does not allow a user to send stickers in a [supergroup/chat](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 3 of `flags` (TL `send_stickers:flags.3?…`).
     */
    sendStickers?: boolean;
    /**
     * If set, does not allow a user to send gifs in a [supergroup/chat](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 4 of `flags` (TL `send_gifs:flags.4?…`).
     */
    sendGifs?: boolean;
    /**
     * If set, does not allow a user to send games in a [supergroup/chat](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 5 of `flags` (TL `send_games:flags.5?…`).
     */
    sendGames?: boolean;
    /**
     * If set, does not allow a user to use inline bots in a [supergroup/chat](https://corefork.telegram.org/api/channel).
     *
     * Optional: bit 6 of `flags` (TL `send_inline:flags.6?…`).
     */
    sendInline?: boolean;
    /**
     * If set, does not allow a user to embed links in the messages of a [supergroup/chat](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 7 of `flags` (TL `embed_links:flags.7?…`).
     */
    embedLinks?: boolean;
    /**
     * If set, does not allow a user to send polls in a [supergroup/chat](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 8 of `flags` (TL `send_polls:flags.8?…`).
     */
    sendPolls?: boolean;
    /**
     * If set, does not allow a user to change the description of a [supergroup/chat](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 10 of `flags` (TL `change_info:flags.10?…`).
     */
    changeInfo?: boolean;
    /**
     * If set, does not allow a user to invite users in a [supergroup/chat](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 15 of `flags` (TL `invite_users:flags.15?…`).
     */
    inviteUsers?: boolean;
    /**
     * If set, does not allow a user to pin messages in a [supergroup/chat](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 17 of `flags` (TL `pin_messages:flags.17?…`).
     */
    pinMessages?: boolean;
    /**
     * If set, does not allow a user to create, delete or modify [forum topics »](https://corefork.telegram.org/api/forum#forum-topics).
     *
     * Optional: bit 18 of `flags` (TL `manage_topics:flags.18?…`).
     */
    manageTopics?: boolean;
    /**
     * If set, does not allow a user to send photos in a [supergroup/chat](https://corefork.telegram.org/api/channel).
     *
     * Optional: bit 19 of `flags` (TL `send_photos:flags.19?…`).
     */
    sendPhotos?: boolean;
    /**
     * If set, does not allow a user to send videos in a [supergroup/chat](https://corefork.telegram.org/api/channel).
     *
     * Optional: bit 20 of `flags` (TL `send_videos:flags.20?…`).
     */
    sendVideos?: boolean;
    /**
     * If set, does not allow a user to send round videos in a [supergroup/chat](https://corefork.telegram.org/api/channel).
     *
     * Optional: bit 21 of `flags` (TL `send_roundvideos:flags.21?…`).
     */
    sendRoundvideos?: boolean;
    /**
     * If set, does not allow a user to send audio files in a [supergroup/chat](https://corefork.telegram.org/api/channel).
     *
     * Optional: bit 22 of `flags` (TL `send_audios:flags.22?…`).
     */
    sendAudios?: boolean;
    /**
     * If set, does not allow a user to send voice messages in a [supergroup/chat](https://corefork.telegram.org/api/channel).
     *
     * Optional: bit 23 of `flags` (TL `send_voices:flags.23?…`).
     */
    sendVoices?: boolean;
    /**
     * If set, does not allow a user to send documents in a [supergroup/chat](https://corefork.telegram.org/api/channel).
     *
     * Optional: bit 24 of `flags` (TL `send_docs:flags.24?…`).
     */
    sendDocs?: boolean;
    /**
     * If set, does not allow a user to send text messages in a [supergroup/chat](https://corefork.telegram.org/api/channel).
     *
     * Optional: bit 25 of `flags` (TL `send_plain:flags.25?…`).
     */
    sendPlain?: boolean;
    /** Optional: bit 26 of `flags` (TL `edit_rank:flags.26?…`). */
    editRank?: boolean;
    /** Optional: bit 27 of `flags` (TL `send_reactions:flags.27?…`). */
    sendReactions?: boolean;
    /** Validity of said permissions (it is considered forever any value less then 30 seconds or more then 366 days). */
    untilDate: number;
}
/**
 * Empty constructor, group doesn't exist
 *
 * Constructor of `Chat`; its id is `0x29562865`.
 * ```tl
 * chatEmpty#29562865 id:long = Chat;
 * ```
 * Declared at schema/api.tl:89.
 */
export interface ChatEmpty {
    /** TL constructor `chatEmpty`. */
    _: "chatEmpty";
    /** Group identifier */
    id: bigint;
}
/**
 * A group to which the user has no access. E.g., because the user was kicked from the group.
 *
 * Constructor of `Chat`; its id is `0x6592a1a7`.
 * ```tl
 * chatForbidden#6592a1a7 id:long title:string = Chat;
 * ```
 * Declared at schema/api.tl:91.
 */
export interface ChatForbidden {
    /** TL constructor `chatForbidden`. */
    _: "chatForbidden";
    /** User identifier */
    id: bigint;
    /** Group name */
    title: string;
}
/**
 * Chat invite info
 *
 * Constructor of `ChatInvite`; its id is `0x5c9d3702`.
 * ```tl
 * chatInvite#5c9d3702 flags:# channel:flags.0?true broadcast:flags.1?true public:flags.2?true megagroup:flags.3?true request_needed:flags.6?true verified:flags.7?true scam:flags.8?true fake:flags.9?true can_refulfill_subscription:flags.11?true title:string about:flags.5?string photo:Photo participants_count:int participants:flags.4?Vector<User> color:int subscription_pricing:flags.10?StarsSubscriptionPricing subscription_form_id:flags.12?long bot_verification:flags.13?BotVerification = ChatInvite;
 * ```
 * Declared at schema/api.tl:583.
 */
export interface ChatInvite {
    /** TL constructor `chatInvite`. */
    _: "chatInvite";
    /**
     * Whether this is a [channel/supergroup](https://corefork.telegram.org/api/channel) or a [normal group](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 0 of `flags` (TL `channel:flags.0?…`).
     */
    channel?: boolean;
    /**
     * Whether this is a [channel](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 1 of `flags` (TL `broadcast:flags.1?…`).
     */
    broadcast?: boolean;
    /**
     * Whether this is a public [channel/supergroup](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 2 of `flags` (TL `public:flags.2?…`).
     */
    public?: boolean;
    /**
     * Whether this is a [supergroup](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 3 of `flags` (TL `megagroup:flags.3?…`).
     */
    megagroup?: boolean;
    /**
     * Whether the [join request »](https://corefork.telegram.org/api/invites#join-requests) must be first approved by an administrator
     *
     * Optional: bit 6 of `flags` (TL `request_needed:flags.6?…`).
     */
    requestNeeded?: boolean;
    /**
     * Is this chat or channel verified by Telegram?
     *
     * Optional: bit 7 of `flags` (TL `verified:flags.7?…`).
     */
    verified?: boolean;
    /**
     * This chat is probably a scam
     *
     * Optional: bit 8 of `flags` (TL `scam:flags.8?…`).
     */
    scam?: boolean;
    /**
     * If set, this chat was reported by many users as a fake or scam: be careful when interacting with it.
     *
     * Optional: bit 9 of `flags` (TL `fake:flags.9?…`).
     */
    fake?: boolean;
    /**
     * If set, indicates that the user has already paid for the associated [Telegram Star subscriptions »](https://corefork.telegram.org/api/stars#star-subscriptions) and it hasn't expired yet, so they may re-join the channel using {@link messages.RawImportChatInviteRequest} without repeating the payment.
     *
     * Optional: bit 11 of `flags` (TL `can_refulfill_subscription:flags.11?…`).
     */
    canRefulfillSubscription?: boolean;
    /** Chat/supergroup/channel title */
    title: string;
    /**
     * Description of the group of channel
     *
     * Optional: bit 5 of `flags` (TL `about:flags.5?…`).
     */
    about?: string;
    /** Chat/supergroup/channel photo */
    photo: TypePhoto;
    /** Participant count */
    participantsCount: number;
    /**
     * A few of the participants that are in the group
     *
     * Optional: bit 4 of `flags` (TL `participants:flags.4?…`).
     */
    participants?: TypeUser[];
    /** [Profile color palette ID](https://corefork.telegram.org/api/colors) */
    color: number;
    /**
     * For [Telegram Star subscriptions »](https://corefork.telegram.org/api/stars#star-subscriptions), contains the pricing of the subscription the user must activate to join the private channel.
     *
     * Optional: bit 10 of `flags` (TL `subscription_pricing:flags.10?…`).
     */
    subscriptionPricing?: TypeStarsSubscriptionPricing;
    /**
     * For [Telegram Star subscriptions »](https://corefork.telegram.org/api/stars#star-subscriptions), the ID of the payment form for the subscription.
     *
     * Optional: bit 12 of `flags` (TL `subscription_form_id:flags.12?…`).
     */
    subscriptionFormId?: bigint;
    /**
     * Describes a [bot verification icon »](https://corefork.telegram.org/api/bots/verification).
     *
     * Optional: bit 13 of `flags` (TL `bot_verification:flags.13?…`).
     */
    botVerification?: TypeBotVerification;
}
/**
 * The user has already joined this chat
 *
 * Constructor of `ChatInvite`; its id is `0x5a686d7c`.
 * ```tl
 * chatInviteAlready#5a686d7c chat:Chat = ChatInvite;
 * ```
 * Declared at schema/api.tl:582.
 */
export interface ChatInviteAlready {
    /** TL constructor `chatInviteAlready`. */
    _: "chatInviteAlready";
    /** The chat connected to the invite */
    chat: TypeChat;
}
/**
 * Exported chat invite
 *
 * Constructor of `ExportedChatInvite`; its id is `0xa22cbd96`.
 * ```tl
 * chatInviteExported#a22cbd96 flags:# revoked:flags.0?true permanent:flags.5?true request_needed:flags.6?true link:string admin_id:long date:int start_date:flags.4?int expire_date:flags.1?int usage_limit:flags.2?int usage:flags.3?int requested:flags.7?int subscription_expired:flags.10?int title:flags.8?string subscription_pricing:flags.9?StarsSubscriptionPricing = ExportedChatInvite;
 * ```
 * Declared at schema/api.tl:580.
 */
export interface ChatInviteExported {
    /** TL constructor `chatInviteExported`. */
    _: "chatInviteExported";
    /**
     * Whether this chat invite was revoked
     *
     * Optional: bit 0 of `flags` (TL `revoked:flags.0?…`).
     */
    revoked?: boolean;
    /**
     * Whether this chat invite has no expiration
     *
     * Optional: bit 5 of `flags` (TL `permanent:flags.5?…`).
     */
    permanent?: boolean;
    /**
     * Whether users importing this invite link will have to be approved to join the channel or group
     *
     * Optional: bit 6 of `flags` (TL `request_needed:flags.6?…`).
     */
    requestNeeded?: boolean;
    /** Chat invitation link */
    link: string;
    /** ID of the admin that created this chat invite */
    adminId: bigint;
    /** When was this chat invite created */
    date: number;
    /**
     * When was this chat invite last modified
     *
     * Optional: bit 4 of `flags` (TL `start_date:flags.4?…`).
     */
    startDate?: number;
    /**
     * When does this chat invite expire
     *
     * Optional: bit 1 of `flags` (TL `expire_date:flags.1?…`).
     */
    expireDate?: number;
    /**
     * Maximum number of users that can join using this link
     *
     * Optional: bit 2 of `flags` (TL `usage_limit:flags.2?…`).
     */
    usageLimit?: number;
    /**
     * How many users joined using this link
     *
     * Optional: bit 3 of `flags` (TL `usage:flags.3?…`).
     */
    usage?: number;
    /**
     * Number of users that have already used this link to join
     *
     * Optional: bit 7 of `flags` (TL `requested:flags.7?…`).
     */
    requested?: number;
    /**
     * For [Telegram Star subscriptions »](https://corefork.telegram.org/api/stars#star-subscriptions), contains the number of chat members which have already joined the chat using the link, but have already left due to expiration of their subscription.
     *
     * Optional: bit 10 of `flags` (TL `subscription_expired:flags.10?…`).
     */
    subscriptionExpired?: number;
    /**
     * Custom description for the invite link, visible only to admins
     *
     * Optional: bit 8 of `flags` (TL `title:flags.8?…`).
     */
    title?: string;
    /**
     * For [Telegram Star subscriptions »](https://corefork.telegram.org/api/stars#star-subscriptions), contains the pricing of the subscription the user must activate to join the private channel.
     *
     * Optional: bit 9 of `flags` (TL `subscription_pricing:flags.9?…`).
     */
    subscriptionPricing?: TypeStarsSubscriptionPricing;
}
/**
 * When and which user joined the chat using a chat invite
 *
 * Constructor of `ChatInviteImporter`; its id is `0x8c5adfd9`.
 * ```tl
 * chatInviteImporter#8c5adfd9 flags:# requested:flags.0?true via_chatlist:flags.3?true user_id:long date:int about:flags.2?string approved_by:flags.1?long = ChatInviteImporter;
 * ```
 * Declared at schema/api.tl:1151.
 */
export interface ChatInviteImporter {
    /** TL constructor `chatInviteImporter`. */
    _: "chatInviteImporter";
    /**
     * Whether this user currently has a pending [join request »](https://corefork.telegram.org/api/invites#join-requests)
     *
     * Optional: bit 0 of `flags` (TL `requested:flags.0?…`).
     */
    requested?: boolean;
    /**
     * The participant joined by importing a [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
     *
     * Optional: bit 3 of `flags` (TL `via_chatlist:flags.3?…`).
     */
    viaChatlist?: boolean;
    /** The user */
    userId: bigint;
    /** When did the user join */
    date: number;
    /**
     * For users with pending requests, contains bio of the user that requested to join
     *
     * Optional: bit 2 of `flags` (TL `about:flags.2?…`).
     */
    about?: string;
    /**
     * The administrator that approved the [join request »](https://corefork.telegram.org/api/invites#join-requests) of the user
     *
     * Optional: bit 1 of `flags` (TL `approved_by:flags.1?…`).
     */
    approvedBy?: bigint;
}
/**
 * A chat invitation that also allows peeking into the group to read messages without joining it.
 *
 * Constructor of `ChatInvite`; its id is `0x61695cb0`.
 * ```tl
 * chatInvitePeek#61695cb0 chat:Chat expires:int = ChatInvite;
 * ```
 * Declared at schema/api.tl:584.
 */
export interface ChatInvitePeek {
    /** TL constructor `chatInvitePeek`. */
    _: "chatInvitePeek";
    /** Chat information */
    chat: TypeChat;
    /** Read-only anonymous access to this group will be revoked at this date */
    expires: number;
}
/**
 * Used in updates and in the channel log to indicate when a user is requesting to join or has joined a [discussion group](https://corefork.telegram.org/api/discussion#requiring-users-to-join-the-group)
 *
 * Constructor of `ExportedChatInvite`; its id is `0xed107ab7`.
 * ```tl
 * chatInvitePublicJoinRequests#ed107ab7 = ExportedChatInvite;
 * ```
 * Declared at schema/api.tl:581.
 */
export interface ChatInvitePublicJoinRequests {
    /** TL constructor `chatInvitePublicJoinRequests`. */
    _: "chatInvitePublicJoinRequests";
}
/**
 * [Basic group](https://corefork.telegram.org/api/channel#basic-groups) member (not usable by supergroups).
 *
 * Constructor of `ChatParticipant`; its id is `0x38e79fde`.
 * ```tl
 * chatParticipant#38e79fde flags:# user_id:long inviter_id:long date:int rank:flags.0?string = ChatParticipant;
 * ```
 * Declared at schema/api.tl:96.
 */
export interface ChatParticipant {
    /** TL constructor `chatParticipant`. */
    _: "chatParticipant";
    /** Member user ID */
    userId: bigint;
    /** ID of the user that added the member to the group */
    inviterId: bigint;
    /** Date added to the group */
    date: number;
    /**
     * The participant's [tag »](https://corefork.telegram.org/api/rank).
     *
     * Optional: bit 0 of `flags` (TL `rank:flags.0?…`).
     */
    rank?: string;
}
/**
 * [Basic group](https://corefork.telegram.org/api/channel#basic-groups) admin (not usable by supergroups).
 *
 * Constructor of `ChatParticipant`; its id is `0x0360d5d2`.
 * ```tl
 * chatParticipantAdmin#0360d5d2 flags:# user_id:long inviter_id:long date:int rank:flags.0?string = ChatParticipant;
 * ```
 * Declared at schema/api.tl:98.
 */
export interface ChatParticipantAdmin {
    /** TL constructor `chatParticipantAdmin`. */
    _: "chatParticipantAdmin";
    /** ID of a group member that is admin */
    userId: bigint;
    /** ID of the user that added the member to the group */
    inviterId: bigint;
    /** Date when the user was added */
    date: number;
    /**
     * The participant's [tag »](https://corefork.telegram.org/api/rank).
     *
     * Optional: bit 0 of `flags` (TL `rank:flags.0?…`).
     */
    rank?: string;
}
/**
 * Represents the creator of the [basic group »](https://corefork.telegram.org/api/channel#basic-groups)
 *
 * Constructor of `ChatParticipant`; its id is `0xe1f867b8`.
 * ```tl
 * chatParticipantCreator#e1f867b8 flags:# user_id:long rank:flags.0?string = ChatParticipant;
 * ```
 * Declared at schema/api.tl:97.
 */
export interface ChatParticipantCreator {
    /** TL constructor `chatParticipantCreator`. */
    _: "chatParticipantCreator";
    /** ID of the user that created the group */
    userId: bigint;
    /**
     * The participant's [tag »](https://corefork.telegram.org/api/rank).
     *
     * Optional: bit 0 of `flags` (TL `rank:flags.0?…`).
     */
    rank?: string;
}
/**
 * Contains the full list of members of [basic groups »](https://corefork.telegram.org/api/channel#basic-groups); is **NOT** usable for supergroups/channels.
 *
 * Constructor of `ChatParticipants`; its id is `0x3cbc93f8`.
 * ```tl
 * chatParticipants#3cbc93f8 chat_id:long participants:Vector<ChatParticipant> version:int = ChatParticipants;
 * ```
 * Declared at schema/api.tl:100.
 */
export interface ChatParticipants {
    /** TL constructor `chatParticipants`. */
    _: "chatParticipants";
    /** Group identifier */
    chatId: bigint;
    /** List of group members */
    participants: TypeChatParticipant[];
    /** Group version number */
    version: number;
}
/**
 * The full list of members of [basic groups »](https://corefork.telegram.org/api/channel#basic-groups) is not available to you, because you were banned.
 *
 * Constructor of `ChatParticipants`; its id is `0x8763d3e1`.
 * ```tl
 * chatParticipantsForbidden#8763d3e1 flags:# chat_id:long self_participant:flags.0?ChatParticipant = ChatParticipants;
 * ```
 * Declared at schema/api.tl:99.
 */
export interface ChatParticipantsForbidden {
    /** TL constructor `chatParticipantsForbidden`. */
    _: "chatParticipantsForbidden";
    /** Group ID */
    chatId: bigint;
    /**
     * Info about the group membership of the current user
     *
     * Optional: bit 0 of `flags` (TL `self_participant:flags.0?…`).
     */
    selfParticipant?: TypeChatParticipant;
}
/**
 * Group profile photo.
 *
 * Constructor of `ChatPhoto`; its id is `0x1c6e1c11`.
 * ```tl
 * chatPhoto#1c6e1c11 flags:# has_video:flags.0?true photo_id:long stripped_thumb:flags.1?bytes dc_id:int = ChatPhoto;
 * ```
 * Declared at schema/api.tl:102.
 */
export interface ChatPhoto {
    /** TL constructor `chatPhoto`. */
    _: "chatPhoto";
    /**
     * Whether the user has an animated profile picture
     *
     * Optional: bit 0 of `flags` (TL `has_video:flags.0?…`).
     */
    hasVideo?: boolean;
    /** Photo ID */
    photoId: bigint;
    /**
     * [Stripped thumbnail](https://corefork.telegram.org/api/files#stripped-thumbnails)
     *
     * Optional: bit 1 of `flags` (TL `stripped_thumb:flags.1?…`).
     */
    strippedThumb?: Uint8Array;
    /** DC where this photo is stored */
    dcId: number;
}
/**
 * Group photo is not set.
 *
 * Constructor of `ChatPhoto`; its id is `0x37c1011c`.
 * ```tl
 * chatPhotoEmpty#37c1011c = ChatPhoto;
 * ```
 * Declared at schema/api.tl:101.
 */
export interface ChatPhotoEmpty {
    /** TL constructor `chatPhotoEmpty`. */
    _: "chatPhotoEmpty";
}
/**
 * A chat theme
 *
 * Constructor of `ChatTheme`; its id is `0xc3dffc04`.
 * ```tl
 * chatTheme#c3dffc04 emoticon:string = ChatTheme;
 * ```
 * Declared at schema/api.tl:1174.
 */
export interface ChatTheme {
    /** TL constructor `chatTheme`. */
    _: "chatTheme";
    /** The emoji identifying the chat theme. */
    emoticon: string;
}
/**
 * A chat theme based on a [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts).
 *
 * Constructor of `ChatTheme`; its id is `0x3458f9c8`.
 * ```tl
 * chatThemeUniqueGift#3458f9c8 gift:StarGift theme_settings:Vector<ThemeSettings> = ChatTheme;
 * ```
 * Declared at schema/api.tl:1175.
 */
export interface ChatThemeUniqueGift {
    /** TL constructor `chatThemeUniqueGift`. */
    _: "chatThemeUniqueGift";
    /** The owned collectible gift on which this theme is based, as a {@link RawStarGiftUnique} constructor. */
    gift: TypeStarGift;
    /** Theme settings. */
    themeSettings: TypeThemeSettings[];
}
/**
 * Info about a [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
 *
 * Constructor of `chatlists.ChatlistInvite`; its id is `0xf10ece2f`.
 * ```tl
 * chatlists.chatlistInvite#f10ece2f flags:# title_noanimate:flags.1?true title:TextWithEntities emoticon:flags.0?string peers:Vector<Peer> chats:Vector<Chat> users:Vector<User> = chatlists.ChatlistInvite;
 * ```
 * Declared at schema/api.tl:1314.
 */
export interface ChatlistsChatlistInvite {
    /** TL constructor `chatlists.chatlistInvite`. */
    _: "chatlists.chatlistInvite";
    /**
     * If set, any animated emojis present in `title` should not be animated and should be instead frozen on the first frame.
     *
     * Optional: bit 1 of `flags` (TL `title_noanimate:flags.1?…`).
     */
    titleNoanimate?: boolean;
    /** Name of the link */
    title: TypeTextWithEntities;
    /**
     * Emoji to use as icon for the folder.
     *
     * Optional: bit 0 of `flags` (TL `emoticon:flags.0?…`).
     */
    emoticon?: string;
    /** Supergroups and channels to join */
    peers: TypePeer[];
    /** Related chat information */
    chats: TypeChat[];
    /** Related user information */
    users: TypeUser[];
}
/**
 * Updated info about a [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links) we already imported.
 *
 * Constructor of `chatlists.ChatlistInvite`; its id is `0xfa87f659`.
 * ```tl
 * chatlists.chatlistInviteAlready#fa87f659 filter_id:int missing_peers:Vector<Peer> already_peers:Vector<Peer> chats:Vector<Chat> users:Vector<User> = chatlists.ChatlistInvite;
 * ```
 * Declared at schema/api.tl:1313.
 */
export interface ChatlistsChatlistInviteAlready {
    /** TL constructor `chatlists.chatlistInviteAlready`. */
    _: "chatlists.chatlistInviteAlready";
    /** ID of the imported folder */
    filterId: number;
    /** New peers to be imported */
    missingPeers: TypePeer[];
    /** Peers that were already imported */
    alreadyPeers: TypePeer[];
    /** Related chat information */
    chats: TypeChat[];
    /** Related user information */
    users: TypeUser[];
}
/**
 * Info about an exported [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
 *
 * Constructor of `chatlists.ExportedChatlistInvite`; its id is `0x10e6e3a6`.
 * ```tl
 * chatlists.exportedChatlistInvite#10e6e3a6 filter:DialogFilter invite:ExportedChatlistInvite = chatlists.ExportedChatlistInvite;
 * ```
 * Declared at schema/api.tl:1311.
 */
export interface ChatlistsExportedChatlistInvite {
    /** TL constructor `chatlists.exportedChatlistInvite`. */
    _: "chatlists.exportedChatlistInvite";
    /** Folder ID */
    filter: TypeDialogFilter;
    /** The exported [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links). */
    invite: TypeExportedChatlistInvite;
}
/**
 * Info about multiple [chat folder deep links »](https://corefork.telegram.org/api/links#chat-folder-links).
 *
 * Constructor of `chatlists.ExportedInvites`; its id is `0x10ab6dc7`.
 * ```tl
 * chatlists.exportedInvites#10ab6dc7 invites:Vector<ExportedChatlistInvite> chats:Vector<Chat> users:Vector<User> = chatlists.ExportedInvites;
 * ```
 * Declared at schema/api.tl:1312.
 */
export interface ChatlistsExportedInvites {
    /** TL constructor `chatlists.exportedInvites`. */
    _: "chatlists.exportedInvites";
    /** The [chat folder deep links »](https://corefork.telegram.org/api/links#chat-folder-links). */
    invites: TypeExportedChatlistInvite[];
    /** Related chat information */
    chats: TypeChat[];
    /** Related user information */
    users: TypeUser[];
}
/**
 * Represents a json-encoded object
 *
 * Constructor of `DataJSON`; its id is `0x7d748d04`.
 * ```tl
 * dataJSON#7d748d04 data:string = DataJSON;
 * ```
 * Declared at schema/api.tl:837.
 */
export interface DataJSON {
    /** TL constructor `dataJSON`. */
    _: "dataJSON";
    /** JSON-encoded object */
    data: string;
}
/**
 * Data center
 *
 * Constructor of `DcOption`; its id is `0x18b7a10d`.
 * ```tl
 * dcOption#18b7a10d flags:# ipv6:flags.0?true media_only:flags.1?true tcpo_only:flags.2?true cdn:flags.3?true static:flags.4?true this_port_only:flags.5?true id:int ip_address:string port:int secret:flags.10?bytes = DcOption;
 * ```
 * Declared at schema/api.tl:445.
 */
export interface DcOption {
    /** TL constructor `dcOption`. */
    _: "dcOption";
    /**
     * Whether the specified IP is an IPv6 address
     *
     * Optional: bit 0 of `flags` (TL `ipv6:flags.0?…`).
     */
    ipv6?: boolean;
    /**
     * Whether this DC should only be used to [download or upload files](https://corefork.telegram.org/api/files)
     *
     * Optional: bit 1 of `flags` (TL `media_only:flags.1?…`).
     */
    mediaOnly?: boolean;
    /**
     * Whether this DC only supports connection with [transport obfuscation](https://corefork.telegram.org/mtproto/mtproto-transports#transport-obfuscation)
     *
     * Optional: bit 2 of `flags` (TL `tcpo_only:flags.2?…`).
     */
    tcpoOnly?: boolean;
    /**
     * Whether this is a [CDN DC](https://corefork.telegram.org/cdn).
     *
     * Optional: bit 3 of `flags` (TL `cdn:flags.3?…`).
     */
    cdn?: boolean;
    /**
     * If set, this IP should be used when connecting through a proxy
     *
     * Optional: bit 4 of `flags` (TL `static:flags.4?…`).
     */
    static?: boolean;
    /**
     * If set, clients must connect using only the specified port, without trying any other port.
     *
     * Optional: bit 5 of `flags` (TL `this_port_only:flags.5?…`).
     */
    thisPortOnly?: boolean;
    /** DC ID */
    id: number;
    /** IP address of DC */
    ipAddress: string;
    /** Port */
    port: number;
    /**
     * If the `tcpo_only` flag is set, specifies the secret to use when connecting using [transport obfuscation](https://corefork.telegram.org/mtproto/mtproto-transports#transport-obfuscation)
     *
     * Optional: bit 10 of `flags` (TL `secret:flags.10?…`).
     */
    secret?: Uint8Array;
}
/**
 * Dialog filter AKA [folder](https://corefork.telegram.org/api/folders)
 *
 * Constructor of `DialogFilter`; its id is `0xaa472651`.
 * ```tl
 * dialogFilter#aa472651 flags:# contacts:flags.0?true non_contacts:flags.1?true groups:flags.2?true broadcasts:flags.3?true bots:flags.4?true exclude_muted:flags.11?true exclude_read:flags.12?true exclude_archived:flags.13?true title_noanimate:flags.28?true id:int title:TextWithEntities emoticon:flags.25?string color:flags.27?int pinned_peers:Vector<InputPeer> include_peers:Vector<InputPeer> exclude_peers:Vector<InputPeer> = DialogFilter;
 * ```
 * Declared at schema/api.tl:1101.
 */
export interface DialogFilter {
    /** TL constructor `dialogFilter`. */
    _: "dialogFilter";
    /**
     * Whether to include all contacts in this [folder](https://corefork.telegram.org/api/folders)
     *
     * Optional: bit 0 of `flags` (TL `contacts:flags.0?…`).
     */
    contacts?: boolean;
    /**
     * Whether to include all non-contacts in this [folder](https://corefork.telegram.org/api/folders)
     *
     * Optional: bit 1 of `flags` (TL `non_contacts:flags.1?…`).
     */
    nonContacts?: boolean;
    /**
     * Whether to include all groups in this [folder](https://corefork.telegram.org/api/folders)
     *
     * Optional: bit 2 of `flags` (TL `groups:flags.2?…`).
     */
    groups?: boolean;
    /**
     * Whether to include all channels in this [folder](https://corefork.telegram.org/api/folders)
     *
     * Optional: bit 3 of `flags` (TL `broadcasts:flags.3?…`).
     */
    broadcasts?: boolean;
    /**
     * Whether to include all bots in this [folder](https://corefork.telegram.org/api/folders)
     *
     * Optional: bit 4 of `flags` (TL `bots:flags.4?…`).
     */
    bots?: boolean;
    /**
     * Whether to exclude muted chats from this [folder](https://corefork.telegram.org/api/folders)
     *
     * Optional: bit 11 of `flags` (TL `exclude_muted:flags.11?…`).
     */
    excludeMuted?: boolean;
    /**
     * Whether to exclude read chats from this [folder](https://corefork.telegram.org/api/folders)
     *
     * Optional: bit 12 of `flags` (TL `exclude_read:flags.12?…`).
     */
    excludeRead?: boolean;
    /**
     * Whether to exclude archived chats from this [folder](https://corefork.telegram.org/api/folders)
     *
     * Optional: bit 13 of `flags` (TL `exclude_archived:flags.13?…`).
     */
    excludeArchived?: boolean;
    /**
     * If set, any animated emojis present in `title` should not be animated and should be instead frozen on the first frame.
     *
     * Optional: bit 28 of `flags` (TL `title_noanimate:flags.28?…`).
     */
    titleNoanimate?: boolean;
    /** [Folder](https://corefork.telegram.org/api/folders) ID */
    id: number;
    /** [Folder](https://corefork.telegram.org/api/folders) name (max 12 UTF-8 chars) */
    title: TypeTextWithEntities;
    /**
     * Emoji to use as icon for the folder.
     *
     * Optional: bit 25 of `flags` (TL `emoticon:flags.25?…`).
     */
    emoticon?: string;
    /**
     * A color ID for the [folder tag associated to this folder, see here »](https://corefork.telegram.org/api/folders#folder-tags) for more info.
     *
     * Optional: bit 27 of `flags` (TL `color:flags.27?…`).
     */
    color?: number;
    /** Pinned chats, [folders](https://corefork.telegram.org/api/folders) can have unlimited pinned chats */
    pinnedPeers: TypeInputPeer[];
    /** Include the following chats in this [folder](https://corefork.telegram.org/api/folders) */
    includePeers: TypeInputPeer[];
    /** Exclude the following chats from this [folder](https://corefork.telegram.org/api/folders) */
    excludePeers: TypeInputPeer[];
}
/**
 * A folder imported using a [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
 *
 * Constructor of `DialogFilter`; its id is `0x96537bd7`.
 * ```tl
 * dialogFilterChatlist#96537bd7 flags:# has_my_invites:flags.26?true title_noanimate:flags.28?true id:int title:TextWithEntities emoticon:flags.25?string color:flags.27?int pinned_peers:Vector<InputPeer> include_peers:Vector<InputPeer> = DialogFilter;
 * ```
 * Declared at schema/api.tl:1103.
 */
export interface DialogFilterChatlist {
    /** TL constructor `dialogFilterChatlist`. */
    _: "dialogFilterChatlist";
    /**
     * Whether the current user has created some [chat folder deep links »](https://corefork.telegram.org/api/links#chat-folder-links) to share the folder as well.
     *
     * Optional: bit 26 of `flags` (TL `has_my_invites:flags.26?…`).
     */
    hasMyInvites?: boolean;
    /**
     * If set, any animated emojis present in `title` should not be animated and should be instead frozen on the first frame.
     *
     * Optional: bit 28 of `flags` (TL `title_noanimate:flags.28?…`).
     */
    titleNoanimate?: boolean;
    /** ID of the folder */
    id: number;
    /** Name of the folder (max 12 UTF-8 chars) */
    title: TypeTextWithEntities;
    /**
     * Emoji to use as icon for the folder.
     *
     * Optional: bit 25 of `flags` (TL `emoticon:flags.25?…`).
     */
    emoticon?: string;
    /**
     * A color ID for the [folder tag associated to this folder, see here »](https://corefork.telegram.org/api/folders#folder-tags) for more info.
     *
     * Optional: bit 27 of `flags` (TL `color:flags.27?…`).
     */
    color?: number;
    /** Pinned chats, [folders](https://corefork.telegram.org/api/folders) can have unlimited pinned chats */
    pinnedPeers: TypeInputPeer[];
    /** Chats to include in the folder */
    includePeers: TypeInputPeer[];
}
/**
 * Used only when reordering folders to indicate the default (all chats) folder.
 *
 * Constructor of `DialogFilter`; its id is `0x363293ae`.
 * ```tl
 * dialogFilterDefault#363293ae = DialogFilter;
 * ```
 * Declared at schema/api.tl:1102.
 */
export interface DialogFilterDefault {
    /** TL constructor `dialogFilterDefault`. */
    _: "dialogFilterDefault";
}
/**
 * Peer
 *
 * Constructor of `DialogPeer`; its id is `0xe56dbf05`.
 * ```tl
 * dialogPeer#e56dbf05 peer:Peer = DialogPeer;
 * ```
 * Declared at schema/api.tl:960.
 */
export interface DialogPeer {
    /** TL constructor `dialogPeer`. */
    _: "dialogPeer";
    /** Peer */
    peer: TypePeer;
}
/**
 * [Peer folder](https://corefork.telegram.org/api/folders#peer-folders)
 *
 * Constructor of `DialogPeer`; its id is `0x514519e2`.
 * ```tl
 * dialogPeerFolder#514519e2 folder_id:int = DialogPeer;
 * ```
 * Declared at schema/api.tl:961.
 */
export interface DialogPeerFolder {
    /** TL constructor `dialogPeerFolder`. */
    _: "dialogPeerFolder";
    /** [Peer folder ID, for more info click here](https://corefork.telegram.org/api/folders#peer-folders) */
    folderId: number;
}
/**
 * Document
 *
 * Constructor of `Document`; its id is `0x8fd4c4d8`.
 * ```tl
 * document#8fd4c4d8 flags:# id:long access_hash:long file_reference:bytes date:int mime_type:string size:long thumbs:flags.0?Vector<PhotoSize> video_thumbs:flags.1?Vector<VideoSize> dc_id:int attributes:Vector<DocumentAttribute> = Document;
 * ```
 * Declared at schema/api.tl:472.
 */
export interface Document {
    /** TL constructor `document`. */
    _: "document";
    /** Document ID */
    id: bigint;
    /** Check sum, dependent on document ID */
    accessHash: bigint;
    /** [File reference](https://corefork.telegram.org/api/file-references) */
    fileReference: Uint8Array;
    /** Creation date */
    date: number;
    /** MIME type */
    mimeType: string;
    /** Size */
    size: bigint;
    /**
     * Thumbnails
     *
     * Optional: bit 0 of `flags` (TL `thumbs:flags.0?…`).
     */
    thumbs?: TypePhotoSize[];
    /**
     * Video thumbnails
     *
     * Optional: bit 1 of `flags` (TL `video_thumbs:flags.1?…`).
     */
    videoThumbs?: TypeVideoSize[];
    /** DC ID */
    dcId: number;
    /** Attributes */
    attributes: TypeDocumentAttribute[];
}
/**
 * Defines an animated GIF
 *
 * Constructor of `DocumentAttribute`; its id is `0x11b58939`.
 * ```tl
 * documentAttributeAnimated#11b58939 = DocumentAttribute;
 * ```
 * Declared at schema/api.tl:556.
 */
export interface DocumentAttributeAnimated {
    /** TL constructor `documentAttributeAnimated`. */
    _: "documentAttributeAnimated";
}
/**
 * Represents an audio file
 *
 * Constructor of `DocumentAttribute`; its id is `0x9852f9c6`.
 * ```tl
 * documentAttributeAudio#9852f9c6 flags:# voice:flags.10?true duration:int title:flags.0?string performer:flags.1?string waveform:flags.2?bytes = DocumentAttribute;
 * ```
 * Declared at schema/api.tl:559.
 */
export interface DocumentAttributeAudio {
    /** TL constructor `documentAttributeAudio`. */
    _: "documentAttributeAudio";
    /**
     * Whether this is a voice message
     *
     * Optional: bit 10 of `flags` (TL `voice:flags.10?…`).
     */
    voice?: boolean;
    /** Duration in seconds */
    duration: number;
    /**
     * Name of song
     *
     * Optional: bit 0 of `flags` (TL `title:flags.0?…`).
     */
    title?: string;
    /**
     * Performer
     *
     * Optional: bit 1 of `flags` (TL `performer:flags.1?…`).
     */
    performer?: string;
    /**
     * Waveform: consists in a series of bitpacked 5-bit values.
     * Example implementation: [android](https://github.com/DrKLO/Telegram/blob/96dce2c9aabc33b87db61d830aa087b6b03fe397/TMessagesProj/jni/audio.c#L546).
     *
     * Optional: bit 2 of `flags` (TL `waveform:flags.2?…`).
     */
    waveform?: Uint8Array;
}
/**
 * Info about a custom emoji
 *
 * Constructor of `DocumentAttribute`; its id is `0xfd149899`.
 * ```tl
 * documentAttributeCustomEmoji#fd149899 flags:# free:flags.0?true text_color:flags.1?true alt:string stickerset:InputStickerSet = DocumentAttribute;
 * ```
 * Declared at schema/api.tl:562.
 */
export interface DocumentAttributeCustomEmoji {
    /** TL constructor `documentAttributeCustomEmoji`. */
    _: "documentAttributeCustomEmoji";
    /**
     * Whether this custom emoji can be sent by non-Premium users
     *
     * Optional: bit 0 of `flags` (TL `free:flags.0?…`).
     */
    free?: boolean;
    /**
     * Whether the color of this TGS custom emoji should be changed to the text color when used in messages, the accent color if used as emoji status, white on chat photos, or another appropriate color based on context.
     *
     * Optional: bit 1 of `flags` (TL `text_color:flags.1?…`).
     */
    textColor?: boolean;
    /** The actual emoji */
    alt: string;
    /** The emoji stickerset to which this emoji belongs. */
    stickerset: TypeInputStickerSet;
}
/**
 * A simple document with a file name
 *
 * Constructor of `DocumentAttribute`; its id is `0x15590068`.
 * ```tl
 * documentAttributeFilename#15590068 file_name:string = DocumentAttribute;
 * ```
 * Declared at schema/api.tl:560.
 */
export interface DocumentAttributeFilename {
    /** TL constructor `documentAttributeFilename`. */
    _: "documentAttributeFilename";
    /** The file name */
    fileName: string;
}
/**
 * Whether the current document has stickers attached
 *
 * Constructor of `DocumentAttribute`; its id is `0x9801d2f7`.
 * ```tl
 * documentAttributeHasStickers#9801d2f7 = DocumentAttribute;
 * ```
 * Declared at schema/api.tl:561.
 */
export interface DocumentAttributeHasStickers {
    /** TL constructor `documentAttributeHasStickers`. */
    _: "documentAttributeHasStickers";
}
/**
 * Defines the width and height of an image uploaded as document
 *
 * Constructor of `DocumentAttribute`; its id is `0x6c37c15c`.
 * ```tl
 * documentAttributeImageSize#6c37c15c w:int h:int = DocumentAttribute;
 * ```
 * Declared at schema/api.tl:555.
 */
export interface DocumentAttributeImageSize {
    /** TL constructor `documentAttributeImageSize`. */
    _: "documentAttributeImageSize";
    /** Width of image */
    w: number;
    /** Height of image */
    h: number;
}
/**
 * Defines a sticker
 *
 * Constructor of `DocumentAttribute`; its id is `0x6319d612`.
 * ```tl
 * documentAttributeSticker#6319d612 flags:# mask:flags.1?true alt:string stickerset:InputStickerSet mask_coords:flags.0?MaskCoords = DocumentAttribute;
 * ```
 * Declared at schema/api.tl:557.
 */
export interface DocumentAttributeSticker {
    /** TL constructor `documentAttributeSticker`. */
    _: "documentAttributeSticker";
    /**
     * Whether this is a mask sticker
     *
     * Optional: bit 1 of `flags` (TL `mask:flags.1?…`).
     */
    mask?: boolean;
    /** Alternative emoji representation of sticker */
    alt: string;
    /** Associated stickerset */
    stickerset: TypeInputStickerSet;
    /**
     * Mask coordinates (if this is a mask sticker, attached to a photo)
     *
     * Optional: bit 0 of `flags` (TL `mask_coords:flags.0?…`).
     */
    maskCoords?: TypeMaskCoords;
}
/**
 * Defines a video
 *
 * Constructor of `DocumentAttribute`; its id is `0x43c57c48`.
 * ```tl
 * documentAttributeVideo#43c57c48 flags:# round_message:flags.0?true supports_streaming:flags.1?true nosound:flags.3?true duration:double w:int h:int preload_prefix_size:flags.2?int video_start_ts:flags.4?double video_codec:flags.5?string = DocumentAttribute;
 * ```
 * Declared at schema/api.tl:558.
 */
export interface DocumentAttributeVideo {
    /** TL constructor `documentAttributeVideo`. */
    _: "documentAttributeVideo";
    /**
     * Whether this is a round video
     *
     * Optional: bit 0 of `flags` (TL `round_message:flags.0?…`).
     */
    roundMessage?: boolean;
    /**
     * Whether the video supports streaming
     *
     * Optional: bit 1 of `flags` (TL `supports_streaming:flags.1?…`).
     */
    supportsStreaming?: boolean;
    /**
     * Whether the specified document is a video file with no audio tracks
     *
     * Optional: bit 3 of `flags` (TL `nosound:flags.3?…`).
     */
    nosound?: boolean;
    /** Duration in seconds */
    duration: number;
    /** Video width */
    w: number;
    /** Video height */
    h: number;
    /**
     * Number of bytes to preload when preloading videos (particularly [video stories](https://corefork.telegram.org/api/stories)).
     *
     * Optional: bit 2 of `flags` (TL `preload_prefix_size:flags.2?…`).
     */
    preloadPrefixSize?: number;
    /**
     * Floating point UNIX timestamp in seconds, indicating the frame of the video that should be used as static preview and thumbnail.
     *
     * Optional: bit 4 of `flags` (TL `video_start_ts:flags.4?…`).
     */
    videoStartTs?: number;
    /**
     * Codec used for the video, i.e. "h264", "h265", or "av1"
     *
     * Optional: bit 5 of `flags` (TL `video_codec:flags.5?…`).
     */
    videoCodec?: string;
}
/**
 * Empty constructor, document doesn't exist.
 *
 * Constructor of `Document`; its id is `0x36f8c871`.
 * ```tl
 * documentEmpty#36f8c871 id:long = Document;
 * ```
 * Declared at schema/api.tl:471.
 */
export interface DocumentEmpty {
    /** TL constructor `documentEmpty`. */
    _: "documentEmpty";
    /** Document ID or `0` */
    id: bigint;
}
/**
 * Represents a message [draft](https://corefork.telegram.org/api/drafts).
 *
 * Constructor of `DraftMessage`; its id is `0x60fe3294`.
 * ```tl
 * draftMessage#60fe3294 flags:# no_webpage:flags.1?true invert_media:flags.6?true reply_to:flags.4?InputReplyTo message:string entities:flags.3?Vector<MessageEntity> media:flags.5?InputMedia date:int effect:flags.7?long suggested_post:flags.8?SuggestedPost rich_message:flags.9?RichMessage = DraftMessage;
 * ```
 * Declared at schema/api.tl:744.
 */
export interface DraftMessage {
    /** TL constructor `draftMessage`. */
    _: "draftMessage";
    /**
     * Whether no webpage preview will be generated
     *
     * Optional: bit 1 of `flags` (TL `no_webpage:flags.1?…`).
     */
    noWebpage?: boolean;
    /**
     * If set, any eventual webpage preview will be shown on top of the message instead of at the bottom.
     *
     * Optional: bit 6 of `flags` (TL `invert_media:flags.6?…`).
     */
    invertMedia?: boolean;
    /**
     * If set, indicates that the message should be sent in reply to the specified message or story.
     *
     * Optional: bit 4 of `flags` (TL `reply_to:flags.4?…`).
     */
    replyTo?: TypeInputReplyTo;
    /** The draft */
    message: string;
    /**
     * Message [entities](https://corefork.telegram.org/api/entities) for styled text.
     *
     * Optional: bit 3 of `flags` (TL `entities:flags.3?…`).
     */
    entities?: TypeMessageEntity[];
    /**
     * Media.
     *
     * Optional: bit 5 of `flags` (TL `media:flags.5?…`).
     */
    media?: TypeInputMedia;
    /** Date of last update of the draft. */
    date: number;
    /**
     * A [message effect that should be played as specified here »](https://corefork.telegram.org/api/effects).
     *
     * Optional: bit 7 of `flags` (TL `effect:flags.7?…`).
     */
    effect?: bigint;
    /**
     * Used to [suggest a post to a channel, see here »](https://corefork.telegram.org/api/suggested-posts) for more info on the full flow.
     *
     * Optional: bit 8 of `flags` (TL `suggested_post:flags.8?…`).
     */
    suggestedPost?: TypeSuggestedPost;
    /** Optional: bit 9 of `flags` (TL `rich_message:flags.9?…`). */
    richMessage?: TypeRichMessage;
}
/**
 * Empty draft
 *
 * Constructor of `DraftMessage`; its id is `0x1b0c841a`.
 * ```tl
 * draftMessageEmpty#1b0c841a flags:# date:flags.0?int = DraftMessage;
 * ```
 * Declared at schema/api.tl:743.
 */
export interface DraftMessageEmpty {
    /** TL constructor `draftMessageEmpty`. */
    _: "draftMessageEmpty";
    /**
     * When was the draft last updated
     *
     * Optional: bit 0 of `flags` (TL `date:flags.0?…`).
     */
    date?: number;
}
/**
 * An [emoji status](https://corefork.telegram.org/api/emoji-status)
 *
 * Constructor of `EmojiStatus`; its id is `0xe7ff068a`.
 * ```tl
 * emojiStatus#e7ff068a flags:# document_id:long until:flags.0?int = EmojiStatus;
 * ```
 * Declared at schema/api.tl:1251.
 */
export interface EmojiStatus {
    /** TL constructor `emojiStatus`. */
    _: "emojiStatus";
    /** [Custom emoji document ID](https://corefork.telegram.org/api/custom-emoji) */
    documentId: bigint;
    /**
     * If set, the emoji status will be active until the specified unixtime.
     *
     * Optional: bit 0 of `flags` (TL `until:flags.0?…`).
     */
    until?: number;
}
/**
 * An [owned collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts) as emoji status.
 *
 * **Cannot** be passed to {@link account.RawUpdateEmojiStatusRequest}, must be converted to an {@link RawInputEmojiStatusCollectible} first before passing it to that method.
 *
 * Constructor of `EmojiStatus`; its id is `0x7184603b`.
 * ```tl
 * emojiStatusCollectible#7184603b flags:# collectible_id:long document_id:long title:string slug:string pattern_document_id:long center_color:int edge_color:int pattern_color:int text_color:int until:flags.0?int = EmojiStatus;
 * ```
 * Declared at schema/api.tl:1252.
 */
export interface EmojiStatusCollectible {
    /** TL constructor `emojiStatusCollectible`. */
    _: "emojiStatusCollectible";
    /** ID of the collectible (from {@link RawStarGiftUnique}.`id`). */
    collectibleId: bigint;
    /** ID of the [custom emoji](https://corefork.telegram.org/api/custom-emoji) representing the status. */
    documentId: bigint;
    /** Name of the collectible. */
    title: string;
    /** Unique identifier of the collectible that may be used to create a [collectible gift link »](https://corefork.telegram.org/api/links#collectible-gift-link) for the current collectible, or to fetch further info about the collectible using {@link payments.RawGetUniqueStarGiftRequest}. */
    slug: string;
    /** The ID of a pattern to apply on the profile's backdrop, correlated to the {@link RawStarGiftAttributePattern} from the gift in `slug`. */
    patternDocumentId: bigint;
    /** Color of the center of the profile backdrop in RGB24 format, from the gift's {@link RawStarGiftAttributeBackdrop}. */
    centerColor: number;
    /** Color of the edges of the profile backdrop in RGB24 format, from the gift's {@link RawStarGiftAttributeBackdrop}. */
    edgeColor: number;
    /** Color of the `pattern_document_id` applied on the profile backdrop in RGB24 format, from the gift's {@link RawStarGiftAttributeBackdrop}. */
    patternColor: number;
    /** Color of text on the profile backdrop in RGB24 format, from the gift's {@link RawStarGiftAttributeBackdrop}. */
    textColor: number;
    /**
     * If set, the emoji status will be active until the specified unixtime.
     *
     * Optional: bit 0 of `flags` (TL `until:flags.0?…`).
     */
    until?: number;
}
/**
 * No emoji status is set
 *
 * Constructor of `EmojiStatus`; its id is `0x2de11aae`.
 * ```tl
 * emojiStatusEmpty#2de11aae = EmojiStatus;
 * ```
 * Declared at schema/api.tl:1250.
 */
export interface EmojiStatusEmpty {
    /** TL constructor `emojiStatusEmpty`. */
    _: "emojiStatusEmpty";
}
/**
 * Encrypted chat
 *
 * Constructor of `EncryptedChat`; its id is `0x61f0d4c7`.
 * ```tl
 * encryptedChat#61f0d4c7 id:int access_hash:long date:int admin_id:long participant_id:long g_a_or_b:bytes key_fingerprint:long = EncryptedChat;
 * ```
 * Declared at schema/api.tl:454.
 */
export interface EncryptedChat {
    /** TL constructor `encryptedChat`. */
    _: "encryptedChat";
    /** Chat ID */
    id: number;
    /** Check sum dependent on the user ID */
    accessHash: bigint;
    /** Date chat was created */
    date: number;
    /** Chat creator ID */
    adminId: bigint;
    /** ID of the second chat participant */
    participantId: bigint;
    /**
     * `B = g ^ b mod p`, if the currently authorized user is the chat's creator,
     * or `A = g ^ a mod p` otherwise
     * See [Wikipedia](https://en.wikipedia.org/wiki/Diffie%E2%80%93Hellman_key_exchange) for more info
     */
    gAOrB: Uint8Array;
    /** 64-bit fingerprint of received key */
    keyFingerprint: bigint;
}
/**
 * Discarded or deleted chat.
 *
 * Constructor of `EncryptedChat`; its id is `0x1e1c7c45`.
 * ```tl
 * encryptedChatDiscarded#1e1c7c45 flags:# history_deleted:flags.0?true id:int = EncryptedChat;
 * ```
 * Declared at schema/api.tl:455.
 */
export interface EncryptedChatDiscarded {
    /** TL constructor `encryptedChatDiscarded`. */
    _: "encryptedChatDiscarded";
    /**
     * Whether both users of this secret chat should also remove all of its messages
     *
     * Optional: bit 0 of `flags` (TL `history_deleted:flags.0?…`).
     */
    historyDeleted?: boolean;
    /** Chat ID */
    id: number;
}
/**
 * Empty constructor.
 *
 * Constructor of `EncryptedChat`; its id is `0xab7ec0a0`.
 * ```tl
 * encryptedChatEmpty#ab7ec0a0 id:int = EncryptedChat;
 * ```
 * Declared at schema/api.tl:451.
 */
export interface EncryptedChatEmpty {
    /** TL constructor `encryptedChatEmpty`. */
    _: "encryptedChatEmpty";
    /** Chat ID */
    id: number;
}
/**
 * Request to create an encrypted chat.
 *
 * Constructor of `EncryptedChat`; its id is `0x48f1d94c`.
 * ```tl
 * encryptedChatRequested#48f1d94c flags:# folder_id:flags.0?int id:int access_hash:long date:int admin_id:long participant_id:long g_a:bytes = EncryptedChat;
 * ```
 * Declared at schema/api.tl:453.
 */
export interface EncryptedChatRequested {
    /** TL constructor `encryptedChatRequested`. */
    _: "encryptedChatRequested";
    /**
     * [Peer folder ID, for more info click here](https://corefork.telegram.org/api/folders#peer-folders)
     *
     * Optional: bit 0 of `flags` (TL `folder_id:flags.0?…`).
     */
    folderId?: number;
    /** Chat ID */
    id: number;
    /** Check sum depending on user ID */
    accessHash: bigint;
    /** Chat creation date */
    date: number;
    /** Chat creator ID */
    adminId: bigint;
    /** ID of second chat participant */
    participantId: bigint;
    /** `A = g ^ a mod p`, see [Wikipedia](https://en.wikipedia.org/wiki/Diffie%E2%80%93Hellman_key_exchange) */
    gA: Uint8Array;
}
/**
 * Chat waiting for approval of second participant.
 *
 * Constructor of `EncryptedChat`; its id is `0x66b25953`.
 * ```tl
 * encryptedChatWaiting#66b25953 id:int access_hash:long date:int admin_id:long participant_id:long = EncryptedChat;
 * ```
 * Declared at schema/api.tl:452.
 */
export interface EncryptedChatWaiting {
    /** TL constructor `encryptedChatWaiting`. */
    _: "encryptedChatWaiting";
    /** Chat ID */
    id: number;
    /** Checking sum depending on user ID */
    accessHash: bigint;
    /** Date of chat creation */
    date: number;
    /** Chat creator ID */
    adminId: bigint;
    /** ID of second chat participant */
    participantId: bigint;
}
/**
 * Encrypted file.
 *
 * Constructor of `EncryptedFile`; its id is `0xa8008cd8`.
 * ```tl
 * encryptedFile#a8008cd8 id:long access_hash:long size:long dc_id:int key_fingerprint:int = EncryptedFile;
 * ```
 * Declared at schema/api.tl:458.
 */
export interface EncryptedFile {
    /** TL constructor `encryptedFile`. */
    _: "encryptedFile";
    /** File ID */
    id: bigint;
    /** Checking sum depending on user ID */
    accessHash: bigint;
    /** File size in bytes */
    size: bigint;
    /** Number of data center */
    dcId: number;
    /** 32-bit fingerprint of key used for file encryption */
    keyFingerprint: number;
}
/**
 * Empty constructor, non-existing file.
 *
 * Constructor of `EncryptedFile`; its id is `0xc21f497e`.
 * ```tl
 * encryptedFileEmpty#c21f497e = EncryptedFile;
 * ```
 * Declared at schema/api.tl:457.
 */
export interface EncryptedFileEmpty {
    /** TL constructor `encryptedFileEmpty`. */
    _: "encryptedFileEmpty";
}
/**
 * Encrypted message.
 *
 * Constructor of `EncryptedMessage`; its id is `0xed18c118`.
 * ```tl
 * encryptedMessage#ed18c118 random_id:long chat_id:int date:int bytes:bytes file:EncryptedFile = EncryptedMessage;
 * ```
 * Declared at schema/api.tl:463.
 */
export interface EncryptedMessage {
    /** TL constructor `encryptedMessage`. */
    _: "encryptedMessage";
    /** Random message ID, assigned by the author of message */
    randomId: bigint;
    /** ID of encrypted chat */
    chatId: number;
    /** Date of sending */
    date: number;
    /** TL-serialization of [DecryptedMessage](https://corefork.telegram.org/type/DecryptedMessage) type, encrypted with the key created at chat initialization */
    bytes: Uint8Array;
    /** Attached encrypted file */
    file: TypeEncryptedFile;
}
/**
 * Encrypted service message
 *
 * Constructor of `EncryptedMessage`; its id is `0x23734b06`.
 * ```tl
 * encryptedMessageService#23734b06 random_id:long chat_id:int date:int bytes:bytes = EncryptedMessage;
 * ```
 * Declared at schema/api.tl:464.
 */
export interface EncryptedMessageService {
    /** TL constructor `encryptedMessageService`. */
    _: "encryptedMessageService";
    /** Random message ID, assigned by the author of message */
    randomId: bigint;
    /** ID of encrypted chat */
    chatId: number;
    /** Date of sending */
    date: number;
    /** TL-serialization of the [DecryptedMessage](https://corefork.telegram.org/type/DecryptedMessage) type, encrypted with the key created at chat initialization */
    bytes: Uint8Array;
}
/**
 * Exported [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
 *
 * Constructor of `ExportedChatlistInvite`; its id is `0x0c5181ac`.
 * ```tl
 * exportedChatlistInvite#0c5181ac flags:# title:string url:string peers:Vector<Peer> = ExportedChatlistInvite;
 * ```
 * Declared at schema/api.tl:1310.
 */
export interface ExportedChatlistInvite {
    /** TL constructor `exportedChatlistInvite`. */
    _: "exportedChatlistInvite";
    /** Name of the link */
    title: string;
    /** The [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links). */
    url: string;
    /** Peers to import */
    peers: TypePeer[];
}
/**
 * Represents a [fact-check »](https://corefork.telegram.org/api/factcheck) created by an independent fact-checker.
 *
 * Constructor of `FactCheck`; its id is `0xb89bfccf`.
 * ```tl
 * factCheck#b89bfccf flags:# need_check:flags.0?true country:flags.1?string text:flags.1?TextWithEntities hash:long = FactCheck;
 * ```
 * Declared at schema/api.tl:1446.
 */
export type FactCheck = {
    /**
     * TL constructor `factCheck`.
     */
    _: "factCheck";
    /**
     * If set, the `country`/`text` fields will **not** be set, and the fact check must be fetched manually by the client (if it isn't already cached with the key specified in `hash`) using bundled {@link messages.RawGetFactCheckRequest} requests, when the message with the factcheck scrolls into view.
     *
     * Optional: bit 0 of `flags` (TL `need_check:flags.0?…`).
     */
    needCheck?: boolean;
    /**
     * [Hash used for caching, for more info click here](https://corefork.telegram.org/api/offsets#hash-generation)
     */
    hash: bigint;
} & ({
    /**
     * A two-letter ISO 3166-1 alpha-2 country code of the country for which the fact-check should be shown.
     *
     * Optional: bit 1 of `flags` (TL `country:flags.1?…`).
     *
     * Shares its flag bit with `country`, `text`: give all of the value fields or none (checked in the types and at runtime).
     */
    country: string;
    /**
     * The fact-check.
     *
     * Optional: bit 1 of `flags` (TL `text:flags.1?…`).
     *
     * Shares its flag bit with `country`, `text`: give all of the value fields or none (checked in the types and at runtime).
     */
    text: TypeTextWithEntities;
} | {
    /**
     * Given together with `text`, or not at all.
     */
    country?: undefined;
    /**
     * Given together with `country`, or not at all.
     */
    text?: undefined;
});
/**
 * Peer in a folder
 *
 * Constructor of `FolderPeer`; its id is `0xe9baa668`.
 * ```tl
 * folderPeer#e9baa668 peer:Peer folder_id:int = FolderPeer;
 * ```
 * Declared at schema/api.tl:1064.
 */
export interface FolderPeer {
    /** TL constructor `folderPeer`. */
    _: "folderPeer";
    /** Folder peer info */
    peer: TypePeer;
    /** [Peer folder ID, for more info click here](https://corefork.telegram.org/api/folders#peer-folders) */
    folderId: number;
}
/**
 * Indicates an already sent game
 *
 * Constructor of `Game`; its id is `0xbdf9653b`.
 * ```tl
 * game#bdf9653b flags:# id:long access_hash:long short_name:string title:string description:string photo:Photo document:flags.0?Document = Game;
 * ```
 * Declared at schema/api.tl:759.
 */
export interface Game {
    /** TL constructor `game`. */
    _: "game";
    /** ID of the game */
    id: bigint;
    /** Access hash of the game */
    accessHash: bigint;
    /** Short name for the game */
    shortName: string;
    /** Title of the game */
    title: string;
    /** Game description */
    description: string;
    /** Game preview */
    photo: TypePhoto;
    /**
     * Optional attached document
     *
     * Optional: bit 0 of `flags` (TL `document:flags.0?…`).
     */
    document?: TypeDocument;
}
/**
 * GeoPoint.
 *
 * Constructor of `GeoPoint`; its id is `0xb2a2f663`.
 * ```tl
 * geoPoint#b2a2f663 flags:# long:double lat:double access_hash:long accuracy_radius:flags.0?int = GeoPoint;
 * ```
 * Declared at schema/api.tl:203.
 */
export interface GeoPoint {
    /** TL constructor `geoPoint`. */
    _: "geoPoint";
    /** Longitude */
    long: number;
    /** Latitude */
    lat: number;
    /** Access hash */
    accessHash: bigint;
    /**
     * The estimated horizontal accuracy of the location, in meters; as defined by the sender.
     *
     * Optional: bit 0 of `flags` (TL `accuracy_radius:flags.0?…`).
     */
    accuracyRadius?: number;
}
/**
 * Address optionally associated to a {@link RawGeoPoint}.
 *
 * Constructor of `GeoPointAddress`; its id is `0xde4c5d93`.
 * ```tl
 * geoPointAddress#de4c5d93 flags:# country_iso2:string state:flags.0?string city:flags.1?string street:flags.2?string = GeoPointAddress;
 * ```
 * Declared at schema/api.tl:1460.
 */
export interface GeoPointAddress {
    /** TL constructor `geoPointAddress`. */
    _: "geoPointAddress";
    /** Two-letter ISO 3166-1 alpha-2 country code */
    countryIso2: string;
    /**
     * State
     *
     * Optional: bit 0 of `flags` (TL `state:flags.0?…`).
     */
    state?: string;
    /**
     * City
     *
     * Optional: bit 1 of `flags` (TL `city:flags.1?…`).
     */
    city?: string;
    /**
     * Street
     *
     * Optional: bit 2 of `flags` (TL `street:flags.2?…`).
     */
    street?: string;
}
/**
 * Empty constructor.
 *
 * Constructor of `GeoPoint`; its id is `0x1117dd5f`.
 * ```tl
 * geoPointEmpty#1117dd5f = GeoPoint;
 * ```
 * Declared at schema/api.tl:202.
 */
export interface GeoPointEmpty {
    /** TL constructor `geoPointEmpty`. */
    _: "geoPointEmpty";
}
/**
 * Info about a group call or livestream
 *
 * Constructor of `GroupCall`; its id is `0xefb2b617`.
 * ```tl
 * groupCall#efb2b617 flags:# join_muted:flags.1?true can_change_join_muted:flags.2?true join_date_asc:flags.6?true schedule_start_subscribed:flags.8?true can_start_video:flags.9?true record_video_active:flags.11?true rtmp_stream:flags.12?true listeners_hidden:flags.13?true conference:flags.14?true creator:flags.15?true messages_enabled:flags.17?true can_change_messages_enabled:flags.18?true min:flags.19?true id:long access_hash:long participants_count:int title:flags.3?string stream_dc_id:flags.4?int record_start_date:flags.5?int schedule_date:flags.7?int unmuted_video_count:flags.10?int unmuted_video_limit:int version:int invite_link:flags.16?string send_paid_messages_stars:flags.20?long default_send_as:flags.21?Peer = GroupCall;
 * ```
 * Declared at schema/api.tl:1135.
 */
export interface GroupCall {
    /** TL constructor `groupCall`. */
    _: "groupCall";
    /**
     * Whether the user should be muted upon joining the call
     *
     * Optional: bit 1 of `flags` (TL `join_muted:flags.1?…`).
     */
    joinMuted?: boolean;
    /**
     * Whether the current user can change the value of the `join_muted` flag using {@link phone.RawToggleGroupCallSettingsRequest}
     *
     * Optional: bit 2 of `flags` (TL `can_change_join_muted:flags.2?…`).
     */
    canChangeJoinMuted?: boolean;
    /**
     * Specifies the ordering to use when locally sorting by date and displaying in the UI group call participants.
     *
     * Optional: bit 6 of `flags` (TL `join_date_asc:flags.6?…`).
     */
    joinDateAsc?: boolean;
    /**
     * Whether we subscribed to the scheduled call
     *
     * Optional: bit 8 of `flags` (TL `schedule_start_subscribed:flags.8?…`).
     */
    scheduleStartSubscribed?: boolean;
    /**
     * Whether you can start streaming video into the call
     *
     * Optional: bit 9 of `flags` (TL `can_start_video:flags.9?…`).
     */
    canStartVideo?: boolean;
    /**
     * Whether the group call is currently being recorded
     *
     * Optional: bit 11 of `flags` (TL `record_video_active:flags.11?…`).
     */
    recordVideoActive?: boolean;
    /**
     * Whether RTMP streams are allowed
     *
     * Optional: bit 12 of `flags` (TL `rtmp_stream:flags.12?…`).
     */
    rtmpStream?: boolean;
    /**
     * Whether the listeners list is hidden and cannot be fetched using {@link phone.RawGetGroupParticipantsRequest}. The `phone.groupParticipants.count` and `groupCall.participants_count` counters will still include listeners.
     *
     * Optional: bit 13 of `flags` (TL `listeners_hidden:flags.13?…`).
     */
    listenersHidden?: boolean;
    /**
     * Whether this is an E2E conference call.
     *
     * Optional: bit 14 of `flags` (TL `conference:flags.14?…`).
     */
    conference?: boolean;
    /**
     * Whether we're created this group call.
     *
     * Optional: bit 15 of `flags` (TL `creator:flags.15?…`).
     */
    creator?: boolean;
    /** Optional: bit 17 of `flags` (TL `messages_enabled:flags.17?…`). */
    messagesEnabled?: boolean;
    /** Optional: bit 18 of `flags` (TL `can_change_messages_enabled:flags.18?…`). */
    canChangeMessagesEnabled?: boolean;
    /** Optional: bit 19 of `flags` (TL `min:flags.19?…`). */
    min?: boolean;
    /** Group call ID */
    id: bigint;
    /** Group call access hash */
    accessHash: bigint;
    /** Participant count */
    participantsCount: number;
    /**
     * Group call title
     *
     * Optional: bit 3 of `flags` (TL `title:flags.3?…`).
     */
    title?: string;
    /**
     * DC ID to be used for livestream chunks
     *
     * Optional: bit 4 of `flags` (TL `stream_dc_id:flags.4?…`).
     */
    streamDcId?: number;
    /**
     * When was the recording started
     *
     * Optional: bit 5 of `flags` (TL `record_start_date:flags.5?…`).
     */
    recordStartDate?: number;
    /**
     * When is the call scheduled to start
     *
     * Optional: bit 7 of `flags` (TL `schedule_date:flags.7?…`).
     */
    scheduleDate?: number;
    /**
     * Number of people currently streaming video into the call
     *
     * Optional: bit 10 of `flags` (TL `unmuted_video_count:flags.10?…`).
     */
    unmutedVideoCount?: number;
    /** Maximum number of people allowed to stream video into the call */
    unmutedVideoLimit: number;
    /** Version */
    version: number;
    /**
     * Invitation link for the conference.
     *
     * Optional: bit 16 of `flags` (TL `invite_link:flags.16?…`).
     */
    inviteLink?: string;
    /** Optional: bit 20 of `flags` (TL `send_paid_messages_stars:flags.20?…`). */
    sendPaidMessagesStars?: bigint;
    /** Optional: bit 21 of `flags` (TL `default_send_as:flags.21?…`). */
    defaultSendAs?: TypePeer;
}
/**
 * An ended group call
 *
 * Constructor of `GroupCall`; its id is `0x7780bcb4`.
 * ```tl
 * groupCallDiscarded#7780bcb4 id:long access_hash:long duration:int = GroupCall;
 * ```
 * Declared at schema/api.tl:1134.
 */
export interface GroupCallDiscarded {
    /** TL constructor `groupCallDiscarded`. */
    _: "groupCallDiscarded";
    /** Group call ID */
    id: bigint;
    /** Group call access hash */
    accessHash: bigint;
    /** Group call duration */
    duration: number;
}
/**
 * Constructor of `GroupCallMessage`; its id is `0x1a8afc7e`.
 * ```tl
 * groupCallMessage#1a8afc7e flags:# from_admin:flags.1?true id:int from_id:Peer date:int message:TextWithEntities paid_message_stars:flags.0?long = GroupCallMessage;
 * ```
 * Declared at schema/api.tl:1561.
 */
export interface GroupCallMessage {
    /** TL constructor `groupCallMessage`. */
    _: "groupCallMessage";
    /** Optional: bit 1 of `flags` (TL `from_admin:flags.1?…`). */
    fromAdmin?: boolean;
    /** TL field `id`. */
    id: number;
    /** TL field `from_id`. */
    fromId: TypePeer;
    /** TL field `date`. */
    date: number;
    /** TL field `message`. */
    message: TypeTextWithEntities;
    /** Optional: bit 0 of `flags` (TL `paid_message_stars:flags.0?…`). */
    paidMessageStars?: bigint;
}
/**
 * Info about a group call participant
 *
 * Constructor of `GroupCallParticipant`; its id is `0x2a3dc7ac`.
 * ```tl
 * groupCallParticipant#2a3dc7ac flags:# muted:flags.0?true left:flags.1?true can_self_unmute:flags.2?true just_joined:flags.4?true versioned:flags.5?true min:flags.8?true muted_by_you:flags.9?true volume_by_admin:flags.10?true self:flags.12?true video_joined:flags.15?true peer:Peer date:int active_date:flags.3?int source:int volume:flags.7?int about:flags.11?string raise_hand_rating:flags.13?long video:flags.6?GroupCallParticipantVideo presentation:flags.14?GroupCallParticipantVideo paid_stars_total:flags.16?long = GroupCallParticipant;
 * ```
 * Declared at schema/api.tl:1139.
 */
export interface GroupCallParticipant {
    /** TL constructor `groupCallParticipant`. */
    _: "groupCallParticipant";
    /**
     * Whether the participant is muted
     *
     * Optional: bit 0 of `flags` (TL `muted:flags.0?…`).
     */
    muted?: boolean;
    /**
     * Whether the participant has left
     *
     * Optional: bit 1 of `flags` (TL `left:flags.1?…`).
     */
    left?: boolean;
    /**
     * Whether the participant can unmute themselves
     *
     * Optional: bit 2 of `flags` (TL `can_self_unmute:flags.2?…`).
     */
    canSelfUnmute?: boolean;
    /**
     * Whether the participant has just joined
     *
     * Optional: bit 4 of `flags` (TL `just_joined:flags.4?…`).
     */
    justJoined?: boolean;
    /**
     * If set, and {@link RawUpdateGroupCallParticipants}.version  call.version+1, the participant list should be refetched using {@link phone.RawGetGroupParticipantsRequest}.
     *
     * Optional: bit 5 of `flags` (TL `versioned:flags.5?…`).
     */
    versioned?: boolean;
    /**
     * If not set, the `volume` and `muted_by_you` fields can be safely used to overwrite locally cached information; otherwise, `volume` will contain valid information only if `volume_by_admin` is set both in the cache and in the received constructor.
     *
     * Optional: bit 8 of `flags` (TL `min:flags.8?…`).
     */
    min?: boolean;
    /**
     * Whether this participant was muted by the current user
     *
     * Optional: bit 9 of `flags` (TL `muted_by_you:flags.9?…`).
     */
    mutedByYou?: boolean;
    /**
     * Whether our volume can only changed by an admin
     *
     * Optional: bit 10 of `flags` (TL `volume_by_admin:flags.10?…`).
     */
    volumeByAdmin?: boolean;
    /**
     * Whether this participant is the current user
     *
     * Optional: bit 12 of `flags` (TL `self:flags.12?…`).
     */
    self?: boolean;
    /**
     * Whether this participant is currently broadcasting video
     *
     * Optional: bit 15 of `flags` (TL `video_joined:flags.15?…`).
     */
    videoJoined?: boolean;
    /** Peer information */
    peer: TypePeer;
    /** When did this participant join the group call */
    date: number;
    /**
     * When was this participant last active in the group call
     *
     * Optional: bit 3 of `flags` (TL `active_date:flags.3?…`).
     */
    activeDate?: number;
    /** Source ID */
    source: number;
    /**
     * Volume, if not set the volume is set to 100%.
     *
     * Optional: bit 7 of `flags` (TL `volume:flags.7?…`).
     */
    volume?: number;
    /**
     * Info about this participant
     *
     * Optional: bit 11 of `flags` (TL `about:flags.11?…`).
     */
    about?: string;
    /**
     * Specifies the UI visualization order of peers with raised hands: peers with a higher rating should be showed first in the list.
     *
     * Optional: bit 13 of `flags` (TL `raise_hand_rating:flags.13?…`).
     */
    raiseHandRating?: bigint;
    /**
     * Info about the video stream the participant is currently broadcasting
     *
     * Optional: bit 6 of `flags` (TL `video:flags.6?…`).
     */
    video?: TypeGroupCallParticipantVideo;
    /**
     * Info about the screen sharing stream the participant is currently broadcasting
     *
     * Optional: bit 14 of `flags` (TL `presentation:flags.14?…`).
     */
    presentation?: TypeGroupCallParticipantVideo;
    /** Optional: bit 16 of `flags` (TL `paid_stars_total:flags.16?…`). */
    paidStarsTotal?: bigint;
}
/**
 * Info about a video stream
 *
 * Constructor of `GroupCallParticipantVideo`; its id is `0x67753ac8`.
 * ```tl
 * groupCallParticipantVideo#67753ac8 flags:# paused:flags.0?true endpoint:string source_groups:Vector<GroupCallParticipantVideoSourceGroup> audio_source:flags.1?int = GroupCallParticipantVideo;
 * ```
 * Declared at schema/api.tl:1162.
 */
export interface GroupCallParticipantVideo {
    /** TL constructor `groupCallParticipantVideo`. */
    _: "groupCallParticipantVideo";
    /**
     * Whether the stream is currently paused
     *
     * Optional: bit 0 of `flags` (TL `paused:flags.0?…`).
     */
    paused?: boolean;
    /** Endpoint */
    endpoint: string;
    /** Source groups */
    sourceGroups: TypeGroupCallParticipantVideoSourceGroup[];
    /**
     * Audio source ID
     *
     * Optional: bit 1 of `flags` (TL `audio_source:flags.1?…`).
     */
    audioSource?: number;
}
/**
 * Describes a group of video synchronization source identifiers
 *
 * Constructor of `GroupCallParticipantVideoSourceGroup`; its id is `0xdcb118b7`.
 * ```tl
 * groupCallParticipantVideoSourceGroup#dcb118b7 semantics:string sources:Vector<int> = GroupCallParticipantVideoSourceGroup;
 * ```
 * Declared at schema/api.tl:1161.
 */
export interface GroupCallParticipantVideoSourceGroup {
    /** TL constructor `groupCallParticipantVideoSourceGroup`. */
    _: "groupCallParticipantVideoSourceGroup";
    /** SDP semantics */
    semantics: string;
    /** Source IDs */
    sources: number[];
}
/**
 * Text of a text message with an invitation to install Telegram.
 *
 * Constructor of `help.InviteText`; its id is `0x18cb9f78`.
 * ```tl
 * help.inviteText#18cb9f78 message:string = help.InviteText;
 * ```
 * Declared at schema/api.tl:450.
 */
export interface HelpInviteText {
    /** TL constructor `help.inviteText`. */
    _: "help.inviteText";
    /** Text of the message */
    message: string;
}
/**
 * Info about the latest telegram Terms Of Service
 *
 * Constructor of `help.TermsOfService`; its id is `0x780a0310`.
 * ```tl
 * help.termsOfService#780a0310 flags:# popup:flags.0?true id:DataJSON text:string entities:Vector<MessageEntity> min_age_confirm:flags.1?int = help.TermsOfService;
 * ```
 * Declared at schema/api.tl:677.
 */
export interface HelpTermsOfService {
    /** TL constructor `help.termsOfService`. */
    _: "help.termsOfService";
    /**
     * Whether a prompt must be showed to the user, in order to accept the new terms.
     *
     * Optional: bit 0 of `flags` (TL `popup:flags.0?…`).
     */
    popup?: boolean;
    /** ID of the new terms */
    id: TypeDataJSON;
    /** Text of the new terms */
    text: string;
    /** [Message entities for styled text](https://corefork.telegram.org/api/entities) */
    entities: TypeMessageEntity[];
    /**
     * Minimum age required to sign up to telegram, the user must confirm that they is older than the minimum age.
     *
     * Optional: bit 1 of `flags` (TL `min_age_confirm:flags.1?…`).
     */
    minAgeConfirm?: number;
}
/**
 * Peer type: private chat with a bot.
 *
 * Constructor of `InlineQueryPeerType`; its id is `0x0e3b2d0c`.
 * ```tl
 * inlineQueryPeerTypeBotPM#0e3b2d0c = InlineQueryPeerType;
 * ```
 * Declared at schema/api.tl:1147.
 */
export interface InlineQueryPeerTypeBotPM {
    /** TL constructor `inlineQueryPeerTypeBotPM`. */
    _: "inlineQueryPeerTypeBotPM";
}
/**
 * Peer type: [channel](https://corefork.telegram.org/api/channel)
 *
 * Constructor of `InlineQueryPeerType`; its id is `0x6334ee9a`.
 * ```tl
 * inlineQueryPeerTypeBroadcast#6334ee9a = InlineQueryPeerType;
 * ```
 * Declared at schema/api.tl:1146.
 */
export interface InlineQueryPeerTypeBroadcast {
    /** TL constructor `inlineQueryPeerTypeBroadcast`. */
    _: "inlineQueryPeerTypeBroadcast";
}
/**
 * Peer type: [chat](https://corefork.telegram.org/api/channel)
 *
 * Constructor of `InlineQueryPeerType`; its id is `0xd766c50a`.
 * ```tl
 * inlineQueryPeerTypeChat#d766c50a = InlineQueryPeerType;
 * ```
 * Declared at schema/api.tl:1144.
 */
export interface InlineQueryPeerTypeChat {
    /** TL constructor `inlineQueryPeerTypeChat`. */
    _: "inlineQueryPeerTypeChat";
}
/**
 * Peer type: [supergroup](https://corefork.telegram.org/api/channel)
 *
 * Constructor of `InlineQueryPeerType`; its id is `0x5ec4be43`.
 * ```tl
 * inlineQueryPeerTypeMegagroup#5ec4be43 = InlineQueryPeerType;
 * ```
 * Declared at schema/api.tl:1145.
 */
export interface InlineQueryPeerTypeMegagroup {
    /** TL constructor `inlineQueryPeerTypeMegagroup`. */
    _: "inlineQueryPeerTypeMegagroup";
}
/**
 * Peer type: private chat
 *
 * Constructor of `InlineQueryPeerType`; its id is `0x833c0fac`.
 * ```tl
 * inlineQueryPeerTypePM#833c0fac = InlineQueryPeerType;
 * ```
 * Declared at schema/api.tl:1143.
 */
export interface InlineQueryPeerTypePM {
    /** TL constructor `inlineQueryPeerTypePM`. */
    _: "inlineQueryPeerTypePM";
}
/**
 * Peer type: private chat with the bot itself
 *
 * Constructor of `InlineQueryPeerType`; its id is `0x3081ed9d`.
 * ```tl
 * inlineQueryPeerTypeSameBotPM#3081ed9d = InlineQueryPeerType;
 * ```
 * Declared at schema/api.tl:1142.
 */
export interface InlineQueryPeerTypeSameBotPM {
    /** TL constructor `inlineQueryPeerTypeSameBotPM`. */
    _: "inlineQueryPeerTypeSameBotPM";
}
/**
 * Represents a sent inline message from the perspective of a bot (legacy constructor)
 *
 * Constructor of `InputBotInlineMessageID`; its id is `0x890c3d89`.
 * ```tl
 * inputBotInlineMessageID#890c3d89 dc_id:int id:long access_hash:long = InputBotInlineMessageID;
 * ```
 * Declared at schema/api.tl:724.
 */
export interface InputBotInlineMessageID {
    /** TL constructor `inputBotInlineMessageID`. */
    _: "inputBotInlineMessageID";
    /** DC ID to use when working with this inline message */
    dcId: number;
    /** ID of message, contains both the (32-bit, legacy) owner ID and the message ID, used only for Bot API backwards compatibility with 32-bit user ID. */
    id: bigint;
    /** Access hash of message */
    accessHash: bigint;
}
/**
 * Represents a sent inline message from the perspective of a bot
 *
 * Constructor of `InputBotInlineMessageID`; its id is `0xb6d915d7`.
 * ```tl
 * inputBotInlineMessageID64#b6d915d7 dc_id:int owner_id:long id:int access_hash:long = InputBotInlineMessageID;
 * ```
 * Declared at schema/api.tl:725.
 */
export interface InputBotInlineMessageID64 {
    /** TL constructor `inputBotInlineMessageID64`. */
    _: "inputBotInlineMessageID64";
    /** DC ID to use when working with this inline message */
    dcId: number;
    /** ID of the owner of this message */
    ownerId: bigint;
    /** ID of message */
    id: number;
    /** Access hash of message */
    accessHash: bigint;
}
/**
 * Represents a channel
 *
 * Constructor of `InputChannel`; its id is `0xf35aec28`.
 * ```tl
 * inputChannel#f35aec28 channel_id:long access_hash:long = InputChannel;
 * ```
 * Declared at schema/api.tl:651.
 */
export interface InputChannel {
    /** TL constructor `inputChannel`. */
    _: "inputChannel";
    /** Channel ID */
    channelId: bigint;
    /** Access hash taken from the {@link RawChannel} constructor */
    accessHash: bigint;
}
/**
 * Represents the absence of a channel
 *
 * Constructor of `InputChannel`; its id is `0xee8c1e86`.
 * ```tl
 * inputChannelEmpty#ee8c1e86 = InputChannel;
 * ```
 * Declared at schema/api.tl:650.
 */
export interface InputChannelEmpty {
    /** TL constructor `inputChannelEmpty`. */
    _: "inputChannelEmpty";
}
/**
 * Defines a [min](https://corefork.telegram.org/api/min) channel that was seen in a certain message of a certain chat.
 *
 * Constructor of `InputChannel`; its id is `0x5b934f9d`.
 * ```tl
 * inputChannelFromMessage#5b934f9d peer:InputPeer msg_id:int channel_id:long = InputChannel;
 * ```
 * Declared at schema/api.tl:652.
 */
export interface InputChannelFromMessage {
    /** TL constructor `inputChannelFromMessage`. */
    _: "inputChannelFromMessage";
    /** The chat where the channel was seen */
    peer: TypeInputPeer;
    /** The message ID in the chat where the channel was seen */
    msgId: number;
    /** The channel ID */
    channelId: bigint;
}
/**
 * Folder ID
 *
 * Constructor of `InputChatlist`; its id is `0xf3e0da33`.
 * ```tl
 * inputChatlistDialogFilter#f3e0da33 filter_id:int = InputChatlist;
 * ```
 * Declared at schema/api.tl:1309.
 */
export interface InputChatlistDialogFilter {
    /** TL constructor `inputChatlistDialogFilter`. */
    _: "inputChatlistDialogFilter";
    /** [Folder](https://corefork.telegram.org/api/folders) ID */
    filterId: number;
}
/**
 * Info about an [MTProxy](https://corefork.telegram.org/mtproto/mtproto-transports#transport-obfuscation) used to connect.
 *
 * Constructor of `InputClientProxy`; its id is `0x75588b3f`.
 * ```tl
 * inputClientProxy#75588b3f address:string port:int = InputClientProxy;
 * ```
 * Declared at schema/api.tl:965.
 */
export interface InputClientProxy {
    /** TL constructor `inputClientProxy`. */
    _: "inputClientProxy";
    /** Proxy address */
    address: string;
    /** Proxy port */
    port: number;
}
/**
 * Defines a document for subsequent interaction.
 *
 * Constructor of `InputDocument`; its id is `0x1abfb575`.
 * ```tl
 * inputDocument#1abfb575 id:long access_hash:long file_reference:bytes = InputDocument;
 * ```
 * Declared at schema/api.tl:470.
 */
export interface InputDocument {
    /** TL constructor `inputDocument`. */
    _: "inputDocument";
    /** Document ID */
    id: bigint;
    /** **access_hash** parameter from the {@link RawDocument} constructor */
    accessHash: bigint;
    /** [File reference](https://corefork.telegram.org/api/file-references) */
    fileReference: Uint8Array;
}
/**
 * Empty constructor.
 *
 * Constructor of `InputDocument`; its id is `0x72f0eaae`.
 * ```tl
 * inputDocumentEmpty#72f0eaae = InputDocument;
 * ```
 * Declared at schema/api.tl:469.
 */
export interface InputDocumentEmpty {
    /** TL constructor `inputDocumentEmpty`. */
    _: "inputDocumentEmpty";
}
/**
 * An [owned collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts) as emoji status: can only be used in {@link account.RawUpdateEmojiStatusRequest}, is never returned by the API.
 *
 * Note that once set, the status will be returned to users as a {@link RawEmojiStatusCollectible} constructor, instead (which **cannot** be passed to {@link account.RawUpdateEmojiStatusRequest}, and must be converted to an {@link RawInputEmojiStatusCollectible} first).
 *
 * Constructor of `EmojiStatus`; its id is `0x07141dbf`.
 * ```tl
 * inputEmojiStatusCollectible#07141dbf flags:# collectible_id:long until:flags.0?int = EmojiStatus;
 * ```
 * Declared at schema/api.tl:1253.
 */
export interface InputEmojiStatusCollectible {
    /** TL constructor `inputEmojiStatusCollectible`. */
    _: "inputEmojiStatusCollectible";
    /** ID of the collectible (from {@link RawStarGiftUnique}.`id`). */
    collectibleId: bigint;
    /**
     * If set, the emoji status will be active until the specified unixtime.
     *
     * Optional: bit 0 of `flags` (TL `until:flags.0?…`).
     */
    until?: number;
}
/**
 * Defines a file saved in parts using the method {@link upload.RawSaveFilePartRequest}.
 *
 * Constructor of `InputFile`; its id is `0xf52ff27f`.
 * ```tl
 * inputFile#f52ff27f id:long parts:int name:string md5_checksum:string = InputFile;
 * ```
 * Declared at schema/api.tl:26.
 */
export interface InputFile {
    /** TL constructor `inputFile`. */
    _: "inputFile";
    /** Random file identifier created by the client */
    id: bigint;
    /** Number of parts saved */
    parts: number;
    /** Full name of the file */
    name: string;
    /** In case the file's [md5-hash](https://en.wikipedia.org/wiki/MD5#MD5_hashes) was passed, contents of the file will be checked prior to use */
    md5Checksum: string;
}
/**
 * Assigns a big file (over 10 MB in size), saved in part using the method {@link upload.RawSaveBigFilePartRequest}.
 *
 * Constructor of `InputFile`; its id is `0xfa4f0bb5`.
 * ```tl
 * inputFileBig#fa4f0bb5 id:long parts:int name:string = InputFile;
 * ```
 * Declared at schema/api.tl:27.
 */
export interface InputFileBig {
    /** TL constructor `inputFileBig`. */
    _: "inputFileBig";
    /** Random file id, created by the client */
    id: bigint;
    /** Number of parts saved */
    parts: number;
    /** Full file name */
    name: string;
}
/**
 * Used to [edit the thumbnail/static preview of a story, see here »](https://corefork.telegram.org/api/stories#editing-stories) for more info on the full flow.
 *
 * Constructor of `InputFile`; its id is `0x62dc8b48`.
 * ```tl
 * inputFileStoryDocument#62dc8b48 id:InputDocument = InputFile;
 * ```
 * Declared at schema/api.tl:28.
 */
export interface InputFileStoryDocument {
    /** TL constructor `inputFileStoryDocument`. */
    _: "inputFileStoryDocument";
    /** The old story video. */
    id: TypeInputDocument;
}
/**
 * Indicates an already sent game
 *
 * Constructor of `InputGame`; its id is `0x032c3e77`.
 * ```tl
 * inputGameID#032c3e77 id:long access_hash:long = InputGame;
 * ```
 * Declared at schema/api.tl:760.
 */
export interface InputGameID {
    /** TL constructor `inputGameID`. */
    _: "inputGameID";
    /** game ID from [Game](https://corefork.telegram.org/type/Game) constructor */
    id: bigint;
    /** access hash from [Game](https://corefork.telegram.org/type/Game) constructor */
    accessHash: bigint;
}
/**
 * Game by short name
 *
 * Constructor of `InputGame`; its id is `0xc331e80a`.
 * ```tl
 * inputGameShortName#c331e80a bot_id:InputUser short_name:string = InputGame;
 * ```
 * Declared at schema/api.tl:761.
 */
export interface InputGameShortName {
    /** TL constructor `inputGameShortName`. */
    _: "inputGameShortName";
    /** The bot that provides the game */
    botId: TypeInputUser;
    /** The game's short name, usually obtained from a [game link »](https://corefork.telegram.org/api/links#game-links) */
    shortName: string;
}
/**
 * Defines a GeoPoint by its coordinates.
 *
 * Constructor of `InputGeoPoint`; its id is `0x48222faf`.
 * ```tl
 * inputGeoPoint#48222faf flags:# lat:double long:double accuracy_radius:flags.0?int = InputGeoPoint;
 * ```
 * Declared at schema/api.tl:53.
 */
export interface InputGeoPoint {
    /** TL constructor `inputGeoPoint`. */
    _: "inputGeoPoint";
    /** Latitude */
    lat: number;
    /** Longitude */
    long: number;
    /**
     * The estimated horizontal accuracy of the location, in meters; as defined by the sender.
     *
     * Optional: bit 0 of `flags` (TL `accuracy_radius:flags.0?…`).
     */
    accuracyRadius?: number;
}
/**
 * Empty GeoPoint constructor.
 *
 * Constructor of `InputGeoPoint`; its id is `0xe4c123d6`.
 * ```tl
 * inputGeoPointEmpty#e4c123d6 = InputGeoPoint;
 * ```
 * Declared at schema/api.tl:52.
 */
export interface InputGeoPointEmpty {
    /** TL constructor `inputGeoPointEmpty`. */
    _: "inputGeoPointEmpty";
}
/**
 * Points to a specific group call
 *
 * Constructor of `InputGroupCall`; its id is `0xd8aa840f`.
 * ```tl
 * inputGroupCall#d8aa840f id:long access_hash:long = InputGroupCall;
 * ```
 * Declared at schema/api.tl:1136.
 */
export interface InputGroupCall {
    /** TL constructor `inputGroupCall`. */
    _: "inputGroupCall";
    /** Group call ID */
    id: bigint;
    /** Group call access hash */
    accessHash: bigint;
}
/**
 * Join a group call through a {@link RawMessageActionConferenceCall} invitation message.
 *
 * Constructor of `InputGroupCall`; its id is `0x8c10603f`.
 * ```tl
 * inputGroupCallInviteMessage#8c10603f msg_id:int = InputGroupCall;
 * ```
 * Declared at schema/api.tl:1138.
 */
export interface InputGroupCallInviteMessage {
    /** TL constructor `inputGroupCallInviteMessage`. */
    _: "inputGroupCallInviteMessage";
    /** ID of the {@link RawMessageActionConferenceCall}. */
    msgId: number;
}
/**
 * Join a conference call through an [invitation link »](https://corefork.telegram.org/api/links#conference-links).
 *
 * Constructor of `InputGroupCall`; its id is `0xfe06823f`.
 * ```tl
 * inputGroupCallSlug#fe06823f slug:string = InputGroupCall;
 * ```
 * Declared at schema/api.tl:1137.
 */
export interface InputGroupCallSlug {
    /** TL constructor `inputGroupCallSlug`. */
    _: "inputGroupCallSlug";
    /** Slug from the [conference link »](https://corefork.telegram.org/api/links#conference-links). */
    slug: string;
}
/**
 * Prompts the user to select and share one or more peers with the bot using {@link messages.RawSendBotRequestedPeerRequest}.
 *
 * Constructor of `KeyboardButton`; its id is `0x02b78156`.
 * ```tl
 * inputKeyboardButtonRequestPeer#02b78156 flags:# name_requested:flags.0?true username_requested:flags.1?true photo_requested:flags.2?true style:flags.10?KeyboardButtonStyle text:string button_id:int peer_type:RequestPeerType max_quantity:int = KeyboardButton;
 * ```
 * Declared at schema/api.tl:618.
 */
export interface InputKeyboardButtonRequestPeer {
    /** TL constructor `inputKeyboardButtonRequestPeer`. */
    _: "inputKeyboardButtonRequestPeer";
    /**
     * Set this flag to request the peer's name.
     *
     * Optional: bit 0 of `flags` (TL `name_requested:flags.0?…`).
     */
    nameRequested?: boolean;
    /**
     * Set this flag to request the peer's `@username` (if any).
     *
     * Optional: bit 1 of `flags` (TL `username_requested:flags.1?…`).
     */
    usernameRequested?: boolean;
    /**
     * Set this flag to request the peer's photo (if any).
     *
     * Optional: bit 2 of `flags` (TL `photo_requested:flags.2?…`).
     */
    photoRequested?: boolean;
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button text */
    text: string;
    /** Button ID, to be passed to {@link messages.RawSendBotRequestedPeerRequest}. */
    buttonId: number;
    /**
     * Filtering criteria to use for the peer selection list shown to the user.
     * The list should display all existing peers of the specified type, and should also offer an option for the user to create and immediately use one or more (up to `max_quantity`) peers of the specified type, if needed.
     */
    peerType: TypeRequestPeerType;
    /** Maximum number of peers that can be chosen. */
    maxQuantity: number;
}
/**
 * Button to request a user to {@link messages.RawAcceptUrlAuthRequest} via URL using [Seamless Telegram Login](https://telegram.org/blog/privacy-discussions-web-bots#meet-seamless-web-bots).
 *
 * Constructor of `KeyboardButton`; its id is `0x68013e72`.
 * ```tl
 * inputKeyboardButtonUrlAuth#68013e72 flags:# request_write_access:flags.0?true style:flags.10?KeyboardButtonStyle text:string fwd_text:flags.1?string url:string bot:InputUser = KeyboardButton;
 * ```
 * Declared at schema/api.tl:611.
 */
export interface InputKeyboardButtonUrlAuth {
    /** TL constructor `inputKeyboardButtonUrlAuth`. */
    _: "inputKeyboardButtonUrlAuth";
    /**
     * Set this flag to request the permission for your bot to send messages to the user.
     *
     * Optional: bit 0 of `flags` (TL `request_write_access:flags.0?…`).
     */
    requestWriteAccess?: boolean;
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button text */
    text: string;
    /**
     * New text of the button in forwarded messages.
     *
     * Optional: bit 1 of `flags` (TL `fwd_text:flags.1?…`).
     */
    fwdText?: string;
    /**
     * An HTTP URL to be opened with user authorization data added to the query string when the button is pressed. If the user refuses to provide authorization data, the original URL without information about the user will be opened. The data added is the same as described in [Receiving authorization data](https://corefork.telegram.org/widgets/login#receiving-authorization-data).
     * NOTE: You must always check the hash of the received data to verify the authentication and the integrity of the data as described in [Checking authorization](https://corefork.telegram.org/widgets/login#checking-authorization).
     */
    url: string;
    /** Username of a bot, which will be used for user authorization. See [Setting up a bot](https://corefork.telegram.org/widgets/login#setting-up-a-bot) for more details. If not specified, the current bot's username will be assumed. The url's domain must be the same as the domain linked with the bot. See [Linking your domain to the bot](https://corefork.telegram.org/widgets/login#linking-your-domain-to-the-bot) for more details. */
    bot: TypeInputUser;
}
/**
 * Button that links directly to a user profile
 *
 * Constructor of `KeyboardButton`; its id is `0x7d5e07c7`.
 * ```tl
 * inputKeyboardButtonUserProfile#7d5e07c7 flags:# style:flags.10?KeyboardButtonStyle text:string user_id:InputUser = KeyboardButton;
 * ```
 * Declared at schema/api.tl:613.
 */
export interface InputKeyboardButtonUserProfile {
    /** TL constructor `inputKeyboardButtonUserProfile`. */
    _: "inputKeyboardButtonUserProfile";
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button text */
    text: string;
    /** User ID */
    userId: TypeInputUser;
}
/**
 * Represents a channel post
 *
 * Constructor of `MediaArea`; its id is `0x2271f2bf`.
 * ```tl
 * inputMediaAreaChannelPost#2271f2bf coordinates:MediaAreaCoordinates channel:InputChannel msg_id:int = MediaArea;
 * ```
 * Declared at schema/api.tl:1343.
 */
export interface InputMediaAreaChannelPost {
    /** TL constructor `inputMediaAreaChannelPost`. */
    _: "inputMediaAreaChannelPost";
    /** The size and location of the media area corresponding to the location sticker on top of the story media. */
    coordinates: TypeMediaAreaCoordinates;
    /** The channel that posted the message */
    channel: TypeInputChannel;
    /** ID of the channel message */
    msgId: number;
}
/**
 * Represents a [location tag](https://corefork.telegram.org/api/stories#media-areas) attached to a [story](https://corefork.telegram.org/api/stories), with additional venue information.
 *
 * Constructor of `MediaArea`; its id is `0xb282217f`.
 * ```tl
 * inputMediaAreaVenue#b282217f coordinates:MediaAreaCoordinates query_id:long result_id:string = MediaArea;
 * ```
 * Declared at schema/api.tl:1339.
 */
export interface InputMediaAreaVenue {
    /** TL constructor `inputMediaAreaVenue`. */
    _: "inputMediaAreaVenue";
    /** The size and location of the media area corresponding to the location sticker on top of the story media. */
    coordinates: TypeMediaAreaCoordinates;
    /** The `query_id` from {@link messages.RawBotResults}, see [here »](https://corefork.telegram.org/api/stories#media-areas) for more info. */
    queryId: bigint;
    /** The `id` of the chosen result, see [here »](https://corefork.telegram.org/api/stories#media-areas) for more info. */
    resultId: string;
}
/**
 * Phone book contact
 *
 * Constructor of `InputMedia`; its id is `0xf8ab7dfb`.
 * ```tl
 * inputMediaContact#f8ab7dfb phone_number:string first_name:string last_name:string vcard:string = InputMedia;
 * ```
 * Declared at schema/api.tl:33.
 */
export interface InputMediaContact {
    /** TL constructor `inputMediaContact`. */
    _: "inputMediaContact";
    /** Phone number */
    phoneNumber: string;
    /** Contact's first name */
    firstName: string;
    /** Contact's last name */
    lastName: string;
    /** Contact vcard */
    vcard: string;
}
/**
 * Send a [dice-based animated sticker](https://corefork.telegram.org/api/dice)
 *
 * Constructor of `InputMedia`; its id is `0xe66fbf7b`.
 * ```tl
 * inputMediaDice#e66fbf7b emoticon:string = InputMedia;
 * ```
 * Declared at schema/api.tl:43.
 */
export interface InputMediaDice {
    /** TL constructor `inputMediaDice`. */
    _: "inputMediaDice";
    /** The emoji, for now ,  and  are supported */
    emoticon: string;
}
/**
 * Forwarded document
 *
 * Constructor of `InputMedia`; its id is `0xa8763ab5`.
 * ```tl
 * inputMediaDocument#a8763ab5 flags:# spoiler:flags.2?true id:InputDocument video_cover:flags.3?InputPhoto video_timestamp:flags.4?int ttl_seconds:flags.0?int query:flags.1?string = InputMedia;
 * ```
 * Declared at schema/api.tl:35.
 */
export interface InputMediaDocument {
    /** TL constructor `inputMediaDocument`. */
    _: "inputMediaDocument";
    /**
     * Whether this media should be hidden behind a spoiler warning
     *
     * Optional: bit 2 of `flags` (TL `spoiler:flags.2?…`).
     */
    spoiler?: boolean;
    /** The document to be forwarded. */
    id: TypeInputDocument;
    /**
     * Custom video cover.
     *
     * Optional: bit 3 of `flags` (TL `video_cover:flags.3?…`).
     */
    videoCover?: TypeInputPhoto;
    /**
     * Start playing the video at the specified timestamp (seconds).
     *
     * Optional: bit 4 of `flags` (TL `video_timestamp:flags.4?…`).
     */
    videoTimestamp?: number;
    /**
     * Time to live of self-destructing document
     *
     * Optional: bit 0 of `flags` (TL `ttl_seconds:flags.0?…`).
     */
    ttlSeconds?: number;
    /**
     * Text query or emoji that was used by the user to find this sticker or GIF: used to improve search result relevance.
     *
     * Optional: bit 1 of `flags` (TL `query:flags.1?…`).
     */
    query?: string;
}
/**
 * Document that will be downloaded by the telegram servers
 *
 * Constructor of `InputMedia`; its id is `0x779600f9`.
 * ```tl
 * inputMediaDocumentExternal#779600f9 flags:# spoiler:flags.1?true url:string ttl_seconds:flags.0?int video_cover:flags.2?InputPhoto video_timestamp:flags.3?int = InputMedia;
 * ```
 * Declared at schema/api.tl:38.
 */
export interface InputMediaDocumentExternal {
    /** TL constructor `inputMediaDocumentExternal`. */
    _: "inputMediaDocumentExternal";
    /**
     * Whether this media should be hidden behind a spoiler warning
     *
     * Optional: bit 1 of `flags` (TL `spoiler:flags.1?…`).
     */
    spoiler?: boolean;
    /** URL of the document */
    url: string;
    /**
     * Self-destruct time to live of document
     *
     * Optional: bit 0 of `flags` (TL `ttl_seconds:flags.0?…`).
     */
    ttlSeconds?: number;
    /**
     * Custom video cover.
     *
     * Optional: bit 2 of `flags` (TL `video_cover:flags.2?…`).
     */
    videoCover?: TypeInputPhoto;
    /**
     * Start playing the video at the specified timestamp (seconds).
     *
     * Optional: bit 3 of `flags` (TL `video_timestamp:flags.3?…`).
     */
    videoTimestamp?: number;
}
/**
 * Empty media content of a message.
 *
 * Constructor of `InputMedia`; its id is `0x9664f57f`.
 * ```tl
 * inputMediaEmpty#9664f57f = InputMedia;
 * ```
 * Declared at schema/api.tl:29.
 */
export interface InputMediaEmpty {
    /** TL constructor `inputMediaEmpty`. */
    _: "inputMediaEmpty";
}
/**
 * A game
 *
 * Constructor of `InputMedia`; its id is `0xd33f43f3`.
 * ```tl
 * inputMediaGame#d33f43f3 id:InputGame = InputMedia;
 * ```
 * Declared at schema/api.tl:39.
 */
export interface InputMediaGame {
    /** TL constructor `inputMediaGame`. */
    _: "inputMediaGame";
    /** The game to forward */
    id: TypeInputGame;
}
/**
 * [Live geolocation](https://corefork.telegram.org/api/live-location)
 *
 * Constructor of `InputMedia`; its id is `0x971fa843`.
 * ```tl
 * inputMediaGeoLive#971fa843 flags:# stopped:flags.0?true geo_point:InputGeoPoint heading:flags.2?int period:flags.1?int proximity_notification_radius:flags.3?int = InputMedia;
 * ```
 * Declared at schema/api.tl:41.
 */
export interface InputMediaGeoLive {
    /** TL constructor `inputMediaGeoLive`. */
    _: "inputMediaGeoLive";
    /**
     * Whether sending of the geolocation was stopped
     *
     * Optional: bit 0 of `flags` (TL `stopped:flags.0?…`).
     */
    stopped?: boolean;
    /** Current geolocation */
    geoPoint: TypeInputGeoPoint;
    /**
     * For [live locations](https://corefork.telegram.org/api/live-location), a direction in which the location moves, in degrees; 1-360.
     *
     * Optional: bit 2 of `flags` (TL `heading:flags.2?…`).
     */
    heading?: number;
    /**
     * Validity period of the current location
     *
     * Optional: bit 1 of `flags` (TL `period:flags.1?…`).
     */
    period?: number;
    /**
     * For [live locations](https://corefork.telegram.org/api/live-location), a maximum distance to another chat member for proximity alerts, in meters (0-100000)
     *
     * Optional: bit 3 of `flags` (TL `proximity_notification_radius:flags.3?…`).
     */
    proximityNotificationRadius?: number;
}
/**
 * Map.
 *
 * Constructor of `InputMedia`; its id is `0xf9c44144`.
 * ```tl
 * inputMediaGeoPoint#f9c44144 geo_point:InputGeoPoint = InputMedia;
 * ```
 * Declared at schema/api.tl:32.
 */
export interface InputMediaGeoPoint {
    /** TL constructor `inputMediaGeoPoint`. */
    _: "inputMediaGeoPoint";
    /** GeoPoint */
    geoPoint: TypeInputGeoPoint;
}
/**
 * Generated invoice of a [bot payment](https://corefork.telegram.org/bots/payments)
 *
 * Constructor of `InputMedia`; its id is `0x405fef0d`.
 * ```tl
 * inputMediaInvoice#405fef0d flags:# title:string description:string photo:flags.0?InputWebDocument invoice:Invoice payload:bytes provider:flags.3?string provider_data:DataJSON start_param:flags.1?string extended_media:flags.2?InputMedia = InputMedia;
 * ```
 * Declared at schema/api.tl:40.
 */
export interface InputMediaInvoice {
    /** TL constructor `inputMediaInvoice`. */
    _: "inputMediaInvoice";
    /** Product name, 1-32 characters */
    title: string;
    /** Product description, 1-255 characters */
    description: string;
    /**
     * URL of the product photo for the invoice. Can be a photo of the goods or a marketing image for a service. People like it better when they see what they are paying for.
     *
     * Optional: bit 0 of `flags` (TL `photo:flags.0?…`).
     */
    photo?: TypeInputWebDocument;
    /** The actual invoice */
    invoice: TypeInvoice;
    /** Bot-defined invoice payload, 1-128 bytes. This will not be displayed to the user, use for your internal processes. */
    payload: Uint8Array;
    /**
     * Payments provider token, obtained via [Botfather](https://t.me/botfather)
     *
     * Optional: bit 3 of `flags` (TL `provider:flags.3?…`).
     */
    provider?: string;
    /** JSON-encoded data about the invoice, which will be shared with the payment provider. A detailed description of required fields should be provided by the payment provider. */
    providerData: TypeDataJSON;
    /**
     * Unique [bot deep links start parameter](https://corefork.telegram.org/api/links#bot-links). If present, forwarded copies of the sent message will have a URL button with a [deep link](https://corefork.telegram.org/api/links#bot-links) to the bot (instead of a Pay button), with the value used as the start parameter. If absent, forwarded copies of the sent message will have a Pay button, allowing multiple users to pay directly from the forwarded message, using the same invoice.
     *
     * Optional: bit 1 of `flags` (TL `start_param:flags.1?…`).
     */
    startParam?: string;
    /**
     * Deprecated
     *
     * Optional: bit 2 of `flags` (TL `extended_media:flags.2?…`).
     */
    extendedMedia?: TypeInputMedia;
}
/**
 * [Paid media, see here »](https://corefork.telegram.org/api/paid-media) for more info.
 *
 * Constructor of `InputMedia`; its id is `0xc4103386`.
 * ```tl
 * inputMediaPaidMedia#c4103386 flags:# stars_amount:long extended_media:Vector<InputMedia> payload:flags.0?string = InputMedia;
 * ```
 * Declared at schema/api.tl:46.
 */
export interface InputMediaPaidMedia {
    /** TL constructor `inputMediaPaidMedia`. */
    _: "inputMediaPaidMedia";
    /** The price of the media in [Telegram Stars](https://corefork.telegram.org/api/stars). */
    starsAmount: bigint;
    /** Photos or videos. */
    extendedMedia: TypeInputMedia[];
    /**
     * Bots only, specifies a custom payload that will then be passed in {@link RawUpdateBotPurchasedPaidMedia} when a payment is made (this field will not be visible to the user)
     *
     * Optional: bit 0 of `flags` (TL `payload:flags.0?…`).
     */
    payload?: string;
}
/**
 * Forwarded photo
 *
 * Constructor of `InputMedia`; its id is `0xe3af4434`.
 * ```tl
 * inputMediaPhoto#e3af4434 flags:# spoiler:flags.1?true live_photo:flags.2?true id:InputPhoto ttl_seconds:flags.0?int video:flags.2?InputDocument = InputMedia;
 * ```
 * Declared at schema/api.tl:31.
 */
export interface InputMediaPhoto {
    /** TL constructor `inputMediaPhoto`. */
    _: "inputMediaPhoto";
    /**
     * Whether this media should be hidden behind a spoiler warning
     *
     * Optional: bit 1 of `flags` (TL `spoiler:flags.1?…`).
     */
    spoiler?: boolean;
    /**
     * Optional: bit 2 of `flags` (TL `live_photo:flags.2?…`).
     *
     * Shares its flag bit with `video`, `livePhoto`: true exactly when those are given.
     */
    livePhoto?: boolean;
    /** Photo to be forwarded */
    id: TypeInputPhoto;
    /**
     * Time to live in seconds of self-destructing photo
     *
     * Optional: bit 0 of `flags` (TL `ttl_seconds:flags.0?…`).
     */
    ttlSeconds?: number;
    /**
     * Optional: bit 2 of `flags` (TL `video:flags.2?…`).
     *
     * Shares its flag bit with `video`, `livePhoto`: give all of the value fields or none (checked in the types and at runtime).
     */
    video?: TypeInputDocument;
}
/**
 * New photo that will be uploaded by the server using the specified URL
 *
 * Constructor of `InputMedia`; its id is `0xe5bbfe1a`.
 * ```tl
 * inputMediaPhotoExternal#e5bbfe1a flags:# spoiler:flags.1?true url:string ttl_seconds:flags.0?int = InputMedia;
 * ```
 * Declared at schema/api.tl:37.
 */
export interface InputMediaPhotoExternal {
    /** TL constructor `inputMediaPhotoExternal`. */
    _: "inputMediaPhotoExternal";
    /**
     * Whether this media should be hidden behind a spoiler warning
     *
     * Optional: bit 1 of `flags` (TL `spoiler:flags.1?…`).
     */
    spoiler?: boolean;
    /** URL of the photo */
    url: string;
    /**
     * Self-destruct time to live of photo
     *
     * Optional: bit 0 of `flags` (TL `ttl_seconds:flags.0?…`).
     */
    ttlSeconds?: number;
}
/**
 * A poll
 *
 * Constructor of `InputMedia`; its id is `0x883a4108`.
 * ```tl
 * inputMediaPoll#883a4108 flags:# poll:Poll correct_answers:flags.0?Vector<int> attached_media:flags.3?InputMedia solution:flags.1?string solution_entities:flags.1?Vector<MessageEntity> solution_media:flags.2?InputMedia = InputMedia;
 * ```
 * Declared at schema/api.tl:42.
 */
export type InputMediaPoll = {
    /**
     * TL constructor `inputMediaPoll`.
     */
    _: "inputMediaPoll";
    /**
     * The poll to send
     */
    poll: TypePoll;
    /**
     * Correct answer IDs (for quiz polls)
     *
     * Optional: bit 0 of `flags` (TL `correct_answers:flags.0?…`).
     */
    correctAnswers?: number[];
    /**
     * Optional: bit 3 of `flags` (TL `attached_media:flags.3?…`).
     */
    attachedMedia?: TypeInputMedia;
    /**
     * Optional: bit 2 of `flags` (TL `solution_media:flags.2?…`).
     */
    solutionMedia?: TypeInputMedia;
} & ({
    /**
     * Explanation of quiz solution
     *
     * Optional: bit 1 of `flags` (TL `solution:flags.1?…`).
     *
     * Shares its flag bit with `solution`, `solutionEntities`: give all of the value fields or none (checked in the types and at runtime).
     */
    solution: string;
    /**
     * [Message entities for styled text](https://corefork.telegram.org/api/entities)
     *
     * Optional: bit 1 of `flags` (TL `solution_entities:flags.1?…`).
     *
     * Shares its flag bit with `solution`, `solutionEntities`: give all of the value fields or none (checked in the types and at runtime).
     */
    solutionEntities: TypeMessageEntity[];
} | {
    /**
     * Given together with `solutionEntities`, or not at all.
     */
    solution?: undefined;
    /**
     * Given together with `solution`, or not at all.
     */
    solutionEntities?: undefined;
});
/**
 * Constructor of `InputMedia`; its id is `0xf3a9244a`.
 * ```tl
 * inputMediaStakeDice#f3a9244a game_hash:string ton_amount:long client_seed:bytes = InputMedia;
 * ```
 * Declared at schema/api.tl:48.
 */
export interface InputMediaStakeDice {
    /** TL constructor `inputMediaStakeDice`. */
    _: "inputMediaStakeDice";
    /** TL field `game_hash`. */
    gameHash: string;
    /** TL field `ton_amount`. */
    tonAmount: bigint;
    /** TL field `client_seed`. */
    clientSeed: Uint8Array;
}
/**
 * Forwarded story
 *
 * Constructor of `InputMedia`; its id is `0x89fdd778`.
 * ```tl
 * inputMediaStory#89fdd778 peer:InputPeer id:int = InputMedia;
 * ```
 * Declared at schema/api.tl:44.
 */
export interface InputMediaStory {
    /** TL constructor `inputMediaStory`. */
    _: "inputMediaStory";
    /** Peer where the story was posted */
    peer: TypeInputPeer;
    /** Story ID */
    id: number;
}
/**
 * Creates a [todo list »](https://corefork.telegram.org/api/todo).
 *
 * Constructor of `InputMedia`; its id is `0x9fc55fde`.
 * ```tl
 * inputMediaTodo#9fc55fde todo:TodoList = InputMedia;
 * ```
 * Declared at schema/api.tl:47.
 */
export interface InputMediaTodo {
    /** TL constructor `inputMediaTodo`. */
    _: "inputMediaTodo";
    /** The todo list. */
    todo: TypeTodoList;
}
/**
 * New document
 *
 * Constructor of `InputMedia`; its id is `0x037c9330`.
 * ```tl
 * inputMediaUploadedDocument#037c9330 flags:# nosound_video:flags.3?true force_file:flags.4?true spoiler:flags.5?true file:InputFile thumb:flags.2?InputFile mime_type:string attributes:Vector<DocumentAttribute> stickers:flags.0?Vector<InputDocument> video_cover:flags.6?InputPhoto video_timestamp:flags.7?int ttl_seconds:flags.1?int = InputMedia;
 * ```
 * Declared at schema/api.tl:34.
 */
export interface InputMediaUploadedDocument {
    /** TL constructor `inputMediaUploadedDocument`. */
    _: "inputMediaUploadedDocument";
    /**
     * Whether to send the file as a video even if it doesn't have an audio track (i.e. if set, the {@link RawDocumentAttributeAnimated} attribute will **not** be set even for videos without audio)
     *
     * Optional: bit 3 of `flags` (TL `nosound_video:flags.3?…`).
     */
    nosoundVideo?: boolean;
    /**
     * Force the media file to be uploaded as document
     *
     * Optional: bit 4 of `flags` (TL `force_file:flags.4?…`).
     */
    forceFile?: boolean;
    /**
     * Whether this media should be hidden behind a spoiler warning
     *
     * Optional: bit 5 of `flags` (TL `spoiler:flags.5?…`).
     */
    spoiler?: boolean;
    /** The [uploaded file](https://corefork.telegram.org/api/files) */
    file: TypeInputFile;
    /**
     * Thumbnail of the document, uploaded as for the file
     *
     * Optional: bit 2 of `flags` (TL `thumb:flags.2?…`).
     */
    thumb?: TypeInputFile;
    /** MIME type of document */
    mimeType: string;
    /** Attributes that specify the type of the document (video, audio, voice, sticker, etc.) */
    attributes: TypeDocumentAttribute[];
    /**
     * Attached stickers
     *
     * Optional: bit 0 of `flags` (TL `stickers:flags.0?…`).
     */
    stickers?: TypeInputDocument[];
    /**
     * Start playing the video at the specified timestamp (seconds).
     *
     * Optional: bit 6 of `flags` (TL `video_cover:flags.6?…`).
     */
    videoCover?: TypeInputPhoto;
    /**
     * Start playing the video at the specified timestamp (seconds).
     *
     * Optional: bit 7 of `flags` (TL `video_timestamp:flags.7?…`).
     */
    videoTimestamp?: number;
    /**
     * Time to live in seconds of self-destructing document
     *
     * Optional: bit 1 of `flags` (TL `ttl_seconds:flags.1?…`).
     */
    ttlSeconds?: number;
}
/**
 * Photo
 *
 * Constructor of `InputMedia`; its id is `0x7d8375da`.
 * ```tl
 * inputMediaUploadedPhoto#7d8375da flags:# spoiler:flags.2?true live_photo:flags.3?true file:InputFile stickers:flags.0?Vector<InputDocument> ttl_seconds:flags.1?int video:flags.3?InputDocument = InputMedia;
 * ```
 * Declared at schema/api.tl:30.
 */
export interface InputMediaUploadedPhoto {
    /** TL constructor `inputMediaUploadedPhoto`. */
    _: "inputMediaUploadedPhoto";
    /**
     * Whether this media should be hidden behind a spoiler warning
     *
     * Optional: bit 2 of `flags` (TL `spoiler:flags.2?…`).
     */
    spoiler?: boolean;
    /**
     * Optional: bit 3 of `flags` (TL `live_photo:flags.3?…`).
     *
     * Shares its flag bit with `video`, `livePhoto`: true exactly when those are given.
     */
    livePhoto?: boolean;
    /** The [uploaded file](https://corefork.telegram.org/api/files) */
    file: TypeInputFile;
    /**
     * Attached mask stickers
     *
     * Optional: bit 0 of `flags` (TL `stickers:flags.0?…`).
     */
    stickers?: TypeInputDocument[];
    /**
     * Time to live in seconds of self-destructing photo
     *
     * Optional: bit 1 of `flags` (TL `ttl_seconds:flags.1?…`).
     */
    ttlSeconds?: number;
    /**
     * Optional: bit 3 of `flags` (TL `video:flags.3?…`).
     *
     * Shares its flag bit with `video`, `livePhoto`: give all of the value fields or none (checked in the types and at runtime).
     */
    video?: TypeInputDocument;
}
/**
 * Can be used to send a venue geolocation.
 *
 * Constructor of `InputMedia`; its id is `0xc13d1c11`.
 * ```tl
 * inputMediaVenue#c13d1c11 geo_point:InputGeoPoint title:string address:string provider:string venue_id:string venue_type:string = InputMedia;
 * ```
 * Declared at schema/api.tl:36.
 */
export interface InputMediaVenue {
    /** TL constructor `inputMediaVenue`. */
    _: "inputMediaVenue";
    /** Geolocation */
    geoPoint: TypeInputGeoPoint;
    /** Venue name */
    title: string;
    /** Physical address of the venue */
    address: string;
    /** Venue provider: currently only "foursquare" and "gplaces" (Google Places) need to be supported */
    provider: string;
    /** Venue ID in the provider's database */
    venueId: string;
    /** Venue type in the provider's database */
    venueType: string;
}
/**
 * Specifies options that will be used to generate the link preview for the caption, or even a standalone link preview without an attached message.
 *
 * Constructor of `InputMedia`; its id is `0xc21b8849`.
 * ```tl
 * inputMediaWebPage#c21b8849 flags:# force_large_media:flags.0?true force_small_media:flags.1?true optional:flags.2?true url:string = InputMedia;
 * ```
 * Declared at schema/api.tl:45.
 */
export interface InputMediaWebPage {
    /** TL constructor `inputMediaWebPage`. */
    _: "inputMediaWebPage";
    /**
     * If set, specifies that a large media preview should be used.
     *
     * Optional: bit 0 of `flags` (TL `force_large_media:flags.0?…`).
     */
    forceLargeMedia?: boolean;
    /**
     * If set, specifies that a small media preview should be used.
     *
     * Optional: bit 1 of `flags` (TL `force_small_media:flags.1?…`).
     */
    forceSmallMedia?: boolean;
    /**
     * If **not** set, a `WEBPAGE_NOT_FOUND` RPC error will be emitted if a webpage preview cannot be generated for the specified `url`; otherwise, no error will be emitted (unless the provided message is also empty, in which case a `MESSAGE_EMPTY` will be emitted, instead).
     *
     * Optional: bit 2 of `flags` (TL `optional:flags.2?…`).
     */
    optional?: boolean;
    /** The URL to use for the link preview. */
    url: string;
}
/**
 * Message entity that can be used to create a user [user mention](https://corefork.telegram.org/api/mentions): received mentions use the {@link RawMessageEntityMentionName} constructor, instead.
 *
 * Constructor of `MessageEntity`; its id is `0x208e68c9`.
 * ```tl
 * inputMessageEntityMentionName#208e68c9 offset:int length:int user_id:InputUser = MessageEntity;
 * ```
 * Declared at schema/api.tl:637.
 */
export interface InputMessageEntityMentionName {
    /** TL constructor `inputMessageEntityMentionName`. */
    _: "inputMessageEntityMentionName";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
    /** Identifier of the user that was mentioned */
    userId: TypeInputUser;
}
/**
 * Constructor of `PageBlock`; its id is `0x574b617f`.
 * ```tl
 * inputPageBlockMap#574b617f geo:InputGeoPoint zoom:int w:int h:int caption:PageCaption = PageBlock;
 * ```
 * Declared at schema/api.tl:830.
 */
export interface InputPageBlockMap {
    /** TL constructor `inputPageBlockMap`. */
    _: "inputPageBlockMap";
    /** TL field `geo`. */
    geo: TypeInputGeoPoint;
    /** TL field `zoom`. */
    zoom: number;
    /** TL field `w`. */
    w: number;
    /** TL field `h`. */
    h: number;
    /** TL field `caption`. */
    caption: TypePageCaption;
}
/**
 * Defines a channel for further interaction.
 *
 * Constructor of `InputPeer`; its id is `0x27bcbbfc`.
 * ```tl
 * inputPeerChannel#27bcbbfc channel_id:long access_hash:long = InputPeer;
 * ```
 * Declared at schema/api.tl:18.
 */
export interface InputPeerChannel {
    /** TL constructor `inputPeerChannel`. */
    _: "inputPeerChannel";
    /** Channel identifier */
    channelId: bigint;
    /** **access_hash** value from the {@link RawChannel} constructor */
    accessHash: bigint;
}
/**
 * Defines a [min](https://corefork.telegram.org/api/min) channel that was seen in a certain message of a certain chat.
 *
 * Constructor of `InputPeer`; its id is `0xbd2a0840`.
 * ```tl
 * inputPeerChannelFromMessage#bd2a0840 peer:InputPeer msg_id:int channel_id:long = InputPeer;
 * ```
 * Declared at schema/api.tl:20.
 */
export interface InputPeerChannelFromMessage {
    /** TL constructor `inputPeerChannelFromMessage`. */
    _: "inputPeerChannelFromMessage";
    /** The chat where the channel's message was seen */
    peer: TypeInputPeer;
    /** The message ID */
    msgId: number;
    /** The identifier of the channel that was seen */
    channelId: bigint;
}
/**
 * Defines a chat for further interaction.
 *
 * Constructor of `InputPeer`; its id is `0x35a95cb9`.
 * ```tl
 * inputPeerChat#35a95cb9 chat_id:long = InputPeer;
 * ```
 * Declared at schema/api.tl:16.
 */
export interface InputPeerChat {
    /** TL constructor `inputPeerChat`. */
    _: "inputPeerChat";
    /** Chat identifier */
    chatId: bigint;
}
/**
 * Represents a [color palette »](https://corefork.telegram.org/api/colors) associated to a [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts), see [here »](https://corefork.telegram.org/api/colors#collectible-gift-palettes) for more info.
 *
 * Constructor of `PeerColor`; its id is `0xb8ea86a9`.
 * ```tl
 * inputPeerColorCollectible#b8ea86a9 collectible_id:long = PeerColor;
 * ```
 * Declared at schema/api.tl:1370.
 */
export interface InputPeerColorCollectible {
    /** TL constructor `inputPeerColorCollectible`. */
    _: "inputPeerColorCollectible";
    /** ID of the [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts). */
    collectibleId: bigint;
}
/**
 * An empty constructor, no user or chat is defined.
 *
 * Constructor of `InputPeer`; its id is `0x7f3b18ea`.
 * ```tl
 * inputPeerEmpty#7f3b18ea = InputPeer;
 * ```
 * Declared at schema/api.tl:14.
 */
export interface InputPeerEmpty {
    /** TL constructor `inputPeerEmpty`. */
    _: "inputPeerEmpty";
}
/**
 * Defines the current user.
 *
 * Constructor of `InputPeer`; its id is `0x7da07ec9`.
 * ```tl
 * inputPeerSelf#7da07ec9 = InputPeer;
 * ```
 * Declared at schema/api.tl:15.
 */
export interface InputPeerSelf {
    /** TL constructor `inputPeerSelf`. */
    _: "inputPeerSelf";
}
/**
 * Defines a user for further interaction.
 *
 * Constructor of `InputPeer`; its id is `0xdde8a54c`.
 * ```tl
 * inputPeerUser#dde8a54c user_id:long access_hash:long = InputPeer;
 * ```
 * Declared at schema/api.tl:17.
 */
export interface InputPeerUser {
    /** TL constructor `inputPeerUser`. */
    _: "inputPeerUser";
    /** User identifier */
    userId: bigint;
    /** **access_hash** value from the {@link RawUser} constructor */
    accessHash: bigint;
}
/**
 * Defines a [min](https://corefork.telegram.org/api/min) user that was seen in a certain message of a certain chat.
 *
 * Constructor of `InputPeer`; its id is `0xa87b0a1c`.
 * ```tl
 * inputPeerUserFromMessage#a87b0a1c peer:InputPeer msg_id:int user_id:long = InputPeer;
 * ```
 * Declared at schema/api.tl:19.
 */
export interface InputPeerUserFromMessage {
    /** TL constructor `inputPeerUserFromMessage`. */
    _: "inputPeerUserFromMessage";
    /** The chat where the user was seen */
    peer: TypeInputPeer;
    /** The message ID */
    msgId: number;
    /** The identifier of the user that was seen */
    userId: bigint;
}
/**
 * Defines a photo for further interaction.
 *
 * Constructor of `InputPhoto`; its id is `0x3bb3b94a`.
 * ```tl
 * inputPhoto#3bb3b94a id:long access_hash:long file_reference:bytes = InputPhoto;
 * ```
 * Declared at schema/api.tl:55.
 */
export interface InputPhoto {
    /** TL constructor `inputPhoto`. */
    _: "inputPhoto";
    /** Photo identifier */
    id: bigint;
    /** **access_hash** value from the {@link RawPhoto} constructor */
    accessHash: bigint;
    /** [File reference](https://corefork.telegram.org/api/file-references) */
    fileReference: Uint8Array;
}
/**
 * Empty constructor.
 *
 * Constructor of `InputPhoto`; its id is `0x1cd7bf0d`.
 * ```tl
 * inputPhotoEmpty#1cd7bf0d = InputPhoto;
 * ```
 * Declared at schema/api.tl:54.
 */
export interface InputPhotoEmpty {
    /** TL constructor `inputPhotoEmpty`. */
    _: "inputPhotoEmpty";
}
/**
 * Constructor of `PollAnswer`; its id is `0x199fed96`.
 * ```tl
 * inputPollAnswer#199fed96 flags:# text:TextWithEntities media:flags.0?InputMedia = PollAnswer;
 * ```
 * Declared at schema/api.tl:1040.
 */
export interface InputPollAnswer {
    /** TL constructor `inputPollAnswer`. */
    _: "inputPollAnswer";
    /** TL field `text`. */
    text: TypeTextWithEntities;
    /** Optional: bit 0 of `flags` (TL `media:flags.0?…`). */
    media?: TypeInputMedia;
}
/**
 * Reply to a message.
 *
 * Constructor of `InputReplyTo`; its id is `0x3bd4b7c2`.
 * ```tl
 * inputReplyToMessage#3bd4b7c2 flags:# reply_to_msg_id:int top_msg_id:flags.0?int reply_to_peer_id:flags.1?InputPeer quote_text:flags.2?string quote_entities:flags.3?Vector<MessageEntity> quote_offset:flags.4?int monoforum_peer_id:flags.5?InputPeer todo_item_id:flags.6?int poll_option:flags.7?bytes = InputReplyTo;
 * ```
 * Declared at schema/api.tl:1332.
 */
export interface InputReplyToMessage {
    /** TL constructor `inputReplyToMessage`. */
    _: "inputReplyToMessage";
    /** The message ID to reply to. */
    replyToMsgId: number;
    /**
     * This field must contain the topic ID **only** when replying to messages in forum topics different from the "General" topic (i.e. `reply_to_msg_id` is set and `reply_to_msg_id != topicID` and `topicID != 1`).
     * If the replied-to message is deleted before the method finishes execution, the value in this field will be used to send the message to the correct topic, instead of the "General" topic.
     *
     * Optional: bit 0 of `flags` (TL `top_msg_id:flags.0?…`).
     */
    topMsgId?: number;
    /**
     * Used to reply to messages sent to another chat (specified here), can only be used for non-`protected` chats and messages.
     *
     * Optional: bit 1 of `flags` (TL `reply_to_peer_id:flags.1?…`).
     */
    replyToPeerId?: TypeInputPeer;
    /**
     * Used to quote-reply to only a certain section (specified here) of the original message. The maximum UTF-8 length for quotes is specified in the [quote_length_max](https://corefork.telegram.org/api/config#quote-length-max) config key.
     *
     * Optional: bit 2 of `flags` (TL `quote_text:flags.2?…`).
     */
    quoteText?: string;
    /**
     * [Message entities for styled text](https://corefork.telegram.org/api/entities) from the `quote_text` field.
     *
     * Optional: bit 3 of `flags` (TL `quote_entities:flags.3?…`).
     */
    quoteEntities?: TypeMessageEntity[];
    /**
     * Offset of the message `quote_text` within the original message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)).
     *
     * Optional: bit 4 of `flags` (TL `quote_offset:flags.4?…`).
     */
    quoteOffset?: number;
    /**
     * Must be set to the ID of the topic when replying to a message within a [monoforum topic](https://corefork.telegram.org/api/monoforum).
     *
     * Optional: bit 5 of `flags` (TL `monoforum_peer_id:flags.5?…`).
     */
    monoforumPeerId?: TypeInputPeer;
    /**
     * Can be set to reply to the specified item of a [todo list »](https://corefork.telegram.org/api/todo).
     *
     * Optional: bit 6 of `flags` (TL `todo_item_id:flags.6?…`).
     */
    todoItemId?: number;
    /** Optional: bit 7 of `flags` (TL `poll_option:flags.7?…`). */
    pollOption?: Uint8Array;
}
/**
 * Used to send messages to a [monoforum topic](https://corefork.telegram.org/api/monoforum).
 *
 * Constructor of `InputReplyTo`; its id is `0x69d66c45`.
 * ```tl
 * inputReplyToMonoForum#69d66c45 monoforum_peer_id:InputPeer = InputReplyTo;
 * ```
 * Declared at schema/api.tl:1334.
 */
export interface InputReplyToMonoForum {
    /** TL constructor `inputReplyToMonoForum`. */
    _: "inputReplyToMonoForum";
    /** The topic ID. */
    monoforumPeerId: TypeInputPeer;
}
/**
 * Reply to a story.
 *
 * Constructor of `InputReplyTo`; its id is `0x5881323a`.
 * ```tl
 * inputReplyToStory#5881323a peer:InputPeer story_id:int = InputReplyTo;
 * ```
 * Declared at schema/api.tl:1333.
 */
export interface InputReplyToStory {
    /** TL constructor `inputReplyToStory`. */
    _: "inputReplyToStory";
    /** Sender of the story */
    peer: TypeInputPeer;
    /** ID of the story to reply to. */
    storyId: number;
}
/**
 * Constructor of `InputRichFile`; its id is `0x83281dbd`.
 * ```tl
 * inputRichFileDocument#83281dbd id:string document:InputDocument = InputRichFile;
 * ```
 * Declared at schema/api.tl:1623.
 */
export interface InputRichFileDocument {
    /** TL constructor `inputRichFileDocument`. */
    _: "inputRichFileDocument";
    /** TL field `id`. */
    id: string;
    /** TL field `document`. */
    document: TypeInputDocument;
}
/**
 * Constructor of `InputRichFile`; its id is `0x9b00622b`.
 * ```tl
 * inputRichFilePhoto#9b00622b id:string photo:InputPhoto = InputRichFile;
 * ```
 * Declared at schema/api.tl:1622.
 */
export interface InputRichFilePhoto {
    /** TL constructor `inputRichFilePhoto`. */
    _: "inputRichFilePhoto";
    /** TL field `id`. */
    id: string;
    /** TL field `photo`. */
    photo: TypeInputPhoto;
}
/**
 * Constructor of `InputRichMessage`; its id is `0xe4c449fc`.
 * ```tl
 * inputRichMessage#e4c449fc flags:# rtl:flags.0?true noautolink:flags.1?true blocks:Vector<PageBlock> photos:flags.2?Vector<InputPhoto> documents:flags.3?Vector<InputDocument> users:flags.4?Vector<InputUser> = InputRichMessage;
 * ```
 * Declared at schema/api.tl:1624.
 */
export interface InputRichMessage {
    /** TL constructor `inputRichMessage`. */
    _: "inputRichMessage";
    /** Optional: bit 0 of `flags` (TL `rtl:flags.0?…`). */
    rtl?: boolean;
    /** Optional: bit 1 of `flags` (TL `noautolink:flags.1?…`). */
    noautolink?: boolean;
    /** TL field `blocks`. */
    blocks: TypePageBlock[];
    /** Optional: bit 2 of `flags` (TL `photos:flags.2?…`). */
    photos?: TypeInputPhoto[];
    /** Optional: bit 3 of `flags` (TL `documents:flags.3?…`). */
    documents?: TypeInputDocument[];
    /** Optional: bit 4 of `flags` (TL `users:flags.4?…`). */
    users?: TypeInputUser[];
}
/**
 * Constructor of `InputRichMessage`; its id is `0xdacb836a`.
 * ```tl
 * inputRichMessageHTML#dacb836a flags:# rtl:flags.0?true noautolink:flags.1?true html:string files:flags.2?Vector<InputRichFile> = InputRichMessage;
 * ```
 * Declared at schema/api.tl:1625.
 */
export interface InputRichMessageHTML {
    /** TL constructor `inputRichMessageHTML`. */
    _: "inputRichMessageHTML";
    /** Optional: bit 0 of `flags` (TL `rtl:flags.0?…`). */
    rtl?: boolean;
    /** Optional: bit 1 of `flags` (TL `noautolink:flags.1?…`). */
    noautolink?: boolean;
    /** TL field `html`. */
    html: string;
    /** Optional: bit 2 of `flags` (TL `files:flags.2?…`). */
    files?: TypeInputRichFile[];
}
/**
 * Constructor of `InputRichMessage`; its id is `0x004b572c`.
 * ```tl
 * inputRichMessageMarkdown#004b572c flags:# rtl:flags.0?true noautolink:flags.1?true markdown:string files:flags.2?Vector<InputRichFile> = InputRichMessage;
 * ```
 * Declared at schema/api.tl:1626.
 */
export interface InputRichMessageMarkdown {
    /** TL constructor `inputRichMessageMarkdown`. */
    _: "inputRichMessageMarkdown";
    /** Optional: bit 0 of `flags` (TL `rtl:flags.0?…`). */
    rtl?: boolean;
    /** Optional: bit 1 of `flags` (TL `noautolink:flags.1?…`). */
    noautolink?: boolean;
    /** TL field `markdown`. */
    markdown: string;
    /** Optional: bit 2 of `flags` (TL `files:flags.2?…`). */
    files?: TypeInputRichFile[];
}
/**
 * Constructor of `SendMessageAction`; its id is `0xe2b23b51`.
 * ```tl
 * inputSendMessageRichMessageDraftAction#e2b23b51 random_id:long rich_message:InputRichMessage = SendMessageAction;
 * ```
 * Declared at schema/api.tl:498.
 */
export interface InputSendMessageRichMessageDraftAction {
    /** TL constructor `inputSendMessageRichMessageDraftAction`. */
    _: "inputSendMessageRichMessageDraftAction";
    /** TL field `random_id`. */
    randomId: bigint;
    /** TL field `rich_message`. */
    richMessage: TypeInputRichMessage;
}
/**
 * Animated emojis stickerset
 *
 * Constructor of `InputStickerSet`; its id is `0x028703c8`.
 * ```tl
 * inputStickerSetAnimatedEmoji#028703c8 = InputStickerSet;
 * ```
 * Declared at schema/api.tl:588.
 */
export interface InputStickerSetAnimatedEmoji {
    /** TL constructor `inputStickerSetAnimatedEmoji`. */
    _: "inputStickerSetAnimatedEmoji";
}
/**
 * Animated emoji reaction stickerset (contains animations to play when a user clicks on a given animated emoji)
 *
 * Constructor of `InputStickerSet`; its id is `0x0cde3739`.
 * ```tl
 * inputStickerSetAnimatedEmojiAnimations#0cde3739 = InputStickerSet;
 * ```
 * Declared at schema/api.tl:590.
 */
export interface InputStickerSetAnimatedEmojiAnimations {
    /** TL constructor `inputStickerSetAnimatedEmojiAnimations`. */
    _: "inputStickerSetAnimatedEmojiAnimations";
}
/**
 * Used for fetching [animated dice stickers](https://corefork.telegram.org/api/dice)
 *
 * Constructor of `InputStickerSet`; its id is `0xe67f520e`.
 * ```tl
 * inputStickerSetDice#e67f520e emoticon:string = InputStickerSet;
 * ```
 * Declared at schema/api.tl:589.
 */
export interface InputStickerSetDice {
    /** TL constructor `inputStickerSetDice`. */
    _: "inputStickerSetDice";
    /** The emoji, for now ,  and  are supported */
    emoticon: string;
}
/**
 * Default [custom emoji status](https://corefork.telegram.org/api/emoji-status) stickerset for channel statuses
 *
 * Constructor of `InputStickerSet`; its id is `0x49748553`.
 * ```tl
 * inputStickerSetEmojiChannelDefaultStatuses#49748553 = InputStickerSet;
 * ```
 * Declared at schema/api.tl:595.
 */
export interface InputStickerSetEmojiChannelDefaultStatuses {
    /** TL constructor `inputStickerSetEmojiChannelDefaultStatuses`. */
    _: "inputStickerSetEmojiChannelDefaultStatuses";
}
/**
 * Default [custom emoji status](https://corefork.telegram.org/api/emoji-status) stickerset
 *
 * Constructor of `InputStickerSet`; its id is `0x29d0f5ee`.
 * ```tl
 * inputStickerSetEmojiDefaultStatuses#29d0f5ee = InputStickerSet;
 * ```
 * Declared at schema/api.tl:593.
 */
export interface InputStickerSetEmojiDefaultStatuses {
    /** TL constructor `inputStickerSetEmojiDefaultStatuses`. */
    _: "inputStickerSetEmojiDefaultStatuses";
}
/**
 * Default [custom emoji](https://corefork.telegram.org/api/custom-emoji) stickerset for [forum topic icons](https://corefork.telegram.org/api/forum#forum-topics)
 *
 * Constructor of `InputStickerSet`; its id is `0x44c1f8e9`.
 * ```tl
 * inputStickerSetEmojiDefaultTopicIcons#44c1f8e9 = InputStickerSet;
 * ```
 * Declared at schema/api.tl:594.
 */
export interface InputStickerSetEmojiDefaultTopicIcons {
    /** TL constructor `inputStickerSetEmojiDefaultTopicIcons`. */
    _: "inputStickerSetEmojiDefaultTopicIcons";
}
/**
 * Generic animation stickerset containing animations to play when [reacting to messages using a normal emoji without a custom animation](https://corefork.telegram.org/api/reactions)
 *
 * Constructor of `InputStickerSet`; its id is `0x04c4d4ce`.
 * ```tl
 * inputStickerSetEmojiGenericAnimations#04c4d4ce = InputStickerSet;
 * ```
 * Declared at schema/api.tl:592.
 */
export interface InputStickerSetEmojiGenericAnimations {
    /** TL constructor `inputStickerSetEmojiGenericAnimations`. */
    _: "inputStickerSetEmojiGenericAnimations";
}
/**
 * Empty constructor
 *
 * Constructor of `InputStickerSet`; its id is `0xffb62b95`.
 * ```tl
 * inputStickerSetEmpty#ffb62b95 = InputStickerSet;
 * ```
 * Declared at schema/api.tl:585.
 */
export interface InputStickerSetEmpty {
    /** TL constructor `inputStickerSetEmpty`. */
    _: "inputStickerSetEmpty";
}
/**
 * Stickerset by ID
 *
 * Constructor of `InputStickerSet`; its id is `0x9de7a269`.
 * ```tl
 * inputStickerSetID#9de7a269 id:long access_hash:long = InputStickerSet;
 * ```
 * Declared at schema/api.tl:586.
 */
export interface InputStickerSetID {
    /** TL constructor `inputStickerSetID`. */
    _: "inputStickerSetID";
    /** ID */
    id: bigint;
    /** Access hash */
    accessHash: bigint;
}
/**
 * Stickers to show when receiving a gifted Telegram Premium subscription
 *
 * Constructor of `InputStickerSet`; its id is `0xc88b3b02`.
 * ```tl
 * inputStickerSetPremiumGifts#c88b3b02 = InputStickerSet;
 * ```
 * Declared at schema/api.tl:591.
 */
export interface InputStickerSetPremiumGifts {
    /** TL constructor `inputStickerSetPremiumGifts`. */
    _: "inputStickerSetPremiumGifts";
}
/**
 * Stickerset by short name, from a [stickerset deep link »](https://corefork.telegram.org/api/links#stickerset-links)
 *
 * Constructor of `InputStickerSet`; its id is `0x861cc8a0`.
 * ```tl
 * inputStickerSetShortName#861cc8a0 short_name:string = InputStickerSet;
 * ```
 * Declared at schema/api.tl:587.
 */
export interface InputStickerSetShortName {
    /** TL constructor `inputStickerSetShortName`. */
    _: "inputStickerSetShortName";
    /** Short name from a [stickerset deep link »](https://corefork.telegram.org/api/links#stickerset-links) */
    shortName: string;
}
/**
 * TON gifts stickerset.
 *
 * Constructor of `InputStickerSet`; its id is `0x1cf671a0`.
 * ```tl
 * inputStickerSetTonGifts#1cf671a0 = InputStickerSet;
 * ```
 * Declared at schema/api.tl:596.
 */
export interface InputStickerSetTonGifts {
    /** TL constructor `inputStickerSetTonGifts`. */
    _: "inputStickerSetTonGifts";
}
/**
 * Defines a user for further interaction.
 *
 * Constructor of `InputUser`; its id is `0xf21158c6`.
 * ```tl
 * inputUser#f21158c6 user_id:long access_hash:long = InputUser;
 * ```
 * Declared at schema/api.tl:23.
 */
export interface InputUser {
    /** TL constructor `inputUser`. */
    _: "inputUser";
    /** User identifier */
    userId: bigint;
    /** **access_hash** value from the {@link RawUser} constructor */
    accessHash: bigint;
}
/**
 * Empty constructor, does not define a user.
 *
 * Constructor of `InputUser`; its id is `0xb98886cf`.
 * ```tl
 * inputUserEmpty#b98886cf = InputUser;
 * ```
 * Declared at schema/api.tl:21.
 */
export interface InputUserEmpty {
    /** TL constructor `inputUserEmpty`. */
    _: "inputUserEmpty";
}
/**
 * Defines a [min](https://corefork.telegram.org/api/min) user that was seen in a certain message of a certain chat.
 *
 * Constructor of `InputUser`; its id is `0x1da448e2`.
 * ```tl
 * inputUserFromMessage#1da448e2 peer:InputPeer msg_id:int user_id:long = InputUser;
 * ```
 * Declared at schema/api.tl:24.
 */
export interface InputUserFromMessage {
    /** TL constructor `inputUserFromMessage`. */
    _: "inputUserFromMessage";
    /** The chat where the user was seen */
    peer: TypeInputPeer;
    /** The message ID */
    msgId: number;
    /** The identifier of the user that was seen */
    userId: bigint;
}
/**
 * Defines the current user.
 *
 * Constructor of `InputUser`; its id is `0xf7c1b13f`.
 * ```tl
 * inputUserSelf#f7c1b13f = InputUser;
 * ```
 * Declared at schema/api.tl:22.
 */
export interface InputUserSelf {
    /** TL constructor `inputUserSelf`. */
    _: "inputUserSelf";
}
/**
 * The document
 *
 * Constructor of `InputWebDocument`; its id is `0x9bed434d`.
 * ```tl
 * inputWebDocument#9bed434d url:string size:int mime_type:string attributes:Vector<DocumentAttribute> = InputWebDocument;
 * ```
 * Declared at schema/api.tl:846.
 */
export interface InputWebDocument {
    /** TL constructor `inputWebDocument`. */
    _: "inputWebDocument";
    /** Remote document URL to be downloaded using the appropriate [method](https://corefork.telegram.org/api/files) */
    url: string;
    /** Remote file size */
    size: number;
    /** Mime type */
    mimeType: string;
    /** Attributes for media types */
    attributes: TypeDocumentAttribute[];
}
/**
 * Invoice
 *
 * Constructor of `Invoice`; its id is `0x049ee584`.
 * ```tl
 * invoice#049ee584 flags:# test:flags.0?true name_requested:flags.1?true phone_requested:flags.2?true email_requested:flags.3?true shipping_address_requested:flags.4?true flexible:flags.5?true phone_to_provider:flags.6?true email_to_provider:flags.7?true recurring:flags.9?true currency:string prices:Vector<LabeledPrice> max_tip_amount:flags.8?long suggested_tip_amounts:flags.8?Vector<long> terms_url:flags.10?string subscription_period:flags.11?int = Invoice;
 * ```
 * Declared at schema/api.tl:839.
 */
export type Invoice = {
    /**
     * TL constructor `invoice`.
     */
    _: "invoice";
    /**
     * Test invoice
     *
     * Optional: bit 0 of `flags` (TL `test:flags.0?…`).
     */
    test?: boolean;
    /**
     * Set this flag if you require the user's full name to complete the order
     *
     * Optional: bit 1 of `flags` (TL `name_requested:flags.1?…`).
     */
    nameRequested?: boolean;
    /**
     * Set this flag if you require the user's phone number to complete the order
     *
     * Optional: bit 2 of `flags` (TL `phone_requested:flags.2?…`).
     */
    phoneRequested?: boolean;
    /**
     * Set this flag if you require the user's email address to complete the order
     *
     * Optional: bit 3 of `flags` (TL `email_requested:flags.3?…`).
     */
    emailRequested?: boolean;
    /**
     * Set this flag if you require the user's shipping address to complete the order
     *
     * Optional: bit 4 of `flags` (TL `shipping_address_requested:flags.4?…`).
     */
    shippingAddressRequested?: boolean;
    /**
     * Set this flag if the final price depends on the shipping method
     *
     * Optional: bit 5 of `flags` (TL `flexible:flags.5?…`).
     */
    flexible?: boolean;
    /**
     * Set this flag if user's phone number should be sent to provider
     *
     * Optional: bit 6 of `flags` (TL `phone_to_provider:flags.6?…`).
     */
    phoneToProvider?: boolean;
    /**
     * Set this flag if user's email address should be sent to provider
     *
     * Optional: bit 7 of `flags` (TL `email_to_provider:flags.7?…`).
     */
    emailToProvider?: boolean;
    /**
     * Whether this is a recurring payment
     *
     * Optional: bit 9 of `flags` (TL `recurring:flags.9?…`).
     */
    recurring?: boolean;
    /**
     * Three-letter ISO 4217 [currency](https://corefork.telegram.org/bots/payments#supported-currencies) code, or `XTR` for [Telegram Stars](https://corefork.telegram.org/api/stars).
     */
    currency: string;
    /**
     * Price breakdown, a list of components (e.g. product price, tax, discount, delivery cost, delivery tax, bonus, etc.)
     */
    prices: TypeLabeledPrice[];
    /**
     * Terms of service URL
     *
     * Optional: bit 10 of `flags` (TL `terms_url:flags.10?…`).
     */
    termsUrl?: string;
    /**
     * The number of seconds between consecutive Telegram Star debiting for [bot subscription](https://corefork.telegram.org/api/subscriptions#bot-subscriptions) invoices
     *
     * Optional: bit 11 of `flags` (TL `subscription_period:flags.11?…`).
     */
    subscriptionPeriod?: number;
} & ({
    /**
     * The maximum accepted amount for tips in the smallest units of the currency (integer, not float/double). For example, for a price of `US$ 1.45` pass `amount = 145`. See the exp parameter in [currencies.json](https://corefork.telegram.org/bots/payments/currencies.json), it shows the number of digits past the decimal point for each currency (2 for the majority of currencies).
     *
     * Optional: bit 8 of `flags` (TL `max_tip_amount:flags.8?…`).
     *
     * Shares its flag bit with `maxTipAmount`, `suggestedTipAmounts`: give all of the value fields or none (checked in the types and at runtime).
     */
    maxTipAmount: bigint;
    /**
     * A vector of suggested amounts of tips in the _smallest units_ of the currency (integer, not float/double). At most 4 suggested tip amounts can be specified. The suggested tip amounts must be positive, passed in a strictly increased order and must not exceed `max_tip_amount`.
     *
     * Optional: bit 8 of `flags` (TL `suggested_tip_amounts:flags.8?…`).
     *
     * Shares its flag bit with `maxTipAmount`, `suggestedTipAmounts`: give all of the value fields or none (checked in the types and at runtime).
     */
    suggestedTipAmounts: bigint[];
} | {
    /**
     * Given together with `suggestedTipAmounts`, or not at all.
     */
    maxTipAmount?: undefined;
    /**
     * Given together with `maxTipAmount`, or not at all.
     */
    suggestedTipAmounts?: undefined;
});
/**
 * Constructor of `JoinChatBotResult`; its id is `0xae152a69`.
 * ```tl
 * joinChatBotResultApproved#ae152a69 = JoinChatBotResult;
 * ```
 * Declared at schema/api.tl:1615.
 */
export interface JoinChatBotResultApproved {
    /** TL constructor `joinChatBotResultApproved`. */
    _: "joinChatBotResultApproved";
}
/**
 * Constructor of `JoinChatBotResult`; its id is `0x0efa0194`.
 * ```tl
 * joinChatBotResultDeclined#0efa0194 = JoinChatBotResult;
 * ```
 * Declared at schema/api.tl:1616.
 */
export interface JoinChatBotResultDeclined {
    /** TL constructor `joinChatBotResultDeclined`. */
    _: "joinChatBotResultDeclined";
}
/**
 * Constructor of `JoinChatBotResult`; its id is `0x98a3a840`.
 * ```tl
 * joinChatBotResultQueued#98a3a840 = JoinChatBotResult;
 * ```
 * Declared at schema/api.tl:1617.
 */
export interface JoinChatBotResultQueued {
    /** TL constructor `joinChatBotResultQueued`. */
    _: "joinChatBotResultQueued";
}
/**
 * Constructor of `JoinChatBotResult`; its id is `0xd6e3b813`.
 * ```tl
 * joinChatBotResultWebView#d6e3b813 url:string = JoinChatBotResult;
 * ```
 * Declared at schema/api.tl:1618.
 */
export interface JoinChatBotResultWebView {
    /** TL constructor `joinChatBotResultWebView`. */
    _: "joinChatBotResultWebView";
    /** TL field `url`. */
    url: string;
}
/**
 * JSON array
 *
 * Constructor of `JSONValue`; its id is `0xf7444763`.
 * ```tl
 * jsonArray#f7444763 value:Vector<JSONValue> = JSONValue;
 * ```
 * Declared at schema/api.tl:1025.
 */
export interface JsonArray {
    /** TL constructor `jsonArray`. */
    _: "jsonArray";
    /** JSON values */
    value: TypeJSONValue[];
}
/**
 * JSON boolean value
 *
 * Constructor of `JSONValue`; its id is `0xc7345e6a`.
 * ```tl
 * jsonBool#c7345e6a value:Bool = JSONValue;
 * ```
 * Declared at schema/api.tl:1022.
 */
export interface JsonBool {
    /** TL constructor `jsonBool`. */
    _: "jsonBool";
    /** Value */
    value: boolean;
}
/**
 * null JSON value
 *
 * Constructor of `JSONValue`; its id is `0x3f6d7b68`.
 * ```tl
 * jsonNull#3f6d7b68 = JSONValue;
 * ```
 * Declared at schema/api.tl:1021.
 */
export interface JsonNull {
    /** TL constructor `jsonNull`. */
    _: "jsonNull";
}
/**
 * JSON numeric value
 *
 * Constructor of `JSONValue`; its id is `0x2be0dfa4`.
 * ```tl
 * jsonNumber#2be0dfa4 value:double = JSONValue;
 * ```
 * Declared at schema/api.tl:1023.
 */
export interface JsonNumber {
    /** TL constructor `jsonNumber`. */
    _: "jsonNumber";
    /** Value */
    value: number;
}
/**
 * JSON object value
 *
 * Constructor of `JSONValue`; its id is `0x99c1d49d`.
 * ```tl
 * jsonObject#99c1d49d value:Vector<JSONObjectValue> = JSONValue;
 * ```
 * Declared at schema/api.tl:1026.
 */
export interface JsonObject {
    /** TL constructor `jsonObject`. */
    _: "jsonObject";
    /** Values */
    value: TypeJSONObjectValue[];
}
/**
 * JSON key: value pair
 *
 * Constructor of `JSONObjectValue`; its id is `0xc0de1bd9`.
 * ```tl
 * jsonObjectValue#c0de1bd9 key:string value:JSONValue = JSONObjectValue;
 * ```
 * Declared at schema/api.tl:1020.
 */
export interface JsonObjectValue {
    /** TL constructor `jsonObjectValue`. */
    _: "jsonObjectValue";
    /** Key */
    key: string;
    /** Value */
    value: TypeJSONValue;
}
/**
 * JSON string
 *
 * Constructor of `JSONValue`; its id is `0xb71e767a`.
 * ```tl
 * jsonString#b71e767a value:string = JSONValue;
 * ```
 * Declared at schema/api.tl:1024.
 */
export interface JsonString {
    /** TL constructor `jsonString`. */
    _: "jsonString";
    /** Value */
    value: string;
}
/**
 * Bot keyboard button
 *
 * Constructor of `KeyboardButton`; its id is `0x7d170cff`.
 * ```tl
 * keyboardButton#7d170cff flags:# style:flags.10?KeyboardButtonStyle text:string = KeyboardButton;
 * ```
 * Declared at schema/api.tl:602.
 */
export interface KeyboardButton {
    /** TL constructor `keyboardButton`. */
    _: "keyboardButton";
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button text */
    text: string;
}
/**
 * Button to buy a product
 *
 * Constructor of `KeyboardButton`; its id is `0x3fa53905`.
 * ```tl
 * keyboardButtonBuy#3fa53905 flags:# style:flags.10?KeyboardButtonStyle text:string = KeyboardButton;
 * ```
 * Declared at schema/api.tl:609.
 */
export interface KeyboardButtonBuy {
    /** TL constructor `keyboardButtonBuy`. */
    _: "keyboardButtonBuy";
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button text */
    text: string;
}
/**
 * Callback button
 *
 * Constructor of `KeyboardButton`; its id is `0xe62bc960`.
 * ```tl
 * keyboardButtonCallback#e62bc960 flags:# requires_password:flags.0?true style:flags.10?KeyboardButtonStyle text:string data:bytes = KeyboardButton;
 * ```
 * Declared at schema/api.tl:604.
 */
export interface KeyboardButtonCallback {
    /** TL constructor `keyboardButtonCallback`. */
    _: "keyboardButtonCallback";
    /**
     * Whether the user should verify their identity by entering their [2FA SRP parameters](https://corefork.telegram.org/api/srp) to the {@link messages.RawGetBotCallbackAnswerRequest} method. NOTE: telegram and the bot WILL NOT have access to the plaintext password, thanks to [SRP](https://corefork.telegram.org/api/srp). This button is mainly used by the official [@botfather](https://t.me/botfather) bot, for verifying the user's identity before transferring ownership of a bot to another user.
     *
     * Optional: bit 0 of `flags` (TL `requires_password:flags.0?…`).
     */
    requiresPassword?: boolean;
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button text */
    text: string;
    /** Callback data */
    data: Uint8Array;
}
/**
 * Clipboard button: when clicked, the attached text must be copied to the clipboard.
 *
 * Constructor of `KeyboardButton`; its id is `0xbcc4af10`.
 * ```tl
 * keyboardButtonCopy#bcc4af10 flags:# style:flags.10?KeyboardButtonStyle text:string copy_text:string = KeyboardButton;
 * ```
 * Declared at schema/api.tl:619.
 */
export interface KeyboardButtonCopy {
    /** TL constructor `keyboardButtonCopy`. */
    _: "keyboardButtonCopy";
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Title of the button */
    text: string;
    /** The text that will be copied to the clipboard */
    copyText: string;
}
/**
 * Button to start a game
 *
 * Constructor of `KeyboardButton`; its id is `0x89c590f9`.
 * ```tl
 * keyboardButtonGame#89c590f9 flags:# style:flags.10?KeyboardButtonStyle text:string = KeyboardButton;
 * ```
 * Declared at schema/api.tl:608.
 */
export interface KeyboardButtonGame {
    /** TL constructor `keyboardButtonGame`. */
    _: "keyboardButtonGame";
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button text */
    text: string;
}
/**
 * Button to request a user's geolocation
 *
 * Constructor of `KeyboardButton`; its id is `0xaa40f94d`.
 * ```tl
 * keyboardButtonRequestGeoLocation#aa40f94d flags:# style:flags.10?KeyboardButtonStyle text:string = KeyboardButton;
 * ```
 * Declared at schema/api.tl:606.
 */
export interface KeyboardButtonRequestGeoLocation {
    /** TL constructor `keyboardButtonRequestGeoLocation`. */
    _: "keyboardButtonRequestGeoLocation";
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button text */
    text: string;
}
/**
 * Prompts the user to select and share one or more peers with the bot using {@link messages.RawSendBotRequestedPeerRequest}
 *
 * Constructor of `KeyboardButton`; its id is `0x5b0f15f5`.
 * ```tl
 * keyboardButtonRequestPeer#5b0f15f5 flags:# style:flags.10?KeyboardButtonStyle text:string button_id:int peer_type:RequestPeerType max_quantity:int = KeyboardButton;
 * ```
 * Declared at schema/api.tl:617.
 */
export interface KeyboardButtonRequestPeer {
    /** TL constructor `keyboardButtonRequestPeer`. */
    _: "keyboardButtonRequestPeer";
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button text */
    text: string;
    /** Button ID, to be passed to {@link messages.RawSendBotRequestedPeerRequest}. */
    buttonId: number;
    /**
     * Filtering criteria to use for the peer selection list shown to the user.
     * The list should display all existing peers of the specified type, and should also offer an option for the user to create and immediately use one or more (up to `max_quantity`) peers of the specified type, if needed.
     */
    peerType: TypeRequestPeerType;
    /** Maximum number of peers that can be chosen. */
    maxQuantity: number;
}
/**
 * Button to request a user's phone number
 *
 * Constructor of `KeyboardButton`; its id is `0x417efd8f`.
 * ```tl
 * keyboardButtonRequestPhone#417efd8f flags:# style:flags.10?KeyboardButtonStyle text:string = KeyboardButton;
 * ```
 * Declared at schema/api.tl:605.
 */
export interface KeyboardButtonRequestPhone {
    /** TL constructor `keyboardButtonRequestPhone`. */
    _: "keyboardButtonRequestPhone";
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button text */
    text: string;
}
/**
 * A button that allows the user to create and send a poll when pressed; available only in private
 *
 * Constructor of `KeyboardButton`; its id is `0x7a11d782`.
 * ```tl
 * keyboardButtonRequestPoll#7a11d782 flags:# style:flags.10?KeyboardButtonStyle quiz:flags.0?Bool text:string = KeyboardButton;
 * ```
 * Declared at schema/api.tl:612.
 */
export interface KeyboardButtonRequestPoll {
    /** TL constructor `keyboardButtonRequestPoll`. */
    _: "keyboardButtonRequestPoll";
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /**
     * If set, only quiz polls can be sent
     *
     * Optional: bit 0 of `flags` (TL `quiz:flags.0?…`).
     *
     * Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.
     */
    quiz?: boolean;
    /** Button text */
    text: string;
}
/**
 * Inline keyboard row
 *
 * Constructor of `KeyboardButtonRow`; its id is `0x77608b83`.
 * ```tl
 * keyboardButtonRow#77608b83 buttons:Vector<KeyboardButton> = KeyboardButtonRow;
 * ```
 * Declared at schema/api.tl:620.
 */
export interface KeyboardButtonRow {
    /** TL constructor `keyboardButtonRow`. */
    _: "keyboardButtonRow";
    /** Bot or inline keyboard buttons */
    buttons: TypeKeyboardButton[];
}
/**
 * Button to open a [bot mini app](https://corefork.telegram.org/api/bots/webapps) using {@link messages.RawRequestSimpleWebViewRequest}, without sending user information to the web app.
 *
 * Can only be sent or received as part of a reply keyboard, use {@link RawKeyboardButtonWebView} for inline keyboards.
 *
 * Constructor of `KeyboardButton`; its id is `0xe15c4370`.
 * ```tl
 * keyboardButtonSimpleWebView#e15c4370 flags:# style:flags.10?KeyboardButtonStyle text:string url:string = KeyboardButton;
 * ```
 * Declared at schema/api.tl:616.
 */
export interface KeyboardButtonSimpleWebView {
    /** TL constructor `keyboardButtonSimpleWebView`. */
    _: "keyboardButtonSimpleWebView";
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button text */
    text: string;
    /** [Web app URL](https://corefork.telegram.org/api/bots/webapps) */
    url: string;
}
/**
 * This constructor allows setting a custom background color and custom emoji label for a button, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info.
 *
 * Constructor of `KeyboardButtonStyle`; its id is `0x4fdd3430`.
 * ```tl
 * keyboardButtonStyle#4fdd3430 flags:# bg_primary:flags.0?true bg_danger:flags.1?true bg_success:flags.2?true icon:flags.3?long = KeyboardButtonStyle;
 * ```
 * Declared at schema/api.tl:1598.
 */
export interface KeyboardButtonStyle {
    /** TL constructor `keyboardButtonStyle`. */
    _: "keyboardButtonStyle";
    /**
     * A dark blue color, recommended for main actions.
     *
     * Optional: bit 0 of `flags` (TL `bg_primary:flags.0?…`).
     */
    bgPrimary?: boolean;
    /**
     * A red color, recommended for destructive actions.
     *
     * Optional: bit 1 of `flags` (TL `bg_danger:flags.1?…`).
     */
    bgDanger?: boolean;
    /**
     * A green color, recommended for positive actions.
     *
     * Optional: bit 2 of `flags` (TL `bg_success:flags.2?…`).
     */
    bgSuccess?: boolean;
    /**
     * The ID of a [custom emoji](https://corefork.telegram.org/api/custom-emoji) to be displayed before the button's label.
     *
     * Optional: bit 3 of `flags` (TL `icon:flags.3?…`).
     */
    icon?: bigint;
}
/**
 * Button to force a user to switch to inline mode: pressing the button will prompt the user to select one of their chats, open that chat and insert the bot's username and the specified inline query in the input field.
 *
 * Constructor of `KeyboardButton`; its id is `0x991399fc`.
 * ```tl
 * keyboardButtonSwitchInline#991399fc flags:# same_peer:flags.0?true style:flags.10?KeyboardButtonStyle text:string query:string peer_types:flags.1?Vector<InlineQueryPeerType> = KeyboardButton;
 * ```
 * Declared at schema/api.tl:607.
 */
export interface KeyboardButtonSwitchInline {
    /** TL constructor `keyboardButtonSwitchInline`. */
    _: "keyboardButtonSwitchInline";
    /**
     * If set, pressing the button will insert the bot's username and the specified inline `query` in the current chat's input field.
     *
     * Optional: bit 0 of `flags` (TL `same_peer:flags.0?…`).
     */
    samePeer?: boolean;
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button label */
    text: string;
    /** The inline query to use */
    query: string;
    /**
     * Filter to use when selecting chats.
     *
     * Optional: bit 1 of `flags` (TL `peer_types:flags.1?…`).
     */
    peerTypes?: TypeInlineQueryPeerType[];
}
/**
 * URL button
 *
 * Constructor of `KeyboardButton`; its id is `0xd80c25ec`.
 * ```tl
 * keyboardButtonUrl#d80c25ec flags:# style:flags.10?KeyboardButtonStyle text:string url:string = KeyboardButton;
 * ```
 * Declared at schema/api.tl:603.
 */
export interface KeyboardButtonUrl {
    /** TL constructor `keyboardButtonUrl`. */
    _: "keyboardButtonUrl";
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button label */
    text: string;
    /** URL */
    url: string;
}
/**
 * Button to request a user to authorize via URL using [Seamless Telegram Login](https://telegram.org/blog/privacy-discussions-web-bots#meet-seamless-web-bots). When the user clicks on such a button, {@link messages.RawRequestUrlAuthRequest} should be called, providing the `button_id` and the ID of the container message. The returned {@link RawUrlAuthResultRequest} object will contain more details about the authorization request (`request_write_access` if the bot would like to send messages to the user along with the username of the bot which will be used for user authorization). Finally, the user can choose to call {@link messages.RawAcceptUrlAuthRequest} to get a {@link RawUrlAuthResultAccepted} with the URL to open instead of the `url` of this constructor, or a {@link RawUrlAuthResultDefault}, in which case the `url` of this constructor must be opened, instead. If the user refuses the authorization request but still wants to open the link, the `url` of this constructor must be used.
 *
 * Constructor of `KeyboardButton`; its id is `0xf51006f9`.
 * ```tl
 * keyboardButtonUrlAuth#f51006f9 flags:# style:flags.10?KeyboardButtonStyle text:string fwd_text:flags.0?string url:string button_id:int = KeyboardButton;
 * ```
 * Declared at schema/api.tl:610.
 */
export interface KeyboardButtonUrlAuth {
    /** TL constructor `keyboardButtonUrlAuth`. */
    _: "keyboardButtonUrlAuth";
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button label */
    text: string;
    /**
     * New text of the button in forwarded messages.
     *
     * Optional: bit 0 of `flags` (TL `fwd_text:flags.0?…`).
     */
    fwdText?: string;
    /**
     * An HTTP URL to be opened with user authorization data added to the query string when the button is pressed. If the user refuses to provide authorization data, the original URL without information about the user will be opened. The data added is the same as described in [Receiving authorization data](https://corefork.telegram.org/widgets/login#receiving-authorization-data).
     *
     * **NOTE**: Services must **always** check the hash of the received data to verify the authentication and the integrity of the data as described in [Checking authorization](https://corefork.telegram.org/widgets/login#checking-authorization).
     */
    url: string;
    /** ID of the button to pass to {@link messages.RawRequestUrlAuthRequest} */
    buttonId: number;
}
/**
 * Button that links directly to a user profile
 *
 * Constructor of `KeyboardButton`; its id is `0xc0fd5d09`.
 * ```tl
 * keyboardButtonUserProfile#c0fd5d09 flags:# style:flags.10?KeyboardButtonStyle text:string user_id:long = KeyboardButton;
 * ```
 * Declared at schema/api.tl:614.
 */
export interface KeyboardButtonUserProfile {
    /** TL constructor `keyboardButtonUserProfile`. */
    _: "keyboardButtonUserProfile";
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button text */
    text: string;
    /** User ID */
    userId: bigint;
}
/**
 * Button to open a [bot mini app](https://corefork.telegram.org/api/bots/webapps) using {@link messages.RawRequestWebViewRequest}, sending over user information after user confirmation.
 *
 * Can only be sent or received as part of an inline keyboard, use {@link RawKeyboardButtonSimpleWebView} for reply keyboards.
 *
 * Constructor of `KeyboardButton`; its id is `0xe846b1a0`.
 * ```tl
 * keyboardButtonWebView#e846b1a0 flags:# style:flags.10?KeyboardButtonStyle text:string url:string = KeyboardButton;
 * ```
 * Declared at schema/api.tl:615.
 */
export interface KeyboardButtonWebView {
    /** TL constructor `keyboardButtonWebView`. */
    _: "keyboardButtonWebView";
    /**
     * Button style, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info on button styles.
     *
     * Optional: bit 10 of `flags` (TL `style:flags.10?…`).
     */
    style?: TypeKeyboardButtonStyle;
    /** Button text */
    text: string;
    /** [Web app url](https://corefork.telegram.org/api/bots/webapps) */
    url: string;
}
/**
 * This object represents a portion of the price for goods or services.
 *
 * Constructor of `LabeledPrice`; its id is `0xcb296bf8`.
 * ```tl
 * labeledPrice#cb296bf8 label:string amount:long = LabeledPrice;
 * ```
 * Declared at schema/api.tl:838.
 */
export interface LabeledPrice {
    /** TL constructor `labeledPrice`. */
    _: "labeledPrice";
    /** Portion label */
    label: string;
    /** Price of the product in the smallest units of the currency (integer, not float/double). For example, for a price of `US$ 1.45` pass `amount = 145`. See the exp parameter in [currencies.json](https://corefork.telegram.org/bots/payments/currencies.json), it shows the number of digits past the decimal point for each currency (2 for the majority of currencies). */
    amount: bigint;
}
/**
 * Changes to the app's localization pack
 *
 * Constructor of `LangPackDifference`; its id is `0xf385c1f6`.
 * ```tl
 * langPackDifference#f385c1f6 lang_code:string from_version:int version:int strings:Vector<LangPackString> = LangPackDifference;
 * ```
 * Declared at schema/api.tl:885.
 */
export interface LangPackDifference {
    /** TL constructor `langPackDifference`. */
    _: "langPackDifference";
    /** Language code */
    langCode: string;
    /** Previous version number */
    fromVersion: number;
    /** New version number */
    version: number;
    /** Localized strings */
    strings: TypeLangPackString[];
}
/**
 * Translated localization string
 *
 * Constructor of `LangPackString`; its id is `0xcad181f6`.
 * ```tl
 * langPackString#cad181f6 key:string value:string = LangPackString;
 * ```
 * Declared at schema/api.tl:882.
 */
export interface LangPackString {
    /** TL constructor `langPackString`. */
    _: "langPackString";
    /** Language key */
    key: string;
    /** Value */
    value: string;
}
/**
 * Deleted localization string
 *
 * Constructor of `LangPackString`; its id is `0x2979eeb2`.
 * ```tl
 * langPackStringDeleted#2979eeb2 key:string = LangPackString;
 * ```
 * Declared at schema/api.tl:884.
 */
export interface LangPackStringDeleted {
    /** TL constructor `langPackStringDeleted`. */
    _: "langPackStringDeleted";
    /** Localization key */
    key: string;
}
/**
 * A language pack string which has different forms based on the number of some object it mentions. See [https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html](https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html) for more info
 *
 * Constructor of `LangPackString`; its id is `0x6c47ac9f`.
 * ```tl
 * langPackStringPluralized#6c47ac9f flags:# key:string zero_value:flags.0?string one_value:flags.1?string two_value:flags.2?string few_value:flags.3?string many_value:flags.4?string other_value:string = LangPackString;
 * ```
 * Declared at schema/api.tl:883.
 */
export interface LangPackStringPluralized {
    /** TL constructor `langPackStringPluralized`. */
    _: "langPackStringPluralized";
    /** Localization key */
    key: string;
    /**
     * Value for zero objects
     *
     * Optional: bit 0 of `flags` (TL `zero_value:flags.0?…`).
     */
    zeroValue?: string;
    /**
     * Value for one object
     *
     * Optional: bit 1 of `flags` (TL `one_value:flags.1?…`).
     */
    oneValue?: string;
    /**
     * Value for two objects
     *
     * Optional: bit 2 of `flags` (TL `two_value:flags.2?…`).
     */
    twoValue?: string;
    /**
     * Value for a few objects
     *
     * Optional: bit 3 of `flags` (TL `few_value:flags.3?…`).
     */
    fewValue?: string;
    /**
     * Value for many objects
     *
     * Optional: bit 4 of `flags` (TL `many_value:flags.4?…`).
     */
    manyValue?: string;
    /** Default value */
    otherValue: string;
}
/**
 * Position on a photo where a mask should be placed when [attaching stickers to media »](https://corefork.telegram.org/api/stickers#attached-stickers)
 *
 * The `n` position indicates where the mask should be placed:
 *
 * Constructor of `MaskCoords`; its id is `0xaed6dbb2`.
 * ```tl
 * maskCoords#aed6dbb2 n:int x:double y:double zoom:double = MaskCoords;
 * ```
 * Declared at schema/api.tl:756.
 */
export interface MaskCoords {
    /** TL constructor `maskCoords`. */
    _: "maskCoords";
    /** Part of the face, relative to which the mask should be placed */
    n: number;
    /** Shift by X-axis measured in widths of the mask scaled to the face size, from left to right. (For example, -1.0 will place the mask just to the left of the default mask position) */
    x: number;
    /** Shift by Y-axis measured in widths of the mask scaled to the face size, from left to right. (For example, -1.0 will place the mask just below the default mask position) */
    y: number;
    /** Mask scaling coefficient. (For example, 2.0 means a doubled size) */
    zoom: number;
}
/**
 * Represents a channel post.
 *
 * Constructor of `MediaArea`; its id is `0x770416af`.
 * ```tl
 * mediaAreaChannelPost#770416af coordinates:MediaAreaCoordinates channel_id:long msg_id:int = MediaArea;
 * ```
 * Declared at schema/api.tl:1342.
 */
export interface MediaAreaChannelPost {
    /** TL constructor `mediaAreaChannelPost`. */
    _: "mediaAreaChannelPost";
    /** The size and location of the media area corresponding to the location sticker on top of the story media. */
    coordinates: TypeMediaAreaCoordinates;
    /** The channel that posted the message */
    channelId: bigint;
    /** ID of the channel message */
    msgId: number;
}
/**
 * Coordinates and size of a clickable rectangular area on top of a story.
 *
 * Constructor of `MediaAreaCoordinates`; its id is `0xcfc9e002`.
 * ```tl
 * mediaAreaCoordinates#cfc9e002 flags:# x:double y:double w:double h:double rotation:double radius:flags.0?double = MediaAreaCoordinates;
 * ```
 * Declared at schema/api.tl:1337.
 */
export interface MediaAreaCoordinates {
    /** TL constructor `mediaAreaCoordinates`. */
    _: "mediaAreaCoordinates";
    /** The abscissa of the rectangle's center, as a percentage of the media width (0-100). */
    x: number;
    /** The ordinate of the rectangle's center, as a percentage of the media height (0-100). */
    y: number;
    /** The width of the rectangle, as a percentage of the media width (0-100). */
    w: number;
    /** The height of the rectangle, as a percentage of the media height (0-100). */
    h: number;
    /** Clockwise rotation angle of the rectangle, in degrees (0-360). */
    rotation: number;
    /**
     * The radius of the rectangle corner rounding, as a percentage of the media width.
     *
     * Optional: bit 0 of `flags` (TL `radius:flags.0?…`).
     */
    radius?: number;
}
/**
 * Represents a geolocation tag attached to a [story](https://corefork.telegram.org/api/stories).
 *
 * Constructor of `MediaArea`; its id is `0xcad5452d`.
 * ```tl
 * mediaAreaGeoPoint#cad5452d flags:# coordinates:MediaAreaCoordinates geo:GeoPoint address:flags.0?GeoPointAddress = MediaArea;
 * ```
 * Declared at schema/api.tl:1340.
 */
export interface MediaAreaGeoPoint {
    /** TL constructor `mediaAreaGeoPoint`. */
    _: "mediaAreaGeoPoint";
    /** The size and position of the media area corresponding to the location sticker on top of the story media. */
    coordinates: TypeMediaAreaCoordinates;
    /** Coordinates of the geolocation tag. */
    geo: TypeGeoPoint;
    /**
     * Optional textual representation of the address.
     *
     * Optional: bit 0 of `flags` (TL `address:flags.0?…`).
     */
    address?: TypeGeoPointAddress;
}
/**
 * Represents a [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts).
 *
 * Constructor of `MediaArea`; its id is `0x5787686d`.
 * ```tl
 * mediaAreaStarGift#5787686d coordinates:MediaAreaCoordinates slug:string = MediaArea;
 * ```
 * Declared at schema/api.tl:1346.
 */
export interface MediaAreaStarGift {
    /** TL constructor `mediaAreaStarGift`. */
    _: "mediaAreaStarGift";
    /** Coordinates of the media area. */
    coordinates: TypeMediaAreaCoordinates;
    /** `slug` from {@link RawStarGiftUnique}.`slug`, that can be resolved as [specified here »](https://corefork.telegram.org/api/gifts#sharing-and-getting-info-about-a-collectible-gift). */
    slug: string;
}
/**
 * Represents a reaction bubble.
 *
 * Constructor of `MediaArea`; its id is `0x14455871`.
 * ```tl
 * mediaAreaSuggestedReaction#14455871 flags:# dark:flags.0?true flipped:flags.1?true coordinates:MediaAreaCoordinates reaction:Reaction = MediaArea;
 * ```
 * Declared at schema/api.tl:1341.
 */
export interface MediaAreaSuggestedReaction {
    /** TL constructor `mediaAreaSuggestedReaction`. */
    _: "mediaAreaSuggestedReaction";
    /**
     * Whether the reaction bubble has a dark background.
     *
     * Optional: bit 0 of `flags` (TL `dark:flags.0?…`).
     */
    dark?: boolean;
    /**
     * Whether the reaction bubble is mirrored (see [here »](https://corefork.telegram.org/api/stories#reactions) for more info).
     *
     * Optional: bit 1 of `flags` (TL `flipped:flags.1?…`).
     */
    flipped?: boolean;
    /** The coordinates of the media area corresponding to the reaction button. */
    coordinates: TypeMediaAreaCoordinates;
    /** The reaction that should be sent when this area is clicked. */
    reaction: TypeReaction;
}
/**
 * Represents a [URL media area](https://corefork.telegram.org/api/stories#urls).
 *
 * Constructor of `MediaArea`; its id is `0x37381085`.
 * ```tl
 * mediaAreaUrl#37381085 coordinates:MediaAreaCoordinates url:string = MediaArea;
 * ```
 * Declared at schema/api.tl:1344.
 */
export interface MediaAreaUrl {
    /** TL constructor `mediaAreaUrl`. */
    _: "mediaAreaUrl";
    /** The size and location of the media area corresponding to the URL button on top of the story media. */
    coordinates: TypeMediaAreaCoordinates;
    /** URL to open when clicked. */
    url: string;
}
/**
 * Represents a location tag attached to a [story](https://corefork.telegram.org/api/stories), with additional venue information.
 *
 * Constructor of `MediaArea`; its id is `0xbe82db9c`.
 * ```tl
 * mediaAreaVenue#be82db9c coordinates:MediaAreaCoordinates geo:GeoPoint title:string address:string provider:string venue_id:string venue_type:string = MediaArea;
 * ```
 * Declared at schema/api.tl:1338.
 */
export interface MediaAreaVenue {
    /** TL constructor `mediaAreaVenue`. */
    _: "mediaAreaVenue";
    /** The size and location of the media area corresponding to the location sticker on top of the story media. */
    coordinates: TypeMediaAreaCoordinates;
    /** Coordinates of the venue */
    geo: TypeGeoPoint;
    /** Venue name */
    title: string;
    /** Address */
    address: string;
    /** Venue provider: currently only "foursquare" and "gplaces" need to be supported. */
    provider: string;
    /** Venue ID in the provider's database */
    venueId: string;
    /** Venue type in the provider's database */
    venueType: string;
}
/**
 * Represents a [weather widget »](https://corefork.telegram.org/api/stories#weather).
 *
 * Constructor of `MediaArea`; its id is `0x49a6549c`.
 * ```tl
 * mediaAreaWeather#49a6549c coordinates:MediaAreaCoordinates emoji:string temperature_c:double color:int = MediaArea;
 * ```
 * Declared at schema/api.tl:1345.
 */
export interface MediaAreaWeather {
    /** TL constructor `mediaAreaWeather`. */
    _: "mediaAreaWeather";
    /** The size and location of the media area corresponding to the widget on top of the story media. */
    coordinates: TypeMediaAreaCoordinates;
    /** Weather emoji, should be rendered as an [animated emoji](https://corefork.telegram.org/api/animated-emojis). */
    emoji: string;
    /** Temperature in degrees Celsius. */
    temperatureC: number;
    /** ARGB background color. */
    color: number;
}
/**
 * A message
 *
 * Constructor of `Message`; its id is `0x7600b9d3`.
 * ```tl
 * message#7600b9d3 flags:# out:flags.1?true mentioned:flags.4?true media_unread:flags.5?true silent:flags.13?true post:flags.14?true from_scheduled:flags.18?true legacy:flags.19?true edit_hide:flags.21?true pinned:flags.24?true noforwards:flags.26?true invert_media:flags.27?true flags2:# offline:flags2.1?true video_processing_pending:flags2.4?true paid_suggested_post_stars:flags2.8?true paid_suggested_post_ton:flags2.9?true id:int from_id:flags.8?Peer from_boosts_applied:flags.29?int from_rank:flags2.12?string peer_id:Peer saved_peer_id:flags.28?Peer fwd_from:flags.2?MessageFwdHeader via_bot_id:flags.11?long via_business_bot_id:flags2.0?long guestchat_via_from:flags2.19?Peer reply_to:flags.3?MessageReplyHeader date:int message:string media:flags.9?MessageMedia reply_markup:flags.6?ReplyMarkup entities:flags.7?Vector<MessageEntity> views:flags.10?int forwards:flags.10?int replies:flags.23?MessageReplies edit_date:flags.15?int post_author:flags.16?string grouped_id:flags.17?long reactions:flags.20?MessageReactions restriction_reason:flags.22?Vector<RestrictionReason> ttl_period:flags.25?int quick_reply_shortcut_id:flags.30?int effect:flags2.2?long factcheck:flags2.3?FactCheck report_delivery_until_date:flags2.5?int paid_message_stars:flags2.6?long suggested_post:flags2.7?SuggestedPost schedule_repeat_period:flags2.10?int summary_from_language:flags2.11?string rich_message:flags2.13?RichMessage = Message;
 * ```
 * Declared at schema/api.tl:104.
 */
export type Message = {
    /**
     * TL constructor `message`.
     */
    _: "message";
    /**
     * Is this an outgoing message
     *
     * Optional: bit 1 of `flags` (TL `out:flags.1?…`).
     */
    out?: boolean;
    /**
     * Whether we were [mentioned](https://corefork.telegram.org/api/mentions) in this message
     *
     * Optional: bit 4 of `flags` (TL `mentioned:flags.4?…`).
     */
    mentioned?: boolean;
    /**
     * Whether there are unread media attachments in this message
     *
     * Optional: bit 5 of `flags` (TL `media_unread:flags.5?…`).
     */
    mediaUnread?: boolean;
    /**
     * Whether this is a silent message (no notification triggered)
     *
     * Optional: bit 13 of `flags` (TL `silent:flags.13?…`).
     */
    silent?: boolean;
    /**
     * Whether this is a channel post
     *
     * Optional: bit 14 of `flags` (TL `post:flags.14?…`).
     */
    post?: boolean;
    /**
     * Whether this is a [scheduled message](https://corefork.telegram.org/api/scheduled-messages)
     *
     * Optional: bit 18 of `flags` (TL `from_scheduled:flags.18?…`).
     */
    fromScheduled?: boolean;
    /**
     * This is a legacy message: it has to be refetched with the new layer
     *
     * Optional: bit 19 of `flags` (TL `legacy:flags.19?…`).
     */
    legacy?: boolean;
    /**
     * Whether the message should be shown as not modified to the user, even if an edit date is present
     *
     * Optional: bit 21 of `flags` (TL `edit_hide:flags.21?…`).
     */
    editHide?: boolean;
    /**
     * Whether this message is [pinned](https://corefork.telegram.org/api/pin)
     *
     * Optional: bit 24 of `flags` (TL `pinned:flags.24?…`).
     */
    pinned?: boolean;
    /**
     * Whether this message is [protected](https://telegram.org/blog/content-protection-delete-by-date-and-more) and thus cannot be forwarded; clients should also prevent users from saving attached media (i.e. videos should only be streamed, photos should be kept in RAM, et cetera).
     *
     * Optional: bit 26 of `flags` (TL `noforwards:flags.26?…`).
     */
    noforwards?: boolean;
    /**
     * If set, any eventual webpage preview will be shown on top of the message instead of at the bottom.
     *
     * Optional: bit 27 of `flags` (TL `invert_media:flags.27?…`).
     */
    invertMedia?: boolean;
    /**
     * If set, the message was sent because of a scheduled action by the message sender, for example, as away, or a greeting service message.
     *
     * Optional: bit 1 of `flags2` (TL `offline:flags2.1?…`).
     */
    offline?: boolean;
    /**
     * The video contained in the message is currently being processed by the server (i.e. to generate alternative qualities, that will be contained in the final {@link RawMessageMediaDocument}.`alt_document`), and will be sent once the video is processed, which will happen approximately at the specified `date` (i.e. messages with this flag set should be treated similarly to [scheduled messages](https://corefork.telegram.org/api/scheduled-messages), but instead of the scheduled date, `date` contains the estimated conversion date).
     * See [here »](https://corefork.telegram.org/api/files#video-qualities) for more info.
     *
     * Optional: bit 4 of `flags2` (TL `video_processing_pending:flags2.4?…`).
     */
    videoProcessingPending?: boolean;
    /**
     * Set if this is a [suggested channel post »](https://corefork.telegram.org/api/suggested-posts) that was paid using [Telegram Stars](https://corefork.telegram.org/api/stars).
     *
     * Optional: bit 8 of `flags2` (TL `paid_suggested_post_stars:flags2.8?…`).
     */
    paidSuggestedPostStars?: boolean;
    /**
     * Set if this is a [suggested channel post »](https://corefork.telegram.org/api/suggested-posts) that was paid using Toncoins.
     *
     * Optional: bit 9 of `flags2` (TL `paid_suggested_post_ton:flags2.9?…`).
     */
    paidSuggestedPostTon?: boolean;
    /**
     * ID of the message
     */
    id: number;
    /**
     * ID of the sender of the message
     *
     * Optional: bit 8 of `flags` (TL `from_id:flags.8?…`).
     */
    fromId?: TypePeer;
    /**
     * Supergroups only, contains the number of [boosts](https://corefork.telegram.org/api/boost) this user has given the current supergroup, and should be shown in the UI in the header of the message.
     * Only present for incoming messages from non-anonymous supergroup members that have boosted the supergroup.
     * Note that this counter should be locally overridden for non-anonymous _outgoing_ messages, according to the current value of {@link RawChannelFull}.`boosts_applied`, to ensure the value is correct even for messages sent by the current user before a supergroup was boosted (or after a boost has expired or the number of boosts has changed); do not update this value for incoming messages from other users, even if their boosts have changed.
     *
     * Optional: bit 29 of `flags` (TL `from_boosts_applied:flags.29?…`).
     */
    fromBoostsApplied?: number;
    /**
     * Only in [supergroups »](https://corefork.telegram.org/api/channel#supergroups) (never basic groups, where this information is contained [elsewhere »](https://corefork.telegram.org/api/rank)), contains the sender's [tag »](https://corefork.telegram.org/api/rank).
     *
     * Optional: bit 12 of `flags2` (TL `from_rank:flags2.12?…`).
     */
    fromRank?: string;
    /**
     * Peer ID, the chat where this message was sent
     */
    peerId: TypePeer;
    /**
     * Messages from a [saved messages dialog »](https://corefork.telegram.org/api/saved-messages) will have `peer`={@link RawInputPeerSelf} and the `saved_peer_id` flag set to the ID of the saved dialog.
     * Messages from a [monoforum »](https://corefork.telegram.org/api/monoforum) will have `peer`=ID of the monoforum and the `saved_peer_id` flag set to the ID of a topic.
     *
     * Optional: bit 28 of `flags` (TL `saved_peer_id:flags.28?…`).
     */
    savedPeerId?: TypePeer;
    /**
     * Info about forwarded messages
     *
     * Optional: bit 2 of `flags` (TL `fwd_from:flags.2?…`).
     */
    fwdFrom?: TypeMessageFwdHeader;
    /**
     * ID of the inline bot that generated the message
     *
     * Optional: bit 11 of `flags` (TL `via_bot_id:flags.11?…`).
     */
    viaBotId?: bigint;
    /**
     * Whether the message was sent by the [business bot](https://corefork.telegram.org/api/bots/connected-business-bots) specified in `via_bot_id` on behalf of the user.
     *
     * Optional: bit 0 of `flags2` (TL `via_business_bot_id:flags2.0?…`).
     */
    viaBusinessBotId?: bigint;
    /**
     * Optional: bit 19 of `flags2` (TL `guestchat_via_from:flags2.19?…`).
     */
    guestchatViaFrom?: TypePeer;
    /**
     * Reply information
     *
     * Optional: bit 3 of `flags` (TL `reply_to:flags.3?…`).
     */
    replyTo?: TypeMessageReplyHeader;
    /**
     * Date of the message
     */
    date: number;
    /**
     * The message
     */
    message: string;
    /**
     * Media attachment
     *
     * Optional: bit 9 of `flags` (TL `media:flags.9?…`).
     */
    media?: TypeMessageMedia;
    /**
     * Reply markup (bot/inline keyboards)
     *
     * Optional: bit 6 of `flags` (TL `reply_markup:flags.6?…`).
     */
    replyMarkup?: TypeReplyMarkup;
    /**
     * Message [entities](https://corefork.telegram.org/api/entities) for styled text
     *
     * Optional: bit 7 of `flags` (TL `entities:flags.7?…`).
     */
    entities?: TypeMessageEntity[];
    /**
     * Info about [post comments (for channels) or message replies (for groups)](https://corefork.telegram.org/api/threads)
     *
     * Optional: bit 23 of `flags` (TL `replies:flags.23?…`).
     */
    replies?: TypeMessageReplies;
    /**
     * Last edit date of this message
     *
     * Optional: bit 15 of `flags` (TL `edit_date:flags.15?…`).
     */
    editDate?: number;
    /**
     * Name of the author of this message for channel posts (with signatures enabled)
     *
     * Optional: bit 16 of `flags` (TL `post_author:flags.16?…`).
     */
    postAuthor?: string;
    /**
     * Multiple media messages sent using {@link messages.RawSendMultiMediaRequest} with the same grouped ID indicate an [album or media group](https://corefork.telegram.org/api/files#albums-grouped-media)
     *
     * Optional: bit 17 of `flags` (TL `grouped_id:flags.17?…`).
     */
    groupedId?: bigint;
    /**
     * Reactions to this message
     *
     * Optional: bit 20 of `flags` (TL `reactions:flags.20?…`).
     */
    reactions?: TypeMessageReactions;
    /**
     * Contains the reason why access to this message must be restricted.
     *
     * Optional: bit 22 of `flags` (TL `restriction_reason:flags.22?…`).
     */
    restrictionReason?: TypeRestrictionReason[];
    /**
     * Time To Live of the message, once message.date+message.ttl_period === time(), the message will be deleted on the server, and must be deleted locally as well.
     *
     * Optional: bit 25 of `flags` (TL `ttl_period:flags.25?…`).
     */
    ttlPeriod?: number;
    /**
     * If set, this message is a [quick reply shortcut message »](https://corefork.telegram.org/api/business#quick-reply-shortcuts) (note that quick reply shortcut messages _sent_ to a private chat will _not_ have this field set).
     *
     * Optional: bit 30 of `flags` (TL `quick_reply_shortcut_id:flags.30?…`).
     */
    quickReplyShortcutId?: number;
    /**
     * A [message effect that should be played as specified here »](https://corefork.telegram.org/api/effects).
     *
     * Optional: bit 2 of `flags2` (TL `effect:flags2.2?…`).
     */
    effect?: bigint;
    /**
     * Represents a [fact-check »](https://corefork.telegram.org/api/factcheck).
     *
     * Optional: bit 3 of `flags2` (TL `factcheck:flags2.3?…`).
     */
    factcheck?: TypeFactCheck;
    /**
     * Used for [Telegram Gateway verification messages](https://telegram.org/blog/star-messages-gateway-2-0-and-more#save-even-more-on-user-verification): if set and the current unixtime is bigger than the specified unixtime, invoke {@link messages.RawReportMessagesDeliveryRequest} passing the ID and the peer of this message as soon as it is received by the client (optionally batching requests for the same peer).
     *
     * Optional: bit 5 of `flags2` (TL `report_delivery_until_date:flags2.5?…`).
     */
    reportDeliveryUntilDate?: number;
    /**
     * The amount of stars the **sender** has paid to send the message, see [here »](https://corefork.telegram.org/api/paid-messages) for more info.
     *
     * Optional: bit 6 of `flags2` (TL `paid_message_stars:flags2.6?…`).
     */
    paidMessageStars?: bigint;
    /**
     * Used to [suggest a post to a channel, see here »](https://corefork.telegram.org/api/suggested-posts) for more info on the full flow.
     *
     * Optional: bit 7 of `flags2` (TL `suggested_post:flags2.7?…`).
     */
    suggestedPost?: TypeSuggestedPost;
    /**
     * Once sent, this message will be automatically re-scheduled to be re-sent again this many seconds in the future, see [here »](https://corefork.telegram.org/api/scheduled-messages#repeating-scheduled-messages) for more info on repeating scheduled messages.
     *
     * Optional: bit 10 of `flags2` (TL `schedule_repeat_period:flags2.10?…`).
     */
    scheduleRepeatPeriod?: number;
    /**
     * Optional: bit 11 of `flags2` (TL `summary_from_language:flags2.11?…`).
     */
    summaryFromLanguage?: string;
    /**
     * Optional: bit 13 of `flags2` (TL `rich_message:flags2.13?…`).
     */
    richMessage?: TypeRichMessage;
} & ({
    /**
     * View count for channel posts
     *
     * Optional: bit 10 of `flags` (TL `views:flags.10?…`).
     *
     * Shares its flag bit with `views`, `forwards`: give all of the value fields or none (checked in the types and at runtime).
     */
    views: number;
    /**
     * Forward counter
     *
     * Optional: bit 10 of `flags` (TL `forwards:flags.10?…`).
     *
     * Shares its flag bit with `views`, `forwards`: give all of the value fields or none (checked in the types and at runtime).
     */
    forwards: number;
} | {
    /**
     * Given together with `forwards`, or not at all.
     */
    views?: undefined;
    /**
     * Given together with `views`, or not at all.
     */
    forwards?: undefined;
});
/**
 * Some [boosts »](https://corefork.telegram.org/api/boost) were applied to the channel or supergroup.
 *
 * Constructor of `MessageAction`; its id is `0xcc02aa6d`.
 * ```tl
 * messageActionBoostApply#cc02aa6d boosts:int = MessageAction;
 * ```
 * Declared at schema/api.tl:166.
 */
export interface MessageActionBoostApply {
    /** TL constructor `messageActionBoostApply`. */
    _: "messageActionBoostApply";
    /** Number of applied [boosts](https://corefork.telegram.org/api/boost). */
    boosts: number;
}
/**
 * We have given the bot permission to send us direct messages.
 *
 * The optional fields specify how did we authorize the bot to send us messages.
 *
 * Constructor of `MessageAction`; its id is `0xc516d679`.
 * ```tl
 * messageActionBotAllowed#c516d679 flags:# attach_menu:flags.1?true from_request:flags.3?true domain:flags.0?string app:flags.2?BotApp = MessageAction;
 * ```
 * Declared at schema/api.tl:144.
 */
export interface MessageActionBotAllowed {
    /** TL constructor `messageActionBotAllowed`. */
    _: "messageActionBotAllowed";
    /**
     * We have authorized the bot to send us messages by installing the bot's [attachment menu](https://corefork.telegram.org/api/bots/attach).
     *
     * Optional: bit 1 of `flags` (TL `attach_menu:flags.1?…`).
     */
    attachMenu?: boolean;
    /**
     * We have allowed the bot to send us messages using {@link bots.RawAllowSendMessageRequest}.
     *
     * Optional: bit 3 of `flags` (TL `from_request:flags.3?…`).
     */
    fromRequest?: boolean;
    /**
     * We have authorized the bot to send us messages by logging into a website via [Telegram Login »](https://corefork.telegram.org/widgets/login); this field contains the domain name of the website on which the user has logged in.
     *
     * Optional: bit 0 of `flags` (TL `domain:flags.0?…`).
     */
    domain?: string;
    /**
     * We have authorized the bot to send us messages by opening the specified [bot mini app](https://corefork.telegram.org/api/bots/webapps).
     *
     * Optional: bit 2 of `flags` (TL `app:flags.2?…`).
     */
    app?: TypeBotApp;
}
/**
 * Constructor of `MessageAction`; its id is `0xe188503b`.
 * ```tl
 * messageActionChangeCreator#e188503b new_creator_id:long = MessageAction;
 * ```
 * Declared at schema/api.tl:186.
 */
export interface MessageActionChangeCreator {
    /** TL constructor `messageActionChangeCreator`. */
    _: "messageActionChangeCreator";
    /** TL field `new_creator_id`. */
    newCreatorId: bigint;
}
/**
 * The channel was created
 *
 * Constructor of `MessageAction`; its id is `0x95d2ac92`.
 * ```tl
 * messageActionChannelCreate#95d2ac92 title:string = MessageAction;
 * ```
 * Declared at schema/api.tl:133.
 */
export interface MessageActionChannelCreate {
    /** TL constructor `messageActionChannelCreate`. */
    _: "messageActionChannelCreate";
    /** Original channel/supergroup title */
    title: string;
}
/**
 * Indicates the channel was [migrated](https://corefork.telegram.org/api/channel) from the specified chat
 *
 * Constructor of `MessageAction`; its id is `0xea3948e9`.
 * ```tl
 * messageActionChannelMigrateFrom#ea3948e9 title:string chat_id:long = MessageAction;
 * ```
 * Declared at schema/api.tl:135.
 */
export interface MessageActionChannelMigrateFrom {
    /** TL constructor `messageActionChannelMigrateFrom`. */
    _: "messageActionChannelMigrateFrom";
    /** The old chat title */
    title: string;
    /** The old chat ID */
    chatId: bigint;
}
/**
 * New member in the group
 *
 * Constructor of `MessageAction`; its id is `0x15cefd00`.
 * ```tl
 * messageActionChatAddUser#15cefd00 users:Vector<long> = MessageAction;
 * ```
 * Declared at schema/api.tl:130.
 */
export interface MessageActionChatAddUser {
    /** TL constructor `messageActionChatAddUser`. */
    _: "messageActionChatAddUser";
    /** Users that were invited to the chat */
    users: bigint[];
}
/**
 * Group created
 *
 * Constructor of `MessageAction`; its id is `0xbd47cbad`.
 * ```tl
 * messageActionChatCreate#bd47cbad title:string users:Vector<long> = MessageAction;
 * ```
 * Declared at schema/api.tl:126.
 */
export interface MessageActionChatCreate {
    /** TL constructor `messageActionChatCreate`. */
    _: "messageActionChatCreate";
    /** Group name */
    title: string;
    /** List of group members */
    users: bigint[];
}
/**
 * Group profile photo removed.
 *
 * Constructor of `MessageAction`; its id is `0x95e3fbef`.
 * ```tl
 * messageActionChatDeletePhoto#95e3fbef = MessageAction;
 * ```
 * Declared at schema/api.tl:129.
 */
export interface MessageActionChatDeletePhoto {
    /** TL constructor `messageActionChatDeletePhoto`. */
    _: "messageActionChatDeletePhoto";
}
/**
 * User left the group.
 *
 * Constructor of `MessageAction`; its id is `0xa43f30cc`.
 * ```tl
 * messageActionChatDeleteUser#a43f30cc user_id:long = MessageAction;
 * ```
 * Declared at schema/api.tl:131.
 */
export interface MessageActionChatDeleteUser {
    /** TL constructor `messageActionChatDeleteUser`. */
    _: "messageActionChatDeleteUser";
    /** Leaving user ID */
    userId: bigint;
}
/**
 * Group profile changed
 *
 * Constructor of `MessageAction`; its id is `0x7fcb13a8`.
 * ```tl
 * messageActionChatEditPhoto#7fcb13a8 photo:Photo = MessageAction;
 * ```
 * Declared at schema/api.tl:128.
 */
export interface MessageActionChatEditPhoto {
    /** TL constructor `messageActionChatEditPhoto`. */
    _: "messageActionChatEditPhoto";
    /** New group profile photo */
    photo: TypePhoto;
}
/**
 * Group name changed.
 *
 * Constructor of `MessageAction`; its id is `0xb5a1ce5a`.
 * ```tl
 * messageActionChatEditTitle#b5a1ce5a title:string = MessageAction;
 * ```
 * Declared at schema/api.tl:127.
 */
export interface MessageActionChatEditTitle {
    /** TL constructor `messageActionChatEditTitle`. */
    _: "messageActionChatEditTitle";
    /** New group name */
    title: string;
}
/**
 * A user joined the chat via an invite link
 *
 * Constructor of `MessageAction`; its id is `0x031224c3`.
 * ```tl
 * messageActionChatJoinedByLink#031224c3 inviter_id:long = MessageAction;
 * ```
 * Declared at schema/api.tl:132.
 */
export interface MessageActionChatJoinedByLink {
    /** TL constructor `messageActionChatJoinedByLink`. */
    _: "messageActionChatJoinedByLink";
    /** ID of the user that created the invite link */
    inviterId: bigint;
}
/**
 * A user was accepted into the group by an admin
 *
 * Constructor of `MessageAction`; its id is `0xebbca3cb`.
 * ```tl
 * messageActionChatJoinedByRequest#ebbca3cb = MessageAction;
 * ```
 * Declared at schema/api.tl:154.
 */
export interface MessageActionChatJoinedByRequest {
    /** TL constructor `messageActionChatJoinedByRequest`. */
    _: "messageActionChatJoinedByRequest";
}
/**
 * Indicates the chat was [migrated](https://corefork.telegram.org/api/channel) to the specified supergroup
 *
 * Constructor of `MessageAction`; its id is `0xe1037f92`.
 * ```tl
 * messageActionChatMigrateTo#e1037f92 channel_id:long = MessageAction;
 * ```
 * Declared at schema/api.tl:134.
 */
export interface MessageActionChatMigrateTo {
    /** TL constructor `messageActionChatMigrateTo`. */
    _: "messageActionChatMigrateTo";
    /** The supergroup it was migrated to */
    channelId: bigint;
}
/**
 * Represents a [conference call](https://corefork.telegram.org/api/end-to-end/group-calls) (or an invitation to a conference call, if neither the `missed` nor `active` flags are set).
 *
 * If [call_requests_disabled](https://corefork.telegram.org/api/config#call-requests-disabled) is not set or false, an incoming {@link RawMessageActionConferenceCall} with the `missed` and `active` flags **not** set should trigger ringing and an incoming call screen, just like for one-on-one calls.
 *
 * Constructor of `MessageAction`; its id is `0x2ffe2f7a`.
 * ```tl
 * messageActionConferenceCall#2ffe2f7a flags:# missed:flags.0?true active:flags.1?true video:flags.4?true call_id:long duration:flags.2?int other_participants:flags.3?Vector<Peer> = MessageAction;
 * ```
 * Declared at schema/api.tl:175.
 */
export interface MessageActionConferenceCall {
    /** TL constructor `messageActionConferenceCall`. */
    _: "messageActionConferenceCall";
    /**
     * Whether the conference call has ended and the user hasn't joined.
     *
     * Optional: bit 0 of `flags` (TL `missed:flags.0?…`).
     */
    missed?: boolean;
    /**
     * Whether the user is currently in the conference call.
     *
     * Optional: bit 1 of `flags` (TL `active:flags.1?…`).
     */
    active?: boolean;
    /**
     * Whether this is a video conference call.
     *
     * Optional: bit 4 of `flags` (TL `video:flags.4?…`).
     */
    video?: boolean;
    /** Call ID. */
    callId: bigint;
    /**
     * Call duration, for left calls only.
     *
     * Optional: bit 2 of `flags` (TL `duration:flags.2?…`).
     */
    duration?: number;
    /**
     * Identifiers of some other call participants.
     *
     * Optional: bit 3 of `flags` (TL `other_participants:flags.3?…`).
     */
    otherParticipants?: TypePeer[];
}
/**
 * A contact just signed up to telegram
 *
 * Constructor of `MessageAction`; its id is `0xf3f25f76`.
 * ```tl
 * messageActionContactSignUp#f3f25f76 = MessageAction;
 * ```
 * Declared at schema/api.tl:147.
 */
export interface MessageActionContactSignUp {
    /** TL constructor `messageActionContactSignUp`. */
    _: "messageActionContactSignUp";
}
/**
 * Custom action (most likely not supported by the current layer, an upgrade might be needed)
 *
 * Constructor of `MessageAction`; its id is `0xfae69f56`.
 * ```tl
 * messageActionCustomAction#fae69f56 message:string = MessageAction;
 * ```
 * Declared at schema/api.tl:143.
 */
export interface MessageActionCustomAction {
    /** TL constructor `messageActionCustomAction`. */
    _: "messageActionCustomAction";
    /** Action message */
    message: string;
}
/**
 * Empty constructor.
 *
 * Constructor of `MessageAction`; its id is `0xb6aef7b0`.
 * ```tl
 * messageActionEmpty#b6aef7b0 = MessageAction;
 * ```
 * Declared at schema/api.tl:125.
 */
export interface MessageActionEmpty {
    /** TL constructor `messageActionEmpty`. */
    _: "messageActionEmpty";
}
/**
 * Someone scored in a game
 *
 * Constructor of `MessageAction`; its id is `0x92a72876`.
 * ```tl
 * messageActionGameScore#92a72876 game_id:long score:int = MessageAction;
 * ```
 * Declared at schema/api.tl:138.
 */
export interface MessageActionGameScore {
    /** TL constructor `messageActionGameScore`. */
    _: "messageActionGameScore";
    /** Game ID */
    gameId: bigint;
    /** Score */
    score: number;
}
/**
 * A user of the chat is now in proximity of another user
 *
 * Constructor of `MessageAction`; its id is `0x98e0d697`.
 * ```tl
 * messageActionGeoProximityReached#98e0d697 from_id:Peer to_id:Peer distance:int = MessageAction;
 * ```
 * Declared at schema/api.tl:148.
 */
export interface MessageActionGeoProximityReached {
    /** TL constructor `messageActionGeoProximityReached`. */
    _: "messageActionGeoProximityReached";
    /** The user or chat that is now in proximity of `to_id` */
    fromId: TypePeer;
    /** The user or chat that subscribed to [live geolocation proximity alerts](https://corefork.telegram.org/api/live-location#proximity-alert) */
    toId: TypePeer;
    /** Distance, in meters (0-100000) */
    distance: number;
}
/**
 * Contains a [Telegram Premium giftcode link](https://corefork.telegram.org/api/links#premium-giftcode-links).
 *
 * Constructor of `MessageAction`; its id is `0x31c48347`.
 * ```tl
 * messageActionGiftCode#31c48347 flags:# via_giveaway:flags.0?true unclaimed:flags.5?true boost_peer:flags.1?Peer days:int slug:string currency:flags.2?string amount:flags.2?long crypto_currency:flags.3?string crypto_amount:flags.3?long message:flags.4?TextWithEntities = MessageAction;
 * ```
 * Declared at schema/api.tl:163.
 */
export type MessageActionGiftCode = {
    /**
     * TL constructor `messageActionGiftCode`.
     */
    _: "messageActionGiftCode";
    /**
     * If set, this gift code was received from a [giveaway »](https://corefork.telegram.org/api/giveaways) started by a channel/supergroup we're subscribed to.
     *
     * Optional: bit 0 of `flags` (TL `via_giveaway:flags.0?…`).
     */
    viaGiveaway?: boolean;
    /**
     * If set, the link was not [redeemed](https://corefork.telegram.org/api/links#premium-giftcode-links) yet.
     *
     * Optional: bit 5 of `flags` (TL `unclaimed:flags.5?…`).
     */
    unclaimed?: boolean;
    /**
     * Identifier of the channel/supergroup that created the gift code [either directly or through a giveaway](https://corefork.telegram.org/api/giveaways): if we import this giftcode link, we will also automatically [boost](https://corefork.telegram.org/api/boost) this channel/supergroup.
     *
     * Optional: bit 1 of `flags` (TL `boost_peer:flags.1?…`).
     */
    boostPeer?: TypePeer;
    /**
     * TL field `days`.
     */
    days: number;
    /**
     * Slug of the [Telegram Premium giftcode link](https://corefork.telegram.org/api/links#premium-giftcode-links)
     */
    slug: string;
    /**
     * Message attached with the gift
     *
     * Optional: bit 4 of `flags` (TL `message:flags.4?…`).
     */
    message?: TypeTextWithEntities;
} & ({
    /**
     * Three-letter ISO 4217 [currency](https://corefork.telegram.org/bots/payments#supported-currencies) code
     *
     * Optional: bit 2 of `flags` (TL `currency:flags.2?…`).
     *
     * Shares its flag bit with `currency`, `amount`: give all of the value fields or none (checked in the types and at runtime).
     */
    currency: string;
    /**
     * Total price in the smallest units of the currency (integer, not float/double). For example, for a price of `US$ 1.45` pass `amount = 145`. See the exp parameter in [currencies.json](https://corefork.telegram.org/bots/payments/currencies.json), it shows the number of digits past the decimal point for each currency (2 for the majority of currencies).
     *
     * Optional: bit 2 of `flags` (TL `amount:flags.2?…`).
     *
     * Shares its flag bit with `currency`, `amount`: give all of the value fields or none (checked in the types and at runtime).
     */
    amount: bigint;
} | {
    /**
     * Given together with `amount`, or not at all.
     */
    currency?: undefined;
    /**
     * Given together with `currency`, or not at all.
     */
    amount?: undefined;
}) & ({
    /**
     * If set, the gift was made using the specified cryptocurrency.
     *
     * Optional: bit 3 of `flags` (TL `crypto_currency:flags.3?…`).
     *
     * Shares its flag bit with `cryptoCurrency`, `cryptoAmount`: give all of the value fields or none (checked in the types and at runtime).
     */
    cryptoCurrency: string;
    /**
     * If `crypto_currency` is set, contains the paid amount, in the smallest units of the cryptocurrency.
     *
     * Optional: bit 3 of `flags` (TL `crypto_amount:flags.3?…`).
     *
     * Shares its flag bit with `cryptoCurrency`, `cryptoAmount`: give all of the value fields or none (checked in the types and at runtime).
     */
    cryptoAmount: bigint;
} | {
    /**
     * Given together with `cryptoAmount`, or not at all.
     */
    cryptoCurrency?: undefined;
    /**
     * Given together with `cryptoCurrency`, or not at all.
     */
    cryptoAmount?: undefined;
});
/**
 * Info about a gifted Telegram Premium subscription
 *
 * This service message should be displayed below the appropriate sticker from the {@link RawInputStickerSetPremiumGifts} [stickerset »](https://corefork.telegram.org/api/stickers#stickersets):
 *
 * Constructor of `MessageAction`; its id is `0x48e91302`.
 * ```tl
 * messageActionGiftPremium#48e91302 flags:# currency:string amount:long days:int crypto_currency:flags.0?string crypto_amount:flags.0?long message:flags.1?TextWithEntities = MessageAction;
 * ```
 * Declared at schema/api.tl:157.
 */
export type MessageActionGiftPremium = {
    /**
     * TL constructor `messageActionGiftPremium`.
     */
    _: "messageActionGiftPremium";
    /**
     * Three-letter ISO 4217 [currency](https://corefork.telegram.org/bots/payments#supported-currencies) code
     */
    currency: string;
    /**
     * Price of the gift in the smallest units of the currency (integer, not float/double). For example, for a price of `US$ 1.45` pass `amount = 145`. See the exp parameter in [currencies.json](https://corefork.telegram.org/bots/payments/currencies.json), it shows the number of digits past the decimal point for each currency (2 for the majority of currencies).
     */
    amount: bigint;
    /**
     * TL field `days`.
     */
    days: number;
    /**
     * Message attached with the gift
     *
     * Optional: bit 1 of `flags` (TL `message:flags.1?…`).
     */
    message?: TypeTextWithEntities;
} & ({
    /**
     * If the gift was bought using a cryptocurrency, the cryptocurrency name.
     *
     * Optional: bit 0 of `flags` (TL `crypto_currency:flags.0?…`).
     *
     * Shares its flag bit with `cryptoCurrency`, `cryptoAmount`: give all of the value fields or none (checked in the types and at runtime).
     */
    cryptoCurrency: string;
    /**
     * If the gift was bought using a cryptocurrency, price of the gift in the smallest units of a cryptocurrency.
     *
     * Optional: bit 0 of `flags` (TL `crypto_amount:flags.0?…`).
     *
     * Shares its flag bit with `cryptoCurrency`, `cryptoAmount`: give all of the value fields or none (checked in the types and at runtime).
     */
    cryptoAmount: bigint;
} | {
    /**
     * Given together with `cryptoAmount`, or not at all.
     */
    cryptoCurrency?: undefined;
    /**
     * Given together with `cryptoCurrency`, or not at all.
     */
    cryptoAmount?: undefined;
});
/**
 * You gifted or were gifted some [Telegram Stars](https://corefork.telegram.org/api/stars).
 *
 * This service message should be displayed below the appropriate sticker from the {@link RawInputStickerSetPremiumGifts} [stickerset »](https://corefork.telegram.org/api/stickers#stickersets):
 *
 * Constructor of `MessageAction`; its id is `0x45d5b021`.
 * ```tl
 * messageActionGiftStars#45d5b021 flags:# currency:string amount:long stars:long crypto_currency:flags.0?string crypto_amount:flags.0?long transaction_id:flags.1?string = MessageAction;
 * ```
 * Declared at schema/api.tl:169.
 */
export type MessageActionGiftStars = {
    /**
     * TL constructor `messageActionGiftStars`.
     */
    _: "messageActionGiftStars";
    /**
     * Three-letter ISO 4217 [currency](https://corefork.telegram.org/bots/payments#supported-currencies) code
     */
    currency: string;
    /**
     * Price of the gift in the smallest units of the currency (integer, not float/double). For example, for a price of `US$ 1.45` pass `amount = 145`. See the exp parameter in [currencies.json](https://corefork.telegram.org/bots/payments/currencies.json), it shows the number of digits past the decimal point for each currency (2 for the majority of currencies).
     */
    amount: bigint;
    /**
     * Amount of gifted stars
     */
    stars: bigint;
    /**
     * Identifier of the transaction, only visible to the receiver of the gift.
     *
     * Optional: bit 1 of `flags` (TL `transaction_id:flags.1?…`).
     */
    transactionId?: string;
} & ({
    /**
     * If the gift was bought using a cryptocurrency, the cryptocurrency name.
     *
     * Optional: bit 0 of `flags` (TL `crypto_currency:flags.0?…`).
     *
     * Shares its flag bit with `cryptoCurrency`, `cryptoAmount`: give all of the value fields or none (checked in the types and at runtime).
     */
    cryptoCurrency: string;
    /**
     * If the gift was bought using a cryptocurrency, price of the gift in the smallest units of a cryptocurrency.
     *
     * Optional: bit 0 of `flags` (TL `crypto_amount:flags.0?…`).
     *
     * Shares its flag bit with `cryptoCurrency`, `cryptoAmount`: give all of the value fields or none (checked in the types and at runtime).
     */
    cryptoAmount: bigint;
} | {
    /**
     * Given together with `cryptoAmount`, or not at all.
     */
    cryptoCurrency?: undefined;
    /**
     * Given together with `cryptoCurrency`, or not at all.
     */
    cryptoAmount?: undefined;
});
/**
 * You were gifted some toncoins.
 *
 * This service message should be displayed below the appropriate sticker from the {@link RawInputStickerSetTonGifts} [stickerset »](https://corefork.telegram.org/api/stickers#stickersets):
 *
 * Constructor of `MessageAction`; its id is `0xa8a3c699`.
 * ```tl
 * messageActionGiftTon#a8a3c699 flags:# currency:string amount:long crypto_currency:string crypto_amount:long transaction_id:flags.0?string = MessageAction;
 * ```
 * Declared at schema/api.tl:181.
 */
export interface MessageActionGiftTon {
    /** TL constructor `messageActionGiftTon`. */
    _: "messageActionGiftTon";
    /** Name of a localized FIAT currency. */
    currency: string;
    /** FIAT currency equivalent (in the currency specified in `currency`) of the amount specified in `crypto_amount`. */
    amount: bigint;
    /** Name of the cryptocurrency. */
    cryptoCurrency: string;
    /** Amount in the smallest unit of the cryptocurrency (for TONs, one billionth of a ton, AKA a nanoton). */
    cryptoAmount: bigint;
    /**
     * Transaction ID.
     *
     * Optional: bit 0 of `flags` (TL `transaction_id:flags.0?…`).
     */
    transactionId?: string;
}
/**
 * A [giveaway](https://corefork.telegram.org/api/giveaways) was started.
 *
 * Constructor of `MessageAction`; its id is `0xa80f51e4`.
 * ```tl
 * messageActionGiveawayLaunch#a80f51e4 flags:# stars:flags.0?long = MessageAction;
 * ```
 * Declared at schema/api.tl:164.
 */
export interface MessageActionGiveawayLaunch {
    /** TL constructor `messageActionGiveawayLaunch`. */
    _: "messageActionGiveawayLaunch";
    /**
     * For [Telegram Star giveaways](https://corefork.telegram.org/api/stars#star-giveaways), the total number of Telegram Stars being given away.
     *
     * Optional: bit 0 of `flags` (TL `stars:flags.0?…`).
     */
    stars?: bigint;
}
/**
 * A [giveaway](https://corefork.telegram.org/api/giveaways) has ended.
 *
 * Constructor of `MessageAction`; its id is `0x87e2f155`.
 * ```tl
 * messageActionGiveawayResults#87e2f155 flags:# stars:flags.0?true winners_count:int unclaimed_count:int = MessageAction;
 * ```
 * Declared at schema/api.tl:165.
 */
export interface MessageActionGiveawayResults {
    /** TL constructor `messageActionGiveawayResults`. */
    _: "messageActionGiveawayResults";
    /**
     * If set, this is a [Telegram Star giveaway](https://corefork.telegram.org/api/stars#star-giveaways)
     *
     * Optional: bit 0 of `flags` (TL `stars:flags.0?…`).
     */
    stars?: boolean;
    /** Number of winners in the giveaway */
    winnersCount: number;
    /** Number of undistributed prizes */
    unclaimedCount: number;
}
/**
 * The group call has ended
 *
 * Constructor of `MessageAction`; its id is `0x7a0d7f42`.
 * ```tl
 * messageActionGroupCall#7a0d7f42 flags:# call:InputGroupCall duration:flags.0?int = MessageAction;
 * ```
 * Declared at schema/api.tl:149.
 */
export interface MessageActionGroupCall {
    /** TL constructor `messageActionGroupCall`. */
    _: "messageActionGroupCall";
    /** Group call */
    call: TypeInputGroupCall;
    /**
     * Group call duration
     *
     * Optional: bit 0 of `flags` (TL `duration:flags.0?…`).
     */
    duration?: number;
}
/**
 * A group call was scheduled
 *
 * Constructor of `MessageAction`; its id is `0xb3a07661`.
 * ```tl
 * messageActionGroupCallScheduled#b3a07661 call:InputGroupCall schedule_date:int = MessageAction;
 * ```
 * Declared at schema/api.tl:152.
 */
export interface MessageActionGroupCallScheduled {
    /** TL constructor `messageActionGroupCallScheduled`. */
    _: "messageActionGroupCallScheduled";
    /** The group call */
    call: TypeInputGroupCall;
    /** When is this group call scheduled to start */
    scheduleDate: number;
}
/**
 * Chat history was cleared
 *
 * Constructor of `MessageAction`; its id is `0x9fbab604`.
 * ```tl
 * messageActionHistoryClear#9fbab604 = MessageAction;
 * ```
 * Declared at schema/api.tl:137.
 */
export interface MessageActionHistoryClear {
    /** TL constructor `messageActionHistoryClear`. */
    _: "messageActionHistoryClear";
}
/**
 * A set of users was invited to the group call
 *
 * Constructor of `MessageAction`; its id is `0x502f92f7`.
 * ```tl
 * messageActionInviteToGroupCall#502f92f7 call:InputGroupCall users:Vector<long> = MessageAction;
 * ```
 * Declared at schema/api.tl:150.
 */
export interface MessageActionInviteToGroupCall {
    /** TL constructor `messageActionInviteToGroupCall`. */
    _: "messageActionInviteToGroupCall";
    /** The group call */
    call: TypeInputGroupCall;
    /** The invited users */
    users: bigint[];
}
/**
 * Constructor of `MessageAction`; its id is `0x16605e3e`.
 * ```tl
 * messageActionManagedBotCreated#16605e3e bot_id:long = MessageAction;
 * ```
 * Declared at schema/api.tl:191.
 */
export interface MessageActionManagedBotCreated {
    /** TL constructor `messageActionManagedBotCreated`. */
    _: "messageActionManagedBotCreated";
    /** TL field `bot_id`. */
    botId: bigint;
}
/**
 * Constructor of `MessageAction`; its id is `0xb07ed085`.
 * ```tl
 * messageActionNewCreatorPending#b07ed085 new_creator_id:long = MessageAction;
 * ```
 * Declared at schema/api.tl:185.
 */
export interface MessageActionNewCreatorPending {
    /** TL constructor `messageActionNewCreatorPending`. */
    _: "messageActionNewCreatorPending";
    /** TL field `new_creator_id`. */
    newCreatorId: bigint;
}
/**
 * Emitted only in private chats if the other side requested to disable [content protection »](https://corefork.telegram.org/api/content-protection#for-users).
 *
 * Constructor of `MessageAction`; its id is `0x3e2793ba`.
 * ```tl
 * messageActionNoForwardsRequest#3e2793ba flags:# expired:flags.0?true prev_value:Bool new_value:Bool = MessageAction;
 * ```
 * Declared at schema/api.tl:188.
 */
export interface MessageActionNoForwardsRequest {
    /** TL constructor `messageActionNoForwardsRequest`. */
    _: "messageActionNoForwardsRequest";
    /**
     * If set, this request was accepted or rejected by the other user and thus cannot be used anymore.
     *
     * Optional: bit 0 of `flags` (TL `expired:flags.0?…`).
     */
    expired?: boolean;
    /** Previous protection status. */
    prevValue: boolean;
    /** New requested protection status. */
    newValue: boolean;
}
/**
 * Emitted only in private chats when enabling or disabling [content protection »](https://corefork.telegram.org/api/content-protection#for-users).
 *
 * Constructor of `MessageAction`; its id is `0xbf7d6572`.
 * ```tl
 * messageActionNoForwardsToggle#bf7d6572 prev_value:Bool new_value:Bool = MessageAction;
 * ```
 * Declared at schema/api.tl:187.
 */
export interface MessageActionNoForwardsToggle {
    /** TL constructor `messageActionNoForwardsToggle`. */
    _: "messageActionNoForwardsToggle";
    /** Previous protection status (if true, the chat was protected). May be equal to `new_value` when replying to requests, see [here »](https://corefork.telegram.org/api/content-protection#for-users) for more info on the full flow. */
    prevValue: boolean;
    /** New protection status. */
    newValue: boolean;
}
/**
 * The price of [paid messages »](https://corefork.telegram.org/api/paid-messages) in this chat was changed.
 *
 * Constructor of `MessageAction`; its id is `0x84b88578`.
 * ```tl
 * messageActionPaidMessagesPrice#84b88578 flags:# broadcast_messages_allowed:flags.0?true stars:long = MessageAction;
 * ```
 * Declared at schema/api.tl:174.
 */
export interface MessageActionPaidMessagesPrice {
    /** TL constructor `messageActionPaidMessagesPrice`. */
    _: "messageActionPaidMessagesPrice";
    /**
     * Can only be set for channels, if set indicates that [direct messages were enabled »](https://corefork.telegram.org/api/monoforum), otherwise indicates that direct messages were disabled; the price of paid messages is related to the price of direct messages (aka those sent to the associated [monoforum](https://corefork.telegram.org/api/monoforum)).
     *
     * Optional: bit 0 of `flags` (TL `broadcast_messages_allowed:flags.0?…`).
     */
    broadcastMessagesAllowed?: boolean;
    /** The new price in [Telegram Stars](https://corefork.telegram.org/api/stars), can be `0` if messages are now free. */
    stars: bigint;
}
/**
 * Sent from peer A to B, indicates that A refunded all [stars](https://corefork.telegram.org/api/stars) B previously paid to send messages to A, see [here »](https://corefork.telegram.org/api/paid-messages) for more info on paid messages.
 *
 * Constructor of `MessageAction`; its id is `0xac1f1fcd`.
 * ```tl
 * messageActionPaidMessagesRefunded#ac1f1fcd count:int stars:long = MessageAction;
 * ```
 * Declared at schema/api.tl:173.
 */
export interface MessageActionPaidMessagesRefunded {
    /** TL constructor `messageActionPaidMessagesRefunded`. */
    _: "messageActionPaidMessagesRefunded";
    /** Number of paid messages affected by the refund. */
    count: number;
    /** Number of refunded stars. */
    stars: bigint;
}
/**
 * Describes a payment refund (service message received by both users and bots).
 *
 * Constructor of `MessageAction`; its id is `0x41b3e202`.
 * ```tl
 * messageActionPaymentRefunded#41b3e202 flags:# peer:Peer currency:string total_amount:long payload:flags.0?bytes charge:PaymentCharge = MessageAction;
 * ```
 * Declared at schema/api.tl:168.
 */
export interface MessageActionPaymentRefunded {
    /** TL constructor `messageActionPaymentRefunded`. */
    _: "messageActionPaymentRefunded";
    /** Identifier of the peer that returned the funds. */
    peer: TypePeer;
    /** Currency, `XTR` for Telegram Stars. */
    currency: string;
    /** Total price in the smallest units of the currency (integer, not float/double). For example, for a price of `US$ 1.45` pass `amount = 145`. See the exp parameter in [currencies.json](https://corefork.telegram.org/bots/payments/currencies.json), it shows the number of digits past the decimal point for each currency (2 for the majority of currencies). */
    totalAmount: bigint;
    /**
     * Bot specified invoice payload (only received by bots).
     *
     * Optional: bit 0 of `flags` (TL `payload:flags.0?…`).
     */
    payload?: Uint8Array;
    /** Provider payment identifier */
    charge: TypePaymentCharge;
}
/**
 * A payment was sent
 *
 * Constructor of `MessageAction`; its id is `0xc624b16e`.
 * ```tl
 * messageActionPaymentSent#c624b16e flags:# recurring_init:flags.2?true recurring_used:flags.3?true currency:string total_amount:long invoice_slug:flags.0?string subscription_until_date:flags.4?int = MessageAction;
 * ```
 * Declared at schema/api.tl:140.
 */
export interface MessageActionPaymentSent {
    /** TL constructor `messageActionPaymentSent`. */
    _: "messageActionPaymentSent";
    /**
     * Whether this is the first payment of a recurring payment we just subscribed to
     *
     * Optional: bit 2 of `flags` (TL `recurring_init:flags.2?…`).
     */
    recurringInit?: boolean;
    /**
     * Whether this payment is part of a recurring payment
     *
     * Optional: bit 3 of `flags` (TL `recurring_used:flags.3?…`).
     */
    recurringUsed?: boolean;
    /** Three-letter ISO 4217 [currency](https://corefork.telegram.org/bots/payments#supported-currencies) code, or `XTR` for [Telegram Stars](https://corefork.telegram.org/api/stars). */
    currency: string;
    /** Price of the product in the smallest units of the currency (integer, not float/double). For example, for a price of `US$ 1.45` pass `amount = 145`. See the exp parameter in [currencies.json](https://corefork.telegram.org/bots/payments/currencies.json), it shows the number of digits past the decimal point for each currency (2 for the majority of currencies). */
    totalAmount: bigint;
    /**
     * An invoice slug taken from an [invoice deep link](https://corefork.telegram.org/api/links#invoice-links) or from the [`premium_invoice_slug` app config parameter »](https://corefork.telegram.org/api/config#premium-invoice-slug)
     *
     * Optional: bit 0 of `flags` (TL `invoice_slug:flags.0?…`).
     */
    invoiceSlug?: string;
    /**
     * Expiration date of the [Telegram Star subscription »](https://corefork.telegram.org/api/stars#star-subscriptions).
     *
     * Optional: bit 4 of `flags` (TL `subscription_until_date:flags.4?…`).
     */
    subscriptionUntilDate?: number;
}
/**
 * A user just sent a payment to me (a bot)
 *
 * Constructor of `MessageAction`; its id is `0xffa00ccc`.
 * ```tl
 * messageActionPaymentSentMe#ffa00ccc flags:# recurring_init:flags.2?true recurring_used:flags.3?true currency:string total_amount:long payload:bytes info:flags.0?PaymentRequestedInfo shipping_option_id:flags.1?string charge:PaymentCharge subscription_until_date:flags.4?int = MessageAction;
 * ```
 * Declared at schema/api.tl:139.
 */
export interface MessageActionPaymentSentMe {
    /** TL constructor `messageActionPaymentSentMe`. */
    _: "messageActionPaymentSentMe";
    /**
     * Whether this is the first payment of a recurring payment we just subscribed to
     *
     * Optional: bit 2 of `flags` (TL `recurring_init:flags.2?…`).
     */
    recurringInit?: boolean;
    /**
     * Whether this payment is part of a recurring payment
     *
     * Optional: bit 3 of `flags` (TL `recurring_used:flags.3?…`).
     */
    recurringUsed?: boolean;
    /** Three-letter ISO 4217 [currency](https://corefork.telegram.org/bots/payments#supported-currencies) code, or `XTR` for [Telegram Stars](https://corefork.telegram.org/api/stars). */
    currency: string;
    /** Price of the product in the smallest units of the currency (integer, not float/double). For example, for a price of `US$ 1.45` pass `amount = 145`. See the exp parameter in [currencies.json](https://corefork.telegram.org/bots/payments/currencies.json), it shows the number of digits past the decimal point for each currency (2 for the majority of currencies). */
    totalAmount: bigint;
    /** Bot specified invoice payload */
    payload: Uint8Array;
    /**
     * Order info provided by the user
     *
     * Optional: bit 0 of `flags` (TL `info:flags.0?…`).
     */
    info?: TypePaymentRequestedInfo;
    /**
     * Identifier of the shipping option chosen by the user
     *
     * Optional: bit 1 of `flags` (TL `shipping_option_id:flags.1?…`).
     */
    shippingOptionId?: string;
    /** Provider payment identifier */
    charge: TypePaymentCharge;
    /**
     * Expiration date of the [Telegram Star subscription »](https://corefork.telegram.org/api/stars#star-subscriptions).
     *
     * Optional: bit 4 of `flags` (TL `subscription_until_date:flags.4?…`).
     */
    subscriptionUntilDate?: number;
}
/**
 * A phone call
 *
 * Constructor of `MessageAction`; its id is `0x80e11a7f`.
 * ```tl
 * messageActionPhoneCall#80e11a7f flags:# video:flags.2?true call_id:long reason:flags.0?PhoneCallDiscardReason duration:flags.1?int = MessageAction;
 * ```
 * Declared at schema/api.tl:141.
 */
export interface MessageActionPhoneCall {
    /** TL constructor `messageActionPhoneCall`. */
    _: "messageActionPhoneCall";
    /**
     * Is this a video call?
     *
     * Optional: bit 2 of `flags` (TL `video:flags.2?…`).
     */
    video?: boolean;
    /** Call ID */
    callId: bigint;
    /**
     * If the call has ended, the reason why it ended
     *
     * Optional: bit 0 of `flags` (TL `reason:flags.0?…`).
     */
    reason?: TypePhoneCallDiscardReason;
    /**
     * Duration of the call in seconds
     *
     * Optional: bit 1 of `flags` (TL `duration:flags.1?…`).
     */
    duration?: number;
}
/**
 * A message was pinned
 *
 * Constructor of `MessageAction`; its id is `0x94bd38ed`.
 * ```tl
 * messageActionPinMessage#94bd38ed = MessageAction;
 * ```
 * Declared at schema/api.tl:136.
 */
export interface MessageActionPinMessage {
    /** TL constructor `messageActionPinMessage`. */
    _: "messageActionPinMessage";
}
/**
 * Constructor of `MessageAction`; its id is `0x9da1cd6c`.
 * ```tl
 * messageActionPollAppendAnswer#9da1cd6c answer:PollAnswer = MessageAction;
 * ```
 * Declared at schema/api.tl:189.
 */
export interface MessageActionPollAppendAnswer {
    /** TL constructor `messageActionPollAppendAnswer`. */
    _: "messageActionPollAppendAnswer";
    /** TL field `answer`. */
    answer: TypePollAnswer;
}
/**
 * Constructor of `MessageAction`; its id is `0x399674dc`.
 * ```tl
 * messageActionPollDeleteAnswer#399674dc answer:PollAnswer = MessageAction;
 * ```
 * Declared at schema/api.tl:190.
 */
export interface MessageActionPollDeleteAnswer {
    /** TL constructor `messageActionPollDeleteAnswer`. */
    _: "messageActionPollDeleteAnswer";
    /** TL field `answer`. */
    answer: TypePollAnswer;
}
/**
 * You won some [Telegram Stars](https://corefork.telegram.org/api/stars) in a [Telegram Star giveaway »](https://corefork.telegram.org/api/giveaways#star-giveaways).
 *
 * This service message should be displayed below the appropriate sticker from the {@link RawInputStickerSetPremiumGifts} [stickerset »](https://corefork.telegram.org/api/stickers#stickersets):
 *
 * Constructor of `MessageAction`; its id is `0xb00c47a2`.
 * ```tl
 * messageActionPrizeStars#b00c47a2 flags:# unclaimed:flags.0?true stars:long transaction_id:string boost_peer:Peer giveaway_msg_id:int = MessageAction;
 * ```
 * Declared at schema/api.tl:170.
 */
export interface MessageActionPrizeStars {
    /** TL constructor `messageActionPrizeStars`. */
    _: "messageActionPrizeStars";
    /**
     * If set, this indicates the reverse transaction that refunds the remaining stars to the creator of a giveaway if, when the giveaway ends, the number of members in the channel is smaller than the number of winners in the giveaway.
     *
     * Optional: bit 0 of `flags` (TL `unclaimed:flags.0?…`).
     */
    unclaimed?: boolean;
    /** The number of Telegram Stars you won */
    stars: bigint;
    /** ID of the telegram star transaction. */
    transactionId: string;
    /** Identifier of the peer that was automatically boosted by the winners of the giveaway. */
    boostPeer: TypePeer;
    /** ID of the message containing the {@link RawMessageMediaGiveaway} */
    giveawayMsgId: number;
}
/**
 * Contains info about one or more peers that the we (the user) shared with the bot after clicking on a {@link RawKeyboardButtonRequestPeer} button (service message sent by the user).
 *
 * Constructor of `MessageAction`; its id is `0x31518e9b`.
 * ```tl
 * messageActionRequestedPeer#31518e9b button_id:int peers:Vector<Peer> = MessageAction;
 * ```
 * Declared at schema/api.tl:161.
 */
export interface MessageActionRequestedPeer {
    /** TL constructor `messageActionRequestedPeer`. */
    _: "messageActionRequestedPeer";
    /** `button_id` contained in the {@link RawKeyboardButtonRequestPeer} */
    buttonId: number;
    /** The shared peers */
    peers: TypePeer[];
}
/**
 * Contains info about one or more peers that the a user shared with the me (the bot) after clicking on a {@link RawKeyboardButtonRequestPeer} button (service message received by the bot).
 *
 * Constructor of `MessageAction`; its id is `0x93b31848`.
 * ```tl
 * messageActionRequestedPeerSentMe#93b31848 button_id:int peers:Vector<RequestedPeer> = MessageAction;
 * ```
 * Declared at schema/api.tl:167.
 */
export interface MessageActionRequestedPeerSentMe {
    /** TL constructor `messageActionRequestedPeerSentMe`. */
    _: "messageActionRequestedPeerSentMe";
    /** `button_id` contained in the {@link RawKeyboardButtonRequestPeer} */
    buttonId: number;
    /** Info about the shared peers. */
    peers: TypeRequestedPeer[];
}
/**
 * A screenshot of the chat was taken
 *
 * Constructor of `MessageAction`; its id is `0x4792929b`.
 * ```tl
 * messageActionScreenshotTaken#4792929b = MessageAction;
 * ```
 * Declared at schema/api.tl:142.
 */
export interface MessageActionScreenshotTaken {
    /** TL constructor `messageActionScreenshotTaken`. */
    _: "messageActionScreenshotTaken";
}
/**
 * Request for secure [telegram passport](https://corefork.telegram.org/passport) values was sent
 *
 * Constructor of `MessageAction`; its id is `0xd95c6154`.
 * ```tl
 * messageActionSecureValuesSent#d95c6154 types:Vector<SecureValueType> = MessageAction;
 * ```
 * Declared at schema/api.tl:146.
 */
export interface MessageActionSecureValuesSent {
    /** TL constructor `messageActionSecureValuesSent`. */
    _: "messageActionSecureValuesSent";
    /** Secure value types */
    types: TypeSecureValueType[];
}
/**
 * Secure [telegram passport](https://corefork.telegram.org/passport) values were received
 *
 * Constructor of `MessageAction`; its id is `0x1b287353`.
 * ```tl
 * messageActionSecureValuesSentMe#1b287353 values:Vector<SecureValue> credentials:SecureCredentialsEncrypted = MessageAction;
 * ```
 * Declared at schema/api.tl:145.
 */
export interface MessageActionSecureValuesSentMe {
    /** TL constructor `messageActionSecureValuesSentMe`. */
    _: "messageActionSecureValuesSentMe";
    /** Vector with information about documents and other Telegram Passport elements that were shared with the bot */
    values: TypeSecureValue[];
    /** Encrypted credentials required to decrypt the data */
    credentials: TypeSecureCredentialsEncrypted;
}
/**
 * The chat theme was changed
 *
 * Constructor of `MessageAction`; its id is `0xb91bbd3a`.
 * ```tl
 * messageActionSetChatTheme#b91bbd3a theme:ChatTheme = MessageAction;
 * ```
 * Declared at schema/api.tl:153.
 */
export interface MessageActionSetChatTheme {
    /** TL constructor `messageActionSetChatTheme`. */
    _: "messageActionSetChatTheme";
    /** The new chat theme. */
    theme: TypeChatTheme;
}
/**
 * The [wallpaper »](https://corefork.telegram.org/api/wallpapers) of the current chat was changed.
 *
 * Constructor of `MessageAction`; its id is `0x5060a3f4`.
 * ```tl
 * messageActionSetChatWallPaper#5060a3f4 flags:# same:flags.0?true for_both:flags.1?true wallpaper:WallPaper = MessageAction;
 * ```
 * Declared at schema/api.tl:162.
 */
export interface MessageActionSetChatWallPaper {
    /** TL constructor `messageActionSetChatWallPaper`. */
    _: "messageActionSetChatWallPaper";
    /**
     * If set, indicates the user applied a [wallpaper »](https://corefork.telegram.org/api/wallpapers) previously sent by the other user in a {@link RawMessageActionSetChatWallPaper} message.
     *
     * Optional: bit 0 of `flags` (TL `same:flags.0?…`).
     */
    same?: boolean;
    /**
     * If set, indicates the wallpaper was forcefully applied for both sides, without explicit confirmation from the other side.
     * If the message is incoming, and we did not like the new wallpaper the other user has chosen for us, we can re-set our previous wallpaper just on our side, by invoking {@link messages.RawSetChatWallPaperRequest}, providing only the `revert` flag (and obviously the `peer` parameter).
     *
     * Optional: bit 1 of `flags` (TL `for_both:flags.1?…`).
     */
    forBoth?: boolean;
    /** New [wallpaper](https://corefork.telegram.org/api/wallpapers) */
    wallpaper: TypeWallPaper;
}
/**
 * The Time-To-Live of messages in this chat was changed.
 *
 * Constructor of `MessageAction`; its id is `0x3c134d7b`.
 * ```tl
 * messageActionSetMessagesTTL#3c134d7b flags:# period:int auto_setting_from:flags.0?long = MessageAction;
 * ```
 * Declared at schema/api.tl:151.
 */
export interface MessageActionSetMessagesTTL {
    /** TL constructor `messageActionSetMessagesTTL`. */
    _: "messageActionSetMessagesTTL";
    /** New Time-To-Live of all messages sent in this chat; if 0, autodeletion was disabled. */
    period: number;
    /**
     * If set, the chat TTL setting was set not due to a manual change by one of participants, but automatically because one of the participants has the {@link messages.RawSetDefaultHistoryTTLRequest}. For example, when a user writes to us for the first time and we have set a default messages TTL of 1 week, this service message (with `auto_setting_from=our_userid`) will be emitted before our first message.
     *
     * Optional: bit 0 of `flags` (TL `auto_setting_from:flags.0?…`).
     */
    autoSettingFrom?: bigint;
}
/**
 * You received a [gift, see here »](https://corefork.telegram.org/api/gifts) for more info.
 *
 * Constructor of `MessageAction`; its id is `0xea2c31d3`.
 * ```tl
 * messageActionStarGift#ea2c31d3 flags:# name_hidden:flags.0?true saved:flags.2?true converted:flags.3?true upgraded:flags.5?true refunded:flags.9?true can_upgrade:flags.10?true prepaid_upgrade:flags.13?true upgrade_separate:flags.16?true auction_acquired:flags.17?true gift:StarGift message:flags.1?TextWithEntities convert_stars:flags.4?long upgrade_msg_id:flags.5?int upgrade_stars:flags.8?long from_id:flags.11?Peer peer:flags.12?Peer saved_id:flags.12?long prepaid_upgrade_hash:flags.14?string gift_msg_id:flags.15?int to_id:flags.18?Peer gift_num:flags.19?int = MessageAction;
 * ```
 * Declared at schema/api.tl:171.
 */
export type MessageActionStarGift = {
    /**
     * TL constructor `messageActionStarGift`.
     */
    _: "messageActionStarGift";
    /**
     * If set, the name of the sender of the gift will be hidden if the destination user decides to display the gift on their profile
     *
     * Optional: bit 0 of `flags` (TL `name_hidden:flags.0?…`).
     */
    nameHidden?: boolean;
    /**
     * Whether this gift was added to the destination user's profile (may be toggled using {@link payments.RawSaveStarGiftRequest} and fetched using {@link payments.RawGetSavedStarGiftsRequest})
     *
     * Optional: bit 2 of `flags` (TL `saved:flags.2?…`).
     */
    saved?: boolean;
    /**
     * Whether this gift was converted to [Telegram Stars](https://corefork.telegram.org/api/stars) and cannot be displayed on the profile anymore.
     *
     * Optional: bit 3 of `flags` (TL `converted:flags.3?…`).
     */
    converted?: boolean;
    /**
     * This gift was upgraded to a [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts).
     *
     * Optional: bit 5 of `flags` (TL `upgraded:flags.5?…`).
     *
     * Shares its flag bit with `upgradeMsgId`, `upgraded`: true exactly when those are given.
     */
    upgraded?: boolean;
    /**
     * This gift is not available anymore because a request to refund the payment related to this gift was made, and the money was returned.
     *
     * Optional: bit 9 of `flags` (TL `refunded:flags.9?…`).
     */
    refunded?: boolean;
    /**
     * If set, this gift can be [upgraded to a collectible gift](https://corefork.telegram.org/api/gifts#upgrade-a-gift-to-a-collectible-gift); can only be set for the receiver of a gift.
     *
     * Optional: bit 10 of `flags` (TL `can_upgrade:flags.10?…`).
     */
    canUpgrade?: boolean;
    /**
     * The sender has already pre-paid for the upgrade of this gift to a collectible gift.
     *
     * Optional: bit 13 of `flags` (TL `prepaid_upgrade:flags.13?…`).
     */
    prepaidUpgrade?: boolean;
    /**
     * This service message is the notification of a [separate pre-payment for the upgrade of a gift we own](https://corefork.telegram.org/api/gifts#prepaying-for-someone-elses-upgrade).
     *
     * Optional: bit 16 of `flags` (TL `upgrade_separate:flags.16?…`).
     */
    upgradeSeparate?: boolean;
    /**
     * If set, this gift was acquired in a [collectible gifts auction »](https://corefork.telegram.org/api/auctions).
     *
     * Optional: bit 17 of `flags` (TL `auction_acquired:flags.17?…`).
     */
    auctionAcquired?: boolean;
    /**
     * Info about the gift
     */
    gift: TypeStarGift;
    /**
     * Additional message from the sender of the gift
     *
     * Optional: bit 1 of `flags` (TL `message:flags.1?…`).
     */
    message?: TypeTextWithEntities;
    /**
     * The receiver of this gift may convert it to this many Telegram Stars, instead of displaying it on their profile page.
     * `convert_stars` will be equal to `stars` only if the gift was bought using recently bought Telegram Stars, otherwise it will be less than `stars`.
     *
     * Optional: bit 4 of `flags` (TL `convert_stars:flags.4?…`).
     */
    convertStars?: bigint;
    /**
     * If set, this gift was [upgraded to a collectible gift](https://corefork.telegram.org/api/gifts#upgrade-a-gift-to-a-collectible-gift), and the corresponding {@link RawMessageActionStarGiftUnique} is available at the specified message ID.
     *
     * Optional: bit 5 of `flags` (TL `upgrade_msg_id:flags.5?…`).
     *
     * Shares its flag bit with `upgradeMsgId`, `upgraded`: give all of the value fields or none (checked in the types and at runtime).
     */
    upgradeMsgId?: number;
    /**
     * The number of Telegram Stars the user can pay to [convert the gift into a collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts).
     *
     * Optional: bit 8 of `flags` (TL `upgrade_stars:flags.8?…`).
     */
    upgradeStars?: bigint;
    /**
     * Sender of the gift (unset for anonymous gifts).
     *
     * Optional: bit 11 of `flags` (TL `from_id:flags.11?…`).
     */
    fromId?: TypePeer;
    /**
     * [Hash to prepay for a gift upgrade separately »](https://corefork.telegram.org/api/gifts#prepaying-for-someone-elses-upgrade).
     *
     * Optional: bit 14 of `flags` (TL `prepaid_upgrade_hash:flags.14?…`).
     */
    prepaidUpgradeHash?: string;
    /**
     * For [separate upgrades](https://corefork.telegram.org/api/gifts#prepaying-for-someone-elses-upgrade), the identifier of the message with the gift whose upgrade was prepaid (only valid for the receiver of the service message).
     *
     * Optional: bit 15 of `flags` (TL `gift_msg_id:flags.15?…`).
     */
    giftMsgId?: number;
    /**
     * Optional: bit 18 of `flags` (TL `to_id:flags.18?…`).
     */
    toId?: TypePeer;
    /**
     * Optional: bit 19 of `flags` (TL `gift_num:flags.19?…`).
     */
    giftNum?: number;
} & ({
    /**
     * Receiver of the gift.
     *
     * Optional: bit 12 of `flags` (TL `peer:flags.12?…`).
     *
     * Shares its flag bit with `peer`, `savedId`: give all of the value fields or none (checked in the types and at runtime).
     */
    peer: TypePeer;
    /**
     * For channel gifts, ID to use in {@link RawInputSavedStarGiftChat} constructors.
     *
     * Optional: bit 12 of `flags` (TL `saved_id:flags.12?…`).
     *
     * Shares its flag bit with `peer`, `savedId`: give all of the value fields or none (checked in the types and at runtime).
     */
    savedId: bigint;
} | {
    /**
     * Given together with `savedId`, or not at all.
     */
    peer?: undefined;
    /**
     * Given together with `peer`, or not at all.
     */
    savedId?: undefined;
});
/**
 * Constructor of `MessageAction`; its id is `0x774278d4`.
 * ```tl
 * messageActionStarGiftPurchaseOffer#774278d4 flags:# accepted:flags.0?true declined:flags.1?true gift:StarGift price:StarsAmount expires_at:int = MessageAction;
 * ```
 * Declared at schema/api.tl:183.
 */
export interface MessageActionStarGiftPurchaseOffer {
    /** TL constructor `messageActionStarGiftPurchaseOffer`. */
    _: "messageActionStarGiftPurchaseOffer";
    /** Optional: bit 0 of `flags` (TL `accepted:flags.0?…`). */
    accepted?: boolean;
    /** Optional: bit 1 of `flags` (TL `declined:flags.1?…`). */
    declined?: boolean;
    /** TL field `gift`. */
    gift: TypeStarGift;
    /** TL field `price`. */
    price: TypeStarsAmount;
    /** TL field `expires_at`. */
    expiresAt: number;
}
/**
 * Constructor of `MessageAction`; its id is `0x73ada76b`.
 * ```tl
 * messageActionStarGiftPurchaseOfferDeclined#73ada76b flags:# expired:flags.0?true gift:StarGift price:StarsAmount = MessageAction;
 * ```
 * Declared at schema/api.tl:184.
 */
export interface MessageActionStarGiftPurchaseOfferDeclined {
    /** TL constructor `messageActionStarGiftPurchaseOfferDeclined`. */
    _: "messageActionStarGiftPurchaseOfferDeclined";
    /** Optional: bit 0 of `flags` (TL `expired:flags.0?…`). */
    expired?: boolean;
    /** TL field `gift`. */
    gift: TypeStarGift;
    /** TL field `price`. */
    price: TypeStarsAmount;
}
/**
 * A [gift »](https://corefork.telegram.org/api/gifts) was upgraded to a [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts).
 *
 * Constructor of `MessageAction`; its id is `0xe6c31522`.
 * ```tl
 * messageActionStarGiftUnique#e6c31522 flags:# upgrade:flags.0?true transferred:flags.1?true saved:flags.2?true refunded:flags.5?true prepaid_upgrade:flags.11?true assigned:flags.13?true from_offer:flags.14?true craft:flags.16?true gift:StarGift can_export_at:flags.3?int transfer_stars:flags.4?long from_id:flags.6?Peer peer:flags.7?Peer saved_id:flags.7?long resale_amount:flags.8?StarsAmount can_transfer_at:flags.9?int can_resell_at:flags.10?int drop_original_details_stars:flags.12?long can_craft_at:flags.15?int = MessageAction;
 * ```
 * Declared at schema/api.tl:172.
 */
export type MessageActionStarGiftUnique = {
    /**
     * TL constructor `messageActionStarGiftUnique`.
     */
    _: "messageActionStarGiftUnique";
    /**
     * If set, this collectible was [upgraded »](https://corefork.telegram.org/api/gifts#collectible-gifts) to a collectible gift from a previously received or sent (depending on the `out` flag of the containing {@link RawMessageService}) non-collectible gift.
     *
     * Optional: bit 0 of `flags` (TL `upgrade:flags.0?…`).
     */
    upgrade?: boolean;
    /**
     * If set, this collectible was transferred (either to the current user or by the current user to the other user in the private chat, depending on the `out` flag of the containing {@link RawMessageService}).
     *
     * Optional: bit 1 of `flags` (TL `transferred:flags.1?…`).
     */
    transferred?: boolean;
    /**
     * If set, this gift is visible on the user or channel's profile page; can only be set for the receiver of a gift.
     *
     * Optional: bit 2 of `flags` (TL `saved:flags.2?…`).
     */
    saved?: boolean;
    /**
     * This gift was upgraded to a [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts) and then re-downgraded to a regular gift because a request to refund the payment related to the upgrade was made, and the money was returned.
     *
     * Optional: bit 5 of `flags` (TL `refunded:flags.5?…`).
     */
    refunded?: boolean;
    /**
     * The sender has pre-paid for the upgrade of this gift to a collectible gift.
     *
     * Optional: bit 11 of `flags` (TL `prepaid_upgrade:flags.11?…`).
     */
    prepaidUpgrade?: boolean;
    /**
     * Optional: bit 13 of `flags` (TL `assigned:flags.13?…`).
     */
    assigned?: boolean;
    /**
     * Optional: bit 14 of `flags` (TL `from_offer:flags.14?…`).
     */
    fromOffer?: boolean;
    /**
     * Optional: bit 16 of `flags` (TL `craft:flags.16?…`).
     */
    craft?: boolean;
    /**
     * The collectible gift.
     */
    gift: TypeStarGift;
    /**
     * If set, indicates that the current gift can't be [exported to the TON blockchain »](https://corefork.telegram.org/api/gifts#withdraw-a-collectible-gift-to-the-ton-blockchain) yet: the owner will be able to export it at the specified unixtime.
     *
     * Optional: bit 3 of `flags` (TL `can_export_at:flags.3?…`).
     */
    canExportAt?: number;
    /**
     * If set, indicates that the gift can be [transferred »](https://corefork.telegram.org/api/gifts#transferring-collectible-gifts) to another user by paying the specified amount of stars.
     *
     * Optional: bit 4 of `flags` (TL `transfer_stars:flags.4?…`).
     */
    transferStars?: bigint;
    /**
     * Sender of the gift (unset for anonymous gifts).
     *
     * Optional: bit 6 of `flags` (TL `from_id:flags.6?…`).
     */
    fromId?: TypePeer;
    /**
     * Resale price of the gift.
     *
     * Optional: bit 8 of `flags` (TL `resale_amount:flags.8?…`).
     */
    resaleAmount?: TypeStarsAmount;
    /**
     * If set, indicates that the current gift can't be [transferred »](https://corefork.telegram.org/api/gifts#transferring-collectible-gifts) yet: the owner will be able to transfer it at the specified unixtime.
     *
     * Optional: bit 9 of `flags` (TL `can_transfer_at:flags.9?…`).
     */
    canTransferAt?: number;
    /**
     * If set, indicates that the current gift can't be [resold »](https://corefork.telegram.org/api/gifts#reselling-collectible-gifts) yet: the owner will be able to put it up for sale at the specified unixtime.
     *
     * Optional: bit 10 of `flags` (TL `can_resell_at:flags.10?…`).
     */
    canResellAt?: number;
    /**
     * If set, the {@link RawStarGiftAttributeOriginalDetails} attribute of this gift may be removed by paying the specified amount of stars, see [here »](https://corefork.telegram.org/api/gifts#dropping-the-original-details-of-an-upgraded-gift) for the full flow.
     *
     * Optional: bit 12 of `flags` (TL `drop_original_details_stars:flags.12?…`).
     */
    dropOriginalDetailsStars?: bigint;
    /**
     * Optional: bit 15 of `flags` (TL `can_craft_at:flags.15?…`).
     */
    canCraftAt?: number;
} & ({
    /**
     * Receiver of the gift.
     *
     * Optional: bit 7 of `flags` (TL `peer:flags.7?…`).
     *
     * Shares its flag bit with `peer`, `savedId`: give all of the value fields or none (checked in the types and at runtime).
     */
    peer: TypePeer;
    /**
     * For channel gifts, ID to use in {@link RawInputSavedStarGiftChat} constructors.
     *
     * Optional: bit 7 of `flags` (TL `saved_id:flags.7?…`).
     *
     * Shares its flag bit with `peer`, `savedId`: give all of the value fields or none (checked in the types and at runtime).
     */
    savedId: bigint;
} | {
    /**
     * Given together with `savedId`, or not at all.
     */
    peer?: undefined;
    /**
     * Given together with `peer`, or not at all.
     */
    savedId?: undefined;
});
/**
 * A new birthday was suggested using {@link users.RawSuggestBirthdayRequest}, see [here »](https://corefork.telegram.org/api/profile#birthday) for more info on birthdays in the API.
 *
 * Constructor of `MessageAction`; its id is `0x2c8f2a25`.
 * ```tl
 * messageActionSuggestBirthday#2c8f2a25 birthday:Birthday = MessageAction;
 * ```
 * Declared at schema/api.tl:182.
 */
export interface MessageActionSuggestBirthday {
    /** TL constructor `messageActionSuggestBirthday`. */
    _: "messageActionSuggestBirthday";
    /** The suggested birthday. */
    birthday: TypeBirthday;
}
/**
 * A new profile picture was suggested using {@link photos.RawUploadContactProfilePhotoRequest}.
 *
 * Constructor of `MessageAction`; its id is `0x57de635e`.
 * ```tl
 * messageActionSuggestProfilePhoto#57de635e photo:Photo = MessageAction;
 * ```
 * Declared at schema/api.tl:160.
 */
export interface MessageActionSuggestProfilePhoto {
    /** TL constructor `messageActionSuggestProfilePhoto`. */
    _: "messageActionSuggestProfilePhoto";
    /** The photo that the user suggested we set as profile picture. */
    photo: TypePhoto;
}
/**
 * A [suggested post »](https://corefork.telegram.org/api/suggested-posts) was approved or rejected.
 *
 * Constructor of `MessageAction`; its id is `0xee7a1596`.
 * ```tl
 * messageActionSuggestedPostApproval#ee7a1596 flags:# rejected:flags.0?true balance_too_low:flags.1?true reject_comment:flags.2?string schedule_date:flags.3?int price:flags.4?StarsAmount = MessageAction;
 * ```
 * Declared at schema/api.tl:178.
 */
export interface MessageActionSuggestedPostApproval {
    /** TL constructor `messageActionSuggestedPostApproval`. */
    _: "messageActionSuggestedPostApproval";
    /**
     * Whether the suggested post was rejected.
     *
     * Optional: bit 0 of `flags` (TL `rejected:flags.0?…`).
     */
    rejected?: boolean;
    /**
     * If set, the post was approved but the user's balance is too low to pay for the suggested post.
     *
     * Optional: bit 1 of `flags` (TL `balance_too_low:flags.1?…`).
     */
    balanceTooLow?: boolean;
    /**
     * If the suggested post was rejected, can optionally contain a rejection comment.
     *
     * Optional: bit 2 of `flags` (TL `reject_comment:flags.2?…`).
     */
    rejectComment?: string;
    /**
     * Scheduling date.
     *
     * Optional: bit 3 of `flags` (TL `schedule_date:flags.3?…`).
     */
    scheduleDate?: number;
    /**
     * Price for the suggested post.
     *
     * Optional: bit 4 of `flags` (TL `price:flags.4?…`).
     */
    price?: TypeStarsAmount;
}
/**
 * A [suggested post »](https://corefork.telegram.org/api/suggested-posts) was accepted and posted or scheduled, but either the channel deleted the posted/scheduled post before [stars_suggested_post_age_min](https://corefork.telegram.org/api/config#stars-suggested-post-age-min) seconds have elapsed, or the user refunded the payment for the stars used to pay for the suggested post.
 *
 * Constructor of `MessageAction`; its id is `0x69f916f8`.
 * ```tl
 * messageActionSuggestedPostRefund#69f916f8 flags:# payer_initiated:flags.0?true = MessageAction;
 * ```
 * Declared at schema/api.tl:180.
 */
export interface MessageActionSuggestedPostRefund {
    /** TL constructor `messageActionSuggestedPostRefund`. */
    _: "messageActionSuggestedPostRefund";
    /**
     * If set, the user refunded the payment for the stars used to pay for the suggested post.
     *
     * Optional: bit 0 of `flags` (TL `payer_initiated:flags.0?…`).
     */
    payerInitiated?: boolean;
}
/**
 * A [suggested post »](https://corefork.telegram.org/api/suggested-posts) was successfully posted, and payment for it was successfully received.
 *
 * Constructor of `MessageAction`; its id is `0x95ddcf69`.
 * ```tl
 * messageActionSuggestedPostSuccess#95ddcf69 price:StarsAmount = MessageAction;
 * ```
 * Declared at schema/api.tl:179.
 */
export interface MessageActionSuggestedPostSuccess {
    /** TL constructor `messageActionSuggestedPostSuccess`. */
    _: "messageActionSuggestedPostSuccess";
    /** The price. */
    price: TypeStarsAmount;
}
/**
 * Items were appended to the [todo list »](https://corefork.telegram.org/api/todo).
 *
 * Constructor of `MessageAction`; its id is `0xc7edbc83`.
 * ```tl
 * messageActionTodoAppendTasks#c7edbc83 list:Vector<TodoItem> = MessageAction;
 * ```
 * Declared at schema/api.tl:177.
 */
export interface MessageActionTodoAppendTasks {
    /** TL constructor `messageActionTodoAppendTasks`. */
    _: "messageActionTodoAppendTasks";
    /** Appended items. */
    list: TypeTodoItem[];
}
/**
 * Items were marked as completed or not completed in a [todo list »](https://corefork.telegram.org/api/todo).
 *
 * Constructor of `MessageAction`; its id is `0xcc7c5c89`.
 * ```tl
 * messageActionTodoCompletions#cc7c5c89 completed:Vector<int> incompleted:Vector<int> = MessageAction;
 * ```
 * Declared at schema/api.tl:176.
 */
export interface MessageActionTodoCompletions {
    /** TL constructor `messageActionTodoCompletions`. */
    _: "messageActionTodoCompletions";
    /** Items marked as completed. */
    completed: number[];
    /** Items marked as not completed. */
    incompleted: number[];
}
/**
 * A [forum topic](https://corefork.telegram.org/api/forum#forum-topics) was created.
 *
 * Constructor of `MessageAction`; its id is `0x0d999256`.
 * ```tl
 * messageActionTopicCreate#0d999256 flags:# title_missing:flags.1?true title:string icon_color:int icon_emoji_id:flags.0?long = MessageAction;
 * ```
 * Declared at schema/api.tl:158.
 */
export interface MessageActionTopicCreate {
    /** TL constructor `messageActionTopicCreate`. */
    _: "messageActionTopicCreate";
    /** Optional: bit 1 of `flags` (TL `title_missing:flags.1?…`). */
    titleMissing?: boolean;
    /** Topic name. */
    title: string;
    /** If no custom emoji icon is specified, specifies the color of the fallback topic icon (RGB), one of `0x6FB9F0`, `0xFFD67E`, `0xCB86DB`, `0x8EEE98`, `0xFF93B2`, or `0xFB6F5F`. */
    iconColor: number;
    /**
     * ID of the [custom emoji](https://corefork.telegram.org/api/custom-emoji) used as topic icon.
     *
     * Optional: bit 0 of `flags` (TL `icon_emoji_id:flags.0?…`).
     */
    iconEmojiId?: bigint;
}
/**
 * [Forum topic](https://corefork.telegram.org/api/forum#forum-topics) information was edited.
 *
 * Constructor of `MessageAction`; its id is `0xc0944820`.
 * ```tl
 * messageActionTopicEdit#c0944820 flags:# title:flags.0?string icon_emoji_id:flags.1?long closed:flags.2?Bool hidden:flags.3?Bool = MessageAction;
 * ```
 * Declared at schema/api.tl:159.
 */
export interface MessageActionTopicEdit {
    /** TL constructor `messageActionTopicEdit`. */
    _: "messageActionTopicEdit";
    /**
     * New topic title.
     *
     * Optional: bit 0 of `flags` (TL `title:flags.0?…`).
     */
    title?: string;
    /**
     * ID of the new [custom emoji](https://corefork.telegram.org/api/custom-emoji) used as topic icon, or if it was removed.
     *
     * Optional: bit 1 of `flags` (TL `icon_emoji_id:flags.1?…`).
     */
    iconEmojiId?: bigint;
    /**
     * Whether the topic was opened or closed.
     *
     * Optional: bit 2 of `flags` (TL `closed:flags.2?…`).
     *
     * Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.
     */
    closed?: boolean;
    /**
     * Whether the topic was hidden or unhidden (only valid for the "General" topic, `id=1`).
     *
     * Optional: bit 3 of `flags` (TL `hidden:flags.3?…`).
     *
     * Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.
     */
    hidden?: boolean;
}
/**
 * Data from an opened [reply keyboard bot mini app](https://corefork.telegram.org/api/bots/webapps) was relayed to the bot that owns it (user side service message).
 *
 * Clients should display a service message with the text `Data from the «$text» button was transferred to the bot.`
 *
 * Constructor of `MessageAction`; its id is `0xb4c38cb5`.
 * ```tl
 * messageActionWebViewDataSent#b4c38cb5 text:string = MessageAction;
 * ```
 * Declared at schema/api.tl:156.
 */
export interface MessageActionWebViewDataSent {
    /** TL constructor `messageActionWebViewDataSent`. */
    _: "messageActionWebViewDataSent";
    /** Text of the {@link RawKeyboardButtonSimpleWebView} that was pressed to open the web app. */
    text: string;
}
/**
 * Data from an opened [reply keyboard bot mini app](https://corefork.telegram.org/api/bots/webapps) was relayed to the bot that owns it (bot side service message).
 *
 * Constructor of `MessageAction`; its id is `0x47dd8079`.
 * ```tl
 * messageActionWebViewDataSentMe#47dd8079 text:string data:string = MessageAction;
 * ```
 * Declared at schema/api.tl:155.
 */
export interface MessageActionWebViewDataSentMe {
    /** TL constructor `messageActionWebViewDataSentMe`. */
    _: "messageActionWebViewDataSentMe";
    /** Text of the {@link RawKeyboardButtonSimpleWebView} that was pressed to open the web app. */
    text: string;
    /** Relayed data. */
    data: string;
}
/**
 * Empty constructor, non-existent message.
 *
 * Constructor of `Message`; its id is `0x90a6ca84`.
 * ```tl
 * messageEmpty#90a6ca84 flags:# id:int peer_id:flags.0?Peer = Message;
 * ```
 * Declared at schema/api.tl:103.
 */
export interface MessageEmpty {
    /** TL constructor `messageEmpty`. */
    _: "messageEmpty";
    /** Message identifier */
    id: number;
    /**
     * Peer ID, the chat where this message was sent
     *
     * Optional: bit 0 of `flags` (TL `peer_id:flags.0?…`).
     */
    peerId?: TypePeer;
}
/**
 * Indicates a credit card number
 *
 * Constructor of `MessageEntity`; its id is `0x761e6af4`.
 * ```tl
 * messageEntityBankCard#761e6af4 offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:642.
 */
export interface MessageEntityBankCard {
    /** TL constructor `messageEntityBankCard`. */
    _: "messageEntityBankCard";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Message entity representing a block quote.
 *
 * Constructor of `MessageEntity`; its id is `0xf1ccaaac`.
 * ```tl
 * messageEntityBlockquote#f1ccaaac flags:# collapsed:flags.0?true offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:645.
 */
export interface MessageEntityBlockquote {
    /** TL constructor `messageEntityBlockquote`. */
    _: "messageEntityBlockquote";
    /**
     * Whether the quote is collapsed by default.
     *
     * Optional: bit 0 of `flags` (TL `collapsed:flags.0?…`).
     */
    collapsed?: boolean;
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Message entity representing **bold text**.
 *
 * Constructor of `MessageEntity`; its id is `0xbd610bc9`.
 * ```tl
 * messageEntityBold#bd610bc9 offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:631.
 */
export interface MessageEntityBold {
    /** TL constructor `messageEntityBold`. */
    _: "messageEntityBold";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Message entity representing a bot /command
 *
 * Constructor of `MessageEntity`; its id is `0x6cef8ac7`.
 * ```tl
 * messageEntityBotCommand#6cef8ac7 offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:628.
 */
export interface MessageEntityBotCommand {
    /** TL constructor `messageEntityBotCommand`. */
    _: "messageEntityBotCommand";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Message entity representing a **$cashtag**.
 *
 * Constructor of `MessageEntity`; its id is `0x4c4e743f`.
 * ```tl
 * messageEntityCashtag#4c4e743f offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:639.
 */
export interface MessageEntityCashtag {
    /** TL constructor `messageEntityCashtag`. */
    _: "messageEntityCashtag";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Message entity representing a `codeblock`.
 *
 * Constructor of `MessageEntity`; its id is `0x28a20571`.
 * ```tl
 * messageEntityCode#28a20571 offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:633.
 */
export interface MessageEntityCode {
    /** TL constructor `messageEntityCode`. */
    _: "messageEntityCode";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Represents a custom emoji.
 *
 * Note that this entity must wrap exactly one regular emoji (the one contained in {@link RawDocumentAttributeCustomEmoji}.`alt`) in the related text, otherwise the server will ignore it.
 *
 * Constructor of `MessageEntity`; its id is `0xc8cf05f8`.
 * ```tl
 * messageEntityCustomEmoji#c8cf05f8 offset:int length:int document_id:long = MessageEntity;
 * ```
 * Declared at schema/api.tl:644.
 */
export interface MessageEntityCustomEmoji {
    /** TL constructor `messageEntityCustomEmoji`. */
    _: "messageEntityCustomEmoji";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
    /** Document ID of the [custom emoji](https://corefork.telegram.org/api/custom-emoji), use {@link messages.RawGetCustomEmojiDocumentsRequest} to fetch the emoji animation and the actual emoji it represents. */
    documentId: bigint;
}
/**
 * Represents an diff deletion: render it by simply underlining the specified section and coloring it in red, see [here »](https://corefork.telegram.org/api/entities#diff-entities) for more info on how to render diff entities.
 *
 * Constructor of `MessageEntity`; its id is `0x0652c1c5`.
 * ```tl
 * messageEntityDiffDelete#0652c1c5 offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:649.
 */
export interface MessageEntityDiffDelete {
    /** TL constructor `messageEntityDiffDelete`. */
    _: "messageEntityDiffDelete";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Represents an diff addition: render it by simply underlining the specified section and coloring it in green, see [here »](https://corefork.telegram.org/api/entities#diff-entities) for more info on how to render diff entities.
 *
 * Constructor of `MessageEntity`; its id is `0x71777116`.
 * ```tl
 * messageEntityDiffInsert#71777116 offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:647.
 */
export interface MessageEntityDiffInsert {
    /** TL constructor `messageEntityDiffInsert`. */
    _: "messageEntityDiffInsert";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Represents an diff replacement, render it as follows:
 *
 * See [here »](https://corefork.telegram.org/api/entities#diff-entities) for more info on how to render diff entities.
 *
 * Constructor of `MessageEntity`; its id is `0xc6c1e5a7`.
 * ```tl
 * messageEntityDiffReplace#c6c1e5a7 offset:int length:int old_text:string = MessageEntity;
 * ```
 * Declared at schema/api.tl:648.
 */
export interface MessageEntityDiffReplace {
    /** TL constructor `messageEntityDiffReplace`. */
    _: "messageEntityDiffReplace";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
    /** The chunk of text that was removed. */
    oldText: string;
}
/**
 * Message entity representing an [email@example.com](mailto:email@example.com).
 *
 * Constructor of `MessageEntity`; its id is `0x64e475c2`.
 * ```tl
 * messageEntityEmail#64e475c2 offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:630.
 */
export interface MessageEntityEmail {
    /** TL constructor `messageEntityEmail`. */
    _: "messageEntityEmail";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Constructor of `MessageEntity`; its id is `0x904ac7c7`.
 * ```tl
 * messageEntityFormattedDate#904ac7c7 flags:# relative:flags.0?true short_time:flags.1?true long_time:flags.2?true short_date:flags.3?true long_date:flags.4?true day_of_week:flags.5?true offset:int length:int date:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:646.
 */
export interface MessageEntityFormattedDate {
    /** TL constructor `messageEntityFormattedDate`. */
    _: "messageEntityFormattedDate";
    /** Optional: bit 0 of `flags` (TL `relative:flags.0?…`). */
    relative?: boolean;
    /** Optional: bit 1 of `flags` (TL `short_time:flags.1?…`). */
    shortTime?: boolean;
    /** Optional: bit 2 of `flags` (TL `long_time:flags.2?…`). */
    longTime?: boolean;
    /** Optional: bit 3 of `flags` (TL `short_date:flags.3?…`). */
    shortDate?: boolean;
    /** Optional: bit 4 of `flags` (TL `long_date:flags.4?…`). */
    longDate?: boolean;
    /** Optional: bit 5 of `flags` (TL `day_of_week:flags.5?…`). */
    dayOfWeek?: boolean;
    /** TL field `offset`. */
    offset: number;
    /** TL field `length`. */
    length: number;
    /** TL field `date`. */
    date: number;
}
/**
 * **#hashtag** message entity
 *
 * Constructor of `MessageEntity`; its id is `0x6f635b0d`.
 * ```tl
 * messageEntityHashtag#6f635b0d offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:627.
 */
export interface MessageEntityHashtag {
    /** TL constructor `messageEntityHashtag`. */
    _: "messageEntityHashtag";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Message entity representing _italic text_.
 *
 * Constructor of `MessageEntity`; its id is `0x826f8b60`.
 * ```tl
 * messageEntityItalic#826f8b60 offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:632.
 */
export interface MessageEntityItalic {
    /** TL constructor `messageEntityItalic`. */
    _: "messageEntityItalic";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Message entity [mentioning](https://corefork.telegram.org/api/mentions) a user by `@username`; {@link RawMessageEntityMentionName} can also be used to mention users by their ID.
 *
 * Constructor of `MessageEntity`; its id is `0xfa04579d`.
 * ```tl
 * messageEntityMention#fa04579d offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:626.
 */
export interface MessageEntityMention {
    /** TL constructor `messageEntityMention`. */
    _: "messageEntityMention";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Message entity representing a [user mention](https://corefork.telegram.org/api/mentions): for _creating_ a mention use {@link RawInputMessageEntityMentionName}.
 *
 * Constructor of `MessageEntity`; its id is `0xdc7b1140`.
 * ```tl
 * messageEntityMentionName#dc7b1140 offset:int length:int user_id:long = MessageEntity;
 * ```
 * Declared at schema/api.tl:636.
 */
export interface MessageEntityMentionName {
    /** TL constructor `messageEntityMentionName`. */
    _: "messageEntityMentionName";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
    /** Identifier of the user that was mentioned */
    userId: bigint;
}
/**
 * Message entity representing a phone number.
 *
 * Constructor of `MessageEntity`; its id is `0x9b69e34b`.
 * ```tl
 * messageEntityPhone#9b69e34b offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:638.
 */
export interface MessageEntityPhone {
    /** TL constructor `messageEntityPhone`. */
    _: "messageEntityPhone";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Message entity representing a preformatted `codeblock`, allowing the user to specify a programming language for the codeblock.
 *
 * Constructor of `MessageEntity`; its id is `0x73924be0`.
 * ```tl
 * messageEntityPre#73924be0 offset:int length:int language:string = MessageEntity;
 * ```
 * Declared at schema/api.tl:634.
 */
export interface MessageEntityPre {
    /** TL constructor `messageEntityPre`. */
    _: "messageEntityPre";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
    /** Programming language of the code */
    language: string;
}
/**
 * Message entity representing a spoiler
 *
 * Constructor of `MessageEntity`; its id is `0x32ca960f`.
 * ```tl
 * messageEntitySpoiler#32ca960f offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:643.
 */
export interface MessageEntitySpoiler {
    /** TL constructor `messageEntitySpoiler`. */
    _: "messageEntitySpoiler";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Message entity representing strikethrough text.
 *
 * Constructor of `MessageEntity`; its id is `0xbf0693d4`.
 * ```tl
 * messageEntityStrike#bf0693d4 offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:641.
 */
export interface MessageEntityStrike {
    /** TL constructor `messageEntityStrike`. */
    _: "messageEntityStrike";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Message entity representing a [text url](https://google.com/): for in-text urls like [https://google.com](https://google.com/) use {@link RawMessageEntityUrl}.
 *
 * Note that an additional confirmation popup with the full URL must be displayed to the user before opening this link, unless the domain satisfies the conditions specified in the [domain whitelist documentation »](https://corefork.telegram.org/api/config#whitelisted-domains).
 *
 * Constructor of `MessageEntity`; its id is `0x76a6d327`.
 * ```tl
 * messageEntityTextUrl#76a6d327 offset:int length:int url:string = MessageEntity;
 * ```
 * Declared at schema/api.tl:635.
 */
export interface MessageEntityTextUrl {
    /** TL constructor `messageEntityTextUrl`. */
    _: "messageEntityTextUrl";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
    /** The actual URL */
    url: string;
}
/**
 * Message entity representing underlined text.
 *
 * Constructor of `MessageEntity`; its id is `0x9c4e7e8b`.
 * ```tl
 * messageEntityUnderline#9c4e7e8b offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:640.
 */
export interface MessageEntityUnderline {
    /** TL constructor `messageEntityUnderline`. */
    _: "messageEntityUnderline";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Unknown message entity
 *
 * Constructor of `MessageEntity`; its id is `0xbb92ba95`.
 * ```tl
 * messageEntityUnknown#bb92ba95 offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:625.
 */
export interface MessageEntityUnknown {
    /** TL constructor `messageEntityUnknown`. */
    _: "messageEntityUnknown";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Message entity representing an in-text url: [https://google.com](https://google.com/); for [text urls](https://google.com/), use {@link RawMessageEntityTextUrl}.
 *
 * Constructor of `MessageEntity`; its id is `0x6ed02538`.
 * ```tl
 * messageEntityUrl#6ed02538 offset:int length:int = MessageEntity;
 * ```
 * Declared at schema/api.tl:629.
 */
export interface MessageEntityUrl {
    /** TL constructor `messageEntityUrl`. */
    _: "messageEntityUrl";
    /** Offset of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    offset: number;
    /** Length of message entity within message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)) */
    length: number;
}
/**
 * Already purchased paid media, [see here »](https://corefork.telegram.org/api/paid-media) for more info.
 *
 * Constructor of `MessageExtendedMedia`; its id is `0xee479c64`.
 * ```tl
 * messageExtendedMedia#ee479c64 media:MessageMedia = MessageExtendedMedia;
 * ```
 * Declared at schema/api.tl:1276.
 */
export interface MessageExtendedMedia {
    /** TL constructor `messageExtendedMedia`. */
    _: "messageExtendedMedia";
    /** The media we purchased. */
    media: TypeMessageMedia;
}
/**
 * Paid media preview for not yet purchased paid media, [see here »](https://corefork.telegram.org/api/paid-media) for more info.
 *
 * Constructor of `MessageExtendedMedia`; its id is `0xad628cc8`.
 * ```tl
 * messageExtendedMediaPreview#ad628cc8 flags:# w:flags.0?int h:flags.0?int thumb:flags.1?PhotoSize video_duration:flags.2?int = MessageExtendedMedia;
 * ```
 * Declared at schema/api.tl:1275.
 */
export type MessageExtendedMediaPreview = {
    /**
     * TL constructor `messageExtendedMediaPreview`.
     */
    _: "messageExtendedMediaPreview";
    /**
     * [Extremely low resolution thumbnail](https://corefork.telegram.org/api/files#stripped-thumbnails).
     *
     * Optional: bit 1 of `flags` (TL `thumb:flags.1?…`).
     */
    thumb?: TypePhotoSize;
    /**
     * Video duration for videos.
     *
     * Optional: bit 2 of `flags` (TL `video_duration:flags.2?…`).
     */
    videoDuration?: number;
} & ({
    /**
     * Width
     *
     * Optional: bit 0 of `flags` (TL `w:flags.0?…`).
     *
     * Shares its flag bit with `w`, `h`: give all of the value fields or none (checked in the types and at runtime).
     */
    w: number;
    /**
     * Height
     *
     * Optional: bit 0 of `flags` (TL `h:flags.0?…`).
     *
     * Shares its flag bit with `w`, `h`: give all of the value fields or none (checked in the types and at runtime).
     */
    h: number;
} | {
    /**
     * Given together with `h`, or not at all.
     */
    w?: undefined;
    /**
     * Given together with `w`, or not at all.
     */
    h?: undefined;
});
/**
 * Info about a forwarded message
 *
 * Constructor of `MessageFwdHeader`; its id is `0x4e4df4bb`.
 * ```tl
 * messageFwdHeader#4e4df4bb flags:# imported:flags.7?true saved_out:flags.11?true from_id:flags.0?Peer from_name:flags.5?string date:int channel_post:flags.2?int post_author:flags.3?string saved_from_peer:flags.4?Peer saved_from_msg_id:flags.4?int saved_from_id:flags.8?Peer saved_from_name:flags.9?string saved_date:flags.10?int psa_type:flags.6?string = MessageFwdHeader;
 * ```
 * Declared at schema/api.tl:705.
 */
export type MessageFwdHeader = {
    /**
     * TL constructor `messageFwdHeader`.
     */
    _: "messageFwdHeader";
    /**
     * Whether this message was [imported from a foreign chat service, click here for more info »](https://corefork.telegram.org/api/import)
     *
     * Optional: bit 7 of `flags` (TL `imported:flags.7?…`).
     */
    imported?: boolean;
    /**
     * Only for messages forwarded to [saved messages »](https://corefork.telegram.org/api/saved-messages), set if the original message was outgoing (though the message may have been originally outgoing even if this flag is not set, if `from_id` points to the current user).
     *
     * Optional: bit 11 of `flags` (TL `saved_out:flags.11?…`).
     */
    savedOut?: boolean;
    /**
     * The ID of the user that originally sent the message
     *
     * Optional: bit 0 of `flags` (TL `from_id:flags.0?…`).
     */
    fromId?: TypePeer;
    /**
     * The name of the user that originally sent the message
     *
     * Optional: bit 5 of `flags` (TL `from_name:flags.5?…`).
     */
    fromName?: string;
    /**
     * When was the message originally sent
     */
    date: number;
    /**
     * ID of the channel message that was forwarded
     *
     * Optional: bit 2 of `flags` (TL `channel_post:flags.2?…`).
     */
    channelPost?: number;
    /**
     * For channels and if signatures are enabled, author of the channel message
     *
     * Optional: bit 3 of `flags` (TL `post_author:flags.3?…`).
     */
    postAuthor?: string;
    /**
     * Only for forwarded messages reforwarded to [saved messages »](https://corefork.telegram.org/api/saved-messages), contains the sender of the original message (i.e. if user A sends a message, then user B forwards it somewhere, then user C saves it to saved messages, this field will contain the ID of user B and `from_id` will contain the ID of user A).
     *
     * Optional: bit 8 of `flags` (TL `saved_from_id:flags.8?…`).
     */
    savedFromId?: TypePeer;
    /**
     * Only for forwarded messages from users with forward privacy enabled, sent by users with forward privacy enabled, reforwarded to [saved messages »](https://corefork.telegram.org/api/saved-messages), contains the sender of the original message (i.e. if user A (fwd privacy enabled) sends a message, then user B (fwd privacy enabled) forwards it somewhere, then user C saves it to saved messages, this field will contain the name of user B and `from_name` will contain the name of user A).
     *
     * Optional: bit 9 of `flags` (TL `saved_from_name:flags.9?…`).
     */
    savedFromName?: string;
    /**
     * Only for forwarded messages reforwarded to [saved messages »](https://corefork.telegram.org/api/saved-messages), indicates when was the original message sent (i.e. if user A sends a message @ unixtime 1, then user B forwards it somewhere @ unixtime 2, then user C saves it to saved messages @ unixtime 3, this field will contain 2, `date` will contain 1 and the `date` of the containing {@link RawMessage} will contain 3).
     *
     * Optional: bit 10 of `flags` (TL `saved_date:flags.10?…`).
     */
    savedDate?: number;
    /**
     * PSA type
     *
     * Optional: bit 6 of `flags` (TL `psa_type:flags.6?…`).
     */
    psaType?: string;
} & ({
    /**
     * Only for messages forwarded to [saved messages »](https://corefork.telegram.org/api/saved-messages), contains the dialog where the message was originally sent.
     *
     * Optional: bit 4 of `flags` (TL `saved_from_peer:flags.4?…`).
     *
     * Shares its flag bit with `savedFromPeer`, `savedFromMsgId`: give all of the value fields or none (checked in the types and at runtime).
     */
    savedFromPeer: TypePeer;
    /**
     * Only for messages forwarded to [saved messages »](https://corefork.telegram.org/api/saved-messages), contains the original ID of the message in `saved_from_peer`.
     *
     * Optional: bit 4 of `flags` (TL `saved_from_msg_id:flags.4?…`).
     *
     * Shares its flag bit with `savedFromPeer`, `savedFromMsgId`: give all of the value fields or none (checked in the types and at runtime).
     */
    savedFromMsgId: number;
} | {
    /**
     * Given together with `savedFromMsgId`, or not at all.
     */
    savedFromPeer?: undefined;
    /**
     * Given together with `savedFromPeer`, or not at all.
     */
    savedFromMsgId?: undefined;
});
/**
 * Attached contact.
 *
 * Constructor of `MessageMedia`; its id is `0x70322949`.
 * ```tl
 * messageMediaContact#70322949 phone_number:string first_name:string last_name:string vcard:string user_id:long = MessageMedia;
 * ```
 * Declared at schema/api.tl:109.
 */
export interface MessageMediaContact {
    /** TL constructor `messageMediaContact`. */
    _: "messageMediaContact";
    /** Phone number */
    phoneNumber: string;
    /** Contact's first name */
    firstName: string;
    /** Contact's last name */
    lastName: string;
    /** VCARD of contact */
    vcard: string;
    /** User identifier or `0`, if the user with the given phone number is not registered */
    userId: bigint;
}
/**
 * [Dice-based animated sticker](https://corefork.telegram.org/api/dice)
 *
 * Constructor of `MessageMedia`; its id is `0x08cbec07`.
 * ```tl
 * messageMediaDice#08cbec07 flags:# value:int emoticon:string game_outcome:flags.0?messages.EmojiGameOutcome = MessageMedia;
 * ```
 * Declared at schema/api.tl:118.
 */
export interface MessageMediaDice {
    /** TL constructor `messageMediaDice`. */
    _: "messageMediaDice";
    /** [Dice value](https://corefork.telegram.org/api/dice) */
    value: number;
    /** The emoji, for now ,  and  are supported */
    emoticon: string;
    /** Optional: bit 0 of `flags` (TL `game_outcome:flags.0?…`). */
    gameOutcome?: TypeMessagesEmojiGameOutcome;
}
/**
 * Document (video, audio, voice, sticker, any media type except photo)
 *
 * Constructor of `MessageMedia`; its id is `0x52d8ccd9`.
 * ```tl
 * messageMediaDocument#52d8ccd9 flags:# nopremium:flags.3?true spoiler:flags.4?true video:flags.6?true round:flags.7?true voice:flags.8?true document:flags.0?Document alt_documents:flags.5?Vector<Document> video_cover:flags.9?Photo video_timestamp:flags.10?int ttl_seconds:flags.2?int = MessageMedia;
 * ```
 * Declared at schema/api.tl:111.
 */
export interface MessageMediaDocument {
    /** TL constructor `messageMediaDocument`. */
    _: "messageMediaDocument";
    /**
     * Whether this is a normal sticker, if not set this is a premium sticker and a premium sticker animation must be played.
     *
     * Optional: bit 3 of `flags` (TL `nopremium:flags.3?…`).
     */
    nopremium?: boolean;
    /**
     * Whether this media should be hidden behind a spoiler warning
     *
     * Optional: bit 4 of `flags` (TL `spoiler:flags.4?…`).
     */
    spoiler?: boolean;
    /**
     * Whether this is a video.
     *
     * Optional: bit 6 of `flags` (TL `video:flags.6?…`).
     */
    video?: boolean;
    /**
     * Whether this is a round video.
     *
     * Optional: bit 7 of `flags` (TL `round:flags.7?…`).
     */
    round?: boolean;
    /**
     * Whether this is a voice message.
     *
     * Optional: bit 8 of `flags` (TL `voice:flags.8?…`).
     */
    voice?: boolean;
    /**
     * Attached document
     *
     * Optional: bit 0 of `flags` (TL `document:flags.0?…`).
     */
    document?: TypeDocument;
    /**
     * Videos only, contains alternative qualities of the video.
     *
     * Optional: bit 5 of `flags` (TL `alt_documents:flags.5?…`).
     */
    altDocuments?: TypeDocument[];
    /**
     * Custom video cover.
     *
     * Optional: bit 9 of `flags` (TL `video_cover:flags.9?…`).
     */
    videoCover?: TypePhoto;
    /**
     * Start playing the video at the specified timestamp (seconds).
     *
     * Optional: bit 10 of `flags` (TL `video_timestamp:flags.10?…`).
     */
    videoTimestamp?: number;
    /**
     * Time to live of self-destructing document
     *
     * Optional: bit 2 of `flags` (TL `ttl_seconds:flags.2?…`).
     */
    ttlSeconds?: number;
}
/**
 * Empty constructor.
 *
 * Constructor of `MessageMedia`; its id is `0x3ded6320`.
 * ```tl
 * messageMediaEmpty#3ded6320 = MessageMedia;
 * ```
 * Declared at schema/api.tl:106.
 */
export interface MessageMediaEmpty {
    /** TL constructor `messageMediaEmpty`. */
    _: "messageMediaEmpty";
}
/**
 * Telegram game
 *
 * Constructor of `MessageMedia`; its id is `0xfdb19008`.
 * ```tl
 * messageMediaGame#fdb19008 game:Game = MessageMedia;
 * ```
 * Declared at schema/api.tl:114.
 */
export interface MessageMediaGame {
    /** TL constructor `messageMediaGame`. */
    _: "messageMediaGame";
    /** Game */
    game: TypeGame;
}
/**
 * Attached map.
 *
 * Constructor of `MessageMedia`; its id is `0x56e0d474`.
 * ```tl
 * messageMediaGeo#56e0d474 geo:GeoPoint = MessageMedia;
 * ```
 * Declared at schema/api.tl:108.
 */
export interface MessageMediaGeo {
    /** TL constructor `messageMediaGeo`. */
    _: "messageMediaGeo";
    /** GeoPoint */
    geo: TypeGeoPoint;
}
/**
 * Indicates a [live geolocation](https://corefork.telegram.org/api/live-location)
 *
 * Constructor of `MessageMedia`; its id is `0xb940c666`.
 * ```tl
 * messageMediaGeoLive#b940c666 flags:# geo:GeoPoint heading:flags.0?int period:int proximity_notification_radius:flags.1?int = MessageMedia;
 * ```
 * Declared at schema/api.tl:116.
 */
export interface MessageMediaGeoLive {
    /** TL constructor `messageMediaGeoLive`. */
    _: "messageMediaGeoLive";
    /** Geolocation */
    geo: TypeGeoPoint;
    /**
     * For [live locations](https://corefork.telegram.org/api/live-location), a direction in which the location moves, in degrees; 1-360
     *
     * Optional: bit 0 of `flags` (TL `heading:flags.0?…`).
     */
    heading?: number;
    /** Validity period of provided geolocation */
    period: number;
    /**
     * For [live locations](https://corefork.telegram.org/api/live-location), a maximum distance to another chat member for proximity alerts, in meters (0-100000).
     *
     * Optional: bit 1 of `flags` (TL `proximity_notification_radius:flags.1?…`).
     */
    proximityNotificationRadius?: number;
}
/**
 * Contains info about a [giveaway, see here »](https://corefork.telegram.org/api/giveaways) for more info.
 *
 * Constructor of `MessageMedia`; its id is `0xaa073beb`.
 * ```tl
 * messageMediaGiveaway#aa073beb flags:# only_new_subscribers:flags.0?true winners_are_visible:flags.2?true channels:Vector<long> countries_iso2:flags.1?Vector<string> prize_description:flags.3?string quantity:int months:flags.4?int stars:flags.5?long until_date:int = MessageMedia;
 * ```
 * Declared at schema/api.tl:120.
 */
export interface MessageMediaGiveaway {
    /** TL constructor `messageMediaGiveaway`. */
    _: "messageMediaGiveaway";
    /**
     * If set, only new subscribers starting from the giveaway creation date will be able to participate to the giveaway.
     *
     * Optional: bit 0 of `flags` (TL `only_new_subscribers:flags.0?…`).
     */
    onlyNewSubscribers?: boolean;
    /**
     * If set, giveaway winners are public and will be listed in a {@link RawMessageMediaGiveawayResults} message that will be automatically sent to the channel once the giveaway ends.
     *
     * Optional: bit 2 of `flags` (TL `winners_are_visible:flags.2?…`).
     */
    winnersAreVisible?: boolean;
    /** The channels that the user must join to participate in the giveaway. */
    channels: bigint[];
    /**
     * If set, only users residing in these countries can participate in the giveaway, (specified as a list of two-letter ISO 3166-1 alpha-2 country codes); otherwise there are no country-based limitations.
     *
     * Optional: bit 1 of `flags` (TL `countries_iso2:flags.1?…`).
     */
    countriesIso2?: string[];
    /**
     * Can contain a textual description of additional giveaway prizes.
     *
     * Optional: bit 3 of `flags` (TL `prize_description:flags.3?…`).
     */
    prizeDescription?: string;
    /** Number of [Telegram Premium](https://corefork.telegram.org/api/premium) subscriptions given away. */
    quantity: number;
    /**
     * Duration in months of each [Telegram Premium](https://corefork.telegram.org/api/premium) subscription in the giveaway.
     *
     * Optional: bit 4 of `flags` (TL `months:flags.4?…`).
     */
    months?: number;
    /**
     * For [Telegram Star giveaways](https://corefork.telegram.org/api/stars#star-giveaways), the total number of Telegram Stars being given away.
     *
     * Optional: bit 5 of `flags` (TL `stars:flags.5?…`).
     */
    stars?: bigint;
    /** The end date of the giveaway. */
    untilDate: number;
}
/**
 * A [giveaway](https://corefork.telegram.org/api/giveaways) with public winners has finished, this constructor contains info about the winners.
 *
 * Constructor of `MessageMedia`; its id is `0xceaa3ea1`.
 * ```tl
 * messageMediaGiveawayResults#ceaa3ea1 flags:# only_new_subscribers:flags.0?true refunded:flags.2?true channel_id:long additional_peers_count:flags.3?int launch_msg_id:int winners_count:int unclaimed_count:int winners:Vector<long> months:flags.4?int stars:flags.5?long prize_description:flags.1?string until_date:int = MessageMedia;
 * ```
 * Declared at schema/api.tl:121.
 */
export interface MessageMediaGiveawayResults {
    /** TL constructor `messageMediaGiveawayResults`. */
    _: "messageMediaGiveawayResults";
    /**
     * If set, only new subscribers starting from the giveaway creation date participated in the giveaway.
     *
     * Optional: bit 0 of `flags` (TL `only_new_subscribers:flags.0?…`).
     */
    onlyNewSubscribers?: boolean;
    /**
     * If set, the giveaway was canceled and was fully refunded.
     *
     * Optional: bit 2 of `flags` (TL `refunded:flags.2?…`).
     */
    refunded?: boolean;
    /** ID of the channel/supergroup that was automatically [boosted](https://corefork.telegram.org/api/boost) by the winners of the giveaway for duration of the Premium subscription. */
    channelId: bigint;
    /**
     * Number of other channels that participated in the giveaway.
     *
     * Optional: bit 3 of `flags` (TL `additional_peers_count:flags.3?…`).
     */
    additionalPeersCount?: number;
    /** Identifier of the message with the giveaway in `channel_id`. */
    launchMsgId: number;
    /** Total number of winners in the giveaway. */
    winnersCount: number;
    /** Number of not-yet-claimed prizes. */
    unclaimedCount: number;
    /** Up to 100 user identifiers of the winners of the giveaway. */
    winners: bigint[];
    /**
     * Duration in months of each [Telegram Premium](https://corefork.telegram.org/api/premium) subscription in the giveaway.
     *
     * Optional: bit 4 of `flags` (TL `months:flags.4?…`).
     */
    months?: number;
    /**
     * For [Telegram Star giveaways](https://corefork.telegram.org/api/stars#star-giveaways), the total number of Telegram Stars being given away.
     *
     * Optional: bit 5 of `flags` (TL `stars:flags.5?…`).
     */
    stars?: bigint;
    /**
     * Can contain a textual description of additional giveaway prizes.
     *
     * Optional: bit 1 of `flags` (TL `prize_description:flags.1?…`).
     */
    prizeDescription?: string;
    /** Point in time (UNIX timestamp in seconds) when the winners were selected. May be bigger than winners selection date specified in initial parameters of the giveaway. */
    untilDate: number;
}
/**
 * Invoice
 *
 * Constructor of `MessageMedia`; its id is `0xf6a548d3`.
 * ```tl
 * messageMediaInvoice#f6a548d3 flags:# shipping_address_requested:flags.1?true test:flags.3?true title:string description:string photo:flags.0?WebDocument receipt_msg_id:flags.2?int currency:string total_amount:long start_param:string extended_media:flags.4?MessageExtendedMedia = MessageMedia;
 * ```
 * Declared at schema/api.tl:115.
 */
export interface MessageMediaInvoice {
    /** TL constructor `messageMediaInvoice`. */
    _: "messageMediaInvoice";
    /**
     * Whether the shipping address was requested
     *
     * Optional: bit 1 of `flags` (TL `shipping_address_requested:flags.1?…`).
     */
    shippingAddressRequested?: boolean;
    /**
     * Whether this is an example invoice
     *
     * Optional: bit 3 of `flags` (TL `test:flags.3?…`).
     */
    test?: boolean;
    /** Product name, 1-32 characters */
    title: string;
    /** Product description, 1-255 characters */
    description: string;
    /**
     * URL of the product photo for the invoice. Can be a photo of the goods or a marketing image for a service. People like it better when they see what they are paying for.
     *
     * Optional: bit 0 of `flags` (TL `photo:flags.0?…`).
     */
    photo?: TypeWebDocument;
    /**
     * Message ID of receipt: if set, clients should change the text of the first {@link RawKeyboardButtonBuy} button always attached to the {@link RawMessage} to a localized version of the word `Receipt`
     *
     * Optional: bit 2 of `flags` (TL `receipt_msg_id:flags.2?…`).
     */
    receiptMsgId?: number;
    /** Three-letter ISO 4217 [currency](https://corefork.telegram.org/bots/payments#supported-currencies) code, or `XTR` for [Telegram Stars](https://corefork.telegram.org/api/stars). */
    currency: string;
    /** Total price in the smallest units of the currency (integer, not float/double). For example, for a price of `US$ 1.45` pass `amount = 145`. See the exp parameter in [currencies.json](https://corefork.telegram.org/bots/payments/currencies.json), it shows the number of digits past the decimal point for each currency (2 for the majority of currencies). */
    totalAmount: bigint;
    /** Unique bot deep-linking parameter that can be used to generate this invoice */
    startParam: string;
    /**
     * Deprecated
     *
     * Optional: bit 4 of `flags` (TL `extended_media:flags.4?…`).
     */
    extendedMedia?: TypeMessageExtendedMedia;
}
/**
 * [Paid media, see here »](https://corefork.telegram.org/api/paid-media) for more info.
 *
 * Constructor of `MessageMedia`; its id is `0xa8852491`.
 * ```tl
 * messageMediaPaidMedia#a8852491 stars_amount:long extended_media:Vector<MessageExtendedMedia> = MessageMedia;
 * ```
 * Declared at schema/api.tl:122.
 */
export interface MessageMediaPaidMedia {
    /** TL constructor `messageMediaPaidMedia`. */
    _: "messageMediaPaidMedia";
    /** The price of the media in [Telegram Stars](https://corefork.telegram.org/api/stars). */
    starsAmount: bigint;
    /** Either the paid-for media, or super low resolution media previews if the media wasn't purchased yet, [see here »](https://corefork.telegram.org/api/paid-media#viewing-paid-media) for more info. */
    extendedMedia: TypeMessageExtendedMedia[];
}
/**
 * Attached photo.
 *
 * Constructor of `MessageMedia`; its id is `0xe216eb63`.
 * ```tl
 * messageMediaPhoto#e216eb63 flags:# spoiler:flags.3?true live_photo:flags.4?true photo:flags.0?Photo ttl_seconds:flags.2?int video:flags.4?Document = MessageMedia;
 * ```
 * Declared at schema/api.tl:107.
 */
export interface MessageMediaPhoto {
    /** TL constructor `messageMediaPhoto`. */
    _: "messageMediaPhoto";
    /**
     * Whether this media should be hidden behind a spoiler warning
     *
     * Optional: bit 3 of `flags` (TL `spoiler:flags.3?…`).
     */
    spoiler?: boolean;
    /**
     * Optional: bit 4 of `flags` (TL `live_photo:flags.4?…`).
     *
     * Shares its flag bit with `video`, `livePhoto`: true exactly when those are given.
     */
    livePhoto?: boolean;
    /**
     * Photo
     *
     * Optional: bit 0 of `flags` (TL `photo:flags.0?…`).
     */
    photo?: TypePhoto;
    /**
     * Time to live in seconds of self-destructing photo
     *
     * Optional: bit 2 of `flags` (TL `ttl_seconds:flags.2?…`).
     */
    ttlSeconds?: number;
    /**
     * Optional: bit 4 of `flags` (TL `video:flags.4?…`).
     *
     * Shares its flag bit with `video`, `livePhoto`: give all of the value fields or none (checked in the types and at runtime).
     */
    video?: TypeDocument;
}
/**
 * Poll
 *
 * Constructor of `MessageMedia`; its id is `0x773f4e66`.
 * ```tl
 * messageMediaPoll#773f4e66 flags:# poll:Poll results:PollResults attached_media:flags.0?MessageMedia = MessageMedia;
 * ```
 * Declared at schema/api.tl:117.
 */
export interface MessageMediaPoll {
    /** TL constructor `messageMediaPoll`. */
    _: "messageMediaPoll";
    /** The poll */
    poll: TypePoll;
    /** The results of the poll */
    results: TypePollResults;
    /** Optional: bit 0 of `flags` (TL `attached_media:flags.0?…`). */
    attachedMedia?: TypeMessageMedia;
}
/**
 * Represents a forwarded [story](https://corefork.telegram.org/api/stories) or a story mention.
 *
 * Constructor of `MessageMedia`; its id is `0x68cb6283`.
 * ```tl
 * messageMediaStory#68cb6283 flags:# via_mention:flags.1?true peer:Peer id:int story:flags.0?StoryItem = MessageMedia;
 * ```
 * Declared at schema/api.tl:119.
 */
export interface MessageMediaStory {
    /** TL constructor `messageMediaStory`. */
    _: "messageMediaStory";
    /**
     * If set, indicates that this someone has mentioned us in this story (i.e. by tagging us in the description) or vice versa, we have mentioned the other peer (if the message is outgoing).
     *
     * Optional: bit 1 of `flags` (TL `via_mention:flags.1?…`).
     */
    viaMention?: boolean;
    /** Peer that posted the story. */
    peer: TypePeer;
    /** Story ID */
    id: number;
    /**
     * The story itself, if absent fetch it using {@link stories.RawGetStoriesByIDRequest} and the `peer`/`id` parameters specified above.
     *
     * Optional: bit 0 of `flags` (TL `story:flags.0?…`).
     */
    story?: TypeStoryItem;
}
/**
 * Represents a [todo list »](https://corefork.telegram.org/api/todo).
 *
 * Constructor of `MessageMedia`; its id is `0x8a53b014`.
 * ```tl
 * messageMediaToDo#8a53b014 flags:# todo:TodoList completions:flags.0?Vector<TodoCompletion> = MessageMedia;
 * ```
 * Declared at schema/api.tl:123.
 */
export interface MessageMediaToDo {
    /** TL constructor `messageMediaToDo`. */
    _: "messageMediaToDo";
    /** The todo list. */
    todo: TypeTodoList;
    /**
     * Completed items.
     *
     * Optional: bit 0 of `flags` (TL `completions:flags.0?…`).
     */
    completions?: TypeTodoCompletion[];
}
/**
 * Current version of the client does not support this media type.
 *
 * Constructor of `MessageMedia`; its id is `0x9f84f49e`.
 * ```tl
 * messageMediaUnsupported#9f84f49e = MessageMedia;
 * ```
 * Declared at schema/api.tl:110.
 */
export interface MessageMediaUnsupported {
    /** TL constructor `messageMediaUnsupported`. */
    _: "messageMediaUnsupported";
}
/**
 * Venue
 *
 * Constructor of `MessageMedia`; its id is `0x2ec0533f`.
 * ```tl
 * messageMediaVenue#2ec0533f geo:GeoPoint title:string address:string provider:string venue_id:string venue_type:string = MessageMedia;
 * ```
 * Declared at schema/api.tl:113.
 */
export interface MessageMediaVenue {
    /** TL constructor `messageMediaVenue`. */
    _: "messageMediaVenue";
    /** Geolocation of venue */
    geo: TypeGeoPoint;
    /** Venue name */
    title: string;
    /** Address */
    address: string;
    /** Venue provider: currently only "foursquare" and "gplaces" (Google Places) need to be supported */
    provider: string;
    /** Venue ID in the provider's database */
    venueId: string;
    /** Venue type in the provider's database */
    venueType: string;
}
/**
 * Constructor of `MessageMedia`; its id is `0xca5cab89`.
 * ```tl
 * messageMediaVideoStream#ca5cab89 flags:# rtmp_stream:flags.0?true call:InputGroupCall = MessageMedia;
 * ```
 * Declared at schema/api.tl:124.
 */
export interface MessageMediaVideoStream {
    /** TL constructor `messageMediaVideoStream`. */
    _: "messageMediaVideoStream";
    /** Optional: bit 0 of `flags` (TL `rtmp_stream:flags.0?…`). */
    rtmpStream?: boolean;
    /** TL field `call`. */
    call: TypeInputGroupCall;
}
/**
 * Preview of webpage
 *
 * Constructor of `MessageMedia`; its id is `0xddf10c3b`.
 * ```tl
 * messageMediaWebPage#ddf10c3b flags:# force_large_media:flags.0?true force_small_media:flags.1?true manual:flags.3?true safe:flags.4?true webpage:WebPage = MessageMedia;
 * ```
 * Declared at schema/api.tl:112.
 */
export interface MessageMediaWebPage {
    /** TL constructor `messageMediaWebPage`. */
    _: "messageMediaWebPage";
    /**
     * If set, specifies that a large media preview should be used.
     *
     * Optional: bit 0 of `flags` (TL `force_large_media:flags.0?…`).
     */
    forceLargeMedia?: boolean;
    /**
     * If set, specifies that a small media preview should be used.
     *
     * Optional: bit 1 of `flags` (TL `force_small_media:flags.1?…`).
     */
    forceSmallMedia?: boolean;
    /**
     * If set, indicates that the URL used for the webpage preview was specified manually using {@link RawInputMediaWebPage}, and may not be related to any of the URLs specified in the message.
     *
     * Optional: bit 3 of `flags` (TL `manual:flags.3?…`).
     */
    manual?: boolean;
    /**
     * If set, the webpage can be opened directly without user confirmation; otherwise, user confirmation is required, showing the exact URL that will be opened.
     *
     * Optional: bit 4 of `flags` (TL `safe:flags.4?…`).
     */
    safe?: boolean;
    /** Webpage preview */
    webpage: TypeWebPage;
}
/**
 * How a certain peer reacted to the message
 *
 * Constructor of `MessagePeerReaction`; its id is `0x8c79b63c`.
 * ```tl
 * messagePeerReaction#8c79b63c flags:# big:flags.0?true unread:flags.1?true my:flags.2?true peer_id:Peer date:int reaction:Reaction = MessagePeerReaction;
 * ```
 * Declared at schema/api.tl:1195.
 */
export interface MessagePeerReaction {
    /** TL constructor `messagePeerReaction`. */
    _: "messagePeerReaction";
    /**
     * Whether the specified [message reaction »](https://corefork.telegram.org/api/reactions) should elicit a bigger and longer reaction
     *
     * Optional: bit 0 of `flags` (TL `big:flags.0?…`).
     */
    big?: boolean;
    /**
     * Whether the reaction wasn't yet marked as read by the current user
     *
     * Optional: bit 1 of `flags` (TL `unread:flags.1?…`).
     */
    unread?: boolean;
    /**
     * Starting from layer 159, {@link messages.RawSendReactionRequest} will send reactions from the peer (user or channel) specified using {@link messages.RawSaveDefaultSendAsRequest}.
     * If set, this flag indicates that this reaction was sent by us, even if the `peer` doesn't point to the current account.
     *
     * Optional: bit 2 of `flags` (TL `my:flags.2?…`).
     */
    my?: boolean;
    /** Peer that reacted to the message */
    peerId: TypePeer;
    /** When was this reaction added */
    date: number;
    /** Reaction emoji */
    reaction: TypeReaction;
}
/**
 * [Message reactions »](https://corefork.telegram.org/api/reactions)
 *
 * Constructor of `MessageReactions`; its id is `0x0a339f0b`.
 * ```tl
 * messageReactions#0a339f0b flags:# min:flags.0?true can_see_list:flags.2?true reactions_as_tags:flags.3?true results:Vector<ReactionCount> recent_reactions:flags.1?Vector<MessagePeerReaction> top_reactors:flags.4?Vector<MessageReactor> = MessageReactions;
 * ```
 * Declared at schema/api.tl:1190.
 */
export interface MessageReactions {
    /** TL constructor `messageReactions`. */
    _: "messageReactions";
    /**
     * Similar to [min](https://corefork.telegram.org/api/min) objects, used for [message reaction »](https://corefork.telegram.org/api/reactions) constructors that are the same for all users so they don't have the reactions sent by the current user (you can use {@link messages.RawGetMessagesReactionsRequest} to get the full reaction info).
     *
     * Optional: bit 0 of `flags` (TL `min:flags.0?…`).
     */
    min?: boolean;
    /**
     * Whether {@link messages.RawGetMessageReactionsListRequest} can be used to see how each specific peer reacted to the message
     *
     * Optional: bit 2 of `flags` (TL `can_see_list:flags.2?…`).
     */
    canSeeList?: boolean;
    /**
     * If set or if there are no reactions, all present and future reactions should be treated as [message tags, see here » for more info](https://corefork.telegram.org/api/saved-messages#tags).
     *
     * Optional: bit 3 of `flags` (TL `reactions_as_tags:flags.3?…`).
     */
    reactionsAsTags?: boolean;
    /** Reactions */
    results: TypeReactionCount[];
    /**
     * List of recent peers and their reactions
     *
     * Optional: bit 1 of `flags` (TL `recent_reactions:flags.1?…`).
     */
    recentReactions?: TypeMessagePeerReaction[];
    /**
     * [Paid Telegram Star reactions leaderboard »](https://corefork.telegram.org/api/reactions#paid-reactions) for this message.
     *
     * Optional: bit 4 of `flags` (TL `top_reactors:flags.4?…`).
     */
    topReactors?: TypeMessageReactor[];
}
/**
 * Info about a user in the [paid Star reactions leaderboard](https://corefork.telegram.org/api/reactions#paid-reactions) for a message.
 *
 * Constructor of `MessageReactor`; its id is `0x4ba3a95a`.
 * ```tl
 * messageReactor#4ba3a95a flags:# top:flags.0?true my:flags.1?true anonymous:flags.2?true peer_id:flags.3?Peer count:int = MessageReactor;
 * ```
 * Declared at schema/api.tl:1472.
 */
export interface MessageReactor {
    /** TL constructor `messageReactor`. */
    _: "messageReactor";
    /**
     * If set, the reactor is one of the most active reactors; may be unset if the reactor is the current user.
     *
     * Optional: bit 0 of `flags` (TL `top:flags.0?…`).
     */
    top?: boolean;
    /**
     * If set, this reactor is the current user.
     *
     * Optional: bit 1 of `flags` (TL `my:flags.1?…`).
     */
    my?: boolean;
    /**
     * If set, the reactor is anonymous.
     *
     * Optional: bit 2 of `flags` (TL `anonymous:flags.2?…`).
     */
    anonymous?: boolean;
    /**
     * Identifier of the peer that reacted: may be unset for anonymous reactors different from the current user (i.e. if the current user sent an anonymous reaction `anonymous` will be set but this field will also be set).
     *
     * Optional: bit 3 of `flags` (TL `peer_id:flags.3?…`).
     */
    peerId?: TypePeer;
    /** The number of sent Telegram Stars. */
    count: number;
}
/**
 * Info about [the comment section of a channel post, a simple message thread, a forum topic, or a direct messages topic](https://corefork.telegram.org/api/threads) (all features ultimately based on message threads).
 *
 * Constructor of `MessageReplies`; its id is `0x83d60fc2`.
 * ```tl
 * messageReplies#83d60fc2 flags:# comments:flags.0?true replies:int replies_pts:int recent_repliers:flags.1?Vector<Peer> channel_id:flags.0?long max_id:flags.2?int read_max_id:flags.3?int = MessageReplies;
 * ```
 * Declared at schema/api.tl:1131.
 */
export interface MessageReplies {
    /** TL constructor `messageReplies`. */
    _: "messageReplies";
    /**
     * Whether this constructor contains information about the [comment section of a channel post, or a simple message thread](https://corefork.telegram.org/api/threads)
     *
     * Optional: bit 0 of `flags` (TL `comments:flags.0?…`).
     *
     * Shares its flag bit with `channelId`, `comments`: true exactly when those are given.
     */
    comments?: boolean;
    /** Contains the total number of replies in this thread or comment section. */
    replies: number;
    /** [PTS](https://corefork.telegram.org/api/updates) of the message that started this thread. */
    repliesPts: number;
    /**
     * For channel post comments, contains information about the last few comment posters for a specific thread, to show a small list of commenter profile pictures in client previews.
     *
     * Optional: bit 1 of `flags` (TL `recent_repliers:flags.1?…`).
     */
    recentRepliers?: TypePeer[];
    /**
     * For channel post comments, contains the ID of the associated [discussion supergroup](https://corefork.telegram.org/api/discussion)
     *
     * Optional: bit 0 of `flags` (TL `channel_id:flags.0?…`).
     *
     * Shares its flag bit with `channelId`, `comments`: give all of the value fields or none (checked in the types and at runtime).
     */
    channelId?: bigint;
    /**
     * ID of the latest message in this thread or comment section.
     *
     * Optional: bit 2 of `flags` (TL `max_id:flags.2?…`).
     */
    maxId?: number;
    /**
     * Contains the ID of the latest read message in this thread or comment section.
     *
     * Optional: bit 3 of `flags` (TL `read_max_id:flags.3?…`).
     */
    readMaxId?: number;
}
/**
 * Message replies and [thread](https://corefork.telegram.org/api/threads) information
 *
 * Constructor of `MessageReplyHeader`; its id is `0x1b97dd66`.
 * ```tl
 * messageReplyHeader#1b97dd66 flags:# reply_to_scheduled:flags.2?true forum_topic:flags.3?true quote:flags.9?true reply_to_msg_id:flags.4?int reply_to_peer_id:flags.0?Peer reply_from:flags.5?MessageFwdHeader reply_media:flags.8?MessageMedia reply_to_top_id:flags.1?int quote_text:flags.6?string quote_entities:flags.7?Vector<MessageEntity> quote_offset:flags.10?int todo_item_id:flags.11?int poll_option:flags.12?bytes reply_to_ephemeral:flags.13?true = MessageReplyHeader;
 * ```
 * Declared at schema/api.tl:1129.
 */
export interface MessageReplyHeader {
    /** TL constructor `messageReplyHeader`. */
    _: "messageReplyHeader";
    /**
     * This is a reply to a scheduled message.
     *
     * Optional: bit 2 of `flags` (TL `reply_to_scheduled:flags.2?…`).
     */
    replyToScheduled?: boolean;
    /**
     * Whether this message was sent in a [forum topic](https://corefork.telegram.org/api/forum#forum-topics) (except for the General topic).
     *
     * Optional: bit 3 of `flags` (TL `forum_topic:flags.3?…`).
     */
    forumTopic?: boolean;
    /**
     * Whether this message is quoting a part of another message.
     *
     * Optional: bit 9 of `flags` (TL `quote:flags.9?…`).
     */
    quote?: boolean;
    /**
     * ID of message to which this message is replying
     *
     * Optional: bit 4 of `flags` (TL `reply_to_msg_id:flags.4?…`).
     */
    replyToMsgId?: number;
    /**
     * For replies sent in [channel discussion threads](https://corefork.telegram.org/api/threads) of which the current user is not a member, the discussion group ID
     *
     * Optional: bit 0 of `flags` (TL `reply_to_peer_id:flags.0?…`).
     */
    replyToPeerId?: TypePeer;
    /**
     * When replying to a message sent by a certain peer to another chat, contains info about the peer that originally sent the message to that other chat.
     *
     * Optional: bit 5 of `flags` (TL `reply_from:flags.5?…`).
     */
    replyFrom?: TypeMessageFwdHeader;
    /**
     * When replying to a media sent by a certain peer to another chat, contains the media of the replied-to message.
     *
     * Optional: bit 8 of `flags` (TL `reply_media:flags.8?…`).
     */
    replyMedia?: TypeMessageMedia;
    /**
     * ID of the message that started this [message thread](https://corefork.telegram.org/api/threads)
     *
     * Optional: bit 1 of `flags` (TL `reply_to_top_id:flags.1?…`).
     */
    replyToTopId?: number;
    /**
     * Used to quote-reply to only a certain section (specified here) of the original message.
     *
     * Optional: bit 6 of `flags` (TL `quote_text:flags.6?…`).
     */
    quoteText?: string;
    /**
     * [Message entities for styled text](https://corefork.telegram.org/api/entities) from the `quote_text` field.
     *
     * Optional: bit 7 of `flags` (TL `quote_entities:flags.7?…`).
     */
    quoteEntities?: TypeMessageEntity[];
    /**
     * Offset of the message `quote_text` within the original message (in [UTF-16 code units](https://corefork.telegram.org/api/entities#entity-length)).
     *
     * Optional: bit 10 of `flags` (TL `quote_offset:flags.10?…`).
     */
    quoteOffset?: number;
    /**
     * Can be set to reply to the specified item of a [todo list »](https://corefork.telegram.org/api/todo).
     *
     * Optional: bit 11 of `flags` (TL `todo_item_id:flags.11?…`).
     */
    todoItemId?: number;
    /** Optional: bit 12 of `flags` (TL `poll_option:flags.12?…`). */
    pollOption?: Uint8Array;
    /** Optional: bit 13 of `flags` (TL `reply_to_ephemeral:flags.13?…`). */
    replyToEphemeral?: boolean;
}
/**
 * Represents a reply to a [story](https://corefork.telegram.org/api/stories)
 *
 * Constructor of `MessageReplyHeader`; its id is `0x0e5af939`.
 * ```tl
 * messageReplyStoryHeader#0e5af939 peer:Peer story_id:int = MessageReplyHeader;
 * ```
 * Declared at schema/api.tl:1130.
 */
export interface MessageReplyStoryHeader {
    /** TL constructor `messageReplyStoryHeader`. */
    _: "messageReplyStoryHeader";
    /** Sender of the story. */
    peer: TypePeer;
    /** Story ID */
    storyId: number;
}
/**
 * Indicates a service message
 *
 * Constructor of `Message`; its id is `0x7a800e0a`.
 * ```tl
 * messageService#7a800e0a flags:# out:flags.1?true mentioned:flags.4?true media_unread:flags.5?true reactions_are_possible:flags.9?true silent:flags.13?true post:flags.14?true legacy:flags.19?true id:int from_id:flags.8?Peer peer_id:Peer saved_peer_id:flags.28?Peer reply_to:flags.3?MessageReplyHeader date:int action:MessageAction reactions:flags.20?MessageReactions ttl_period:flags.25?int = Message;
 * ```
 * Declared at schema/api.tl:105.
 */
export interface MessageService {
    /** TL constructor `messageService`. */
    _: "messageService";
    /**
     * Whether the message is outgoing
     *
     * Optional: bit 1 of `flags` (TL `out:flags.1?…`).
     */
    out?: boolean;
    /**
     * Whether we were mentioned in the message
     *
     * Optional: bit 4 of `flags` (TL `mentioned:flags.4?…`).
     */
    mentioned?: boolean;
    /**
     * Whether the message contains unread media
     *
     * Optional: bit 5 of `flags` (TL `media_unread:flags.5?…`).
     */
    mediaUnread?: boolean;
    /**
     * Whether you can [react to this message »](https://corefork.telegram.org/api/reactions).
     *
     * Optional: bit 9 of `flags` (TL `reactions_are_possible:flags.9?…`).
     */
    reactionsArePossible?: boolean;
    /**
     * Whether the message is silent
     *
     * Optional: bit 13 of `flags` (TL `silent:flags.13?…`).
     */
    silent?: boolean;
    /**
     * Whether it's a channel post
     *
     * Optional: bit 14 of `flags` (TL `post:flags.14?…`).
     */
    post?: boolean;
    /**
     * This is a legacy message: it has to be refetched with the new layer
     *
     * Optional: bit 19 of `flags` (TL `legacy:flags.19?…`).
     */
    legacy?: boolean;
    /** Message ID */
    id: number;
    /**
     * ID of the sender of this message
     *
     * Optional: bit 8 of `flags` (TL `from_id:flags.8?…`).
     */
    fromId?: TypePeer;
    /** Sender of service message */
    peerId: TypePeer;
    /**
     * Will only be set for service messages within a [monoforum topic »](https://corefork.telegram.org/api/monoforum): `peer` will be equal to the ID of the monoforum and the `saved_peer_id` flag will be set to the ID of a topic.
     *
     * Optional: bit 28 of `flags` (TL `saved_peer_id:flags.28?…`).
     */
    savedPeerId?: TypePeer;
    /**
     * Reply (thread) information
     *
     * Optional: bit 3 of `flags` (TL `reply_to:flags.3?…`).
     */
    replyTo?: TypeMessageReplyHeader;
    /** Message date */
    date: number;
    /** Event connected with the service message */
    action: TypeMessageAction;
    /**
     * [Reactions »](https://corefork.telegram.org/api/reactions).
     *
     * Optional: bit 20 of `flags` (TL `reactions:flags.20?…`).
     */
    reactions?: TypeMessageReactions;
    /**
     * Time To Live of the message, once message.date+message.ttl_period === time(), the message will be deleted on the server, and must be deleted locally as well.
     *
     * Optional: bit 25 of `flags` (TL `ttl_period:flags.25?…`).
     */
    ttlPeriod?: number;
}
/**
 * Info about chat invites generated by admins.
 *
 * Constructor of `messages.ChatAdminsWithInvites`; its id is `0xb69b72d7`.
 * ```tl
 * messages.chatAdminsWithInvites#b69b72d7 admins:Vector<ChatAdminWithInvites> users:Vector<User> = messages.ChatAdminsWithInvites;
 * ```
 * Declared at schema/api.tl:1157.
 */
export interface MessagesChatAdminsWithInvites {
    /** TL constructor `messages.chatAdminsWithInvites`. */
    _: "messages.chatAdminsWithInvites";
    /** Info about chat invites generated by admins. */
    admins: TypeChatAdminWithInvites[];
    /** Mentioned users */
    users: TypeUser[];
}
/**
 * Info about the users that joined the chat using a specific chat invite
 *
 * Constructor of `messages.ChatInviteImporters`; its id is `0x81b6b00a`.
 * ```tl
 * messages.chatInviteImporters#81b6b00a count:int importers:Vector<ChatInviteImporter> users:Vector<User> = messages.ChatInviteImporters;
 * ```
 * Declared at schema/api.tl:1155.
 */
export interface MessagesChatInviteImporters {
    /** TL constructor `messages.chatInviteImporters`. */
    _: "messages.chatInviteImporters";
    /** Number of users that joined */
    count: number;
    /** The users that joined */
    importers: TypeChatInviteImporter[];
    /** The users that joined */
    users: TypeUser[];
}
/**
 * Constructor of `messages.ChatInviteJoinResult`; its id is `0x445663a7`.
 * ```tl
 * messages.chatInviteJoinResultOk#445663a7 updates:Updates = messages.ChatInviteJoinResult;
 * ```
 * Declared at schema/api.tl:1613.
 */
export interface MessagesChatInviteJoinResultOk {
    /** TL constructor `messages.chatInviteJoinResultOk`. */
    _: "messages.chatInviteJoinResultOk";
    /** TL field `updates`. */
    updates: TypeUpdates;
}
/**
 * Constructor of `messages.ChatInviteJoinResult`; its id is `0x2f51c337`.
 * ```tl
 * messages.chatInviteJoinResultWebView#2f51c337 bot_id:long webview:WebViewResult users:Vector<User> = messages.ChatInviteJoinResult;
 * ```
 * Declared at schema/api.tl:1614.
 */
export interface MessagesChatInviteJoinResultWebView {
    /** TL constructor `messages.chatInviteJoinResultWebView`. */
    _: "messages.chatInviteJoinResultWebView";
    /** TL field `bot_id`. */
    botId: bigint;
    /** TL field `webview`. */
    webview: TypeWebViewResult;
    /** TL field `users`. */
    users: TypeUser[];
}
/**
 * Constructor of `messages.EmojiGameInfo`; its id is `0x44e56023`.
 * ```tl
 * messages.emojiGameDiceInfo#44e56023 flags:# game_hash:string prev_stake:long current_streak:int params:Vector<int> plays_left:flags.0?int = messages.EmojiGameInfo;
 * ```
 * Declared at schema/api.tl:1592.
 */
export interface MessagesEmojiGameDiceInfo {
    /** TL constructor `messages.emojiGameDiceInfo`. */
    _: "messages.emojiGameDiceInfo";
    /** TL field `game_hash`. */
    gameHash: string;
    /** TL field `prev_stake`. */
    prevStake: bigint;
    /** TL field `current_streak`. */
    currentStreak: number;
    /** TL field `params`. */
    params: number[];
    /** Optional: bit 0 of `flags` (TL `plays_left:flags.0?…`). */
    playsLeft?: number;
}
/**
 * Constructor of `messages.EmojiGameOutcome`; its id is `0xda2ad647`.
 * ```tl
 * messages.emojiGameOutcome#da2ad647 seed:bytes stake_ton_amount:long ton_amount:long = messages.EmojiGameOutcome;
 * ```
 * Declared at schema/api.tl:1590.
 */
export interface MessagesEmojiGameOutcome {
    /** TL constructor `messages.emojiGameOutcome`. */
    _: "messages.emojiGameOutcome";
    /** TL field `seed`. */
    seed: Uint8Array;
    /** TL field `stake_ton_amount`. */
    stakeTonAmount: bigint;
    /** TL field `ton_amount`. */
    tonAmount: bigint;
}
/**
 * Constructor of `messages.EmojiGameInfo`; its id is `0x59e65335`.
 * ```tl
 * messages.emojiGameUnavailable#59e65335 = messages.EmojiGameInfo;
 * ```
 * Declared at schema/api.tl:1591.
 */
export interface MessagesEmojiGameUnavailable {
    /** TL constructor `messages.emojiGameUnavailable`. */
    _: "messages.emojiGameUnavailable";
}
/**
 * Info about a chat invite
 *
 * Constructor of `messages.ExportedChatInvite`; its id is `0x1871be50`.
 * ```tl
 * messages.exportedChatInvite#1871be50 invite:ExportedChatInvite users:Vector<User> = messages.ExportedChatInvite;
 * ```
 * Declared at schema/api.tl:1153.
 */
export interface MessagesExportedChatInvite {
    /** TL constructor `messages.exportedChatInvite`. */
    _: "messages.exportedChatInvite";
    /** Info about the chat invite */
    invite: TypeExportedChatInvite;
    /** Mentioned users */
    users: TypeUser[];
}
/**
 * The specified chat invite was replaced with another one
 *
 * Constructor of `messages.ExportedChatInvite`; its id is `0x222600ef`.
 * ```tl
 * messages.exportedChatInviteReplaced#222600ef invite:ExportedChatInvite new_invite:ExportedChatInvite users:Vector<User> = messages.ExportedChatInvite;
 * ```
 * Declared at schema/api.tl:1154.
 */
export interface MessagesExportedChatInviteReplaced {
    /** TL constructor `messages.exportedChatInviteReplaced`. */
    _: "messages.exportedChatInviteReplaced";
    /** The replaced chat invite */
    invite: TypeExportedChatInvite;
    /** The invite that replaces the previous invite */
    newInvite: TypeExportedChatInvite;
    /** Mentioned users */
    users: TypeUser[];
}
/**
 * Info about chat invites exported by a certain admin.
 *
 * Constructor of `messages.ExportedChatInvites`; its id is `0xbdc62dcc`.
 * ```tl
 * messages.exportedChatInvites#bdc62dcc count:int invites:Vector<ExportedChatInvite> users:Vector<User> = messages.ExportedChatInvites;
 * ```
 * Declared at schema/api.tl:1152.
 */
export interface MessagesExportedChatInvites {
    /** TL constructor `messages.exportedChatInvites`. */
    _: "messages.exportedChatInvites";
    /** Number of invites exported by the admin */
    count: number;
    /** Exported invites */
    invites: TypeExportedChatInvite[];
    /** Info about the admin */
    users: TypeUser[];
}
/**
 * Contains info about successfully or unsuccessfully [invited »](https://corefork.telegram.org/api/invites#direct-invites) users.
 *
 * Constructor of `messages.InvitedUsers`; its id is `0x7f5defa6`.
 * ```tl
 * messages.invitedUsers#7f5defa6 updates:Updates missing_invitees:Vector<MissingInvitee> = messages.InvitedUsers;
 * ```
 * Declared at schema/api.tl:1428.
 */
export interface MessagesInvitedUsers {
    /** TL constructor `messages.invitedUsers`. */
    _: "messages.invitedUsers";
    /** List of updates about successfully invited users (and eventually info about the created group) */
    updates: TypeUpdates;
    /** A list of users that could not be invited, along with the reason why they couldn't be invited. */
    missingInvitees: TypeMissingInvitee[];
}
/**
 * Stickerset and stickers inside it
 *
 * Constructor of `messages.StickerSet`; its id is `0x6e153f16`.
 * ```tl
 * messages.stickerSet#6e153f16 set:StickerSet packs:Vector<StickerPack> keywords:Vector<StickerKeyword> documents:Vector<Document> = messages.StickerSet;
 * ```
 * Declared at schema/api.tl:598.
 */
export interface MessagesStickerSet {
    /** TL constructor `messages.stickerSet`. */
    _: "messages.stickerSet";
    /** The stickerset */
    set: TypeStickerSet;
    /** Emoji info for stickers */
    packs: TypeStickerPack[];
    /** Keywords for some or every sticker in the stickerset. */
    keywords: TypeStickerKeyword[];
    /** Stickers in stickerset */
    documents: TypeDocument[];
}
/**
 * The stickerset hasn't changed
 *
 * Constructor of `messages.StickerSet`; its id is `0xd3f924eb`.
 * ```tl
 * messages.stickerSetNotModified#d3f924eb = messages.StickerSet;
 * ```
 * Declared at schema/api.tl:599.
 */
export interface MessagesStickerSetNotModified {
    /** TL constructor `messages.stickerSetNotModified`. */
    _: "messages.stickerSetNotModified";
}
/**
 * Info about why a specific user could not be [invited »](https://corefork.telegram.org/api/invites#direct-invites).
 *
 * Constructor of `MissingInvitee`; its id is `0x628c9224`.
 * ```tl
 * missingInvitee#628c9224 flags:# premium_would_allow_invite:flags.0?true premium_required_for_pm:flags.1?true user_id:long = MissingInvitee;
 * ```
 * Declared at schema/api.tl:1427.
 */
export interface MissingInvitee {
    /** TL constructor `missingInvitee`. */
    _: "missingInvitee";
    /**
     * If set, we could not add the user _only because_ the current account needs to purchase a [Telegram Premium](https://corefork.telegram.org/api/premium) subscription to complete the operation.
     *
     * Optional: bit 0 of `flags` (TL `premium_would_allow_invite:flags.0?…`).
     */
    premiumWouldAllowInvite?: boolean;
    /**
     * If set, we could not add the user because of their privacy settings, and additionally, the current account needs to purchase a [Telegram Premium](https://corefork.telegram.org/api/premium) subscription to directly share an invite link with the user via a private message.
     *
     * Optional: bit 1 of `flags` (TL `premium_required_for_pm:flags.1?…`).
     */
    premiumRequiredForPm?: boolean;
    /** ID of the user. If neither of the flags below are set, we could not add the user because of their privacy settings, and we can create and directly share an [invite link](https://corefork.telegram.org/api/invites#invite-links) with them using a normal message, instead. */
    userId: bigint;
}
/**
 * Indicates the default notification sound should be used
 *
 * Constructor of `NotificationSound`; its id is `0x97e8bebe`.
 * ```tl
 * notificationSoundDefault#97e8bebe = NotificationSound;
 * ```
 * Declared at schema/api.tl:1212.
 */
export interface NotificationSoundDefault {
    /** TL constructor `notificationSoundDefault`. */
    _: "notificationSoundDefault";
}
/**
 * Indicates a specific local notification sound should be used
 *
 * Constructor of `NotificationSound`; its id is `0x830b9ae4`.
 * ```tl
 * notificationSoundLocal#830b9ae4 title:string data:string = NotificationSound;
 * ```
 * Declared at schema/api.tl:1214.
 */
export interface NotificationSoundLocal {
    /** TL constructor `notificationSoundLocal`. */
    _: "notificationSoundLocal";
    /** Notification sound title */
    title: string;
    /** Notification sound identifier (arbitrary data used by the client to identify a specific local notification sound) */
    data: string;
}
/**
 * No notification sound should be used
 *
 * Constructor of `NotificationSound`; its id is `0x6f0c34df`.
 * ```tl
 * notificationSoundNone#6f0c34df = NotificationSound;
 * ```
 * Declared at schema/api.tl:1213.
 */
export interface NotificationSoundNone {
    /** TL constructor `notificationSoundNone`. */
    _: "notificationSoundNone";
}
/**
 * A specific previously uploaded notification sound should be used
 *
 * Constructor of `NotificationSound`; its id is `0xff6c8049`.
 * ```tl
 * notificationSoundRingtone#ff6c8049 id:long = NotificationSound;
 * ```
 * Declared at schema/api.tl:1215.
 */
export interface NotificationSoundRingtone {
    /** TL constructor `notificationSoundRingtone`. */
    _: "notificationSoundRingtone";
    /** Document ID of notification sound uploaded using {@link account.RawUploadRingtoneRequest} */
    id: bigint;
}
/**
 * Channel notification settings
 *
 * Constructor of `NotifyPeer`; its id is `0xd612e8ef`.
 * ```tl
 * notifyBroadcasts#d612e8ef = NotifyPeer;
 * ```
 * Declared at schema/api.tl:477.
 */
export interface NotifyBroadcasts {
    /** TL constructor `notifyBroadcasts`. */
    _: "notifyBroadcasts";
}
/**
 * Notifications generated by all groups.
 *
 * Constructor of `NotifyPeer`; its id is `0xc007cec3`.
 * ```tl
 * notifyChats#c007cec3 = NotifyPeer;
 * ```
 * Declared at schema/api.tl:476.
 */
export interface NotifyChats {
    /** TL constructor `notifyChats`. */
    _: "notifyChats";
}
/**
 * Notifications generated by a [topic](https://corefork.telegram.org/api/forum#forum-topics) in a [forum](https://corefork.telegram.org/api/forum).
 *
 * Constructor of `NotifyPeer`; its id is `0x226e6308`.
 * ```tl
 * notifyForumTopic#226e6308 peer:Peer top_msg_id:int = NotifyPeer;
 * ```
 * Declared at schema/api.tl:478.
 */
export interface NotifyForumTopic {
    /** TL constructor `notifyForumTopic`. */
    _: "notifyForumTopic";
    /** Forum ID */
    peer: TypePeer;
    /** [Topic ID](https://corefork.telegram.org/api/forum#forum-topics) */
    topMsgId: number;
}
/**
 * Notifications generated by a certain user or group.
 *
 * Constructor of `NotifyPeer`; its id is `0x9fd40bd8`.
 * ```tl
 * notifyPeer#9fd40bd8 peer:Peer = NotifyPeer;
 * ```
 * Declared at schema/api.tl:474.
 */
export interface NotifyPeer {
    /** TL constructor `notifyPeer`. */
    _: "notifyPeer";
    /** user or group */
    peer: TypePeer;
}
/**
 * Notifications generated by all users.
 *
 * Constructor of `NotifyPeer`; its id is `0xb4c83b4c`.
 * ```tl
 * notifyUsers#b4c83b4c = NotifyPeer;
 * ```
 * Declared at schema/api.tl:475.
 */
export interface NotifyUsers {
    /** TL constructor `notifyUsers`. */
    _: "notifyUsers";
}
/**
 * [Instant view](https://instantview.telegram.org/) page
 *
 * Constructor of `Page`; its id is `0x98657f0d`.
 * ```tl
 * page#98657f0d flags:# part:flags.0?true rtl:flags.1?true v2:flags.2?true url:string blocks:Vector<PageBlock> photos:Vector<Photo> documents:Vector<Document> views:flags.3?int = Page;
 * ```
 * Declared at schema/api.tl:1035.
 */
export interface Page {
    /** TL constructor `page`. */
    _: "page";
    /**
     * Indicates that not full page preview is available to the client and it will need to fetch full Instant View from the server using {@link messages.RawGetWebPagePreviewRequest}.
     *
     * Optional: bit 0 of `flags` (TL `part:flags.0?…`).
     */
    part?: boolean;
    /**
     * Whether the page contains RTL text
     *
     * Optional: bit 1 of `flags` (TL `rtl:flags.1?…`).
     */
    rtl?: boolean;
    /**
     * Whether this is an [IV v2](https://instantview.telegram.org/docs#what-39s-new-in-2-0) page
     *
     * Optional: bit 2 of `flags` (TL `v2:flags.2?…`).
     */
    v2?: boolean;
    /** Original page HTTP URL */
    url: string;
    /** Page elements (like with HTML elements, only as TL constructors) */
    blocks: TypePageBlock[];
    /** Photos in page */
    photos: TypePhoto[];
    /** Media in page */
    documents: TypeDocument[];
    /**
     * View count
     *
     * Optional: bit 3 of `flags` (TL `views:flags.3?…`).
     */
    views?: number;
}
/**
 * Link to section within the page itself (like `[anchor](#target)`)
 *
 * Constructor of `PageBlock`; its id is `0xce0d37b0`.
 * ```tl
 * pageBlockAnchor#ce0d37b0 name:string = PageBlock;
 * ```
 * Declared at schema/api.tl:803.
 */
export interface PageBlockAnchor {
    /** TL constructor `pageBlockAnchor`. */
    _: "pageBlockAnchor";
    /** Name of target section */
    name: string;
}
/**
 * Audio
 *
 * Constructor of `PageBlock`; its id is `0x804361ea`.
 * ```tl
 * pageBlockAudio#804361ea audio_id:long caption:PageCaption = PageBlock;
 * ```
 * Declared at schema/api.tl:815.
 */
export interface PageBlockAudio {
    /** TL constructor `pageBlockAudio`. */
    _: "pageBlockAudio";
    /** Audio ID (to be fetched from the container {@link RawPage} constructor */
    audioId: bigint;
    /** Audio caption */
    caption: TypePageCaption;
}
/**
 * Author and date of creation of article
 *
 * Constructor of `PageBlock`; its id is `0xbaafe5e0`.
 * ```tl
 * pageBlockAuthorDate#baafe5e0 author:RichText published_date:int = PageBlock;
 * ```
 * Declared at schema/api.tl:796.
 */
export interface PageBlockAuthorDate {
    /** TL constructor `pageBlockAuthorDate`. */
    _: "pageBlockAuthorDate";
    /** Author name */
    author: TypeRichText;
    /** Date of publication */
    publishedDate: number;
}
/**
 * Quote (equivalent to the HTML ``)
 *
 * Constructor of `PageBlock`; its id is `0x263d7c26`.
 * ```tl
 * pageBlockBlockquote#263d7c26 text:RichText caption:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:805.
 */
export interface PageBlockBlockquote {
    /** TL constructor `pageBlockBlockquote`. */
    _: "pageBlockBlockquote";
    /** Quote contents */
    text: TypeRichText;
    /** Caption */
    caption: TypeRichText;
}
/**
 * Constructor of `PageBlock`; its id is `0x0e6e47c4`.
 * ```tl
 * pageBlockBlockquoteBlocks#0e6e47c4 blocks:Vector<PageBlock> caption:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:831.
 */
export interface PageBlockBlockquoteBlocks {
    /** TL constructor `pageBlockBlockquoteBlocks`. */
    _: "pageBlockBlockquoteBlocks";
    /** TL field `blocks`. */
    blocks: TypePageBlock[];
    /** TL field `caption`. */
    caption: TypeRichText;
}
/**
 * Reference to a telegram channel
 *
 * Constructor of `PageBlock`; its id is `0xef1751b5`.
 * ```tl
 * pageBlockChannel#ef1751b5 channel:Chat = PageBlock;
 * ```
 * Declared at schema/api.tl:814.
 */
export interface PageBlockChannel {
    /** TL constructor `pageBlockChannel`. */
    _: "pageBlockChannel";
    /** The channel/supergroup/chat */
    channel: TypeChat;
}
/**
 * Collage of media
 *
 * Constructor of `PageBlock`; its id is `0x65a0fa4d`.
 * ```tl
 * pageBlockCollage#65a0fa4d items:Vector<PageBlock> caption:PageCaption = PageBlock;
 * ```
 * Declared at schema/api.tl:812.
 */
export interface PageBlockCollage {
    /** TL constructor `pageBlockCollage`. */
    _: "pageBlockCollage";
    /** Media elements */
    items: TypePageBlock[];
    /** Caption */
    caption: TypePageCaption;
}
/**
 * A page cover
 *
 * Constructor of `PageBlock`; its id is `0x39f23300`.
 * ```tl
 * pageBlockCover#39f23300 cover:PageBlock = PageBlock;
 * ```
 * Declared at schema/api.tl:809.
 */
export interface PageBlockCover {
    /** TL constructor `pageBlockCover`. */
    _: "pageBlockCover";
    /** Cover */
    cover: TypePageBlock;
}
/**
 * A collapsible details block
 *
 * Constructor of `PageBlock`; its id is `0x76768bed`.
 * ```tl
 * pageBlockDetails#76768bed flags:# open:flags.0?true blocks:Vector<PageBlock> title:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:819.
 */
export interface PageBlockDetails {
    /** TL constructor `pageBlockDetails`. */
    _: "pageBlockDetails";
    /**
     * Whether the block is open by default
     *
     * Optional: bit 0 of `flags` (TL `open:flags.0?…`).
     */
    open?: boolean;
    /** Block contents */
    blocks: TypePageBlock[];
    /** Always visible heading for the block */
    title: TypeRichText;
}
/**
 * An empty block separating a page
 *
 * Constructor of `PageBlock`; its id is `0xdb20b188`.
 * ```tl
 * pageBlockDivider#db20b188 = PageBlock;
 * ```
 * Declared at schema/api.tl:802.
 */
export interface PageBlockDivider {
    /** TL constructor `pageBlockDivider`. */
    _: "pageBlockDivider";
}
/**
 * An embedded webpage
 *
 * Constructor of `PageBlock`; its id is `0xa8718dc5`.
 * ```tl
 * pageBlockEmbed#a8718dc5 flags:# full_width:flags.0?true allow_scrolling:flags.3?true url:flags.1?string html:flags.2?string poster_photo_id:flags.4?long w:flags.5?int h:flags.5?int caption:PageCaption = PageBlock;
 * ```
 * Declared at schema/api.tl:810.
 */
export type PageBlockEmbed = {
    /**
     * TL constructor `pageBlockEmbed`.
     */
    _: "pageBlockEmbed";
    /**
     * Whether the block should be full width
     *
     * Optional: bit 0 of `flags` (TL `full_width:flags.0?…`).
     */
    fullWidth?: boolean;
    /**
     * Whether scrolling should be allowed
     *
     * Optional: bit 3 of `flags` (TL `allow_scrolling:flags.3?…`).
     */
    allowScrolling?: boolean;
    /**
     * Web page URL, if available
     *
     * Optional: bit 1 of `flags` (TL `url:flags.1?…`).
     */
    url?: string;
    /**
     * HTML-markup of the embedded page
     *
     * Optional: bit 2 of `flags` (TL `html:flags.2?…`).
     */
    html?: string;
    /**
     * Poster photo, if available
     *
     * Optional: bit 4 of `flags` (TL `poster_photo_id:flags.4?…`).
     */
    posterPhotoId?: bigint;
    /**
     * Caption
     */
    caption: TypePageCaption;
} & ({
    /**
     * Block width, if known
     *
     * Optional: bit 5 of `flags` (TL `w:flags.5?…`).
     *
     * Shares its flag bit with `w`, `h`: give all of the value fields or none (checked in the types and at runtime).
     */
    w: number;
    /**
     * Block height, if known
     *
     * Optional: bit 5 of `flags` (TL `h:flags.5?…`).
     *
     * Shares its flag bit with `w`, `h`: give all of the value fields or none (checked in the types and at runtime).
     */
    h: number;
} | {
    /**
     * Given together with `h`, or not at all.
     */
    w?: undefined;
    /**
     * Given together with `w`, or not at all.
     */
    h?: undefined;
});
/**
 * An embedded post
 *
 * Constructor of `PageBlock`; its id is `0xf259a80b`.
 * ```tl
 * pageBlockEmbedPost#f259a80b url:string webpage_id:long author_photo_id:long author:string date:int blocks:Vector<PageBlock> caption:PageCaption = PageBlock;
 * ```
 * Declared at schema/api.tl:811.
 */
export interface PageBlockEmbedPost {
    /** TL constructor `pageBlockEmbedPost`. */
    _: "pageBlockEmbedPost";
    /** Web page URL */
    url: string;
    /** ID of generated webpage preview */
    webpageId: bigint;
    /** ID of the author's photo */
    authorPhotoId: bigint;
    /** Author name */
    author: string;
    /** Creation date */
    date: number;
    /** Post contents */
    blocks: TypePageBlock[];
    /** Caption */
    caption: TypePageCaption;
}
/**
 * Page footer
 *
 * Constructor of `PageBlock`; its id is `0x48870999`.
 * ```tl
 * pageBlockFooter#48870999 text:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:801.
 */
export interface PageBlockFooter {
    /** TL constructor `pageBlockFooter`. */
    _: "pageBlockFooter";
    /** Contents */
    text: TypeRichText;
}
/**
 * Page header
 *
 * Constructor of `PageBlock`; its id is `0xbfd064ec`.
 * ```tl
 * pageBlockHeader#bfd064ec text:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:797.
 */
export interface PageBlockHeader {
    /** TL constructor `pageBlockHeader`. */
    _: "pageBlockHeader";
    /** Contents */
    text: TypeRichText;
}
/**
 * Constructor of `PageBlock`; its id is `0xbaff072f`.
 * ```tl
 * pageBlockHeading1#baff072f text:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:822.
 */
export interface PageBlockHeading1 {
    /** TL constructor `pageBlockHeading1`. */
    _: "pageBlockHeading1";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * Constructor of `PageBlock`; its id is `0x096b2aec`.
 * ```tl
 * pageBlockHeading2#096b2aec text:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:823.
 */
export interface PageBlockHeading2 {
    /** TL constructor `pageBlockHeading2`. */
    _: "pageBlockHeading2";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * Constructor of `PageBlock`; its id is `0x67e731ad`.
 * ```tl
 * pageBlockHeading3#67e731ad text:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:824.
 */
export interface PageBlockHeading3 {
    /** TL constructor `pageBlockHeading3`. */
    _: "pageBlockHeading3";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * Constructor of `PageBlock`; its id is `0xb532772b`.
 * ```tl
 * pageBlockHeading4#b532772b text:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:825.
 */
export interface PageBlockHeading4 {
    /** TL constructor `pageBlockHeading4`. */
    _: "pageBlockHeading4";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * Constructor of `PageBlock`; its id is `0xdbbe6c6a`.
 * ```tl
 * pageBlockHeading5#dbbe6c6a text:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:826.
 */
export interface PageBlockHeading5 {
    /** TL constructor `pageBlockHeading5`. */
    _: "pageBlockHeading5";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * Constructor of `PageBlock`; its id is `0x682a41a9`.
 * ```tl
 * pageBlockHeading6#682a41a9 text:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:827.
 */
export interface PageBlockHeading6 {
    /** TL constructor `pageBlockHeading6`. */
    _: "pageBlockHeading6";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * Kicker
 *
 * Constructor of `PageBlock`; its id is `0x1e148390`.
 * ```tl
 * pageBlockKicker#1e148390 text:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:816.
 */
export interface PageBlockKicker {
    /** TL constructor `pageBlockKicker`. */
    _: "pageBlockKicker";
    /** Contents */
    text: TypeRichText;
}
/**
 * Unordered list of IV blocks
 *
 * Constructor of `PageBlock`; its id is `0xe4e88011`.
 * ```tl
 * pageBlockList#e4e88011 items:Vector<PageListItem> = PageBlock;
 * ```
 * Declared at schema/api.tl:804.
 */
export interface PageBlockList {
    /** TL constructor `pageBlockList`. */
    _: "pageBlockList";
    /** List of blocks in an IV page */
    items: TypePageListItem[];
}
/**
 * A map
 *
 * Constructor of `PageBlock`; its id is `0xa44f3ef6`.
 * ```tl
 * pageBlockMap#a44f3ef6 geo:GeoPoint zoom:int w:int h:int caption:PageCaption = PageBlock;
 * ```
 * Declared at schema/api.tl:821.
 */
export interface PageBlockMap {
    /** TL constructor `pageBlockMap`. */
    _: "pageBlockMap";
    /** Location of the map center */
    geo: TypeGeoPoint;
    /** Map zoom level; 13-20 */
    zoom: number;
    /** Map width in pixels before applying scale; 16-102 */
    w: number;
    /** Map height in pixels before applying scale; 16-1024 */
    h: number;
    /** Caption */
    caption: TypePageCaption;
}
/**
 * Constructor of `PageBlock`; its id is `0x59080c20`.
 * ```tl
 * pageBlockMath#59080c20 source:string = PageBlock;
 * ```
 * Declared at schema/api.tl:828.
 */
export interface PageBlockMath {
    /** TL constructor `pageBlockMath`. */
    _: "pageBlockMath";
    /** TL field `source`. */
    source: string;
}
/**
 * Ordered list of IV blocks
 *
 * Constructor of `PageBlock`; its id is `0x1fd6f6c1`.
 * ```tl
 * pageBlockOrderedList#1fd6f6c1 flags:# reversed:flags.2?true items:Vector<PageListOrderedItem> start:flags.0?int type:flags.1?string = PageBlock;
 * ```
 * Declared at schema/api.tl:818.
 */
export interface PageBlockOrderedList {
    /** TL constructor `pageBlockOrderedList`. */
    _: "pageBlockOrderedList";
    /** Optional: bit 2 of `flags` (TL `reversed:flags.2?…`). */
    reversed?: boolean;
    /** List items */
    items: TypePageListOrderedItem[];
    /** Optional: bit 0 of `flags` (TL `start:flags.0?…`). */
    start?: number;
    /** Optional: bit 1 of `flags` (TL `type:flags.1?…`). */
    type?: string;
}
/**
 * A paragraph
 *
 * Constructor of `PageBlock`; its id is `0x467a0766`.
 * ```tl
 * pageBlockParagraph#467a0766 text:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:799.
 */
export interface PageBlockParagraph {
    /** TL constructor `pageBlockParagraph`. */
    _: "pageBlockParagraph";
    /** Text */
    text: TypeRichText;
}
/**
 * A photo
 *
 * Constructor of `PageBlock`; its id is `0x1759c560`.
 * ```tl
 * pageBlockPhoto#1759c560 flags:# spoiler:flags.1?true photo_id:long caption:PageCaption url:flags.0?string webpage_id:flags.0?long = PageBlock;
 * ```
 * Declared at schema/api.tl:807.
 */
export type PageBlockPhoto = {
    /**
     * TL constructor `pageBlockPhoto`.
     */
    _: "pageBlockPhoto";
    /**
     * Optional: bit 1 of `flags` (TL `spoiler:flags.1?…`).
     */
    spoiler?: boolean;
    /**
     * Photo ID
     */
    photoId: bigint;
    /**
     * Caption
     */
    caption: TypePageCaption;
} & ({
    /**
     * HTTP URL of page the photo leads to when clicked
     *
     * Optional: bit 0 of `flags` (TL `url:flags.0?…`).
     *
     * Shares its flag bit with `url`, `webpageId`: give all of the value fields or none (checked in the types and at runtime).
     */
    url: string;
    /**
     * ID of preview of the page the photo leads to when clicked
     *
     * Optional: bit 0 of `flags` (TL `webpage_id:flags.0?…`).
     *
     * Shares its flag bit with `url`, `webpageId`: give all of the value fields or none (checked in the types and at runtime).
     */
    webpageId: bigint;
} | {
    /**
     * Given together with `webpageId`, or not at all.
     */
    url?: undefined;
    /**
     * Given together with `url`, or not at all.
     */
    webpageId?: undefined;
});
/**
 * Preformatted (`` text)
 *
 * Constructor of `PageBlock`; its id is `0xc070d93e`.
 * ```tl
 * pageBlockPreformatted#c070d93e text:RichText language:string = PageBlock;
 * ```
 * Declared at schema/api.tl:800.
 */
export interface PageBlockPreformatted {
    /** TL constructor `pageBlockPreformatted`. */
    _: "pageBlockPreformatted";
    /** Text */
    text: TypeRichText;
    /** Programming language of preformatted text */
    language: string;
}
/**
 * Pullquote
 *
 * Constructor of `PageBlock`; its id is `0x4f4456d3`.
 * ```tl
 * pageBlockPullquote#4f4456d3 text:RichText caption:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:806.
 */
export interface PageBlockPullquote {
    /** TL constructor `pageBlockPullquote`. */
    _: "pageBlockPullquote";
    /** Text */
    text: TypeRichText;
    /** Caption */
    caption: TypeRichText;
}
/**
 * Related articles
 *
 * Constructor of `PageBlock`; its id is `0x16115a96`.
 * ```tl
 * pageBlockRelatedArticles#16115a96 title:RichText articles:Vector<PageRelatedArticle> = PageBlock;
 * ```
 * Declared at schema/api.tl:820.
 */
export interface PageBlockRelatedArticles {
    /** TL constructor `pageBlockRelatedArticles`. */
    _: "pageBlockRelatedArticles";
    /** Title */
    title: TypeRichText;
    /** Related articles */
    articles: TypePageRelatedArticle[];
}
/**
 * Slideshow
 *
 * Constructor of `PageBlock`; its id is `0x031f9590`.
 * ```tl
 * pageBlockSlideshow#031f9590 items:Vector<PageBlock> caption:PageCaption = PageBlock;
 * ```
 * Declared at schema/api.tl:813.
 */
export interface PageBlockSlideshow {
    /** TL constructor `pageBlockSlideshow`. */
    _: "pageBlockSlideshow";
    /** Slideshow items */
    items: TypePageBlock[];
    /** Caption */
    caption: TypePageCaption;
}
/**
 * Subheader
 *
 * Constructor of `PageBlock`; its id is `0xf12bb6e1`.
 * ```tl
 * pageBlockSubheader#f12bb6e1 text:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:798.
 */
export interface PageBlockSubheader {
    /** TL constructor `pageBlockSubheader`. */
    _: "pageBlockSubheader";
    /** Subheader */
    text: TypeRichText;
}
/**
 * Subtitle
 *
 * Constructor of `PageBlock`; its id is `0x8ffa9a1f`.
 * ```tl
 * pageBlockSubtitle#8ffa9a1f text:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:795.
 */
export interface PageBlockSubtitle {
    /** TL constructor `pageBlockSubtitle`. */
    _: "pageBlockSubtitle";
    /** Text */
    text: TypeRichText;
}
/**
 * Table
 *
 * Constructor of `PageBlock`; its id is `0xbf4dea82`.
 * ```tl
 * pageBlockTable#bf4dea82 flags:# bordered:flags.0?true striped:flags.1?true title:RichText rows:Vector<PageTableRow> = PageBlock;
 * ```
 * Declared at schema/api.tl:817.
 */
export interface PageBlockTable {
    /** TL constructor `pageBlockTable`. */
    _: "pageBlockTable";
    /**
     * Does the table have a visible border?
     *
     * Optional: bit 0 of `flags` (TL `bordered:flags.0?…`).
     */
    bordered?: boolean;
    /**
     * Is the table striped?
     *
     * Optional: bit 1 of `flags` (TL `striped:flags.1?…`).
     */
    striped?: boolean;
    /** Title */
    title: TypeRichText;
    /** Table rows */
    rows: TypePageTableRow[];
}
/**
 * Constructor of `PageBlock`; its id is `0x3c29a3e2`.
 * ```tl
 * pageBlockThinking#3c29a3e2 text:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:829.
 */
export interface PageBlockThinking {
    /** TL constructor `pageBlockThinking`. */
    _: "pageBlockThinking";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * Title
 *
 * Constructor of `PageBlock`; its id is `0x70abc3fd`.
 * ```tl
 * pageBlockTitle#70abc3fd text:RichText = PageBlock;
 * ```
 * Declared at schema/api.tl:794.
 */
export interface PageBlockTitle {
    /** TL constructor `pageBlockTitle`. */
    _: "pageBlockTitle";
    /** Title */
    text: TypeRichText;
}
/**
 * Unsupported IV element
 *
 * Constructor of `PageBlock`; its id is `0x13567e8a`.
 * ```tl
 * pageBlockUnsupported#13567e8a = PageBlock;
 * ```
 * Declared at schema/api.tl:793.
 */
export interface PageBlockUnsupported {
    /** TL constructor `pageBlockUnsupported`. */
    _: "pageBlockUnsupported";
}
/**
 * Video
 *
 * Constructor of `PageBlock`; its id is `0x7c8fe7b6`.
 * ```tl
 * pageBlockVideo#7c8fe7b6 flags:# autoplay:flags.0?true loop:flags.1?true spoiler:flags.2?true video_id:long caption:PageCaption = PageBlock;
 * ```
 * Declared at schema/api.tl:808.
 */
export interface PageBlockVideo {
    /** TL constructor `pageBlockVideo`. */
    _: "pageBlockVideo";
    /**
     * Whether the video is set to autoplay
     *
     * Optional: bit 0 of `flags` (TL `autoplay:flags.0?…`).
     */
    autoplay?: boolean;
    /**
     * Whether the video is set to loop
     *
     * Optional: bit 1 of `flags` (TL `loop:flags.1?…`).
     */
    loop?: boolean;
    /** Optional: bit 2 of `flags` (TL `spoiler:flags.2?…`). */
    spoiler?: boolean;
    /** Video ID */
    videoId: bigint;
    /** Caption */
    caption: TypePageCaption;
}
/**
 * Page caption
 *
 * Constructor of `PageCaption`; its id is `0x6f747657`.
 * ```tl
 * pageCaption#6f747657 text:RichText credit:RichText = PageCaption;
 * ```
 * Declared at schema/api.tl:1029.
 */
export interface PageCaption {
    /** TL constructor `pageCaption`. */
    _: "pageCaption";
    /** Caption */
    text: TypeRichText;
    /** Credits */
    credit: TypeRichText;
}
/**
 * List item
 *
 * Constructor of `PageListItem`; its id is `0x63ca67aa`.
 * ```tl
 * pageListItemBlocks#63ca67aa flags:# checkbox:flags.0?true checked:flags.1?true blocks:Vector<PageBlock> = PageListItem;
 * ```
 * Declared at schema/api.tl:1031.
 */
export interface PageListItemBlocks {
    /** TL constructor `pageListItemBlocks`. */
    _: "pageListItemBlocks";
    /** Optional: bit 0 of `flags` (TL `checkbox:flags.0?…`). */
    checkbox?: boolean;
    /** Optional: bit 1 of `flags` (TL `checked:flags.1?…`). */
    checked?: boolean;
    /** Blocks */
    blocks: TypePageBlock[];
}
/**
 * List item
 *
 * Constructor of `PageListItem`; its id is `0x2f58683c`.
 * ```tl
 * pageListItemText#2f58683c flags:# checkbox:flags.0?true checked:flags.1?true text:RichText = PageListItem;
 * ```
 * Declared at schema/api.tl:1030.
 */
export interface PageListItemText {
    /** TL constructor `pageListItemText`. */
    _: "pageListItemText";
    /** Optional: bit 0 of `flags` (TL `checkbox:flags.0?…`). */
    checkbox?: boolean;
    /** Optional: bit 1 of `flags` (TL `checked:flags.1?…`). */
    checked?: boolean;
    /** Text */
    text: TypeRichText;
}
/**
 * Ordered list of [IV](https://instantview.telegram.org/) blocks
 *
 * Constructor of `PageListOrderedItem`; its id is `0x8ff2d5f0`.
 * ```tl
 * pageListOrderedItemBlocks#8ff2d5f0 flags:# checkbox:flags.0?true checked:flags.1?true num:flags.2?string blocks:Vector<PageBlock> value:flags.3?int type:flags.4?string = PageListOrderedItem;
 * ```
 * Declared at schema/api.tl:1033.
 */
export interface PageListOrderedItemBlocks {
    /** TL constructor `pageListOrderedItemBlocks`. */
    _: "pageListOrderedItemBlocks";
    /** Optional: bit 0 of `flags` (TL `checkbox:flags.0?…`). */
    checkbox?: boolean;
    /** Optional: bit 1 of `flags` (TL `checked:flags.1?…`). */
    checked?: boolean;
    /**
     * Number of element within ordered list
     *
     * Optional: bit 2 of `flags` (TL `num:flags.2?…`).
     */
    num?: string;
    /** Item contents */
    blocks: TypePageBlock[];
    /** Optional: bit 3 of `flags` (TL `value:flags.3?…`). */
    value?: number;
    /** Optional: bit 4 of `flags` (TL `type:flags.4?…`). */
    type?: string;
}
/**
 * Ordered list of text items
 *
 * Constructor of `PageListOrderedItem`; its id is `0x15031189`.
 * ```tl
 * pageListOrderedItemText#15031189 flags:# checkbox:flags.0?true checked:flags.1?true num:flags.2?string text:RichText value:flags.3?int type:flags.4?string = PageListOrderedItem;
 * ```
 * Declared at schema/api.tl:1032.
 */
export interface PageListOrderedItemText {
    /** TL constructor `pageListOrderedItemText`. */
    _: "pageListOrderedItemText";
    /** Optional: bit 0 of `flags` (TL `checkbox:flags.0?…`). */
    checkbox?: boolean;
    /** Optional: bit 1 of `flags` (TL `checked:flags.1?…`). */
    checked?: boolean;
    /**
     * Number of element within ordered list
     *
     * Optional: bit 2 of `flags` (TL `num:flags.2?…`).
     */
    num?: string;
    /** Text */
    text: TypeRichText;
    /** Optional: bit 3 of `flags` (TL `value:flags.3?…`). */
    value?: number;
    /** Optional: bit 4 of `flags` (TL `type:flags.4?…`). */
    type?: string;
}
/**
 * Related article
 *
 * Constructor of `PageRelatedArticle`; its id is `0xb390dc08`.
 * ```tl
 * pageRelatedArticle#b390dc08 flags:# url:string webpage_id:long title:flags.0?string description:flags.1?string photo_id:flags.2?long author:flags.3?string published_date:flags.4?int = PageRelatedArticle;
 * ```
 * Declared at schema/api.tl:1034.
 */
export interface PageRelatedArticle {
    /** TL constructor `pageRelatedArticle`. */
    _: "pageRelatedArticle";
    /** URL of article */
    url: string;
    /** Webpage ID of generated IV preview */
    webpageId: bigint;
    /**
     * Title
     *
     * Optional: bit 0 of `flags` (TL `title:flags.0?…`).
     */
    title?: string;
    /**
     * Description
     *
     * Optional: bit 1 of `flags` (TL `description:flags.1?…`).
     */
    description?: string;
    /**
     * ID of preview photo
     *
     * Optional: bit 2 of `flags` (TL `photo_id:flags.2?…`).
     */
    photoId?: bigint;
    /**
     * Author name
     *
     * Optional: bit 3 of `flags` (TL `author:flags.3?…`).
     */
    author?: string;
    /**
     * Date of publication
     *
     * Optional: bit 4 of `flags` (TL `published_date:flags.4?…`).
     */
    publishedDate?: number;
}
/**
 * Table cell
 *
 * Constructor of `PageTableCell`; its id is `0x34566b6a`.
 * ```tl
 * pageTableCell#34566b6a flags:# header:flags.0?true align_center:flags.3?true align_right:flags.4?true valign_middle:flags.5?true valign_bottom:flags.6?true text:flags.7?RichText colspan:flags.1?int rowspan:flags.2?int = PageTableCell;
 * ```
 * Declared at schema/api.tl:1027.
 */
export interface PageTableCell {
    /** TL constructor `pageTableCell`. */
    _: "pageTableCell";
    /**
     * Is this element part of the column header
     *
     * Optional: bit 0 of `flags` (TL `header:flags.0?…`).
     */
    header?: boolean;
    /**
     * Horizontally centered block
     *
     * Optional: bit 3 of `flags` (TL `align_center:flags.3?…`).
     */
    alignCenter?: boolean;
    /**
     * Right-aligned block
     *
     * Optional: bit 4 of `flags` (TL `align_right:flags.4?…`).
     */
    alignRight?: boolean;
    /**
     * Vertically centered block
     *
     * Optional: bit 5 of `flags` (TL `valign_middle:flags.5?…`).
     */
    valignMiddle?: boolean;
    /**
     * Block vertically-aligned to the bottom
     *
     * Optional: bit 6 of `flags` (TL `valign_bottom:flags.6?…`).
     */
    valignBottom?: boolean;
    /**
     * Content
     *
     * Optional: bit 7 of `flags` (TL `text:flags.7?…`).
     */
    text?: TypeRichText;
    /**
     * For how many columns should this cell extend
     *
     * Optional: bit 1 of `flags` (TL `colspan:flags.1?…`).
     */
    colspan?: number;
    /**
     * For how many rows should this cell extend
     *
     * Optional: bit 2 of `flags` (TL `rowspan:flags.2?…`).
     */
    rowspan?: number;
}
/**
 * Table row
 *
 * Constructor of `PageTableRow`; its id is `0xe0c0c5e5`.
 * ```tl
 * pageTableRow#e0c0c5e5 cells:Vector<PageTableCell> = PageTableRow;
 * ```
 * Declared at schema/api.tl:1028.
 */
export interface PageTableRow {
    /** TL constructor `pageTableRow`. */
    _: "pageTableRow";
    /** Table cells */
    cells: TypePageTableCell[];
}
/**
 * Send paid reactions anonymously.
 *
 * Constructor of `PaidReactionPrivacy`; its id is `0x1f0c1ad9`.
 * ```tl
 * paidReactionPrivacyAnonymous#1f0c1ad9 = PaidReactionPrivacy;
 * ```
 * Declared at schema/api.tl:1512.
 */
export interface PaidReactionPrivacyAnonymous {
    /** TL constructor `paidReactionPrivacyAnonymous`. */
    _: "paidReactionPrivacyAnonymous";
}
/**
 * Uses the default reaction privacy, set using {@link messages.RawTogglePaidReactionPrivacyRequest}.
 *
 * Constructor of `PaidReactionPrivacy`; its id is `0x206ad49e`.
 * ```tl
 * paidReactionPrivacyDefault#206ad49e = PaidReactionPrivacy;
 * ```
 * Declared at schema/api.tl:1511.
 */
export interface PaidReactionPrivacyDefault {
    /** TL constructor `paidReactionPrivacyDefault`. */
    _: "paidReactionPrivacyDefault";
}
/**
 * Send paid reactions as the specified peer, fetched using {@link channels.RawGetSendAsRequest} with the `for_paid_reactions` flag set.
 *
 * Constructor of `PaidReactionPrivacy`; its id is `0xdc6cfcf0`.
 * ```tl
 * paidReactionPrivacyPeer#dc6cfcf0 peer:InputPeer = PaidReactionPrivacy;
 * ```
 * Declared at schema/api.tl:1513.
 */
export interface PaidReactionPrivacyPeer {
    /** TL constructor `paidReactionPrivacyPeer`. */
    _: "paidReactionPrivacyPeer";
    /** The peer to send reactions as. */
    peer: TypeInputPeer;
}
/**
 * Payment identifier
 *
 * Constructor of `PaymentCharge`; its id is `0xea02c27e`.
 * ```tl
 * paymentCharge#ea02c27e id:string provider_charge_id:string = PaymentCharge;
 * ```
 * Declared at schema/api.tl:840.
 */
export interface PaymentCharge {
    /** TL constructor `paymentCharge`. */
    _: "paymentCharge";
    /** Telegram payment identifier */
    id: string;
    /** Provider payment identifier */
    providerChargeId: string;
}
/**
 * Order info provided by the user
 *
 * Constructor of `PaymentRequestedInfo`; its id is `0x909c3f94`.
 * ```tl
 * paymentRequestedInfo#909c3f94 flags:# name:flags.0?string phone:flags.1?string email:flags.2?string shipping_address:flags.3?PostAddress = PaymentRequestedInfo;
 * ```
 * Declared at schema/api.tl:842.
 */
export interface PaymentRequestedInfo {
    /** TL constructor `paymentRequestedInfo`. */
    _: "paymentRequestedInfo";
    /**
     * User's full name
     *
     * Optional: bit 0 of `flags` (TL `name:flags.0?…`).
     */
    name?: string;
    /**
     * User's phone number
     *
     * Optional: bit 1 of `flags` (TL `phone:flags.1?…`).
     */
    phone?: string;
    /**
     * User's email address
     *
     * Optional: bit 2 of `flags` (TL `email:flags.2?…`).
     */
    email?: string;
    /**
     * User's shipping address
     *
     * Optional: bit 3 of `flags` (TL `shipping_address:flags.3?…`).
     */
    shippingAddress?: TypePostAddress;
}
/**
 * Channel/supergroup
 *
 * Constructor of `Peer`; its id is `0xa2a5371e`.
 * ```tl
 * peerChannel#a2a5371e channel_id:long = Peer;
 * ```
 * Declared at schema/api.tl:68.
 */
export interface PeerChannel {
    /** TL constructor `peerChannel`. */
    _: "peerChannel";
    /** Channel ID */
    channelId: bigint;
}
/**
 * Group.
 *
 * Constructor of `Peer`; its id is `0x36c6019a`.
 * ```tl
 * peerChat#36c6019a chat_id:long = Peer;
 * ```
 * Declared at schema/api.tl:67.
 */
export interface PeerChat {
    /** TL constructor `peerChat`. */
    _: "peerChat";
    /** Group identifier */
    chatId: bigint;
}
/**
 * Represents a [color palette »](https://corefork.telegram.org/api/colors).
 *
 * Constructor of `PeerColor`; its id is `0xb54b5acf`.
 * ```tl
 * peerColor#b54b5acf flags:# color:flags.0?int background_emoji_id:flags.1?long = PeerColor;
 * ```
 * Declared at schema/api.tl:1368.
 */
export interface PeerColor {
    /** TL constructor `peerColor`. */
    _: "peerColor";
    /**
     * [Color palette ID, see here »](https://corefork.telegram.org/api/colors) for more info; if not set, the default palette should be used.
     *
     * Optional: bit 0 of `flags` (TL `color:flags.0?…`).
     */
    color?: number;
    /**
     * Optional [custom emoji ID](https://corefork.telegram.org/api/custom-emoji) used to generate the pattern.
     *
     * Optional: bit 1 of `flags` (TL `background_emoji_id:flags.1?…`).
     */
    backgroundEmojiId?: bigint;
}
/**
 * Represents a [color palette »](https://corefork.telegram.org/api/colors) associated to a [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts), see [here »](https://corefork.telegram.org/api/colors#collectible-gift-palettes) for more info.
 *
 * Constructor of `PeerColor`; its id is `0xb9c0639a`.
 * ```tl
 * peerColorCollectible#b9c0639a flags:# collectible_id:long gift_emoji_id:long background_emoji_id:long accent_color:int colors:Vector<int> dark_accent_color:flags.0?int dark_colors:flags.1?Vector<int> = PeerColor;
 * ```
 * Declared at schema/api.tl:1369.
 */
export interface PeerColorCollectible {
    /** TL constructor `peerColorCollectible`. */
    _: "peerColorCollectible";
    /** ID of the [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts). */
    collectibleId: bigint;
    /** [Custom emoji ID »](https://corefork.telegram.org/api/custom-emoji) of the collectible gift: a single copy of this custom emoji should be displayed as-is (without recoloring it, unlike for `background_emoji_id`) in the top-right corner of the palette. */
    giftEmojiId: bigint;
    /** [Custom emoji ID »](https://corefork.telegram.org/api/custom-emoji) used to generate the pattern. */
    backgroundEmojiId: bigint;
    /** Accent color in RGB24 format, used for reply backgrounds and the user's name in messages. */
    accentColor: number;
    /** 1-3 RGB24 colors to be used in the reply strip. */
    colors: number[];
    /**
     * Accent color in RGB24 format, used for reply backgrounds and the user's name in messages in dark mode (fallback to `accent_color` if absent).
     *
     * Optional: bit 0 of `flags` (TL `dark_accent_color:flags.0?…`).
     */
    darkAccentColor?: number;
    /**
     * 1-3 RGB24 colors to be used in the reply strip in dark mode (fallback to `colors` if absent).
     *
     * Optional: bit 1 of `flags` (TL `dark_colors:flags.1?…`).
     */
    darkColors?: number[];
}
/**
 * Peer geolocated nearby
 *
 * Constructor of `PeerLocated`; its id is `0xca461b5d`.
 * ```tl
 * peerLocated#ca461b5d peer:Peer expires:int distance:int = PeerLocated;
 * ```
 * Declared at schema/api.tl:1071.
 */
export interface PeerLocated {
    /** TL constructor `peerLocated`. */
    _: "peerLocated";
    /** Peer */
    peer: TypePeer;
    /** Validity period of current data */
    expires: number;
    /** Distance from the peer in meters */
    distance: number;
}
/**
 * Notification settings.
 *
 * Constructor of `PeerNotifySettings`; its id is `0x99622c0c`.
 * ```tl
 * peerNotifySettings#99622c0c flags:# show_previews:flags.0?Bool silent:flags.1?Bool mute_until:flags.2?int ios_sound:flags.3?NotificationSound android_sound:flags.4?NotificationSound other_sound:flags.5?NotificationSound stories_muted:flags.6?Bool stories_hide_sender:flags.7?Bool stories_ios_sound:flags.8?NotificationSound stories_android_sound:flags.9?NotificationSound stories_other_sound:flags.10?NotificationSound = PeerNotifySettings;
 * ```
 * Declared at schema/api.tl:216.
 */
export interface PeerNotifySettings {
    /** TL constructor `peerNotifySettings`. */
    _: "peerNotifySettings";
    /**
     * (Ternary value) If set, indicates whether or not to display previews of messages in notifications; otherwise the default behavior should be used.
     *
     * Optional: bit 0 of `flags` (TL `show_previews:flags.0?…`).
     *
     * Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.
     */
    showPreviews?: boolean;
    /**
     * (Ternary value) If set, indicates whether to mute or unmute the peer; otherwise the default behavior should be used.
     *
     * Optional: bit 1 of `flags` (TL `silent:flags.1?…`).
     *
     * Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.
     */
    silent?: boolean;
    /**
     * Mute all notifications until this date
     *
     * Optional: bit 2 of `flags` (TL `mute_until:flags.2?…`).
     */
    muteUntil?: number;
    /**
     * Notification sound for the official iOS application
     *
     * Optional: bit 3 of `flags` (TL `ios_sound:flags.3?…`).
     */
    iosSound?: TypeNotificationSound;
    /**
     * Notification sound for the official android application
     *
     * Optional: bit 4 of `flags` (TL `android_sound:flags.4?…`).
     */
    androidSound?: TypeNotificationSound;
    /**
     * Notification sound for other applications
     *
     * Optional: bit 5 of `flags` (TL `other_sound:flags.5?…`).
     */
    otherSound?: TypeNotificationSound;
    /**
     * Whether story notifications should be disabled.
     *
     * Optional: bit 6 of `flags` (TL `stories_muted:flags.6?…`).
     *
     * Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.
     */
    storiesMuted?: boolean;
    /**
     * Whether the sender name should be displayed in story notifications.
     *
     * Optional: bit 7 of `flags` (TL `stories_hide_sender:flags.7?…`).
     *
     * Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.
     */
    storiesHideSender?: boolean;
    /**
     * Sound for story notifications on the official iOS application
     *
     * Optional: bit 8 of `flags` (TL `stories_ios_sound:flags.8?…`).
     */
    storiesIosSound?: TypeNotificationSound;
    /**
     * Sound for story notifications on the official Android application
     *
     * Optional: bit 9 of `flags` (TL `stories_android_sound:flags.9?…`).
     */
    storiesAndroidSound?: TypeNotificationSound;
    /**
     * Sound for story notifications on other applications
     *
     * Optional: bit 10 of `flags` (TL `stories_other_sound:flags.10?…`).
     */
    storiesOtherSound?: TypeNotificationSound;
}
/**
 * Current peer
 *
 * Constructor of `PeerLocated`; its id is `0xf8ec284b`.
 * ```tl
 * peerSelfLocated#f8ec284b expires:int = PeerLocated;
 * ```
 * Declared at schema/api.tl:1072.
 */
export interface PeerSelfLocated {
    /** TL constructor `peerSelfLocated`. */
    _: "peerSelfLocated";
    /** Expiry of geolocation info for current peer */
    expires: number;
}
/**
 * List of actions that are possible when interacting with this user, to be shown as suggested actions in the [chat action bar »](https://corefork.telegram.org/api/action-bar), see [here »](https://corefork.telegram.org/api/action-bar) for more info.
 *
 * Constructor of `PeerSettings`; its id is `0xf47741f7`.
 * ```tl
 * peerSettings#f47741f7 flags:# report_spam:flags.0?true add_contact:flags.1?true block_contact:flags.2?true share_contact:flags.3?true need_contacts_exception:flags.4?true report_geo:flags.5?true autoarchived:flags.7?true invite_members:flags.8?true request_chat_broadcast:flags.10?true business_bot_paused:flags.11?true business_bot_can_reply:flags.12?true geo_distance:flags.6?int request_chat_title:flags.9?string request_chat_date:flags.9?int business_bot_id:flags.13?long business_bot_manage_url:flags.13?string charge_paid_message_stars:flags.14?long registration_month:flags.15?string phone_country:flags.16?string name_change_date:flags.17?int photo_change_date:flags.18?int = PeerSettings;
 * ```
 * Declared at schema/api.tl:217.
 */
export type PeerSettings = {
    /**
     * TL constructor `peerSettings`.
     */
    _: "peerSettings";
    /**
     * Whether we can still report the user for spam
     *
     * Optional: bit 0 of `flags` (TL `report_spam:flags.0?…`).
     */
    reportSpam?: boolean;
    /**
     * Whether we can add the user as contact
     *
     * Optional: bit 1 of `flags` (TL `add_contact:flags.1?…`).
     */
    addContact?: boolean;
    /**
     * Whether we can block the user
     *
     * Optional: bit 2 of `flags` (TL `block_contact:flags.2?…`).
     */
    blockContact?: boolean;
    /**
     * Whether we can share the user's contact
     *
     * Optional: bit 3 of `flags` (TL `share_contact:flags.3?…`).
     */
    shareContact?: boolean;
    /**
     * Whether a special exception for contacts is needed
     *
     * Optional: bit 4 of `flags` (TL `need_contacts_exception:flags.4?…`).
     */
    needContactsException?: boolean;
    /**
     * Whether we can report a geo group as irrelevant for this location
     *
     * Optional: bit 5 of `flags` (TL `report_geo:flags.5?…`).
     */
    reportGeo?: boolean;
    /**
     * Whether this peer was automatically archived according to {@link RawGlobalPrivacySettings} and can be unarchived
     *
     * Optional: bit 7 of `flags` (TL `autoarchived:flags.7?…`).
     */
    autoarchived?: boolean;
    /**
     * If set, this is a recently created group chat to which new members can be invited
     *
     * Optional: bit 8 of `flags` (TL `invite_members:flags.8?…`).
     */
    inviteMembers?: boolean;
    /**
     * This flag is set if `request_chat_title` and `request_chat_date` fields are set and the [join request »](https://corefork.telegram.org/api/invites#join-requests) is related to a channel (otherwise if only the request fields are set, the [join request »](https://corefork.telegram.org/api/invites#join-requests) is related to a chat).
     *
     * Optional: bit 10 of `flags` (TL `request_chat_broadcast:flags.10?…`).
     */
    requestChatBroadcast?: boolean;
    /**
     * This flag is set if both `business_bot_id` and `business_bot_manage_url` are set and all [connected business bots »](https://corefork.telegram.org/api/bots/connected-business-bots) were paused in this chat using {@link account.RawToggleConnectedBotPausedRequest}.
     *
     * Optional: bit 11 of `flags` (TL `business_bot_paused:flags.11?…`).
     */
    businessBotPaused?: boolean;
    /**
     * This flag is set if both `business_bot_id` and `business_bot_manage_url` are set and [connected business bots »](https://corefork.telegram.org/api/bots/connected-business-bots) can reply to messages in this chat, as specified by the settings during [initial configuration](https://corefork.telegram.org/api/bots/connected-business-bots).
     *
     * Optional: bit 12 of `flags` (TL `business_bot_can_reply:flags.12?…`).
     */
    businessBotCanReply?: boolean;
    /**
     * Distance in meters between us and this peer
     *
     * Optional: bit 6 of `flags` (TL `geo_distance:flags.6?…`).
     */
    geoDistance?: number;
    /**
     * All users that must [pay _us_ »](https://corefork.telegram.org/api/paid-messages) to send us private messages will have this flag set _only for us_, containing the amount of required stars, see [here »](https://corefork.telegram.org/api/paid-messages) for more info on paid messages.
     *
     * Optional: bit 14 of `flags` (TL `charge_paid_message_stars:flags.14?…`).
     */
    chargePaidMessageStars?: bigint;
    /**
     * Used to display the user's registration year and month, the string is in `MM.YYYY` format, where `MM` is the registration month (`1-12`), and `YYYY` is the registration year.
     *
     * Optional: bit 15 of `flags` (TL `registration_month:flags.15?…`).
     */
    registrationMonth?: string;
    /**
     * The country code of the user's phone number.
     *
     * Optional: bit 16 of `flags` (TL `phone_country:flags.16?…`).
     */
    phoneCountry?: string;
    /**
     * When was the user's name last changed.
     *
     * Optional: bit 17 of `flags` (TL `name_change_date:flags.17?…`).
     */
    nameChangeDate?: number;
    /**
     * When was the user's photo last changed.
     *
     * Optional: bit 18 of `flags` (TL `photo_change_date:flags.18?…`).
     */
    photoChangeDate?: number;
} & ({
    /**
     * If set, this is a private chat with an administrator of a chat or channel to which the user sent a join request, and this field contains the chat/channel's title.
     *
     * Optional: bit 9 of `flags` (TL `request_chat_title:flags.9?…`).
     *
     * Shares its flag bit with `requestChatTitle`, `requestChatDate`: give all of the value fields or none (checked in the types and at runtime).
     */
    requestChatTitle: string;
    /**
     * If set, this is a private chat with an administrator of a chat or channel to which the user sent a join request, and this field contains the timestamp when the [join request »](https://corefork.telegram.org/api/invites#join-requests) was sent.
     *
     * Optional: bit 9 of `flags` (TL `request_chat_date:flags.9?…`).
     *
     * Shares its flag bit with `requestChatTitle`, `requestChatDate`: give all of the value fields or none (checked in the types and at runtime).
     */
    requestChatDate: number;
} | {
    /**
     * Given together with `requestChatDate`, or not at all.
     */
    requestChatTitle?: undefined;
    /**
     * Given together with `requestChatTitle`, or not at all.
     */
    requestChatDate?: undefined;
}) & ({
    /**
     * Contains the ID of the [business bot »](https://corefork.telegram.org/api/bots/connected-business-bots) managing this chat, used to display info about the bot in the action bar.
     *
     * Optional: bit 13 of `flags` (TL `business_bot_id:flags.13?…`).
     *
     * Shares its flag bit with `businessBotId`, `businessBotManageUrl`: give all of the value fields or none (checked in the types and at runtime).
     */
    businessBotId: bigint;
    /**
     * Contains a [deep link »](https://corefork.telegram.org/api/links), used to open a management menu in the business bot. This flag is set if and only if `business_bot_id` is set.
     *
     * Optional: bit 13 of `flags` (TL `business_bot_manage_url:flags.13?…`).
     *
     * Shares its flag bit with `businessBotId`, `businessBotManageUrl`: give all of the value fields or none (checked in the types and at runtime).
     */
    businessBotManageUrl: string;
} | {
    /**
     * Given together with `businessBotManageUrl`, or not at all.
     */
    businessBotId?: undefined;
    /**
     * Given together with `businessBotId`, or not at all.
     */
    businessBotManageUrl?: undefined;
});
/**
 * Chat partner
 *
 * Constructor of `Peer`; its id is `0x59511722`.
 * ```tl
 * peerUser#59511722 user_id:long = Peer;
 * ```
 * Declared at schema/api.tl:66.
 */
export interface PeerUser {
    /** TL constructor `peerUser`. */
    _: "peerUser";
    /** User identifier */
    userId: bigint;
}
/**
 * An invite to a group call or livestream
 *
 * Constructor of `phone.ExportedGroupCallInvite`; its id is `0x204bd158`.
 * ```tl
 * phone.exportedGroupCallInvite#204bd158 link:string = phone.ExportedGroupCallInvite;
 * ```
 * Declared at schema/api.tl:1160.
 */
export interface PhoneExportedGroupCallInvite {
    /** TL constructor `phone.exportedGroupCallInvite`. */
    _: "phone.exportedGroupCallInvite";
    /** Invite link */
    link: string;
}
/**
 * Phone call
 *
 * Constructor of `PhoneCall`; its id is `0x30535af5`.
 * ```tl
 * phoneCall#30535af5 flags:# p2p_allowed:flags.5?true video:flags.6?true conference_supported:flags.8?true id:long access_hash:long date:int admin_id:long participant_id:long g_a_or_b:bytes key_fingerprint:long protocol:PhoneCallProtocol connections:Vector<PhoneConnection> start_date:int custom_parameters:flags.7?DataJSON = PhoneCall;
 * ```
 * Declared at schema/api.tl:872.
 */
export interface PhoneCall {
    /** TL constructor `phoneCall`. */
    _: "phoneCall";
    /**
     * Whether P2P connection to the other peer is allowed
     *
     * Optional: bit 5 of `flags` (TL `p2p_allowed:flags.5?…`).
     */
    p2pAllowed?: boolean;
    /**
     * Whether this is a video call
     *
     * Optional: bit 6 of `flags` (TL `video:flags.6?…`).
     */
    video?: boolean;
    /**
     * If set, the other party supports upgrading of the call to a [conference call](https://corefork.telegram.org/api/end-to-end/group-calls).
     *
     * Optional: bit 8 of `flags` (TL `conference_supported:flags.8?…`).
     */
    conferenceSupported?: boolean;
    /** Call ID */
    id: bigint;
    /** Access hash */
    accessHash: bigint;
    /** Date of creation of the call */
    date: number;
    /** User ID of the creator of the call */
    adminId: bigint;
    /** User ID of the other participant in the call */
    participantId: bigint;
    /** [Parameter for key exchange](https://corefork.telegram.org/api/end-to-end/voice-calls) */
    gAOrB: Uint8Array;
    /** [Key fingerprint](https://corefork.telegram.org/api/end-to-end/voice-calls) */
    keyFingerprint: bigint;
    /** Call protocol info to be passed to libtgvoip */
    protocol: TypePhoneCallProtocol;
    /** List of endpoints the user can connect to exchange call data */
    connections: TypePhoneConnection[];
    /** When was the call actually started */
    startDate: number;
    /**
     * Custom JSON-encoded call parameters to be passed to tgcalls.
     *
     * Optional: bit 7 of `flags` (TL `custom_parameters:flags.7?…`).
     */
    customParameters?: TypeDataJSON;
}
/**
 * An accepted phone call
 *
 * Constructor of `PhoneCall`; its id is `0x3660c311`.
 * ```tl
 * phoneCallAccepted#3660c311 flags:# video:flags.6?true id:long access_hash:long date:int admin_id:long participant_id:long g_b:bytes protocol:PhoneCallProtocol = PhoneCall;
 * ```
 * Declared at schema/api.tl:871.
 */
export interface PhoneCallAccepted {
    /** TL constructor `phoneCallAccepted`. */
    _: "phoneCallAccepted";
    /**
     * Whether this is a video call
     *
     * Optional: bit 6 of `flags` (TL `video:flags.6?…`).
     */
    video?: boolean;
    /** ID of accepted phone call */
    id: bigint;
    /** Access hash of phone call */
    accessHash: bigint;
    /** When was the call accepted */
    date: number;
    /** ID of the call creator */
    adminId: bigint;
    /** ID of the other user in the call */
    participantId: bigint;
    /** B parameter for [secure E2E phone call key exchange](https://corefork.telegram.org/api/end-to-end/voice-calls) */
    gB: Uint8Array;
    /** Protocol to use for phone call */
    protocol: TypePhoneCallProtocol;
}
/**
 * The phone call was discarded because the user is busy in another call
 *
 * Constructor of `PhoneCallDiscardReason`; its id is `0xfaf7e8c9`.
 * ```tl
 * phoneCallDiscardReasonBusy#faf7e8c9 = PhoneCallDiscardReason;
 * ```
 * Declared at schema/api.tl:835.
 */
export interface PhoneCallDiscardReasonBusy {
    /** TL constructor `phoneCallDiscardReasonBusy`. */
    _: "phoneCallDiscardReasonBusy";
}
/**
 * The phone call was disconnected
 *
 * Constructor of `PhoneCallDiscardReason`; its id is `0xe095c1a0`.
 * ```tl
 * phoneCallDiscardReasonDisconnect#e095c1a0 = PhoneCallDiscardReason;
 * ```
 * Declared at schema/api.tl:833.
 */
export interface PhoneCallDiscardReasonDisconnect {
    /** TL constructor `phoneCallDiscardReasonDisconnect`. */
    _: "phoneCallDiscardReasonDisconnect";
}
/**
 * The phone call was ended normally
 *
 * Constructor of `PhoneCallDiscardReason`; its id is `0x57adc690`.
 * ```tl
 * phoneCallDiscardReasonHangup#57adc690 = PhoneCallDiscardReason;
 * ```
 * Declared at schema/api.tl:834.
 */
export interface PhoneCallDiscardReasonHangup {
    /** TL constructor `phoneCallDiscardReasonHangup`. */
    _: "phoneCallDiscardReasonHangup";
}
/**
 * This phone call was migrated to a [conference call](https://corefork.telegram.org/api/end-to-end/group-calls).
 *
 * Constructor of `PhoneCallDiscardReason`; its id is `0x9fbbf1f7`.
 * ```tl
 * phoneCallDiscardReasonMigrateConferenceCall#9fbbf1f7 slug:string = PhoneCallDiscardReason;
 * ```
 * Declared at schema/api.tl:836.
 */
export interface PhoneCallDiscardReasonMigrateConferenceCall {
    /** TL constructor `phoneCallDiscardReasonMigrateConferenceCall`. */
    _: "phoneCallDiscardReasonMigrateConferenceCall";
    /** [Conference link »](https://corefork.telegram.org/api/links#conference-links) slug. */
    slug: string;
}
/**
 * The phone call was missed
 *
 * Constructor of `PhoneCallDiscardReason`; its id is `0x85e42301`.
 * ```tl
 * phoneCallDiscardReasonMissed#85e42301 = PhoneCallDiscardReason;
 * ```
 * Declared at schema/api.tl:832.
 */
export interface PhoneCallDiscardReasonMissed {
    /** TL constructor `phoneCallDiscardReasonMissed`. */
    _: "phoneCallDiscardReasonMissed";
}
/**
 * Indicates a discarded phone call
 *
 * Constructor of `PhoneCall`; its id is `0x50ca4de1`.
 * ```tl
 * phoneCallDiscarded#50ca4de1 flags:# need_rating:flags.2?true need_debug:flags.3?true video:flags.6?true id:long reason:flags.0?PhoneCallDiscardReason duration:flags.1?int = PhoneCall;
 * ```
 * Declared at schema/api.tl:873.
 */
export interface PhoneCallDiscarded {
    /** TL constructor `phoneCallDiscarded`. */
    _: "phoneCallDiscarded";
    /**
     * Whether the server required the user to {@link phone.RawSetCallRatingRequest} the call
     *
     * Optional: bit 2 of `flags` (TL `need_rating:flags.2?…`).
     */
    needRating?: boolean;
    /**
     * Whether the server required the client to {@link phone.RawSaveCallDebugRequest} the libtgvoip call debug data
     *
     * Optional: bit 3 of `flags` (TL `need_debug:flags.3?…`).
     */
    needDebug?: boolean;
    /**
     * Whether the call was a video call
     *
     * Optional: bit 6 of `flags` (TL `video:flags.6?…`).
     */
    video?: boolean;
    /** Call ID */
    id: bigint;
    /**
     * Why was the phone call discarded
     *
     * Optional: bit 0 of `flags` (TL `reason:flags.0?…`).
     */
    reason?: TypePhoneCallDiscardReason;
    /**
     * Duration of the phone call in seconds
     *
     * Optional: bit 1 of `flags` (TL `duration:flags.1?…`).
     */
    duration?: number;
}
/**
 * Empty constructor
 *
 * Constructor of `PhoneCall`; its id is `0x5366c915`.
 * ```tl
 * phoneCallEmpty#5366c915 id:long = PhoneCall;
 * ```
 * Declared at schema/api.tl:868.
 */
export interface PhoneCallEmpty {
    /** TL constructor `phoneCallEmpty`. */
    _: "phoneCallEmpty";
    /** Call ID */
    id: bigint;
}
/**
 * Protocol info for libtgvoip
 *
 * Constructor of `PhoneCallProtocol`; its id is `0xfc878fc8`.
 * ```tl
 * phoneCallProtocol#fc878fc8 flags:# udp_p2p:flags.0?true udp_reflector:flags.1?true min_layer:int max_layer:int library_versions:Vector<string> = PhoneCallProtocol;
 * ```
 * Declared at schema/api.tl:876.
 */
export interface PhoneCallProtocol {
    /** TL constructor `phoneCallProtocol`. */
    _: "phoneCallProtocol";
    /**
     * Whether to allow P2P connection to the other participant
     *
     * Optional: bit 0 of `flags` (TL `udp_p2p:flags.0?…`).
     */
    udpP2p?: boolean;
    /**
     * Whether to allow connection to the other participants through the reflector servers
     *
     * Optional: bit 1 of `flags` (TL `udp_reflector:flags.1?…`).
     */
    udpReflector?: boolean;
    /** Minimum layer for remote libtgvoip */
    minLayer: number;
    /** Maximum layer for remote libtgvoip */
    maxLayer: number;
    /**
     * When using {@link phone.RawRequestCallRequest} and {@link phone.RawAcceptCallRequest}, specify all library versions supported by the client.
     * The server will merge and choose the best library version supported by both peers, returning only the best value in the result of the callee's {@link phone.RawAcceptCallRequest} and in the {@link RawPhoneCallAccepted} update received by the caller.
     */
    libraryVersions: string[];
}
/**
 * Requested phone call
 *
 * Constructor of `PhoneCall`; its id is `0x14b0ed0c`.
 * ```tl
 * phoneCallRequested#14b0ed0c flags:# video:flags.6?true id:long access_hash:long date:int admin_id:long participant_id:long g_a_hash:bytes protocol:PhoneCallProtocol = PhoneCall;
 * ```
 * Declared at schema/api.tl:870.
 */
export interface PhoneCallRequested {
    /** TL constructor `phoneCallRequested`. */
    _: "phoneCallRequested";
    /**
     * Whether this is a video call
     *
     * Optional: bit 6 of `flags` (TL `video:flags.6?…`).
     */
    video?: boolean;
    /** Phone call ID */
    id: bigint;
    /** Access hash */
    accessHash: bigint;
    /** When was the phone call created */
    date: number;
    /** ID of the creator of the phone call */
    adminId: bigint;
    /** ID of the other participant of the phone call */
    participantId: bigint;
    /** [Parameter for key exchange](https://corefork.telegram.org/api/end-to-end/voice-calls) */
    gAHash: Uint8Array;
    /** Call protocol info to be passed to libtgvoip */
    protocol: TypePhoneCallProtocol;
}
/**
 * Incoming phone call
 *
 * Constructor of `PhoneCall`; its id is `0xc5226f17`.
 * ```tl
 * phoneCallWaiting#c5226f17 flags:# video:flags.6?true id:long access_hash:long date:int admin_id:long participant_id:long protocol:PhoneCallProtocol receive_date:flags.0?int = PhoneCall;
 * ```
 * Declared at schema/api.tl:869.
 */
export interface PhoneCallWaiting {
    /** TL constructor `phoneCallWaiting`. */
    _: "phoneCallWaiting";
    /**
     * Is this a video call
     *
     * Optional: bit 6 of `flags` (TL `video:flags.6?…`).
     */
    video?: boolean;
    /** Call ID */
    id: bigint;
    /** Access hash */
    accessHash: bigint;
    /** Date */
    date: number;
    /** Admin ID */
    adminId: bigint;
    /** Participant ID */
    participantId: bigint;
    /** Phone call protocol info */
    protocol: TypePhoneCallProtocol;
    /**
     * When was the phone call received
     *
     * Optional: bit 0 of `flags` (TL `receive_date:flags.0?…`).
     */
    receiveDate?: number;
}
/**
 * DEPRECATED (libtgvoip): Identifies an endpoint that can be used to connect to the other user in a phone call
 *
 * Constructor of `PhoneConnection`; its id is `0x9cc123c7`.
 * ```tl
 * phoneConnection#9cc123c7 flags:# tcp:flags.0?true id:long ip:string ipv6:string port:int peer_tag:bytes = PhoneConnection;
 * ```
 * Declared at schema/api.tl:874.
 */
export interface PhoneConnection {
    /** TL constructor `phoneConnection`. */
    _: "phoneConnection";
    /**
     * Whether TCP should be used
     *
     * Optional: bit 0 of `flags` (TL `tcp:flags.0?…`).
     */
    tcp?: boolean;
    /** Endpoint ID */
    id: bigint;
    /** IP address of endpoint */
    ip: string;
    /** IPv6 address of endpoint */
    ipv6: string;
    /** Port ID */
    port: number;
    /** Our peer tag */
    peerTag: Uint8Array;
}
/**
 * WebRTC connection parameters
 *
 * Constructor of `PhoneConnection`; its id is `0x635fe375`.
 * ```tl
 * phoneConnectionWebrtc#635fe375 flags:# turn:flags.0?true stun:flags.1?true id:long ip:string ipv6:string port:int username:string password:string = PhoneConnection;
 * ```
 * Declared at schema/api.tl:875.
 */
export interface PhoneConnectionWebrtc {
    /** TL constructor `phoneConnectionWebrtc`. */
    _: "phoneConnectionWebrtc";
    /**
     * Whether this is a TURN endpoint
     *
     * Optional: bit 0 of `flags` (TL `turn:flags.0?…`).
     */
    turn?: boolean;
    /**
     * Whether this is a STUN endpoint
     *
     * Optional: bit 1 of `flags` (TL `stun:flags.1?…`).
     */
    stun?: boolean;
    /** Endpoint ID */
    id: bigint;
    /** IP address */
    ip: string;
    /** IPv6 address */
    ipv6: string;
    /** Port */
    port: number;
    /** Username */
    username: string;
    /** Password */
    password: string;
}
/**
 * Photo
 *
 * Constructor of `Photo`; its id is `0xfb197a65`.
 * ```tl
 * photo#fb197a65 flags:# has_stickers:flags.0?true id:long access_hash:long file_reference:bytes date:int sizes:Vector<PhotoSize> video_sizes:flags.1?Vector<VideoSize> dc_id:int = Photo;
 * ```
 * Declared at schema/api.tl:195.
 */
export interface Photo {
    /** TL constructor `photo`. */
    _: "photo";
    /**
     * Whether the photo has mask stickers attached to it
     *
     * Optional: bit 0 of `flags` (TL `has_stickers:flags.0?…`).
     */
    hasStickers?: boolean;
    /** ID */
    id: bigint;
    /** Access hash */
    accessHash: bigint;
    /** [file reference](https://corefork.telegram.org/api/file-references) */
    fileReference: Uint8Array;
    /** Date of upload */
    date: number;
    /** Available sizes for download */
    sizes: TypePhotoSize[];
    /**
     * [For animated profiles](https://corefork.telegram.org/api/files#animated-profile-pictures), the MPEG4 videos
     *
     * Optional: bit 1 of `flags` (TL `video_sizes:flags.1?…`).
     */
    videoSizes?: TypeVideoSize[];
    /** DC ID to use for download */
    dcId: number;
}
/**
 * Description of an image and its content.
 *
 * Constructor of `PhotoSize`; its id is `0x021e1ad6`.
 * ```tl
 * photoCachedSize#021e1ad6 type:string w:int h:int bytes:bytes = PhotoSize;
 * ```
 * Declared at schema/api.tl:198.
 */
export interface PhotoCachedSize {
    /** TL constructor `photoCachedSize`. */
    _: "photoCachedSize";
    /** Thumbnail type */
    type: string;
    /** Image width */
    w: number;
    /** Image height */
    h: number;
    /** Binary data, file content */
    bytes: Uint8Array;
}
/**
 * Empty constructor, non-existent photo
 *
 * Constructor of `Photo`; its id is `0x2331b22d`.
 * ```tl
 * photoEmpty#2331b22d id:long = Photo;
 * ```
 * Declared at schema/api.tl:194.
 */
export interface PhotoEmpty {
    /** TL constructor `photoEmpty`. */
    _: "photoEmpty";
    /** Photo identifier */
    id: bigint;
}
/**
 * Messages with animated stickers can have a compressed svg (< 300 bytes) to show the outline of the sticker before fetching the actual lottie animation.
 *
 * Constructor of `PhotoSize`; its id is `0xd8214d41`.
 * ```tl
 * photoPathSize#d8214d41 type:string bytes:bytes = PhotoSize;
 * ```
 * Declared at schema/api.tl:201.
 */
export interface PhotoPathSize {
    /** TL constructor `photoPathSize`. */
    _: "photoPathSize";
    /** Always `j` */
    type: string;
    /** Compressed SVG path payload, [see here for decompression instructions](https://corefork.telegram.org/api/files#vector-thumbnails) */
    bytes: Uint8Array;
}
/**
 * Image description.
 *
 * Constructor of `PhotoSize`; its id is `0x75c78e60`.
 * ```tl
 * photoSize#75c78e60 type:string w:int h:int size:int = PhotoSize;
 * ```
 * Declared at schema/api.tl:197.
 */
export interface PhotoSize {
    /** TL constructor `photoSize`. */
    _: "photoSize";
    /** [Thumbnail type »](https://corefork.telegram.org/api/files#image-thumbnail-types) */
    type: string;
    /** Image width */
    w: number;
    /** Image height */
    h: number;
    /** File size */
    size: number;
}
/**
 * Empty constructor. Image with this thumbnail is unavailable.
 *
 * Constructor of `PhotoSize`; its id is `0x0e17e23c`.
 * ```tl
 * photoSizeEmpty#0e17e23c type:string = PhotoSize;
 * ```
 * Declared at schema/api.tl:196.
 */
export interface PhotoSizeEmpty {
    /** TL constructor `photoSizeEmpty`. */
    _: "photoSizeEmpty";
    /** [Thumbnail type »](https://corefork.telegram.org/api/files#image-thumbnail-types) */
    type: string;
}
/**
 * Progressively encoded photosize
 *
 * Constructor of `PhotoSize`; its id is `0xfa3efb95`.
 * ```tl
 * photoSizeProgressive#fa3efb95 type:string w:int h:int sizes:Vector<int> = PhotoSize;
 * ```
 * Declared at schema/api.tl:200.
 */
export interface PhotoSizeProgressive {
    /** TL constructor `photoSizeProgressive`. */
    _: "photoSizeProgressive";
    /** [Photosize type »](https://corefork.telegram.org/api/files#image-thumbnail-types) */
    type: string;
    /** Photo width */
    w: number;
    /** Photo height */
    h: number;
    /** Sizes of progressive JPEG file prefixes, which can be used to preliminarily show the image. */
    sizes: number[];
}
/**
 * A low-resolution compressed JPG payload
 *
 * Constructor of `PhotoSize`; its id is `0xe0b0bc2e`.
 * ```tl
 * photoStrippedSize#e0b0bc2e type:string bytes:bytes = PhotoSize;
 * ```
 * Declared at schema/api.tl:199.
 */
export interface PhotoStrippedSize {
    /** TL constructor `photoStrippedSize`. */
    _: "photoStrippedSize";
    /** Thumbnail type */
    type: string;
    /** Thumbnail data, see [here for more info on decompression »](https://corefork.telegram.org/api/files#stripped-thumbnails) */
    bytes: Uint8Array;
}
/**
 * Poll
 *
 * Constructor of `Poll`; its id is `0x966e2dbf`.
 * ```tl
 * poll#966e2dbf id:long flags:# closed:flags.0?true public_voters:flags.1?true multiple_choice:flags.2?true quiz:flags.3?true open_answers:flags.6?true revoting_disabled:flags.7?true shuffle_answers:flags.8?true hide_results_until_close:flags.9?true creator:flags.10?true subscribers_only:flags.11?true question:TextWithEntities answers:Vector<PollAnswer> close_period:flags.4?int close_date:flags.5?int countries_iso2:flags.12?Vector<string> hash:long = Poll;
 * ```
 * Declared at schema/api.tl:1041.
 */
export interface Poll {
    /** TL constructor `poll`. */
    _: "poll";
    /** ID of the poll */
    id: bigint;
    /**
     * Whether the poll is closed and doesn't accept any more answers
     *
     * Optional: bit 0 of `flags` (TL `closed:flags.0?…`).
     */
    closed?: boolean;
    /**
     * Whether cast votes are publicly visible to all users (non-anonymous poll)
     *
     * Optional: bit 1 of `flags` (TL `public_voters:flags.1?…`).
     */
    publicVoters?: boolean;
    /**
     * Whether multiple options can be chosen as answer
     *
     * Optional: bit 2 of `flags` (TL `multiple_choice:flags.2?…`).
     */
    multipleChoice?: boolean;
    /**
     * Whether this is a quiz (with wrong and correct answers, results shown in the return type)
     *
     * Optional: bit 3 of `flags` (TL `quiz:flags.3?…`).
     */
    quiz?: boolean;
    /** Optional: bit 6 of `flags` (TL `open_answers:flags.6?…`). */
    openAnswers?: boolean;
    /** Optional: bit 7 of `flags` (TL `revoting_disabled:flags.7?…`). */
    revotingDisabled?: boolean;
    /** Optional: bit 8 of `flags` (TL `shuffle_answers:flags.8?…`). */
    shuffleAnswers?: boolean;
    /** Optional: bit 9 of `flags` (TL `hide_results_until_close:flags.9?…`). */
    hideResultsUntilClose?: boolean;
    /** Optional: bit 10 of `flags` (TL `creator:flags.10?…`). */
    creator?: boolean;
    /** Optional: bit 11 of `flags` (TL `subscribers_only:flags.11?…`). */
    subscribersOnly?: boolean;
    /** The question of the poll (only [Premium](https://corefork.telegram.org/api/premium) users can use [custom emoji entities](https://corefork.telegram.org/api/custom-emoji) here). */
    question: TypeTextWithEntities;
    /** The possible answers (2-[poll_answers_max](https://corefork.telegram.org/api/config#poll-answers-max)), vote using {@link messages.RawSendVoteRequest}. */
    answers: TypePollAnswer[];
    /**
     * Amount of time in seconds the poll will be active after creation, 5-600. Can't be used together with close_date.
     *
     * Optional: bit 4 of `flags` (TL `close_period:flags.4?…`).
     */
    closePeriod?: number;
    /**
     * Point in time (UNIX timestamp in seconds) when the poll will be automatically closed. Must be at least 5 and no more than 600 seconds in the future; can't be used together with close_period.
     *
     * Optional: bit 5 of `flags` (TL `close_date:flags.5?…`).
     */
    closeDate?: number;
    /** Optional: bit 12 of `flags` (TL `countries_iso2:flags.12?…`). */
    countriesIso2?: string[];
    /** TL field `hash`. */
    hash: bigint;
}
/**
 * A possible answer of a poll
 *
 * Constructor of `PollAnswer`; its id is `0x4b7d786a`.
 * ```tl
 * pollAnswer#4b7d786a flags:# text:TextWithEntities option:bytes media:flags.0?MessageMedia added_by:flags.1?Peer date:flags.1?int = PollAnswer;
 * ```
 * Declared at schema/api.tl:1039.
 */
export type PollAnswer = {
    /**
     * TL constructor `pollAnswer`.
     */
    _: "pollAnswer";
    /**
     * Textual representation of the answer (only [Premium](https://corefork.telegram.org/api/premium) users can use [custom emoji entities](https://corefork.telegram.org/api/custom-emoji) here).
     */
    text: TypeTextWithEntities;
    /**
     * The param that has to be passed to {@link messages.RawSendVoteRequest}.
     */
    option: Uint8Array;
    /**
     * Optional: bit 0 of `flags` (TL `media:flags.0?…`).
     */
    media?: TypeMessageMedia;
} & ({
    /**
     * Optional: bit 1 of `flags` (TL `added_by:flags.1?…`).
     *
     * Shares its flag bit with `addedBy`, `date`: give all of the value fields or none (checked in the types and at runtime).
     */
    addedBy: TypePeer;
    /**
     * Optional: bit 1 of `flags` (TL `date:flags.1?…`).
     *
     * Shares its flag bit with `addedBy`, `date`: give all of the value fields or none (checked in the types and at runtime).
     */
    date: number;
} | {
    /**
     * Given together with `date`, or not at all.
     */
    addedBy?: undefined;
    /**
     * Given together with `addedBy`, or not at all.
     */
    date?: undefined;
});
/**
 * A poll answer, and how users voted on it
 *
 * Constructor of `PollAnswerVoters`; its id is `0x3645230a`.
 * ```tl
 * pollAnswerVoters#3645230a flags:# chosen:flags.0?true correct:flags.1?true option:bytes voters:flags.2?int recent_voters:flags.2?Vector<Peer> = PollAnswerVoters;
 * ```
 * Declared at schema/api.tl:1042.
 */
export type PollAnswerVoters = {
    /**
     * TL constructor `pollAnswerVoters`.
     */
    _: "pollAnswerVoters";
    /**
     * Whether we have chosen this answer
     *
     * Optional: bit 0 of `flags` (TL `chosen:flags.0?…`).
     */
    chosen?: boolean;
    /**
     * For quizzes, whether the option we have chosen is correct
     *
     * Optional: bit 1 of `flags` (TL `correct:flags.1?…`).
     */
    correct?: boolean;
    /**
     * The param that has to be passed to {@link messages.RawSendVoteRequest}.
     */
    option: Uint8Array;
} & ({
    /**
     * How many users voted for this option
     *
     * Optional: bit 2 of `flags` (TL `voters:flags.2?…`).
     *
     * Shares its flag bit with `voters`, `recentVoters`: give all of the value fields or none (checked in the types and at runtime).
     */
    voters: number;
    /**
     * Optional: bit 2 of `flags` (TL `recent_voters:flags.2?…`).
     *
     * Shares its flag bit with `voters`, `recentVoters`: give all of the value fields or none (checked in the types and at runtime).
     */
    recentVoters: TypePeer[];
} | {
    /**
     * Given together with `recentVoters`, or not at all.
     */
    voters?: undefined;
    /**
     * Given together with `voters`, or not at all.
     */
    recentVoters?: undefined;
});
/**
 * Results of poll
 *
 * Constructor of `PollResults`; its id is `0xba7bb15e`.
 * ```tl
 * pollResults#ba7bb15e flags:# min:flags.0?true has_unread_votes:flags.6?true can_view_stats:flags.7?true results:flags.1?Vector<PollAnswerVoters> total_voters:flags.2?int recent_voters:flags.3?Vector<Peer> solution:flags.4?string solution_entities:flags.4?Vector<MessageEntity> solution_media:flags.5?MessageMedia = PollResults;
 * ```
 * Declared at schema/api.tl:1043.
 */
export type PollResults = {
    /**
     * TL constructor `pollResults`.
     */
    _: "pollResults";
    /**
     * Similar to [min](https://corefork.telegram.org/api/min) objects, used for poll constructors that are the same for all users so they don't have the option chosen by the current user (you can use {@link messages.RawGetPollResultsRequest} to get the full poll results).
     *
     * Optional: bit 0 of `flags` (TL `min:flags.0?…`).
     */
    min?: boolean;
    /**
     * Optional: bit 6 of `flags` (TL `has_unread_votes:flags.6?…`).
     */
    hasUnreadVotes?: boolean;
    /**
     * Optional: bit 7 of `flags` (TL `can_view_stats:flags.7?…`).
     */
    canViewStats?: boolean;
    /**
     * Poll results
     *
     * Optional: bit 1 of `flags` (TL `results:flags.1?…`).
     */
    results?: TypePollAnswerVoters[];
    /**
     * Total number of people that voted in the poll
     *
     * Optional: bit 2 of `flags` (TL `total_voters:flags.2?…`).
     */
    totalVoters?: number;
    /**
     * IDs of the last users that recently voted in the poll
     *
     * Optional: bit 3 of `flags` (TL `recent_voters:flags.3?…`).
     */
    recentVoters?: TypePeer[];
    /**
     * Optional: bit 5 of `flags` (TL `solution_media:flags.5?…`).
     */
    solutionMedia?: TypeMessageMedia;
} & ({
    /**
     * Explanation of quiz solution
     *
     * Optional: bit 4 of `flags` (TL `solution:flags.4?…`).
     *
     * Shares its flag bit with `solution`, `solutionEntities`: give all of the value fields or none (checked in the types and at runtime).
     */
    solution: string;
    /**
     * [Message entities for styled text in quiz solution](https://corefork.telegram.org/api/entities)
     *
     * Optional: bit 4 of `flags` (TL `solution_entities:flags.4?…`).
     *
     * Shares its flag bit with `solution`, `solutionEntities`: give all of the value fields or none (checked in the types and at runtime).
     */
    solutionEntities: TypeMessageEntity[];
} | {
    /**
     * Given together with `solutionEntities`, or not at all.
     */
    solution?: undefined;
    /**
     * Given together with `solution`, or not at all.
     */
    solutionEntities?: undefined;
});
/**
 * Shipping address
 *
 * Constructor of `PostAddress`; its id is `0x1e8caaeb`.
 * ```tl
 * postAddress#1e8caaeb street_line1:string street_line2:string city:string state:string country_iso2:string post_code:string = PostAddress;
 * ```
 * Declared at schema/api.tl:841.
 */
export interface PostAddress {
    /** TL constructor `postAddress`. */
    _: "postAddress";
    /** First line for the address */
    streetLine1: string;
    /** Second line for the address */
    streetLine2: string;
    /** City */
    city: string;
    /** State, if applicable (empty otherwise) */
    state: string;
    /** ISO 3166-1 alpha-2 country code */
    countryIso2: string;
    /** Address post code */
    postCode: string;
}
/**
 * Whether people can see your bio
 *
 * Constructor of `PrivacyKey`; its id is `0xa486b761`.
 * ```tl
 * privacyKeyAbout#a486b761 = PrivacyKey;
 * ```
 * Declared at schema/api.tl:524.
 */
export interface PrivacyKeyAbout {
    /** TL constructor `privacyKeyAbout`. */
    _: "privacyKeyAbout";
}
/**
 * Whether this user can be added to our contact list by their phone number
 *
 * Constructor of `PrivacyKey`; its id is `0x42ffd42b`.
 * ```tl
 * privacyKeyAddedByPhone#42ffd42b = PrivacyKey;
 * ```
 * Declared at schema/api.tl:522.
 */
export interface PrivacyKeyAddedByPhone {
    /** TL constructor `privacyKeyAddedByPhone`. */
    _: "privacyKeyAddedByPhone";
}
/**
 * Whether the user can see our birthday.
 *
 * Constructor of `PrivacyKey`; its id is `0x2000a518`.
 * ```tl
 * privacyKeyBirthday#2000a518 = PrivacyKey;
 * ```
 * Declared at schema/api.tl:525.
 */
export interface PrivacyKeyBirthday {
    /** TL constructor `privacyKeyBirthday`. */
    _: "privacyKeyBirthday";
}
/**
 * Whether the user can be invited to chats
 *
 * Constructor of `PrivacyKey`; its id is `0x500e6dfa`.
 * ```tl
 * privacyKeyChatInvite#500e6dfa = PrivacyKey;
 * ```
 * Declared at schema/api.tl:516.
 */
export interface PrivacyKeyChatInvite {
    /** TL constructor `privacyKeyChatInvite`. */
    _: "privacyKeyChatInvite";
}
/**
 * Whether messages forwarded from the user will be [anonymously forwarded](https://telegram.org/blog/unsend-privacy-emoji#anonymous-forwarding)
 *
 * Constructor of `PrivacyKey`; its id is `0x69ec56a3`.
 * ```tl
 * privacyKeyForwards#69ec56a3 = PrivacyKey;
 * ```
 * Declared at schema/api.tl:519.
 */
export interface PrivacyKeyForwards {
    /** TL constructor `privacyKeyForwards`. */
    _: "privacyKeyForwards";
}
/**
 * Who can send you messages without paying, if [paid messages »](https://corefork.telegram.org/api/paid-messages) are enabled.
 *
 * Constructor of `PrivacyKey`; its id is `0x17d348d2`.
 * ```tl
 * privacyKeyNoPaidMessages#17d348d2 = PrivacyKey;
 * ```
 * Declared at schema/api.tl:527.
 */
export interface PrivacyKeyNoPaidMessages {
    /** TL constructor `privacyKeyNoPaidMessages`. */
    _: "privacyKeyNoPaidMessages";
}
/**
 * Whether the user accepts phone calls
 *
 * Constructor of `PrivacyKey`; its id is `0x3d662b7b`.
 * ```tl
 * privacyKeyPhoneCall#3d662b7b = PrivacyKey;
 * ```
 * Declared at schema/api.tl:517.
 */
export interface PrivacyKeyPhoneCall {
    /** TL constructor `privacyKeyPhoneCall`. */
    _: "privacyKeyPhoneCall";
}
/**
 * Whether the user allows us to see their phone number
 *
 * Constructor of `PrivacyKey`; its id is `0xd19ae46d`.
 * ```tl
 * privacyKeyPhoneNumber#d19ae46d = PrivacyKey;
 * ```
 * Declared at schema/api.tl:521.
 */
export interface PrivacyKeyPhoneNumber {
    /** TL constructor `privacyKeyPhoneNumber`. */
    _: "privacyKeyPhoneNumber";
}
/**
 * Whether P2P connections in phone calls with this user are allowed
 *
 * Constructor of `PrivacyKey`; its id is `0x39491cc8`.
 * ```tl
 * privacyKeyPhoneP2P#39491cc8 = PrivacyKey;
 * ```
 * Declared at schema/api.tl:518.
 */
export interface PrivacyKeyPhoneP2P {
    /** TL constructor `privacyKeyPhoneP2P`. */
    _: "privacyKeyPhoneP2P";
}
/**
 * Whether the profile picture of the user is visible
 *
 * Constructor of `PrivacyKey`; its id is `0x96151fed`.
 * ```tl
 * privacyKeyProfilePhoto#96151fed = PrivacyKey;
 * ```
 * Declared at schema/api.tl:520.
 */
export interface PrivacyKeyProfilePhoto {
    /** TL constructor `privacyKeyProfilePhoto`. */
    _: "privacyKeyProfilePhoto";
}
/**
 * Whether the user can see the [songs we pinned to our profile »](https://corefork.telegram.org/api/profile#music).
 *
 * Constructor of `PrivacyKey`; its id is `0xff7a571b`.
 * ```tl
 * privacyKeySavedMusic#ff7a571b = PrivacyKey;
 * ```
 * Declared at schema/api.tl:528.
 */
export interface PrivacyKeySavedMusic {
    /** TL constructor `privacyKeySavedMusic`. */
    _: "privacyKeySavedMusic";
}
/**
 * Whether received [gifts](https://corefork.telegram.org/api/gifts) will be automatically displayed on our profile
 *
 * Constructor of `PrivacyKey`; its id is `0x2ca4fdf8`.
 * ```tl
 * privacyKeyStarGiftsAutoSave#2ca4fdf8 = PrivacyKey;
 * ```
 * Declared at schema/api.tl:526.
 */
export interface PrivacyKeyStarGiftsAutoSave {
    /** TL constructor `privacyKeyStarGiftsAutoSave`. */
    _: "privacyKeyStarGiftsAutoSave";
}
/**
 * Whether we can see the last online timestamp of this user.
 *
 * Note that if _we_ decide to hide our exact last online timestamp to someone (i.e., users A, B, C, or all users) **and** we do not have a [Premium](https://corefork.telegram.org/api/premium) subscription, we won't be able to see the exact last online timestamp of those users (A, B, C, or all users), even if those users _do_ share it with us.
 *
 * If those users _do_ share their exact online status with us, but we can't see it due to the reason mentioned above, the `by_me` flag of {@link RawUserStatusRecently}, {@link RawUserStatusLastWeek}, {@link RawUserStatusLastMonth} will be set.
 *
 * Constructor of `PrivacyKey`; its id is `0xbc2eab30`.
 * ```tl
 * privacyKeyStatusTimestamp#bc2eab30 = PrivacyKey;
 * ```
 * Declared at schema/api.tl:515.
 */
export interface PrivacyKeyStatusTimestamp {
    /** TL constructor `privacyKeyStatusTimestamp`. */
    _: "privacyKeyStatusTimestamp";
}
/**
 * Whether the user accepts voice messages
 *
 * Constructor of `PrivacyKey`; its id is `0x0697f414`.
 * ```tl
 * privacyKeyVoiceMessages#0697f414 = PrivacyKey;
 * ```
 * Declared at schema/api.tl:523.
 */
export interface PrivacyKeyVoiceMessages {
    /** TL constructor `privacyKeyVoiceMessages`. */
    _: "privacyKeyVoiceMessages";
}
/**
 * Allow all users
 *
 * Constructor of `PrivacyRule`; its id is `0x65427b82`.
 * ```tl
 * privacyValueAllowAll#65427b82 = PrivacyRule;
 * ```
 * Declared at schema/api.tl:542.
 */
export interface PrivacyValueAllowAll {
    /** TL constructor `privacyValueAllowAll`. */
    _: "privacyValueAllowAll";
}
/**
 * Allow bots and mini apps
 *
 * Constructor of `PrivacyRule`; its id is `0x21461b5d`.
 * ```tl
 * privacyValueAllowBots#21461b5d = PrivacyRule;
 * ```
 * Declared at schema/api.tl:551.
 */
export interface PrivacyValueAllowBots {
    /** TL constructor `privacyValueAllowBots`. */
    _: "privacyValueAllowBots";
}
/**
 * Allow all participants of certain chats
 *
 * Constructor of `PrivacyRule`; its id is `0x6b134e8e`.
 * ```tl
 * privacyValueAllowChatParticipants#6b134e8e chats:Vector<long> = PrivacyRule;
 * ```
 * Declared at schema/api.tl:547.
 */
export interface PrivacyValueAllowChatParticipants {
    /** TL constructor `privacyValueAllowChatParticipants`. */
    _: "privacyValueAllowChatParticipants";
    /** Allowed chat IDs (either a {@link RawChat} or a {@link RawChannel} ID, verbatim the way it is received in the constructor (i.e. unlike with bot API IDs, here group and supergroup IDs should be treated in the same way)). */
    chats: bigint[];
}
/**
 * Allow only [close friends »](https://corefork.telegram.org/api/privacy)
 *
 * Constructor of `PrivacyRule`; its id is `0xf7e8d89b`.
 * ```tl
 * privacyValueAllowCloseFriends#f7e8d89b = PrivacyRule;
 * ```
 * Declared at schema/api.tl:549.
 */
export interface PrivacyValueAllowCloseFriends {
    /** TL constructor `privacyValueAllowCloseFriends`. */
    _: "privacyValueAllowCloseFriends";
}
/**
 * Allow all contacts
 *
 * Constructor of `PrivacyRule`; its id is `0xfffe1bac`.
 * ```tl
 * privacyValueAllowContacts#fffe1bac = PrivacyRule;
 * ```
 * Declared at schema/api.tl:541.
 */
export interface PrivacyValueAllowContacts {
    /** TL constructor `privacyValueAllowContacts`. */
    _: "privacyValueAllowContacts";
}
/**
 * Allow only users with a [Premium subscription »](https://corefork.telegram.org/api/premium), currently only usable for {@link RawInputPrivacyKeyChatInvite}.
 *
 * Constructor of `PrivacyRule`; its id is `0xece9814b`.
 * ```tl
 * privacyValueAllowPremium#ece9814b = PrivacyRule;
 * ```
 * Declared at schema/api.tl:550.
 */
export interface PrivacyValueAllowPremium {
    /** TL constructor `privacyValueAllowPremium`. */
    _: "privacyValueAllowPremium";
}
/**
 * Allow only certain users
 *
 * Constructor of `PrivacyRule`; its id is `0xb8905fb2`.
 * ```tl
 * privacyValueAllowUsers#b8905fb2 users:Vector<long> = PrivacyRule;
 * ```
 * Declared at schema/api.tl:543.
 */
export interface PrivacyValueAllowUsers {
    /** TL constructor `privacyValueAllowUsers`. */
    _: "privacyValueAllowUsers";
    /** Allowed users */
    users: bigint[];
}
/**
 * Disallow all users
 *
 * Constructor of `PrivacyRule`; its id is `0x8b73e763`.
 * ```tl
 * privacyValueDisallowAll#8b73e763 = PrivacyRule;
 * ```
 * Declared at schema/api.tl:545.
 */
export interface PrivacyValueDisallowAll {
    /** TL constructor `privacyValueDisallowAll`. */
    _: "privacyValueDisallowAll";
}
/**
 * Disallow bots and mini apps
 *
 * Constructor of `PrivacyRule`; its id is `0xf6a5f82f`.
 * ```tl
 * privacyValueDisallowBots#f6a5f82f = PrivacyRule;
 * ```
 * Declared at schema/api.tl:552.
 */
export interface PrivacyValueDisallowBots {
    /** TL constructor `privacyValueDisallowBots`. */
    _: "privacyValueDisallowBots";
}
/**
 * Disallow only participants of certain chats
 *
 * Constructor of `PrivacyRule`; its id is `0x41c87565`.
 * ```tl
 * privacyValueDisallowChatParticipants#41c87565 chats:Vector<long> = PrivacyRule;
 * ```
 * Declared at schema/api.tl:548.
 */
export interface PrivacyValueDisallowChatParticipants {
    /** TL constructor `privacyValueDisallowChatParticipants`. */
    _: "privacyValueDisallowChatParticipants";
    /** Disallowed chats IDs (either a {@link RawChat} or a {@link RawChannel} ID, verbatim the way it is received in the constructor (i.e. unlike with bot API IDs, here group and supergroup IDs should be treated in the same way)). */
    chats: bigint[];
}
/**
 * Disallow only contacts
 *
 * Constructor of `PrivacyRule`; its id is `0xf888fa1a`.
 * ```tl
 * privacyValueDisallowContacts#f888fa1a = PrivacyRule;
 * ```
 * Declared at schema/api.tl:544.
 */
export interface PrivacyValueDisallowContacts {
    /** TL constructor `privacyValueDisallowContacts`. */
    _: "privacyValueDisallowContacts";
}
/**
 * Disallow only certain users
 *
 * Constructor of `PrivacyRule`; its id is `0xe4621141`.
 * ```tl
 * privacyValueDisallowUsers#e4621141 users:Vector<long> = PrivacyRule;
 * ```
 * Declared at schema/api.tl:546.
 */
export interface PrivacyValueDisallowUsers {
    /** TL constructor `privacyValueDisallowUsers`. */
    _: "privacyValueDisallowUsers";
    /** Disallowed users */
    users: bigint[];
}
/**
 * A [quick reply shortcut](https://corefork.telegram.org/api/business#quick-reply-shortcuts).
 *
 * Constructor of `QuickReply`; its id is `0x0697102b`.
 * ```tl
 * quickReply#0697102b shortcut_id:int shortcut:string top_message:int count:int = QuickReply;
 * ```
 * Declared at schema/api.tl:1407.
 */
export interface QuickReply {
    /** TL constructor `quickReply`. */
    _: "quickReply";
    /** Unique shortcut ID. */
    shortcutId: number;
    /** Shortcut name. */
    shortcut: string;
    /** ID of the last message in the shortcut. */
    topMessage: number;
    /** Total number of messages in the shortcut. */
    count: number;
}
/**
 * Reactions
 *
 * Constructor of `ReactionCount`; its id is `0xa3d1cb80`.
 * ```tl
 * reactionCount#a3d1cb80 flags:# chosen_order:flags.0?int reaction:Reaction count:int = ReactionCount;
 * ```
 * Declared at schema/api.tl:1189.
 */
export interface ReactionCount {
    /** TL constructor `reactionCount`. */
    _: "reactionCount";
    /**
     * If set, indicates that the current user also sent this reaction.
     * The integer value indicates when was the reaction added: the bigger the value, the newer the reaction.
     *
     * Optional: bit 0 of `flags` (TL `chosen_order:flags.0?…`).
     */
    chosenOrder?: number;
    /** The reaction. */
    reaction: TypeReaction;
    /** Number of users that reacted with this emoji. */
    count: number;
}
/**
 * [Custom emoji](https://corefork.telegram.org/api/custom-emoji) message reaction
 *
 * Constructor of `Reaction`; its id is `0x8935fc73`.
 * ```tl
 * reactionCustomEmoji#8935fc73 document_id:long = Reaction;
 * ```
 * Declared at schema/api.tl:1258.
 */
export interface ReactionCustomEmoji {
    /** TL constructor `reactionCustomEmoji`. */
    _: "reactionCustomEmoji";
    /** [Custom emoji document ID](https://corefork.telegram.org/api/custom-emoji) */
    documentId: bigint;
}
/**
 * Normal emoji message reaction
 *
 * Constructor of `Reaction`; its id is `0x1b2286b8`.
 * ```tl
 * reactionEmoji#1b2286b8 emoticon:string = Reaction;
 * ```
 * Declared at schema/api.tl:1257.
 */
export interface ReactionEmoji {
    /** TL constructor `reactionEmoji`. */
    _: "reactionEmoji";
    /** Emoji */
    emoticon: string;
}
/**
 * No reaction
 *
 * Constructor of `Reaction`; its id is `0x79f5d419`.
 * ```tl
 * reactionEmpty#79f5d419 = Reaction;
 * ```
 * Declared at schema/api.tl:1256.
 */
export interface ReactionEmpty {
    /** TL constructor `reactionEmpty`. */
    _: "reactionEmpty";
}
/**
 * Represents a [paid Telegram Star reaction »](https://corefork.telegram.org/api/reactions#paid-reactions).
 *
 * Constructor of `Reaction`; its id is `0x523da4eb`.
 * ```tl
 * reactionPaid#523da4eb = Reaction;
 * ```
 * Declared at schema/api.tl:1259.
 */
export interface ReactionPaid {
    /** TL constructor `reactionPaid`. */
    _: "reactionPaid";
}
/**
 * Constructor of `RecentStory`; its id is `0x711d692d`.
 * ```tl
 * recentStory#711d692d flags:# live:flags.0?true max_id:flags.1?int = RecentStory;
 * ```
 * Declared at schema/api.tl:1564.
 */
export interface RecentStory {
    /** TL constructor `recentStory`. */
    _: "recentStory";
    /** Optional: bit 0 of `flags` (TL `live:flags.0?…`). */
    live?: boolean;
    /** Optional: bit 1 of `flags` (TL `max_id:flags.1?…`). */
    maxId?: number;
}
/**
 * Bot or inline keyboard
 *
 * Constructor of `ReplyMarkup`; its id is `0x48a30254`.
 * ```tl
 * replyInlineMarkup#48a30254 rows:Vector<KeyboardButtonRow> = ReplyMarkup;
 * ```
 * Declared at schema/api.tl:624.
 */
export interface ReplyInlineMarkup {
    /** TL constructor `replyInlineMarkup`. */
    _: "replyInlineMarkup";
    /** Bot or inline keyboard rows */
    rows: TypeKeyboardButtonRow[];
}
/**
 * Force the user to send a reply
 *
 * Constructor of `ReplyMarkup`; its id is `0x86b40b08`.
 * ```tl
 * replyKeyboardForceReply#86b40b08 flags:# single_use:flags.1?true selective:flags.2?true placeholder:flags.3?string = ReplyMarkup;
 * ```
 * Declared at schema/api.tl:622.
 */
export interface ReplyKeyboardForceReply {
    /** TL constructor `replyKeyboardForceReply`. */
    _: "replyKeyboardForceReply";
    /**
     * Requests clients to hide the keyboard as soon as it's been used. The keyboard will still be available, but clients will automatically display the usual letter-keyboard in the chat – the user can press a special button in the input field to see the custom keyboard again.
     *
     * Optional: bit 1 of `flags` (TL `single_use:flags.1?…`).
     */
    singleUse?: boolean;
    /**
     * Use this parameter if you want to show the keyboard to specific users only. Targets: 1) users that are @mentioned in the text of the Message object; 2) if the bot's message is a reply (has reply_to_message_id), sender of the original message.
     * Example: A user requests to change the bot's language, bot replies to the request with a keyboard to select the new language. Other users in the group don't see the keyboard.
     *
     * Optional: bit 2 of `flags` (TL `selective:flags.2?…`).
     */
    selective?: boolean;
    /**
     * The placeholder to be shown in the input field when the keyboard is active; 1-64 characters.
     *
     * Optional: bit 3 of `flags` (TL `placeholder:flags.3?…`).
     */
    placeholder?: string;
}
/**
 * Hide sent bot keyboard
 *
 * Constructor of `ReplyMarkup`; its id is `0xa03e5b85`.
 * ```tl
 * replyKeyboardHide#a03e5b85 flags:# selective:flags.2?true = ReplyMarkup;
 * ```
 * Declared at schema/api.tl:621.
 */
export interface ReplyKeyboardHide {
    /** TL constructor `replyKeyboardHide`. */
    _: "replyKeyboardHide";
    /**
     * Use this flag if you want to remove the keyboard for specific users only. Targets: 1) users that are @mentioned in the text of the Message object; 2) if the bot's message is a reply (has reply_to_message_id), sender of the original message.
     *
     * Example: A user votes in a poll, bot returns confirmation message in reply to the vote and removes the keyboard for that user, while still showing the keyboard with poll options to users who haven't voted yet
     *
     * Optional: bit 2 of `flags` (TL `selective:flags.2?…`).
     */
    selective?: boolean;
}
/**
 * Bot keyboard
 *
 * Constructor of `ReplyMarkup`; its id is `0x85dd99d1`.
 * ```tl
 * replyKeyboardMarkup#85dd99d1 flags:# resize:flags.0?true single_use:flags.1?true selective:flags.2?true persistent:flags.4?true rows:Vector<KeyboardButtonRow> placeholder:flags.3?string = ReplyMarkup;
 * ```
 * Declared at schema/api.tl:623.
 */
export interface ReplyKeyboardMarkup {
    /** TL constructor `replyKeyboardMarkup`. */
    _: "replyKeyboardMarkup";
    /**
     * Requests clients to resize the keyboard vertically for optimal fit (e.g., make the keyboard smaller if there are just two rows of buttons). If not set, the custom keyboard is always of the same height as the app's standard keyboard.
     *
     * Optional: bit 0 of `flags` (TL `resize:flags.0?…`).
     */
    resize?: boolean;
    /**
     * Requests clients to hide the keyboard as soon as it's been used. The keyboard will still be available, but clients will automatically display the usual letter-keyboard in the chat – the user can press a special button in the input field to see the custom keyboard again.
     *
     * Optional: bit 1 of `flags` (TL `single_use:flags.1?…`).
     */
    singleUse?: boolean;
    /**
     * Use this parameter if you want to show the keyboard to specific users only. Targets: 1) users that are @mentioned in the text of the Message object; 2) if the bot's message is a reply (has reply_to_message_id), sender of the original message.
     *
     * Example: A user requests to change the bot's language, bot replies to the request with a keyboard to select the new language. Other users in the group don't see the keyboard.
     *
     * Optional: bit 2 of `flags` (TL `selective:flags.2?…`).
     */
    selective?: boolean;
    /**
     * Requests clients to always show the keyboard when the regular keyboard is hidden.
     *
     * Optional: bit 4 of `flags` (TL `persistent:flags.4?…`).
     */
    persistent?: boolean;
    /** Button row */
    rows: TypeKeyboardButtonRow[];
    /**
     * The placeholder to be shown in the input field when the keyboard is active; 1-64 characters.
     *
     * Optional: bit 3 of `flags` (TL `placeholder:flags.3?…`).
     */
    placeholder?: string;
}
/**
 * Choose a channel
 *
 * Constructor of `RequestPeerType`; its id is `0x339bef6c`.
 * ```tl
 * requestPeerTypeBroadcast#339bef6c flags:# creator:flags.0?true has_username:flags.3?Bool user_admin_rights:flags.1?ChatAdminRights bot_admin_rights:flags.2?ChatAdminRights = RequestPeerType;
 * ```
 * Declared at schema/api.tl:1286.
 */
export interface RequestPeerTypeBroadcast {
    /** TL constructor `requestPeerTypeBroadcast`. */
    _: "requestPeerTypeBroadcast";
    /**
     * Whether to allow only choosing channels that were created by the current user.
     *
     * Optional: bit 0 of `flags` (TL `creator:flags.0?…`).
     */
    creator?: boolean;
    /**
     * If specified, allows only choosing channels with or without a username, according to the value of [Bool](https://corefork.telegram.org/type/Bool).
     *
     * Optional: bit 3 of `flags` (TL `has_username:flags.3?…`).
     *
     * Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.
     */
    hasUsername?: boolean;
    /**
     * If specified, allows only choosing channels where the current user is an admin with at least the specified admin rights.
     *
     * Optional: bit 1 of `flags` (TL `user_admin_rights:flags.1?…`).
     */
    userAdminRights?: TypeChatAdminRights;
    /**
     * If specified, allows only choosing channels where the bot is an admin with at least the specified admin rights.
     *
     * Optional: bit 2 of `flags` (TL `bot_admin_rights:flags.2?…`).
     */
    botAdminRights?: TypeChatAdminRights;
}
/**
 * Choose a chat or supergroup
 *
 * Constructor of `RequestPeerType`; its id is `0xc9f06e1b`.
 * ```tl
 * requestPeerTypeChat#c9f06e1b flags:# creator:flags.0?true bot_participant:flags.5?true has_username:flags.3?Bool forum:flags.4?Bool user_admin_rights:flags.1?ChatAdminRights bot_admin_rights:flags.2?ChatAdminRights = RequestPeerType;
 * ```
 * Declared at schema/api.tl:1285.
 */
export interface RequestPeerTypeChat {
    /** TL constructor `requestPeerTypeChat`. */
    _: "requestPeerTypeChat";
    /**
     * Whether to allow only choosing chats or supergroups that were created by the current user.
     *
     * Optional: bit 0 of `flags` (TL `creator:flags.0?…`).
     */
    creator?: boolean;
    /**
     * Whether to allow only choosing chats or supergroups where the bot is a participant.
     *
     * Optional: bit 5 of `flags` (TL `bot_participant:flags.5?…`).
     */
    botParticipant?: boolean;
    /**
     * If specified, allows only choosing channels with or without a username, according to the value of [Bool](https://corefork.telegram.org/type/Bool).
     *
     * Optional: bit 3 of `flags` (TL `has_username:flags.3?…`).
     *
     * Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.
     */
    hasUsername?: boolean;
    /**
     * If specified, allows only choosing chats or supergroups that are or aren't [forums](https://corefork.telegram.org/api/forum), according to the value of [Bool](https://corefork.telegram.org/type/Bool).
     *
     * Optional: bit 4 of `flags` (TL `forum:flags.4?…`).
     *
     * Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.
     */
    forum?: boolean;
    /**
     * If specified, allows only choosing chats or supergroups where the current user is an admin with at least the specified admin rights.
     *
     * Optional: bit 1 of `flags` (TL `user_admin_rights:flags.1?…`).
     */
    userAdminRights?: TypeChatAdminRights;
    /**
     * If specified, allows only choosing chats or supergroups where the bot is an admin with at least the specified admin rights.
     *
     * Optional: bit 2 of `flags` (TL `bot_admin_rights:flags.2?…`).
     */
    botAdminRights?: TypeChatAdminRights;
}
/**
 * Constructor of `RequestPeerType`; its id is `0x3e81e078`.
 * ```tl
 * requestPeerTypeCreateBot#3e81e078 flags:# bot_managed:flags.0?true suggested_name:flags.1?string suggested_username:flags.2?string = RequestPeerType;
 * ```
 * Declared at schema/api.tl:1287.
 */
export interface RequestPeerTypeCreateBot {
    /** TL constructor `requestPeerTypeCreateBot`. */
    _: "requestPeerTypeCreateBot";
    /** Optional: bit 0 of `flags` (TL `bot_managed:flags.0?…`). */
    botManaged?: boolean;
    /** Optional: bit 1 of `flags` (TL `suggested_name:flags.1?…`). */
    suggestedName?: string;
    /** Optional: bit 2 of `flags` (TL `suggested_username:flags.2?…`). */
    suggestedUsername?: string;
}
/**
 * Choose a user.
 *
 * Constructor of `RequestPeerType`; its id is `0x5f3b8a00`.
 * ```tl
 * requestPeerTypeUser#5f3b8a00 flags:# bot:flags.0?Bool premium:flags.1?Bool = RequestPeerType;
 * ```
 * Declared at schema/api.tl:1284.
 */
export interface RequestPeerTypeUser {
    /** TL constructor `requestPeerTypeUser`. */
    _: "requestPeerTypeUser";
    /**
     * Whether to allow choosing only bots.
     *
     * Optional: bit 0 of `flags` (TL `bot:flags.0?…`).
     *
     * Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.
     */
    bot?: boolean;
    /**
     * Whether to allow choosing only [Premium](https://corefork.telegram.org/api/premium) users.
     *
     * Optional: bit 1 of `flags` (TL `premium:flags.1?…`).
     *
     * Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.
     */
    premium?: boolean;
}
/**
 * Info about a [channel/supergroup](https://corefork.telegram.org/api/channel), shared by a user with the currently logged in bot using {@link messages.RawSendBotRequestedPeerRequest}.
 *
 * All fields except the ID are optional, and will be populated if present on the chosen channel/supergroup, according to the parameters of the requesting {@link RawInputKeyboardButtonRequestPeer}.
 *
 * Constructor of `RequestedPeer`; its id is `0x8ba403e4`.
 * ```tl
 * requestedPeerChannel#8ba403e4 flags:# channel_id:long title:flags.0?string username:flags.1?string photo:flags.2?Photo = RequestedPeer;
 * ```
 * Declared at schema/api.tl:1435.
 */
export interface RequestedPeerChannel {
    /** TL constructor `requestedPeerChannel`. */
    _: "requestedPeerChannel";
    /** Channel/supergroup ID. */
    channelId: bigint;
    /**
     * Channel/supergroup title.
     *
     * Optional: bit 0 of `flags` (TL `title:flags.0?…`).
     */
    title?: string;
    /**
     * Channel/supergroup username.
     *
     * Optional: bit 1 of `flags` (TL `username:flags.1?…`).
     */
    username?: string;
    /**
     * Channel/supergroup photo.
     *
     * Optional: bit 2 of `flags` (TL `photo:flags.2?…`).
     */
    photo?: TypePhoto;
}
/**
 * Info about a [chat](https://corefork.telegram.org/api/channel), shared by a user with the currently logged in bot using {@link messages.RawSendBotRequestedPeerRequest}.
 *
 * All fields except the ID are optional, and will be populated if present on the chosen chat, according to the parameters of the requesting {@link RawInputKeyboardButtonRequestPeer}.
 *
 * Constructor of `RequestedPeer`; its id is `0x7307544f`.
 * ```tl
 * requestedPeerChat#7307544f flags:# chat_id:long title:flags.0?string photo:flags.2?Photo = RequestedPeer;
 * ```
 * Declared at schema/api.tl:1434.
 */
export interface RequestedPeerChat {
    /** TL constructor `requestedPeerChat`. */
    _: "requestedPeerChat";
    /** Chat ID. */
    chatId: bigint;
    /**
     * Chat title.
     *
     * Optional: bit 0 of `flags` (TL `title:flags.0?…`).
     */
    title?: string;
    /**
     * Chat photo.
     *
     * Optional: bit 2 of `flags` (TL `photo:flags.2?…`).
     */
    photo?: TypePhoto;
}
/**
 * Info about a user, shared by a user with the currently logged in bot using {@link messages.RawSendBotRequestedPeerRequest}.
 *
 * All fields except the ID are optional, and will be populated if present on the chosen user, according to the parameters of the requesting {@link RawInputKeyboardButtonRequestPeer}.
 *
 * Constructor of `RequestedPeer`; its id is `0xd62ff46a`.
 * ```tl
 * requestedPeerUser#d62ff46a flags:# user_id:long first_name:flags.0?string last_name:flags.0?string username:flags.1?string photo:flags.2?Photo = RequestedPeer;
 * ```
 * Declared at schema/api.tl:1433.
 */
export type RequestedPeerUser = {
    /**
     * TL constructor `requestedPeerUser`.
     */
    _: "requestedPeerUser";
    /**
     * User ID.
     */
    userId: bigint;
    /**
     * Username.
     *
     * Optional: bit 1 of `flags` (TL `username:flags.1?…`).
     */
    username?: string;
    /**
     * Profile photo.
     *
     * Optional: bit 2 of `flags` (TL `photo:flags.2?…`).
     */
    photo?: TypePhoto;
} & ({
    /**
     * First name.
     *
     * Optional: bit 0 of `flags` (TL `first_name:flags.0?…`).
     *
     * Shares its flag bit with `firstName`, `lastName`: give all of the value fields or none (checked in the types and at runtime).
     */
    firstName: string;
    /**
     * Last name.
     *
     * Optional: bit 0 of `flags` (TL `last_name:flags.0?…`).
     *
     * Shares its flag bit with `firstName`, `lastName`: give all of the value fields or none (checked in the types and at runtime).
     */
    lastName: string;
} | {
    /**
     * Given together with `lastName`, or not at all.
     */
    firstName?: undefined;
    /**
     * Given together with `firstName`, or not at all.
     */
    lastName?: undefined;
});
/**
 * Restriction reason.
 *
 * See [here »](https://corefork.telegram.org/api/age-verification) for the full flow to use for restricted or age-gated content.
 *
 * Constructor of `RestrictionReason`; its id is `0xd072acb4`.
 * ```tl
 * restrictionReason#d072acb4 platform:string reason:string text:string = RestrictionReason;
 * ```
 * Declared at schema/api.tl:1073.
 */
export interface RestrictionReason {
    /** TL constructor `restrictionReason`. */
    _: "restrictionReason";
    /** Platform identifier (ios, android, wp, all, etc.), can be concatenated with a dash as separator (`android-ios`, `ios-wp`, etc) */
    platform: string;
    /** Restriction reason (`porno`, `terms`, etc.). Ignore this restriction reason if it is contained in the [ignore_restriction_reasons »](https://corefork.telegram.org/api/config#ignore-restriction-reasons) client configuration parameter. */
    reason: string;
    /** Error message to be shown to the user */
    text: string;
}
/**
 * Constructor of `RichMessage`; its id is `0xbaf39d8b`.
 * ```tl
 * richMessage#baf39d8b flags:# rtl:flags.0?true part:flags.1?true blocks:Vector<PageBlock> photos:Vector<Photo> documents:Vector<Document> = RichMessage;
 * ```
 * Declared at schema/api.tl:1627.
 */
export interface RichMessage {
    /** TL constructor `richMessage`. */
    _: "richMessage";
    /** Optional: bit 0 of `flags` (TL `rtl:flags.0?…`). */
    rtl?: boolean;
    /** Optional: bit 1 of `flags` (TL `part:flags.1?…`). */
    part?: boolean;
    /** TL field `blocks`. */
    blocks: TypePageBlock[];
    /** TL field `photos`. */
    photos: TypePhoto[];
    /** TL field `documents`. */
    documents: TypeDocument[];
}
/**
 * Encrypted credentials required to decrypt [telegram passport](https://corefork.telegram.org/passport) data.
 *
 * Constructor of `SecureCredentialsEncrypted`; its id is `0x33f0ea47`.
 * ```tl
 * secureCredentialsEncrypted#33f0ea47 data:bytes hash:bytes secret:bytes = SecureCredentialsEncrypted;
 * ```
 * Declared at schema/api.tl:1000.
 */
export interface SecureCredentialsEncrypted {
    /** TL constructor `secureCredentialsEncrypted`. */
    _: "secureCredentialsEncrypted";
    /** Encrypted JSON-serialized data with unique user's payload, data hashes and secrets required for EncryptedPassportElement decryption and authentication, as described in [decrypting data »](https://corefork.telegram.org/passport#decrypting-data) */
    data: Uint8Array;
    /** Data hash for data authentication as described in [decrypting data »](https://corefork.telegram.org/passport#decrypting-data) */
    hash: Uint8Array;
    /** Secret, encrypted with the bot's public RSA key, required for data decryption as described in [decrypting data »](https://corefork.telegram.org/passport#decrypting-data) */
    secret: Uint8Array;
}
/**
 * Secure [passport](https://corefork.telegram.org/passport) data, for more info [see the passport docs »](https://corefork.telegram.org/passport/encryption#securedata)
 *
 * Constructor of `SecureData`; its id is `0x8aeabec3`.
 * ```tl
 * secureData#8aeabec3 data:bytes data_hash:bytes secret:bytes = SecureData;
 * ```
 * Declared at schema/api.tl:972.
 */
export interface SecureData {
    /** TL constructor `secureData`. */
    _: "secureData";
    /** Data */
    data: Uint8Array;
    /** Data hash */
    dataHash: Uint8Array;
    /** Secret */
    secret: Uint8Array;
}
/**
 * Secure [passport](https://corefork.telegram.org/passport) file, for more info [see the passport docs »](https://corefork.telegram.org/passport/encryption#inputsecurefile)
 *
 * Constructor of `SecureFile`; its id is `0x7d09c27e`.
 * ```tl
 * secureFile#7d09c27e id:long access_hash:long size:long dc_id:int date:int file_hash:bytes secret:bytes = SecureFile;
 * ```
 * Declared at schema/api.tl:971.
 */
export interface SecureFile {
    /** TL constructor `secureFile`. */
    _: "secureFile";
    /** ID */
    id: bigint;
    /** Access hash */
    accessHash: bigint;
    /** File size */
    size: bigint;
    /** DC ID */
    dcId: number;
    /** Date of upload */
    date: number;
    /** File hash */
    fileHash: Uint8Array;
    /** Secret */
    secret: Uint8Array;
}
/**
 * Empty constructor
 *
 * Constructor of `SecureFile`; its id is `0x64199744`.
 * ```tl
 * secureFileEmpty#64199744 = SecureFile;
 * ```
 * Declared at schema/api.tl:970.
 */
export interface SecureFileEmpty {
    /** TL constructor `secureFileEmpty`. */
    _: "secureFileEmpty";
}
/**
 * Email address to use in [telegram passport](https://corefork.telegram.org/passport): [it must be verified, first »](https://corefork.telegram.org/passport/encryption#secureplaindata).
 *
 * Constructor of `SecurePlainData`; its id is `0x21ec5a5f`.
 * ```tl
 * securePlainEmail#21ec5a5f email:string = SecurePlainData;
 * ```
 * Declared at schema/api.tl:974.
 */
export interface SecurePlainEmail {
    /** TL constructor `securePlainEmail`. */
    _: "securePlainEmail";
    /** Email address */
    email: string;
}
/**
 * Phone number to use in [telegram passport](https://corefork.telegram.org/passport): [it must be verified, first »](https://corefork.telegram.org/passport/encryption#secureplaindata).
 *
 * Constructor of `SecurePlainData`; its id is `0x7d6099dd`.
 * ```tl
 * securePlainPhone#7d6099dd phone:string = SecurePlainData;
 * ```
 * Declared at schema/api.tl:973.
 */
export interface SecurePlainPhone {
    /** TL constructor `securePlainPhone`. */
    _: "securePlainPhone";
    /** Phone number */
    phone: string;
}
/**
 * Secure value
 *
 * Constructor of `SecureValue`; its id is `0x187fa0ca`.
 * ```tl
 * secureValue#187fa0ca flags:# type:SecureValueType data:flags.0?SecureData front_side:flags.1?SecureFile reverse_side:flags.2?SecureFile selfie:flags.3?SecureFile translation:flags.6?Vector<SecureFile> files:flags.4?Vector<SecureFile> plain_data:flags.5?SecurePlainData hash:bytes = SecureValue;
 * ```
 * Declared at schema/api.tl:988.
 */
export interface SecureValue {
    /** TL constructor `secureValue`. */
    _: "secureValue";
    /** Secure [passport](https://corefork.telegram.org/passport) value type */
    type: TypeSecureValueType;
    /**
     * Encrypted [Telegram Passport](https://corefork.telegram.org/passport) element data
     *
     * Optional: bit 0 of `flags` (TL `data:flags.0?…`).
     */
    data?: TypeSecureData;
    /**
     * Encrypted [passport](https://corefork.telegram.org/passport) file with the front side of the document
     *
     * Optional: bit 1 of `flags` (TL `front_side:flags.1?…`).
     */
    frontSide?: TypeSecureFile;
    /**
     * Encrypted [passport](https://corefork.telegram.org/passport) file with the reverse side of the document
     *
     * Optional: bit 2 of `flags` (TL `reverse_side:flags.2?…`).
     */
    reverseSide?: TypeSecureFile;
    /**
     * Encrypted [passport](https://corefork.telegram.org/passport) file with a selfie of the user holding the document
     *
     * Optional: bit 3 of `flags` (TL `selfie:flags.3?…`).
     */
    selfie?: TypeSecureFile;
    /**
     * Array of encrypted [passport](https://corefork.telegram.org/passport) files with translated versions of the provided documents
     *
     * Optional: bit 6 of `flags` (TL `translation:flags.6?…`).
     */
    translation?: TypeSecureFile[];
    /**
     * Array of encrypted [passport](https://corefork.telegram.org/passport) files with photos the of the documents
     *
     * Optional: bit 4 of `flags` (TL `files:flags.4?…`).
     */
    files?: TypeSecureFile[];
    /**
     * Plaintext verified [passport](https://corefork.telegram.org/passport) data
     *
     * Optional: bit 5 of `flags` (TL `plain_data:flags.5?…`).
     */
    plainData?: TypeSecurePlainData;
    /** Data hash */
    hash: Uint8Array;
}
/**
 * Address
 *
 * Constructor of `SecureValueType`; its id is `0xcbe31e26`.
 * ```tl
 * secureValueTypeAddress#cbe31e26 = SecureValueType;
 * ```
 * Declared at schema/api.tl:980.
 */
export interface SecureValueTypeAddress {
    /** TL constructor `secureValueTypeAddress`. */
    _: "secureValueTypeAddress";
}
/**
 * Bank statement
 *
 * Constructor of `SecureValueType`; its id is `0x89137c0d`.
 * ```tl
 * secureValueTypeBankStatement#89137c0d = SecureValueType;
 * ```
 * Declared at schema/api.tl:982.
 */
export interface SecureValueTypeBankStatement {
    /** TL constructor `secureValueTypeBankStatement`. */
    _: "secureValueTypeBankStatement";
}
/**
 * Driver's license
 *
 * Constructor of `SecureValueType`; its id is `0x06e425c4`.
 * ```tl
 * secureValueTypeDriverLicense#06e425c4 = SecureValueType;
 * ```
 * Declared at schema/api.tl:977.
 */
export interface SecureValueTypeDriverLicense {
    /** TL constructor `secureValueTypeDriverLicense`. */
    _: "secureValueTypeDriverLicense";
}
/**
 * Email
 *
 * Constructor of `SecureValueType`; its id is `0x8e3ca7ee`.
 * ```tl
 * secureValueTypeEmail#8e3ca7ee = SecureValueType;
 * ```
 * Declared at schema/api.tl:987.
 */
export interface SecureValueTypeEmail {
    /** TL constructor `secureValueTypeEmail`. */
    _: "secureValueTypeEmail";
}
/**
 * Identity card
 *
 * Constructor of `SecureValueType`; its id is `0xa0d0744b`.
 * ```tl
 * secureValueTypeIdentityCard#a0d0744b = SecureValueType;
 * ```
 * Declared at schema/api.tl:978.
 */
export interface SecureValueTypeIdentityCard {
    /** TL constructor `secureValueTypeIdentityCard`. */
    _: "secureValueTypeIdentityCard";
}
/**
 * Internal [passport](https://corefork.telegram.org/passport)
 *
 * Constructor of `SecureValueType`; its id is `0x99a48f23`.
 * ```tl
 * secureValueTypeInternalPassport#99a48f23 = SecureValueType;
 * ```
 * Declared at schema/api.tl:979.
 */
export interface SecureValueTypeInternalPassport {
    /** TL constructor `secureValueTypeInternalPassport`. */
    _: "secureValueTypeInternalPassport";
}
/**
 * Passport
 *
 * Constructor of `SecureValueType`; its id is `0x3dac6a00`.
 * ```tl
 * secureValueTypePassport#3dac6a00 = SecureValueType;
 * ```
 * Declared at schema/api.tl:976.
 */
export interface SecureValueTypePassport {
    /** TL constructor `secureValueTypePassport`. */
    _: "secureValueTypePassport";
}
/**
 * Internal registration [passport](https://corefork.telegram.org/passport)
 *
 * Constructor of `SecureValueType`; its id is `0x99e3806a`.
 * ```tl
 * secureValueTypePassportRegistration#99e3806a = SecureValueType;
 * ```
 * Declared at schema/api.tl:984.
 */
export interface SecureValueTypePassportRegistration {
    /** TL constructor `secureValueTypePassportRegistration`. */
    _: "secureValueTypePassportRegistration";
}
/**
 * Personal details
 *
 * Constructor of `SecureValueType`; its id is `0x9d2a81e3`.
 * ```tl
 * secureValueTypePersonalDetails#9d2a81e3 = SecureValueType;
 * ```
 * Declared at schema/api.tl:975.
 */
export interface SecureValueTypePersonalDetails {
    /** TL constructor `secureValueTypePersonalDetails`. */
    _: "secureValueTypePersonalDetails";
}
/**
 * Phone
 *
 * Constructor of `SecureValueType`; its id is `0xb320aadb`.
 * ```tl
 * secureValueTypePhone#b320aadb = SecureValueType;
 * ```
 * Declared at schema/api.tl:986.
 */
export interface SecureValueTypePhone {
    /** TL constructor `secureValueTypePhone`. */
    _: "secureValueTypePhone";
}
/**
 * Rental agreement
 *
 * Constructor of `SecureValueType`; its id is `0x8b883488`.
 * ```tl
 * secureValueTypeRentalAgreement#8b883488 = SecureValueType;
 * ```
 * Declared at schema/api.tl:983.
 */
export interface SecureValueTypeRentalAgreement {
    /** TL constructor `secureValueTypeRentalAgreement`. */
    _: "secureValueTypeRentalAgreement";
}
/**
 * Temporary registration
 *
 * Constructor of `SecureValueType`; its id is `0xea02ec33`.
 * ```tl
 * secureValueTypeTemporaryRegistration#ea02ec33 = SecureValueType;
 * ```
 * Declared at schema/api.tl:985.
 */
export interface SecureValueTypeTemporaryRegistration {
    /** TL constructor `secureValueTypeTemporaryRegistration`. */
    _: "secureValueTypeTemporaryRegistration";
}
/**
 * Utility bill
 *
 * Constructor of `SecureValueType`; its id is `0xfc36954e`.
 * ```tl
 * secureValueTypeUtilityBill#fc36954e = SecureValueType;
 * ```
 * Declared at schema/api.tl:981.
 */
export interface SecureValueTypeUtilityBill {
    /** TL constructor `secureValueTypeUtilityBill`. */
    _: "secureValueTypeUtilityBill";
}
/**
 * Invalidate all previous action updates. E.g. when user deletes entered text or aborts a video upload.
 *
 * Constructor of `SendMessageAction`; its id is `0xfd5ec8f5`.
 * ```tl
 * sendMessageCancelAction#fd5ec8f5 = SendMessageAction;
 * ```
 * Declared at schema/api.tl:480.
 */
export interface SendMessageCancelAction {
    /** TL constructor `sendMessageCancelAction`. */
    _: "sendMessageCancelAction";
}
/**
 * User is selecting a contact to share.
 *
 * Constructor of `SendMessageAction`; its id is `0x628cbc6f`.
 * ```tl
 * sendMessageChooseContactAction#628cbc6f = SendMessageAction;
 * ```
 * Declared at schema/api.tl:488.
 */
export interface SendMessageChooseContactAction {
    /** TL constructor `sendMessageChooseContactAction`. */
    _: "sendMessageChooseContactAction";
}
/**
 * User is choosing a sticker
 *
 * Constructor of `SendMessageAction`; its id is `0xb05ac6b1`.
 * ```tl
 * sendMessageChooseStickerAction#b05ac6b1 = SendMessageAction;
 * ```
 * Declared at schema/api.tl:494.
 */
export interface SendMessageChooseStickerAction {
    /** TL constructor `sendMessageChooseStickerAction`. */
    _: "sendMessageChooseStickerAction";
}
/**
 * User has clicked on an animated emoji triggering a [reaction, click here for more info »](https://corefork.telegram.org/api/animated-emojis#emoji-reactions).
 *
 * Constructor of `SendMessageAction`; its id is `0x25972bcb`.
 * ```tl
 * sendMessageEmojiInteraction#25972bcb emoticon:string msg_id:int interaction:DataJSON = SendMessageAction;
 * ```
 * Declared at schema/api.tl:495.
 */
export interface SendMessageEmojiInteraction {
    /** TL constructor `sendMessageEmojiInteraction`. */
    _: "sendMessageEmojiInteraction";
    /** Emoji */
    emoticon: string;
    /** Message ID of the animated emoji that was clicked */
    msgId: number;
    /** A JSON object with interaction info, [click here for more info »](https://corefork.telegram.org/api/animated-emojis#emoji-reactions) */
    interaction: TypeDataJSON;
}
/**
 * User is watching an animated emoji reaction triggered by another user, [click here for more info »](https://corefork.telegram.org/api/animated-emojis#emoji-reactions).
 *
 * Constructor of `SendMessageAction`; its id is `0xb665902e`.
 * ```tl
 * sendMessageEmojiInteractionSeen#b665902e emoticon:string = SendMessageAction;
 * ```
 * Declared at schema/api.tl:496.
 */
export interface SendMessageEmojiInteractionSeen {
    /** TL constructor `sendMessageEmojiInteractionSeen`. */
    _: "sendMessageEmojiInteractionSeen";
    /** Emoji */
    emoticon: string;
}
/**
 * User is playing a game
 *
 * Constructor of `SendMessageAction`; its id is `0xdd6a8f48`.
 * ```tl
 * sendMessageGamePlayAction#dd6a8f48 = SendMessageAction;
 * ```
 * Declared at schema/api.tl:489.
 */
export interface SendMessageGamePlayAction {
    /** TL constructor `sendMessageGamePlayAction`. */
    _: "sendMessageGamePlayAction";
}
/**
 * User is selecting a location to share.
 *
 * Constructor of `SendMessageAction`; its id is `0x176f8ba1`.
 * ```tl
 * sendMessageGeoLocationAction#176f8ba1 = SendMessageAction;
 * ```
 * Declared at schema/api.tl:487.
 */
export interface SendMessageGeoLocationAction {
    /** TL constructor `sendMessageGeoLocationAction`. */
    _: "sendMessageGeoLocationAction";
}
/**
 * Chat history is being imported
 *
 * Constructor of `SendMessageAction`; its id is `0xdbda9246`.
 * ```tl
 * sendMessageHistoryImportAction#dbda9246 progress:int = SendMessageAction;
 * ```
 * Declared at schema/api.tl:493.
 */
export interface SendMessageHistoryImportAction {
    /** TL constructor `sendMessageHistoryImportAction`. */
    _: "sendMessageHistoryImportAction";
    /** Progress percentage */
    progress: number;
}
/**
 * User is recording a voice message.
 *
 * Constructor of `SendMessageAction`; its id is `0xd52f73f7`.
 * ```tl
 * sendMessageRecordAudioAction#d52f73f7 = SendMessageAction;
 * ```
 * Declared at schema/api.tl:483.
 */
export interface SendMessageRecordAudioAction {
    /** TL constructor `sendMessageRecordAudioAction`. */
    _: "sendMessageRecordAudioAction";
}
/**
 * User is recording a round video to share
 *
 * Constructor of `SendMessageAction`; its id is `0x88f27fbc`.
 * ```tl
 * sendMessageRecordRoundAction#88f27fbc = SendMessageAction;
 * ```
 * Declared at schema/api.tl:490.
 */
export interface SendMessageRecordRoundAction {
    /** TL constructor `sendMessageRecordRoundAction`. */
    _: "sendMessageRecordRoundAction";
}
/**
 * User is recording a video.
 *
 * Constructor of `SendMessageAction`; its id is `0xa187d66f`.
 * ```tl
 * sendMessageRecordVideoAction#a187d66f = SendMessageAction;
 * ```
 * Declared at schema/api.tl:481.
 */
export interface SendMessageRecordVideoAction {
    /** TL constructor `sendMessageRecordVideoAction`. */
    _: "sendMessageRecordVideoAction";
}
/**
 * Constructor of `SendMessageAction`; its id is `0xa2cb24f9`.
 * ```tl
 * sendMessageRichMessageDraftAction#a2cb24f9 random_id:long rich_message:RichMessage = SendMessageAction;
 * ```
 * Declared at schema/api.tl:499.
 */
export interface SendMessageRichMessageDraftAction {
    /** TL constructor `sendMessageRichMessageDraftAction`. */
    _: "sendMessageRichMessageDraftAction";
    /** TL field `random_id`. */
    randomId: bigint;
    /** TL field `rich_message`. */
    richMessage: TypeRichMessage;
}
/**
 * Used by bots to implement [live message streaming »](https://corefork.telegram.org/api/bots/ai#live-message-streaming).
 *
 * Constructor of `SendMessageAction`; its id is `0x376d975c`.
 * ```tl
 * sendMessageTextDraftAction#376d975c random_id:long text:TextWithEntities = SendMessageAction;
 * ```
 * Declared at schema/api.tl:497.
 */
export interface SendMessageTextDraftAction {
    /** TL constructor `sendMessageTextDraftAction`. */
    _: "sendMessageTextDraftAction";
    /** Live draft ID: used by graphical clients to slightly change the rendering behavior, see [here »](https://corefork.telegram.org/api/bots/ai#live-message-streaming) for more info. */
    randomId: bigint;
    /** The contents of the live draft. */
    text: TypeTextWithEntities;
}
/**
 * User is typing.
 *
 * Constructor of `SendMessageAction`; its id is `0x16bf744e`.
 * ```tl
 * sendMessageTypingAction#16bf744e = SendMessageAction;
 * ```
 * Declared at schema/api.tl:479.
 */
export interface SendMessageTypingAction {
    /** TL constructor `sendMessageTypingAction`. */
    _: "sendMessageTypingAction";
}
/**
 * User is uploading a voice message.
 *
 * Constructor of `SendMessageAction`; its id is `0xf351d7ab`.
 * ```tl
 * sendMessageUploadAudioAction#f351d7ab progress:int = SendMessageAction;
 * ```
 * Declared at schema/api.tl:484.
 */
export interface SendMessageUploadAudioAction {
    /** TL constructor `sendMessageUploadAudioAction`. */
    _: "sendMessageUploadAudioAction";
    /** Progress percentage */
    progress: number;
}
/**
 * User is uploading a file.
 *
 * Constructor of `SendMessageAction`; its id is `0xaa0cd9e4`.
 * ```tl
 * sendMessageUploadDocumentAction#aa0cd9e4 progress:int = SendMessageAction;
 * ```
 * Declared at schema/api.tl:486.
 */
export interface SendMessageUploadDocumentAction {
    /** TL constructor `sendMessageUploadDocumentAction`. */
    _: "sendMessageUploadDocumentAction";
    /** Progress percentage */
    progress: number;
}
/**
 * User is uploading a photo.
 *
 * Constructor of `SendMessageAction`; its id is `0xd1d34a26`.
 * ```tl
 * sendMessageUploadPhotoAction#d1d34a26 progress:int = SendMessageAction;
 * ```
 * Declared at schema/api.tl:485.
 */
export interface SendMessageUploadPhotoAction {
    /** TL constructor `sendMessageUploadPhotoAction`. */
    _: "sendMessageUploadPhotoAction";
    /** Progress percentage */
    progress: number;
}
/**
 * User is uploading a round video
 *
 * Constructor of `SendMessageAction`; its id is `0x243e1c66`.
 * ```tl
 * sendMessageUploadRoundAction#243e1c66 progress:int = SendMessageAction;
 * ```
 * Declared at schema/api.tl:491.
 */
export interface SendMessageUploadRoundAction {
    /** TL constructor `sendMessageUploadRoundAction`. */
    _: "sendMessageUploadRoundAction";
    /** Progress percentage */
    progress: number;
}
/**
 * User is uploading a video.
 *
 * Constructor of `SendMessageAction`; its id is `0xe9763aec`.
 * ```tl
 * sendMessageUploadVideoAction#e9763aec progress:int = SendMessageAction;
 * ```
 * Declared at schema/api.tl:482.
 */
export interface SendMessageUploadVideoAction {
    /** TL constructor `sendMessageUploadVideoAction`. */
    _: "sendMessageUploadVideoAction";
    /** Progress percentage */
    progress: number;
}
/**
 * User is currently speaking in the group call
 *
 * Constructor of `SendMessageAction`; its id is `0xd92c2285`.
 * ```tl
 * speakingInGroupCallAction#d92c2285 = SendMessageAction;
 * ```
 * Declared at schema/api.tl:492.
 */
export interface SpeakingInGroupCallAction {
    /** TL constructor `speakingInGroupCallAction`. */
    _: "speakingInGroupCallAction";
}
/**
 * Represents a [star gift, see here »](https://corefork.telegram.org/api/gifts) for more info.
 *
 * Constructor of `StarGift`; its id is `0x313a9547`.
 * ```tl
 * starGift#313a9547 flags:# limited:flags.0?true sold_out:flags.1?true birthday:flags.2?true require_premium:flags.7?true limited_per_user:flags.8?true peer_color_available:flags.10?true auction:flags.11?true id:long sticker:Document stars:long availability_remains:flags.0?int availability_total:flags.0?int availability_resale:flags.4?long convert_stars:long first_sale_date:flags.1?int last_sale_date:flags.1?int upgrade_stars:flags.3?long resell_min_stars:flags.4?long title:flags.5?string released_by:flags.6?Peer per_user_total:flags.8?int per_user_remains:flags.8?int locked_until_date:flags.9?int auction_slug:flags.11?string gifts_per_round:flags.11?int auction_start_date:flags.11?int upgrade_variants:flags.12?int background:flags.13?StarGiftBackground = StarGift;
 * ```
 * Declared at schema/api.tl:1475.
 */
export type StarGift = {
    /**
     * TL constructor `starGift`.
     */
    _: "starGift";
    /**
     * Whether this is a limited-supply gift.
     *
     * Optional: bit 0 of `flags` (TL `limited:flags.0?…`).
     *
     * Shares its flag bit with `availabilityRemains`, `availabilityTotal`, `limited`: true exactly when those are given.
     */
    limited?: boolean;
    /**
     * Whether this gift sold out and cannot be bought anymore.
     *
     * Optional: bit 1 of `flags` (TL `sold_out:flags.1?…`).
     *
     * Shares its flag bit with `firstSaleDate`, `lastSaleDate`, `soldOut`: true exactly when those are given.
     */
    soldOut?: boolean;
    /**
     * Whether this is a birthday-themed gift
     *
     * Optional: bit 2 of `flags` (TL `birthday:flags.2?…`).
     */
    birthday?: boolean;
    /**
     * This gift can only be bought by users with a [Premium](https://corefork.telegram.org/api/premium) subscription.
     *
     * Optional: bit 7 of `flags` (TL `require_premium:flags.7?…`).
     */
    requirePremium?: boolean;
    /**
     * If set, the maximum number of gifts of this type that can be owned by a single user is limited and specified in `per_user_total`, and the remaining slots for the current user in `per_user_remains`.
     *
     * Optional: bit 8 of `flags` (TL `limited_per_user:flags.8?…`).
     *
     * Shares its flag bit with `perUserTotal`, `perUserRemains`, `limitedPerUser`: true exactly when those are given.
     */
    limitedPerUser?: boolean;
    /**
     * Optional: bit 10 of `flags` (TL `peer_color_available:flags.10?…`).
     */
    peerColorAvailable?: boolean;
    /**
     * If set, this is a collectible gift that can only be bought through a [collectible gift auction »](https://corefork.telegram.org/api/auctions).
     *
     * Optional: bit 11 of `flags` (TL `auction:flags.11?…`).
     *
     * Shares its flag bit with `auctionSlug`, `giftsPerRound`, `auctionStartDate`, `auction`: true exactly when those are given.
     */
    auction?: boolean;
    /**
     * Identifier of the gift
     */
    id: bigint;
    /**
     * [Sticker](https://corefork.telegram.org/api/stickers) that represents the gift.
     */
    sticker: TypeDocument;
    /**
     * Price of the gift in [Telegram Stars](https://corefork.telegram.org/api/stars).
     */
    stars: bigint;
    /**
     * The receiver of this gift may convert it to this many Telegram Stars, instead of displaying it on their profile page.
     * `convert_stars` will be equal to `stars` only if the gift was bought using recently bought Telegram Stars, otherwise it will be less than `stars`.
     */
    convertStars: bigint;
    /**
     * The number of Telegram Stars the user can pay to [convert the gift into a collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts).
     *
     * Optional: bit 3 of `flags` (TL `upgrade_stars:flags.3?…`).
     */
    upgradeStars?: bigint;
    /**
     * Title of the gift
     *
     * Optional: bit 5 of `flags` (TL `title:flags.5?…`).
     */
    title?: string;
    /**
     * This gift was released by the specified peer.
     *
     * Optional: bit 6 of `flags` (TL `released_by:flags.6?…`).
     */
    releasedBy?: TypePeer;
    /**
     * If set, the specified gift _possibly_ cannot be sent until the specified date, see [here »](https://corefork.telegram.org/api/gifts) for the full flow.
     *
     * Optional: bit 9 of `flags` (TL `locked_until_date:flags.9?…`).
     */
    lockedUntilDate?: number;
    /**
     * Optional: bit 12 of `flags` (TL `upgrade_variants:flags.12?…`).
     */
    upgradeVariants?: number;
    /**
     * Optional: bit 13 of `flags` (TL `background:flags.13?…`).
     */
    background?: TypeStarGiftBackground;
} & ({
    /**
     * For limited-supply gifts: the remaining number of gifts that may be bought.
     *
     * Optional: bit 0 of `flags` (TL `availability_remains:flags.0?…`).
     *
     * Shares its flag bit with `availabilityRemains`, `availabilityTotal`, `limited`: give all of the value fields or none (checked in the types and at runtime).
     */
    availabilityRemains: number;
    /**
     * For limited-supply gifts: the total number of gifts that was available in the initial supply.
     *
     * Optional: bit 0 of `flags` (TL `availability_total:flags.0?…`).
     *
     * Shares its flag bit with `availabilityRemains`, `availabilityTotal`, `limited`: give all of the value fields or none (checked in the types and at runtime).
     */
    availabilityTotal: number;
} | {
    /**
     * Given together with `availabilityTotal`, or not at all.
     */
    availabilityRemains?: undefined;
    /**
     * Given together with `availabilityRemains`, or not at all.
     */
    availabilityTotal?: undefined;
}) & ({
    /**
     * For sold out gifts only: when was the gift first bought.
     *
     * Optional: bit 1 of `flags` (TL `first_sale_date:flags.1?…`).
     *
     * Shares its flag bit with `firstSaleDate`, `lastSaleDate`, `soldOut`: give all of the value fields or none (checked in the types and at runtime).
     */
    firstSaleDate: number;
    /**
     * For sold out gifts only: when was the gift last bought.
     *
     * Optional: bit 1 of `flags` (TL `last_sale_date:flags.1?…`).
     *
     * Shares its flag bit with `firstSaleDate`, `lastSaleDate`, `soldOut`: give all of the value fields or none (checked in the types and at runtime).
     */
    lastSaleDate: number;
} | {
    /**
     * Given together with `lastSaleDate`, or not at all.
     */
    firstSaleDate?: undefined;
    /**
     * Given together with `firstSaleDate`, or not at all.
     */
    lastSaleDate?: undefined;
}) & ({
    /**
     * Maximum number of gifts of this type that can be owned by any user.
     *
     * Optional: bit 8 of `flags` (TL `per_user_total:flags.8?…`).
     *
     * Shares its flag bit with `perUserTotal`, `perUserRemains`, `limitedPerUser`: give all of the value fields or none (checked in the types and at runtime).
     */
    perUserTotal: number;
    /**
     * Remaining number of gifts of this type that can be owned by the current user.
     *
     * Optional: bit 8 of `flags` (TL `per_user_remains:flags.8?…`).
     *
     * Shares its flag bit with `perUserTotal`, `perUserRemains`, `limitedPerUser`: give all of the value fields or none (checked in the types and at runtime).
     */
    perUserRemains: number;
} | {
    /**
     * Given together with `perUserRemains`, or not at all.
     */
    perUserTotal?: undefined;
    /**
     * Given together with `perUserTotal`, or not at all.
     */
    perUserRemains?: undefined;
}) & ({
    /**
     * Always set for gifts that can be bought on [auctions »](https://corefork.telegram.org/api/auctions), contains the [auction deep link slug »](https://corefork.telegram.org/api/links#auction-links).
     *
     * Optional: bit 11 of `flags` (TL `auction_slug:flags.11?…`).
     *
     * Shares its flag bit with `auctionSlug`, `giftsPerRound`, `auctionStartDate`, `auction`: give all of the value fields or none (checked in the types and at runtime).
     */
    auctionSlug: string;
    /**
     * Always set for gifts that can be bought on [auctions »](https://corefork.telegram.org/api/auctions), contains the number of gifts of this kind that are distributed on every round.
     *
     * Optional: bit 11 of `flags` (TL `gifts_per_round:flags.11?…`).
     *
     * Shares its flag bit with `auctionSlug`, `giftsPerRound`, `auctionStartDate`, `auction`: give all of the value fields or none (checked in the types and at runtime).
     */
    giftsPerRound: number;
    /**
     * Always set for gifts that can be bought on [auctions »](https://corefork.telegram.org/api/auctions), contains the UNIX timestamp indicating when will the auction start (or when the auction started, if it points to the past).
     *
     * Optional: bit 11 of `flags` (TL `auction_start_date:flags.11?…`).
     *
     * Shares its flag bit with `auctionSlug`, `giftsPerRound`, `auctionStartDate`, `auction`: give all of the value fields or none (checked in the types and at runtime).
     */
    auctionStartDate: number;
} | {
    /**
     * Given together with `giftsPerRound`, `auctionStartDate`, or not at all.
     */
    auctionSlug?: undefined;
    /**
     * Given together with `auctionSlug`, `auctionStartDate`, or not at all.
     */
    giftsPerRound?: undefined;
    /**
     * Given together with `auctionSlug`, `giftsPerRound`, or not at all.
     */
    auctionStartDate?: undefined;
}) & ({
    /**
     * The total number of (upgraded to [collectibles](https://corefork.telegram.org/api/gifts#collectible-gifts)) gifts of this type currently on [resale](https://corefork.telegram.org/api/gifts#reselling-collectible-gifts)
     *
     * Optional: bit 4 of `flags` (TL `availability_resale:flags.4?…`).
     *
     * Shares its flag bit with `availabilityResale`, `resellMinStars`: give all of the value fields or none (checked in the types and at runtime).
     */
    availabilityResale: bigint;
    /**
     * The minimum price in [Stars](https://corefork.telegram.org/api/stars) for gifts of this type currently on [resale](https://corefork.telegram.org/api/gifts#reselling-collectible-gifts).
     *
     * Optional: bit 4 of `flags` (TL `resell_min_stars:flags.4?…`).
     *
     * Shares its flag bit with `availabilityResale`, `resellMinStars`: give all of the value fields or none (checked in the types and at runtime).
     */
    resellMinStars: bigint;
} | {
    /**
     * Given together with `resellMinStars`, or not at all.
     */
    availabilityResale?: undefined;
    /**
     * Given together with `availabilityResale`, or not at all.
     */
    resellMinStars?: undefined;
});
/**
 * The backdrop of a [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts).
 *
 * Constructor of `StarGiftAttribute`; its id is `0x9f2504e4`.
 * ```tl
 * starGiftAttributeBackdrop#9f2504e4 name:string backdrop_id:int center_color:int edge_color:int pattern_color:int text_color:int rarity:StarGiftAttributeRarity = StarGiftAttribute;
 * ```
 * Declared at schema/api.tl:1498.
 */
export interface StarGiftAttributeBackdrop {
    /** TL constructor `starGiftAttributeBackdrop`. */
    _: "starGiftAttributeBackdrop";
    /** Name of the backdrop */
    name: string;
    /** Unique ID of the backdrop */
    backdropId: number;
    /** Color of the center of the backdrop in RGB24 format. */
    centerColor: number;
    /** Color of the edges of the backdrop in RGB24 format. */
    edgeColor: number;
    /** Color of the {@link RawStarGiftAttributePattern} applied on the backdrop in RGB24 format. */
    patternColor: number;
    /** Color of the text on the backdrop in RGB24 format. */
    textColor: number;
    /** TL field `rarity`. */
    rarity: TypeStarGiftAttributeRarity;
}
/**
 * The model of a [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts).
 *
 * Constructor of `StarGiftAttribute`; its id is `0x565251e2`.
 * ```tl
 * starGiftAttributeModel#565251e2 flags:# crafted:flags.0?true name:string document:Document rarity:StarGiftAttributeRarity = StarGiftAttribute;
 * ```
 * Declared at schema/api.tl:1496.
 */
export interface StarGiftAttributeModel {
    /** TL constructor `starGiftAttributeModel`. */
    _: "starGiftAttributeModel";
    /** Optional: bit 0 of `flags` (TL `crafted:flags.0?…`). */
    crafted?: boolean;
    /** Name of the model */
    name: string;
    /** The [sticker](https://corefork.telegram.org/api/stickers) representing the upgraded gift */
    document: TypeDocument;
    /** TL field `rarity`. */
    rarity: TypeStarGiftAttributeRarity;
}
/**
 * Info about the sender, receiver and message attached to the original [gift »](https://corefork.telegram.org/api/gifts), before it was upgraded to a [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts).
 *
 * Constructor of `StarGiftAttribute`; its id is `0xe0bff26c`.
 * ```tl
 * starGiftAttributeOriginalDetails#e0bff26c flags:# sender_id:flags.0?Peer recipient_id:Peer date:int message:flags.1?TextWithEntities = StarGiftAttribute;
 * ```
 * Declared at schema/api.tl:1499.
 */
export interface StarGiftAttributeOriginalDetails {
    /** TL constructor `starGiftAttributeOriginalDetails`. */
    _: "starGiftAttributeOriginalDetails";
    /**
     * Original sender of the gift, absent if the gift was private.
     *
     * Optional: bit 0 of `flags` (TL `sender_id:flags.0?…`).
     */
    senderId?: TypePeer;
    /** Original receiver of the gift. */
    recipientId: TypePeer;
    /** When was the gift sent. */
    date: number;
    /**
     * Original message attached to the gift, if present.
     *
     * Optional: bit 1 of `flags` (TL `message:flags.1?…`).
     */
    message?: TypeTextWithEntities;
}
/**
 * A [sticker](https://corefork.telegram.org/api/stickers) applied on the backdrop of a [collectible gift »](https://corefork.telegram.org/api/gifts) using a repeating pattern.
 *
 * Constructor of `StarGiftAttribute`; its id is `0x4e7085ea`.
 * ```tl
 * starGiftAttributePattern#4e7085ea name:string document:Document rarity:StarGiftAttributeRarity = StarGiftAttribute;
 * ```
 * Declared at schema/api.tl:1497.
 */
export interface StarGiftAttributePattern {
    /** TL constructor `starGiftAttributePattern`. */
    _: "starGiftAttributePattern";
    /** Name of the symbol */
    name: string;
    /** The symbol */
    document: TypeDocument;
    /** TL field `rarity`. */
    rarity: TypeStarGiftAttributeRarity;
}
/**
 * Constructor of `StarGiftAttributeRarity`; its id is `0x36437737`.
 * ```tl
 * starGiftAttributeRarity#36437737 permille:int = StarGiftAttributeRarity;
 * ```
 * Declared at schema/api.tl:1593.
 */
export interface StarGiftAttributeRarity {
    /** TL constructor `starGiftAttributeRarity`. */
    _: "starGiftAttributeRarity";
    /** TL field `permille`. */
    permille: number;
}
/**
 * Constructor of `StarGiftAttributeRarity`; its id is `0x78fbf3a8`.
 * ```tl
 * starGiftAttributeRarityEpic#78fbf3a8 = StarGiftAttributeRarity;
 * ```
 * Declared at schema/api.tl:1596.
 */
export interface StarGiftAttributeRarityEpic {
    /** TL constructor `starGiftAttributeRarityEpic`. */
    _: "starGiftAttributeRarityEpic";
}
/**
 * Constructor of `StarGiftAttributeRarity`; its id is `0xcef7e7a8`.
 * ```tl
 * starGiftAttributeRarityLegendary#cef7e7a8 = StarGiftAttributeRarity;
 * ```
 * Declared at schema/api.tl:1597.
 */
export interface StarGiftAttributeRarityLegendary {
    /** TL constructor `starGiftAttributeRarityLegendary`. */
    _: "starGiftAttributeRarityLegendary";
}
/**
 * Constructor of `StarGiftAttributeRarity`; its id is `0xf08d516b`.
 * ```tl
 * starGiftAttributeRarityRare#f08d516b = StarGiftAttributeRarity;
 * ```
 * Declared at schema/api.tl:1595.
 */
export interface StarGiftAttributeRarityRare {
    /** TL constructor `starGiftAttributeRarityRare`. */
    _: "starGiftAttributeRarityRare";
}
/**
 * Constructor of `StarGiftAttributeRarity`; its id is `0xdbce6389`.
 * ```tl
 * starGiftAttributeRarityUncommon#dbce6389 = StarGiftAttributeRarity;
 * ```
 * Declared at schema/api.tl:1594.
 */
export interface StarGiftAttributeRarityUncommon {
    /** TL constructor `starGiftAttributeRarityUncommon`. */
    _: "starGiftAttributeRarityUncommon";
}
/**
 * Describes one or more [collectible gift auction rounds »](https://corefork.telegram.org/api/auctions).
 *
 * Constructor of `StarGiftAuctionRound`; its id is `0x3aae0528`.
 * ```tl
 * starGiftAuctionRound#3aae0528 num:int duration:int = StarGiftAuctionRound;
 * ```
 * Declared at schema/api.tl:1587.
 */
export interface StarGiftAuctionRound {
    /** TL constructor `starGiftAuctionRound`. */
    _: "starGiftAuctionRound";
    /** This object describes all rounds starting from `num` up until `next.num-1` inclusively (`next` is the next [StarGiftAuctionRound](https://corefork.telegram.org/type/StarGiftAuctionRound)). */
    num: number;
    /** Duration in seconds of the round(s). */
    duration: number;
}
/**
 * Describes one or more extendable [collectible gift auction rounds »](https://corefork.telegram.org/api/auctions).
 *
 * Constructor of `StarGiftAuctionRound`; its id is `0x0aa021e5`.
 * ```tl
 * starGiftAuctionRoundExtendable#0aa021e5 num:int duration:int extend_top:int extend_window:int = StarGiftAuctionRound;
 * ```
 * Declared at schema/api.tl:1588.
 */
export interface StarGiftAuctionRoundExtendable {
    /** TL constructor `starGiftAuctionRoundExtendable`. */
    _: "starGiftAuctionRoundExtendable";
    /** This object describes all rounds starting from `num` up until `next.num-1` inclusively (`next` is the next [StarGiftAuctionRound](https://corefork.telegram.org/type/StarGiftAuctionRound)). */
    num: number;
    /** Duration in seconds of the round(s). */
    duration: number;
    /** The round(s) will be extended by `extend_window` if a bid changes the composition/order of the top `extend_top` bidders. */
    extendTop: number;
    /** The round(s) will be extended by this many seconds if a bid changes the composition/order of the top `extend_top` bidders. */
    extendWindow: number;
}
/**
 * Represents an active or pending [auction »](https://corefork.telegram.org/api/auctions).
 *
 * Constructor of `StarGiftAuctionState`; its id is `0x771a4e66`.
 * ```tl
 * starGiftAuctionState#771a4e66 version:int start_date:int end_date:int min_bid_amount:long bid_levels:Vector<AuctionBidLevel> top_bidders:Vector<long> next_round_at:int last_gift_num:int gifts_left:int current_round:int total_rounds:int rounds:Vector<StarGiftAuctionRound> = StarGiftAuctionState;
 * ```
 * Declared at schema/api.tl:1567.
 */
export interface StarGiftAuctionState {
    /** TL constructor `starGiftAuctionState`. */
    _: "starGiftAuctionState";
    /** Only apply incoming {@link RawStarGiftAuctionState} constructors if the received `version` is bigger than the locally cached `version`. */
    version: number;
    /** UNIX timestamp indicating when the auction will start (or when it started, if it's in the past). */
    startDate: number;
    /** UNIX timestamp indicating when the auction will end */
    endDate: number;
    /** Minumum allowed bid amount in [Telegram Stars](https://corefork.telegram.org/api/stars): only applicable if the user hasn't made a bid yet, otherwise must be overridden to the value of {@link RawStarGiftAuctionUserState}.`min_bid_amount` (which will be set if and only if the user already made a bid to this auction). */
    minBidAmount: bigint;
    /** Contains a sparse list of bids starting from the top bids, a more detailed description is available in [the docs](https://corefork.telegram.org/api/auctions). */
    bidLevels: TypeAuctionBidLevel[];
    /** User IDs of the top 3 bidders (the {@link RawUser} constructors will be returned as [min](https://corefork.telegram.org/api/min) constructors in the containing object). */
    topBidders: bigint[];
    /** UNIX timestamp indicating when the current auction round will end, distributing {@link RawStarGift}.`gifts_per_round` gifts to the top {@link RawStarGift}.`gifts_per_round` bidders. */
    nextRoundAt: number;
    /** The number of gifts that were distributed in the previous round (also used to compute the approximated index of the gift that the current user will receive, `last_gift_num + approx_pos`, see [here »](https://corefork.telegram.org/api/auctions) for more info). */
    lastGiftNum: number;
    /** The remaining number of gifts that are yet to be distributed. */
    giftsLeft: number;
    /** The current round number (starting from 1). */
    currentRound: number;
    /** The total number of rounds in this auction. */
    totalRounds: number;
    /** Detailed round information. */
    rounds: TypeStarGiftAuctionRound[];
}
/**
 * Represents a finished [auction »](https://corefork.telegram.org/api/auctions).
 *
 * Constructor of `StarGiftAuctionState`; its id is `0x972dabbf`.
 * ```tl
 * starGiftAuctionStateFinished#972dabbf flags:# start_date:int end_date:int average_price:long listed_count:flags.0?int fragment_listed_count:flags.1?int fragment_listed_url:flags.1?string = StarGiftAuctionState;
 * ```
 * Declared at schema/api.tl:1568.
 */
export type StarGiftAuctionStateFinished = {
    /**
     * TL constructor `starGiftAuctionStateFinished`.
     */
    _: "starGiftAuctionStateFinished";
    /**
     * UNIX timestamp indicating when the auction started.
     */
    startDate: number;
    /**
     * UNIX timestamp indicating when the auction ended.
     */
    endDate: number;
    /**
     * Average price of distributed gifts.
     */
    averagePrice: bigint;
    /**
     * Number of gifts from the auction currently being resold on Telegram: if set, when the corresponding element is clicked in graphical clients, {@link payments.RawGetResaleStarGiftsRequest} should be invoked with the ID of the gift associated to this auction, see [here »](https://corefork.telegram.org/api/auctions) for more info.
     *
     * Optional: bit 0 of `flags` (TL `listed_count:flags.0?…`).
     */
    listedCount?: number;
} & ({
    /**
     * Number of gifts from the auction currently being resold on [Fragment](https://fragment.com/).
     *
     * Optional: bit 1 of `flags` (TL `fragment_listed_count:flags.1?…`).
     *
     * Shares its flag bit with `fragmentListedCount`, `fragmentListedUrl`: give all of the value fields or none (checked in the types and at runtime).
     */
    fragmentListedCount: number;
    /**
     * Only set if `fragment_listed_count` is set. If set, when the corresponding element is clicked in graphical clients, this URL should be opened.
     *
     * Optional: bit 1 of `flags` (TL `fragment_listed_url:flags.1?…`).
     *
     * Shares its flag bit with `fragmentListedCount`, `fragmentListedUrl`: give all of the value fields or none (checked in the types and at runtime).
     */
    fragmentListedUrl: string;
} | {
    /**
     * Given together with `fragmentListedUrl`, or not at all.
     */
    fragmentListedCount?: undefined;
    /**
     * Given together with `fragmentListedCount`, or not at all.
     */
    fragmentListedUrl?: undefined;
});
/**
 * Returned only by auction methods (never by updates) if the passed `version` is equal to the remote [auction »](https://corefork.telegram.org/api/auctions).`version`, meaning auction information hasn't changed over the locally cached version.
 *
 * Constructor of `StarGiftAuctionState`; its id is `0xfe333952`.
 * ```tl
 * starGiftAuctionStateNotModified#fe333952 = StarGiftAuctionState;
 * ```
 * Declared at schema/api.tl:1566.
 */
export interface StarGiftAuctionStateNotModified {
    /** TL constructor `starGiftAuctionStateNotModified`. */
    _: "starGiftAuctionStateNotModified";
}
/**
 * Contains information about the current user's state in an [auction »](https://corefork.telegram.org/api/auctions).
 *
 * The `bid_amount`, `bid_date`, `bid_peer` and `min_bid_amount` flags of {@link RawStarGiftAuctionUserState} will all be set if the user placed a bid in the auction.
 *
 * Constructor of `StarGiftAuctionUserState`; its id is `0x2eeed1c4`.
 * ```tl
 * starGiftAuctionUserState#2eeed1c4 flags:# returned:flags.1?true bid_amount:flags.0?long bid_date:flags.0?int min_bid_amount:flags.0?long bid_peer:flags.0?Peer acquired_count:int = StarGiftAuctionUserState;
 * ```
 * Declared at schema/api.tl:1569.
 */
export type StarGiftAuctionUserState = {
    /**
     * TL constructor `starGiftAuctionUserState`.
     */
    _: "starGiftAuctionUserState";
    /**
     * If set, the placed bid was returned to the user, because it was outbid so much that it fell out of the top {@link RawStarGiftAuctionState}.`gifts_left` positions, meaning that even if no new bids are placed, the user will never receive any gifts, so the bid was completely removed from the auction, and in order to participate again the user must manually make a new bid.
     *
     * Optional: bit 1 of `flags` (TL `returned:flags.1?…`).
     */
    returned?: boolean;
    /**
     * Contains the number of gifts that were purchased so far in the auction by the current user.
     */
    acquiredCount: number;
} & ({
    /**
     * Contains the amount of the placed bid in [Telegram Stars](https://corefork.telegram.org/api/stars).
     *
     * Optional: bit 0 of `flags` (TL `bid_amount:flags.0?…`).
     *
     * Shares its flag bit with `bidAmount`, `bidDate`, `minBidAmount`, `bidPeer`: give all of the value fields or none (checked in the types and at runtime).
     */
    bidAmount: bigint;
    /**
     * Contains a UNIX timestamp, indicating when the bid was placed.
     *
     * Optional: bit 0 of `flags` (TL `bid_date:flags.0?…`).
     *
     * Shares its flag bit with `bidAmount`, `bidDate`, `minBidAmount`, `bidPeer`: give all of the value fields or none (checked in the types and at runtime).
     */
    bidDate: number;
    /**
     * Contains the minumum allowed bid amount in [Telegram Stars](https://corefork.telegram.org/api/stars), if set overrides {@link RawStarGiftAuctionState}.`min_bid_amount` for the current user.
     *
     * Optional: bit 0 of `flags` (TL `min_bid_amount:flags.0?…`).
     *
     * Shares its flag bit with `bidAmount`, `bidDate`, `minBidAmount`, `bidPeer`: give all of the value fields or none (checked in the types and at runtime).
     */
    minBidAmount: bigint;
    /**
     * Contains the peer that will receive the gift, if you end up winning this round
     *
     * Optional: bit 0 of `flags` (TL `bid_peer:flags.0?…`).
     *
     * Shares its flag bit with `bidAmount`, `bidDate`, `minBidAmount`, `bidPeer`: give all of the value fields or none (checked in the types and at runtime).
     */
    bidPeer: TypePeer;
} | {
    /**
     * Given together with `bidDate`, `minBidAmount`, `bidPeer`, or not at all.
     */
    bidAmount?: undefined;
    /**
     * Given together with `bidAmount`, `minBidAmount`, `bidPeer`, or not at all.
     */
    bidDate?: undefined;
    /**
     * Given together with `bidAmount`, `bidDate`, `bidPeer`, or not at all.
     */
    minBidAmount?: undefined;
    /**
     * Given together with `bidAmount`, `bidDate`, `minBidAmount`, or not at all.
     */
    bidPeer?: undefined;
});
/**
 * Constructor of `StarGiftBackground`; its id is `0xaff56398`.
 * ```tl
 * starGiftBackground#aff56398 center_color:int edge_color:int text_color:int = StarGiftBackground;
 * ```
 * Declared at schema/api.tl:1586.
 */
export interface StarGiftBackground {
    /** TL constructor `starGiftBackground`. */
    _: "starGiftBackground";
    /** TL field `center_color`. */
    centerColor: number;
    /** TL field `edge_color`. */
    edgeColor: number;
    /** TL field `text_color`. */
    textColor: number;
}
/**
 * Represents a [collectible star gift, see here »](https://corefork.telegram.org/api/gifts#collectible-gifts) for more info.
 *
 * The sticker that represents the gift is contained in a {@link RawStarGiftAttributeModel} object in `attributes`.
 *
 * Constructor of `StarGift`; its id is `0x85f0a9cd`.
 * ```tl
 * starGiftUnique#85f0a9cd flags:# require_premium:flags.6?true resale_ton_only:flags.7?true theme_available:flags.9?true burned:flags.14?true crafted:flags.15?true id:long gift_id:long title:string slug:string num:int owner_id:flags.0?Peer owner_name:flags.1?string owner_address:flags.2?string attributes:Vector<StarGiftAttribute> availability_issued:int availability_total:int gift_address:flags.3?string resell_amount:flags.4?Vector<StarsAmount> released_by:flags.5?Peer value_amount:flags.8?long value_currency:flags.8?string value_usd_amount:flags.8?long theme_peer:flags.10?Peer peer_color:flags.11?PeerColor host_id:flags.12?Peer offer_min_stars:flags.13?int craft_chance_permille:flags.16?int = StarGift;
 * ```
 * Declared at schema/api.tl:1476.
 */
export type StarGiftUnique = {
    /**
     * TL constructor `starGiftUnique`.
     */
    _: "starGiftUnique";
    /**
     * This gift can only be bought by users with a [Premium](https://corefork.telegram.org/api/premium) subscription.
     *
     * Optional: bit 6 of `flags` (TL `require_premium:flags.6?…`).
     */
    requirePremium?: boolean;
    /**
     * Whether the gift can be bought only using Toncoins.
     *
     * Optional: bit 7 of `flags` (TL `resale_ton_only:flags.7?…`).
     */
    resaleTonOnly?: boolean;
    /**
     * A chat theme associated to this gift is available, [see here »](https://corefork.telegram.org/api/themes#chat-themes) for more info on how to use it.
     *
     * Optional: bit 9 of `flags` (TL `theme_available:flags.9?…`).
     */
    themeAvailable?: boolean;
    /**
     * Optional: bit 14 of `flags` (TL `burned:flags.14?…`).
     */
    burned?: boolean;
    /**
     * Optional: bit 15 of `flags` (TL `crafted:flags.15?…`).
     */
    crafted?: boolean;
    /**
     * Identifier of the collectible gift.
     */
    id: bigint;
    /**
     * Unique ID of the gift.
     */
    giftId: bigint;
    /**
     * Collectible title.
     */
    title: string;
    /**
     * Slug that can be used to create a [collectible gift deep link »](https://corefork.telegram.org/api/links#collectible-gift-link), or [elsewhere in the API where a collectible slug is accepted](https://corefork.telegram.org/api/gifts).
     */
    slug: string;
    /**
     * Unique identifier of this collectible gift among all (already upgraded) collectible gifts of the same type.
     */
    num: number;
    /**
     * The owner of the gift.
     *
     * Optional: bit 0 of `flags` (TL `owner_id:flags.0?…`).
     */
    ownerId?: TypePeer;
    /**
     * The name of the owner if neither `owner_id` nor `owner_address` are set.
     *
     * Optional: bit 1 of `flags` (TL `owner_name:flags.1?…`).
     */
    ownerName?: string;
    /**
     * For [NFTs on the TON blockchain](https://corefork.telegram.org/api/gifts#withdraw-a-collectible-gift-to-the-ton-blockchain), contains the address of the owner (append it to the [ton_blockchain_explorer_url client configuration value »](https://corefork.telegram.org/api/config#ton-blockchain-explorer-url) to obtain a link with information about the address).
     *
     * Optional: bit 2 of `flags` (TL `owner_address:flags.2?…`).
     */
    ownerAddress?: string;
    /**
     * Collectible attributes
     */
    attributes: TypeStarGiftAttribute[];
    /**
     * Total number of gifts of the same type that were upgraded to a collectible gift.
     */
    availabilityIssued: number;
    /**
     * Total number of gifts of the same type that can be upgraded or were already upgraded to a collectible gift.
     */
    availabilityTotal: number;
    /**
     * For [NFTs on the TON blockchain](https://corefork.telegram.org/api/gifts#withdraw-a-collectible-gift-to-the-ton-blockchain), contains the address of the NFT (append it to the [ton_blockchain_explorer_url client configuration value »](https://corefork.telegram.org/api/config#ton-blockchain-explorer-url) to obtain a link with information about the address).
     *
     * Optional: bit 3 of `flags` (TL `gift_address:flags.3?…`).
     */
    giftAddress?: string;
    /**
     * Resale price of the gift.
     *
     * Optional: bit 4 of `flags` (TL `resell_amount:flags.4?…`).
     */
    resellAmount?: TypeStarsAmount[];
    /**
     * This gift was released by the specified peer.
     *
     * Optional: bit 5 of `flags` (TL `released_by:flags.5?…`).
     */
    releasedBy?: TypePeer;
    /**
     * The current chat where the associated [chat theme](https://corefork.telegram.org/api/themes#chat-themes) is installed, if any (gift-based themes can only be installed in one chat at a time).
     *
     * Optional: bit 10 of `flags` (TL `theme_peer:flags.10?…`).
     */
    themePeer?: TypePeer;
    /**
     * Optional: bit 11 of `flags` (TL `peer_color:flags.11?…`).
     */
    peerColor?: TypePeerColor;
    /**
     * Optional: bit 12 of `flags` (TL `host_id:flags.12?…`).
     */
    hostId?: TypePeer;
    /**
     * Optional: bit 13 of `flags` (TL `offer_min_stars:flags.13?…`).
     */
    offerMinStars?: number;
    /**
     * Optional: bit 16 of `flags` (TL `craft_chance_permille:flags.16?…`).
     */
    craftChancePermille?: number;
} & ({
    /**
     * Price of the gift.
     *
     * Optional: bit 8 of `flags` (TL `value_amount:flags.8?…`).
     *
     * Shares its flag bit with `valueAmount`, `valueCurrency`, `valueUsdAmount`: give all of the value fields or none (checked in the types and at runtime).
     */
    valueAmount: bigint;
    /**
     * Currency for the gift's price.
     *
     * Optional: bit 8 of `flags` (TL `value_currency:flags.8?…`).
     *
     * Shares its flag bit with `valueAmount`, `valueCurrency`, `valueUsdAmount`: give all of the value fields or none (checked in the types and at runtime).
     */
    valueCurrency: string;
    /**
     * Optional: bit 8 of `flags` (TL `value_usd_amount:flags.8?…`).
     *
     * Shares its flag bit with `valueAmount`, `valueCurrency`, `valueUsdAmount`: give all of the value fields or none (checked in the types and at runtime).
     */
    valueUsdAmount: bigint;
} | {
    /**
     * Given together with `valueCurrency`, `valueUsdAmount`, or not at all.
     */
    valueAmount?: undefined;
    /**
     * Given together with `valueAmount`, `valueUsdAmount`, or not at all.
     */
    valueCurrency?: undefined;
    /**
     * Given together with `valueAmount`, `valueCurrency`, or not at all.
     */
    valueUsdAmount?: undefined;
});
/**
 * Describes a real (i.e. possibly decimal) amount of [Telegram Stars](https://corefork.telegram.org/api/stars).
 *
 * Constructor of `StarsAmount`; its id is `0xbbb6b4a3`.
 * ```tl
 * starsAmount#bbb6b4a3 amount:long nanos:int = StarsAmount;
 * ```
 * Declared at schema/api.tl:1490.
 */
export interface StarsAmount {
    /** TL constructor `starsAmount`. */
    _: "starsAmount";
    /** The integer amount of Telegram Stars. */
    amount: bigint;
    /**
     * The decimal amount of Telegram Stars, expressed as nanostars (i.e. 1 nanostar is equal to `1/1_000_000_000`th (one billionth) of a Telegram Star).
     * This field may also be negative (the allowed range is from `-999_999_999` to `999_999_999`).
     */
    nanos: number;
}
/**
 * Describes [Telegram Star revenue balances »](https://corefork.telegram.org/api/stars).
 *
 * Constructor of `StarsRevenueStatus`; its id is `0xfebe5491`.
 * ```tl
 * starsRevenueStatus#febe5491 flags:# withdrawal_enabled:flags.0?true current_balance:StarsAmount available_balance:StarsAmount overall_revenue:StarsAmount next_withdrawal_at:flags.1?int = StarsRevenueStatus;
 * ```
 * Declared at schema/api.tl:1461.
 */
export interface StarsRevenueStatus {
    /** TL constructor `starsRevenueStatus`. */
    _: "starsRevenueStatus";
    /**
     * If set, the user may [withdraw](https://corefork.telegram.org/api/stars#withdrawing-revenue) up to `available_balance` stars.
     *
     * Optional: bit 0 of `flags` (TL `withdrawal_enabled:flags.0?…`).
     */
    withdrawalEnabled?: boolean;
    /** Amount of not-yet-withdrawn Telegram Stars. */
    currentBalance: TypeStarsAmount;
    /** Amount of withdrawable Telegram Stars. */
    availableBalance: TypeStarsAmount;
    /** Total amount of earned Telegram Stars. */
    overallRevenue: TypeStarsAmount;
    /**
     * Unixtime indicating when will withdrawal be available to the user. If not set, withdrawal can be started now.
     *
     * Optional: bit 1 of `flags` (TL `next_withdrawal_at:flags.1?…`).
     */
    nextWithdrawalAt?: number;
}
/**
 * Pricing of a [Telegram Star subscription »](https://corefork.telegram.org/api/invites#paid-invite-links).
 *
 * Constructor of `StarsSubscriptionPricing`; its id is `0x05416d58`.
 * ```tl
 * starsSubscriptionPricing#05416d58 period:int amount:long = StarsSubscriptionPricing;
 * ```
 * Declared at schema/api.tl:1470.
 */
export interface StarsSubscriptionPricing {
    /** TL constructor `starsSubscriptionPricing`. */
    _: "starsSubscriptionPricing";
    /**
     * The user should pay `amount` stars every `period` seconds to gain and maintain access to the channel.
     * Currently the only allowed subscription period is `30*24*60*60`, i.e. the user will be debited amount stars every month.
     */
    period: number;
    /** Price of the subscription in Telegram Stars. */
    amount: bigint;
}
/**
 * Describes an amount of toncoin in nanotons (i.e. `1/1_000_000_000` of a toncoin).
 *
 * Constructor of `StarsAmount`; its id is `0x74aee3e0`.
 * ```tl
 * starsTonAmount#74aee3e0 amount:long = StarsAmount;
 * ```
 * Declared at schema/api.tl:1491.
 */
export interface StarsTonAmount {
    /** TL constructor `starsTonAmount`. */
    _: "starsTonAmount";
    /** The amount in nanotons. */
    amount: bigint;
}
/**
 * Keywords for a certain sticker
 *
 * Constructor of `StickerKeyword`; its id is `0xfcfeb29c`.
 * ```tl
 * stickerKeyword#fcfeb29c document_id:long keyword:Vector<string> = StickerKeyword;
 * ```
 * Declared at schema/api.tl:1277.
 */
export interface StickerKeyword {
    /** TL constructor `stickerKeyword`. */
    _: "stickerKeyword";
    /** Sticker ID */
    documentId: bigint;
    /** Keywords */
    keyword: string[];
}
/**
 * A stickerpack is a group of stickers associated to the same emoji.
 *
 * It is **not** a sticker pack the way it is usually intended, you may be looking for a [StickerSet](https://corefork.telegram.org/type/StickerSet).
 *
 * Constructor of `StickerPack`; its id is `0x12b299d4`.
 * ```tl
 * stickerPack#12b299d4 emoticon:string documents:Vector<long> = StickerPack;
 * ```
 * Declared at schema/api.tl:565.
 */
export interface StickerPack {
    /** TL constructor `stickerPack`. */
    _: "stickerPack";
    /** Emoji */
    emoticon: string;
    /** Stickers */
    documents: bigint[];
}
/**
 * Represents a stickerset (stickerpack)
 *
 * Constructor of `StickerSet`; its id is `0x2dd14edc`.
 * ```tl
 * stickerSet#2dd14edc flags:# archived:flags.1?true official:flags.2?true masks:flags.3?true emojis:flags.7?true text_color:flags.9?true channel_emoji_status:flags.10?true creator:flags.11?true installed_date:flags.0?int id:long access_hash:long title:string short_name:string thumbs:flags.4?Vector<PhotoSize> thumb_dc_id:flags.4?int thumb_version:flags.4?int thumb_document_id:flags.8?long count:int hash:int = StickerSet;
 * ```
 * Declared at schema/api.tl:597.
 */
export type StickerSet = {
    /**
     * TL constructor `stickerSet`.
     */
    _: "stickerSet";
    /**
     * Whether this stickerset was archived (due to too many saved stickers in the current account)
     *
     * Optional: bit 1 of `flags` (TL `archived:flags.1?…`).
     */
    archived?: boolean;
    /**
     * Is this stickerset official
     *
     * Optional: bit 2 of `flags` (TL `official:flags.2?…`).
     */
    official?: boolean;
    /**
     * Is this a mask stickerset
     *
     * Optional: bit 3 of `flags` (TL `masks:flags.3?…`).
     */
    masks?: boolean;
    /**
     * This is a custom emoji stickerset
     *
     * Optional: bit 7 of `flags` (TL `emojis:flags.7?…`).
     */
    emojis?: boolean;
    /**
     * Whether the color of this TGS custom emoji stickerset should be changed to the text color when used in messages, the accent color if used as emoji status, white on chat photos, or another appropriate color based on context.
     *
     * Optional: bit 9 of `flags` (TL `text_color:flags.9?…`).
     */
    textColor?: boolean;
    /**
     * If set, this custom emoji stickerset can be used in [channel/supergroup emoji statuses](https://corefork.telegram.org/api/emoji-status).
     *
     * Optional: bit 10 of `flags` (TL `channel_emoji_status:flags.10?…`).
     */
    channelEmojiStatus?: boolean;
    /**
     * Whether we created this stickerset
     *
     * Optional: bit 11 of `flags` (TL `creator:flags.11?…`).
     */
    creator?: boolean;
    /**
     * When was this stickerset installed
     *
     * Optional: bit 0 of `flags` (TL `installed_date:flags.0?…`).
     */
    installedDate?: number;
    /**
     * ID of the stickerset
     */
    id: bigint;
    /**
     * Access hash of stickerset
     */
    accessHash: bigint;
    /**
     * Title of stickerset
     */
    title: string;
    /**
     * Short name of stickerset, used when sharing stickerset using [stickerset deep links](https://corefork.telegram.org/api/links#stickerset-links).
     */
    shortName: string;
    /**
     * Document ID of custom emoji thumbnail, fetch the document using {@link messages.RawGetCustomEmojiDocumentsRequest}
     *
     * Optional: bit 8 of `flags` (TL `thumb_document_id:flags.8?…`).
     */
    thumbDocumentId?: bigint;
    /**
     * Number of stickers in pack
     */
    count: number;
    /**
     * Hash
     */
    hash: number;
} & ({
    /**
     * Stickerset thumbnail
     *
     * Optional: bit 4 of `flags` (TL `thumbs:flags.4?…`).
     *
     * Shares its flag bit with `thumbs`, `thumbDcId`, `thumbVersion`: give all of the value fields or none (checked in the types and at runtime).
     */
    thumbs: TypePhotoSize[];
    /**
     * DC ID of thumbnail
     *
     * Optional: bit 4 of `flags` (TL `thumb_dc_id:flags.4?…`).
     *
     * Shares its flag bit with `thumbs`, `thumbDcId`, `thumbVersion`: give all of the value fields or none (checked in the types and at runtime).
     */
    thumbDcId: number;
    /**
     * Thumbnail version
     *
     * Optional: bit 4 of `flags` (TL `thumb_version:flags.4?…`).
     *
     * Shares its flag bit with `thumbs`, `thumbDcId`, `thumbVersion`: give all of the value fields or none (checked in the types and at runtime).
     */
    thumbVersion: number;
} | {
    /**
     * Given together with `thumbDcId`, `thumbVersion`, or not at all.
     */
    thumbs?: undefined;
    /**
     * Given together with `thumbs`, `thumbVersion`, or not at all.
     */
    thumbDcId?: undefined;
    /**
     * Given together with `thumbs`, `thumbDcId`, or not at all.
     */
    thumbVersion?: undefined;
});
/**
 * Information about the current [stealth mode](https://corefork.telegram.org/api/stories#stealth-mode) session.
 *
 * Constructor of `StoriesStealthMode`; its id is `0x712e27fd`.
 * ```tl
 * storiesStealthMode#712e27fd flags:# active_until_date:flags.0?int cooldown_until_date:flags.1?int = StoriesStealthMode;
 * ```
 * Declared at schema/api.tl:1336.
 */
export interface StoriesStealthMode {
    /** TL constructor `storiesStealthMode`. */
    _: "storiesStealthMode";
    /**
     * The date up to which stealth mode will be active.
     *
     * Optional: bit 0 of `flags` (TL `active_until_date:flags.0?…`).
     */
    activeUntilDate?: number;
    /**
     * The date starting from which the user will be allowed to re-enable stealth mode again.
     *
     * Optional: bit 1 of `flags` (TL `cooldown_until_date:flags.1?…`).
     */
    cooldownUntilDate?: number;
}
/**
 * Contains info about the original poster of a reposted story.
 *
 * Constructor of `StoryFwdHeader`; its id is `0xb826e150`.
 * ```tl
 * storyFwdHeader#b826e150 flags:# modified:flags.3?true from:flags.0?Peer from_name:flags.1?string story_id:flags.2?int = StoryFwdHeader;
 * ```
 * Declared at schema/api.tl:1361.
 */
export interface StoryFwdHeader {
    /** TL constructor `storyFwdHeader`. */
    _: "storyFwdHeader";
    /**
     * Whether the story media was modified before reposting it (for example by overlaying a round video with a reaction).
     *
     * Optional: bit 3 of `flags` (TL `modified:flags.3?…`).
     */
    modified?: boolean;
    /**
     * Peer that originally posted the story; will be empty for stories forwarded from a user with forwards privacy enabled, in which case `from_name` will be set, instead.
     *
     * Optional: bit 0 of `flags` (TL `from:flags.0?…`).
     */
    from?: TypePeer;
    /**
     * Will be set for stories forwarded from a user with forwards privacy enabled, in which case `from` will also be empty.
     *
     * Optional: bit 1 of `flags` (TL `from_name:flags.1?…`).
     */
    fromName?: string;
    /**
     * , contains the story ID
     *
     * Optional: bit 2 of `flags` (TL `story_id:flags.2?…`).
     */
    storyId?: number;
}
/**
 * Represents a [story](https://corefork.telegram.org/api/stories).
 *
 * Constructor of `StoryItem`; its id is `0x16a4b93c`.
 * ```tl
 * storyItem#16a4b93c flags:# pinned:flags.5?true public:flags.7?true close_friends:flags.8?true min:flags.9?true noforwards:flags.10?true edited:flags.11?true contacts:flags.12?true selected_contacts:flags.13?true out:flags.16?true id:int date:int from_id:flags.18?Peer fwd_from:flags.17?StoryFwdHeader expire_date:int caption:flags.0?string entities:flags.1?Vector<MessageEntity> media:MessageMedia media_areas:flags.14?Vector<MediaArea> privacy:flags.2?Vector<PrivacyRule> views:flags.3?StoryViews sent_reaction:flags.15?Reaction albums:flags.19?Vector<int> music:flags.20?Document = StoryItem;
 * ```
 * Declared at schema/api.tl:1323.
 */
export interface StoryItem {
    /** TL constructor `storyItem`. */
    _: "storyItem";
    /**
     * Whether this story is pinned on the user's profile
     *
     * Optional: bit 5 of `flags` (TL `pinned:flags.5?…`).
     */
    pinned?: boolean;
    /**
     * Whether this story is public and can be viewed by everyone
     *
     * Optional: bit 7 of `flags` (TL `public:flags.7?…`).
     */
    public?: boolean;
    /**
     * Whether this story can only be viewed by [our close friends, see here »](https://corefork.telegram.org/api/privacy) for more info
     *
     * Optional: bit 8 of `flags` (TL `close_friends:flags.8?…`).
     */
    closeFriends?: boolean;
    /**
     * Full information about this story was omitted for space and performance reasons; use {@link stories.RawGetStoriesByIDRequest} to fetch full info about this story when and if needed.
     *
     * Optional: bit 9 of `flags` (TL `min:flags.9?…`).
     */
    min?: boolean;
    /**
     * Whether this story is [protected](https://telegram.org/blog/content-protection-delete-by-date-and-more) and thus cannot be forwarded; clients should also prevent users from saving attached media (i.e. videos should only be streamed, photos should be kept in RAM, et cetera).
     *
     * Optional: bit 10 of `flags` (TL `noforwards:flags.10?…`).
     */
    noforwards?: boolean;
    /**
     * Indicates whether the story was edited.
     *
     * Optional: bit 11 of `flags` (TL `edited:flags.11?…`).
     */
    edited?: boolean;
    /**
     * Whether this story can only be viewed by our contacts
     *
     * Optional: bit 12 of `flags` (TL `contacts:flags.12?…`).
     */
    contacts?: boolean;
    /**
     * Whether this story can only be viewed by a select list of our contacts
     *
     * Optional: bit 13 of `flags` (TL `selected_contacts:flags.13?…`).
     */
    selectedContacts?: boolean;
    /**
     * indicates whether we sent this story.
     *
     * Optional: bit 16 of `flags` (TL `out:flags.16?…`).
     */
    out?: boolean;
    /** ID of the story. */
    id: number;
    /** When was the story posted. */
    date: number;
    /**
     * Sender of the story.
     *
     * Optional: bit 18 of `flags` (TL `from_id:flags.18?…`).
     */
    fromId?: TypePeer;
    /**
     * For [reposted stories »](https://corefork.telegram.org/api/stories#reposting-stories), contains info about the original story.
     *
     * Optional: bit 17 of `flags` (TL `fwd_from:flags.17?…`).
     */
    fwdFrom?: TypeStoryFwdHeader;
    /** When does the story expire. */
    expireDate: number;
    /**
     * Story caption.
     *
     * Optional: bit 0 of `flags` (TL `caption:flags.0?…`).
     */
    caption?: string;
    /**
     * [Message entities for styled text](https://corefork.telegram.org/api/entities)
     *
     * Optional: bit 1 of `flags` (TL `entities:flags.1?…`).
     */
    entities?: TypeMessageEntity[];
    /** Story media. */
    media: TypeMessageMedia;
    /**
     * List of media areas, see [here »](https://corefork.telegram.org/api/stories#media-areas) for more info on media areas.
     *
     * Optional: bit 14 of `flags` (TL `media_areas:flags.14?…`).
     */
    mediaAreas?: TypeMediaArea[];
    /**
     * [Privacy rules](https://corefork.telegram.org/api/privacy) indicating who can and can't view this story
     *
     * Optional: bit 2 of `flags` (TL `privacy:flags.2?…`).
     */
    privacy?: TypePrivacyRule[];
    /**
     * View date and reaction information
     *
     * Optional: bit 3 of `flags` (TL `views:flags.3?…`).
     */
    views?: TypeStoryViews;
    /**
     * The reaction we sent.
     *
     * Optional: bit 15 of `flags` (TL `sent_reaction:flags.15?…`).
     */
    sentReaction?: TypeReaction;
    /**
     * [Albums](https://corefork.telegram.org/api/stories#story-albums) this story is part of.
     *
     * Optional: bit 19 of `flags` (TL `albums:flags.19?…`).
     */
    albums?: number[];
    /** Optional: bit 20 of `flags` (TL `music:flags.20?…`). */
    music?: TypeDocument;
}
/**
 * Represents a previously active story, that was deleted
 *
 * Constructor of `StoryItem`; its id is `0x51e6ee4f`.
 * ```tl
 * storyItemDeleted#51e6ee4f id:int = StoryItem;
 * ```
 * Declared at schema/api.tl:1321.
 */
export interface StoryItemDeleted {
    /** TL constructor `storyItemDeleted`. */
    _: "storyItemDeleted";
    /** Story ID */
    id: number;
}
/**
 * Represents an active story, whose full information was omitted for space and performance reasons; use {@link stories.RawGetStoriesByIDRequest} to fetch full info about the skipped story when and if needed.
 *
 * Constructor of `StoryItem`; its id is `0xffadc913`.
 * ```tl
 * storyItemSkipped#ffadc913 flags:# close_friends:flags.8?true live:flags.9?true id:int date:int expire_date:int = StoryItem;
 * ```
 * Declared at schema/api.tl:1322.
 */
export interface StoryItemSkipped {
    /** TL constructor `storyItemSkipped`. */
    _: "storyItemSkipped";
    /**
     * Whether this story can only be viewed by [our close friends, see here »](https://corefork.telegram.org/api/privacy) for more info
     *
     * Optional: bit 8 of `flags` (TL `close_friends:flags.8?…`).
     */
    closeFriends?: boolean;
    /** Optional: bit 9 of `flags` (TL `live:flags.9?…`). */
    live?: boolean;
    /** Story ID */
    id: number;
    /** When was the story posted. */
    date: number;
    /** When does the story expire. */
    expireDate: number;
}
/**
 * Aggregated view and reaction information of a [story](https://corefork.telegram.org/api/stories).
 *
 * Constructor of `StoryViews`; its id is `0x8d595cd6`.
 * ```tl
 * storyViews#8d595cd6 flags:# has_viewers:flags.1?true views_count:int forwards_count:flags.2?int reactions:flags.3?Vector<ReactionCount> reactions_count:flags.4?int recent_viewers:flags.0?Vector<long> = StoryViews;
 * ```
 * Declared at schema/api.tl:1320.
 */
export interface StoryViews {
    /** TL constructor `storyViews`. */
    _: "storyViews";
    /**
     * If set, indicates that the viewers list is currently viewable, and was not yet deleted because the story has expired while the user didn't have a [Premium](https://corefork.telegram.org/api/premium) account.
     *
     * Optional: bit 1 of `flags` (TL `has_viewers:flags.1?…`).
     */
    hasViewers?: boolean;
    /** View counter of the story */
    viewsCount: number;
    /**
     * Forward counter of the story
     *
     * Optional: bit 2 of `flags` (TL `forwards_count:flags.2?…`).
     */
    forwardsCount?: number;
    /**
     * All reactions sent to this story
     *
     * Optional: bit 3 of `flags` (TL `reactions:flags.3?…`).
     */
    reactions?: TypeReactionCount[];
    /**
     * Number of reactions added to the story
     *
     * Optional: bit 4 of `flags` (TL `reactions_count:flags.4?…`).
     */
    reactionsCount?: number;
    /**
     * User IDs of some recent viewers of the story
     *
     * Optional: bit 0 of `flags` (TL `recent_viewers:flags.0?…`).
     */
    recentViewers?: bigint[];
}
/**
 * Contains info about a [suggested post »](https://corefork.telegram.org/api/suggested-posts).
 *
 * Constructor of `SuggestedPost`; its id is `0x0e8e37e5`.
 * ```tl
 * suggestedPost#0e8e37e5 flags:# accepted:flags.1?true rejected:flags.2?true price:flags.3?StarsAmount schedule_date:flags.0?int = SuggestedPost;
 * ```
 * Declared at schema/api.tl:1533.
 */
export interface SuggestedPost {
    /** TL constructor `suggestedPost`. */
    _: "suggestedPost";
    /**
     * Whether the suggested post was accepted.
     *
     * Optional: bit 1 of `flags` (TL `accepted:flags.1?…`).
     */
    accepted?: boolean;
    /**
     * Whether the suggested post was rejected.
     *
     * Optional: bit 2 of `flags` (TL `rejected:flags.2?…`).
     */
    rejected?: boolean;
    /**
     * Price of the suggested post.
     *
     * Optional: bit 3 of `flags` (TL `price:flags.3?…`).
     */
    price?: TypeStarsAmount;
    /**
     * Scheduling date.
     *
     * Optional: bit 0 of `flags` (TL `schedule_date:flags.0?…`).
     */
    scheduleDate?: number;
}
/**
 * Text linking to another section of the page
 *
 * Constructor of `RichText`; its id is `0x35553762`.
 * ```tl
 * textAnchor#35553762 text:RichText name:string = RichText;
 * ```
 * Declared at schema/api.tl:779.
 */
export interface TextAnchor {
    /** TL constructor `textAnchor`. */
    _: "textAnchor";
    /** Text */
    text: TypeRichText;
    /** Section name */
    name: string;
}
/**
 * Constructor of `RichText`; its id is `0xc556a45d`.
 * ```tl
 * textAutoEmail#c556a45d text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:788.
 */
export interface TextAutoEmail {
    /** TL constructor `textAutoEmail`. */
    _: "textAutoEmail";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * Constructor of `RichText`; its id is `0x24c26789`.
 * ```tl
 * textAutoPhone#24c26789 text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:789.
 */
export interface TextAutoPhone {
    /** TL constructor `textAutoPhone`. */
    _: "textAutoPhone";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * Constructor of `RichText`; its id is `0xac6a83aa`.
 * ```tl
 * textAutoUrl#ac6a83aa text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:787.
 */
export interface TextAutoUrl {
    /** TL constructor `textAutoUrl`. */
    _: "textAutoUrl";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * Constructor of `RichText`; its id is `0xb956812d`.
 * ```tl
 * textBankCard#b956812d text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:790.
 */
export interface TextBankCard {
    /** TL constructor `textBankCard`. */
    _: "textBankCard";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * **Bold** text
 *
 * Constructor of `RichText`; its id is `0x6724abc4`.
 * ```tl
 * textBold#6724abc4 text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:766.
 */
export interface TextBold {
    /** TL constructor `textBold`. */
    _: "textBold";
    /** Text */
    text: TypeRichText;
}
/**
 * Constructor of `RichText`; its id is `0x02ff29d3`.
 * ```tl
 * textBotCommand#02ff29d3 text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:785.
 */
export interface TextBotCommand {
    /** TL constructor `textBotCommand`. */
    _: "textBotCommand";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * Constructor of `RichText`; its id is `0x7b9e1801`.
 * ```tl
 * textCashtag#7b9e1801 text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:786.
 */
export interface TextCashtag {
    /** TL constructor `textCashtag`. */
    _: "textCashtag";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * Concatenation of rich texts
 *
 * Constructor of `RichText`; its id is `0x7e6260d7`.
 * ```tl
 * textConcat#7e6260d7 texts:Vector<RichText> = RichText;
 * ```
 * Declared at schema/api.tl:773.
 */
export interface TextConcat {
    /** TL constructor `textConcat`. */
    _: "textConcat";
    /** Concatenated rich texts */
    texts: TypeRichText[];
}
/**
 * Constructor of `RichText`; its id is `0xa26156c0`.
 * ```tl
 * textCustomEmoji#a26156c0 document_id:long alt:string = RichText;
 * ```
 * Declared at schema/api.tl:781.
 */
export interface TextCustomEmoji {
    /** TL constructor `textCustomEmoji`. */
    _: "textCustomEmoji";
    /** TL field `document_id`. */
    documentId: bigint;
    /** TL field `alt`. */
    alt: string;
}
/**
 * Constructor of `RichText`; its id is `0xa5b45e2b`.
 * ```tl
 * textDate#a5b45e2b flags:# relative:flags.0?true short_time:flags.1?true long_time:flags.2?true short_date:flags.3?true long_date:flags.4?true day_of_week:flags.5?true text:RichText date:int = RichText;
 * ```
 * Declared at schema/api.tl:792.
 */
export interface TextDate {
    /** TL constructor `textDate`. */
    _: "textDate";
    /** Optional: bit 0 of `flags` (TL `relative:flags.0?…`). */
    relative?: boolean;
    /** Optional: bit 1 of `flags` (TL `short_time:flags.1?…`). */
    shortTime?: boolean;
    /** Optional: bit 2 of `flags` (TL `long_time:flags.2?…`). */
    longTime?: boolean;
    /** Optional: bit 3 of `flags` (TL `short_date:flags.3?…`). */
    shortDate?: boolean;
    /** Optional: bit 4 of `flags` (TL `long_date:flags.4?…`). */
    longDate?: boolean;
    /** Optional: bit 5 of `flags` (TL `day_of_week:flags.5?…`). */
    dayOfWeek?: boolean;
    /** TL field `text`. */
    text: TypeRichText;
    /** TL field `date`. */
    date: number;
}
/**
 * Rich text email link
 *
 * Constructor of `RichText`; its id is `0xde5a0dd6`.
 * ```tl
 * textEmail#de5a0dd6 text:RichText email:string = RichText;
 * ```
 * Declared at schema/api.tl:772.
 */
export interface TextEmail {
    /** TL constructor `textEmail`. */
    _: "textEmail";
    /** Link text */
    text: TypeRichText;
    /** Email address */
    email: string;
}
/**
 * Empty rich text element
 *
 * Constructor of `RichText`; its id is `0xdc3d824f`.
 * ```tl
 * textEmpty#dc3d824f = RichText;
 * ```
 * Declared at schema/api.tl:764.
 */
export interface TextEmpty {
    /** TL constructor `textEmpty`. */
    _: "textEmpty";
}
/**
 * `fixed-width` rich text
 *
 * Constructor of `RichText`; its id is `0x6c3f19b9`.
 * ```tl
 * textFixed#6c3f19b9 text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:770.
 */
export interface TextFixed {
    /** TL constructor `textFixed`. */
    _: "textFixed";
    /** Text */
    text: TypeRichText;
}
/**
 * Constructor of `RichText`; its id is `0x519524ea`.
 * ```tl
 * textHashtag#519524ea text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:784.
 */
export interface TextHashtag {
    /** TL constructor `textHashtag`. */
    _: "textHashtag";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * Inline image
 *
 * Constructor of `RichText`; its id is `0x081ccf4f`.
 * ```tl
 * textImage#081ccf4f document_id:long w:int h:int = RichText;
 * ```
 * Declared at schema/api.tl:778.
 */
export interface TextImage {
    /** TL constructor `textImage`. */
    _: "textImage";
    /** Document ID */
    documentId: bigint;
    /** Width */
    w: number;
    /** Height */
    h: number;
}
/**
 * _Italic_ text
 *
 * Constructor of `RichText`; its id is `0xd912a59c`.
 * ```tl
 * textItalic#d912a59c text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:767.
 */
export interface TextItalic {
    /** TL constructor `textItalic`. */
    _: "textItalic";
    /** Text */
    text: TypeRichText;
}
/**
 * Highlighted text
 *
 * Constructor of `RichText`; its id is `0x034b8621`.
 * ```tl
 * textMarked#034b8621 text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:776.
 */
export interface TextMarked {
    /** TL constructor `textMarked`. */
    _: "textMarked";
    /** Text */
    text: TypeRichText;
}
/**
 * Constructor of `RichText`; its id is `0x9d2eac97`.
 * ```tl
 * textMath#9d2eac97 source:string = RichText;
 * ```
 * Declared at schema/api.tl:780.
 */
export interface TextMath {
    /** TL constructor `textMath`. */
    _: "textMath";
    /** TL field `source`. */
    source: string;
}
/**
 * Constructor of `RichText`; its id is `0xcd24cf44`.
 * ```tl
 * textMention#cd24cf44 text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:783.
 */
export interface TextMention {
    /** TL constructor `textMention`. */
    _: "textMention";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * Constructor of `RichText`; its id is `0x01a9fbfc`.
 * ```tl
 * textMentionName#01a9fbfc text:RichText user_id:long = RichText;
 * ```
 * Declared at schema/api.tl:791.
 */
export interface TextMentionName {
    /** TL constructor `textMentionName`. */
    _: "textMentionName";
    /** TL field `text`. */
    text: TypeRichText;
    /** TL field `user_id`. */
    userId: bigint;
}
/**
 * Rich text linked to a phone number
 *
 * Constructor of `RichText`; its id is `0x1ccb966a`.
 * ```tl
 * textPhone#1ccb966a text:RichText phone:string = RichText;
 * ```
 * Declared at schema/api.tl:777.
 */
export interface TextPhone {
    /** TL constructor `textPhone`. */
    _: "textPhone";
    /** Text */
    text: TypeRichText;
    /** Phone number */
    phone: string;
}
/**
 * Plain text
 *
 * Constructor of `RichText`; its id is `0x744694e0`.
 * ```tl
 * textPlain#744694e0 text:string = RichText;
 * ```
 * Declared at schema/api.tl:765.
 */
export interface TextPlain {
    /** TL constructor `textPlain`. */
    _: "textPlain";
    /** Text */
    text: string;
}
/**
 * Constructor of `RichText`; its id is `0x4c2a5d62`.
 * ```tl
 * textSpoiler#4c2a5d62 text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:782.
 */
export interface TextSpoiler {
    /** TL constructor `textSpoiler`. */
    _: "textSpoiler";
    /** TL field `text`. */
    text: TypeRichText;
}
/**
 * Strikethrough text
 *
 * Constructor of `RichText`; its id is `0x9bf8bb95`.
 * ```tl
 * textStrike#9bf8bb95 text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:769.
 */
export interface TextStrike {
    /** TL constructor `textStrike`. */
    _: "textStrike";
    /** Text */
    text: TypeRichText;
}
/**
 * Subscript text
 *
 * Constructor of `RichText`; its id is `0xed6a8504`.
 * ```tl
 * textSubscript#ed6a8504 text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:774.
 */
export interface TextSubscript {
    /** TL constructor `textSubscript`. */
    _: "textSubscript";
    /** Text */
    text: TypeRichText;
}
/**
 * Superscript text
 *
 * Constructor of `RichText`; its id is `0xc7fb5e01`.
 * ```tl
 * textSuperscript#c7fb5e01 text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:775.
 */
export interface TextSuperscript {
    /** TL constructor `textSuperscript`. */
    _: "textSuperscript";
    /** Text */
    text: TypeRichText;
}
/**
 * Underlined text
 *
 * Constructor of `RichText`; its id is `0xc12622c4`.
 * ```tl
 * textUnderline#c12622c4 text:RichText = RichText;
 * ```
 * Declared at schema/api.tl:768.
 */
export interface TextUnderline {
    /** TL constructor `textUnderline`. */
    _: "textUnderline";
    /** Text */
    text: TypeRichText;
}
/**
 * Link
 *
 * Constructor of `RichText`; its id is `0x3c2884c1`.
 * ```tl
 * textUrl#3c2884c1 text:RichText url:string webpage_id:long = RichText;
 * ```
 * Declared at schema/api.tl:771.
 */
export interface TextUrl {
    /** TL constructor `textUrl`. */
    _: "textUrl";
    /** Text of link */
    text: TypeRichText;
    /** Webpage HTTP URL */
    url: string;
    /** If a preview was already generated for the page, the page ID */
    webpageId: bigint;
}
/**
 * Styled text with [message entities](https://corefork.telegram.org/api/entities)
 *
 * Constructor of `TextWithEntities`; its id is `0x751f3146`.
 * ```tl
 * textWithEntities#751f3146 text:string entities:Vector<MessageEntity> = TextWithEntities;
 * ```
 * Declared at schema/api.tl:1295.
 */
export interface TextWithEntities {
    /** TL constructor `textWithEntities`. */
    _: "textWithEntities";
    /** Text */
    text: string;
    /** [Message entities for styled text](https://corefork.telegram.org/api/entities) */
    entities: TypeMessageEntity[];
}
/**
 * Theme
 *
 * Constructor of `Theme`; its id is `0xa00e67d6`.
 * ```tl
 * theme#a00e67d6 flags:# creator:flags.0?true default:flags.1?true for_chat:flags.5?true id:long access_hash:long slug:string title:string document:flags.2?Document settings:flags.3?Vector<ThemeSettings> emoticon:flags.6?string installs_count:flags.4?int = Theme;
 * ```
 * Declared at schema/api.tl:1076.
 */
export interface Theme {
    /** TL constructor `theme`. */
    _: "theme";
    /**
     * Whether the current user is the creator of this theme
     *
     * Optional: bit 0 of `flags` (TL `creator:flags.0?…`).
     */
    creator?: boolean;
    /**
     * Whether this is the default theme
     *
     * Optional: bit 1 of `flags` (TL `default:flags.1?…`).
     */
    default?: boolean;
    /**
     * Whether this theme is meant to be used as a [chat theme](https://telegram.org/blog/chat-themes-interactive-emoji-read-receipts)
     *
     * Optional: bit 5 of `flags` (TL `for_chat:flags.5?…`).
     */
    forChat?: boolean;
    /** Theme ID */
    id: bigint;
    /** Theme access hash */
    accessHash: bigint;
    /** Unique theme ID */
    slug: string;
    /** Theme name */
    title: string;
    /**
     * Theme
     *
     * Optional: bit 2 of `flags` (TL `document:flags.2?…`).
     */
    document?: TypeDocument;
    /**
     * Theme settings
     *
     * Optional: bit 3 of `flags` (TL `settings:flags.3?…`).
     */
    settings?: TypeThemeSettings[];
    /**
     * Theme emoji
     *
     * Optional: bit 6 of `flags` (TL `emoticon:flags.6?…`).
     */
    emoticon?: string;
    /**
     * Installation count
     *
     * Optional: bit 4 of `flags` (TL `installs_count:flags.4?…`).
     */
    installsCount?: number;
}
/**
 * Theme settings
 *
 * Constructor of `ThemeSettings`; its id is `0xfa58b6d4`.
 * ```tl
 * themeSettings#fa58b6d4 flags:# message_colors_animated:flags.2?true base_theme:BaseTheme accent_color:int outbox_accent_color:flags.3?int message_colors:flags.0?Vector<int> wallpaper:flags.1?WallPaper = ThemeSettings;
 * ```
 * Declared at schema/api.tl:1090.
 */
export interface ThemeSettings {
    /** TL constructor `themeSettings`. */
    _: "themeSettings";
    /**
     * If set, the freeform gradient fill needs to be animated on every sent message.
     *
     * Optional: bit 2 of `flags` (TL `message_colors_animated:flags.2?…`).
     */
    messageColorsAnimated?: boolean;
    /** Base theme */
    baseTheme: TypeBaseTheme;
    /** Accent color, ARGB format */
    accentColor: number;
    /**
     * Accent color of outgoing messages in ARGB format
     *
     * Optional: bit 3 of `flags` (TL `outbox_accent_color:flags.3?…`).
     */
    outboxAccentColor?: number;
    /**
     * The fill to be used as a background for outgoing messages, in RGB24 format.
     * If just one or two equal colors are provided, describes a solid fill of a background.
     * If two different colors are provided, describes the top and bottom colors of a 0-degree gradient.
     * If three or four colors are provided, describes a freeform gradient fill of a background.
     *
     * Optional: bit 0 of `flags` (TL `message_colors:flags.0?…`).
     */
    messageColors?: number[];
    /**
     * [Wallpaper](https://corefork.telegram.org/api/wallpapers)
     *
     * Optional: bit 1 of `flags` (TL `wallpaper:flags.1?…`).
     */
    wallpaper?: TypeWallPaper;
}
/**
 * A completed [todo list »](https://corefork.telegram.org/api/todo) item.
 *
 * Constructor of `TodoCompletion`; its id is `0x221bb5e4`.
 * ```tl
 * todoCompletion#221bb5e4 id:int completed_by:Peer date:int = TodoCompletion;
 * ```
 * Declared at schema/api.tl:1532.
 */
export interface TodoCompletion {
    /** TL constructor `todoCompletion`. */
    _: "todoCompletion";
    /** The ID of the completed item. */
    id: number;
    /** ID of the user that completed the item. */
    completedBy: TypePeer;
    /** When was the item completed. */
    date: number;
}
/**
 * An item of a [todo list »](https://corefork.telegram.org/api/todo).
 *
 * Constructor of `TodoItem`; its id is `0xcba9a52f`.
 * ```tl
 * todoItem#cba9a52f id:int title:TextWithEntities = TodoItem;
 * ```
 * Declared at schema/api.tl:1530.
 */
export interface TodoItem {
    /** TL constructor `todoItem`. */
    _: "todoItem";
    /** ID of the item, a positive (non-zero) integer unique within the current list. */
    id: number;
    /** Text of the item, maximum length equal to [todo_item_length_max »](https://corefork.telegram.org/api/config#todo-item-length-max). */
    title: TypeTextWithEntities;
}
/**
 * Represents a [todo list »](https://corefork.telegram.org/api/todo).
 *
 * Constructor of `TodoList`; its id is `0x49b92a26`.
 * ```tl
 * todoList#49b92a26 flags:# others_can_append:flags.0?true others_can_complete:flags.1?true title:TextWithEntities list:Vector<TodoItem> = TodoList;
 * ```
 * Declared at schema/api.tl:1531.
 */
export interface TodoList {
    /** TL constructor `todoList`. */
    _: "todoList";
    /**
     * If set, users different from the creator of the list can append items to the list.
     *
     * Optional: bit 0 of `flags` (TL `others_can_append:flags.0?…`).
     */
    othersCanAppend?: boolean;
    /**
     * If set, users different from the creator of the list can complete items in the list.
     *
     * Optional: bit 1 of `flags` (TL `others_can_complete:flags.1?…`).
     */
    othersCanComplete?: boolean;
    /** Title of the todo list, maximum length equal to [todo_title_length_max »](https://corefork.telegram.org/api/config#todo-title-length-max). */
    title: TypeTextWithEntities;
    /** Items of the list. */
    list: TypeTodoItem[];
}
/**
 * Constructor of `Update`; its id is `0x8c0f91fb`.
 * ```tl
 * updateAiComposeTones#8c0f91fb = Update;
 * ```
 * Declared at schema/api.tl:423.
 */
export interface UpdateAiComposeTones {
    /** TL constructor `updateAiComposeTones`. */
    _: "updateAiComposeTones";
}
/**
 * The list of installed [attachment menu entries »](https://corefork.telegram.org/api/bots/attach) has changed, use {@link messages.RawGetAttachMenuBotsRequest} to fetch the updated list.
 *
 * Constructor of `Update`; its id is `0x17b7a20b`.
 * ```tl
 * updateAttachMenuBots#17b7a20b = Update;
 * ```
 * Declared at schema/api.tl:364.
 */
export interface UpdateAttachMenuBots {
    /** TL constructor `updateAttachMenuBots`. */
    _: "updateAttachMenuBots";
}
/**
 * Media autosave settings have changed and must be refetched using {@link account.RawGetAutoSaveSettingsRequest}.
 *
 * Constructor of `Update`; its id is `0xec05b097`.
 * ```tl
 * updateAutoSaveSettings#ec05b097 = Update;
 * ```
 * Declared at schema/api.tl:376.
 */
export interface UpdateAutoSaveSettings {
    /** TL constructor `updateAutoSaveSettings`. */
    _: "updateAutoSaveSettings";
}
/**
 * Connecting or disconnecting a [business bot](https://corefork.telegram.org/api/bots/connected-business-bots) or changing the connection settings will emit an {@link RawUpdateBotBusinessConnect} update to the bot, with the new settings and a `connection_id` that will be used by the bot to handle updates from and send messages as the user.
 *
 * Constructor of `Update`; its id is `0x8ae5c97a`.
 * ```tl
 * updateBotBusinessConnect#8ae5c97a connection:BotBusinessConnection qts:int = Update;
 * ```
 * Declared at schema/api.tl:396.
 */
export interface UpdateBotBusinessConnect {
    /** TL constructor `updateBotBusinessConnect`. */
    _: "updateBotBusinessConnect";
    /** Business connection settings */
    connection: TypeBotBusinessConnection;
    /** New **qts** value, see [updates »](https://corefork.telegram.org/api/updates) for more info. */
    qts: number;
}
/**
 * A callback button was pressed, and the button data was sent to the bot that created the button
 *
 * Constructor of `Update`; its id is `0xb9cfc48d`.
 * ```tl
 * updateBotCallbackQuery#b9cfc48d flags:# query_id:long user_id:long peer:Peer msg_id:int chat_instance:long data:flags.0?bytes game_short_name:flags.1?string = Update;
 * ```
 * Declared at schema/api.tl:306.
 */
export interface UpdateBotCallbackQuery {
    /** TL constructor `updateBotCallbackQuery`. */
    _: "updateBotCallbackQuery";
    /** Query ID */
    queryId: bigint;
    /** ID of the user that pressed the button */
    userId: bigint;
    /** Chat where the inline keyboard was sent */
    peer: TypePeer;
    /** Message ID */
    msgId: number;
    /** Global identifier, uniquely corresponding to the chat to which the message with the callback button was sent. Useful for high scores in games. */
    chatInstance: bigint;
    /**
     * Callback data
     *
     * Optional: bit 0 of `flags` (TL `data:flags.0?…`).
     */
    data?: Uint8Array;
    /**
     * Short name of a Game to be returned, serves as the unique identifier for the game
     *
     * Optional: bit 1 of `flags` (TL `game_short_name:flags.1?…`).
     */
    gameShortName?: string;
}
/**
 * A [channel/supergroup boost](https://corefork.telegram.org/api/boost) has changed (bots only)
 *
 * Constructor of `Update`; its id is `0x904dd49c`.
 * ```tl
 * updateBotChatBoost#904dd49c peer:Peer boost:Boost qts:int = Update;
 * ```
 * Declared at schema/api.tl:382.
 */
export interface UpdateBotChatBoost {
    /** TL constructor `updateBotChatBoost`. */
    _: "updateBotChatBoost";
    /** Channel */
    peer: TypePeer;
    /** New boost information */
    boost: TypeBoost;
    /** [QTS](https://corefork.telegram.org/api/updates) event sequence identifier */
    qts: number;
}
/**
 * Someone has requested to join a chat or channel (bots only, users will receive an {@link RawUpdatePendingJoinRequests}, instead)
 *
 * Constructor of `Update`; its id is `0x7cb34d79`.
 * ```tl
 * updateBotChatInviteRequester#7cb34d79 flags:# peer:Peer date:int user_id:long about:string invite:ExportedChatInvite qts:int query_id:flags.0?long = Update;
 * ```
 * Declared at schema/api.tl:362.
 */
export interface UpdateBotChatInviteRequester {
    /** TL constructor `updateBotChatInviteRequester`. */
    _: "updateBotChatInviteRequester";
    /** The chat or channel in question */
    peer: TypePeer;
    /** When was the [join request »](https://corefork.telegram.org/api/invites#join-requests) made */
    date: number;
    /** The user ID that is asking to join the chat or channel */
    userId: bigint;
    /** Bio of the user */
    about: string;
    /** Chat invite link that was used by the user to send the [join request »](https://corefork.telegram.org/api/invites#join-requests) */
    invite: TypeExportedChatInvite;
    /** [QTS](https://corefork.telegram.org/api/updates) event sequence identifier */
    qts: number;
    /** Optional: bit 0 of `flags` (TL `query_id:flags.0?…`). */
    queryId?: bigint;
}
/**
 * The [command set](https://corefork.telegram.org/api/bots/commands) of a certain bot in a certain chat has changed.
 *
 * Constructor of `Update`; its id is `0x4d712f2e`.
 * ```tl
 * updateBotCommands#4d712f2e peer:Peer bot_id:long commands:Vector<BotCommand> = Update;
 * ```
 * Declared at schema/api.tl:360.
 */
export interface UpdateBotCommands {
    /** TL constructor `updateBotCommands`. */
    _: "updateBotCommands";
    /** The affected chat */
    peer: TypePeer;
    /** ID of the bot that changed its command set */
    botId: bigint;
    /** New bot commands */
    commands: TypeBotCommand[];
}
/**
 * A message was deleted in a [connected business chat »](https://corefork.telegram.org/api/bots/connected-business-bots).
 *
 * Constructor of `Update`; its id is `0xa02a982e`.
 * ```tl
 * updateBotDeleteBusinessMessage#a02a982e connection_id:string peer:Peer messages:Vector<int> qts:int = Update;
 * ```
 * Declared at schema/api.tl:399.
 */
export interface UpdateBotDeleteBusinessMessage {
    /** TL constructor `updateBotDeleteBusinessMessage`. */
    _: "updateBotDeleteBusinessMessage";
    /** Business connection ID. */
    connectionId: string;
    /** [Peer](https://corefork.telegram.org/api/peers) where the messages were deleted. */
    peer: TypePeer;
    /** IDs of the messages that were deleted. */
    messages: number[];
    /** New **qts** value, see [updates »](https://corefork.telegram.org/api/updates) for more info. */
    qts: number;
}
/**
 * A message was edited in a [connected business chat »](https://corefork.telegram.org/api/bots/connected-business-bots).
 *
 * Constructor of `Update`; its id is `0x07df587c`.
 * ```tl
 * updateBotEditBusinessMessage#07df587c flags:# connection_id:string message:Message reply_to_message:flags.0?Message qts:int = Update;
 * ```
 * Declared at schema/api.tl:398.
 */
export interface UpdateBotEditBusinessMessage {
    /** TL constructor `updateBotEditBusinessMessage`. */
    _: "updateBotEditBusinessMessage";
    /** Business connection ID */
    connectionId: string;
    /** New message. */
    message: TypeMessage;
    /**
     * The message that `message` is replying to.
     *
     * Optional: bit 0 of `flags` (TL `reply_to_message:flags.0?…`).
     */
    replyToMessage?: TypeMessage;
    /** New **qts** value, see [updates »](https://corefork.telegram.org/api/updates) for more info. */
    qts: number;
}
/**
 * Constructor of `Update`; its id is `0xcdd4093d`.
 * ```tl
 * updateBotGuestChatQuery#cdd4093d flags:# query_id:long message:Message reference_messages:flags.0?Vector<Message> qts:int = Update;
 * ```
 * Declared at schema/api.tl:422.
 */
export interface UpdateBotGuestChatQuery {
    /** TL constructor `updateBotGuestChatQuery`. */
    _: "updateBotGuestChatQuery";
    /** TL field `query_id`. */
    queryId: bigint;
    /** TL field `message`. */
    message: TypeMessage;
    /** Optional: bit 0 of `flags` (TL `reference_messages:flags.0?…`). */
    referenceMessages?: TypeMessage[];
    /** TL field `qts`. */
    qts: number;
}
/**
 * An incoming inline query
 *
 * Constructor of `Update`; its id is `0x496f379c`.
 * ```tl
 * updateBotInlineQuery#496f379c flags:# query_id:long user_id:long query:string geo:flags.0?GeoPoint peer_type:flags.1?InlineQueryPeerType offset:string = Update;
 * ```
 * Declared at schema/api.tl:303.
 */
export interface UpdateBotInlineQuery {
    /** TL constructor `updateBotInlineQuery`. */
    _: "updateBotInlineQuery";
    /** Query ID */
    queryId: bigint;
    /** User that sent the query */
    userId: bigint;
    /** Text of query */
    query: string;
    /**
     * Attached geolocation
     *
     * Optional: bit 0 of `flags` (TL `geo:flags.0?…`).
     */
    geo?: TypeGeoPoint;
    /**
     * Type of the chat from which the inline query was sent.
     *
     * Optional: bit 1 of `flags` (TL `peer_type:flags.1?…`).
     */
    peerType?: TypeInlineQueryPeerType;
    /** Offset to navigate through results */
    offset: string;
}
/**
 * The result of an inline query that was chosen by a user and sent to their chat partner. Please see our documentation on the [feedback collecting](https://core.telegram.org/bots/inline#collecting-feedback) for details on how to enable these updates for your bot.
 *
 * Constructor of `Update`; its id is `0x12f12a07`.
 * ```tl
 * updateBotInlineSend#12f12a07 flags:# user_id:long query:string geo:flags.0?GeoPoint id:string msg_id:flags.1?InputBotInlineMessageID = Update;
 * ```
 * Declared at schema/api.tl:304.
 */
export interface UpdateBotInlineSend {
    /** TL constructor `updateBotInlineSend`. */
    _: "updateBotInlineSend";
    /** The user that chose the result */
    userId: bigint;
    /** The query that was used to obtain the result */
    query: string;
    /**
     * Optional. Sender location, only for bots that require user location
     *
     * Optional: bit 0 of `flags` (TL `geo:flags.0?…`).
     */
    geo?: TypeGeoPoint;
    /** The unique identifier for the result that was chosen */
    id: string;
    /**
     * Identifier of the sent inline message. Available only if there is an inline keyboard attached to the message. Will be also received in callback queries and can be used to edit the message.
     *
     * Optional: bit 1 of `flags` (TL `msg_id:flags.1?…`).
     */
    msgId?: TypeInputBotInlineMessageID;
}
/**
 * The menu button behavior for the specified bot has changed
 *
 * Constructor of `Update`; its id is `0x14b85813`.
 * ```tl
 * updateBotMenuButton#14b85813 bot_id:long button:BotMenuButton = Update;
 * ```
 * Declared at schema/api.tl:366.
 */
export interface UpdateBotMenuButton {
    /** TL constructor `updateBotMenuButton`. */
    _: "updateBotMenuButton";
    /** Bot ID */
    botId: bigint;
    /** New menu button */
    button: TypeBotMenuButton;
}
/**
 * Bots only: a user has changed their reactions on a message with public reactions.
 *
 * Constructor of `Update`; its id is `0xac21d3ce`.
 * ```tl
 * updateBotMessageReaction#ac21d3ce peer:Peer msg_id:int date:int actor:Peer old_reactions:Vector<Reaction> new_reactions:Vector<Reaction> qts:int = Update;
 * ```
 * Declared at schema/api.tl:385.
 */
export interface UpdateBotMessageReaction {
    /** TL constructor `updateBotMessageReaction`. */
    _: "updateBotMessageReaction";
    /** Peer of the reacted-to message. */
    peer: TypePeer;
    /** ID of the reacted-to message. */
    msgId: number;
    /** Date of the change. */
    date: number;
    /** The user that (un)reacted to the message. */
    actor: TypePeer;
    /** Old reactions */
    oldReactions: TypeReaction[];
    /** New reactions */
    newReactions: TypeReaction[];
    /** [QTS](https://corefork.telegram.org/api/updates) event sequence identifier */
    qts: number;
}
/**
 * Bots only: the number of reactions on a message with anonymous reactions has changed.
 *
 * Constructor of `Update`; its id is `0x09cb7759`.
 * ```tl
 * updateBotMessageReactions#09cb7759 peer:Peer msg_id:int date:int reactions:Vector<ReactionCount> qts:int = Update;
 * ```
 * Declared at schema/api.tl:386.
 */
export interface UpdateBotMessageReactions {
    /** TL constructor `updateBotMessageReactions`. */
    _: "updateBotMessageReactions";
    /** Peer of the reacted-to message. */
    peer: TypePeer;
    /** ID of the reacted-to message. */
    msgId: number;
    /** Date of the change. */
    date: number;
    /** New reaction counters. */
    reactions: TypeReactionCount[];
    /** [QTS](https://corefork.telegram.org/api/updates) event sequence identifier */
    qts: number;
}
/**
 * A message was received via a [connected business chat »](https://corefork.telegram.org/api/bots/connected-business-bots).
 *
 * Constructor of `Update`; its id is `0x9ddb347c`.
 * ```tl
 * updateBotNewBusinessMessage#9ddb347c flags:# connection_id:string message:Message reply_to_message:flags.0?Message qts:int = Update;
 * ```
 * Declared at schema/api.tl:397.
 */
export interface UpdateBotNewBusinessMessage {
    /** TL constructor `updateBotNewBusinessMessage`. */
    _: "updateBotNewBusinessMessage";
    /** Connection ID. */
    connectionId: string;
    /** New message. */
    message: TypeMessage;
    /**
     * The message that `message` is replying to.
     *
     * Optional: bit 0 of `flags` (TL `reply_to_message:flags.0?…`).
     */
    replyToMessage?: TypeMessage;
    /** New **qts** value, see [updates »](https://corefork.telegram.org/api/updates) for more info. */
    qts: number;
}
/**
 * This object contains information about an incoming pre-checkout query.
 *
 * Constructor of `Update`; its id is `0x8caa9a96`.
 * ```tl
 * updateBotPrecheckoutQuery#8caa9a96 flags:# query_id:long user_id:long payload:bytes info:flags.0?PaymentRequestedInfo shipping_option_id:flags.1?string currency:string total_amount:long = Update;
 * ```
 * Declared at schema/api.tl:321.
 */
export interface UpdateBotPrecheckoutQuery {
    /** TL constructor `updateBotPrecheckoutQuery`. */
    _: "updateBotPrecheckoutQuery";
    /** Unique query identifier */
    queryId: bigint;
    /** User who sent the query */
    userId: bigint;
    /** Bot specified invoice payload */
    payload: Uint8Array;
    /**
     * Order info provided by the user
     *
     * Optional: bit 0 of `flags` (TL `info:flags.0?…`).
     */
    info?: TypePaymentRequestedInfo;
    /**
     * Identifier of the shipping option chosen by the user
     *
     * Optional: bit 1 of `flags` (TL `shipping_option_id:flags.1?…`).
     */
    shippingOptionId?: string;
    /** Three-letter ISO 4217 [currency](https://corefork.telegram.org/bots/payments#supported-currencies) code, or `XTR` for [Telegram Stars](https://corefork.telegram.org/api/stars). */
    currency: string;
    /** Total amount in the smallest units of the currency (integer, not float/double). For example, for a price of `US$ 1.45` pass `amount = 145`. See the exp parameter in [currencies.json](https://corefork.telegram.org/bots/payments/currencies.json), it shows the number of digits past the decimal point for each currency (2 for the majority of currencies). */
    totalAmount: bigint;
}
/**
 * Bots only: a user has purchased a [paid media](https://corefork.telegram.org/api/paid-media).
 *
 * Constructor of `Update`; its id is `0x283bd312`.
 * ```tl
 * updateBotPurchasedPaidMedia#283bd312 user_id:long payload:string qts:int = Update;
 * ```
 * Declared at schema/api.tl:404.
 */
export interface UpdateBotPurchasedPaidMedia {
    /** TL constructor `updateBotPurchasedPaidMedia`. */
    _: "updateBotPurchasedPaidMedia";
    /** The user that bought the media */
    userId: bigint;
    /** Payload passed by the bot in {@link RawInputMediaPaidMedia}.`payload` */
    payload: string;
    /** New **qts** value, see [updates »](https://corefork.telegram.org/api/updates) for more info. */
    qts: number;
}
/**
 * This object contains information about an incoming shipping query.
 *
 * Constructor of `Update`; its id is `0xb5aefd7d`.
 * ```tl
 * updateBotShippingQuery#b5aefd7d query_id:long user_id:long payload:bytes shipping_address:PostAddress = Update;
 * ```
 * Declared at schema/api.tl:320.
 */
export interface UpdateBotShippingQuery {
    /** TL constructor `updateBotShippingQuery`. */
    _: "updateBotShippingQuery";
    /** Unique query identifier */
    queryId: bigint;
    /** User who sent the query */
    userId: bigint;
    /** Bot specified invoice payload */
    payload: Uint8Array;
    /** User specified shipping address */
    shippingAddress: TypePostAddress;
}
/**
 * A bot was stopped or re-started.
 *
 * Constructor of `Update`; its id is `0xc4870a49`.
 * ```tl
 * updateBotStopped#c4870a49 user_id:long date:int stopped:Bool qts:int = Update;
 * ```
 * Declared at schema/api.tl:358.
 */
export interface UpdateBotStopped {
    /** TL constructor `updateBotStopped`. */
    _: "updateBotStopped";
    /** The user ID */
    userId: bigint;
    /** When did this action occur */
    date: number;
    /** Whether the bot was stopped or started */
    stopped: boolean;
    /** New **qts** value, see [updates »](https://corefork.telegram.org/api/updates) for more info. */
    qts: number;
}
/**
 * A new incoming event; for bots only
 *
 * Constructor of `Update`; its id is `0x8317c0c3`.
 * ```tl
 * updateBotWebhookJSON#8317c0c3 data:DataJSON = Update;
 * ```
 * Declared at schema/api.tl:318.
 */
export interface UpdateBotWebhookJSON {
    /** TL constructor `updateBotWebhookJSON`. */
    _: "updateBotWebhookJSON";
    /** The event */
    data: TypeDataJSON;
}
/**
 * A new incoming query; for bots only
 *
 * Constructor of `Update`; its id is `0x9b9240a6`.
 * ```tl
 * updateBotWebhookJSONQuery#9b9240a6 query_id:long data:DataJSON timeout:int = Update;
 * ```
 * Declared at schema/api.tl:319.
 */
export interface UpdateBotWebhookJSONQuery {
    /** TL constructor `updateBotWebhookJSONQuery`. */
    _: "updateBotWebhookJSONQuery";
    /** Query identifier */
    queryId: bigint;
    /** Query data */
    data: TypeDataJSON;
    /** Query timeout */
    timeout: number;
}
/**
 * A callback button sent via a [business connection](https://corefork.telegram.org/api/bots/connected-business-bots) was pressed, and the button data was sent to the bot that created the button.
 *
 * Constructor of `Update`; its id is `0x1ea2fda7`.
 * ```tl
 * updateBusinessBotCallbackQuery#1ea2fda7 flags:# query_id:long user_id:long connection_id:string message:Message reply_to_message:flags.2?Message chat_instance:long data:flags.0?bytes = Update;
 * ```
 * Declared at schema/api.tl:402.
 */
export interface UpdateBusinessBotCallbackQuery {
    /** TL constructor `updateBusinessBotCallbackQuery`. */
    _: "updateBusinessBotCallbackQuery";
    /** Query ID */
    queryId: bigint;
    /** ID of the user that pressed the button */
    userId: bigint;
    /** [Business connection ID](https://corefork.telegram.org/api/bots/connected-business-bots) */
    connectionId: string;
    /** Message that contains the keyboard (also contains info about the chat where the message was sent). */
    message: TypeMessage;
    /**
     * The message that `message` is replying to.
     *
     * Optional: bit 2 of `flags` (TL `reply_to_message:flags.2?…`).
     */
    replyToMessage?: TypeMessage;
    /** Global identifier, uniquely corresponding to the chat to which the message with the callback button was sent. Useful for high scores in games. */
    chatInstance: bigint;
    /**
     * Callback data
     *
     * Optional: bit 0 of `flags` (TL `data:flags.0?…`).
     */
    data?: Uint8Array;
}
/**
 * Channel/supergroup ({@link RawChannel} and/or {@link RawChannelFull}) information was updated.
 *
 * This update can only be received through getDifference or in {@link RawUpdates}/{@link RawUpdatesCombined} constructors, so it will **always** come bundled with the updated {@link RawChannel}, that should be applied [as usual »](https://corefork.telegram.org/api/peers), **without** re-fetching the info manually.
 *
 * However, full peer information will not come bundled in updates, so the full peer cache ({@link RawChannelFull}) must be invalidated for `channel_id` when receiving this update.
 *
 * Constructor of `Update`; its id is `0x635b4c09`.
 * ```tl
 * updateChannel#635b4c09 channel_id:long = Update;
 * ```
 * Declared at schema/api.tl:293.
 */
export interface UpdateChannel {
    /** TL constructor `updateChannel`. */
    _: "updateChannel";
    /** Channel ID */
    channelId: bigint;
}
/**
 * The history of a [channel/supergroup](https://corefork.telegram.org/api/channel) was hidden.
 *
 * Constructor of `Update`; its id is `0xb23fc698`.
 * ```tl
 * updateChannelAvailableMessages#b23fc698 channel_id:long available_min_id:int = Update;
 * ```
 * Declared at schema/api.tl:328.
 */
export interface UpdateChannelAvailableMessages {
    /** TL constructor `updateChannelAvailableMessages`. */
    _: "updateChannelAvailableMessages";
    /** Channel/supergroup ID */
    channelId: bigint;
    /** Identifier of a maximum unavailable message in a channel due to hidden history. */
    availableMinId: number;
}
/**
 * The forward counter of a message in a channel has changed
 *
 * Constructor of `Update`; its id is `0xd29a27f4`.
 * ```tl
 * updateChannelMessageForwards#d29a27f4 channel_id:long id:int forwards:int = Update;
 * ```
 * Declared at schema/api.tl:345.
 */
export interface UpdateChannelMessageForwards {
    /** TL constructor `updateChannelMessageForwards`. */
    _: "updateChannelMessageForwards";
    /** Channel ID */
    channelId: bigint;
    /** ID of the message */
    id: number;
    /** New forward counter */
    forwards: number;
}
/**
 * The view counter of a message in a channel has changed
 *
 * Constructor of `Update`; its id is `0xf226ac08`.
 * ```tl
 * updateChannelMessageViews#f226ac08 channel_id:long id:int views:int = Update;
 * ```
 * Declared at schema/api.tl:297.
 */
export interface UpdateChannelMessageViews {
    /** TL constructor `updateChannelMessageViews`. */
    _: "updateChannelMessageViews";
    /** Channel ID */
    channelId: bigint;
    /** ID of the message */
    id: number;
    /** New view counter */
    views: number;
}
/**
 * A participant has left, joined, was banned or admined in a [channel or supergroup](https://corefork.telegram.org/api/channel).
 *
 * Constructor of `Update`; its id is `0x985d3abb`.
 * ```tl
 * updateChannelParticipant#985d3abb flags:# via_chatlist:flags.3?true channel_id:long date:int actor_id:long user_id:long prev_participant:flags.0?ChannelParticipant new_participant:flags.1?ChannelParticipant invite:flags.2?ExportedChatInvite qts:int = Update;
 * ```
 * Declared at schema/api.tl:357.
 */
export interface UpdateChannelParticipant {
    /** TL constructor `updateChannelParticipant`. */
    _: "updateChannelParticipant";
    /**
     * Whether the participant joined using a [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
     *
     * Optional: bit 3 of `flags` (TL `via_chatlist:flags.3?…`).
     */
    viaChatlist?: boolean;
    /** Channel ID */
    channelId: bigint;
    /** Date of the event */
    date: number;
    /** User that triggered the change (inviter, admin that kicked the user, or the even the **user_id** itself) */
    actorId: bigint;
    /** User that was affected by the change */
    userId: bigint;
    /**
     * Previous participant status
     *
     * Optional: bit 0 of `flags` (TL `prev_participant:flags.0?…`).
     */
    prevParticipant?: TypeChannelParticipant;
    /**
     * New participant status
     *
     * Optional: bit 1 of `flags` (TL `new_participant:flags.1?…`).
     */
    newParticipant?: TypeChannelParticipant;
    /**
     * Chat invite used to join the [channel/supergroup](https://corefork.telegram.org/api/channel)
     *
     * Optional: bit 2 of `flags` (TL `invite:flags.2?…`).
     */
    invite?: TypeExportedChatInvite;
    /** New **qts** value, see [updates »](https://corefork.telegram.org/api/updates) for more info. */
    qts: number;
}
/**
 * A [forum topic »](https://corefork.telegram.org/api/forum#forum-topics) was pinned or unpinned.
 *
 * Constructor of `Update`; its id is `0x192efbe3`.
 * ```tl
 * updateChannelPinnedTopic#192efbe3 flags:# pinned:flags.0?true channel_id:long topic_id:int = Update;
 * ```
 * Declared at schema/api.tl:1628.
 */
export interface UpdateChannelPinnedTopic {
    /** TL constructor `updateChannelPinnedTopic`. */
    _: "updateChannelPinnedTopic";
    /**
     * Whether the topic was pinned or unpinned
     *
     * Optional: bit 0 of `flags` (TL `pinned:flags.0?…`).
     */
    pinned?: boolean;
    /** The forum ID */
    channelId: bigint;
    /** The topic ID */
    topicId: number;
}
/**
 * The [pinned topics](https://corefork.telegram.org/api/forum#forum-topics) of a forum have changed.
 *
 * Constructor of `Update`; its id is `0xfe198602`.
 * ```tl
 * updateChannelPinnedTopics#fe198602 flags:# channel_id:long order:flags.0?Vector<int> = Update;
 * ```
 * Declared at schema/api.tl:1629.
 */
export interface UpdateChannelPinnedTopics {
    /** TL constructor `updateChannelPinnedTopics`. */
    _: "updateChannelPinnedTopics";
    /** Forum ID. */
    channelId: bigint;
    /**
     * Ordered list containing the IDs of all pinned topics.
     *
     * Optional: bit 0 of `flags` (TL `order:flags.0?…`).
     */
    order?: number[];
}
/**
 * The specified [channel/supergroup](https://corefork.telegram.org/api/channel) messages were read (emitted specifically for messages like voice messages or video, only once the media is watched and marked as read using {@link channels.RawReadMessageContentsRequest})
 *
 * Constructor of `Update`; its id is `0x25f324f7`.
 * ```tl
 * updateChannelReadMessagesContents#25f324f7 flags:# channel_id:long top_msg_id:flags.0?int saved_peer_id:flags.1?Peer messages:Vector<int> = Update;
 * ```
 * Declared at schema/api.tl:326.
 */
export interface UpdateChannelReadMessagesContents {
    /** TL constructor `updateChannelReadMessagesContents`. */
    _: "updateChannelReadMessagesContents";
    /** [Channel/supergroup](https://corefork.telegram.org/api/channel) ID */
    channelId: bigint;
    /**
     * [Forum topic ID](https://corefork.telegram.org/api/forum#forum-topics).
     *
     * Optional: bit 0 of `flags` (TL `top_msg_id:flags.0?…`).
     */
    topMsgId?: number;
    /**
     * If set, the messages were read within the specified [monoforum topic »](https://corefork.telegram.org/api/monoforum).
     *
     * Optional: bit 1 of `flags` (TL `saved_peer_id:flags.1?…`).
     */
    savedPeerId?: TypePeer;
    /** IDs of messages that were read */
    messages: number[];
}
/**
 * There are new updates in the specified channel, the client must fetch them.
 *
 * If the difference is too long or if the channel isn't currently in the states, start fetching from the specified pts.
 *
 * Constructor of `Update`; its id is `0x108d941f`.
 * ```tl
 * updateChannelTooLong#108d941f flags:# channel_id:long pts:flags.0?int = Update;
 * ```
 * Declared at schema/api.tl:292.
 */
export interface UpdateChannelTooLong {
    /** TL constructor `updateChannelTooLong`. */
    _: "updateChannelTooLong";
    /** The channel */
    channelId: bigint;
    /**
     * The [PTS](https://corefork.telegram.org/api/updates).
     *
     * Optional: bit 0 of `flags` (TL `pts:flags.0?…`).
     */
    pts?: number;
}
/**
 * A user is typing in a [supergroup, channel](https://corefork.telegram.org/api/channel) or [message thread](https://corefork.telegram.org/api/threads)
 *
 * Constructor of `Update`; its id is `0x8c88c923`.
 * ```tl
 * updateChannelUserTyping#8c88c923 flags:# channel_id:long top_msg_id:flags.0?int from_id:Peer action:SendMessageAction = Update;
 * ```
 * Declared at schema/api.tl:349.
 */
export interface UpdateChannelUserTyping {
    /** TL constructor `updateChannelUserTyping`. */
    _: "updateChannelUserTyping";
    /** Channel ID */
    channelId: bigint;
    /**
     * [Thread ID](https://corefork.telegram.org/api/threads)
     *
     * Optional: bit 0 of `flags` (TL `top_msg_id:flags.0?…`).
     */
    topMsgId?: number;
    /** The peer that is typing */
    fromId: TypePeer;
    /** Whether the user is typing, sending a media or doing something else */
    action: TypeSendMessageAction;
}
/**
 * Users may also choose to display messages from all topics as if they were sent to a normal group, using a "View as messages" setting in the local client.
 *
 * This setting only affects the current account, and is synced to other logged in sessions using the {@link channels.RawToggleViewForumAsMessagesRequest} method; invoking this method will update the value of the `view_forum_as_messages` flag of {@link RawChannelFull} or {@link RawDialog} and emit an {@link RawUpdateChannelViewForumAsMessages}.
 *
 * Constructor of `Update`; its id is `0x07b68920`.
 * ```tl
 * updateChannelViewForumAsMessages#07b68920 channel_id:long enabled:Bool = Update;
 * ```
 * Declared at schema/api.tl:383.
 */
export interface UpdateChannelViewForumAsMessages {
    /** TL constructor `updateChannelViewForumAsMessages`. */
    _: "updateChannelViewForumAsMessages";
    /** The forum ID */
    channelId: bigint;
    /** The new value of the toggle. */
    enabled: boolean;
}
/**
 * A webpage preview of a link in a [channel/supergroup](https://corefork.telegram.org/api/channel) message was generated
 *
 * Constructor of `Update`; its id is `0x2f2ba99f`.
 * ```tl
 * updateChannelWebPage#2f2ba99f channel_id:long webpage:WebPage pts:int pts_count:int = Update;
 * ```
 * Declared at schema/api.tl:315.
 */
export interface UpdateChannelWebPage {
    /** TL constructor `updateChannelWebPage`. */
    _: "updateChannelWebPage";
    /** [Channel/supergroup](https://corefork.telegram.org/api/channel) ID */
    channelId: bigint;
    /** Generated webpage preview */
    webpage: TypeWebPage;
    /** [Event count after generation](https://corefork.telegram.org/api/updates) */
    pts: number;
    /** [Number of events that were generated](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
}
/**
 * Chat ({@link RawChat} and/or {@link RawChatFull}) information was updated.
 *
 * This update can only be received through getDifference or in {@link RawUpdates}/{@link RawUpdatesCombined} constructors, so it will **always** come bundled with the updated {@link RawChat}, that should be applied [as usual »](https://corefork.telegram.org/api/peers), **without** re-fetching the info manually.
 *
 * However, full peer information will not come bundled in updates, so the full peer cache ({@link RawChatFull}) must be invalidated for `chat_id` when receiving this update.
 *
 * Constructor of `Update`; its id is `0xf89a6a4e`.
 * ```tl
 * updateChat#f89a6a4e chat_id:long = Update;
 * ```
 * Declared at schema/api.tl:352.
 */
export interface UpdateChat {
    /** TL constructor `updateChat`. */
    _: "updateChat";
    /** Chat ID */
    chatId: bigint;
}
/**
 * Default banned rights in a [basic group](https://corefork.telegram.org/api/channel#basic-groups) were updated
 *
 * Constructor of `Update`; its id is `0x54c01850`.
 * ```tl
 * updateChatDefaultBannedRights#54c01850 peer:Peer default_banned_rights:ChatBannedRights version:int = Update;
 * ```
 * Declared at schema/api.tl:331.
 */
export interface UpdateChatDefaultBannedRights {
    /** TL constructor `updateChatDefaultBannedRights`. */
    _: "updateChatDefaultBannedRights";
    /** The chat */
    peer: TypePeer;
    /** New default banned rights */
    defaultBannedRights: TypeChatBannedRights;
    /** Used similarly to `pts` values to deduplicate/update outdated chat information as specified [here »](https://corefork.telegram.org/api/peers#basic-group-updates). */
    version: number;
}
/**
 * A user has joined or left a specific [basic group »](https://corefork.telegram.org/api/channel#basic-groups)
 *
 * Constructor of `Update`; its id is `0xd087663a`.
 * ```tl
 * updateChatParticipant#d087663a flags:# chat_id:long date:int actor_id:long user_id:long prev_participant:flags.0?ChatParticipant new_participant:flags.1?ChatParticipant invite:flags.2?ExportedChatInvite qts:int = Update;
 * ```
 * Declared at schema/api.tl:356.
 */
export interface UpdateChatParticipant {
    /** TL constructor `updateChatParticipant`. */
    _: "updateChatParticipant";
    /** [Chat](https://corefork.telegram.org/api/channel) ID */
    chatId: bigint;
    /** When did this event occur */
    date: number;
    /** User that triggered the change (inviter, admin that kicked the user, or the even the **user_id** itself) */
    actorId: bigint;
    /** User that was affected by the change */
    userId: bigint;
    /**
     * Previous participant info (empty if this participant just joined)
     *
     * Optional: bit 0 of `flags` (TL `prev_participant:flags.0?…`).
     */
    prevParticipant?: TypeChatParticipant;
    /**
     * New participant info (empty if this participant just left)
     *
     * Optional: bit 1 of `flags` (TL `new_participant:flags.1?…`).
     */
    newParticipant?: TypeChatParticipant;
    /**
     * The invite that was used to join the group
     *
     * Optional: bit 2 of `flags` (TL `invite:flags.2?…`).
     */
    invite?: TypeExportedChatInvite;
    /** New **qts** value, see [updates »](https://corefork.telegram.org/api/updates) for more info. */
    qts: number;
}
/**
 * New group member.
 *
 * Constructor of `Update`; its id is `0x3dda5451`.
 * ```tl
 * updateChatParticipantAdd#3dda5451 chat_id:long user_id:long inviter_id:long date:int version:int = Update;
 * ```
 * Declared at schema/api.tl:281.
 */
export interface UpdateChatParticipantAdd {
    /** TL constructor `updateChatParticipantAdd`. */
    _: "updateChatParticipantAdd";
    /** Group ID */
    chatId: bigint;
    /** ID of the new member */
    userId: bigint;
    /** ID of the user, who added member to the group */
    inviterId: bigint;
    /** When was the participant added */
    date: number;
    /** Used similarly to `pts` values to deduplicate/update outdated chat information as specified [here »](https://corefork.telegram.org/api/peers#basic-group-updates). */
    version: number;
}
/**
 * Admin permissions of a user in a [basic group](https://corefork.telegram.org/api/channel#basic-groups) were changed
 *
 * Constructor of `Update`; its id is `0xd7ca61a2`.
 * ```tl
 * updateChatParticipantAdmin#d7ca61a2 chat_id:long user_id:long is_admin:Bool version:int = Update;
 * ```
 * Declared at schema/api.tl:298.
 */
export interface UpdateChatParticipantAdmin {
    /** TL constructor `updateChatParticipantAdmin`. */
    _: "updateChatParticipantAdmin";
    /** Chat ID */
    chatId: bigint;
    /** ID of the (de)admined user */
    userId: bigint;
    /** Whether the user was rendered admin */
    isAdmin: boolean;
    /** Used similarly to `pts` values to deduplicate/update outdated chat information as specified [here »](https://corefork.telegram.org/api/peers#basic-group-updates). */
    version: number;
}
/**
 * A member has left the [basic group](https://corefork.telegram.org/api/channel#basic-groups).
 *
 * Constructor of `Update`; its id is `0xe32f3d77`.
 * ```tl
 * updateChatParticipantDelete#e32f3d77 chat_id:long user_id:long version:int = Update;
 * ```
 * Declared at schema/api.tl:282.
 */
export interface UpdateChatParticipantDelete {
    /** TL constructor `updateChatParticipantDelete`. */
    _: "updateChatParticipantDelete";
    /** Group ID */
    chatId: bigint;
    /** ID of the user */
    userId: bigint;
    /** Used similarly to `pts` values to deduplicate/update outdated chat information as specified [here »](https://corefork.telegram.org/api/peers#basic-group-updates). */
    version: number;
}
/**
 * The [tag »](https://corefork.telegram.org/api/rank) of a participant of a [basic group »](https://corefork.telegram.org/api/channel#basic-groups) has changed.
 *
 * Constructor of `Update`; its id is `0xbd8367b9`.
 * ```tl
 * updateChatParticipantRank#bd8367b9 chat_id:long user_id:long rank:string version:int = Update;
 * ```
 * Declared at schema/api.tl:420.
 */
export interface UpdateChatParticipantRank {
    /** TL constructor `updateChatParticipantRank`. */
    _: "updateChatParticipantRank";
    /** Basic group ID. */
    chatId: bigint;
    /** User ID. */
    userId: bigint;
    /** The new tag. */
    rank: string;
    /** Used similarly to `pts` values to deduplicate/update outdated chat information as specified [here »](https://corefork.telegram.org/api/peers#basic-group-updates). */
    version: number;
}
/**
 * The participants of a [basic group »](https://corefork.telegram.org/api/channel#basic-groups) changed.
 *
 * Constructor of `Update`; its id is `0x07761198`.
 * ```tl
 * updateChatParticipants#07761198 participants:ChatParticipants = Update;
 * ```
 * Declared at schema/api.tl:273.
 */
export interface UpdateChatParticipants {
    /** TL constructor `updateChatParticipants`. */
    _: "updateChatParticipants";
    /** Updated chat participants (also contains the `version` used to deduplicate/update outdated chat information as specified [here »](https://corefork.telegram.org/api/peers#basic-group-updates)). */
    participants: TypeChatParticipants;
}
/**
 * The user is preparing a message in a group; typing, recording, uploading, etc. This update is valid for 6 seconds. If no further updates of this kind are received after 6 seconds, it should be considered that the user stopped doing whatever they were doing
 *
 * Constructor of `Update`; its id is `0x83487af0`.
 * ```tl
 * updateChatUserTyping#83487af0 chat_id:long from_id:Peer action:SendMessageAction = Update;
 * ```
 * Declared at schema/api.tl:272.
 */
export interface UpdateChatUserTyping {
    /** TL constructor `updateChatUserTyping`. */
    _: "updateChatUserTyping";
    /** Group id */
    chatId: bigint;
    /** Peer that started typing (can be the chat itself, in case of anonymous admins). */
    fromId: TypePeer;
    /** Type of action */
    action: TypeSendMessageAction;
}
/**
 * The server-side configuration has changed; the client should re-fetch the config using {@link help.RawGetConfigRequest} and {@link help.RawGetAppConfigRequest}.
 *
 * Constructor of `Update`; its id is `0xa229dd06`.
 * ```tl
 * updateConfig#a229dd06 = Update;
 * ```
 * Declared at schema/api.tl:313.
 */
export interface UpdateConfig {
    /** TL constructor `updateConfig`. */
    _: "updateConfig";
}
/**
 * All contacts were deleted
 *
 * Constructor of `Update`; its id is `0x7084a7be`.
 * ```tl
 * updateContactsReset#7084a7be = Update;
 * ```
 * Declared at schema/api.tl:327.
 */
export interface UpdateContactsReset {
    /** TL constructor `updateContactsReset`. */
    _: "updateContactsReset";
}
/**
 * Changes in the data center configuration options.
 *
 * Constructor of `Update`; its id is `0x8e5e9873`.
 * ```tl
 * updateDcOptions#8e5e9873 dc_options:Vector<DcOption> = Update;
 * ```
 * Declared at schema/api.tl:283.
 */
export interface UpdateDcOptions {
    /** TL constructor `updateDcOptions`. */
    _: "updateDcOptions";
    /** New connection options */
    dcOptions: TypeDcOption[];
}
/**
 * Some messages in a [supergroup/channel](https://corefork.telegram.org/api/channel) were deleted
 *
 * Constructor of `Update`; its id is `0xc32d5b12`.
 * ```tl
 * updateDeleteChannelMessages#c32d5b12 channel_id:long messages:Vector<int> pts:int pts_count:int = Update;
 * ```
 * Declared at schema/api.tl:296.
 */
export interface UpdateDeleteChannelMessages {
    /** TL constructor `updateDeleteChannelMessages`. */
    _: "updateDeleteChannelMessages";
    /** Channel ID */
    channelId: bigint;
    /** IDs of messages that were deleted */
    messages: number[];
    /** [Event count after generation](https://corefork.telegram.org/api/updates) */
    pts: number;
    /** [Number of events that were generated](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
}
/**
 * Constructor of `Update`; its id is `0x3e85e92c`.
 * ```tl
 * updateDeleteGroupCallMessages#3e85e92c call:InputGroupCall messages:Vector<int> = Update;
 * ```
 * Declared at schema/api.tl:415.
 */
export interface UpdateDeleteGroupCallMessages {
    /** TL constructor `updateDeleteGroupCallMessages`. */
    _: "updateDeleteGroupCallMessages";
    /** TL field `call`. */
    call: TypeInputGroupCall;
    /** TL field `messages`. */
    messages: number[];
}
/**
 * Messages were deleted.
 *
 * Constructor of `Update`; its id is `0xa20db0e5`.
 * ```tl
 * updateDeleteMessages#a20db0e5 messages:Vector<int> pts:int pts_count:int = Update;
 * ```
 * Declared at schema/api.tl:270.
 */
export interface UpdateDeleteMessages {
    /** TL constructor `updateDeleteMessages`. */
    _: "updateDeleteMessages";
    /** List of identifiers of deleted messages */
    messages: number[];
    /** New quality of actions in a message box */
    pts: number;
    /** Number of generated [events](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
}
/**
 * A [quick reply shortcut »](https://corefork.telegram.org/api/business#quick-reply-shortcuts) was deleted. This will **not** emit {@link RawUpdateDeleteQuickReplyMessages} updates, even if all the messages in the shortcut are also deleted by this update.
 *
 * Constructor of `Update`; its id is `0x53e6f1ec`.
 * ```tl
 * updateDeleteQuickReply#53e6f1ec shortcut_id:int = Update;
 * ```
 * Declared at schema/api.tl:393.
 */
export interface UpdateDeleteQuickReply {
    /** TL constructor `updateDeleteQuickReply`. */
    _: "updateDeleteQuickReply";
    /** ID of the quick reply shortcut that was deleted. */
    shortcutId: number;
}
/**
 * One or more messages in a [quick reply shortcut »](https://corefork.telegram.org/api/business#quick-reply-shortcuts) were deleted.
 *
 * Constructor of `Update`; its id is `0x566fe7cd`.
 * ```tl
 * updateDeleteQuickReplyMessages#566fe7cd shortcut_id:int messages:Vector<int> = Update;
 * ```
 * Declared at schema/api.tl:395.
 */
export interface UpdateDeleteQuickReplyMessages {
    /** TL constructor `updateDeleteQuickReplyMessages`. */
    _: "updateDeleteQuickReplyMessages";
    /** Quick reply shortcut ID. */
    shortcutId: number;
    /** IDs of the deleted messages. */
    messages: number[];
}
/**
 * Some [scheduled messages](https://corefork.telegram.org/api/scheduled-messages) were deleted (or sent) from the schedule queue of a chat
 *
 * Constructor of `Update`; its id is `0xf2a71983`.
 * ```tl
 * updateDeleteScheduledMessages#f2a71983 flags:# peer:Peer messages:Vector<int> sent_messages:flags.0?Vector<int> = Update;
 * ```
 * Declared at schema/api.tl:336.
 */
export interface UpdateDeleteScheduledMessages {
    /** TL constructor `updateDeleteScheduledMessages`. */
    _: "updateDeleteScheduledMessages";
    /** Peer */
    peer: TypePeer;
    /** Deleted scheduled messages */
    messages: number[];
    /**
     * If set, this update indicates that some scheduled messages were sent (not simply deleted from the schedule queue).
     * In this case, the `messages` field will contain the scheduled message IDs for the sent messages (initially returned in {@link RawUpdateNewScheduledMessage}), and `sent_messages` will contain the real message IDs for the sent messages.
     *
     * Optional: bit 0 of `flags` (TL `sent_messages:flags.0?…`).
     */
    sentMessages?: number[];
}
/**
 * A new [folder](https://corefork.telegram.org/api/folders) was added
 *
 * Constructor of `Update`; its id is `0x26ffde7d`.
 * ```tl
 * updateDialogFilter#26ffde7d flags:# id:int filter:flags.0?DialogFilter = Update;
 * ```
 * Declared at schema/api.tl:341.
 */
export interface UpdateDialogFilter {
    /** TL constructor `updateDialogFilter`. */
    _: "updateDialogFilter";
    /** [Folder](https://corefork.telegram.org/api/folders) ID */
    id: number;
    /**
     * [Folder](https://corefork.telegram.org/api/folders) info
     *
     * Optional: bit 0 of `flags` (TL `filter:flags.0?…`).
     */
    filter?: TypeDialogFilter;
}
/**
 * New [folder](https://corefork.telegram.org/api/folders) order
 *
 * Constructor of `Update`; its id is `0xa5d72105`.
 * ```tl
 * updateDialogFilterOrder#a5d72105 order:Vector<int> = Update;
 * ```
 * Declared at schema/api.tl:342.
 */
export interface UpdateDialogFilterOrder {
    /** TL constructor `updateDialogFilterOrder`. */
    _: "updateDialogFilterOrder";
    /** Ordered [folder IDs](https://corefork.telegram.org/api/folders) */
    order: number[];
}
/**
 * Clients should update [folder](https://corefork.telegram.org/api/folders) info
 *
 * Constructor of `Update`; its id is `0x3504914f`.
 * ```tl
 * updateDialogFilters#3504914f = Update;
 * ```
 * Declared at schema/api.tl:343.
 */
export interface UpdateDialogFilters {
    /** TL constructor `updateDialogFilters`. */
    _: "updateDialogFilters";
}
/**
 * A dialog was pinned/unpinned
 *
 * Constructor of `Update`; its id is `0x6e6fe51c`.
 * ```tl
 * updateDialogPinned#6e6fe51c flags:# pinned:flags.0?true folder_id:flags.1?int peer:DialogPeer = Update;
 * ```
 * Declared at schema/api.tl:316.
 */
export interface UpdateDialogPinned {
    /** TL constructor `updateDialogPinned`. */
    _: "updateDialogPinned";
    /**
     * Whether the dialog was pinned
     *
     * Optional: bit 0 of `flags` (TL `pinned:flags.0?…`).
     */
    pinned?: boolean;
    /**
     * [Peer folder ID, for more info click here](https://corefork.telegram.org/api/folders#peer-folders)
     *
     * Optional: bit 1 of `flags` (TL `folder_id:flags.1?…`).
     */
    folderId?: number;
    /** The dialog */
    peer: TypeDialogPeer;
}
/**
 * The manual unread mark of a chat was changed
 *
 * Constructor of `Update`; its id is `0xb658f23e`.
 * ```tl
 * updateDialogUnreadMark#b658f23e flags:# unread:flags.0?true peer:DialogPeer saved_peer_id:flags.1?Peer = Update;
 * ```
 * Declared at schema/api.tl:329.
 */
export interface UpdateDialogUnreadMark {
    /** TL constructor `updateDialogUnreadMark`. */
    _: "updateDialogUnreadMark";
    /**
     * Was the chat marked or unmarked as read
     *
     * Optional: bit 0 of `flags` (TL `unread:flags.0?…`).
     */
    unread?: boolean;
    /** The dialog */
    peer: TypeDialogPeer;
    /**
     * If set, the mark is related to the specified [monoforum topic ID »](https://corefork.telegram.org/api/monoforum).
     *
     * Optional: bit 1 of `flags` (TL `saved_peer_id:flags.1?…`).
     */
    savedPeerId?: TypePeer;
}
/**
 * Notifies a change of a message [draft](https://corefork.telegram.org/api/drafts).
 *
 * Constructor of `Update`; its id is `0xedfc111e`.
 * ```tl
 * updateDraftMessage#edfc111e flags:# peer:Peer top_msg_id:flags.0?int saved_peer_id:flags.1?Peer draft:DraftMessage = Update;
 * ```
 * Declared at schema/api.tl:310.
 */
export interface UpdateDraftMessage {
    /** TL constructor `updateDraftMessage`. */
    _: "updateDraftMessage";
    /** The peer to which the draft is associated */
    peer: TypePeer;
    /**
     * ID of the [forum topic](https://corefork.telegram.org/api/forum#forum-topics) to which the draft is associated
     *
     * Optional: bit 0 of `flags` (TL `top_msg_id:flags.0?…`).
     */
    topMsgId?: number;
    /**
     * If set, the draft is related to the specified [monoforum topic ID »](https://corefork.telegram.org/api/monoforum).
     *
     * Optional: bit 1 of `flags` (TL `saved_peer_id:flags.1?…`).
     */
    savedPeerId?: TypePeer;
    /** The draft */
    draft: TypeDraftMessage;
}
/**
 * A message was edited in a [channel/supergroup](https://corefork.telegram.org/api/channel)
 *
 * Constructor of `Update`; its id is `0x1b3f4df7`.
 * ```tl
 * updateEditChannelMessage#1b3f4df7 message:Message pts:int pts_count:int = Update;
 * ```
 * Declared at schema/api.tl:305.
 */
export interface UpdateEditChannelMessage {
    /** TL constructor `updateEditChannelMessage`. */
    _: "updateEditChannelMessage";
    /** The new message */
    message: TypeMessage;
    /** [Event count after generation](https://corefork.telegram.org/api/updates) */
    pts: number;
    /** [Number of events that were generated](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
}
/**
 * A message was edited
 *
 * Constructor of `Update`; its id is `0xe40370a3`.
 * ```tl
 * updateEditMessage#e40370a3 message:Message pts:int pts_count:int = Update;
 * ```
 * Declared at schema/api.tl:307.
 */
export interface UpdateEditMessage {
    /** TL constructor `updateEditMessage`. */
    _: "updateEditMessage";
    /** The new edited message */
    message: TypeMessage;
    /** [PTS](https://corefork.telegram.org/api/updates) */
    pts: number;
    /** [PTS count](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
}
/**
 * Constructor of `Update`; its id is `0xfb9c547a`.
 * ```tl
 * updateEmojiGameInfo#fb9c547a info:messages.EmojiGameInfo = Update;
 * ```
 * Declared at schema/api.tl:418.
 */
export interface UpdateEmojiGameInfo {
    /** TL constructor `updateEmojiGameInfo`. */
    _: "updateEmojiGameInfo";
    /** TL field `info`. */
    info: TypeMessagesEmojiGameInfo;
}
/**
 * Interlocutor is typing a message in an encrypted chat. Update period is 6 second. If upon this time there is no repeated update, it shall be considered that the interlocutor stopped typing.
 *
 * Constructor of `Update`; its id is `0x1710f156`.
 * ```tl
 * updateEncryptedChatTyping#1710f156 chat_id:int = Update;
 * ```
 * Declared at schema/api.tl:278.
 */
export interface UpdateEncryptedChatTyping {
    /** TL constructor `updateEncryptedChatTyping`. */
    _: "updateEncryptedChatTyping";
    /** Chat ID */
    chatId: number;
}
/**
 * Communication history in an encrypted chat was marked as read.
 *
 * Constructor of `Update`; its id is `0x38fe25b7`.
 * ```tl
 * updateEncryptedMessagesRead#38fe25b7 chat_id:int max_date:int date:int = Update;
 * ```
 * Declared at schema/api.tl:280.
 */
export interface UpdateEncryptedMessagesRead {
    /** TL constructor `updateEncryptedMessagesRead`. */
    _: "updateEncryptedMessagesRead";
    /** Chat ID */
    chatId: number;
    /** Maximum value of data for read messages */
    maxDate: number;
    /** Time when messages were read */
    date: number;
}
/**
 * Change of state in an encrypted chat.
 *
 * Constructor of `Update`; its id is `0xb4a2e88d`.
 * ```tl
 * updateEncryption#b4a2e88d chat:EncryptedChat date:int = Update;
 * ```
 * Declared at schema/api.tl:279.
 */
export interface UpdateEncryption {
    /** TL constructor `updateEncryption`. */
    _: "updateEncryption";
    /** Encrypted chat */
    chat: TypeEncryptedChat;
    /** Date of change */
    date: number;
}
/**
 * The list of favorited stickers was changed, the client should call {@link messages.RawGetFavedStickersRequest} to refetch the new list
 *
 * Constructor of `Update`; its id is `0xe511996d`.
 * ```tl
 * updateFavedStickers#e511996d = Update;
 * ```
 * Declared at schema/api.tl:325.
 */
export interface UpdateFavedStickers {
    /** TL constructor `updateFavedStickers`. */
    _: "updateFavedStickers";
}
/**
 * The peer list of a [peer folder](https://corefork.telegram.org/api/folders#peer-folders) was updated
 *
 * Constructor of `Update`; its id is `0x19360dc0`.
 * ```tl
 * updateFolderPeers#19360dc0 folder_peers:Vector<FolderPeer> pts:int pts_count:int = Update;
 * ```
 * Declared at schema/api.tl:332.
 */
export interface UpdateFolderPeers {
    /** TL constructor `updateFolderPeers`. */
    _: "updateFolderPeers";
    /** New peer list */
    folderPeers: TypeFolderPeer[];
    /** [Event count after generation](https://corefork.telegram.org/api/updates) */
    pts: number;
    /** [Number of events that were generated](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
}
/**
 * Live geo position message was viewed
 *
 * Constructor of `Update`; its id is `0x871fb939`.
 * ```tl
 * updateGeoLiveViewed#871fb939 peer:Peer msg_id:int = Update;
 * ```
 * Declared at schema/api.tl:338.
 */
export interface UpdateGeoLiveViewed {
    /** TL constructor `updateGeoLiveViewed`. */
    _: "updateGeoLiveViewed";
    /** The user that viewed the live geo position */
    peer: TypePeer;
    /** Message ID of geo position message */
    msgId: number;
}
/**
 * A new groupcall was started
 *
 * Constructor of `Update`; its id is `0x9d2216e0`.
 * ```tl
 * updateGroupCall#9d2216e0 flags:# live_story:flags.2?true peer:flags.1?Peer call:GroupCall = Update;
 * ```
 * Declared at schema/api.tl:354.
 */
export interface UpdateGroupCall {
    /** TL constructor `updateGroupCall`. */
    _: "updateGroupCall";
    /** Optional: bit 2 of `flags` (TL `live_story:flags.2?…`). */
    liveStory?: boolean;
    /** Optional: bit 1 of `flags` (TL `peer:flags.1?…`). */
    peer?: TypePeer;
    /** Info about the group call or livestream */
    call: TypeGroupCall;
}
/**
 * Contains updates to the blockchain of a conference call, see [here »](https://corefork.telegram.org/api/end-to-end/group-calls) for more info.
 *
 * Constructor of `Update`; its id is `0xa477288f`.
 * ```tl
 * updateGroupCallChainBlocks#a477288f call:InputGroupCall sub_chain_id:int blocks:Vector<bytes> next_offset:int = Update;
 * ```
 * Declared at schema/api.tl:407.
 */
export interface UpdateGroupCallChainBlocks {
    /** TL constructor `updateGroupCallChainBlocks`. */
    _: "updateGroupCallChainBlocks";
    /** The conference call. */
    call: TypeInputGroupCall;
    /** Subchain ID. */
    subChainId: number;
    /** Blocks. */
    blocks: Uint8Array[];
    /** Offset of the next block. */
    nextOffset: number;
}
/**
 * New WebRTC parameters
 *
 * Constructor of `Update`; its id is `0x0b783982`.
 * ```tl
 * updateGroupCallConnection#0b783982 flags:# presentation:flags.0?true params:DataJSON = Update;
 * ```
 * Declared at schema/api.tl:359.
 */
export interface UpdateGroupCallConnection {
    /** TL constructor `updateGroupCallConnection`. */
    _: "updateGroupCallConnection";
    /**
     * Are these parameters related to the screen capture session currently in progress?
     *
     * Optional: bit 0 of `flags` (TL `presentation:flags.0?…`).
     */
    presentation?: boolean;
    /** WebRTC parameters */
    params: TypeDataJSON;
}
/**
 * Constructor of `Update`; its id is `0xc957a766`.
 * ```tl
 * updateGroupCallEncryptedMessage#c957a766 call:InputGroupCall from_id:Peer encrypted_message:bytes = Update;
 * ```
 * Declared at schema/api.tl:412.
 */
export interface UpdateGroupCallEncryptedMessage {
    /** TL constructor `updateGroupCallEncryptedMessage`. */
    _: "updateGroupCallEncryptedMessage";
    /** TL field `call`. */
    call: TypeInputGroupCall;
    /** TL field `from_id`. */
    fromId: TypePeer;
    /** TL field `encrypted_message`. */
    encryptedMessage: Uint8Array;
}
/**
 * Constructor of `Update`; its id is `0xd8326f0d`.
 * ```tl
 * updateGroupCallMessage#d8326f0d call:InputGroupCall message:GroupCallMessage = Update;
 * ```
 * Declared at schema/api.tl:411.
 */
export interface UpdateGroupCallMessage {
    /** TL constructor `updateGroupCallMessage`. */
    _: "updateGroupCallMessage";
    /** TL field `call`. */
    call: TypeInputGroupCall;
    /** TL field `message`. */
    message: TypeGroupCallMessage;
}
/**
 * The participant list of a certain group call has changed
 *
 * Constructor of `Update`; its id is `0xf2ebdb4e`.
 * ```tl
 * updateGroupCallParticipants#f2ebdb4e call:InputGroupCall participants:Vector<GroupCallParticipant> version:int = Update;
 * ```
 * Declared at schema/api.tl:353.
 */
export interface UpdateGroupCallParticipants {
    /** TL constructor `updateGroupCallParticipants`. */
    _: "updateGroupCallParticipants";
    /** Group call */
    call: TypeInputGroupCall;
    /** New participant list */
    participants: TypeGroupCallParticipant[];
    /** Version */
    version: number;
}
/**
 * This notification is received by bots when a button is pressed
 *
 * Constructor of `Update`; its id is `0x691e9052`.
 * ```tl
 * updateInlineBotCallbackQuery#691e9052 flags:# query_id:long user_id:long msg_id:InputBotInlineMessageID chat_instance:long data:flags.0?bytes game_short_name:flags.1?string = Update;
 * ```
 * Declared at schema/api.tl:308.
 */
export interface UpdateInlineBotCallbackQuery {
    /** TL constructor `updateInlineBotCallbackQuery`. */
    _: "updateInlineBotCallbackQuery";
    /** Query ID */
    queryId: bigint;
    /** ID of the user that pressed the button */
    userId: bigint;
    /** ID of the inline message with the button */
    msgId: TypeInputBotInlineMessageID;
    /** Global identifier, uniquely corresponding to the chat to which the message with the callback button was sent. Useful for high scores in games. */
    chatInstance: bigint;
    /**
     * Data associated with the callback button. Be aware that a bad client can send arbitrary data in this field.
     *
     * Optional: bit 0 of `flags` (TL `data:flags.0?…`).
     */
    data?: Uint8Array;
    /**
     * Short name of a Game to be returned, serves as the unique identifier for the game
     *
     * Optional: bit 1 of `flags` (TL `game_short_name:flags.1?…`).
     */
    gameShortName?: string;
}
/**
 * Constructor of `Update`; its id is `0xbdac7e70`.
 * ```tl
 * updateJoinChatWebViewDecision#bdac7e70 peer:Peer query_id:long result:JoinChatBotResult = Update;
 * ```
 * Declared at schema/api.tl:424.
 */
export interface UpdateJoinChatWebViewDecision {
    /** TL constructor `updateJoinChatWebViewDecision`. */
    _: "updateJoinChatWebViewDecision";
    /** TL field `peer`. */
    peer: TypePeer;
    /** TL field `query_id`. */
    queryId: bigint;
    /** TL field `result`. */
    result: TypeJoinChatBotResult;
}
/**
 * Language pack updated
 *
 * Constructor of `Update`; its id is `0x56022f4d`.
 * ```tl
 * updateLangPack#56022f4d difference:LangPackDifference = Update;
 * ```
 * Declared at schema/api.tl:324.
 */
export interface UpdateLangPack {
    /** TL constructor `updateLangPack`. */
    _: "updateLangPack";
    /** Changed strings */
    difference: TypeLangPackDifference;
}
/**
 * A language pack has changed, the client should manually fetch the changed strings using {@link langpack.RawGetDifferenceRequest}
 *
 * Constructor of `Update`; its id is `0x46560264`.
 * ```tl
 * updateLangPackTooLong#46560264 lang_code:string = Update;
 * ```
 * Declared at schema/api.tl:323.
 */
export interface UpdateLangPackTooLong {
    /** TL constructor `updateLangPackTooLong`. */
    _: "updateLangPackTooLong";
    /** Language code */
    langCode: string;
}
/**
 * A login token (for login via QR code) was accepted.
 *
 * Constructor of `Update`; its id is `0x564fe691`.
 * ```tl
 * updateLoginToken#564fe691 = Update;
 * ```
 * Declared at schema/api.tl:339.
 */
export interface UpdateLoginToken {
    /** TL constructor `updateLoginToken`. */
    _: "updateLoginToken";
}
/**
 * Constructor of `Update`; its id is `0x4880ed9a`.
 * ```tl
 * updateManagedBot#4880ed9a user_id:long bot_id:long qts:int = Update;
 * ```
 * Declared at schema/api.tl:421.
 */
export interface UpdateManagedBot {
    /** TL constructor `updateManagedBot`. */
    _: "updateManagedBot";
    /** TL field `user_id`. */
    userId: bigint;
    /** TL field `bot_id`. */
    botId: bigint;
    /** TL field `qts`. */
    qts: number;
}
/**
 * You [bought a paid media »](https://corefork.telegram.org/api/paid-media): this update contains the revealed media.
 *
 * Constructor of `Update`; its id is `0xd5a41724`.
 * ```tl
 * updateMessageExtendedMedia#d5a41724 peer:Peer msg_id:int extended_media:Vector<MessageExtendedMedia> = Update;
 * ```
 * Declared at schema/api.tl:374.
 */
export interface UpdateMessageExtendedMedia {
    /** TL constructor `updateMessageExtendedMedia`. */
    _: "updateMessageExtendedMedia";
    /** Peer where the paid media was posted */
    peer: TypePeer;
    /** ID of the message containing the paid media */
    msgId: number;
    /** Revealed media, contains only {@link RawMessageExtendedMedia} constructors. */
    extendedMedia: TypeMessageExtendedMedia[];
}
/**
 * Sent message with **random_id** client identifier was assigned an identifier.
 *
 * Constructor of `Update`; its id is `0x4e90bfd6`.
 * ```tl
 * updateMessageID#4e90bfd6 id:int random_id:long = Update;
 * ```
 * Declared at schema/api.tl:269.
 */
export interface UpdateMessageID {
    /** TL constructor `updateMessageID`. */
    _: "updateMessageID";
    /** **id** identifier of a respective [Message](https://corefork.telegram.org/type/Message) */
    id: number;
    /** Previously transferred client **random_id** identifier */
    randomId: bigint;
}
/**
 * The results of a poll have changed
 *
 * Constructor of `Update`; its id is `0xd64c522b`.
 * ```tl
 * updateMessagePoll#d64c522b flags:# peer:flags.1?Peer msg_id:flags.1?int top_msg_id:flags.2?int poll_id:long poll:flags.0?Poll results:PollResults = Update;
 * ```
 * Declared at schema/api.tl:330.
 */
export type UpdateMessagePoll = {
    /**
     * TL constructor `updateMessagePoll`.
     */
    _: "updateMessagePoll";
    /**
     * Optional: bit 2 of `flags` (TL `top_msg_id:flags.2?…`).
     */
    topMsgId?: number;
    /**
     * Poll ID
     */
    pollId: bigint;
    /**
     * If the server knows the client hasn't cached this poll yet, the poll itself
     *
     * Optional: bit 0 of `flags` (TL `poll:flags.0?…`).
     */
    poll?: TypePoll;
    /**
     * New poll results
     */
    results: TypePollResults;
} & ({
    /**
     * Optional: bit 1 of `flags` (TL `peer:flags.1?…`).
     *
     * Shares its flag bit with `peer`, `msgId`: give all of the value fields or none (checked in the types and at runtime).
     */
    peer: TypePeer;
    /**
     * Optional: bit 1 of `flags` (TL `msg_id:flags.1?…`).
     *
     * Shares its flag bit with `peer`, `msgId`: give all of the value fields or none (checked in the types and at runtime).
     */
    msgId: number;
} | {
    /**
     * Given together with `msgId`, or not at all.
     */
    peer?: undefined;
    /**
     * Given together with `peer`, or not at all.
     */
    msgId?: undefined;
});
/**
 * A specific peer has voted in a poll
 *
 * Constructor of `Update`; its id is `0x7699f014`.
 * ```tl
 * updateMessagePollVote#7699f014 poll_id:long peer:Peer options:Vector<bytes> positions:Vector<int> qts:int = Update;
 * ```
 * Declared at schema/api.tl:340.
 */
export interface UpdateMessagePollVote {
    /** TL constructor `updateMessagePollVote`. */
    _: "updateMessagePollVote";
    /** Poll ID */
    pollId: bigint;
    /** The peer that voted in the poll */
    peer: TypePeer;
    /** Chosen option(s) */
    options: Uint8Array[];
    /** TL field `positions`. */
    positions: number[];
    /** New **qts** value, see [updates »](https://corefork.telegram.org/api/updates) for more info. */
    qts: number;
}
/**
 * New [message reactions »](https://corefork.telegram.org/api/reactions) are available
 *
 * Constructor of `Update`; its id is `0x1e297bfa`.
 * ```tl
 * updateMessageReactions#1e297bfa flags:# peer:Peer msg_id:int top_msg_id:flags.0?int saved_peer_id:flags.1?Peer reactions:MessageReactions = Update;
 * ```
 * Declared at schema/api.tl:363.
 */
export interface UpdateMessageReactions {
    /** TL constructor `updateMessageReactions`. */
    _: "updateMessageReactions";
    /** Peer */
    peer: TypePeer;
    /** Message ID */
    msgId: number;
    /**
     * [Forum topic ID](https://corefork.telegram.org/api/forum#forum-topics)
     *
     * Optional: bit 0 of `flags` (TL `top_msg_id:flags.0?…`).
     */
    topMsgId?: number;
    /**
     * If set, the reactions are in the specified [monoforum topic »](https://corefork.telegram.org/api/monoforum).
     *
     * Optional: bit 1 of `flags` (TL `saved_peer_id:flags.1?…`).
     */
    savedPeerId?: TypePeer;
    /** Reactions */
    reactions: TypeMessageReactions;
}
/**
 * An admin has (un)exempted this [monoforum topic »](https://corefork.telegram.org/api/monoforum) from payment to send messages using {@link account.RawToggleNoPaidMessagesExceptionRequest}.
 *
 * Constructor of `Update`; its id is `0x9f812b08`.
 * ```tl
 * updateMonoForumNoPaidException#9f812b08 flags:# exception:flags.0?true channel_id:long saved_peer_id:Peer = Update;
 * ```
 * Declared at schema/api.tl:410.
 */
export interface UpdateMonoForumNoPaidException {
    /** TL constructor `updateMonoForumNoPaidException`. */
    _: "updateMonoForumNoPaidException";
    /**
     * If set, an admin has exempted this peer, otherwise the peer was unexempted.
     *
     * Optional: bit 0 of `flags` (TL `exception:flags.0?…`).
     */
    exception?: boolean;
    /** The monoforum ID. */
    channelId: bigint;
    /** The peer/topic ID. */
    savedPeerId: TypePeer;
}
/**
 * A stickerset was just moved to top, [see here for more info »](https://corefork.telegram.org/api/stickers#recent-stickersets)
 *
 * Constructor of `Update`; its id is `0x86fccf85`.
 * ```tl
 * updateMoveStickerSetToTop#86fccf85 flags:# masks:flags.0?true emojis:flags.1?true stickerset:long = Update;
 * ```
 * Declared at schema/api.tl:373.
 */
export interface UpdateMoveStickerSetToTop {
    /** TL constructor `updateMoveStickerSetToTop`. */
    _: "updateMoveStickerSetToTop";
    /**
     * This update is referring to a [mask stickerset](https://corefork.telegram.org/api/stickers#mask-stickers)
     *
     * Optional: bit 0 of `flags` (TL `masks:flags.0?…`).
     */
    masks?: boolean;
    /**
     * This update is referring to a [custom emoji stickerset](https://corefork.telegram.org/api/custom-emoji)
     *
     * Optional: bit 1 of `flags` (TL `emojis:flags.1?…`).
     */
    emojis?: boolean;
    /** [Stickerset](https://corefork.telegram.org/api/stickers) ID */
    stickerset: bigint;
}
/**
 * A new session logged into the current user's account through an unknown device.
 *
 * Constructor of `Update`; its id is `0x8951abef`.
 * ```tl
 * updateNewAuthorization#8951abef flags:# unconfirmed:flags.0?true hash:long date:flags.0?int device:flags.0?string location:flags.0?string = Update;
 * ```
 * Declared at schema/api.tl:276.
 */
export type UpdateNewAuthorization = {
    /**
     * TL constructor `updateNewAuthorization`.
     */
    _: "updateNewAuthorization";
    /**
     * Whether the session is [unconfirmed, see here »](https://corefork.telegram.org/api/auth#confirming-login) for more info.
     *
     * Optional: bit 0 of `flags` (TL `unconfirmed:flags.0?…`).
     *
     * Shares its flag bit with `date`, `device`, `location`, `unconfirmed`: true exactly when those are given.
     */
    unconfirmed?: boolean;
    /**
     * [Hash used for caching, for more info click here](https://corefork.telegram.org/api/offsets#hash-generation)
     */
    hash: bigint;
} & ({
    /**
     * Authorization date
     *
     * Optional: bit 0 of `flags` (TL `date:flags.0?…`).
     *
     * Shares its flag bit with `date`, `device`, `location`, `unconfirmed`: give all of the value fields or none (checked in the types and at runtime).
     */
    date: number;
    /**
     * Name of device, for example _Android_
     *
     * Optional: bit 0 of `flags` (TL `device:flags.0?…`).
     *
     * Shares its flag bit with `date`, `device`, `location`, `unconfirmed`: give all of the value fields or none (checked in the types and at runtime).
     */
    device: string;
    /**
     * Location, for example _USA, NY (IP=1.2.3.4)_
     *
     * Optional: bit 0 of `flags` (TL `location:flags.0?…`).
     *
     * Shares its flag bit with `date`, `device`, `location`, `unconfirmed`: give all of the value fields or none (checked in the types and at runtime).
     */
    location: string;
} | {
    /**
     * Given together with `device`, `location`, or not at all.
     */
    date?: undefined;
    /**
     * Given together with `date`, `location`, or not at all.
     */
    device?: undefined;
    /**
     * Given together with `date`, `device`, or not at all.
     */
    location?: undefined;
});
/**
 * Constructor of `Update`; its id is `0xb22083a6`.
 * ```tl
 * updateNewBotConnection#b22083a6 flags:# confirmed:flags.0?true bot_id:long date:flags.1?int device:flags.1?string location:flags.1?string = Update;
 * ```
 * Declared at schema/api.tl:425.
 */
export type UpdateNewBotConnection = {
    /**
     * TL constructor `updateNewBotConnection`.
     */
    _: "updateNewBotConnection";
    /**
     * Optional: bit 0 of `flags` (TL `confirmed:flags.0?…`).
     */
    confirmed?: boolean;
    /**
     * TL field `bot_id`.
     */
    botId: bigint;
} & ({
    /**
     * Optional: bit 1 of `flags` (TL `date:flags.1?…`).
     *
     * Shares its flag bit with `date`, `device`, `location`: give all of the value fields or none (checked in the types and at runtime).
     */
    date: number;
    /**
     * Optional: bit 1 of `flags` (TL `device:flags.1?…`).
     *
     * Shares its flag bit with `date`, `device`, `location`: give all of the value fields or none (checked in the types and at runtime).
     */
    device: string;
    /**
     * Optional: bit 1 of `flags` (TL `location:flags.1?…`).
     *
     * Shares its flag bit with `date`, `device`, `location`: give all of the value fields or none (checked in the types and at runtime).
     */
    location: string;
} | {
    /**
     * Given together with `device`, `location`, or not at all.
     */
    date?: undefined;
    /**
     * Given together with `date`, `location`, or not at all.
     */
    device?: undefined;
    /**
     * Given together with `date`, `device`, or not at all.
     */
    location?: undefined;
});
/**
 * A new message was sent in a [channel/supergroup](https://corefork.telegram.org/api/channel)
 *
 * Constructor of `Update`; its id is `0x62ba04d9`.
 * ```tl
 * updateNewChannelMessage#62ba04d9 message:Message pts:int pts_count:int = Update;
 * ```
 * Declared at schema/api.tl:294.
 */
export interface UpdateNewChannelMessage {
    /** TL constructor `updateNewChannelMessage`. */
    _: "updateNewChannelMessage";
    /** New message */
    message: TypeMessage;
    /** [Event count after generation](https://corefork.telegram.org/api/updates) */
    pts: number;
    /** [Number of events that were generated](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
}
/**
 * New encrypted message.
 *
 * Constructor of `Update`; its id is `0x12bcbd9a`.
 * ```tl
 * updateNewEncryptedMessage#12bcbd9a message:EncryptedMessage qts:int = Update;
 * ```
 * Declared at schema/api.tl:277.
 */
export interface UpdateNewEncryptedMessage {
    /** TL constructor `updateNewEncryptedMessage`. */
    _: "updateNewEncryptedMessage";
    /** Message */
    message: TypeEncryptedMessage;
    /** New **qts** value, see [updates »](https://corefork.telegram.org/api/updates) for more info. */
    qts: number;
}
/**
 * New message in a private chat or in a [basic group](https://core.telegram.org/api/channel#basic-groups).
 *
 * Constructor of `Update`; its id is `0x1f2b0afd`.
 * ```tl
 * updateNewMessage#1f2b0afd message:Message pts:int pts_count:int = Update;
 * ```
 * Declared at schema/api.tl:268.
 */
export interface UpdateNewMessage {
    /** TL constructor `updateNewMessage`. */
    _: "updateNewMessage";
    /** Message */
    message: TypeMessage;
    /** New quantity of actions in a message box */
    pts: number;
    /** Number of generated events */
    ptsCount: number;
}
/**
 * A new [quick reply shortcut »](https://corefork.telegram.org/api/business#quick-reply-shortcuts) was created.
 *
 * Constructor of `Update`; its id is `0xf53da717`.
 * ```tl
 * updateNewQuickReply#f53da717 quick_reply:QuickReply = Update;
 * ```
 * Declared at schema/api.tl:392.
 */
export interface UpdateNewQuickReply {
    /** TL constructor `updateNewQuickReply`. */
    _: "updateNewQuickReply";
    /** Quick reply shortcut. */
    quickReply: TypeQuickReply;
}
/**
 * A message was added to the [schedule queue of a chat](https://corefork.telegram.org/api/scheduled-messages)
 *
 * Constructor of `Update`; its id is `0x39a51dfb`.
 * ```tl
 * updateNewScheduledMessage#39a51dfb message:Message = Update;
 * ```
 * Declared at schema/api.tl:335.
 */
export interface UpdateNewScheduledMessage {
    /** TL constructor `updateNewScheduledMessage`. */
    _: "updateNewScheduledMessage";
    /** Message */
    message: TypeMessage;
}
/**
 * A new stickerset was installed
 *
 * Constructor of `Update`; its id is `0x688a30aa`.
 * ```tl
 * updateNewStickerSet#688a30aa stickerset:messages.StickerSet = Update;
 * ```
 * Declared at schema/api.tl:299.
 */
export interface UpdateNewStickerSet {
    /** TL constructor `updateNewStickerSet`. */
    _: "updateNewStickerSet";
    /** The installed stickerset */
    stickerset: TypeMessagesStickerSet;
}
/**
 * Represents a new [reaction to a story](https://corefork.telegram.org/api/reactions#notifications-about-reactions).
 *
 * Constructor of `Update`; its id is `0x1824e40b`.
 * ```tl
 * updateNewStoryReaction#1824e40b story_id:int peer:Peer reaction:Reaction = Update;
 * ```
 * Declared at schema/api.tl:400.
 */
export interface UpdateNewStoryReaction {
    /** TL constructor `updateNewStoryReaction`. */
    _: "updateNewStoryReaction";
    /** [Story ID](https://corefork.telegram.org/api/stories). */
    storyId: number;
    /** The peer where the story was posted. */
    peer: TypePeer;
    /** The [reaction](https://corefork.telegram.org/api/reactions). */
    reaction: TypeReaction;
}
/**
 * Changes in notification settings.
 *
 * Constructor of `Update`; its id is `0xbec268ef`.
 * ```tl
 * updateNotifySettings#bec268ef peer:NotifyPeer notify_settings:PeerNotifySettings = Update;
 * ```
 * Declared at schema/api.tl:284.
 */
export interface UpdateNotifySettings {
    /** TL constructor `updateNotifySettings`. */
    _: "updateNotifySettings";
    /** Notification source */
    peer: TypeNotifyPeer;
    /** New notification settings */
    notifySettings: TypePeerNotifySettings;
}
/**
 * Contains the current [default paid reaction privacy, see here »](https://corefork.telegram.org/api/reactions#paid-reactions) for more info.
 *
 * Clients should invoke {@link messages.RawGetPaidReactionPrivacyRequest} on startup to fetch the current default reaction privacy because this update is only sent to currently online sessions and cannot be fetched using getDifference on client startup.
 *
 * Constructor of `Update`; its id is `0x8b725fce`.
 * ```tl
 * updatePaidReactionPrivacy#8b725fce private:PaidReactionPrivacy = Update;
 * ```
 * Declared at schema/api.tl:405.
 */
export interface UpdatePaidReactionPrivacy {
    /** TL constructor `updatePaidReactionPrivacy`. */
    _: "updatePaidReactionPrivacy";
    /** Paid reaction privacy settings. */
    private: TypePaidReactionPrivacy;
}
/**
 * We blocked a peer, see [here »](https://corefork.telegram.org/api/block) for more info on blocklists.
 *
 * Constructor of `Update`; its id is `0xebe07752`.
 * ```tl
 * updatePeerBlocked#ebe07752 flags:# blocked:flags.0?true blocked_my_stories_from:flags.1?true peer_id:Peer = Update;
 * ```
 * Declared at schema/api.tl:348.
 */
export interface UpdatePeerBlocked {
    /** TL constructor `updatePeerBlocked`. */
    _: "updatePeerBlocked";
    /**
     * Whether the peer was blocked or unblocked
     *
     * Optional: bit 0 of `flags` (TL `blocked:flags.0?…`).
     */
    blocked?: boolean;
    /**
     * Whether the peer was added/removed to/from the story blocklist; if not set, this update affects the main blocklist, see [here »](https://corefork.telegram.org/api/block) for more info.
     *
     * Optional: bit 1 of `flags` (TL `blocked_my_stories_from:flags.1?…`).
     */
    blockedMyStoriesFrom?: boolean;
    /** The (un)blocked peer */
    peerId: TypePeer;
}
/**
 * The Time-To-Live for messages sent by the current user in a specific chat has changed
 *
 * Constructor of `Update`; its id is `0xbb9bb9a5`.
 * ```tl
 * updatePeerHistoryTTL#bb9bb9a5 flags:# peer:Peer ttl_period:flags.0?int = Update;
 * ```
 * Declared at schema/api.tl:355.
 */
export interface UpdatePeerHistoryTTL {
    /** TL constructor `updatePeerHistoryTTL`. */
    _: "updatePeerHistoryTTL";
    /** The chat */
    peer: TypePeer;
    /**
     * The new Time-To-Live
     *
     * Optional: bit 0 of `flags` (TL `ttl_period:flags.0?…`).
     */
    ttlPeriod?: number;
}
/**
 * List of peers near you was updated
 *
 * Constructor of `Update`; its id is `0xb4afcfb0`.
 * ```tl
 * updatePeerLocated#b4afcfb0 peers:Vector<PeerLocated> = Update;
 * ```
 * Declared at schema/api.tl:334.
 */
export interface UpdatePeerLocated {
    /** TL constructor `updatePeerLocated`. */
    _: "updatePeerLocated";
    /** Geolocated peer list update */
    peers: TypePeerLocated[];
}
/**
 * Settings of a certain peer have changed
 *
 * Constructor of `Update`; its id is `0x6a7e7366`.
 * ```tl
 * updatePeerSettings#6a7e7366 peer:Peer settings:PeerSettings = Update;
 * ```
 * Declared at schema/api.tl:333.
 */
export interface UpdatePeerSettings {
    /** TL constructor `updatePeerSettings`. */
    _: "updatePeerSettings";
    /** The peer */
    peer: TypePeer;
    /** Associated peer settings */
    settings: TypePeerSettings;
}
/**
 * The [wallpaper »](https://corefork.telegram.org/api/wallpapers) of a given peer has changed.
 *
 * Constructor of `Update`; its id is `0xae3f101d`.
 * ```tl
 * updatePeerWallpaper#ae3f101d flags:# wallpaper_overridden:flags.1?true peer:Peer wallpaper:flags.0?WallPaper = Update;
 * ```
 * Declared at schema/api.tl:384.
 */
export interface UpdatePeerWallpaper {
    /** TL constructor `updatePeerWallpaper`. */
    _: "updatePeerWallpaper";
    /**
     * Whether the other user has chosen a custom wallpaper for us using {@link messages.RawSetChatWallPaperRequest} and the `for_both` flag, see [here »](https://corefork.telegram.org/api/wallpapers#installing-wallpapers-in-a-specific-chat-or-channel) for more info.
     *
     * Optional: bit 1 of `flags` (TL `wallpaper_overridden:flags.1?…`).
     */
    wallpaperOverridden?: boolean;
    /** The peer where the wallpaper has changed. */
    peer: TypePeer;
    /**
     * The new wallpaper, if none the wallpaper was removed and the default wallpaper should be used.
     *
     * Optional: bit 0 of `flags` (TL `wallpaper:flags.0?…`).
     */
    wallpaper?: TypeWallPaper;
}
/**
 * Someone has requested to join a chat or channel
 *
 * Constructor of `Update`; its id is `0x7063c3db`.
 * ```tl
 * updatePendingJoinRequests#7063c3db peer:Peer requests_pending:int recent_requesters:Vector<long> = Update;
 * ```
 * Declared at schema/api.tl:361.
 */
export interface UpdatePendingJoinRequests {
    /** TL constructor `updatePendingJoinRequests`. */
    _: "updatePendingJoinRequests";
    /** Chat or channel */
    peer: TypePeer;
    /** Number of pending [join requests »](https://corefork.telegram.org/api/invites#join-requests) for the chat or channel */
    requestsPending: number;
    /** IDs of users that have recently requested to join */
    recentRequesters: bigint[];
}
/**
 * An incoming phone call
 *
 * Constructor of `Update`; its id is `0xab0f6b1e`.
 * ```tl
 * updatePhoneCall#ab0f6b1e phone_call:PhoneCall = Update;
 * ```
 * Declared at schema/api.tl:322.
 */
export interface UpdatePhoneCall {
    /** TL constructor `updatePhoneCall`. */
    _: "updatePhoneCall";
    /** Phone call */
    phoneCall: TypePhoneCall;
}
/**
 * Incoming phone call signaling payload
 *
 * Constructor of `Update`; its id is `0x2661bf09`.
 * ```tl
 * updatePhoneCallSignalingData#2661bf09 phone_call_id:long data:bytes = Update;
 * ```
 * Declared at schema/api.tl:344.
 */
export interface UpdatePhoneCallSignalingData {
    /** TL constructor `updatePhoneCallSignalingData`. */
    _: "updatePhoneCallSignalingData";
    /** Phone call ID */
    phoneCallId: bigint;
    /** Signaling payload */
    data: Uint8Array;
}
/**
 * Messages were pinned/unpinned in a [channel/supergroup](https://corefork.telegram.org/api/channel)
 *
 * Constructor of `Update`; its id is `0x5bb98608`.
 * ```tl
 * updatePinnedChannelMessages#5bb98608 flags:# pinned:flags.0?true channel_id:long messages:Vector<int> pts:int pts_count:int = Update;
 * ```
 * Declared at schema/api.tl:351.
 */
export interface UpdatePinnedChannelMessages {
    /** TL constructor `updatePinnedChannelMessages`. */
    _: "updatePinnedChannelMessages";
    /**
     * Whether the messages were pinned or unpinned
     *
     * Optional: bit 0 of `flags` (TL `pinned:flags.0?…`).
     */
    pinned?: boolean;
    /** Channel ID */
    channelId: bigint;
    /** Messages */
    messages: number[];
    /** [Event count after generation](https://corefork.telegram.org/api/updates) */
    pts: number;
    /** [Number of events that were generated](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
}
/**
 * Pinned dialogs were updated
 *
 * Constructor of `Update`; its id is `0xfa0f3ca2`.
 * ```tl
 * updatePinnedDialogs#fa0f3ca2 flags:# folder_id:flags.1?int order:flags.0?Vector<DialogPeer> = Update;
 * ```
 * Declared at schema/api.tl:317.
 */
export interface UpdatePinnedDialogs {
    /** TL constructor `updatePinnedDialogs`. */
    _: "updatePinnedDialogs";
    /**
     * [Peer folder ID, for more info click here](https://corefork.telegram.org/api/folders#peer-folders)
     *
     * Optional: bit 1 of `flags` (TL `folder_id:flags.1?…`).
     */
    folderId?: number;
    /**
     * New order of pinned dialogs
     *
     * Optional: bit 0 of `flags` (TL `order:flags.0?…`).
     */
    order?: TypeDialogPeer[];
}
/**
 * A [forum topic »](https://corefork.telegram.org/api/forum#forum-topics) was pinned or unpinned.
 *
 * Constructor of `Update`; its id is `0x683b2c52`.
 * ```tl
 * updatePinnedForumTopic#683b2c52 flags:# pinned:flags.0?true peer:Peer topic_id:int = Update;
 * ```
 * Declared at schema/api.tl:413.
 */
export interface UpdatePinnedForumTopic {
    /** TL constructor `updatePinnedForumTopic`. */
    _: "updatePinnedForumTopic";
    /**
     * Whether the topic was pinned or unpinned
     *
     * Optional: bit 0 of `flags` (TL `pinned:flags.0?…`).
     */
    pinned?: boolean;
    /** The supergroup forum, private chat (for forum-enabled bots) or bot forum (for users) where the topic is located. */
    peer: TypePeer;
    /** The topic ID */
    topicId: number;
}
/**
 * The [pinned topics](https://corefork.telegram.org/api/forum#forum-topics) of a forum have changed.
 *
 * Constructor of `Update`; its id is `0xdef143d0`.
 * ```tl
 * updatePinnedForumTopics#def143d0 flags:# peer:Peer order:flags.0?Vector<int> = Update;
 * ```
 * Declared at schema/api.tl:414.
 */
export interface UpdatePinnedForumTopics {
    /** TL constructor `updatePinnedForumTopics`. */
    _: "updatePinnedForumTopics";
    /** The supergroup forum, private chat (for forum-enabled bots) or bot forum (for users) where the topic is located. */
    peer: TypePeer;
    /**
     * Ordered list containing the IDs of all pinned topics.
     *
     * Optional: bit 0 of `flags` (TL `order:flags.0?…`).
     */
    order?: number[];
}
/**
 * Some messages were pinned in a chat
 *
 * Constructor of `Update`; its id is `0xed85eab5`.
 * ```tl
 * updatePinnedMessages#ed85eab5 flags:# pinned:flags.0?true peer:Peer messages:Vector<int> pts:int pts_count:int = Update;
 * ```
 * Declared at schema/api.tl:350.
 */
export interface UpdatePinnedMessages {
    /** TL constructor `updatePinnedMessages`. */
    _: "updatePinnedMessages";
    /**
     * Whether the messages were pinned or unpinned
     *
     * Optional: bit 0 of `flags` (TL `pinned:flags.0?…`).
     */
    pinned?: boolean;
    /** Peer */
    peer: TypePeer;
    /** Message IDs */
    messages: number[];
    /** [Event count after generation](https://corefork.telegram.org/api/updates) */
    pts: number;
    /** [Number of events that were generated](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
}
/**
 * [Pinned saved dialogs »](https://corefork.telegram.org/api/saved-messages) were updated
 *
 * Constructor of `Update`; its id is `0x686c85a6`.
 * ```tl
 * updatePinnedSavedDialogs#686c85a6 flags:# order:flags.0?Vector<DialogPeer> = Update;
 * ```
 * Declared at schema/api.tl:388.
 */
export interface UpdatePinnedSavedDialogs {
    /** TL constructor `updatePinnedSavedDialogs`. */
    _: "updatePinnedSavedDialogs";
    /**
     * New order of pinned saved dialogs
     *
     * Optional: bit 0 of `flags` (TL `order:flags.0?…`).
     */
    order?: TypeDialogPeer[];
}
/**
 * Privacy rules were changed
 *
 * Constructor of `Update`; its id is `0xee3b272a`.
 * ```tl
 * updatePrivacy#ee3b272a key:PrivacyKey rules:Vector<PrivacyRule> = Update;
 * ```
 * Declared at schema/api.tl:286.
 */
export interface UpdatePrivacy {
    /** TL constructor `updatePrivacy`. */
    _: "updatePrivacy";
    /** Peers to which the privacy rules apply */
    key: TypePrivacyKey;
    /** New privacy rules */
    rules: TypePrivacyRule[];
}
/**
 * [Common message box sequence PTS](https://corefork.telegram.org/api/updates) has changed, [state has to be refetched using updates.getState](https://corefork.telegram.org/api/updates#fetching-state)
 *
 * Constructor of `Update`; its id is `0x3354678f`.
 * ```tl
 * updatePtsChanged#3354678f = Update;
 * ```
 * Declared at schema/api.tl:314.
 */
export interface UpdatePtsChanged {
    /** TL constructor `updatePtsChanged`. */
    _: "updatePtsChanged";
}
/**
 * Info about or the order of [quick reply shortcuts »](https://corefork.telegram.org/api/business#quick-reply-shortcuts) was changed.
 *
 * Constructor of `Update`; its id is `0xf9470ab2`.
 * ```tl
 * updateQuickReplies#f9470ab2 quick_replies:Vector<QuickReply> = Update;
 * ```
 * Declared at schema/api.tl:391.
 */
export interface UpdateQuickReplies {
    /** TL constructor `updateQuickReplies`. */
    _: "updateQuickReplies";
    /** New quick reply shortcut order and information. */
    quickReplies: TypeQuickReply[];
}
/**
 * A new message was added to a [quick reply shortcut »](https://corefork.telegram.org/api/business#quick-reply-shortcuts).
 *
 * Constructor of `Update`; its id is `0x3e050d0f`.
 * ```tl
 * updateQuickReplyMessage#3e050d0f message:Message = Update;
 * ```
 * Declared at schema/api.tl:394.
 */
export interface UpdateQuickReplyMessage {
    /** TL constructor `updateQuickReplyMessage`. */
    _: "updateQuickReplyMessage";
    /** The message that was added (the {@link RawMessage}.`quick_reply_shortcut_id` field will contain the shortcut ID). */
    message: TypeMessage;
}
/**
 * Incoming comments in a [discussion thread](https://corefork.telegram.org/api/threads) were marked as read
 *
 * Constructor of `Update`; its id is `0xd6b19546`.
 * ```tl
 * updateReadChannelDiscussionInbox#d6b19546 flags:# channel_id:long top_msg_id:int read_max_id:int broadcast_id:flags.0?long broadcast_post:flags.0?int = Update;
 * ```
 * Declared at schema/api.tl:346.
 */
export type UpdateReadChannelDiscussionInbox = {
    /**
     * TL constructor `updateReadChannelDiscussionInbox`.
     */
    _: "updateReadChannelDiscussionInbox";
    /**
     * [Discussion group ID](https://corefork.telegram.org/api/channel)
     */
    channelId: bigint;
    /**
     * ID of the group message that started the [thread](https://corefork.telegram.org/api/threads) (message in linked discussion group)
     */
    topMsgId: number;
    /**
     * Message ID of latest read incoming message for this [thread](https://corefork.telegram.org/api/threads)
     */
    readMaxId: number;
} & ({
    /**
     * If set, contains the ID of the [channel](https://corefork.telegram.org/api/channel) that contains the post that started the [comment thread](https://corefork.telegram.org/api/threads) in the discussion group (`channel_id`)
     *
     * Optional: bit 0 of `flags` (TL `broadcast_id:flags.0?…`).
     *
     * Shares its flag bit with `broadcastId`, `broadcastPost`: give all of the value fields or none (checked in the types and at runtime).
     */
    broadcastId: bigint;
    /**
     * If set, contains the ID of the channel post that started the [comment thread](https://corefork.telegram.org/api/threads)
     *
     * Optional: bit 0 of `flags` (TL `broadcast_post:flags.0?…`).
     *
     * Shares its flag bit with `broadcastId`, `broadcastPost`: give all of the value fields or none (checked in the types and at runtime).
     */
    broadcastPost: number;
} | {
    /**
     * Given together with `broadcastPost`, or not at all.
     */
    broadcastId?: undefined;
    /**
     * Given together with `broadcastId`, or not at all.
     */
    broadcastPost?: undefined;
});
/**
 * Outgoing comments in a [discussion thread](https://corefork.telegram.org/api/threads) were marked as read
 *
 * Constructor of `Update`; its id is `0x695c9e7c`.
 * ```tl
 * updateReadChannelDiscussionOutbox#695c9e7c channel_id:long top_msg_id:int read_max_id:int = Update;
 * ```
 * Declared at schema/api.tl:347.
 */
export interface UpdateReadChannelDiscussionOutbox {
    /** TL constructor `updateReadChannelDiscussionOutbox`. */
    _: "updateReadChannelDiscussionOutbox";
    /** [Supergroup ID](https://corefork.telegram.org/api/channel) */
    channelId: bigint;
    /** ID of the group message that started the [thread](https://corefork.telegram.org/api/threads) */
    topMsgId: number;
    /** Message ID of latest read outgoing message for this [thread](https://corefork.telegram.org/api/threads) */
    readMaxId: number;
}
/**
 * Incoming messages in a [channel/supergroup](https://corefork.telegram.org/api/channel) were read
 *
 * Constructor of `Update`; its id is `0x922e6e10`.
 * ```tl
 * updateReadChannelInbox#922e6e10 flags:# folder_id:flags.0?int channel_id:long max_id:int still_unread_count:int pts:int = Update;
 * ```
 * Declared at schema/api.tl:295.
 */
export interface UpdateReadChannelInbox {
    /** TL constructor `updateReadChannelInbox`. */
    _: "updateReadChannelInbox";
    /**
     * [Peer folder ID, for more info click here](https://corefork.telegram.org/api/folders#peer-folders)
     *
     * Optional: bit 0 of `flags` (TL `folder_id:flags.0?…`).
     */
    folderId?: number;
    /** Channel/supergroup ID */
    channelId: bigint;
    /** Position up to which all incoming messages are read. */
    maxId: number;
    /** Count of messages weren't read yet */
    stillUnreadCount: number;
    /** [Event count after generation](https://corefork.telegram.org/api/updates) */
    pts: number;
}
/**
 * Outgoing messages in a [channel/supergroup](https://corefork.telegram.org/api/channel) were read
 *
 * Constructor of `Update`; its id is `0xb75f99a9`.
 * ```tl
 * updateReadChannelOutbox#b75f99a9 channel_id:long max_id:int = Update;
 * ```
 * Declared at schema/api.tl:309.
 */
export interface UpdateReadChannelOutbox {
    /** TL constructor `updateReadChannelOutbox`. */
    _: "updateReadChannelOutbox";
    /** Channel/supergroup ID */
    channelId: bigint;
    /** Position up to which all outgoing messages are read. */
    maxId: number;
}
/**
 * Some featured [custom emoji stickers](https://corefork.telegram.org/api/custom-emoji) were marked as read
 *
 * Constructor of `Update`; its id is `0xfb4c496c`.
 * ```tl
 * updateReadFeaturedEmojiStickers#fb4c496c = Update;
 * ```
 * Declared at schema/api.tl:369.
 */
export interface UpdateReadFeaturedEmojiStickers {
    /** TL constructor `updateReadFeaturedEmojiStickers`. */
    _: "updateReadFeaturedEmojiStickers";
}
/**
 * Some featured stickers were marked as read
 *
 * Constructor of `Update`; its id is `0x571d2742`.
 * ```tl
 * updateReadFeaturedStickers#571d2742 = Update;
 * ```
 * Declared at schema/api.tl:311.
 */
export interface UpdateReadFeaturedStickers {
    /** TL constructor `updateReadFeaturedStickers`. */
    _: "updateReadFeaturedStickers";
}
/**
 * Incoming messages were read
 *
 * Constructor of `Update`; its id is `0x9e84bc99`.
 * ```tl
 * updateReadHistoryInbox#9e84bc99 flags:# folder_id:flags.0?int peer:Peer top_msg_id:flags.1?int max_id:int still_unread_count:int pts:int pts_count:int = Update;
 * ```
 * Declared at schema/api.tl:288.
 */
export interface UpdateReadHistoryInbox {
    /** TL constructor `updateReadHistoryInbox`. */
    _: "updateReadHistoryInbox";
    /**
     * [Peer folder ID, for more info click here](https://corefork.telegram.org/api/folders#peer-folders)
     *
     * Optional: bit 0 of `flags` (TL `folder_id:flags.0?…`).
     */
    folderId?: number;
    /** Peer */
    peer: TypePeer;
    /**
     * If set, the messages were read only within the specified [bot forum topic »](https://corefork.telegram.org/api/forum#bot-forums).
     *
     * Optional: bit 1 of `flags` (TL `top_msg_id:flags.1?…`).
     */
    topMsgId?: number;
    /** Maximum ID of messages read */
    maxId: number;
    /** Number of messages that are still unread */
    stillUnreadCount: number;
    /** [Event count after generation](https://corefork.telegram.org/api/updates) */
    pts: number;
    /** [Number of events that were generated](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
}
/**
 * Outgoing messages were read
 *
 * Constructor of `Update`; its id is `0x2f2f21bf`.
 * ```tl
 * updateReadHistoryOutbox#2f2f21bf peer:Peer max_id:int pts:int pts_count:int = Update;
 * ```
 * Declared at schema/api.tl:289.
 */
export interface UpdateReadHistoryOutbox {
    /** TL constructor `updateReadHistoryOutbox`. */
    _: "updateReadHistoryOutbox";
    /** Peer */
    peer: TypePeer;
    /** Maximum ID of read outgoing messages */
    maxId: number;
    /** [Event count after generation](https://corefork.telegram.org/api/updates) */
    pts: number;
    /** [Number of events that were generated](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
}
/**
 * Contents of messages in the common [message box](https://corefork.telegram.org/api/updates) were read (emitted specifically for messages like voice messages or video, only once the media is watched and marked as read using {@link messages.RawReadMessageContentsRequest}).
 *
 * Constructor of `Update`; its id is `0xf8227181`.
 * ```tl
 * updateReadMessagesContents#f8227181 flags:# messages:Vector<int> pts:int pts_count:int date:flags.0?int = Update;
 * ```
 * Declared at schema/api.tl:291.
 */
export interface UpdateReadMessagesContents {
    /** TL constructor `updateReadMessagesContents`. */
    _: "updateReadMessagesContents";
    /** IDs of read messages */
    messages: number[];
    /** [Event count after generation](https://corefork.telegram.org/api/updates) */
    pts: number;
    /** [Number of events that were generated](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
    /**
     * When was the last message in `messages` marked as read.
     *
     * Optional: bit 0 of `flags` (TL `date:flags.0?…`).
     */
    date?: number;
}
/**
 * Incoming messages in a [monoforum topic](https://corefork.telegram.org/api/monoforum) were read
 *
 * Constructor of `Update`; its id is `0x77b0e372`.
 * ```tl
 * updateReadMonoForumInbox#77b0e372 channel_id:long saved_peer_id:Peer read_max_id:int = Update;
 * ```
 * Declared at schema/api.tl:408.
 */
export interface UpdateReadMonoForumInbox {
    /** TL constructor `updateReadMonoForumInbox`. */
    _: "updateReadMonoForumInbox";
    /** ID of the monoforum. */
    channelId: bigint;
    /** Topic ID. */
    savedPeerId: TypePeer;
    /** Position up to which all incoming messages are read. */
    readMaxId: number;
}
/**
 * Outgoing messages in a [monoforum](https://corefork.telegram.org/api/monoforum) were read.
 *
 * Constructor of `Update`; its id is `0xa4a79376`.
 * ```tl
 * updateReadMonoForumOutbox#a4a79376 channel_id:long saved_peer_id:Peer read_max_id:int = Update;
 * ```
 * Declared at schema/api.tl:409.
 */
export interface UpdateReadMonoForumOutbox {
    /** TL constructor `updateReadMonoForumOutbox`. */
    _: "updateReadMonoForumOutbox";
    /** ID of the monoforum. */
    channelId: bigint;
    /** Topic ID. */
    savedPeerId: TypePeer;
    /** Position up to which all outgoing messages are read. */
    readMaxId: number;
}
/**
 * Stories of a specific peer were marked as read.
 *
 * Constructor of `Update`; its id is `0xf74e932b`.
 * ```tl
 * updateReadStories#f74e932b peer:Peer max_id:int = Update;
 * ```
 * Declared at schema/api.tl:378.
 */
export interface UpdateReadStories {
    /** TL constructor `updateReadStories`. */
    _: "updateReadStories";
    /** The peer */
    peer: TypePeer;
    /** ID of the last story that was marked as read */
    maxId: number;
}
/**
 * The list of recent [emoji statuses](https://corefork.telegram.org/api/emoji-status) has changed
 *
 * Constructor of `Update`; its id is `0x30f443db`.
 * ```tl
 * updateRecentEmojiStatuses#30f443db = Update;
 * ```
 * Declared at schema/api.tl:371.
 */
export interface UpdateRecentEmojiStatuses {
    /** TL constructor `updateRecentEmojiStatuses`. */
    _: "updateRecentEmojiStatuses";
}
/**
 * The list of recent [message reactions](https://corefork.telegram.org/api/reactions) has changed
 *
 * Constructor of `Update`; its id is `0x6f7863f4`.
 * ```tl
 * updateRecentReactions#6f7863f4 = Update;
 * ```
 * Declared at schema/api.tl:372.
 */
export interface UpdateRecentReactions {
    /** TL constructor `updateRecentReactions`. */
    _: "updateRecentReactions";
}
/**
 * The recent sticker list was updated
 *
 * Constructor of `Update`; its id is `0x9a422c20`.
 * ```tl
 * updateRecentStickers#9a422c20 = Update;
 * ```
 * Declared at schema/api.tl:312.
 */
export interface UpdateRecentStickers {
    /** TL constructor `updateRecentStickers`. */
    _: "updateRecentStickers";
}
/**
 * A [saved message dialog](https://corefork.telegram.org/api/saved-messages) was pinned/unpinned
 *
 * Constructor of `Update`; its id is `0xaeaf9e74`.
 * ```tl
 * updateSavedDialogPinned#aeaf9e74 flags:# pinned:flags.0?true peer:DialogPeer = Update;
 * ```
 * Declared at schema/api.tl:387.
 */
export interface UpdateSavedDialogPinned {
    /** TL constructor `updateSavedDialogPinned`. */
    _: "updateSavedDialogPinned";
    /**
     * Whether the dialog was pinned
     *
     * Optional: bit 0 of `flags` (TL `pinned:flags.0?…`).
     */
    pinned?: boolean;
    /** The dialog */
    peer: TypeDialogPeer;
}
/**
 * The saved gif list has changed, the client should refetch it using {@link messages.RawGetSavedGifsRequest}
 *
 * Constructor of `Update`; its id is `0x9375341e`.
 * ```tl
 * updateSavedGifs#9375341e = Update;
 * ```
 * Declared at schema/api.tl:302.
 */
export interface UpdateSavedGifs {
    /** TL constructor `updateSavedGifs`. */
    _: "updateSavedGifs";
}
/**
 * The list of [reaction tag »](https://corefork.telegram.org/api/saved-messages#tags) names assigned by the user has changed and should be refetched using {@link messages.RawGetSavedReactionTagsRequest}.
 *
 * Constructor of `Update`; its id is `0x39c67432`.
 * ```tl
 * updateSavedReactionTags#39c67432 = Update;
 * ```
 * Declared at schema/api.tl:389.
 */
export interface UpdateSavedReactionTags {
    /** TL constructor `updateSavedReactionTags`. */
    _: "updateSavedReactionTags";
}
/**
 * The list of saved notification sounds has changed, use {@link account.RawGetSavedRingtonesRequest} to fetch the new list.
 *
 * Constructor of `Update`; its id is `0x74d8be99`.
 * ```tl
 * updateSavedRingtones#74d8be99 = Update;
 * ```
 * Declared at schema/api.tl:367.
 */
export interface UpdateSavedRingtones {
    /** TL constructor `updateSavedRingtones`. */
    _: "updateSavedRingtones";
}
/**
 * A paid login SMS code was successfully sent.
 *
 * Constructor of `Update`; its id is `0x504aa18f`.
 * ```tl
 * updateSentPhoneCode#504aa18f sent_code:auth.SentCode = Update;
 * ```
 * Declared at schema/api.tl:406.
 */
export interface UpdateSentPhoneCode {
    /** TL constructor `updateSentPhoneCode`. */
    _: "updateSentPhoneCode";
    /** Info about the sent code. */
    sentCode: TypeAuthSentCode;
}
/**
 * Indicates we [reacted to a story »](https://corefork.telegram.org/api/stories#reactions).
 *
 * Constructor of `Update`; its id is `0x7d627683`.
 * ```tl
 * updateSentStoryReaction#7d627683 peer:Peer story_id:int reaction:Reaction = Update;
 * ```
 * Declared at schema/api.tl:381.
 */
export interface UpdateSentStoryReaction {
    /** TL constructor `updateSentStoryReaction`. */
    _: "updateSentStoryReaction";
    /** The peer that sent the story */
    peer: TypePeer;
    /** ID of the story we reacted to */
    storyId: number;
    /** The reaction that was sent */
    reaction: TypeReaction;
}
/**
 * A service message for the user.
 *
 * The app must show the message to the user upon receiving this update. In case the **popup** parameter was passed, the text message must be displayed in a popup alert immediately upon receipt. It is recommended to handle the text as you would an ordinary message in terms of highlighting links, etc. The message must also be stored locally as part of the message history with the user id `777000` (Telegram Notifications).
 *
 * Constructor of `Update`; its id is `0xebe46819`.
 * ```tl
 * updateServiceNotification#ebe46819 flags:# popup:flags.0?true invert_media:flags.2?true inbox_date:flags.1?int type:string message:string media:MessageMedia entities:Vector<MessageEntity> = Update;
 * ```
 * Declared at schema/api.tl:285.
 */
export interface UpdateServiceNotification {
    /** TL constructor `updateServiceNotification`. */
    _: "updateServiceNotification";
    /**
     * If set, the message must be displayed in a popup.
     *
     * Optional: bit 0 of `flags` (TL `popup:flags.0?…`).
     */
    popup?: boolean;
    /**
     * If set, any eventual webpage preview will be shown on top of the message instead of at the bottom.
     *
     * Optional: bit 2 of `flags` (TL `invert_media:flags.2?…`).
     */
    invertMedia?: boolean;
    /**
     * When was the notification received
     * The message must also be stored locally as part of the message history with the user id `777000` (Telegram Notifications).
     *
     * Optional: bit 1 of `flags` (TL `inbox_date:flags.1?…`).
     */
    inboxDate?: number;
    /** String, identical in format and contents to the [**type**](https://corefork.telegram.org/api/errors#error-type) field in API errors. Describes type of service message. It is acceptable to ignore repeated messages of the same **type** within a short period of time (15 minutes). */
    type: string;
    /** Message text */
    message: string;
    /** Media content (optional) */
    media: TypeMessageMedia;
    /** [Message entities for styled text](https://corefork.telegram.org/api/entities) */
    entities: TypeMessageEntity[];
}
/**
 * Shortened constructor containing info on one update not requiring auxiliary data
 *
 * Constructor of `Updates`; its id is `0x78d4dec1`.
 * ```tl
 * updateShort#78d4dec1 update:Update date:int = Updates;
 * ```
 * Declared at schema/api.tl:436.
 */
export interface UpdateShort {
    /** TL constructor `updateShort`. */
    _: "updateShort";
    /** Update */
    update: TypeUpdate;
    /** Date of event */
    date: number;
}
/**
 * Shortened constructor containing info on one new incoming text message from a chat
 *
 * Constructor of `Updates`; its id is `0x4d6deea5`.
 * ```tl
 * updateShortChatMessage#4d6deea5 flags:# out:flags.1?true mentioned:flags.4?true media_unread:flags.5?true silent:flags.13?true id:int from_id:long chat_id:long message:string pts:int pts_count:int date:int fwd_from:flags.2?MessageFwdHeader via_bot_id:flags.11?long reply_to:flags.3?MessageReplyHeader entities:flags.7?Vector<MessageEntity> ttl_period:flags.25?int = Updates;
 * ```
 * Declared at schema/api.tl:435.
 */
export interface UpdateShortChatMessage {
    /** TL constructor `updateShortChatMessage`. */
    _: "updateShortChatMessage";
    /**
     * Whether the message is outgoing
     *
     * Optional: bit 1 of `flags` (TL `out:flags.1?…`).
     */
    out?: boolean;
    /**
     * Whether we were mentioned in this message
     *
     * Optional: bit 4 of `flags` (TL `mentioned:flags.4?…`).
     */
    mentioned?: boolean;
    /**
     * Whether the message contains some **unread** mentions
     *
     * Optional: bit 5 of `flags` (TL `media_unread:flags.5?…`).
     */
    mediaUnread?: boolean;
    /**
     * If true, the message is a silent message, no notifications should be triggered
     *
     * Optional: bit 13 of `flags` (TL `silent:flags.13?…`).
     */
    silent?: boolean;
    /** ID of the message */
    id: number;
    /** ID of the sender of the message */
    fromId: bigint;
    /** ID of the chat where the message was sent */
    chatId: bigint;
    /** Message */
    message: string;
    /** [PTS](https://corefork.telegram.org/api/updates) */
    pts: number;
    /** [PTS count](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
    /** [date](https://corefork.telegram.org/api/updates) */
    date: number;
    /**
     * Info about a forwarded message
     *
     * Optional: bit 2 of `flags` (TL `fwd_from:flags.2?…`).
     */
    fwdFrom?: TypeMessageFwdHeader;
    /**
     * Info about the inline bot used to generate this message
     *
     * Optional: bit 11 of `flags` (TL `via_bot_id:flags.11?…`).
     */
    viaBotId?: bigint;
    /**
     * Reply (thread) information
     *
     * Optional: bit 3 of `flags` (TL `reply_to:flags.3?…`).
     */
    replyTo?: TypeMessageReplyHeader;
    /**
     * [Entities](https://corefork.telegram.org/api/entities) for styled text
     *
     * Optional: bit 7 of `flags` (TL `entities:flags.7?…`).
     */
    entities?: TypeMessageEntity[];
    /**
     * Time To Live of the message, once updateShortChatMessage.date+updateShortChatMessage.ttl_period === time(), the message will be deleted on the server, and must be deleted locally as well.
     *
     * Optional: bit 25 of `flags` (TL `ttl_period:flags.25?…`).
     */
    ttlPeriod?: number;
}
/**
 * Info about a message sent to (received from) another user
 *
 * Constructor of `Updates`; its id is `0x313bc7f8`.
 * ```tl
 * updateShortMessage#313bc7f8 flags:# out:flags.1?true mentioned:flags.4?true media_unread:flags.5?true silent:flags.13?true id:int user_id:long message:string pts:int pts_count:int date:int fwd_from:flags.2?MessageFwdHeader via_bot_id:flags.11?long reply_to:flags.3?MessageReplyHeader entities:flags.7?Vector<MessageEntity> ttl_period:flags.25?int = Updates;
 * ```
 * Declared at schema/api.tl:434.
 */
export interface UpdateShortMessage {
    /** TL constructor `updateShortMessage`. */
    _: "updateShortMessage";
    /**
     * Whether the message is outgoing
     *
     * Optional: bit 1 of `flags` (TL `out:flags.1?…`).
     */
    out?: boolean;
    /**
     * Whether we were mentioned in the message
     *
     * Optional: bit 4 of `flags` (TL `mentioned:flags.4?…`).
     */
    mentioned?: boolean;
    /**
     * Whether there are some **unread** mentions in this message
     *
     * Optional: bit 5 of `flags` (TL `media_unread:flags.5?…`).
     */
    mediaUnread?: boolean;
    /**
     * If true, the message is a silent message, no notifications should be triggered
     *
     * Optional: bit 13 of `flags` (TL `silent:flags.13?…`).
     */
    silent?: boolean;
    /** The message ID */
    id: number;
    /** The ID of the sender (if `outgoing` will be the ID of the destination) of the message */
    userId: bigint;
    /** The message */
    message: string;
    /** [PTS](https://corefork.telegram.org/api/updates) */
    pts: number;
    /** [PTS count](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
    /** [date](https://corefork.telegram.org/api/updates) */
    date: number;
    /**
     * Info about a forwarded message
     *
     * Optional: bit 2 of `flags` (TL `fwd_from:flags.2?…`).
     */
    fwdFrom?: TypeMessageFwdHeader;
    /**
     * Info about the inline bot used to generate this message
     *
     * Optional: bit 11 of `flags` (TL `via_bot_id:flags.11?…`).
     */
    viaBotId?: bigint;
    /**
     * Reply and [thread](https://corefork.telegram.org/api/threads) information
     *
     * Optional: bit 3 of `flags` (TL `reply_to:flags.3?…`).
     */
    replyTo?: TypeMessageReplyHeader;
    /**
     * [Entities](https://corefork.telegram.org/api/entities) for styled text
     *
     * Optional: bit 7 of `flags` (TL `entities:flags.7?…`).
     */
    entities?: TypeMessageEntity[];
    /**
     * Time To Live of the message, once message.date+message.ttl_period === time(), the message will be deleted on the server, and must be deleted locally as well.
     *
     * Optional: bit 25 of `flags` (TL `ttl_period:flags.25?…`).
     */
    ttlPeriod?: number;
}
/**
 * Shortened constructor containing info on one outgoing message to a contact (the destination chat has to be extracted from the method call that returned this object).
 *
 * Constructor of `Updates`; its id is `0x9015e101`.
 * ```tl
 * updateShortSentMessage#9015e101 flags:# out:flags.1?true id:int pts:int pts_count:int date:int media:flags.9?MessageMedia entities:flags.7?Vector<MessageEntity> ttl_period:flags.25?int = Updates;
 * ```
 * Declared at schema/api.tl:439.
 */
export interface UpdateShortSentMessage {
    /** TL constructor `updateShortSentMessage`. */
    _: "updateShortSentMessage";
    /**
     * Whether the message is outgoing
     *
     * Optional: bit 1 of `flags` (TL `out:flags.1?…`).
     */
    out?: boolean;
    /** ID of the sent message */
    id: number;
    /** [PTS](https://corefork.telegram.org/api/updates) */
    pts: number;
    /** [PTS count](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
    /** [date](https://corefork.telegram.org/api/updates) */
    date: number;
    /**
     * Attached media
     *
     * Optional: bit 9 of `flags` (TL `media:flags.9?…`).
     */
    media?: TypeMessageMedia;
    /**
     * [Entities](https://corefork.telegram.org/api/entities) for styled text
     *
     * Optional: bit 7 of `flags` (TL `entities:flags.7?…`).
     */
    entities?: TypeMessageEntity[];
    /**
     * Time To Live of the message, once message.date+message.ttl_period === time(), the message will be deleted on the server, and must be deleted locally as well.
     *
     * Optional: bit 25 of `flags` (TL `ttl_period:flags.25?…`).
     */
    ttlPeriod?: number;
}
/**
 * A new SMS job was received
 *
 * Constructor of `Update`; its id is `0xf16269d4`.
 * ```tl
 * updateSmsJob#f16269d4 job_id:string = Update;
 * ```
 * Declared at schema/api.tl:390.
 */
export interface UpdateSmsJob {
    /** TL constructor `updateSmsJob`. */
    _: "updateSmsJob";
    /** SMS job ID */
    jobId: string;
}
/**
 * Contains updates to [auction state, see here »](https://corefork.telegram.org/api/auctions) for more info on how to enable these updates.
 *
 * Constructor of `Update`; its id is `0x48e246c2`.
 * ```tl
 * updateStarGiftAuctionState#48e246c2 gift_id:long state:StarGiftAuctionState = Update;
 * ```
 * Declared at schema/api.tl:416.
 */
export interface UpdateStarGiftAuctionState {
    /** TL constructor `updateStarGiftAuctionState`. */
    _: "updateStarGiftAuctionState";
    /** ID of the [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts) currently being distributed in the auction. */
    giftId: bigint;
    /** Auction state. */
    state: TypeStarGiftAuctionState;
}
/**
 * Contains updates to [auction state related to the current user, see here »](https://corefork.telegram.org/api/auctions) for more info on how to enable these updates.
 *
 * Constructor of `Update`; its id is `0xdc58f31e`.
 * ```tl
 * updateStarGiftAuctionUserState#dc58f31e gift_id:long user_state:StarGiftAuctionUserState = Update;
 * ```
 * Declared at schema/api.tl:417.
 */
export interface UpdateStarGiftAuctionUserState {
    /** TL constructor `updateStarGiftAuctionUserState`. */
    _: "updateStarGiftAuctionUserState";
    /** ID of the [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts) currently being distributed in the auction. */
    giftId: bigint;
    /** Auction state related to the current user (i.e. info about placed bids, won gifts and so on). */
    userState: TypeStarGiftAuctionUserState;
}
/**
 * Constructor of `Update`; its id is `0xac072444`.
 * ```tl
 * updateStarGiftCraftFail#ac072444 = Update;
 * ```
 * Declared at schema/api.tl:419.
 */
export interface UpdateStarGiftCraftFail {
    /** TL constructor `updateStarGiftCraftFail`. */
    _: "updateStarGiftCraftFail";
}
/**
 * The current account's [Telegram Stars balance »](https://corefork.telegram.org/api/stars) has changed.
 *
 * Constructor of `Update`; its id is `0x4e80a379`.
 * ```tl
 * updateStarsBalance#4e80a379 balance:StarsAmount = Update;
 * ```
 * Declared at schema/api.tl:401.
 */
export interface UpdateStarsBalance {
    /** TL constructor `updateStarsBalance`. */
    _: "updateStarsBalance";
    /** New balance. */
    balance: TypeStarsAmount;
}
/**
 * The [Telegram Star balance of a channel/bot we own has changed »](https://corefork.telegram.org/api/stars#revenue-statistics).
 *
 * Constructor of `Update`; its id is `0xa584b019`.
 * ```tl
 * updateStarsRevenueStatus#a584b019 peer:Peer status:StarsRevenueStatus = Update;
 * ```
 * Declared at schema/api.tl:403.
 */
export interface UpdateStarsRevenueStatus {
    /** TL constructor `updateStarsRevenueStatus`. */
    _: "updateStarsRevenueStatus";
    /** Channel/bot */
    peer: TypePeer;
    /** New Telegram Star balance. */
    status: TypeStarsRevenueStatus;
}
/**
 * Installed stickersets have changed, the client should refetch them as [described in the docs](https://corefork.telegram.org/api/stickers#installing-stickersets).
 *
 * Constructor of `Update`; its id is `0x31c24808`.
 * ```tl
 * updateStickerSets#31c24808 flags:# masks:flags.0?true emojis:flags.1?true = Update;
 * ```
 * Declared at schema/api.tl:301.
 */
export interface UpdateStickerSets {
    /** TL constructor `updateStickerSets`. */
    _: "updateStickerSets";
    /**
     * Whether mask stickersets have changed
     *
     * Optional: bit 0 of `flags` (TL `masks:flags.0?…`).
     */
    masks?: boolean;
    /**
     * Whether the list of installed [custom emoji stickersets](https://corefork.telegram.org/api/custom-emoji) has changed
     *
     * Optional: bit 1 of `flags` (TL `emojis:flags.1?…`).
     */
    emojis?: boolean;
}
/**
 * The order of stickersets was changed
 *
 * Constructor of `Update`; its id is `0x0bb2d201`.
 * ```tl
 * updateStickerSetsOrder#0bb2d201 flags:# masks:flags.0?true emojis:flags.1?true order:Vector<long> = Update;
 * ```
 * Declared at schema/api.tl:300.
 */
export interface UpdateStickerSetsOrder {
    /** TL constructor `updateStickerSetsOrder`. */
    _: "updateStickerSetsOrder";
    /**
     * Whether the updated stickers are mask stickers
     *
     * Optional: bit 0 of `flags` (TL `masks:flags.0?…`).
     */
    masks?: boolean;
    /**
     * Whether the updated stickers are custom emoji stickers
     *
     * Optional: bit 1 of `flags` (TL `emojis:flags.1?…`).
     */
    emojis?: boolean;
    /** New sticker order by sticker ID */
    order: bigint[];
}
/**
 * Indicates that [stories stealth mode](https://corefork.telegram.org/api/stories#stealth-mode) was activated.
 *
 * Constructor of `Update`; its id is `0x2c084dc1`.
 * ```tl
 * updateStoriesStealthMode#2c084dc1 stealth_mode:StoriesStealthMode = Update;
 * ```
 * Declared at schema/api.tl:380.
 */
export interface UpdateStoriesStealthMode {
    /** TL constructor `updateStoriesStealthMode`. */
    _: "updateStoriesStealthMode";
    /** Information about the current [stealth mode](https://corefork.telegram.org/api/stories#stealth-mode) session. */
    stealthMode: TypeStoriesStealthMode;
}
/**
 * A new story was posted.
 *
 * Constructor of `Update`; its id is `0x75b3b798`.
 * ```tl
 * updateStory#75b3b798 peer:Peer story:StoryItem = Update;
 * ```
 * Declared at schema/api.tl:377.
 */
export interface UpdateStory {
    /** TL constructor `updateStory`. */
    _: "updateStory";
    /** ID of the poster. */
    peer: TypePeer;
    /** The story that was posted. */
    story: TypeStoryItem;
}
/**
 * A story was successfully uploaded.
 *
 * Once a story is successfully uploaded, an {@link RawUpdateStoryID} will be returned, indicating the story ID (`id`) that was attributed to the story (like for messages, `random_id` indicates the `random_id` that was passed to {@link stories.RawSendStoryRequest}: this way, you can tell which story was assigned a specific `id` by checking which {@link stories.RawSendStoryRequest} call has the returned `random_id`).
 *
 * Constructor of `Update`; its id is `0x1bf335b9`.
 * ```tl
 * updateStoryID#1bf335b9 id:int random_id:long = Update;
 * ```
 * Declared at schema/api.tl:379.
 */
export interface UpdateStoryID {
    /** TL constructor `updateStoryID`. */
    _: "updateStoryID";
    /** The `id` that was attributed to the story. */
    id: number;
    /** The `random_id` that was passed to {@link stories.RawSendStoryRequest}. */
    randomId: bigint;
}
/**
 * A cloud theme was updated
 *
 * Constructor of `Update`; its id is `0x8216fba3`.
 * ```tl
 * updateTheme#8216fba3 theme:Theme = Update;
 * ```
 * Declared at schema/api.tl:337.
 */
export interface UpdateTheme {
    /** TL constructor `updateTheme`. */
    _: "updateTheme";
    /** Theme */
    theme: TypeTheme;
}
/**
 * A pending [voice message transcription »](https://corefork.telegram.org/api/transcribe) initiated with {@link messages.RawTranscribeAudioRequest} was updated.
 *
 * Constructor of `Update`; its id is `0x0084cd5a`.
 * ```tl
 * updateTranscribedAudio#0084cd5a flags:# pending:flags.0?true peer:Peer msg_id:int transcription_id:long text:string = Update;
 * ```
 * Declared at schema/api.tl:368.
 */
export interface UpdateTranscribedAudio {
    /** TL constructor `updateTranscribedAudio`. */
    _: "updateTranscribedAudio";
    /**
     * Whether this transcription is still pending and further {@link RawUpdateTranscribedAudio} about it will be sent in the future.
     *
     * Optional: bit 0 of `flags` (TL `pending:flags.0?…`).
     */
    pending?: boolean;
    /** Peer of the transcribed message */
    peer: TypePeer;
    /** Transcribed message ID */
    msgId: number;
    /** Transcription ID */
    transcriptionId: bigint;
    /** Transcribed text */
    text: string;
}
/**
 * User ({@link RawUser} and/or {@link RawUserFull}) information was updated.
 *
 * This update can only be received through getDifference or in {@link RawUpdates}/{@link RawUpdatesCombined} constructors, so it will **always** come bundled with the updated {@link RawUser}, that should be applied [as usual »](https://corefork.telegram.org/api/peers), **without** re-fetching the info manually.
 *
 * However, full peer information will not come bundled in updates, so the full peer cache ({@link RawUserFull}) must be invalidated for `user_id` when receiving this update.
 *
 * Constructor of `Update`; its id is `0x20529438`.
 * ```tl
 * updateUser#20529438 user_id:long = Update;
 * ```
 * Declared at schema/api.tl:375.
 */
export interface UpdateUser {
    /** TL constructor `updateUser`. */
    _: "updateUser";
    /** User ID */
    userId: bigint;
}
/**
 * The [emoji status](https://corefork.telegram.org/api/emoji-status) of a certain user has changed
 *
 * Constructor of `Update`; its id is `0x28373599`.
 * ```tl
 * updateUserEmojiStatus#28373599 user_id:long emoji_status:EmojiStatus = Update;
 * ```
 * Declared at schema/api.tl:370.
 */
export interface UpdateUserEmojiStatus {
    /** TL constructor `updateUserEmojiStatus`. */
    _: "updateUserEmojiStatus";
    /** User ID */
    userId: bigint;
    /** New [emoji status](https://corefork.telegram.org/api/emoji-status) */
    emojiStatus: TypeEmojiStatus;
}
/**
 * Changes the user's first name, last name and username.
 *
 * Constructor of `Update`; its id is `0xa7848924`.
 * ```tl
 * updateUserName#a7848924 user_id:long first_name:string last_name:string usernames:Vector<Username> = Update;
 * ```
 * Declared at schema/api.tl:275.
 */
export interface UpdateUserName {
    /** TL constructor `updateUserName`. */
    _: "updateUserName";
    /** User identifier */
    userId: bigint;
    /** New first name. Corresponds to the new value of **real_first_name** field of the {@link RawUserFull} constructor. */
    firstName: string;
    /** New last name. Corresponds to the new value of **real_last_name** field of the {@link RawUserFull} constructor. */
    lastName: string;
    /** Usernames. */
    usernames: TypeUsername[];
}
/**
 * A user's phone number was changed
 *
 * Constructor of `Update`; its id is `0x05492a13`.
 * ```tl
 * updateUserPhone#05492a13 user_id:long phone:string = Update;
 * ```
 * Declared at schema/api.tl:287.
 */
export interface UpdateUserPhone {
    /** TL constructor `updateUserPhone`. */
    _: "updateUserPhone";
    /** User ID */
    userId: bigint;
    /** New phone number */
    phone: string;
}
/**
 * Contact status update.
 *
 * Constructor of `Update`; its id is `0xe5bdf8de`.
 * ```tl
 * updateUserStatus#e5bdf8de user_id:long status:UserStatus = Update;
 * ```
 * Declared at schema/api.tl:274.
 */
export interface UpdateUserStatus {
    /** TL constructor `updateUserStatus`. */
    _: "updateUserStatus";
    /** User identifier */
    userId: bigint;
    /** New status */
    status: TypeUserStatus;
}
/**
 * The user is preparing a message; typing, recording, uploading, etc. This update is valid for 6 seconds. If no further updates of this kind are received after 6 seconds, it should be considered that the user stopped doing whatever they were doing
 *
 * Constructor of `Update`; its id is `0x2a17bf5c`.
 * ```tl
 * updateUserTyping#2a17bf5c flags:# user_id:long top_msg_id:flags.0?int action:SendMessageAction = Update;
 * ```
 * Declared at schema/api.tl:271.
 */
export interface UpdateUserTyping {
    /** TL constructor `updateUserTyping`. */
    _: "updateUserTyping";
    /** User id */
    userId: bigint;
    /**
     * If set, this notification was sent within a [bot forum topic »](https://corefork.telegram.org/api/forum#bot-forums).
     *
     * Optional: bit 0 of `flags` (TL `top_msg_id:flags.0?…`).
     */
    topMsgId?: number;
    /** Action type */
    action: TypeSendMessageAction;
}
/**
 * Constructor of `Update`; its id is `0x140502d1`.
 * ```tl
 * updateWebBrowserException#140502d1 flags:# delete:flags.1?true open_external_browser:flags.0?Bool exception:WebDomainException = Update;
 * ```
 * Declared at schema/api.tl:427.
 */
export interface UpdateWebBrowserException {
    /** TL constructor `updateWebBrowserException`. */
    _: "updateWebBrowserException";
    /** Optional: bit 1 of `flags` (TL `delete:flags.1?…`). */
    delete?: boolean;
    /**
     * Optional: bit 0 of `flags` (TL `open_external_browser:flags.0?…`).
     *
     * Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.
     */
    openExternalBrowser?: boolean;
    /** TL field `exception`. */
    exception: TypeWebDomainException;
}
/**
 * Constructor of `Update`; its id is `0xc39a2ade`.
 * ```tl
 * updateWebBrowserSettings#c39a2ade flags:# open_external_browser:flags.0?true display_close_button:flags.1?true = Update;
 * ```
 * Declared at schema/api.tl:426.
 */
export interface UpdateWebBrowserSettings {
    /** TL constructor `updateWebBrowserSettings`. */
    _: "updateWebBrowserSettings";
    /** Optional: bit 0 of `flags` (TL `open_external_browser:flags.0?…`). */
    openExternalBrowser?: boolean;
    /** Optional: bit 1 of `flags` (TL `display_close_button:flags.1?…`). */
    displayCloseButton?: boolean;
}
/**
 * An [instant view](https://instantview.telegram.org/) webpage preview was generated
 *
 * Constructor of `Update`; its id is `0x7f891213`.
 * ```tl
 * updateWebPage#7f891213 webpage:WebPage pts:int pts_count:int = Update;
 * ```
 * Declared at schema/api.tl:290.
 */
export interface UpdateWebPage {
    /** TL constructor `updateWebPage`. */
    _: "updateWebPage";
    /** Webpage preview */
    webpage: TypeWebPage;
    /** [Event count after generation](https://corefork.telegram.org/api/updates) */
    pts: number;
    /** [Number of events that were generated](https://corefork.telegram.org/api/updates) */
    ptsCount: number;
}
/**
 * Indicates to a bot that a webview was closed and an inline message was sent on behalf of the user using {@link messages.RawSendWebViewResultMessageRequest}
 *
 * Constructor of `Update`; its id is `0x1592b79d`.
 * ```tl
 * updateWebViewResultSent#1592b79d query_id:long = Update;
 * ```
 * Declared at schema/api.tl:365.
 */
export interface UpdateWebViewResultSent {
    /** TL constructor `updateWebViewResultSent`. */
    _: "updateWebViewResultSent";
    /** Web app interaction ID */
    queryId: bigint;
}
/**
 * Full constructor of updates
 *
 * Constructor of `Updates`; its id is `0x74ae4240`.
 * ```tl
 * updates#74ae4240 updates:Vector<Update> users:Vector<User> chats:Vector<Chat> date:int seq:int = Updates;
 * ```
 * Declared at schema/api.tl:438.
 */
export interface Updates {
    /** TL constructor `updates`. */
    _: "updates";
    /** List of updates */
    updates: TypeUpdate[];
    /** List of users mentioned in updates */
    users: TypeUser[];
    /** List of chats mentioned in updates */
    chats: TypeChat[];
    /** Current date */
    date: number;
    /** Total number of sent updates */
    seq: number;
}
/**
 * Constructor for a group of updates.
 *
 * Constructor of `Updates`; its id is `0x725b04c3`.
 * ```tl
 * updatesCombined#725b04c3 updates:Vector<Update> users:Vector<User> chats:Vector<Chat> date:int seq_start:int seq:int = Updates;
 * ```
 * Declared at schema/api.tl:437.
 */
export interface UpdatesCombined {
    /** TL constructor `updatesCombined`. */
    _: "updatesCombined";
    /** List of updates */
    updates: TypeUpdate[];
    /** List of users mentioned in updates */
    users: TypeUser[];
    /** List of chats mentioned in updates */
    chats: TypeChat[];
    /** Current date */
    date: number;
    /** Value **seq** for the earliest update in a group */
    seqStart: number;
    /** Value **seq** for the latest update in a group */
    seq: number;
}
/**
 * Too many updates, it is necessary to execute {@link updates.RawGetDifferenceRequest}.
 *
 * Constructor of `Updates`; its id is `0xe317af7e`.
 * ```tl
 * updatesTooLong#e317af7e = Updates;
 * ```
 * Declared at schema/api.tl:433.
 */
export interface UpdatesTooLong {
    /** TL constructor `updatesTooLong`. */
    _: "updatesTooLong";
}
/**
 * Indicates info about a certain user.
 *
 * Unless specified otherwise, when updating the [local peer database](https://corefork.telegram.org/api/peers), all fields from the newly received constructor take priority over the old constructor cached locally (including by removing fields that aren't set in the new constructor).
 *
 * See [here »](https://github.com/tdlib/td/blob/cb164927417f22811c74cd8678ed4a5ab7cb80ba/td/telegram/UserManager.cpp#L2267) for an implementation of the logic to use when updating the [local user peer database](https://corefork.telegram.org/api/peers).
 *
 * Constructor of `User`; its id is `0x31774388`.
 * ```tl
 * user#31774388 flags:# self:flags.10?true contact:flags.11?true mutual_contact:flags.12?true deleted:flags.13?true bot:flags.14?true bot_chat_history:flags.15?true bot_nochats:flags.16?true verified:flags.17?true restricted:flags.18?true min:flags.20?true bot_inline_geo:flags.21?true support:flags.23?true scam:flags.24?true apply_min_photo:flags.25?true fake:flags.26?true bot_attach_menu:flags.27?true premium:flags.28?true attach_menu_enabled:flags.29?true flags2:# bot_can_edit:flags2.1?true close_friend:flags2.2?true stories_hidden:flags2.3?true stories_unavailable:flags2.4?true contact_require_premium:flags2.10?true bot_business:flags2.11?true bot_has_main_app:flags2.13?true bot_forum_view:flags2.16?true bot_forum_can_manage_topics:flags2.17?true bot_can_manage_bots:flags2.18?true bot_guestchat:flags2.19?true bot_guard:flags2.20?true id:long access_hash:flags.0?long first_name:flags.1?string last_name:flags.2?string username:flags.3?string phone:flags.4?string photo:flags.5?UserProfilePhoto status:flags.6?UserStatus bot_info_version:flags.14?int restriction_reason:flags.18?Vector<RestrictionReason> bot_inline_placeholder:flags.19?string lang_code:flags.22?string emoji_status:flags.30?EmojiStatus usernames:flags2.0?Vector<Username> stories_max_id:flags2.5?RecentStory color:flags2.8?PeerColor profile_color:flags2.9?PeerColor bot_active_users:flags2.12?int bot_verification_icon:flags2.14?long send_paid_messages_stars:flags2.15?long = User;
 * ```
 * Declared at schema/api.tl:80.
 */
export interface User {
    /** TL constructor `user`. */
    _: "user";
    /**
     * Whether this user indicates the currently logged in user
     *
     * Optional: bit 10 of `flags` (TL `self:flags.10?…`).
     */
    self?: boolean;
    /**
     * Whether this user is a contact
     * When updating the [local peer database](https://corefork.telegram.org/api/peers), do not apply changes to this field if the `min` flag is set.
     *
     * Optional: bit 11 of `flags` (TL `contact:flags.11?…`).
     */
    contact?: boolean;
    /**
     * Whether this user is a mutual contact.
     * When updating the [local peer database](https://corefork.telegram.org/api/peers), do not apply changes to this field if the `min` flag is set.
     *
     * Optional: bit 12 of `flags` (TL `mutual_contact:flags.12?…`).
     */
    mutualContact?: boolean;
    /**
     * Whether the account of this user was deleted.
     * Changes to this flag should invalidate the local {@link RawUserFull} cache for this user ID, see [here »](https://corefork.telegram.org/api/peers#full-info-database) for more info.
     *
     * Optional: bit 13 of `flags` (TL `deleted:flags.13?…`).
     */
    deleted?: boolean;
    /**
     * Is this user a bot?
     * Changes to this flag should invalidate the local {@link RawUserFull} cache for this user ID, see [here »](https://corefork.telegram.org/api/peers#full-info-database) for more info.
     *
     * Optional: bit 14 of `flags` (TL `bot:flags.14?…`).
     *
     * Shares its flag bit with `botInfoVersion`, `bot`: true exactly when those are given.
     */
    bot?: boolean;
    /**
     * Can the bot see all messages in groups?
     *
     * Optional: bit 15 of `flags` (TL `bot_chat_history:flags.15?…`).
     */
    botChatHistory?: boolean;
    /**
     * Can the bot be added to groups?
     *
     * Optional: bit 16 of `flags` (TL `bot_nochats:flags.16?…`).
     */
    botNochats?: boolean;
    /**
     * Whether this user is verified
     *
     * Optional: bit 17 of `flags` (TL `verified:flags.17?…`).
     */
    verified?: boolean;
    /**
     * Access to this user must be restricted for the reason specified in `restriction_reason`
     *
     * Optional: bit 18 of `flags` (TL `restricted:flags.18?…`).
     *
     * Shares its flag bit with `restrictionReason`, `restricted`: true exactly when those are given.
     */
    restricted?: boolean;
    /**
     * See [min](https://corefork.telegram.org/api/min)
     *
     * Optional: bit 20 of `flags` (TL `min:flags.20?…`).
     */
    min?: boolean;
    /**
     * Whether the bot can request our geolocation in inline mode
     *
     * Optional: bit 21 of `flags` (TL `bot_inline_geo:flags.21?…`).
     */
    botInlineGeo?: boolean;
    /**
     * Whether this is an official support user
     *
     * Optional: bit 23 of `flags` (TL `support:flags.23?…`).
     */
    support?: boolean;
    /**
     * This may be a scam user
     *
     * Optional: bit 24 of `flags` (TL `scam:flags.24?…`).
     */
    scam?: boolean;
    /**
     * If set and `min` is set, the value of `photo` can be used to update the local database, see the documentation of that flag for more info.
     *
     * Optional: bit 25 of `flags` (TL `apply_min_photo:flags.25?…`).
     */
    applyMinPhoto?: boolean;
    /**
     * If set, this user was reported by many users as a fake or scam user: be careful when interacting with them.
     *
     * Optional: bit 26 of `flags` (TL `fake:flags.26?…`).
     */
    fake?: boolean;
    /**
     * Whether this bot offers an [attachment menu web app](https://corefork.telegram.org/api/bots/attach)
     *
     * Optional: bit 27 of `flags` (TL `bot_attach_menu:flags.27?…`).
     */
    botAttachMenu?: boolean;
    /**
     * Whether this user is a Telegram Premium user
     * Changes to this flag should invalidate the local {@link RawUserFull} cache for this user ID, see [here »](https://corefork.telegram.org/api/peers#full-info-database) for more info.
     * Changes to this flag if the `self` flag is set should also trigger the following calls, to refresh the respective caches:
     * - The {@link help.RawGetConfigRequest} cache
     * - The {@link messages.RawGetTopReactionsRequest} cache if the `bot` flag is **not** set
     *
     * Optional: bit 28 of `flags` (TL `premium:flags.28?…`).
     */
    premium?: boolean;
    /**
     * Whether we installed the [attachment menu web app](https://corefork.telegram.org/api/bots/attach) offered by this bot.
     * When updating the [local peer database](https://corefork.telegram.org/api/peers), do not apply changes to this field if the `min` flag is set.
     *
     * Optional: bit 29 of `flags` (TL `attach_menu_enabled:flags.29?…`).
     */
    attachMenuEnabled?: boolean;
    /**
     * Whether we can edit the profile picture, name, about text and description of this bot because we own it.
     * When updating the [local peer database](https://corefork.telegram.org/api/peers), do not apply changes to this field if the `min` flag is set.
     * Changes to this flag (if `min` is not set) should invalidate the local {@link RawUserFull} cache for this user ID.
     *
     * Optional: bit 1 of `flags2` (TL `bot_can_edit:flags2.1?…`).
     */
    botCanEdit?: boolean;
    /**
     * Whether we marked this user as a [close friend, see here » for more info](https://corefork.telegram.org/api/privacy).
     * When updating the [local peer database](https://corefork.telegram.org/api/peers), do not apply changes to this field if the `min` flag is set.
     *
     * Optional: bit 2 of `flags2` (TL `close_friend:flags2.2?…`).
     */
    closeFriend?: boolean;
    /**
     * Whether we have [hidden »](https://corefork.telegram.org/api/stories#hiding-stories-of-other-users) all active stories of this user.
     * When updating the [local peer database](https://corefork.telegram.org/api/peers), do not apply changes to this field if the `min` flag is set.
     *
     * Optional: bit 3 of `flags2` (TL `stories_hidden:flags2.3?…`).
     */
    storiesHidden?: boolean;
    /**
     * No stories from this user are visible.
     *
     * Optional: bit 4 of `flags2` (TL `stories_unavailable:flags2.4?…`).
     */
    storiesUnavailable?: boolean;
    /**
     * See [here for more info on this flag »](https://corefork.telegram.org/api/privacy#require-premium-for-new-non-contact-users).
     *
     * Optional: bit 10 of `flags2` (TL `contact_require_premium:flags2.10?…`).
     */
    contactRequirePremium?: boolean;
    /**
     * Whether this bot can be [connected to a user as specified here »](https://corefork.telegram.org/api/bots/connected-business-bots).
     *
     * Optional: bit 11 of `flags2` (TL `bot_business:flags2.11?…`).
     */
    botBusiness?: boolean;
    /**
     * If set, this bot has configured a [Main Mini App »](https://corefork.telegram.org/api/bots/webapps#main-mini-apps).
     *
     * Optional: bit 13 of `flags2` (TL `bot_has_main_app:flags2.13?…`).
     */
    botHasMainApp?: boolean;
    /**
     * If set, this bot supports [bot forum topics »](https://corefork.telegram.org/api/forum#bot-forums).
     *
     * Optional: bit 16 of `flags2` (TL `bot_forum_view:flags2.16?…`).
     */
    botForumView?: boolean;
    /**
     * If set, this bot supports [bot forum topics »](https://corefork.telegram.org/api/forum#bot-forums), and users (not just the bot!) are allowed to create and manage bot forum topics in their private chat with the bot.
     *
     * Optional: bit 17 of `flags2` (TL `bot_forum_can_manage_topics:flags2.17?…`).
     */
    botForumCanManageTopics?: boolean;
    /** Optional: bit 18 of `flags2` (TL `bot_can_manage_bots:flags2.18?…`). */
    botCanManageBots?: boolean;
    /** Optional: bit 19 of `flags2` (TL `bot_guestchat:flags2.19?…`). */
    botGuestchat?: boolean;
    /** Optional: bit 20 of `flags2` (TL `bot_guard:flags2.20?…`). */
    botGuard?: boolean;
    /** ID of the user, see [here »](https://corefork.telegram.org/api/peers#peer-id) for more info and the available ID range. */
    id: bigint;
    /**
     * Access hash of the user, see [here »](https://corefork.telegram.org/api/peers#access-hash) for more info.
     * If this flag is set, when updating the [local peer database](https://corefork.telegram.org/api/peers), generate a virtual flag called `min_access_hash`, which is:
     * - Set to `true` if `min` is set AND
     * -- The `phone` flag is **not** set OR
     * -- The `phone` flag is set and the associated phone number string is non-empty
     * - Set to `false` otherwise.
     *
     * Then, apply both `access_hash` and `min_access_hash` to the local database if:
     * - `min_access_hash` is false OR
     * - `min_access_hash` is true AND
     * -- There is no locally cached object for this user OR
     * -- There is no `access_hash` in the local cache OR
     * -- The cached object's `min_access_hash` is also true
     *
     * If the final merged object stored to the database has the `min_access_hash` field set to true, the related `access_hash` is **only** suitable to use in {@link RawInputPeerPhotoFileLocation}, to directly [download the profile pictures](https://corefork.telegram.org/api/files) of users, everywhere else a `inputPeer*FromMessage` constructor will have to be generated as specified [here »](https://corefork.telegram.org/api/min).
     * Bots can also use min access hashes in some conditions, by passing `0` instead of the min access hash.
     *
     * Optional: bit 0 of `flags` (TL `access_hash:flags.0?…`).
     */
    accessHash?: bigint;
    /**
     * First name.
     * When updating the [local peer database](https://corefork.telegram.org/api/peers), apply changes to this field only if:
     * - The `min` flag is not set OR
     * - The `min` flag is set AND
     * -- The `min` flag of the locally cached user entry is set.
     *
     * Optional: bit 1 of `flags` (TL `first_name:flags.1?…`).
     */
    firstName?: string;
    /**
     * Last name.
     * When updating the [local peer database](https://corefork.telegram.org/api/peers), apply changes to this field only if:
     * - The `min` flag is not set OR
     * - The `min` flag is set AND
     * -- The `min` flag of the locally cached user entry is set.
     *
     * Optional: bit 2 of `flags` (TL `last_name:flags.2?…`).
     */
    lastName?: string;
    /**
     * Main active username.
     * When updating the [local peer database](https://corefork.telegram.org/api/peers), apply changes to this field only if:
     * - The `min` flag is not set OR
     * - The `min` flag is set AND
     * -- The `min` flag of the locally cached user entry is set.
     * Changes to this flag should invalidate the local {@link RawUserFull} cache for this user ID if the above conditions are respected and the `bot_can_edit` flag is also set.
     *
     * Optional: bit 3 of `flags` (TL `username:flags.3?…`).
     */
    username?: string;
    /**
     * Phone number.
     * When updating the [local peer database](https://corefork.telegram.org/api/peers), apply changes to this field only if:
     * - The `min` flag is not set OR
     * - The `min` flag is set AND
     * -- The `min` flag of the locally cached user entry is set.
     *
     * Optional: bit 4 of `flags` (TL `phone:flags.4?…`).
     */
    phone?: string;
    /**
     * Profile picture of user.
     * When updating the [local peer database](https://corefork.telegram.org/api/peers), apply changes to this field only if:
     * - The `min` flag is not set OR
     * - The `min` flag is set AND
     * -- The `apply_min_photo` flag is set OR
     * -- The `min` flag of the locally cached user entry is set.
     *
     * Optional: bit 5 of `flags` (TL `photo:flags.5?…`).
     */
    photo?: TypeUserProfilePhoto;
    /**
     * Online status of user.
     * When updating the [local peer database](https://corefork.telegram.org/api/peers), apply changes to this field only if:
     * - The `min` flag is not set OR
     * - The `min` flag is set AND
     * -- The `min` flag of the locally cached user entry is set OR
     * -- The locally cached user entry is equal to {@link RawUserStatusEmpty}.
     *
     * Optional: bit 6 of `flags` (TL `status:flags.6?…`).
     */
    status?: TypeUserStatus;
    /**
     * Version of the {@link RawUserFull}, incremented every time it changes.
     * Changes to this flag should invalidate the local {@link RawUserFull} cache for this user ID, see [here »](https://corefork.telegram.org/api/peers#full-info-database) for more info.
     *
     * Optional: bit 14 of `flags` (TL `bot_info_version:flags.14?…`).
     *
     * Shares its flag bit with `botInfoVersion`, `bot`: give all of the value fields or none (checked in the types and at runtime).
     */
    botInfoVersion?: number;
    /**
     * Contains the reason why access to this user must be restricted.
     *
     * Optional: bit 18 of `flags` (TL `restriction_reason:flags.18?…`).
     *
     * Shares its flag bit with `restrictionReason`, `restricted`: give all of the value fields or none (checked in the types and at runtime).
     */
    restrictionReason?: TypeRestrictionReason[];
    /**
     * Inline placeholder for this inline bot
     *
     * Optional: bit 19 of `flags` (TL `bot_inline_placeholder:flags.19?…`).
     */
    botInlinePlaceholder?: string;
    /**
     * Language code of the user
     *
     * Optional: bit 22 of `flags` (TL `lang_code:flags.22?…`).
     */
    langCode?: string;
    /**
     * [Emoji status](https://corefork.telegram.org/api/emoji-status)
     *
     * Optional: bit 30 of `flags` (TL `emoji_status:flags.30?…`).
     */
    emojiStatus?: TypeEmojiStatus;
    /**
     * Additional usernames.
     * When updating the [local peer database](https://corefork.telegram.org/api/peers), apply changes to this field only if:
     * - The `min` flag is not set OR
     * - The `min` flag is set AND
     * -- The `min` flag of the locally cached user entry is set.
     * Changes to this flag (if the above conditions are respected) should invalidate the local {@link RawUserFull} cache for this user ID.
     *
     * Optional: bit 0 of `flags2` (TL `usernames:flags2.0?…`).
     */
    usernames?: TypeUsername[];
    /**
     * ID of the maximum read [story](https://corefork.telegram.org/api/stories).
     * When updating the [local peer database](https://corefork.telegram.org/api/peers), do not apply changes to this field if the `min` flag of the incoming constructor is set.
     *
     * Optional: bit 5 of `flags2` (TL `stories_max_id:flags2.5?…`).
     */
    storiesMaxId?: TypeRecentStory;
    /**
     * The user's [accent color](https://corefork.telegram.org/api/colors).
     *
     * Optional: bit 8 of `flags2` (TL `color:flags2.8?…`).
     */
    color?: TypePeerColor;
    /**
     * The user's [profile color](https://corefork.telegram.org/api/colors).
     *
     * Optional: bit 9 of `flags2` (TL `profile_color:flags2.9?…`).
     */
    profileColor?: TypePeerColor;
    /**
     * Monthly Active Users (MAU) of this bot (may be absent for small bots).
     *
     * Optional: bit 12 of `flags2` (TL `bot_active_users:flags2.12?…`).
     */
    botActiveUsers?: number;
    /**
     * Describes a [bot verification icon »](https://corefork.telegram.org/api/bots/verification).
     *
     * Optional: bit 14 of `flags2` (TL `bot_verification_icon:flags2.14?…`).
     */
    botVerificationIcon?: bigint;
    /**
     * If set, the user has enabled [paid messages »](https://corefork.telegram.org/api/paid-messages), we _might_ need to pay the specified amount of [Stars](https://corefork.telegram.org/api/stars) to send them messages, depending on the configured exceptions: check {@link RawUserFull}.`send_paid_messages_stars` or {@link users.RawGetRequirementsToContactRequest} to see if the currently logged in user actually has to pay or not, see [here »](https://corefork.telegram.org/api/paid-messages) for the full flow.
     *
     * Optional: bit 15 of `flags2` (TL `send_paid_messages_stars:flags2.15?…`).
     */
    sendPaidMessagesStars?: bigint;
}
/**
 * Empty constructor, non-existent user.
 *
 * Constructor of `User`; its id is `0xd3bc4b7a`.
 * ```tl
 * userEmpty#d3bc4b7a id:long = User;
 * ```
 * Declared at schema/api.tl:79.
 */
export interface UserEmpty {
    /** TL constructor `userEmpty`. */
    _: "userEmpty";
    /** User identifier or `0` */
    id: bigint;
}
/**
 * User profile photo.
 *
 * Constructor of `UserProfilePhoto`; its id is `0x82d1f706`.
 * ```tl
 * userProfilePhoto#82d1f706 flags:# has_video:flags.0?true personal:flags.2?true photo_id:long stripped_thumb:flags.1?bytes dc_id:int = UserProfilePhoto;
 * ```
 * Declared at schema/api.tl:82.
 */
export interface UserProfilePhoto {
    /** TL constructor `userProfilePhoto`. */
    _: "userProfilePhoto";
    /**
     * Whether an [animated profile picture](https://corefork.telegram.org/api/files#animated-profile-pictures) is available for this user
     *
     * Optional: bit 0 of `flags` (TL `has_video:flags.0?…`).
     */
    hasVideo?: boolean;
    /**
     * Whether this profile photo is only visible to us (i.e. it was set using {@link photos.RawUploadContactProfilePhotoRequest}).
     *
     * Optional: bit 2 of `flags` (TL `personal:flags.2?…`).
     */
    personal?: boolean;
    /** Identifier of the respective photo */
    photoId: bigint;
    /**
     * [Stripped thumbnail](https://corefork.telegram.org/api/files#stripped-thumbnails)
     *
     * Optional: bit 1 of `flags` (TL `stripped_thumb:flags.1?…`).
     */
    strippedThumb?: Uint8Array;
    /** DC ID where the photo is stored */
    dcId: number;
}
/**
 * Profile photo has not been set, or was hidden.
 *
 * Constructor of `UserProfilePhoto`; its id is `0x4f11bae1`.
 * ```tl
 * userProfilePhotoEmpty#4f11bae1 = UserProfilePhoto;
 * ```
 * Declared at schema/api.tl:81.
 */
export interface UserProfilePhotoEmpty {
    /** TL constructor `userProfilePhotoEmpty`. */
    _: "userProfilePhotoEmpty";
}
/**
 * User status has not been set yet.
 *
 * Constructor of `UserStatus`; its id is `0x09d05049`.
 * ```tl
 * userStatusEmpty#09d05049 = UserStatus;
 * ```
 * Declared at schema/api.tl:83.
 */
export interface UserStatusEmpty {
    /** TL constructor `userStatusEmpty`. */
    _: "userStatusEmpty";
}
/**
 * Online status: last seen last month
 *
 * Constructor of `UserStatus`; its id is `0x65899777`.
 * ```tl
 * userStatusLastMonth#65899777 flags:# by_me:flags.0?true = UserStatus;
 * ```
 * Declared at schema/api.tl:88.
 */
export interface UserStatusLastMonth {
    /** TL constructor `userStatusLastMonth`. */
    _: "userStatusLastMonth";
    /**
     * If set, the exact user status of this user is actually available to us, but to view it we must first purchase a [Premium](https://corefork.telegram.org/api/premium) subscription, or allow this user to see _our_ exact last online status. See {@link RawPrivacyKeyStatusTimestamp} for more info.
     *
     * Optional: bit 0 of `flags` (TL `by_me:flags.0?…`).
     */
    byMe?: boolean;
}
/**
 * Online status: last seen last week
 *
 * Constructor of `UserStatus`; its id is `0x541a1d1a`.
 * ```tl
 * userStatusLastWeek#541a1d1a flags:# by_me:flags.0?true = UserStatus;
 * ```
 * Declared at schema/api.tl:87.
 */
export interface UserStatusLastWeek {
    /** TL constructor `userStatusLastWeek`. */
    _: "userStatusLastWeek";
    /**
     * If set, the exact user status of this user is actually available to us, but to view it we must first purchase a [Premium](https://corefork.telegram.org/api/premium) subscription, or allow this user to see _our_ exact last online status. See {@link RawPrivacyKeyStatusTimestamp} for more info.
     *
     * Optional: bit 0 of `flags` (TL `by_me:flags.0?…`).
     */
    byMe?: boolean;
}
/**
 * The user's offline status.
 *
 * Constructor of `UserStatus`; its id is `0x008c703f`.
 * ```tl
 * userStatusOffline#008c703f was_online:int = UserStatus;
 * ```
 * Declared at schema/api.tl:85.
 */
export interface UserStatusOffline {
    /** TL constructor `userStatusOffline`. */
    _: "userStatusOffline";
    /** Time the user was last seen online */
    wasOnline: number;
}
/**
 * Online status of the user.
 *
 * Constructor of `UserStatus`; its id is `0xedb93949`.
 * ```tl
 * userStatusOnline#edb93949 expires:int = UserStatus;
 * ```
 * Declared at schema/api.tl:84.
 */
export interface UserStatusOnline {
    /** TL constructor `userStatusOnline`. */
    _: "userStatusOnline";
    /** Time to expiration of the current online status */
    expires: number;
}
/**
 * Online status: last seen recently
 *
 * Constructor of `UserStatus`; its id is `0x7b197dc8`.
 * ```tl
 * userStatusRecently#7b197dc8 flags:# by_me:flags.0?true = UserStatus;
 * ```
 * Declared at schema/api.tl:86.
 */
export interface UserStatusRecently {
    /** TL constructor `userStatusRecently`. */
    _: "userStatusRecently";
    /**
     * If set, the exact user status of this user is actually available to us, but to view it we must first purchase a [Premium](https://corefork.telegram.org/api/premium) subscription, or allow this user to see _our_ exact last online status. See {@link RawPrivacyKeyStatusTimestamp} for more info.
     *
     * Optional: bit 0 of `flags` (TL `by_me:flags.0?…`).
     */
    byMe?: boolean;
}
/**
 * Contains information about a username.
 *
 * Constructor of `Username`; its id is `0xb4073647`.
 * ```tl
 * username#b4073647 flags:# editable:flags.0?true active:flags.1?true username:string = Username;
 * ```
 * Declared at schema/api.tl:1278.
 */
export interface Username {
    /** TL constructor `username`. */
    _: "username";
    /**
     * Whether the username is editable, meaning it wasn't bought on [fragment](https://fragment.com/).
     *
     * Optional: bit 0 of `flags` (TL `editable:flags.0?…`).
     */
    editable?: boolean;
    /**
     * Whether the username is active.
     *
     * Optional: bit 1 of `flags` (TL `active:flags.1?…`).
     */
    active?: boolean;
    /** The username. */
    username: string;
}
/**
 * An [animated profile picture](https://corefork.telegram.org/api/files#animated-profile-pictures) in MPEG4 format
 *
 * Constructor of `VideoSize`; its id is `0xde33b094`.
 * ```tl
 * videoSize#de33b094 flags:# type:string w:int h:int size:int video_start_ts:flags.0?double = VideoSize;
 * ```
 * Declared at schema/api.tl:1114.
 */
export interface VideoSize {
    /** TL constructor `videoSize`. */
    _: "videoSize";
    /** `u` for animated profile pictures, and `v` for trimmed and downscaled video previews */
    type: string;
    /** Video width */
    w: number;
    /** Video height */
    h: number;
    /** File size */
    size: number;
    /**
     * Timestamp that should be shown as static preview to the user (seconds)
     *
     * Optional: bit 0 of `flags` (TL `video_start_ts:flags.0?…`).
     */
    videoStartTs?: number;
}
/**
 * An [animated profile picture](https://corefork.telegram.org/api/files#animated-profile-pictures) based on a [custom emoji sticker](https://corefork.telegram.org/api/custom-emoji).
 *
 * Constructor of `VideoSize`; its id is `0xf85c413c`.
 * ```tl
 * videoSizeEmojiMarkup#f85c413c emoji_id:long background_colors:Vector<int> = VideoSize;
 * ```
 * Declared at schema/api.tl:1115.
 */
export interface VideoSizeEmojiMarkup {
    /** TL constructor `videoSizeEmojiMarkup`. */
    _: "videoSizeEmojiMarkup";
    /** [Custom emoji ID](https://corefork.telegram.org/api/custom-emoji): the custom emoji sticker is shown at the center of the profile picture and occupies at most 67% of it. */
    emojiId: bigint;
    /** 1, 2, 3 or 4 RBG-24 colors used to generate a solid (1), gradient (2) or freeform gradient (3, 4) background, similar to how [fill wallpapers](https://corefork.telegram.org/api/wallpapers#fill-types) are generated. The rotation angle for gradient backgrounds is 0. */
    backgroundColors: number[];
}
/**
 * An [animated profile picture](https://corefork.telegram.org/api/files#animated-profile-pictures) based on a [sticker](https://corefork.telegram.org/api/stickers).
 *
 * Constructor of `VideoSize`; its id is `0x0da082fe`.
 * ```tl
 * videoSizeStickerMarkup#0da082fe stickerset:InputStickerSet sticker_id:long background_colors:Vector<int> = VideoSize;
 * ```
 * Declared at schema/api.tl:1116.
 */
export interface VideoSizeStickerMarkup {
    /** TL constructor `videoSizeStickerMarkup`. */
    _: "videoSizeStickerMarkup";
    /** Stickerset */
    stickerset: TypeInputStickerSet;
    /** Sticker ID */
    stickerId: bigint;
    /** 1, 2, 3 or 4 RBG-24 colors used to generate a solid (1), gradient (2) or freeform gradient (3, 4) background, similar to how [fill wallpapers](https://corefork.telegram.org/api/wallpapers#fill-types) are generated. The rotation angle for gradient backgrounds is 0. */
    backgroundColors: number[];
}
/**
 * Represents a [wallpaper](https://corefork.telegram.org/api/wallpapers) based on an image.
 *
 * Constructor of `WallPaper`; its id is `0xa437c3ed`.
 * ```tl
 * wallPaper#a437c3ed id:long flags:# creator:flags.0?true default:flags.1?true pattern:flags.3?true dark:flags.4?true access_hash:long slug:string document:Document settings:flags.2?WallPaperSettings = WallPaper;
 * ```
 * Declared at schema/api.tl:218.
 */
export interface WallPaper {
    /** TL constructor `wallPaper`. */
    _: "wallPaper";
    /** Identifier */
    id: bigint;
    /**
     * Whether we created this wallpaper
     *
     * Optional: bit 0 of `flags` (TL `creator:flags.0?…`).
     */
    creator?: boolean;
    /**
     * Whether this is the default wallpaper
     *
     * Optional: bit 1 of `flags` (TL `default:flags.1?…`).
     */
    default?: boolean;
    /**
     * Whether this is a [pattern wallpaper »](https://corefork.telegram.org/api/wallpapers#pattern-wallpapers)
     *
     * Optional: bit 3 of `flags` (TL `pattern:flags.3?…`).
     */
    pattern?: boolean;
    /**
     * Whether this wallpaper should be used in dark mode.
     *
     * Optional: bit 4 of `flags` (TL `dark:flags.4?…`).
     */
    dark?: boolean;
    /** Access hash */
    accessHash: bigint;
    /** Unique wallpaper ID, used when generating [wallpaper links](https://corefork.telegram.org/api/links#wallpaper-links) or [importing wallpaper links](https://corefork.telegram.org/api/wallpapers). */
    slug: string;
    /** The actual wallpaper */
    document: TypeDocument;
    /**
     * Info on how to generate the wallpaper, according to [these instructions »](https://corefork.telegram.org/api/wallpapers).
     *
     * Optional: bit 2 of `flags` (TL `settings:flags.2?…`).
     */
    settings?: TypeWallPaperSettings;
}
/**
 * Represents a [wallpaper](https://corefork.telegram.org/api/wallpapers) only based on colors/gradients.
 *
 * Constructor of `WallPaper`; its id is `0xe0804116`.
 * ```tl
 * wallPaperNoFile#e0804116 id:long flags:# default:flags.1?true dark:flags.4?true settings:flags.2?WallPaperSettings = WallPaper;
 * ```
 * Declared at schema/api.tl:219.
 */
export interface WallPaperNoFile {
    /** TL constructor `wallPaperNoFile`. */
    _: "wallPaperNoFile";
    /** Wallpaper ID */
    id: bigint;
    /**
     * Whether this is the default wallpaper
     *
     * Optional: bit 1 of `flags` (TL `default:flags.1?…`).
     */
    default?: boolean;
    /**
     * Whether this wallpaper should be used in dark mode.
     *
     * Optional: bit 4 of `flags` (TL `dark:flags.4?…`).
     */
    dark?: boolean;
    /**
     * Info on how to generate the wallpaper.
     *
     * Optional: bit 2 of `flags` (TL `settings:flags.2?…`).
     */
    settings?: TypeWallPaperSettings;
}
/**
 * [Wallpaper](https://corefork.telegram.org/api/wallpapers) rendering information.
 *
 * Constructor of `WallPaperSettings`; its id is `0x372efcd0`.
 * ```tl
 * wallPaperSettings#372efcd0 flags:# blur:flags.1?true motion:flags.2?true background_color:flags.0?int second_background_color:flags.4?int third_background_color:flags.5?int fourth_background_color:flags.6?int intensity:flags.3?int rotation:flags.4?int emoticon:flags.7?string = WallPaperSettings;
 * ```
 * Declared at schema/api.tl:1054.
 */
export type WallPaperSettings = {
    /**
     * TL constructor `wallPaperSettings`.
     */
    _: "wallPaperSettings";
    /**
     * For [image wallpapers »](https://corefork.telegram.org/api/wallpapers#image-wallpapers): if set, the JPEG must be downscaled to fit in 450x450 square and then box-blurred with radius 12.
     *
     * Optional: bit 1 of `flags` (TL `blur:flags.1?…`).
     */
    blur?: boolean;
    /**
     * If set, the background needs to be slightly moved when the device is rotated.
     *
     * Optional: bit 2 of `flags` (TL `motion:flags.2?…`).
     */
    motion?: boolean;
    /**
     * Used for [solid »](https://corefork.telegram.org/api/wallpapers#solid-fill), [gradient »](https://corefork.telegram.org/api/wallpapers#gradient-fill) and [freeform gradient »](https://corefork.telegram.org/api/wallpapers#freeform-gradient-fill) fills.
     *
     * Optional: bit 0 of `flags` (TL `background_color:flags.0?…`).
     */
    backgroundColor?: number;
    /**
     * Used for [freeform gradient »](https://corefork.telegram.org/api/wallpapers#freeform-gradient-fill) fills.
     *
     * Optional: bit 5 of `flags` (TL `third_background_color:flags.5?…`).
     */
    thirdBackgroundColor?: number;
    /**
     * Used for [freeform gradient »](https://corefork.telegram.org/api/wallpapers#freeform-gradient-fill) fills.
     *
     * Optional: bit 6 of `flags` (TL `fourth_background_color:flags.6?…`).
     */
    fourthBackgroundColor?: number;
    /**
     * Used for [pattern wallpapers »](https://corefork.telegram.org/api/wallpapers#pattern-wallpapers).
     *
     * Optional: bit 3 of `flags` (TL `intensity:flags.3?…`).
     */
    intensity?: number;
    /**
     * If set, this wallpaper can be used as a channel wallpaper and is represented by the specified UTF-8 emoji.
     *
     * Optional: bit 7 of `flags` (TL `emoticon:flags.7?…`).
     */
    emoticon?: string;
} & ({
    /**
     * Used for [gradient »](https://corefork.telegram.org/api/wallpapers#gradient-fill) and [freeform gradient »](https://corefork.telegram.org/api/wallpapers#freeform-gradient-fill) fills.
     *
     * Optional: bit 4 of `flags` (TL `second_background_color:flags.4?…`).
     *
     * Shares its flag bit with `secondBackgroundColor`, `rotation`: give all of the value fields or none (checked in the types and at runtime).
     */
    secondBackgroundColor: number;
    /**
     * Clockwise rotation angle of the gradient, in degrees; 0-359. Should be always divisible by 45.
     *
     * Optional: bit 4 of `flags` (TL `rotation:flags.4?…`).
     *
     * Shares its flag bit with `secondBackgroundColor`, `rotation`: give all of the value fields or none (checked in the types and at runtime).
     */
    rotation: number;
} | {
    /**
     * Given together with `rotation`, or not at all.
     */
    secondBackgroundColor?: undefined;
    /**
     * Given together with `secondBackgroundColor`, or not at all.
     */
    rotation?: undefined;
});
/**
 * Remote document
 *
 * Constructor of `WebDocument`; its id is `0x1c570ed1`.
 * ```tl
 * webDocument#1c570ed1 url:string access_hash:long size:int mime_type:string attributes:Vector<DocumentAttribute> = WebDocument;
 * ```
 * Declared at schema/api.tl:844.
 */
export interface WebDocument {
    /** TL constructor `webDocument`. */
    _: "webDocument";
    /** Document URL */
    url: string;
    /** Access hash */
    accessHash: bigint;
    /** File size */
    size: number;
    /** MIME type */
    mimeType: string;
    /** Attributes for media types */
    attributes: TypeDocumentAttribute[];
}
/**
 * Remote document that can be downloaded without [proxying through telegram](https://corefork.telegram.org/api/files)
 *
 * Constructor of `WebDocument`; its id is `0xf9c8bcc6`.
 * ```tl
 * webDocumentNoProxy#f9c8bcc6 url:string size:int mime_type:string attributes:Vector<DocumentAttribute> = WebDocument;
 * ```
 * Declared at schema/api.tl:845.
 */
export interface WebDocumentNoProxy {
    /** TL constructor `webDocumentNoProxy`. */
    _: "webDocumentNoProxy";
    /** Document URL */
    url: string;
    /** File size */
    size: number;
    /** MIME type */
    mimeType: string;
    /** Attributes for media types */
    attributes: TypeDocumentAttribute[];
}
/**
 * Constructor of `WebDomainException`; its id is `0x933ca597`.
 * ```tl
 * webDomainException#933ca597 flags:# domain:string url:string title:string favicon:flags.0?long = WebDomainException;
 * ```
 * Declared at schema/api.tl:1619.
 */
export interface WebDomainException {
    /** TL constructor `webDomainException`. */
    _: "webDomainException";
    /** TL field `domain`. */
    domain: string;
    /** TL field `url`. */
    url: string;
    /** TL field `title`. */
    title: string;
    /** Optional: bit 0 of `flags` (TL `favicon:flags.0?…`). */
    favicon?: bigint;
}
/**
 * Webpage preview
 *
 * Constructor of `WebPage`; its id is `0xe89c45b2`.
 * ```tl
 * webPage#e89c45b2 flags:# has_large_media:flags.13?true video_cover_photo:flags.14?true id:long url:string display_url:string hash:int type:flags.0?string site_name:flags.1?string title:flags.2?string description:flags.3?string photo:flags.4?Photo embed_url:flags.5?string embed_type:flags.5?string embed_width:flags.6?int embed_height:flags.6?int duration:flags.7?int author:flags.8?string document:flags.9?Document cached_page:flags.10?Page attributes:flags.12?Vector<WebPageAttribute> = WebPage;
 * ```
 * Declared at schema/api.tl:571.
 */
export type WebPage = {
    /**
     * TL constructor `webPage`.
     */
    _: "webPage";
    /**
     * Whether the size of the media in the preview can be changed.
     *
     * Optional: bit 13 of `flags` (TL `has_large_media:flags.13?…`).
     */
    hasLargeMedia?: boolean;
    /**
     * Represents a custom [video cover](https://corefork.telegram.org/api/files#video-covers).
     *
     * Optional: bit 14 of `flags` (TL `video_cover_photo:flags.14?…`).
     */
    videoCoverPhoto?: boolean;
    /**
     * Preview ID
     */
    id: bigint;
    /**
     * URL of previewed webpage
     */
    url: string;
    /**
     * Webpage URL to be displayed to the user
     */
    displayUrl: string;
    /**
     * [Hash used for caching, for more info click here](https://corefork.telegram.org/api/offsets#hash-generation)
     */
    hash: number;
    /**
     * Type of the web page. One of the following:
     *
     * - `app`
     * - `article`
     * - `document`
     * - `gif`
     * - `photo`
     * - `profile`
     * - `telegram_album`
     * - `telegram_auction`
     * - `telegram_background`
     * - `telegram_bot`
     * - `telegram_botapp`
     * - `telegram_call`
     * - `telegram_channel`
     * - `telegram_channel_boost`
     * - `telegram_channel_direct`
     * - `telegram_channel_request`
     * - `telegram_chat`
     * - `telegram_chat_request`
     * - `telegram_chatlist`
     * - `telegram_collection`
     * - `telegram_community`
     * - `telegram_giftcode`
     * - `telegram_group_boost`
     * - `telegram_livestream`
     * - `telegram_megagroup`
     * - `telegram_megagroup_request`
     * - `telegram_message`
     * - `telegram_newbot`
     * - `telegram_nft`
     * - `telegram_stickerset`
     * - `telegram_story`
     * - `telegram_story_album`
     * - `telegram_theme`
     * - `telegram_user`
     * - `telegram_videochat`
     * - `telegram_voicechat`
     * - `video`
     *
     * Optional: bit 0 of `flags` (TL `type:flags.0?…`).
     */
    type?: string;
    /**
     * Short name of the site (e.g., Google Docs, App Store)
     *
     * Optional: bit 1 of `flags` (TL `site_name:flags.1?…`).
     */
    siteName?: string;
    /**
     * Title of the content
     *
     * Optional: bit 2 of `flags` (TL `title:flags.2?…`).
     */
    title?: string;
    /**
     * Content description
     *
     * Optional: bit 3 of `flags` (TL `description:flags.3?…`).
     */
    description?: string;
    /**
     * Image representing the content
     *
     * Optional: bit 4 of `flags` (TL `photo:flags.4?…`).
     */
    photo?: TypePhoto;
    /**
     * Duration of the content, in seconds
     *
     * Optional: bit 7 of `flags` (TL `duration:flags.7?…`).
     */
    duration?: number;
    /**
     * Author of the content
     *
     * Optional: bit 8 of `flags` (TL `author:flags.8?…`).
     */
    author?: string;
    /**
     * Preview of the content as a media file
     *
     * Optional: bit 9 of `flags` (TL `document:flags.9?…`).
     */
    document?: TypeDocument;
    /**
     * Page contents in [instant view](https://instantview.telegram.org/) format
     *
     * Optional: bit 10 of `flags` (TL `cached_page:flags.10?…`).
     */
    cachedPage?: TypePage;
    /**
     * Webpage attributes
     *
     * Optional: bit 12 of `flags` (TL `attributes:flags.12?…`).
     */
    attributes?: TypeWebPageAttribute[];
} & ({
    /**
     * URL to show in the embedded preview
     *
     * Optional: bit 5 of `flags` (TL `embed_url:flags.5?…`).
     *
     * Shares its flag bit with `embedUrl`, `embedType`: give all of the value fields or none (checked in the types and at runtime).
     */
    embedUrl: string;
    /**
     * MIME type of the embedded preview, (e.g., text/html or video/mp4)
     *
     * Optional: bit 5 of `flags` (TL `embed_type:flags.5?…`).
     *
     * Shares its flag bit with `embedUrl`, `embedType`: give all of the value fields or none (checked in the types and at runtime).
     */
    embedType: string;
} | {
    /**
     * Given together with `embedType`, or not at all.
     */
    embedUrl?: undefined;
    /**
     * Given together with `embedUrl`, or not at all.
     */
    embedType?: undefined;
}) & ({
    /**
     * Width of the embedded preview
     *
     * Optional: bit 6 of `flags` (TL `embed_width:flags.6?…`).
     *
     * Shares its flag bit with `embedWidth`, `embedHeight`: give all of the value fields or none (checked in the types and at runtime).
     */
    embedWidth: number;
    /**
     * Height of the embedded preview
     *
     * Optional: bit 6 of `flags` (TL `embed_height:flags.6?…`).
     *
     * Shares its flag bit with `embedWidth`, `embedHeight`: give all of the value fields or none (checked in the types and at runtime).
     */
    embedHeight: number;
} | {
    /**
     * Given together with `embedHeight`, or not at all.
     */
    embedWidth?: undefined;
    /**
     * Given together with `embedWidth`, or not at all.
     */
    embedHeight?: undefined;
});
/**
 * Constructor of `WebPageAttribute`; its id is `0x7781fe18`.
 * ```tl
 * webPageAttributeAiComposeTone#7781fe18 emoji_id:long = WebPageAttribute;
 * ```
 * Declared at schema/api.tl:1097.
 */
export interface WebPageAttributeAiComposeTone {
    /** TL constructor `webPageAttributeAiComposeTone`. */
    _: "webPageAttributeAiComposeTone";
    /** TL field `emoji_id`. */
    emojiId: bigint;
}
/**
 * Contains info about a [collectible gift auction »](https://corefork.telegram.org/api/auctions) for a {@link RawWebPage} preview of an [auction »](https://corefork.telegram.org/api/auctions) (the {@link RawWebPage} will have a `type` of `telegram_auction`).
 *
 * Constructor of `WebPageAttribute`; its id is `0x01c641c2`.
 * ```tl
 * webPageAttributeStarGiftAuction#01c641c2 gift:StarGift end_date:int = WebPageAttribute;
 * ```
 * Declared at schema/api.tl:1096.
 */
export interface WebPageAttributeStarGiftAuction {
    /** TL constructor `webPageAttributeStarGiftAuction`. */
    _: "webPageAttributeStarGiftAuction";
    /** The gift linked to the auction */
    gift: TypeStarGift;
    /** Date when the auction will end (UNIX timestamp) */
    endDate: number;
}
/**
 * Contains info about a [gift collection »](https://corefork.telegram.org/api/gifts#gift-collections) for a {@link RawWebPage} preview of a [gift collection »](https://corefork.telegram.org/api/gifts#gift-collections) (the {@link RawWebPage} will have a `type` of `telegram_collection`).
 *
 * Constructor of `WebPageAttribute`; its id is `0x31cad303`.
 * ```tl
 * webPageAttributeStarGiftCollection#31cad303 icons:Vector<Document> = WebPageAttribute;
 * ```
 * Declared at schema/api.tl:1095.
 */
export interface WebPageAttributeStarGiftCollection {
    /** TL constructor `webPageAttributeStarGiftCollection`. */
    _: "webPageAttributeStarGiftCollection";
    /** Gifts in the collection. */
    icons: TypeDocument[];
}
/**
 * Contains info about a [stickerset »](https://corefork.telegram.org/api/stickers), for a {@link RawWebPage} preview of a [stickerset deep link »](https://corefork.telegram.org/api/links#stickerset-links) (the {@link RawWebPage} will have a `type` of `telegram_stickerset`).
 *
 * Constructor of `WebPageAttribute`; its id is `0x50cc03d3`.
 * ```tl
 * webPageAttributeStickerSet#50cc03d3 flags:# emojis:flags.0?true text_color:flags.1?true stickers:Vector<Document> = WebPageAttribute;
 * ```
 * Declared at schema/api.tl:1093.
 */
export interface WebPageAttributeStickerSet {
    /** TL constructor `webPageAttributeStickerSet`. */
    _: "webPageAttributeStickerSet";
    /**
     * Whether this i s a [custom emoji stickerset](https://corefork.telegram.org/api/custom-emoji).
     *
     * Optional: bit 0 of `flags` (TL `emojis:flags.0?…`).
     */
    emojis?: boolean;
    /**
     * Whether the color of this TGS custom emoji stickerset should be changed to the text color when used in messages, the accent color if used as emoji status, white on chat photos, or another appropriate color based on context.
     *
     * Optional: bit 1 of `flags` (TL `text_color:flags.1?…`).
     */
    textColor?: boolean;
    /** A subset of the stickerset in the stickerset. */
    stickers: TypeDocument[];
}
/**
 * Webpage preview of a Telegram story
 *
 * Constructor of `WebPageAttribute`; its id is `0x2e94c3e7`.
 * ```tl
 * webPageAttributeStory#2e94c3e7 flags:# peer:Peer id:int story:flags.0?StoryItem = WebPageAttribute;
 * ```
 * Declared at schema/api.tl:1092.
 */
export interface WebPageAttributeStory {
    /** TL constructor `webPageAttributeStory`. */
    _: "webPageAttributeStory";
    /** Peer that posted the story */
    peer: TypePeer;
    /** [Story ID](https://corefork.telegram.org/api/stories#watching-stories) */
    id: number;
    /**
     * May contain the story, if not the story should be fetched when and if needed using {@link stories.RawGetStoriesByIDRequest} with the above `id` and `peer`.
     *
     * Optional: bit 0 of `flags` (TL `story:flags.0?…`).
     */
    story?: TypeStoryItem;
}
/**
 * Page theme
 *
 * Constructor of `WebPageAttribute`; its id is `0x54b56617`.
 * ```tl
 * webPageAttributeTheme#54b56617 flags:# documents:flags.0?Vector<Document> settings:flags.1?ThemeSettings = WebPageAttribute;
 * ```
 * Declared at schema/api.tl:1091.
 */
export interface WebPageAttributeTheme {
    /** TL constructor `webPageAttributeTheme`. */
    _: "webPageAttributeTheme";
    /**
     * Theme files
     *
     * Optional: bit 0 of `flags` (TL `documents:flags.0?…`).
     */
    documents?: TypeDocument[];
    /**
     * Theme settings
     *
     * Optional: bit 1 of `flags` (TL `settings:flags.1?…`).
     */
    settings?: TypeThemeSettings;
}
/**
 * Contains info about [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts) for a {@link RawWebPage} preview of a [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts) (the {@link RawWebPage} will have a `type` of `telegram_nft`).
 *
 * Constructor of `WebPageAttribute`; its id is `0xcf6f6db8`.
 * ```tl
 * webPageAttributeUniqueStarGift#cf6f6db8 gift:StarGift = WebPageAttribute;
 * ```
 * Declared at schema/api.tl:1094.
 */
export interface WebPageAttributeUniqueStarGift {
    /** TL constructor `webPageAttributeUniqueStarGift`. */
    _: "webPageAttributeUniqueStarGift";
    /** The {@link RawStarGiftUnique} constructor. */
    gift: TypeStarGift;
}
/**
 * No preview is available for the webpage
 *
 * Constructor of `WebPage`; its id is `0x211a1788`.
 * ```tl
 * webPageEmpty#211a1788 flags:# id:long url:flags.0?string = WebPage;
 * ```
 * Declared at schema/api.tl:569.
 */
export interface WebPageEmpty {
    /** TL constructor `webPageEmpty`. */
    _: "webPageEmpty";
    /** Preview ID */
    id: bigint;
    /**
     * URL of the webpage.
     *
     * Optional: bit 0 of `flags` (TL `url:flags.0?…`).
     */
    url?: string;
}
/**
 * The preview of the webpage hasn't changed
 *
 * Constructor of `WebPage`; its id is `0x7311ca11`.
 * ```tl
 * webPageNotModified#7311ca11 flags:# cached_page_views:flags.0?int = WebPage;
 * ```
 * Declared at schema/api.tl:572.
 */
export interface WebPageNotModified {
    /** TL constructor `webPageNotModified`. */
    _: "webPageNotModified";
    /**
     * Page view count
     *
     * Optional: bit 0 of `flags` (TL `cached_page_views:flags.0?…`).
     */
    cachedPageViews?: number;
}
/**
 * A preview of the webpage is currently being generated
 *
 * Constructor of `WebPage`; its id is `0xb0d13e47`.
 * ```tl
 * webPagePending#b0d13e47 flags:# id:long url:flags.0?string date:int = WebPage;
 * ```
 * Declared at schema/api.tl:570.
 */
export interface WebPagePending {
    /** TL constructor `webPagePending`. */
    _: "webPagePending";
    /** ID of preview */
    id: bigint;
    /**
     * URL of the webpage
     *
     * Optional: bit 0 of `flags` (TL `url:flags.0?…`).
     */
    url?: string;
    /** When was the processing started */
    date: number;
}
/**
 * Contains the webview URL with appropriate theme and user info parameters added
 *
 * Constructor of `WebViewResult`; its id is `0x4d22ff98`.
 * ```tl
 * webViewResultUrl#4d22ff98 flags:# fullsize:flags.1?true fullscreen:flags.2?true same_origin:flags.3?true query_id:flags.0?long url:string = WebViewResult;
 * ```
 * Declared at schema/api.tl:1205.
 */
export interface WebViewResultUrl {
    /** TL constructor `webViewResultUrl`. */
    _: "webViewResultUrl";
    /**
     * If set, the app must be opened in fullsize mode instead of compact mode.
     *
     * Optional: bit 1 of `flags` (TL `fullsize:flags.1?…`).
     */
    fullsize?: boolean;
    /**
     * If set, the app must be opened in fullscreen
     *
     * Optional: bit 2 of `flags` (TL `fullscreen:flags.2?…`).
     */
    fullscreen?: boolean;
    /** Optional: bit 3 of `flags` (TL `same_origin:flags.3?…`). */
    sameOrigin?: boolean;
    /**
     * Webview session ID (only returned by [inline button mini apps](https://corefork.telegram.org/api/bots/webapps#inline-button-mini-apps), [menu button mini apps](https://corefork.telegram.org/api/bots/webapps#menu-button-mini-apps), [attachment menu mini apps](https://corefork.telegram.org/api/bots/webapps#attachment-menu-mini-apps)).
     *
     * Optional: bit 0 of `flags` (TL `query_id:flags.0?…`).
     */
    queryId?: bigint;
    /** Webview URL to open */
    url: string;
}
/**
 * Describes a bid in an [auction](https://corefork.telegram.org/api/auctions).
 *
 * TL type `AuctionBidLevel`, one of: `auctionBidLevel`.
 */
export type TypeAuctionBidLevel = AuctionBidLevel;
/**
 * Basic theme settings
 *
 * TL type `BaseTheme`, one of: `baseThemeArctic`, `baseThemeClassic`, `baseThemeDay`, `baseThemeNight`, `baseThemeTinted`.
 */
export type TypeBaseTheme = BaseThemeArctic | BaseThemeClassic | BaseThemeDay | BaseThemeNight | BaseThemeTinted;
/**
 * [Birthday](https://corefork.telegram.org/api/profile#birthday) information for a user.
 *
 * TL type `Birthday`, one of: `birthday`.
 */
export type TypeBirthday = Birthday;
/**
 * Info about one or more [boosts](https://corefork.telegram.org/api/boost) applied by a specific user.
 *
 * TL type `Boost`, one of: `boost`.
 */
export type TypeBoost = Boost;
/**
 * Contains information about a [direct link Mini App](https://corefork.telegram.org/api/bots/webapps#direct-link-mini-apps).
 *
 * TL type `BotApp`, one of: `botApp`, `botAppNotModified`.
 */
export type TypeBotApp = BotApp | BotAppNotModified;
/**
 * Contains info about a [bot business connection](https://corefork.telegram.org/api/bots/connected-business-bots).
 *
 * TL type `BotBusinessConnection`, one of: `botBusinessConnection`.
 */
export type TypeBotBusinessConnection = BotBusinessConnection;
/**
 * Describes a bot command that can be used in a chat
 *
 * TL type `BotCommand`, one of: `botCommand`.
 */
export type TypeBotCommand = BotCommand;
/**
 * Indicates the action to execute when pressing the in-UI menu button for bots
 *
 * TL type `BotMenuButton`, one of: `botMenuButton`, `botMenuButtonCommands`, `botMenuButtonDefault`.
 */
export type TypeBotMenuButton = BotMenuButton | BotMenuButtonCommands | BotMenuButtonDefault;
/**
 * Describes a [bot verification icon »](https://corefork.telegram.org/api/bots/verification).
 *
 * TL type `BotVerification`, one of: `botVerification`.
 */
export type TypeBotVerification = BotVerification;
/**
 * [Business bot rights](https://corefork.telegram.org/api/bots/connected-business-bots).
 *
 * TL type `BusinessBotRights`, one of: `businessBotRights`.
 */
export type TypeBusinessBotRights = BusinessBotRights;
/**
 * Channel participant
 *
 * TL type `ChannelParticipant`, one of: `channelParticipant`, `channelParticipantAdmin`, `channelParticipantBanned`, `channelParticipantCreator`, `channelParticipantLeft`, `channelParticipantSelf`.
 */
export type TypeChannelParticipant = ChannelParticipant | ChannelParticipantAdmin | ChannelParticipantBanned | ChannelParticipantCreator | ChannelParticipantLeft | ChannelParticipantSelf;
/**
 * Object defines a group.
 *
 * TL type `Chat`, one of: `channel`, `channelForbidden`, `chat`, `chatEmpty`, `chatForbidden`.
 */
export type TypeChat = Channel | ChannelForbidden | Chat | ChatEmpty | ChatForbidden;
/**
 * Represents the rights of an admin in a [channel/supergroup](https://corefork.telegram.org/api/channel).
 *
 * TL type `ChatAdminRights`, one of: `chatAdminRights`.
 */
export type TypeChatAdminRights = ChatAdminRights;
/**
 * Info about chat invites generated by admins.
 *
 * TL type `ChatAdminWithInvites`, one of: `chatAdminWithInvites`.
 */
export type TypeChatAdminWithInvites = ChatAdminWithInvites;
/**
 * Represents the rights of a normal user in a [supergroup/channel/chat](https://corefork.telegram.org/api/channel).
 *
 * TL type `ChatBannedRights`, one of: `chatBannedRights`.
 */
export type TypeChatBannedRights = ChatBannedRights;
/**
 * Chat invite
 *
 * TL type `ChatInvite`, one of: `chatInvite`, `chatInviteAlready`, `chatInvitePeek`.
 */
export type TypeChatInvite = ChatInvite | ChatInviteAlready | ChatInvitePeek;
/**
 * When and which user joined the chat using a chat invite
 *
 * TL type `ChatInviteImporter`, one of: `chatInviteImporter`.
 */
export type TypeChatInviteImporter = ChatInviteImporter;
/**
 * Details of a group member.
 *
 * TL type `ChatParticipant`, one of: `chatParticipant`, `chatParticipantAdmin`, `chatParticipantCreator`.
 */
export type TypeChatParticipant = ChatParticipant | ChatParticipantAdmin | ChatParticipantCreator;
/**
 * Contains the full list of members of [basic groups »](https://corefork.telegram.org/api/channel#basic-groups); is **NOT** usable for supergroups/channels.
 *
 * TL type `ChatParticipants`, one of: `chatParticipants`, `chatParticipantsForbidden`.
 */
export type TypeChatParticipants = ChatParticipants | ChatParticipantsForbidden;
/**
 * Object defines a group profile photo.
 *
 * TL type `ChatPhoto`, one of: `chatPhoto`, `chatPhotoEmpty`.
 */
export type TypeChatPhoto = ChatPhoto | ChatPhotoEmpty;
/**
 * A chat theme
 *
 * TL type `ChatTheme`, one of: `chatTheme`, `chatThemeUniqueGift`.
 */
export type TypeChatTheme = ChatTheme | ChatThemeUniqueGift;
/**
 * Represent a JSON-encoded object
 *
 * TL type `DataJSON`, one of: `dataJSON`.
 */
export type TypeDataJSON = DataJSON;
/**
 * Information for connection to data center.
 *
 * TL type `DcOption`, one of: `dcOption`.
 */
export type TypeDcOption = DcOption;
/**
 * Dialog filter ([folder »](https://corefork.telegram.org/api/folders))
 *
 * TL type `DialogFilter`, one of: `dialogFilter`, `dialogFilterChatlist`, `dialogFilterDefault`.
 */
export type TypeDialogFilter = DialogFilter | DialogFilterChatlist | DialogFilterDefault;
/**
 * Peer, or all peers in a folder
 *
 * TL type `DialogPeer`, one of: `dialogPeer`, `dialogPeerFolder`.
 */
export type TypeDialogPeer = DialogPeer | DialogPeerFolder;
/**
 * A document.
 *
 * TL type `Document`, one of: `document`, `documentEmpty`.
 */
export type TypeDocument = Document | DocumentEmpty;
/**
 * Various possible attributes of a document (used to define if it's a sticker, a GIF, a video, a mask sticker, an image, an audio, and so on)
 *
 * TL type `DocumentAttribute`, one of: `documentAttributeAnimated`, `documentAttributeAudio`, `documentAttributeCustomEmoji`, `documentAttributeFilename`, `documentAttributeHasStickers`, `documentAttributeImageSize`, `documentAttributeSticker`, `documentAttributeVideo`.
 */
export type TypeDocumentAttribute = DocumentAttributeAnimated | DocumentAttributeAudio | DocumentAttributeCustomEmoji | DocumentAttributeFilename | DocumentAttributeHasStickers | DocumentAttributeImageSize | DocumentAttributeSticker | DocumentAttributeVideo;
/**
 * Represents a message [draft](https://corefork.telegram.org/api/drafts).
 *
 * TL type `DraftMessage`, one of: `draftMessage`, `draftMessageEmpty`.
 */
export type TypeDraftMessage = DraftMessage | DraftMessageEmpty;
/**
 * [Emoji status](https://corefork.telegram.org/api/emoji-status)
 *
 * TL type `EmojiStatus`, one of: `emojiStatus`, `emojiStatusCollectible`, `emojiStatusEmpty`, `inputEmojiStatusCollectible`.
 */
export type TypeEmojiStatus = EmojiStatus | EmojiStatusCollectible | EmojiStatusEmpty | InputEmojiStatusCollectible;
/**
 * Object contains info on an encrypted chat.
 *
 * TL type `EncryptedChat`, one of: `encryptedChat`, `encryptedChatDiscarded`, `encryptedChatEmpty`, `encryptedChatRequested`, `encryptedChatWaiting`.
 */
export type TypeEncryptedChat = EncryptedChat | EncryptedChatDiscarded | EncryptedChatEmpty | EncryptedChatRequested | EncryptedChatWaiting;
/**
 * Seta an encrypted file.
 *
 * TL type `EncryptedFile`, one of: `encryptedFile`, `encryptedFileEmpty`.
 */
export type TypeEncryptedFile = EncryptedFile | EncryptedFileEmpty;
/**
 * Object contains encrypted message.
 *
 * TL type `EncryptedMessage`, one of: `encryptedMessage`, `encryptedMessageService`.
 */
export type TypeEncryptedMessage = EncryptedMessage | EncryptedMessageService;
/**
 * Exported chat invite
 *
 * TL type `ExportedChatInvite`, one of: `chatInviteExported`, `chatInvitePublicJoinRequests`.
 */
export type TypeExportedChatInvite = ChatInviteExported | ChatInvitePublicJoinRequests;
/**
 * An exported [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
 *
 * TL type `ExportedChatlistInvite`, one of: `exportedChatlistInvite`.
 */
export type TypeExportedChatlistInvite = ExportedChatlistInvite;
/**
 * Represents a [fact-check »](https://corefork.telegram.org/api/factcheck) created by an independent fact-checker.
 *
 * TL type `FactCheck`, one of: `factCheck`.
 */
export type TypeFactCheck = FactCheck;
/**
 * Peer associated to folder
 *
 * TL type `FolderPeer`, one of: `folderPeer`.
 */
export type TypeFolderPeer = FolderPeer;
/**
 * Indicates an already sent game
 *
 * TL type `Game`, one of: `game`.
 */
export type TypeGame = Game;
/**
 * Object defines a GeoPoint.
 *
 * TL type `GeoPoint`, one of: `geoPoint`, `geoPointEmpty`.
 */
export type TypeGeoPoint = GeoPoint | GeoPointEmpty;
/**
 * Address optionally associated to a {@link RawGeoPoint}.
 *
 * TL type `GeoPointAddress`, one of: `geoPointAddress`.
 */
export type TypeGeoPointAddress = GeoPointAddress;
/**
 * A group call
 *
 * TL type `GroupCall`, one of: `groupCall`, `groupCallDiscarded`.
 */
export type TypeGroupCall = GroupCall | GroupCallDiscarded;
/** TL type `GroupCallMessage`, one of: `groupCallMessage`. */
export type TypeGroupCallMessage = GroupCallMessage;
/**
 * Info about a group call participant
 *
 * TL type `GroupCallParticipant`, one of: `groupCallParticipant`.
 */
export type TypeGroupCallParticipant = GroupCallParticipant;
/**
 * Info about a video stream
 *
 * TL type `GroupCallParticipantVideo`, one of: `groupCallParticipantVideo`.
 */
export type TypeGroupCallParticipantVideo = GroupCallParticipantVideo;
/**
 * Describes a group of video synchronization source identifiers
 *
 * TL type `GroupCallParticipantVideoSourceGroup`, one of: `groupCallParticipantVideoSourceGroup`.
 */
export type TypeGroupCallParticipantVideoSourceGroup = GroupCallParticipantVideoSourceGroup;
/**
 * Inline query peer type.
 *
 * TL type `InlineQueryPeerType`, one of: `inlineQueryPeerTypeBotPM`, `inlineQueryPeerTypeBroadcast`, `inlineQueryPeerTypeChat`, `inlineQueryPeerTypeMegagroup`, `inlineQueryPeerTypePM`, `inlineQueryPeerTypeSameBotPM`.
 */
export type TypeInlineQueryPeerType = InlineQueryPeerTypeBotPM | InlineQueryPeerTypeBroadcast | InlineQueryPeerTypeChat | InlineQueryPeerTypeMegagroup | InlineQueryPeerTypePM | InlineQueryPeerTypeSameBotPM;
/**
 * Represents a sent inline message from the perspective of a bot
 *
 * TL type `InputBotInlineMessageID`, one of: `inputBotInlineMessageID`, `inputBotInlineMessageID64`.
 */
export type TypeInputBotInlineMessageID = InputBotInlineMessageID | InputBotInlineMessageID64;
/**
 * Represents a channel
 *
 * TL type `InputChannel`, one of: `inputChannel`, `inputChannelEmpty`, `inputChannelFromMessage`.
 */
export type TypeInputChannel = InputChannel | InputChannelEmpty | InputChannelFromMessage;
/**
 * Represents a folder
 *
 * TL type `InputChatlist`, one of: `inputChatlistDialogFilter`.
 */
export type TypeInputChatlist = InputChatlistDialogFilter;
/**
 * Info about an [MTProxy](https://corefork.telegram.org/mtproto/mtproto-transports#transport-obfuscation) used to connect.
 *
 * TL type `InputClientProxy`, one of: `inputClientProxy`.
 */
export type TypeInputClientProxy = InputClientProxy;
/**
 * Defines a document for subsequent interaction.
 *
 * TL type `InputDocument`, one of: `inputDocument`, `inputDocumentEmpty`.
 */
export type TypeInputDocument = InputDocument | InputDocumentEmpty;
/**
 * Defines a file uploaded by the client.
 *
 * TL type `InputFile`, one of: `inputFile`, `inputFileBig`, `inputFileStoryDocument`.
 */
export type TypeInputFile = InputFile | InputFileBig | InputFileStoryDocument;
/**
 * A game to send
 *
 * TL type `InputGame`, one of: `inputGameID`, `inputGameShortName`.
 */
export type TypeInputGame = InputGameID | InputGameShortName;
/**
 * Defines a GeoPoint.
 *
 * TL type `InputGeoPoint`, one of: `inputGeoPoint`, `inputGeoPointEmpty`.
 */
export type TypeInputGeoPoint = InputGeoPoint | InputGeoPointEmpty;
/**
 * Indicates a group call
 *
 * TL type `InputGroupCall`, one of: `inputGroupCall`, `inputGroupCallInviteMessage`, `inputGroupCallSlug`.
 */
export type TypeInputGroupCall = InputGroupCall | InputGroupCallInviteMessage | InputGroupCallSlug;
/**
 * Defines media content of a message.
 *
 * TL type `InputMedia`, one of: `inputMediaContact`, `inputMediaDice`, `inputMediaDocument`, `inputMediaDocumentExternal`, `inputMediaEmpty`, `inputMediaGame`, `inputMediaGeoLive`, `inputMediaGeoPoint`, `inputMediaInvoice`, `inputMediaPaidMedia`, `inputMediaPhoto`, `inputMediaPhotoExternal`, `inputMediaPoll`, `inputMediaStakeDice`, `inputMediaStory`, `inputMediaTodo`, `inputMediaUploadedDocument`, `inputMediaUploadedPhoto`, `inputMediaVenue`, `inputMediaWebPage`.
 */
export type TypeInputMedia = InputMediaContact | InputMediaDice | InputMediaDocument | InputMediaDocumentExternal | InputMediaEmpty | InputMediaGame | InputMediaGeoLive | InputMediaGeoPoint | InputMediaInvoice | InputMediaPaidMedia | InputMediaPhoto | InputMediaPhotoExternal | InputMediaPoll | InputMediaStakeDice | InputMediaStory | InputMediaTodo | InputMediaUploadedDocument | InputMediaUploadedPhoto | InputMediaVenue | InputMediaWebPage;
/**
 * Peer
 *
 * TL type `InputPeer`, one of: `inputPeerChannel`, `inputPeerChannelFromMessage`, `inputPeerChat`, `inputPeerEmpty`, `inputPeerSelf`, `inputPeerUser`, `inputPeerUserFromMessage`.
 */
export type TypeInputPeer = InputPeerChannel | InputPeerChannelFromMessage | InputPeerChat | InputPeerEmpty | InputPeerSelf | InputPeerUser | InputPeerUserFromMessage;
/**
 * Defines a photo for further interaction.
 *
 * TL type `InputPhoto`, one of: `inputPhoto`, `inputPhotoEmpty`.
 */
export type TypeInputPhoto = InputPhoto | InputPhotoEmpty;
/**
 * Contains info about a message or story to reply to.
 *
 * TL type `InputReplyTo`, one of: `inputReplyToMessage`, `inputReplyToMonoForum`, `inputReplyToStory`.
 */
export type TypeInputReplyTo = InputReplyToMessage | InputReplyToMonoForum | InputReplyToStory;
/** TL type `InputRichFile`, one of: `inputRichFileDocument`, `inputRichFilePhoto`. */
export type TypeInputRichFile = InputRichFileDocument | InputRichFilePhoto;
/** TL type `InputRichMessage`, one of: `inputRichMessage`, `inputRichMessageHTML`, `inputRichMessageMarkdown`. */
export type TypeInputRichMessage = InputRichMessage | InputRichMessageHTML | InputRichMessageMarkdown;
/**
 * Represents a stickerset
 *
 * TL type `InputStickerSet`, one of: `inputStickerSetAnimatedEmoji`, `inputStickerSetAnimatedEmojiAnimations`, `inputStickerSetDice`, `inputStickerSetEmojiChannelDefaultStatuses`, `inputStickerSetEmojiDefaultStatuses`, `inputStickerSetEmojiDefaultTopicIcons`, `inputStickerSetEmojiGenericAnimations`, `inputStickerSetEmpty`, `inputStickerSetID`, `inputStickerSetPremiumGifts`, `inputStickerSetShortName`, `inputStickerSetTonGifts`.
 */
export type TypeInputStickerSet = InputStickerSetAnimatedEmoji | InputStickerSetAnimatedEmojiAnimations | InputStickerSetDice | InputStickerSetEmojiChannelDefaultStatuses | InputStickerSetEmojiDefaultStatuses | InputStickerSetEmojiDefaultTopicIcons | InputStickerSetEmojiGenericAnimations | InputStickerSetEmpty | InputStickerSetID | InputStickerSetPremiumGifts | InputStickerSetShortName | InputStickerSetTonGifts;
/**
 * Defines a user for subsequent interaction.
 *
 * TL type `InputUser`, one of: `inputUser`, `inputUserEmpty`, `inputUserFromMessage`, `inputUserSelf`.
 */
export type TypeInputUser = InputUser | InputUserEmpty | InputUserFromMessage | InputUserSelf;
/**
 * Specifies a document that will have to be downloaded from the URL by the telegram servers
 *
 * TL type `InputWebDocument`, one of: `inputWebDocument`.
 */
export type TypeInputWebDocument = InputWebDocument;
/**
 * Invoice
 *
 * TL type `Invoice`, one of: `invoice`.
 */
export type TypeInvoice = Invoice;
/**
 * JSON key: value pair
 *
 * TL type `JSONObjectValue`, one of: `jsonObjectValue`.
 */
export type TypeJSONObjectValue = JsonObjectValue;
/**
 * JSON value
 *
 * TL type `JSONValue`, one of: `jsonArray`, `jsonBool`, `jsonNull`, `jsonNumber`, `jsonObject`, `jsonString`.
 */
export type TypeJSONValue = JsonArray | JsonBool | JsonNull | JsonNumber | JsonObject | JsonString;
/** TL type `JoinChatBotResult`, one of: `joinChatBotResultApproved`, `joinChatBotResultDeclined`, `joinChatBotResultQueued`, `joinChatBotResultWebView`. */
export type TypeJoinChatBotResult = JoinChatBotResultApproved | JoinChatBotResultDeclined | JoinChatBotResultQueued | JoinChatBotResultWebView;
/**
 * Bot or inline keyboard buttons
 *
 * TL type `KeyboardButton`, one of: `inputKeyboardButtonRequestPeer`, `inputKeyboardButtonUrlAuth`, `inputKeyboardButtonUserProfile`, `keyboardButton`, `keyboardButtonBuy`, `keyboardButtonCallback`, `keyboardButtonCopy`, `keyboardButtonGame`, `keyboardButtonRequestGeoLocation`, `keyboardButtonRequestPeer`, `keyboardButtonRequestPhone`, `keyboardButtonRequestPoll`, `keyboardButtonSimpleWebView`, `keyboardButtonSwitchInline`, `keyboardButtonUrl`, `keyboardButtonUrlAuth`, `keyboardButtonUserProfile`, `keyboardButtonWebView`.
 */
export type TypeKeyboardButton = InputKeyboardButtonRequestPeer | InputKeyboardButtonUrlAuth | InputKeyboardButtonUserProfile | KeyboardButton | KeyboardButtonBuy | KeyboardButtonCallback | KeyboardButtonCopy | KeyboardButtonGame | KeyboardButtonRequestGeoLocation | KeyboardButtonRequestPeer | KeyboardButtonRequestPhone | KeyboardButtonRequestPoll | KeyboardButtonSimpleWebView | KeyboardButtonSwitchInline | KeyboardButtonUrl | KeyboardButtonUrlAuth | KeyboardButtonUserProfile | KeyboardButtonWebView;
/**
 * Bot or inline keyboard rows
 *
 * TL type `KeyboardButtonRow`, one of: `keyboardButtonRow`.
 */
export type TypeKeyboardButtonRow = KeyboardButtonRow;
/**
 * This constructor allows setting a custom background color and custom emoji label for a button, see [here »](https://corefork.telegram.org/api/bots/buttons#button-styles) for more info.
 *
 * TL type `KeyboardButtonStyle`, one of: `keyboardButtonStyle`.
 */
export type TypeKeyboardButtonStyle = KeyboardButtonStyle;
/**
 * Labeled pricetag
 *
 * TL type `LabeledPrice`, one of: `labeledPrice`.
 */
export type TypeLabeledPrice = LabeledPrice;
/**
 * Language pack changes
 *
 * TL type `LangPackDifference`, one of: `langPackDifference`.
 */
export type TypeLangPackDifference = LangPackDifference;
/**
 * Language pack string
 *
 * TL type `LangPackString`, one of: `langPackString`, `langPackStringDeleted`, `langPackStringPluralized`.
 */
export type TypeLangPackString = LangPackString | LangPackStringDeleted | LangPackStringPluralized;
/**
 * Mask coordinates (if this is a mask sticker, attached to a photo)
 *
 * TL type `MaskCoords`, one of: `maskCoords`.
 */
export type TypeMaskCoords = MaskCoords;
/**
 * Represents a [story media area »](https://corefork.telegram.org/api/stories#media-areas)
 *
 * TL type `MediaArea`, one of: `inputMediaAreaChannelPost`, `inputMediaAreaVenue`, `mediaAreaChannelPost`, `mediaAreaGeoPoint`, `mediaAreaStarGift`, `mediaAreaSuggestedReaction`, `mediaAreaUrl`, `mediaAreaVenue`, `mediaAreaWeather`.
 */
export type TypeMediaArea = InputMediaAreaChannelPost | InputMediaAreaVenue | MediaAreaChannelPost | MediaAreaGeoPoint | MediaAreaStarGift | MediaAreaSuggestedReaction | MediaAreaUrl | MediaAreaVenue | MediaAreaWeather;
/**
 * Coordinates and size of a clickable rectangular area on top of a story.
 *
 * TL type `MediaAreaCoordinates`, one of: `mediaAreaCoordinates`.
 */
export type TypeMediaAreaCoordinates = MediaAreaCoordinates;
/**
 * Object describing a message.
 *
 * TL type `Message`, one of: `message`, `messageEmpty`, `messageService`.
 */
export type TypeMessage = Message | MessageEmpty | MessageService;
/**
 * Object describing actions connected to a service message.
 *
 * TL type `MessageAction`, one of: `messageActionBoostApply`, `messageActionBotAllowed`, `messageActionChangeCreator`, `messageActionChannelCreate`, `messageActionChannelMigrateFrom`, `messageActionChatAddUser`, `messageActionChatCreate`, `messageActionChatDeletePhoto`, `messageActionChatDeleteUser`, `messageActionChatEditPhoto`, `messageActionChatEditTitle`, `messageActionChatJoinedByLink`, `messageActionChatJoinedByRequest`, `messageActionChatMigrateTo`, `messageActionConferenceCall`, `messageActionContactSignUp`, `messageActionCustomAction`, `messageActionEmpty`, `messageActionGameScore`, `messageActionGeoProximityReached`, `messageActionGiftCode`, `messageActionGiftPremium`, `messageActionGiftStars`, `messageActionGiftTon`, `messageActionGiveawayLaunch`, `messageActionGiveawayResults`, `messageActionGroupCall`, `messageActionGroupCallScheduled`, `messageActionHistoryClear`, `messageActionInviteToGroupCall`, `messageActionManagedBotCreated`, `messageActionNewCreatorPending`, `messageActionNoForwardsRequest`, `messageActionNoForwardsToggle`, `messageActionPaidMessagesPrice`, `messageActionPaidMessagesRefunded`, `messageActionPaymentRefunded`, `messageActionPaymentSent`, `messageActionPaymentSentMe`, `messageActionPhoneCall`, `messageActionPinMessage`, `messageActionPollAppendAnswer`, `messageActionPollDeleteAnswer`, `messageActionPrizeStars`, `messageActionRequestedPeer`, `messageActionRequestedPeerSentMe`, `messageActionScreenshotTaken`, `messageActionSecureValuesSent`, `messageActionSecureValuesSentMe`, `messageActionSetChatTheme`, `messageActionSetChatWallPaper`, `messageActionSetMessagesTTL`, `messageActionStarGift`, `messageActionStarGiftPurchaseOffer`, `messageActionStarGiftPurchaseOfferDeclined`, `messageActionStarGiftUnique`, `messageActionSuggestBirthday`, `messageActionSuggestProfilePhoto`, `messageActionSuggestedPostApproval`, `messageActionSuggestedPostRefund`, `messageActionSuggestedPostSuccess`, `messageActionTodoAppendTasks`, `messageActionTodoCompletions`, `messageActionTopicCreate`, `messageActionTopicEdit`, `messageActionWebViewDataSent`, `messageActionWebViewDataSentMe`.
 */
export type TypeMessageAction = MessageActionBoostApply | MessageActionBotAllowed | MessageActionChangeCreator | MessageActionChannelCreate | MessageActionChannelMigrateFrom | MessageActionChatAddUser | MessageActionChatCreate | MessageActionChatDeletePhoto | MessageActionChatDeleteUser | MessageActionChatEditPhoto | MessageActionChatEditTitle | MessageActionChatJoinedByLink | MessageActionChatJoinedByRequest | MessageActionChatMigrateTo | MessageActionConferenceCall | MessageActionContactSignUp | MessageActionCustomAction | MessageActionEmpty | MessageActionGameScore | MessageActionGeoProximityReached | MessageActionGiftCode | MessageActionGiftPremium | MessageActionGiftStars | MessageActionGiftTon | MessageActionGiveawayLaunch | MessageActionGiveawayResults | MessageActionGroupCall | MessageActionGroupCallScheduled | MessageActionHistoryClear | MessageActionInviteToGroupCall | MessageActionManagedBotCreated | MessageActionNewCreatorPending | MessageActionNoForwardsRequest | MessageActionNoForwardsToggle | MessageActionPaidMessagesPrice | MessageActionPaidMessagesRefunded | MessageActionPaymentRefunded | MessageActionPaymentSent | MessageActionPaymentSentMe | MessageActionPhoneCall | MessageActionPinMessage | MessageActionPollAppendAnswer | MessageActionPollDeleteAnswer | MessageActionPrizeStars | MessageActionRequestedPeer | MessageActionRequestedPeerSentMe | MessageActionScreenshotTaken | MessageActionSecureValuesSent | MessageActionSecureValuesSentMe | MessageActionSetChatTheme | MessageActionSetChatWallPaper | MessageActionSetMessagesTTL | MessageActionStarGift | MessageActionStarGiftPurchaseOffer | MessageActionStarGiftPurchaseOfferDeclined | MessageActionStarGiftUnique | MessageActionSuggestBirthday | MessageActionSuggestProfilePhoto | MessageActionSuggestedPostApproval | MessageActionSuggestedPostRefund | MessageActionSuggestedPostSuccess | MessageActionTodoAppendTasks | MessageActionTodoCompletions | MessageActionTopicCreate | MessageActionTopicEdit | MessageActionWebViewDataSent | MessageActionWebViewDataSentMe;
/**
 * Message entities, representing styled text in a message
 *
 * TL type `MessageEntity`, one of: `inputMessageEntityMentionName`, `messageEntityBankCard`, `messageEntityBlockquote`, `messageEntityBold`, `messageEntityBotCommand`, `messageEntityCashtag`, `messageEntityCode`, `messageEntityCustomEmoji`, `messageEntityDiffDelete`, `messageEntityDiffInsert`, `messageEntityDiffReplace`, `messageEntityEmail`, `messageEntityFormattedDate`, `messageEntityHashtag`, `messageEntityItalic`, `messageEntityMention`, `messageEntityMentionName`, `messageEntityPhone`, `messageEntityPre`, `messageEntitySpoiler`, `messageEntityStrike`, `messageEntityTextUrl`, `messageEntityUnderline`, `messageEntityUnknown`, `messageEntityUrl`.
 */
export type TypeMessageEntity = InputMessageEntityMentionName | MessageEntityBankCard | MessageEntityBlockquote | MessageEntityBold | MessageEntityBotCommand | MessageEntityCashtag | MessageEntityCode | MessageEntityCustomEmoji | MessageEntityDiffDelete | MessageEntityDiffInsert | MessageEntityDiffReplace | MessageEntityEmail | MessageEntityFormattedDate | MessageEntityHashtag | MessageEntityItalic | MessageEntityMention | MessageEntityMentionName | MessageEntityPhone | MessageEntityPre | MessageEntitySpoiler | MessageEntityStrike | MessageEntityTextUrl | MessageEntityUnderline | MessageEntityUnknown | MessageEntityUrl;
/**
 * [Paid media, see here »](https://corefork.telegram.org/api/paid-media) for more info.
 *
 * TL type `MessageExtendedMedia`, one of: `messageExtendedMedia`, `messageExtendedMediaPreview`.
 */
export type TypeMessageExtendedMedia = MessageExtendedMedia | MessageExtendedMediaPreview;
/**
 * Info about a forwarded message
 *
 * TL type `MessageFwdHeader`, one of: `messageFwdHeader`.
 */
export type TypeMessageFwdHeader = MessageFwdHeader;
/**
 * Media
 *
 * TL type `MessageMedia`, one of: `messageMediaContact`, `messageMediaDice`, `messageMediaDocument`, `messageMediaEmpty`, `messageMediaGame`, `messageMediaGeo`, `messageMediaGeoLive`, `messageMediaGiveaway`, `messageMediaGiveawayResults`, `messageMediaInvoice`, `messageMediaPaidMedia`, `messageMediaPhoto`, `messageMediaPoll`, `messageMediaStory`, `messageMediaToDo`, `messageMediaUnsupported`, `messageMediaVenue`, `messageMediaVideoStream`, `messageMediaWebPage`.
 */
export type TypeMessageMedia = MessageMediaContact | MessageMediaDice | MessageMediaDocument | MessageMediaEmpty | MessageMediaGame | MessageMediaGeo | MessageMediaGeoLive | MessageMediaGiveaway | MessageMediaGiveawayResults | MessageMediaInvoice | MessageMediaPaidMedia | MessageMediaPhoto | MessageMediaPoll | MessageMediaStory | MessageMediaToDo | MessageMediaUnsupported | MessageMediaVenue | MessageMediaVideoStream | MessageMediaWebPage;
/**
 * How a certain peer reacted to the message
 *
 * TL type `MessagePeerReaction`, one of: `messagePeerReaction`.
 */
export type TypeMessagePeerReaction = MessagePeerReaction;
/**
 * [Message reactions »](https://corefork.telegram.org/api/reactions)
 *
 * TL type `MessageReactions`, one of: `messageReactions`.
 */
export type TypeMessageReactions = MessageReactions;
/**
 * Info about a user in the [paid Star reactions leaderboard](https://corefork.telegram.org/api/reactions#paid-reactions) for a message.
 *
 * TL type `MessageReactor`, one of: `messageReactor`.
 */
export type TypeMessageReactor = MessageReactor;
/**
 * Info about [post comments (for channels) or message replies (for groups)](https://corefork.telegram.org/api/threads)
 *
 * TL type `MessageReplies`, one of: `messageReplies`.
 */
export type TypeMessageReplies = MessageReplies;
/**
 * Reply information
 *
 * TL type `MessageReplyHeader`, one of: `messageReplyHeader`, `messageReplyStoryHeader`.
 */
export type TypeMessageReplyHeader = MessageReplyHeader | MessageReplyStoryHeader;
/**
 * Info about why a specific user could not be [invited »](https://corefork.telegram.org/api/invites#direct-invites).
 *
 * TL type `MissingInvitee`, one of: `missingInvitee`.
 */
export type TypeMissingInvitee = MissingInvitee;
/**
 * Represents a notification sound
 *
 * TL type `NotificationSound`, one of: `notificationSoundDefault`, `notificationSoundLocal`, `notificationSoundNone`, `notificationSoundRingtone`.
 */
export type TypeNotificationSound = NotificationSoundDefault | NotificationSoundLocal | NotificationSoundNone | NotificationSoundRingtone;
/**
 * Object defines the set of users and/or groups that generate notifications.
 *
 * TL type `NotifyPeer`, one of: `notifyBroadcasts`, `notifyChats`, `notifyForumTopic`, `notifyPeer`, `notifyUsers`.
 */
export type TypeNotifyPeer = NotifyBroadcasts | NotifyChats | NotifyForumTopic | NotifyPeer | NotifyUsers;
/**
 * [Instant view](https://instantview.telegram.org/) page
 *
 * TL type `Page`, one of: `page`.
 */
export type TypePage = Page;
/**
 * Represents an [instant view page element](https://instantview.telegram.org/)
 *
 * TL type `PageBlock`, one of: `inputPageBlockMap`, `pageBlockAnchor`, `pageBlockAudio`, `pageBlockAuthorDate`, `pageBlockBlockquote`, `pageBlockBlockquoteBlocks`, `pageBlockChannel`, `pageBlockCollage`, `pageBlockCover`, `pageBlockDetails`, `pageBlockDivider`, `pageBlockEmbed`, `pageBlockEmbedPost`, `pageBlockFooter`, `pageBlockHeader`, `pageBlockHeading1`, `pageBlockHeading2`, `pageBlockHeading3`, `pageBlockHeading4`, `pageBlockHeading5`, `pageBlockHeading6`, `pageBlockKicker`, `pageBlockList`, `pageBlockMap`, `pageBlockMath`, `pageBlockOrderedList`, `pageBlockParagraph`, `pageBlockPhoto`, `pageBlockPreformatted`, `pageBlockPullquote`, `pageBlockRelatedArticles`, `pageBlockSlideshow`, `pageBlockSubheader`, `pageBlockSubtitle`, `pageBlockTable`, `pageBlockThinking`, `pageBlockTitle`, `pageBlockUnsupported`, `pageBlockVideo`.
 */
export type TypePageBlock = InputPageBlockMap | PageBlockAnchor | PageBlockAudio | PageBlockAuthorDate | PageBlockBlockquote | PageBlockBlockquoteBlocks | PageBlockChannel | PageBlockCollage | PageBlockCover | PageBlockDetails | PageBlockDivider | PageBlockEmbed | PageBlockEmbedPost | PageBlockFooter | PageBlockHeader | PageBlockHeading1 | PageBlockHeading2 | PageBlockHeading3 | PageBlockHeading4 | PageBlockHeading5 | PageBlockHeading6 | PageBlockKicker | PageBlockList | PageBlockMap | PageBlockMath | PageBlockOrderedList | PageBlockParagraph | PageBlockPhoto | PageBlockPreformatted | PageBlockPullquote | PageBlockRelatedArticles | PageBlockSlideshow | PageBlockSubheader | PageBlockSubtitle | PageBlockTable | PageBlockThinking | PageBlockTitle | PageBlockUnsupported | PageBlockVideo;
/**
 * Page caption
 *
 * TL type `PageCaption`, one of: `pageCaption`.
 */
export type TypePageCaption = PageCaption;
/**
 * Item in block list
 *
 * TL type `PageListItem`, one of: `pageListItemBlocks`, `pageListItemText`.
 */
export type TypePageListItem = PageListItemBlocks | PageListItemText;
/**
 * Represents an [instant view ordered list](https://instantview.telegram.org/)
 *
 * TL type `PageListOrderedItem`, one of: `pageListOrderedItemBlocks`, `pageListOrderedItemText`.
 */
export type TypePageListOrderedItem = PageListOrderedItemBlocks | PageListOrderedItemText;
/**
 * Related articles
 *
 * TL type `PageRelatedArticle`, one of: `pageRelatedArticle`.
 */
export type TypePageRelatedArticle = PageRelatedArticle;
/**
 * Represents a table in an [instant view table](https://instantview.telegram.org/)
 *
 * TL type `PageTableCell`, one of: `pageTableCell`.
 */
export type TypePageTableCell = PageTableCell;
/**
 * Table row
 *
 * TL type `PageTableRow`, one of: `pageTableRow`.
 */
export type TypePageTableRow = PageTableRow;
/**
 * [Paid reaction privacy settings »](https://corefork.telegram.org/api/reactions#paid-reactions)
 *
 * TL type `PaidReactionPrivacy`, one of: `paidReactionPrivacyAnonymous`, `paidReactionPrivacyDefault`, `paidReactionPrivacyPeer`.
 */
export type TypePaidReactionPrivacy = PaidReactionPrivacyAnonymous | PaidReactionPrivacyDefault | PaidReactionPrivacyPeer;
/**
 * Charged payment
 *
 * TL type `PaymentCharge`, one of: `paymentCharge`.
 */
export type TypePaymentCharge = PaymentCharge;
/**
 * Requested payment info
 *
 * TL type `PaymentRequestedInfo`, one of: `paymentRequestedInfo`.
 */
export type TypePaymentRequestedInfo = PaymentRequestedInfo;
/**
 * Identifier of a private chat, basic group, group or channel (see [here »](https://corefork.telegram.org/api/peers) for more info).
 *
 * TL type `Peer`, one of: `peerChannel`, `peerChat`, `peerUser`.
 */
export type TypePeer = PeerChannel | PeerChat | PeerUser;
/**
 * Represents a [color palette »](https://corefork.telegram.org/api/colors).
 *
 * TL type `PeerColor`, one of: `inputPeerColorCollectible`, `peerColor`, `peerColorCollectible`.
 */
export type TypePeerColor = InputPeerColorCollectible | PeerColor | PeerColorCollectible;
/**
 * Geolocated peer
 *
 * TL type `PeerLocated`, one of: `peerLocated`, `peerSelfLocated`.
 */
export type TypePeerLocated = PeerLocated | PeerSelfLocated;
/**
 * Notification settings.
 *
 * TL type `PeerNotifySettings`, one of: `peerNotifySettings`.
 */
export type TypePeerNotifySettings = PeerNotifySettings;
/**
 * List of actions that are possible when interacting with this user, to be shown as suggested actions in the chat bar
 *
 * TL type `PeerSettings`, one of: `peerSettings`.
 */
export type TypePeerSettings = PeerSettings;
/**
 * Phone call
 *
 * TL type `PhoneCall`, one of: `phoneCall`, `phoneCallAccepted`, `phoneCallDiscarded`, `phoneCallEmpty`, `phoneCallRequested`, `phoneCallWaiting`.
 */
export type TypePhoneCall = PhoneCall | PhoneCallAccepted | PhoneCallDiscarded | PhoneCallEmpty | PhoneCallRequested | PhoneCallWaiting;
/**
 * Why was the phone call discarded?
 *
 * TL type `PhoneCallDiscardReason`, one of: `phoneCallDiscardReasonBusy`, `phoneCallDiscardReasonDisconnect`, `phoneCallDiscardReasonHangup`, `phoneCallDiscardReasonMigrateConferenceCall`, `phoneCallDiscardReasonMissed`.
 */
export type TypePhoneCallDiscardReason = PhoneCallDiscardReasonBusy | PhoneCallDiscardReasonDisconnect | PhoneCallDiscardReasonHangup | PhoneCallDiscardReasonMigrateConferenceCall | PhoneCallDiscardReasonMissed;
/**
 * Phone call protocol
 *
 * TL type `PhoneCallProtocol`, one of: `phoneCallProtocol`.
 */
export type TypePhoneCallProtocol = PhoneCallProtocol;
/**
 * Phone call connection
 *
 * TL type `PhoneConnection`, one of: `phoneConnection`, `phoneConnectionWebrtc`.
 */
export type TypePhoneConnection = PhoneConnection | PhoneConnectionWebrtc;
/**
 * Object describes a photo.
 *
 * TL type `Photo`, one of: `photo`, `photoEmpty`.
 */
export type TypePhoto = Photo | PhotoEmpty;
/**
 * Location of a certain size of a picture
 *
 * TL type `PhotoSize`, one of: `photoCachedSize`, `photoPathSize`, `photoSize`, `photoSizeEmpty`, `photoSizeProgressive`, `photoStrippedSize`.
 */
export type TypePhotoSize = PhotoCachedSize | PhotoPathSize | PhotoSize | PhotoSizeEmpty | PhotoSizeProgressive | PhotoStrippedSize;
/**
 * Indicates a poll message
 *
 * TL type `Poll`, one of: `poll`.
 */
export type TypePoll = Poll;
/**
 * Indicates a possible answer to a [poll](https://corefork.telegram.org/type/Poll).
 *
 * TL type `PollAnswer`, one of: `inputPollAnswer`, `pollAnswer`.
 */
export type TypePollAnswer = InputPollAnswer | PollAnswer;
/**
 * How users voted on a certain poll answer
 *
 * TL type `PollAnswerVoters`, one of: `pollAnswerVoters`.
 */
export type TypePollAnswerVoters = PollAnswerVoters;
/**
 * Results of poll
 *
 * TL type `PollResults`, one of: `pollResults`.
 */
export type TypePollResults = PollResults;
/**
 * Shipping address
 *
 * TL type `PostAddress`, one of: `postAddress`.
 */
export type TypePostAddress = PostAddress;
/**
 * Privacy **keys** together with [privacy rules »](https://corefork.telegram.org/api/privacy#privacy-rules) indicate _what_ can or can't someone do and are specified by a [PrivacyKey](https://corefork.telegram.org/type/PrivacyKey) constructor, and its input counterpart [InputPrivacyKey](https://corefork.telegram.org/type/InputPrivacyKey).
 *
 * See the [privacy documentation »](https://corefork.telegram.org/api/privacy) for more info.
 *
 * TL type `PrivacyKey`, one of: `privacyKeyAbout`, `privacyKeyAddedByPhone`, `privacyKeyBirthday`, `privacyKeyChatInvite`, `privacyKeyForwards`, `privacyKeyNoPaidMessages`, `privacyKeyPhoneCall`, `privacyKeyPhoneNumber`, `privacyKeyPhoneP2P`, `privacyKeyProfilePhoto`, `privacyKeySavedMusic`, `privacyKeyStarGiftsAutoSave`, `privacyKeyStatusTimestamp`, `privacyKeyVoiceMessages`.
 */
export type TypePrivacyKey = PrivacyKeyAbout | PrivacyKeyAddedByPhone | PrivacyKeyBirthday | PrivacyKeyChatInvite | PrivacyKeyForwards | PrivacyKeyNoPaidMessages | PrivacyKeyPhoneCall | PrivacyKeyPhoneNumber | PrivacyKeyPhoneP2P | PrivacyKeyProfilePhoto | PrivacyKeySavedMusic | PrivacyKeyStarGiftsAutoSave | PrivacyKeyStatusTimestamp | PrivacyKeyVoiceMessages;
/**
 * Privacy **rules** together with [privacy keys](https://corefork.telegram.org/api/privacy#privacy-keys) indicate _what_ can or can't someone do and are specified by a [PrivacyRule](https://corefork.telegram.org/type/PrivacyRule) constructor, and its input counterpart [InputPrivacyRule](https://corefork.telegram.org/type/InputPrivacyRule).
 *
 * See the [privacy documentation »](https://corefork.telegram.org/api/privacy) for more info.
 *
 * TL type `PrivacyRule`, one of: `privacyValueAllowAll`, `privacyValueAllowBots`, `privacyValueAllowChatParticipants`, `privacyValueAllowCloseFriends`, `privacyValueAllowContacts`, `privacyValueAllowPremium`, `privacyValueAllowUsers`, `privacyValueDisallowAll`, `privacyValueDisallowBots`, `privacyValueDisallowChatParticipants`, `privacyValueDisallowContacts`, `privacyValueDisallowUsers`.
 */
export type TypePrivacyRule = PrivacyValueAllowAll | PrivacyValueAllowBots | PrivacyValueAllowChatParticipants | PrivacyValueAllowCloseFriends | PrivacyValueAllowContacts | PrivacyValueAllowPremium | PrivacyValueAllowUsers | PrivacyValueDisallowAll | PrivacyValueDisallowBots | PrivacyValueDisallowChatParticipants | PrivacyValueDisallowContacts | PrivacyValueDisallowUsers;
/**
 * A [quick reply shortcut](https://corefork.telegram.org/api/business#quick-reply-shortcuts).
 *
 * TL type `QuickReply`, one of: `quickReply`.
 */
export type TypeQuickReply = QuickReply;
/**
 * [Message reaction](https://corefork.telegram.org/api/reactions)
 *
 * TL type `Reaction`, one of: `reactionCustomEmoji`, `reactionEmoji`, `reactionEmpty`, `reactionPaid`.
 */
export type TypeReaction = ReactionCustomEmoji | ReactionEmoji | ReactionEmpty | ReactionPaid;
/**
 * Number of users that reacted with a certain emoji
 *
 * TL type `ReactionCount`, one of: `reactionCount`.
 */
export type TypeReactionCount = ReactionCount;
/** TL type `RecentStory`, one of: `recentStory`. */
export type TypeRecentStory = RecentStory;
/**
 * Reply markup for bot and inline keyboards
 *
 * TL type `ReplyMarkup`, one of: `replyInlineMarkup`, `replyKeyboardForceReply`, `replyKeyboardHide`, `replyKeyboardMarkup`.
 */
export type TypeReplyMarkup = ReplyInlineMarkup | ReplyKeyboardForceReply | ReplyKeyboardHide | ReplyKeyboardMarkup;
/**
 * Filtering criteria to use for the peer selection list shown to the user.
 *
 * TL type `RequestPeerType`, one of: `requestPeerTypeBroadcast`, `requestPeerTypeChat`, `requestPeerTypeCreateBot`, `requestPeerTypeUser`.
 */
export type TypeRequestPeerType = RequestPeerTypeBroadcast | RequestPeerTypeChat | RequestPeerTypeCreateBot | RequestPeerTypeUser;
/**
 * Info about a peer, shared by a user with the currently logged in bot using {@link messages.RawSendBotRequestedPeerRequest}.
 *
 * TL type `RequestedPeer`, one of: `requestedPeerChannel`, `requestedPeerChat`, `requestedPeerUser`.
 */
export type TypeRequestedPeer = RequestedPeerChannel | RequestedPeerChat | RequestedPeerUser;
/**
 * Restriction reason
 *
 * TL type `RestrictionReason`, one of: `restrictionReason`.
 */
export type TypeRestrictionReason = RestrictionReason;
/** TL type `RichMessage`, one of: `richMessage`. */
export type TypeRichMessage = RichMessage;
/**
 * Rich text
 *
 * TL type `RichText`, one of: `textAnchor`, `textAutoEmail`, `textAutoPhone`, `textAutoUrl`, `textBankCard`, `textBold`, `textBotCommand`, `textCashtag`, `textConcat`, `textCustomEmoji`, `textDate`, `textEmail`, `textEmpty`, `textFixed`, `textHashtag`, `textImage`, `textItalic`, `textMarked`, `textMath`, `textMention`, `textMentionName`, `textPhone`, `textPlain`, `textSpoiler`, `textStrike`, `textSubscript`, `textSuperscript`, `textUnderline`, `textUrl`.
 */
export type TypeRichText = TextAnchor | TextAutoEmail | TextAutoPhone | TextAutoUrl | TextBankCard | TextBold | TextBotCommand | TextCashtag | TextConcat | TextCustomEmoji | TextDate | TextEmail | TextEmpty | TextFixed | TextHashtag | TextImage | TextItalic | TextMarked | TextMath | TextMention | TextMentionName | TextPhone | TextPlain | TextSpoiler | TextStrike | TextSubscript | TextSuperscript | TextUnderline | TextUrl;
/**
 * Encrypted secure credentials
 *
 * TL type `SecureCredentialsEncrypted`, one of: `secureCredentialsEncrypted`.
 */
export type TypeSecureCredentialsEncrypted = SecureCredentialsEncrypted;
/**
 * Secure [passport](https://corefork.telegram.org/passport) data, for more info [see the passport docs »](https://corefork.telegram.org/passport/encryption#securedata)
 *
 * TL type `SecureData`, one of: `secureData`.
 */
export type TypeSecureData = SecureData;
/**
 * Secure [passport](https://corefork.telegram.org/passport) file, for more info [see the passport docs »](https://corefork.telegram.org/passport/encryption#inputsecurefile)
 *
 * TL type `SecureFile`, one of: `secureFile`, `secureFileEmpty`.
 */
export type TypeSecureFile = SecureFile | SecureFileEmpty;
/**
 * Plaintext verified [passport data](https://corefork.telegram.org/passport/encryption#secureplaindata).
 *
 * TL type `SecurePlainData`, one of: `securePlainEmail`, `securePlainPhone`.
 */
export type TypeSecurePlainData = SecurePlainEmail | SecurePlainPhone;
/**
 * Secure Telegram Passport value
 *
 * TL type `SecureValue`, one of: `secureValue`.
 */
export type TypeSecureValue = SecureValue;
/**
 * Secure value type
 *
 * TL type `SecureValueType`, one of: `secureValueTypeAddress`, `secureValueTypeBankStatement`, `secureValueTypeDriverLicense`, `secureValueTypeEmail`, `secureValueTypeIdentityCard`, `secureValueTypeInternalPassport`, `secureValueTypePassport`, `secureValueTypePassportRegistration`, `secureValueTypePersonalDetails`, `secureValueTypePhone`, `secureValueTypeRentalAgreement`, `secureValueTypeTemporaryRegistration`, `secureValueTypeUtilityBill`.
 */
export type TypeSecureValueType = SecureValueTypeAddress | SecureValueTypeBankStatement | SecureValueTypeDriverLicense | SecureValueTypeEmail | SecureValueTypeIdentityCard | SecureValueTypeInternalPassport | SecureValueTypePassport | SecureValueTypePassportRegistration | SecureValueTypePersonalDetails | SecureValueTypePhone | SecureValueTypeRentalAgreement | SecureValueTypeTemporaryRegistration | SecureValueTypeUtilityBill;
/**
 * User actions. Use this to provide users with detailed info about their chat partner's actions: typing or sending attachments of all kinds.
 *
 * TL type `SendMessageAction`, one of: `inputSendMessageRichMessageDraftAction`, `sendMessageCancelAction`, `sendMessageChooseContactAction`, `sendMessageChooseStickerAction`, `sendMessageEmojiInteraction`, `sendMessageEmojiInteractionSeen`, `sendMessageGamePlayAction`, `sendMessageGeoLocationAction`, `sendMessageHistoryImportAction`, `sendMessageRecordAudioAction`, `sendMessageRecordRoundAction`, `sendMessageRecordVideoAction`, `sendMessageRichMessageDraftAction`, `sendMessageTextDraftAction`, `sendMessageTypingAction`, `sendMessageUploadAudioAction`, `sendMessageUploadDocumentAction`, `sendMessageUploadPhotoAction`, `sendMessageUploadRoundAction`, `sendMessageUploadVideoAction`, `speakingInGroupCallAction`.
 */
export type TypeSendMessageAction = InputSendMessageRichMessageDraftAction | SendMessageCancelAction | SendMessageChooseContactAction | SendMessageChooseStickerAction | SendMessageEmojiInteraction | SendMessageEmojiInteractionSeen | SendMessageGamePlayAction | SendMessageGeoLocationAction | SendMessageHistoryImportAction | SendMessageRecordAudioAction | SendMessageRecordRoundAction | SendMessageRecordVideoAction | SendMessageRichMessageDraftAction | SendMessageTextDraftAction | SendMessageTypingAction | SendMessageUploadAudioAction | SendMessageUploadDocumentAction | SendMessageUploadPhotoAction | SendMessageUploadRoundAction | SendMessageUploadVideoAction | SpeakingInGroupCallAction;
/**
 * Represents a [star gift, see here »](https://corefork.telegram.org/api/gifts) for more info.
 *
 * TL type `StarGift`, one of: `starGift`, `starGiftUnique`.
 */
export type TypeStarGift = StarGift | StarGiftUnique;
/**
 * An attribute of a [collectible gift »](https://corefork.telegram.org/api/gifts#collectible-gifts).
 *
 * TL type `StarGiftAttribute`, one of: `starGiftAttributeBackdrop`, `starGiftAttributeModel`, `starGiftAttributeOriginalDetails`, `starGiftAttributePattern`.
 */
export type TypeStarGiftAttribute = StarGiftAttributeBackdrop | StarGiftAttributeModel | StarGiftAttributeOriginalDetails | StarGiftAttributePattern;
/** TL type `StarGiftAttributeRarity`, one of: `starGiftAttributeRarity`, `starGiftAttributeRarityEpic`, `starGiftAttributeRarityLegendary`, `starGiftAttributeRarityRare`, `starGiftAttributeRarityUncommon`. */
export type TypeStarGiftAttributeRarity = StarGiftAttributeRarity | StarGiftAttributeRarityEpic | StarGiftAttributeRarityLegendary | StarGiftAttributeRarityRare | StarGiftAttributeRarityUncommon;
/** TL type `StarGiftAuctionRound`, one of: `starGiftAuctionRound`, `starGiftAuctionRoundExtendable`. */
export type TypeStarGiftAuctionRound = StarGiftAuctionRound | StarGiftAuctionRoundExtendable;
/** TL type `StarGiftAuctionState`, one of: `starGiftAuctionState`, `starGiftAuctionStateFinished`, `starGiftAuctionStateNotModified`. */
export type TypeStarGiftAuctionState = StarGiftAuctionState | StarGiftAuctionStateFinished | StarGiftAuctionStateNotModified;
/**
 * Contains information about the current user's state in an [auction »](https://corefork.telegram.org/api/auctions).
 *
 * The `bid_amount`, `bid_date`, `bid_peer` and `min_bid_amount` flags of {@link RawStarGiftAuctionUserState} will all be set if the user placed a bid in the auction.
 *
 * TL type `StarGiftAuctionUserState`, one of: `starGiftAuctionUserState`.
 */
export type TypeStarGiftAuctionUserState = StarGiftAuctionUserState;
/** TL type `StarGiftBackground`, one of: `starGiftBackground`. */
export type TypeStarGiftBackground = StarGiftBackground;
/**
 * Describes a real (i.e. possibly decimal) amount of [Telegram Stars](https://corefork.telegram.org/api/stars).
 *
 * TL type `StarsAmount`, one of: `starsAmount`, `starsTonAmount`.
 */
export type TypeStarsAmount = StarsAmount | StarsTonAmount;
/**
 * Describes [Telegram Star revenue balances »](https://corefork.telegram.org/api/stars).
 *
 * TL type `StarsRevenueStatus`, one of: `starsRevenueStatus`.
 */
export type TypeStarsRevenueStatus = StarsRevenueStatus;
/**
 * Pricing of a [Telegram Star subscription »](https://corefork.telegram.org/api/invites#paid-invite-links).
 *
 * TL type `StarsSubscriptionPricing`, one of: `starsSubscriptionPricing`.
 */
export type TypeStarsSubscriptionPricing = StarsSubscriptionPricing;
/**
 * Keywords for a certain sticker
 *
 * TL type `StickerKeyword`, one of: `stickerKeyword`.
 */
export type TypeStickerKeyword = StickerKeyword;
/**
 * Stickerpack
 *
 * TL type `StickerPack`, one of: `stickerPack`.
 */
export type TypeStickerPack = StickerPack;
/**
 * Represents a stickerset (stickerpack)
 *
 * TL type `StickerSet`, one of: `stickerSet`.
 */
export type TypeStickerSet = StickerSet;
/**
 * [Story stealth mode status](https://corefork.telegram.org/api/stories#stealth-mode)
 *
 * TL type `StoriesStealthMode`, one of: `storiesStealthMode`.
 */
export type TypeStoriesStealthMode = StoriesStealthMode;
/**
 * Contains info about the original poster of a reposted story.
 *
 * TL type `StoryFwdHeader`, one of: `storyFwdHeader`.
 */
export type TypeStoryFwdHeader = StoryFwdHeader;
/**
 * Represents a [Telegram Story](https://corefork.telegram.org/api/stories)
 *
 * TL type `StoryItem`, one of: `storyItem`, `storyItemDeleted`, `storyItemSkipped`.
 */
export type TypeStoryItem = StoryItem | StoryItemDeleted | StoryItemSkipped;
/**
 * Aggregated view and reaction information of a [story](https://corefork.telegram.org/api/stories)
 *
 * TL type `StoryViews`, one of: `storyViews`.
 */
export type TypeStoryViews = StoryViews;
/**
 * Contains info about a [suggested post »](https://corefork.telegram.org/api/suggested-posts).
 *
 * TL type `SuggestedPost`, one of: `suggestedPost`.
 */
export type TypeSuggestedPost = SuggestedPost;
/**
 * Styled text with [message entities](https://corefork.telegram.org/api/entities)
 *
 * TL type `TextWithEntities`, one of: `textWithEntities`.
 */
export type TypeTextWithEntities = TextWithEntities;
/**
 * Cloud theme
 *
 * TL type `Theme`, one of: `theme`.
 */
export type TypeTheme = Theme;
/**
 * Theme settings
 *
 * TL type `ThemeSettings`, one of: `themeSettings`.
 */
export type TypeThemeSettings = ThemeSettings;
/**
 * A completed [todo list »](https://corefork.telegram.org/api/todo) item.
 *
 * TL type `TodoCompletion`, one of: `todoCompletion`.
 */
export type TypeTodoCompletion = TodoCompletion;
/**
 * An item of a [todo list »](https://corefork.telegram.org/api/todo).
 *
 * TL type `TodoItem`, one of: `todoItem`.
 */
export type TypeTodoItem = TodoItem;
/**
 * Represents a [todo list »](https://corefork.telegram.org/api/todo).
 *
 * TL type `TodoList`, one of: `todoList`.
 */
export type TypeTodoList = TodoList;
/**
 * Object contains info on events occurred.
 *
 * TL type `Update`, one of: `updateAiComposeTones`, `updateAttachMenuBots`, `updateAutoSaveSettings`, `updateBotBusinessConnect`, `updateBotCallbackQuery`, `updateBotChatBoost`, `updateBotChatInviteRequester`, `updateBotCommands`, `updateBotDeleteBusinessMessage`, `updateBotEditBusinessMessage`, `updateBotGuestChatQuery`, `updateBotInlineQuery`, `updateBotInlineSend`, `updateBotMenuButton`, `updateBotMessageReaction`, `updateBotMessageReactions`, `updateBotNewBusinessMessage`, `updateBotPrecheckoutQuery`, `updateBotPurchasedPaidMedia`, `updateBotShippingQuery`, `updateBotStopped`, `updateBotWebhookJSON`, `updateBotWebhookJSONQuery`, `updateBusinessBotCallbackQuery`, `updateChannel`, `updateChannelAvailableMessages`, `updateChannelMessageForwards`, `updateChannelMessageViews`, `updateChannelParticipant`, `updateChannelPinnedTopic`, `updateChannelPinnedTopics`, `updateChannelReadMessagesContents`, `updateChannelTooLong`, `updateChannelUserTyping`, `updateChannelViewForumAsMessages`, `updateChannelWebPage`, `updateChat`, `updateChatDefaultBannedRights`, `updateChatParticipant`, `updateChatParticipantAdd`, `updateChatParticipantAdmin`, `updateChatParticipantDelete`, `updateChatParticipantRank`, `updateChatParticipants`, `updateChatUserTyping`, `updateConfig`, `updateContactsReset`, `updateDcOptions`, `updateDeleteChannelMessages`, `updateDeleteGroupCallMessages`, `updateDeleteMessages`, `updateDeleteQuickReply`, `updateDeleteQuickReplyMessages`, `updateDeleteScheduledMessages`, `updateDialogFilter`, `updateDialogFilterOrder`, `updateDialogFilters`, `updateDialogPinned`, `updateDialogUnreadMark`, `updateDraftMessage`, `updateEditChannelMessage`, `updateEditMessage`, `updateEmojiGameInfo`, `updateEncryptedChatTyping`, `updateEncryptedMessagesRead`, `updateEncryption`, `updateFavedStickers`, `updateFolderPeers`, `updateGeoLiveViewed`, `updateGroupCall`, `updateGroupCallChainBlocks`, `updateGroupCallConnection`, `updateGroupCallEncryptedMessage`, `updateGroupCallMessage`, `updateGroupCallParticipants`, `updateInlineBotCallbackQuery`, `updateJoinChatWebViewDecision`, `updateLangPack`, `updateLangPackTooLong`, `updateLoginToken`, `updateManagedBot`, `updateMessageExtendedMedia`, `updateMessageID`, `updateMessagePoll`, `updateMessagePollVote`, `updateMessageReactions`, `updateMonoForumNoPaidException`, `updateMoveStickerSetToTop`, `updateNewAuthorization`, `updateNewBotConnection`, `updateNewChannelMessage`, `updateNewEncryptedMessage`, `updateNewMessage`, `updateNewQuickReply`, `updateNewScheduledMessage`, `updateNewStickerSet`, `updateNewStoryReaction`, `updateNotifySettings`, `updatePaidReactionPrivacy`, `updatePeerBlocked`, `updatePeerHistoryTTL`, `updatePeerLocated`, `updatePeerSettings`, `updatePeerWallpaper`, `updatePendingJoinRequests`, `updatePhoneCall`, `updatePhoneCallSignalingData`, `updatePinnedChannelMessages`, `updatePinnedDialogs`, `updatePinnedForumTopic`, `updatePinnedForumTopics`, `updatePinnedMessages`, `updatePinnedSavedDialogs`, `updatePrivacy`, `updatePtsChanged`, `updateQuickReplies`, `updateQuickReplyMessage`, `updateReadChannelDiscussionInbox`, `updateReadChannelDiscussionOutbox`, `updateReadChannelInbox`, `updateReadChannelOutbox`, `updateReadFeaturedEmojiStickers`, `updateReadFeaturedStickers`, `updateReadHistoryInbox`, `updateReadHistoryOutbox`, `updateReadMessagesContents`, `updateReadMonoForumInbox`, `updateReadMonoForumOutbox`, `updateReadStories`, `updateRecentEmojiStatuses`, `updateRecentReactions`, `updateRecentStickers`, `updateSavedDialogPinned`, `updateSavedGifs`, `updateSavedReactionTags`, `updateSavedRingtones`, `updateSentPhoneCode`, `updateSentStoryReaction`, `updateServiceNotification`, `updateSmsJob`, `updateStarGiftAuctionState`, `updateStarGiftAuctionUserState`, `updateStarGiftCraftFail`, `updateStarsBalance`, `updateStarsRevenueStatus`, `updateStickerSets`, `updateStickerSetsOrder`, `updateStoriesStealthMode`, `updateStory`, `updateStoryID`, `updateTheme`, `updateTranscribedAudio`, `updateUser`, `updateUserEmojiStatus`, `updateUserName`, `updateUserPhone`, `updateUserStatus`, `updateUserTyping`, `updateWebBrowserException`, `updateWebBrowserSettings`, `updateWebPage`, `updateWebViewResultSent`.
 */
export type TypeUpdate = UpdateAiComposeTones | UpdateAttachMenuBots | UpdateAutoSaveSettings | UpdateBotBusinessConnect | UpdateBotCallbackQuery | UpdateBotChatBoost | UpdateBotChatInviteRequester | UpdateBotCommands | UpdateBotDeleteBusinessMessage | UpdateBotEditBusinessMessage | UpdateBotGuestChatQuery | UpdateBotInlineQuery | UpdateBotInlineSend | UpdateBotMenuButton | UpdateBotMessageReaction | UpdateBotMessageReactions | UpdateBotNewBusinessMessage | UpdateBotPrecheckoutQuery | UpdateBotPurchasedPaidMedia | UpdateBotShippingQuery | UpdateBotStopped | UpdateBotWebhookJSON | UpdateBotWebhookJSONQuery | UpdateBusinessBotCallbackQuery | UpdateChannel | UpdateChannelAvailableMessages | UpdateChannelMessageForwards | UpdateChannelMessageViews | UpdateChannelParticipant | UpdateChannelPinnedTopic | UpdateChannelPinnedTopics | UpdateChannelReadMessagesContents | UpdateChannelTooLong | UpdateChannelUserTyping | UpdateChannelViewForumAsMessages | UpdateChannelWebPage | UpdateChat | UpdateChatDefaultBannedRights | UpdateChatParticipant | UpdateChatParticipantAdd | UpdateChatParticipantAdmin | UpdateChatParticipantDelete | UpdateChatParticipantRank | UpdateChatParticipants | UpdateChatUserTyping | UpdateConfig | UpdateContactsReset | UpdateDcOptions | UpdateDeleteChannelMessages | UpdateDeleteGroupCallMessages | UpdateDeleteMessages | UpdateDeleteQuickReply | UpdateDeleteQuickReplyMessages | UpdateDeleteScheduledMessages | UpdateDialogFilter | UpdateDialogFilterOrder | UpdateDialogFilters | UpdateDialogPinned | UpdateDialogUnreadMark | UpdateDraftMessage | UpdateEditChannelMessage | UpdateEditMessage | UpdateEmojiGameInfo | UpdateEncryptedChatTyping | UpdateEncryptedMessagesRead | UpdateEncryption | UpdateFavedStickers | UpdateFolderPeers | UpdateGeoLiveViewed | UpdateGroupCall | UpdateGroupCallChainBlocks | UpdateGroupCallConnection | UpdateGroupCallEncryptedMessage | UpdateGroupCallMessage | UpdateGroupCallParticipants | UpdateInlineBotCallbackQuery | UpdateJoinChatWebViewDecision | UpdateLangPack | UpdateLangPackTooLong | UpdateLoginToken | UpdateManagedBot | UpdateMessageExtendedMedia | UpdateMessageID | UpdateMessagePoll | UpdateMessagePollVote | UpdateMessageReactions | UpdateMonoForumNoPaidException | UpdateMoveStickerSetToTop | UpdateNewAuthorization | UpdateNewBotConnection | UpdateNewChannelMessage | UpdateNewEncryptedMessage | UpdateNewMessage | UpdateNewQuickReply | UpdateNewScheduledMessage | UpdateNewStickerSet | UpdateNewStoryReaction | UpdateNotifySettings | UpdatePaidReactionPrivacy | UpdatePeerBlocked | UpdatePeerHistoryTTL | UpdatePeerLocated | UpdatePeerSettings | UpdatePeerWallpaper | UpdatePendingJoinRequests | UpdatePhoneCall | UpdatePhoneCallSignalingData | UpdatePinnedChannelMessages | UpdatePinnedDialogs | UpdatePinnedForumTopic | UpdatePinnedForumTopics | UpdatePinnedMessages | UpdatePinnedSavedDialogs | UpdatePrivacy | UpdatePtsChanged | UpdateQuickReplies | UpdateQuickReplyMessage | UpdateReadChannelDiscussionInbox | UpdateReadChannelDiscussionOutbox | UpdateReadChannelInbox | UpdateReadChannelOutbox | UpdateReadFeaturedEmojiStickers | UpdateReadFeaturedStickers | UpdateReadHistoryInbox | UpdateReadHistoryOutbox | UpdateReadMessagesContents | UpdateReadMonoForumInbox | UpdateReadMonoForumOutbox | UpdateReadStories | UpdateRecentEmojiStatuses | UpdateRecentReactions | UpdateRecentStickers | UpdateSavedDialogPinned | UpdateSavedGifs | UpdateSavedReactionTags | UpdateSavedRingtones | UpdateSentPhoneCode | UpdateSentStoryReaction | UpdateServiceNotification | UpdateSmsJob | UpdateStarGiftAuctionState | UpdateStarGiftAuctionUserState | UpdateStarGiftCraftFail | UpdateStarsBalance | UpdateStarsRevenueStatus | UpdateStickerSets | UpdateStickerSetsOrder | UpdateStoriesStealthMode | UpdateStory | UpdateStoryID | UpdateTheme | UpdateTranscribedAudio | UpdateUser | UpdateUserEmojiStatus | UpdateUserName | UpdateUserPhone | UpdateUserStatus | UpdateUserTyping | UpdateWebBrowserException | UpdateWebBrowserSettings | UpdateWebPage | UpdateWebViewResultSent;
/**
 * Object which is perceived by the client without a call on its part when an event occurs.
 *
 * TL type `Updates`, one of: `updateShort`, `updateShortChatMessage`, `updateShortMessage`, `updateShortSentMessage`, `updates`, `updatesCombined`, `updatesTooLong`.
 */
export type TypeUpdates = UpdateShort | UpdateShortChatMessage | UpdateShortMessage | UpdateShortSentMessage | Updates | UpdatesCombined | UpdatesTooLong;
/**
 * Object defines a user.
 *
 * TL type `User`, one of: `user`, `userEmpty`.
 */
export type TypeUser = User | UserEmpty;
/**
 * Object contains info on the user's profile photo.
 *
 * TL type `UserProfilePhoto`, one of: `userProfilePhoto`, `userProfilePhotoEmpty`.
 */
export type TypeUserProfilePhoto = UserProfilePhoto | UserProfilePhotoEmpty;
/**
 * User online status
 *
 * TL type `UserStatus`, one of: `userStatusEmpty`, `userStatusLastMonth`, `userStatusLastWeek`, `userStatusOffline`, `userStatusOnline`, `userStatusRecently`.
 */
export type TypeUserStatus = UserStatusEmpty | UserStatusLastMonth | UserStatusLastWeek | UserStatusOffline | UserStatusOnline | UserStatusRecently;
/**
 * Contains information about a username
 *
 * TL type `Username`, one of: `username`.
 */
export type TypeUsername = Username;
/**
 * Represents an animated video thumbnail
 *
 * TL type `VideoSize`, one of: `videoSize`, `videoSizeEmojiMarkup`, `videoSizeStickerMarkup`.
 */
export type TypeVideoSize = VideoSize | VideoSizeEmojiMarkup | VideoSizeStickerMarkup;
/**
 * Object contains info on a [wallpaper](https://corefork.telegram.org/api/wallpapers).
 *
 * TL type `WallPaper`, one of: `wallPaper`, `wallPaperNoFile`.
 */
export type TypeWallPaper = WallPaper | WallPaperNoFile;
/**
 * Wallpaper rendering information.
 *
 * TL type `WallPaperSettings`, one of: `wallPaperSettings`.
 */
export type TypeWallPaperSettings = WallPaperSettings;
/**
 * Remote document
 *
 * TL type `WebDocument`, one of: `webDocument`, `webDocumentNoProxy`.
 */
export type TypeWebDocument = WebDocument | WebDocumentNoProxy;
/** TL type `WebDomainException`, one of: `webDomainException`. */
export type TypeWebDomainException = WebDomainException;
/**
 * [Instant View](https://instantview.telegram.org/) webpage preview
 *
 * TL type `WebPage`, one of: `webPage`, `webPageEmpty`, `webPageNotModified`, `webPagePending`.
 */
export type TypeWebPage = WebPage | WebPageEmpty | WebPageNotModified | WebPagePending;
/**
 * Webpage attributes
 *
 * TL type `WebPageAttribute`, one of: `webPageAttributeAiComposeTone`, `webPageAttributeStarGiftAuction`, `webPageAttributeStarGiftCollection`, `webPageAttributeStickerSet`, `webPageAttributeStory`, `webPageAttributeTheme`, `webPageAttributeUniqueStarGift`.
 */
export type TypeWebPageAttribute = WebPageAttributeAiComposeTone | WebPageAttributeStarGiftAuction | WebPageAttributeStarGiftCollection | WebPageAttributeStickerSet | WebPageAttributeStory | WebPageAttributeTheme | WebPageAttributeUniqueStarGift;
/**
 * Contains the webview URL with appropriate theme and user info parameters added
 *
 * TL type `WebViewResult`, one of: `webViewResultUrl`.
 */
export type TypeWebViewResult = WebViewResultUrl;
/**
 * Object contains info on user authorization.
 *
 * TL type `auth.Authorization`, one of: `auth.authorization`, `auth.authorizationSignUpRequired`.
 */
export type TypeAuthAuthorization = AuthAuthorization | AuthAuthorizationSignUpRequired;
/**
 * Type of verification code that will be sent next if you call the resendCode method
 *
 * TL type `auth.CodeType`, one of: `auth.codeTypeCall`, `auth.codeTypeFlashCall`, `auth.codeTypeFragmentSms`, `auth.codeTypeMissedCall`, `auth.codeTypeSms`.
 */
export type TypeAuthCodeType = AuthCodeTypeCall | AuthCodeTypeFlashCall | AuthCodeTypeFragmentSms | AuthCodeTypeMissedCall | AuthCodeTypeSms;
/**
 * Contains info on a confirmation code message sent via SMS, phone call or Telegram.
 *
 * TL type `auth.SentCode`, one of: `auth.sentCode`, `auth.sentCodePaymentRequired`, `auth.sentCodeSuccess`.
 */
export type TypeAuthSentCode = AuthSentCode | AuthSentCodePaymentRequired | AuthSentCodeSuccess;
/**
 * Type of the verification code that was sent
 *
 * TL type `auth.SentCodeType`, one of: `auth.sentCodeTypeApp`, `auth.sentCodeTypeCall`, `auth.sentCodeTypeEmailCode`, `auth.sentCodeTypeFirebaseSms`, `auth.sentCodeTypeFlashCall`, `auth.sentCodeTypeFragmentSms`, `auth.sentCodeTypeMissedCall`, `auth.sentCodeTypeSetUpEmailRequired`, `auth.sentCodeTypeSms`, `auth.sentCodeTypeSmsPhrase`, `auth.sentCodeTypeSmsWord`.
 */
export type TypeAuthSentCodeType = AuthSentCodeTypeApp | AuthSentCodeTypeCall | AuthSentCodeTypeEmailCode | AuthSentCodeTypeFirebaseSms | AuthSentCodeTypeFlashCall | AuthSentCodeTypeFragmentSms | AuthSentCodeTypeMissedCall | AuthSentCodeTypeSetUpEmailRequired | AuthSentCodeTypeSms | AuthSentCodeTypeSmsPhrase | AuthSentCodeTypeSmsWord;
/**
 * Info about a [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
 *
 * TL type `chatlists.ChatlistInvite`, one of: `chatlists.chatlistInvite`, `chatlists.chatlistInviteAlready`.
 */
export type TypeChatlistsChatlistInvite = ChatlistsChatlistInvite | ChatlistsChatlistInviteAlready;
/**
 * Exported [chat folder deep link »](https://corefork.telegram.org/api/links#chat-folder-links).
 *
 * TL type `chatlists.ExportedChatlistInvite`, one of: `chatlists.exportedChatlistInvite`.
 */
export type TypeChatlistsExportedChatlistInvite = ChatlistsExportedChatlistInvite;
/**
 * A list of exported [chat folder deep links »](https://corefork.telegram.org/api/links#chat-folder-links).
 *
 * TL type `chatlists.ExportedInvites`, one of: `chatlists.exportedInvites`.
 */
export type TypeChatlistsExportedInvites = ChatlistsExportedInvites;
/**
 * Object contains info on the text of a message with an invitation.
 *
 * TL type `help.InviteText`, one of: `help.inviteText`.
 */
export type TypeHelpInviteText = HelpInviteText;
/**
 * Contains info about the latest telegram Terms Of Service.
 *
 * TL type `help.TermsOfService`, one of: `help.termsOfService`.
 */
export type TypeHelpTermsOfService = HelpTermsOfService;
/**
 * Info about chat invites generated by admins.
 *
 * TL type `messages.ChatAdminsWithInvites`, one of: `messages.chatAdminsWithInvites`.
 */
export type TypeMessagesChatAdminsWithInvites = MessagesChatAdminsWithInvites;
/**
 * List of users that imported a chat invitation link.
 *
 * TL type `messages.ChatInviteImporters`, one of: `messages.chatInviteImporters`.
 */
export type TypeMessagesChatInviteImporters = MessagesChatInviteImporters;
/** TL type `messages.ChatInviteJoinResult`, one of: `messages.chatInviteJoinResultOk`, `messages.chatInviteJoinResultWebView`. */
export type TypeMessagesChatInviteJoinResult = MessagesChatInviteJoinResultOk | MessagesChatInviteJoinResultWebView;
/** TL type `messages.EmojiGameInfo`, one of: `messages.emojiGameDiceInfo`, `messages.emojiGameUnavailable`. */
export type TypeMessagesEmojiGameInfo = MessagesEmojiGameDiceInfo | MessagesEmojiGameUnavailable;
/** TL type `messages.EmojiGameOutcome`, one of: `messages.emojiGameOutcome`. */
export type TypeMessagesEmojiGameOutcome = MessagesEmojiGameOutcome;
/**
 * Contains info about a chat invite, and eventually a pointer to the newest chat invite.
 *
 * TL type `messages.ExportedChatInvite`, one of: `messages.exportedChatInvite`, `messages.exportedChatInviteReplaced`.
 */
export type TypeMessagesExportedChatInvite = MessagesExportedChatInvite | MessagesExportedChatInviteReplaced;
/**
 * Info about chat invites exported by a certain admin.
 *
 * TL type `messages.ExportedChatInvites`, one of: `messages.exportedChatInvites`.
 */
export type TypeMessagesExportedChatInvites = MessagesExportedChatInvites;
/**
 * Contains info about successfully or unsuccessfully [invited »](https://corefork.telegram.org/api/invites#direct-invites) users.
 *
 * TL type `messages.InvitedUsers`, one of: `messages.invitedUsers`.
 */
export type TypeMessagesInvitedUsers = MessagesInvitedUsers;
/**
 * Stickerset
 *
 * TL type `messages.StickerSet`, one of: `messages.stickerSet`, `messages.stickerSetNotModified`.
 */
export type TypeMessagesStickerSet = MessagesStickerSet | MessagesStickerSetNotModified;
/**
 * An exported group call invitation.
 *
 * TL type `phone.ExportedGroupCallInvite`, one of: `phone.exportedGroupCallInvite`.
 */
export type TypePhoneExportedGroupCallInvite = PhoneExportedGroupCallInvite;
export { LAYER } from "./layer.js";
