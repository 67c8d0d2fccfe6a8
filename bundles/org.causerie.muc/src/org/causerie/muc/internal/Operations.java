package org.causerie.muc.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.causerie.core.form.DataForm;
import org.causerie.core.form.FormField;
import org.causerie.core.spi.SmackForms;
import org.causerie.muc.Invitation;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucException;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomInfo;
import org.causerie.muc.RoomMessage;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smackx.disco.packet.DiscoverItems;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;

/** The {@link org.causerie.muc.MucService} operations past joining, on one account's rooms. */
final class Operations {

    /** The password fields of a room configuration form (XEP-0045 §15.5.3). */
    static final String PROTECTED = "muc#roomconfig_passwordprotectedroom";
    static final String SECRET = "muc#roomconfig_roomsecret";

    /** Finds an account's rooms or fails with NOT_CONNECTED. */
    interface Accounts {
        AccountRooms get(String accountId) throws MucException;
    }

    /** Blocking work on an account. */
    interface Work<T> {
        T run(AccountRooms account) throws Exception;
    }

    private final Accounts accounts;

    Operations(Accounts accounts) {
        this.accounts = accounts;
    }

    <T> CompletableFuture<T> call(String accountId, MucErrors.Context context, Work<T> work) {
        try {
            AccountRooms account = accounts.get(accountId);
            return account.async(context, () -> work.run(account));
        } catch (MucException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** @return the room if we are in it; otherwise fails with NOT_ALLOWED */
    private <T> CompletableFuture<T> inRoom(RoomId id, RoomWork<T> work) {
        try {
            AccountRooms account = accounts.get(id.accountId());
            return work.run(account, account.joined(id));
        } catch (MucException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private interface RoomWork<T> {
        CompletableFuture<T> run(AccountRooms account, Room room) throws MucException;
    }

    CompletableFuture<List<RoomInfo>> rooms(String accountId, String service) {
        return call(accountId, MucErrors.Context.ACTION, a -> {
            List<DiscoverItems.Item> items = Discovery.items(a.connection(), service);
            List<CompletableFuture<RoomInfo>> infos = new ArrayList<>();
            for (DiscoverItems.Item item : items) {
                if (!item.getEntityID().hasLocalpart()) {
                    continue;
                }
                EntityBareJid room = item.getEntityID().asEntityBareJidIfPossible();
                Optional<String> listed = OccupantPresence.nonEmpty(item.getName());
                // A room that does not answer disco#info is still listed with what the service said.
                infos.add(a.async(MucErrors.Context.ACTION, () -> Discovery.info(a.connection(), room, listed))
                        .exceptionally(e -> new RoomInfo(room.toString(), listed.orElse(room.getLocalpart()
                                .toString()), Optional.empty(), Optional.empty(), java.util.OptionalInt.empty(),
                                java.util.Set.of())));
            }
            List<RoomInfo> result = new ArrayList<>();
            for (CompletableFuture<RoomInfo> info : infos) {
                result.add(info.get(AccountRooms.ENTER_SECONDS, TimeUnit.SECONDS));
            }
            return result;
        });
    }

    /** §10.1.2: accept the default configuration; with a password, set it right after. */
    CompletableFuture<Void> makeInstant(JoinRequest request) {
        return call(request.room().accountId(), MucErrors.Context.ACTION, a -> {
            EntityBareJid room = Requests.bareJid(request.room().room());
            Requests.instant(a.connection(), room);
            if (request.password().isPresent()) {
                DataForm form = withPassword(Requests.configurationForm(a.connection(), room), request.password());
                Requests.configure(a.connection(), room, SmackForms.toSmack(form.toSubmit()));
            }
            return null;
        });
    }

    /** The form; for a room just created with a password, with that password filled in. */
    CompletableFuture<DataForm> configurationForm(RoomId id) {
        return call(id.accountId(), MucErrors.Context.ACTION, a -> {
            DataForm form = Requests.configurationForm(a.connection(), Requests.bareJid(id.room()));
            Optional<String> password = a.room(id).flatMap(Room::password);
            boolean empty = form.field(SECRET).flatMap(FormField::value).filter(v -> !v.isEmpty()).isEmpty();
            return password.isPresent() && empty ? withPassword(form, password) : form;
        });
    }

    private static DataForm withPassword(DataForm form, Optional<String> password) {
        DataForm filled = form;
        if (filled.field(PROTECTED).isPresent()) {
            filled = filled.with(PROTECTED, List.of("1"));
        }
        if (filled.field(SECRET).isPresent()) {
            filled = filled.with(SECRET, List.of(password.orElse("")));
        }
        return filled;
    }

    CompletableFuture<Void> configure(RoomId id, DataForm submitted) {
        var form = SmackForms.toSmack(submitted.type().equals("submit") ? submitted : submitted.toSubmit());
        return call(id.accountId(), MucErrors.Context.ACTION, a -> {
            Requests.configure(a.connection(), Requests.bareJid(id.room()), form);
            return null;
        });
    }

    /** §7.4: completes when the room sends the message back to us. */
    CompletableFuture<Void> send(RoomId id, String body) {
        return inRoom(id, (a, room) -> {
            Message message = a.connection().getStanzaFactory().buildMessageStanza().ofType(Message.Type.groupchat)
                    .to(Requests.bareJid(id.room())).setBody(body).build();
            CompletableFuture<Void> reflected = room.expectReflection(message.getStanzaId());
            a.session().send(message);
            return timeout(reflected);
        });
    }

    /** §8.1: completes when the room sends the new subject back. */
    CompletableFuture<Void> setSubject(RoomId id, String subject) {
        return inRoom(id, (a, room) -> {
            Message message = a.connection().getStanzaFactory().buildMessageStanza().ofType(Message.Type.groupchat)
                    .to(Requests.bareJid(id.room())).setSubject(subject).build();
            CompletableFuture<Void> reflected = room.expectReflection(message.getStanzaId());
            a.session().send(message);
            return timeout(reflected);
        });
    }

    /** §7.5: type chat to {@code room/nick}, marked with the muc#user element. */
    CompletableFuture<Void> sendPrivate(RoomId id, String nick, String body) {
        var resource = Requests.resource(nick);
        return inRoom(id, (a, room) -> {
            Message message = a.connection().getStanzaFactory().buildMessageStanza().ofType(Message.Type.chat)
                    .to(JidCreate.entityFullFrom(Requests.bareJid(id.room()), resource)).setBody(body)
                    .addExtension(new MUCUser()).build();
            room.add(new RoomMessage(message.getStanzaId(), id, room.nick(), Optional.empty(), body, Instant.now(),
                    RoomMessage.Source.LIVE, true, Optional.of(nick), Optional.empty()));
            return a.session().sendAcknowledged(message).thenApply(ack -> null);
        });
    }

    /** §7.6: completes with our presence under the new nickname. */
    CompletableFuture<Void> changeNick(RoomId id, String nick) {
        var resource = Requests.resource(nick);
        return inRoom(id, (a, room) -> {
            CompletableFuture<Void> renamed = room.startRenaming();
            Presence presence = a.connection().getStanzaFactory().buildPresenceStanza()
                    .to(JidCreate.entityFullFrom(Requests.bareJid(id.room()), resource)).build();
            a.session().send(presence);
            return timeout(renamed).exceptionallyCompose(e -> {
                MucException error = MucErrors.of(e, MucErrors.Context.NICK);
                return CompletableFuture.failedFuture(error.error() == org.causerie.muc.MucError.NICK_IN_USE
                        ? MucErrors.nickInUse(error, NickSuggestion.suggest(nick, java.util.Set.copyOf(
                                room.snapshot().occupants().stream().map(o -> o.nick()).toList())))
                        : error);
            });
        });
    }

    /** §7.8.2 through the room, or XEP-0249 straight to the invitee. */
    CompletableFuture<Void> invite(RoomId id, String jid, Optional<String> reason, boolean direct) {
        EntityBareJid invitee = Requests.bareJid(jid);
        return inRoom(id, (a, room) -> {
            MessageBuilder builder = a.connection().getStanzaFactory().buildMessageStanza();
            if (direct) {
                builder.to(invitee).addExtension(new DirectInvitation(id.room(), room.password(), reason));
            } else {
                MUCUser user = new MUCUser();
                user.setInvite(new MUCUser.Invite(reason.orElse(null), invitee));
                builder.to(Requests.bareJid(id.room())).addExtension(user);
            }
            return a.session().sendAcknowledged(builder.build()).thenApply(ack -> null);
        });
    }

    /** §7.8.2: a decline goes to the room, which tells the inviter. */
    CompletableFuture<Void> decline(Invitation invitation, Optional<String> reason) {
        if (invitation.direct()) {
            return CompletableFuture.completedFuture(null);
        }
        EntityBareJid inviter = Requests.bareJid(org.causerie.core.Jids.bare(invitation.from()));
        return call(invitation.room().accountId(), MucErrors.Context.ACTION, a -> {
            MUCUser user = new MUCUser();
            user.setDecline(new MUCUser.Decline(reason.orElse(null), inviter));
            a.session().sendAcknowledged(a.connection().getStanzaFactory().buildMessageStanza()
                    .to(Requests.bareJid(invitation.room().room())).addExtension(user).build())
                    .get(AccountRooms.ENTER_SECONDS, TimeUnit.SECONDS);
            return null;
        });
    }

    /** XEP-0313: the page before the oldest message held, merged without duplicates. */
    CompletableFuture<List<RoomMessage>> fetchArchive(RoomId id, int max) {
        return call(id.accountId(), MucErrors.Context.ACTION, a -> {
            Optional<Room> room = a.room(id);
            Optional<String> before = room.flatMap(Room::oldestArchiveId);
            String nick = room.map(Room::nick).orElse("");
            List<RoomMessage> page = Archive.page(a.connection(), id, Requests.bareJid(id.room()), before, max, nick);
            return room.map(r -> r.addArchived(page)).orElse(page);
        });
    }

    /** §8.2–§8.6, §9.6: a role, with the reason in the item. */
    CompletableFuture<Void> setRole(RoomId id, String nick, org.causerie.muc.Role role, Optional<String> reason) {
        Requests.resource(nick);
        return call(id.accountId(), MucErrors.Context.ACTION, a -> {
            Requests.role(a.connection(), Requests.bareJid(id.room()), nick, role, reason);
            return null;
        });
    }

    /** §9.1–§9.3, §10.3–§10.7: an affiliation, OUTCAST banning. */
    CompletableFuture<Void> setAffiliation(RoomId id, String jid, org.causerie.muc.Affiliation affiliation,
            Optional<String> reason) {
        var user = Requests.bareJid(jid);
        return call(id.accountId(), MucErrors.Context.ACTION, a -> {
            Requests.affiliation(a.connection(), Requests.bareJid(id.room()), user, affiliation, reason);
            return null;
        });
    }

    CompletableFuture<List<org.causerie.muc.AffiliationItem>> affiliations(RoomId id,
            org.causerie.muc.Affiliation affiliation) {
        return call(id.accountId(), MucErrors.Context.ACTION,
                a -> Requests.affiliations(a.connection(), Requests.bareJid(id.room()), affiliation));
    }

    /** §10.9. */
    CompletableFuture<Void> destroy(RoomId id, Optional<String> reason, Optional<String> alternateVenue) {
        var alternate = alternateVenue.map(Requests::bareJid);
        return call(id.accountId(), MucErrors.Context.ACTION, a -> {
            Requests.destroy(a.connection(), Requests.bareJid(id.room()), reason, alternate);
            return null;
        });
    }

    private static CompletableFuture<Void> timeout(CompletableFuture<Void> future) {
        return future.orTimeout(AccountRooms.ENTER_SECONDS, TimeUnit.SECONDS);
    }
}
