package org.causerie.filetransfer;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to accept an offer.
 *
 * @param folder the folder to save into; the file never lands outside it
 * @param fileName a name chosen by the user ("save as"), made safe too; the offered name otherwise
 * @param existing what to do when the file exists
 * @param oversizeConsent the user agreed to a file over the size limit
 */
public record AcceptRequest(Path folder, Optional<String> fileName, ExistingFile existing, boolean oversizeConsent) {

    public AcceptRequest {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(existing, "existing");
    }

    /** @return accept into the folder under the offered name, failing if it exists, within the size limit */
    public static AcceptRequest into(Path folder) {
        return new AcceptRequest(folder, Optional.empty(), ExistingFile.FAIL, false);
    }

    public AcceptRequest named(String name) {
        return new AcceptRequest(folder, Optional.of(name), existing, oversizeConsent);
    }

    public AcceptRequest onExisting(ExistingFile policy) {
        return new AcceptRequest(folder, fileName, policy, oversizeConsent);
    }

    public AcceptRequest withOversizeConsent() {
        return new AcceptRequest(folder, fileName, existing, true);
    }
}
