package org.causerie.pubsub.pep;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Extended presence over personal eventing (XEP-0163). Setting a value publishes
 * it to the account's own PEP node; an empty value clears it (the empty element
 * each XEP defines for that). Contacts' values arrive because the client
 * declares interest ({@code +notify}, XEP-0163 §4) through entity capabilities
 * while this bundle is active.
 */
public interface PepService {

    CompletableFuture<Void> setMood(String accountId, Optional<Mood> mood);

    CompletableFuture<Void> setActivity(String accountId, Optional<Activity> activity);

    CompletableFuture<Void> setTune(String accountId, Optional<Tune> tune);

    CompletableFuture<Void> setGeolocation(String accountId, Optional<GeoLocation> location);

    CompletableFuture<Void> setNick(String accountId, Optional<String> nick);

    /**
     * Publishes the avatar's data and metadata (XEP-0084 §4.1, §4.2) and puts it
     * in the vCard (XEP-0153 §3.1) for older clients; empty clears both.
     */
    CompletableFuture<Void> setAvatar(String accountId, Optional<AvatarImage> avatar);

    /** @return what the account has published itself, as last seen */
    ExtendedPresence own(String accountId);

    /** @return the values known for the account's contacts now, by bare JID */
    Map<String, ExtendedPresence> contacts(String accountId);

    /** @return what is known of one contact now; {@link ExtendedPresence#NONE} when nothing */
    ExtendedPresence contact(String accountId, String jid);

    /** @return an entity's avatar image, fetched from its data node (XEP-0084 §4.1) */
    CompletableFuture<byte[]> avatarData(String accountId, String jid, String avatarId);

    void addListener(PepListener listener);

    void removeListener(PepListener listener);
}
