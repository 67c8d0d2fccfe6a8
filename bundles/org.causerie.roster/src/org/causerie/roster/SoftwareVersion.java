package org.causerie.roster;

import java.util.Objects;
import java.util.Optional;

/**
 * The software a resource runs (XEP-0092 §2).
 *
 * @param name the client's name
 * @param version its version
 * @param os its operating system, when it tells
 */
public record SoftwareVersion(String name, String version, Optional<String> os) {

    public SoftwareVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(os, "os");
    }
}
