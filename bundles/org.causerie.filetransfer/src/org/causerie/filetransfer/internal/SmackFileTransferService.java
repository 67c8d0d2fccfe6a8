package org.causerie.filetransfer.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.causerie.core.XepContribution;
import org.causerie.core.spi.SmackRuntime;
import org.causerie.core.spi.SmackSession;
import org.causerie.core.spi.SmackSessionParticipant;
import org.causerie.filetransfer.AcceptRequest;
import org.causerie.filetransfer.Direction;
import org.causerie.filetransfer.FileOffer;
import org.causerie.filetransfer.FileTransferException;
import org.causerie.filetransfer.FileTransferService;
import org.causerie.filetransfer.FileTransferSettings;
import org.causerie.filetransfer.SendRequest;
import org.causerie.filetransfer.TransferError;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.TransferListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smackx.bytestreams.socks5.Socks5Proxy;
import org.jivesoftware.smackx.si.packet.StreamInitiation;
import org.jivesoftware.smackx.si.provider.StreamInitiationProvider;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The {@link FileTransferService}: joins every session (as a
 * {@link SmackSessionParticipant}, before login, so offline link messages are
 * seen) with an {@link AccountTransfers}; advertises the features while active.
 * Smack's own local SOCKS5 proxy is switched off: {@link LocalStreamHost}
 * replaces it with a configurable port.
 */
@Component(service = {FileTransferService.class, XepContribution.class}, immediate = true)
public final class SmackFileTransferService implements FileTransferService, XepContribution, SmackSessionParticipant {

    private final Map<String, AccountTransfers> accounts = new ConcurrentHashMap<>();
    private final Transfers transfers = new Transfers();
    private final LocalStreamHost localHost = new LocalStreamHost();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "causerie-filetransfer-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private volatile FileTransferSettings settings = FileTransferSettings.defaults();
    private SettingsStore store;
    private final Shared shared = new Shared(transfers, workers, () -> settings, localHost);

    @Activate
    void activate() {
        SmackRuntime.start();
        Socks5Proxy.setLocalSocks5ProxyEnabled(false);
        // keeps the range offset Smack's provider drops (XEP-0096 §3.3); Smack's comes back in deactivate
        ProviderManager.addIQProvider(StreamInitiation.ELEMENT, StreamInitiation.NAMESPACE, new RangedSiProvider());
        store = new SettingsStore(InstanceScope.INSTANCE.getNode("org.causerie.filetransfer"));
        settings = store.load();
    }

    @Deactivate
    void deactivate() {
        ProviderManager.addIQProvider(StreamInitiation.ELEMENT, StreamInitiation.NAMESPACE,
                new StreamInitiationProvider());
        accounts.values().forEach(AccountTransfers::stop);
        accounts.clear();
        transfers.all().forEach(TransferRecord::cancel);
        localHost.stop();
        workers.shutdownNow();
        transfers.stop();
    }

    @Override
    public Set<String> xeps() {
        return Set.of("XEP-0095", "XEP-0096", "XEP-0065", "XEP-0047", "XEP-0363", "XEP-0066", "XEP-0300");
    }

    @Override
    public Set<String> discoFeatures() {
        return Set.of("http://jabber.org/protocol/si", StreamOffers.PROFILE, StreamOffers.SOCKS5, StreamOffers.IBB,
                OutOfBand.NAMESPACE);
    }

    @Override
    public void join(SmackSession session) {
        AccountTransfers account = new AccountTransfers(session, shared);
        AccountTransfers previous = accounts.put(session.account().id(), account);
        if (previous != null) {
            previous.stop();
        }
        account.start();
    }

    @Override
    public void leave(SmackSession session) {
        AccountTransfers account = accounts.get(session.account().id());
        if (account != null && account.session() == session && accounts.remove(session.account().id(), account)) {
            account.stop();
        }
    }

    @Override
    public Transfer send(SendRequest request) {
        Path file = request.file();
        TransferRecord record = outgoing(request.accountId(), request.to(), file);
        AccountTransfers account = accounts.get(request.accountId());
        Optional<FileTransferException> problem = account == null
                ? Optional.of(AccountTransfers.notConnected(request.accountId())) : readable(file);
        Jid to = null;
        if (problem.isEmpty()) {
            try {
                to = JidCreate.from(request.to());
                if (!to.hasResource()) {
                    problem = Optional.of(new FileTransferException(TransferError.UNKNOWN,
                            "a stream goes to one resource (a full JID): " + request.to()));
                }
            } catch (XmppStringprepException e) {
                problem = Optional.of(
                        new FileTransferException(TransferError.UNKNOWN, "not a JID: " + request.to(), e));
            }
        }
        if (problem.isPresent()) {
            transfers.fail(record, problem.get());
        } else {
            account.send(record, request, to);
        }
        return new Transfer(record.id, record.outcome);
    }

    @Override
    public Transfer upload(String accountId, String to, boolean groupchat, Path file) {
        TransferRecord record = outgoing(accountId, to, file);
        AccountTransfers account = accounts.get(accountId);
        Optional<FileTransferException> problem = account == null
                ? Optional.of(AccountTransfers.notConnected(accountId)) : readable(file);
        if (problem.isPresent()) {
            transfers.fail(record, problem.get());
        } else {
            account.upload(record, to, groupchat, file);
        }
        return new Transfer(record.id, record.outcome);
    }

    private TransferRecord outgoing(String accountId, String to, Path file) {
        long size = -1;
        try {
            size = Files.size(file);
        } catch (java.io.IOException e) {
            // reported by readable()
        }
        TransferRecord record = new TransferRecord(Shared.newId(), accountId, Direction.OUTGOING, to,
                String.valueOf(file.getFileName()), size < 0 ? OptionalLong.empty() : OptionalLong.of(size));
        record.file(file);
        transfers.add(record);
        return record;
    }

    private static Optional<FileTransferException> readable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Optional.of(new FileTransferException(TransferError.UNREADABLE, "cannot read " + file));
        }
        return Optional.empty();
    }

    @Override
    public Transfer accept(String offerId, AcceptRequest request) {
        for (AccountTransfers account : accounts.values()) {
            if (account.hasOffer(offerId)) {
                return new Transfer(offerId, account.accept(offerId, request));
            }
        }
        return new Transfer(offerId, CompletableFuture.failedFuture(
                new FileTransferException(TransferError.UNKNOWN, "no pending offer " + offerId)));
    }

    @Override
    public CompletableFuture<Void> decline(String offerId) {
        for (AccountTransfers account : accounts.values()) {
            if (account.hasOffer(offerId)) {
                return account.decline(offerId);
            }
        }
        return CompletableFuture.failedFuture(
                new FileTransferException(TransferError.UNKNOWN, "no pending offer " + offerId));
    }

    @Override
    public void cancel(String transferId) {
        for (AccountTransfers account : accounts.values()) {
            if (account.cancel(transferId)) {
                return;
            }
        }
        transfers.get(transferId).ifPresent(TransferRecord::cancel);
    }

    @Override
    public List<FileOffer> pendingOffers() {
        List<FileOffer> all = new ArrayList<>();
        accounts.values().forEach(a -> all.addAll(a.offers()));
        return all;
    }

    @Override
    public List<TransferInfo> transfers() {
        return transfers.all().stream().map(TransferRecord::snapshot).toList();
    }

    @Override
    public Optional<TransferInfo> transfer(String id) {
        return transfers.get(id).map(TransferRecord::snapshot);
    }

    @Override
    public void addTransferListener(TransferListener listener) {
        transfers.addListener(listener);
    }

    @Override
    public void removeTransferListener(TransferListener listener) {
        transfers.removeListener(listener);
    }

    @Override
    public FileTransferSettings settings() {
        return settings;
    }

    @Override
    public void configure(FileTransferSettings next) {
        FileTransferSettings previous = settings;
        settings = next;
        if (store != null) {
            store.save(next);
        }
        if (previous.localPort() != next.localPort()) {
            localHost.stop();
        }
    }

    @Override
    public OptionalInt localStreamHostPort() {
        int port = localHost.port();
        return port < 0 ? OptionalInt.empty() : OptionalInt.of(port);
    }
}
