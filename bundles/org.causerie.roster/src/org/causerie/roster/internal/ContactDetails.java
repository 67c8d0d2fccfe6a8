package org.causerie.roster.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.roster.EntityTime;
import org.causerie.roster.RosterException;
import org.causerie.roster.SoftwareVersion;
import org.causerie.roster.VCard;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.iqversion.packet.Version;
import org.jivesoftware.smackx.time.packet.Time;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/** Contact details asked on request: XEP-0092, XEP-0202, XEP-0054. */
final class ContactDetails {

    private ContactDetails() {
    }

    /** XEP-0092 §2: an IQ get of {@code jabber:iq:version} to a full JID. */
    static CompletableFuture<SoftwareVersion> softwareVersion(XMPPConnection connection, String fullJid) {
        Version request = new Version();
        return to(request, fullJid).thenCompose(r -> Iqs.request(connection, r, Version.class))
                .thenApply(v -> new SoftwareVersion(nonNull(v.getName()), nonNull(v.getVersion()),
                        text(v.getOs())));
    }

    /** XEP-0202 §3: {@code utc} is the time in UTC, {@code tzo} the offset. */
    static CompletableFuture<EntityTime> entityTime(XMPPConnection connection, String fullJid) {
        Time request = new Time();
        return to(request, fullJid).thenCompose(r -> Iqs.request(connection, r, Time.class))
                .thenCompose(ContactDetails::entityTime);
    }

    private static CompletableFuture<EntityTime> entityTime(Time time) {
        try {
            Instant utc = java.time.OffsetDateTime.parse(time.getUtc()).toInstant();
            return CompletableFuture.completedFuture(new EntityTime(utc, offset(time.getTzo())));
        } catch (NullPointerException | java.time.DateTimeException e) {
            return CompletableFuture.failedFuture(new RosterException("unreadable time from " + time.getFrom()
                    + ": " + time.getUtc() + " " + time.getTzo(), null, e));
        }
    }

    private static final java.util.regex.Pattern TZO =
            java.util.regex.Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2}))?");

    /**
     * XEP-0202 §3 wants {@code tzo} as XEP-0082 TZD ({@code Z} or {@code +hh:mm}); Smack
     * 4.4.8 itself sends {@code +0:00}, so one-digit hours are accepted.
     */
    static ZoneOffset offset(String tzo) {
        if (tzo == null || tzo.isBlank() || tzo.strip().equals("Z")) {
            return ZoneOffset.UTC;
        }
        java.util.regex.Matcher m = TZO.matcher(tzo.strip());
        if (!m.matches()) {
            throw new java.time.DateTimeException("not a time zone offset: " + tzo);
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(2)), sign * minutes);
    }

    /** XEP-0054 §3.2: the vCard of a bare JID; an entity without one answers an empty vCard. */
    static CompletableFuture<VCard> vCard(XMPPConnection connection, String bareJid) {
        org.jivesoftware.smackx.vcardtemp.packet.VCard request = new org.jivesoftware.smackx.vcardtemp.packet.VCard();
        return to(request, bareJid)
                .thenCompose(r -> Iqs.request(connection, r, org.jivesoftware.smackx.vcardtemp.packet.VCard.class))
                .thenApply(ContactDetails::toModel);
    }

    static VCard toModel(org.jivesoftware.smackx.vcardtemp.packet.VCard card) {
        List<String> emails = new ArrayList<>();
        text(card.getEmailHome()).ifPresent(emails::add);
        text(card.getEmailWork()).filter(e -> !emails.contains(e)).ifPresent(emails::add);
        Optional<VCard.Photo> photo = Optional.ofNullable(card.getAvatar()).filter(b -> b.length > 0)
                .map(bytes -> new VCard.Photo(text(card.getAvatarMimeType()).orElse("application/octet-stream"),
                        bytes));
        return new VCard(text(card.getField("FN")), text(card.getNickName()), emails,
                text(card.getOrganization()), photo);
    }

    private static <T extends IQ> CompletableFuture<T> to(T request, String jid) {
        try {
            Jid to = JidCreate.from(jid);
            request.setTo(to);
            request.setType(IQ.Type.get);
            return CompletableFuture.completedFuture(request);
        } catch (XmppStringprepException | IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new RosterException("not a valid JID: " + jid, "jid-malformed", e));
        }
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
