package org.causerie.muc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.core.form.DataForm;
import org.causerie.core.MessagePayloadContribution;
import org.causerie.core.spi.SmackPayloads;
import org.causerie.core.spi.SmackSession;
import org.causerie.muc.Affiliation;
import org.causerie.muc.AffiliationItem;
import org.causerie.muc.Bookmark;
import org.causerie.muc.Invitation;
import org.causerie.muc.JoinRequest;
import org.causerie.muc.MucException;
import org.causerie.muc.MucListener;
import org.causerie.muc.MucService;
import org.causerie.muc.Role;
import org.causerie.muc.RoomEntry;
import org.causerie.muc.RoomId;
import org.causerie.muc.RoomInfo;
import org.causerie.muc.RoomMessage;
import org.causerie.muc.RoomSnapshot;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link MucService}: follows every session (a dynamic reference) with an
 * {@link AccountRooms} ({@link MucAccounts}); blocking Smack work runs on its own threads, listeners
 * are called on the {@link Notifier}'s thread. Recent rooms are kept in
 * {@code .metadata/.plugins/org.causerie.muc/recent-rooms.properties} under the
 * instance location (the bundle's data area without one).
 */
@Component(service = MucService.class, immediate = true)
public final class SmackMucService implements MucService {

    private final SmackPayloads payloads = new SmackPayloads();
    private final Notifier notifier = new Notifier();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "causerie-muc-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final MucAccounts accounts = new MucAccounts(notifier, executor, payloads);
    private RecentRooms recent;
    private Operations operations;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY,
            target = "(type=osgi.instance.area)")
    private volatile Location instanceLocation;

    @Activate
    synchronized void activate(BundleContext context) {
        recent = RecentRooms.under(instanceLocation, context);
        operations = new Operations(accounts::account);
        accounts.activate(recent);
    }

    @Deactivate
    synchronized void deactivate() {
        accounts.deactivate();
        notifier.stop();
        executor.shutdownNow();
        accounts.unregisterProviders();
    }

    /** Plugins' payload namespaces: kept in the room messages received from then on. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPayloads(MessagePayloadContribution contribution) {
        payloads.add(contribution);
    }

    void removePayloads(MessagePayloadContribution contribution) {
        payloads.remove(contribution);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addSession(SmackSession session) {
        accounts.add(session);
    }

    synchronized void removeSession(SmackSession session) {
        accounts.remove(session);
    }

    private static <T> CompletableFuture<T> failed(MucException e) {
        return CompletableFuture.failedFuture(e);
    }

    @Override
    public CompletableFuture<List<String>> services(String accountId) {
        return operations.call(accountId, MucErrors.Context.ACTION, a -> Discovery.services(a.connection()));
    }

    @Override
    public CompletableFuture<List<RoomInfo>> rooms(String accountId, String service) {
        Requests.domain(service);
        return operations.rooms(accountId, service);
    }

    @Override
    public CompletableFuture<RoomInfo> info(RoomId room) {
        return operations.call(room.accountId(), MucErrors.Context.ACTION,
                a -> Discovery.info(a.connection(), Requests.bareJid(room.room()), Optional.empty()));
    }

    @Override
    public CompletableFuture<RoomSnapshot> join(JoinRequest request) {
        return enter(request, Room.Mode.JOIN);
    }

    @Override
    public CompletableFuture<RoomSnapshot> create(JoinRequest request, boolean instant) {
        return enter(request, Room.Mode.CREATE).thenCompose(snapshot -> instant
                ? operations.makeInstant(request).thenApply(v -> snapshot) : CompletableFuture.completedFuture(snapshot));
    }

    private CompletableFuture<RoomSnapshot> enter(JoinRequest request, Room.Mode mode) {
        Requests.bareJid(request.room().room());
        Requests.resource(request.nick());
        try {
            return accounts.account(request.room().accountId()).enter(request, mode, Optional.empty());
        } catch (MucException e) {
            return failed(e);
        }
    }

    @Override
    public CompletableFuture<DataForm> configurationForm(RoomId room) {
        return operations.configurationForm(room);
    }

    @Override
    public CompletableFuture<Void> configure(RoomId room, DataForm submitted) {
        return operations.configure(room, submitted);
    }

    @Override
    public CompletableFuture<Void> leave(RoomId room) {
        try {
            AccountRooms rooms = accounts.account(room.accountId());
            return rooms.room(room).map(rooms::leave).orElseGet(() -> CompletableFuture.completedFuture(null));
        } catch (MucException e) {
            return failed(e);
        }
    }

    @Override
    public List<RoomSnapshot> joinedRooms() {
        List<RoomSnapshot> joined = new ArrayList<>();
        for (AccountRooms rooms : accounts.all()) {
            rooms.rooms().stream().filter(r -> r.joined() || r.wanted()).map(Room::snapshot).forEach(joined::add);
        }
        return joined;
    }

    @Override
    public Optional<RoomSnapshot> room(RoomId room) {
        return accounts.find(room.accountId()).flatMap(a -> a.room(room))
                .filter(r -> r.joined() || r.wanted()).map(Room::snapshot);
    }

    @Override
    public List<RoomEntry> transcript(RoomId room) {
        return accounts.find(room.accountId()).flatMap(a -> a.room(room)).map(Room::transcript)
                .orElse(List.of());
    }

    @Override
    public CompletableFuture<Void> send(RoomId room, String body) {
        return operations.send(room, Bodies.require(body, "message"));
    }

    @Override
    public CompletableFuture<Void> sendPrivate(RoomId room, String nick, String body) {
        return operations.sendPrivate(room, nick, Bodies.require(body, "message"));
    }

    @Override
    public CompletableFuture<Void> setSubject(RoomId room, String subject) {
        return operations.setSubject(room, Bodies.require(subject, "subject"));
    }

    @Override
    public CompletableFuture<Void> changeNick(RoomId room, String nick) {
        return operations.changeNick(room, nick);
    }

    @Override
    public CompletableFuture<Void> invite(RoomId room, String jid, Optional<String> reason, boolean direct) {
        return operations.invite(room, jid, reason, direct);
    }

    @Override
    public CompletableFuture<Void> decline(Invitation invitation, Optional<String> reason) {
        return operations.decline(invitation, reason);
    }

    @Override
    public CompletableFuture<Void> kick(RoomId room, String nick, Optional<String> reason) {
        return setRole(room, nick, Role.NONE, reason);
    }

    @Override
    public CompletableFuture<Void> setRole(RoomId room, String nick, Role role, Optional<String> reason) {
        return operations.setRole(room, nick, role, reason);
    }

    @Override
    public CompletableFuture<Void> setAffiliation(RoomId room, String jid, Affiliation affiliation,
            Optional<String> reason) {
        return operations.setAffiliation(room, jid, affiliation, reason);
    }

    @Override
    public CompletableFuture<List<AffiliationItem>> affiliations(RoomId room, Affiliation affiliation) {
        return operations.affiliations(room, affiliation);
    }

    @Override
    public CompletableFuture<Void> destroy(RoomId room, Optional<String> reason, Optional<String> alternateVenue) {
        return operations.destroy(room, reason, alternateVenue);
    }

    @Override
    public CompletableFuture<List<RoomMessage>> fetchArchive(RoomId room, int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        return operations.fetchArchive(room, max);
    }

    @Override
    public CompletableFuture<List<Bookmark>> bookmarks(String accountId) {
        return operations.call(accountId, MucErrors.Context.ACTION, a -> a.bookmarks().load());
    }

    @Override
    public CompletableFuture<Void> saveBookmark(Bookmark bookmark) {
        bookmark.nick().ifPresent(Requests::resource);
        String accountId = bookmark.room().accountId();
        return operations.call(accountId, MucErrors.Context.ACTION, a -> {
            a.bookmarkSaving(bookmark);
            a.bookmarks().save(bookmark);
            notifier.post(l -> l.bookmarksChanged(accountId));
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> removeBookmark(RoomId room) {
        return operations.call(room.accountId(), MucErrors.Context.ACTION, a -> {
            a.bookmarks().remove(room);
            notifier.post(l -> l.bookmarksChanged(room.accountId()));
            return null;
        });
    }

    /** The store this session of the account uses, chosen on first use (tests of this package check it). */
    CompletableFuture<BookmarkStore> bookmarkStore(String accountId) {
        return operations.call(accountId, MucErrors.Context.ACTION, AccountRooms::bookmarks);
    }

    @Override
    public List<JoinRequest> recentRooms(String accountId) {
        return recent == null ? List.of() : recent.list(accountId);
    }

    @Override
    public void addMucListener(MucListener listener) {
        notifier.add(listener);
    }

    @Override
    public void removeMucListener(MucListener listener) {
        notifier.remove(listener);
    }
}
