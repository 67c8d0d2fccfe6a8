package org.causerie.muc;

/** Why a room operation failed, in terms a person can act on (XEP-0045 §7.2). */
public enum MucError {
    /** The room needs a password, or the one given is wrong ({@code not-authorized}, §7.2.5). */
    PASSWORD_REQUIRED,
    /** The user is banned from the room ({@code forbidden}, §7.2.7). */
    BANNED,
    /** The room is members-only and the user is not a member ({@code registration-required}, §7.2.6). */
    MEMBERS_ONLY,
    /** The nickname is taken ({@code conflict}, §7.2.8); {@link MucException#suggestedNick()} offers another. */
    NICK_IN_USE,
    /** The room is full ({@code service-unavailable}, §7.2.10; ejabberd: {@code resource-constraint}). */
    ROOM_FULL,
    /** The room does not exist and may not be created ({@code item-not-found}, §7.2.11; {@code not-allowed}, §10.1.1). */
    ROOM_NOT_FOUND,
    /** The room is locked: created but not yet configured by its owner (§10.1.1). */
    ROOM_LOCKED,
    /** The service cannot be reached or does not answer ({@code remote-server-not-found}, timeouts). */
    SERVICE_UNREACHABLE,
    /** The user may not do this in this room ({@code forbidden}, {@code not-allowed} on an action). */
    NOT_ALLOWED,
    /** The account is not connected. */
    NOT_CONNECTED,
    /** Any other error; the exception's message tells the server's words. */
    OTHER
}
