package org.causerie.plugins.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a bundle jar's manifest says, read without installing it.
 *
 * @param id Bundle-SymbolicName (without directives)
 * @param version Bundle-Version
 * @param name Bundle-Name (localized with the jar's default properties), else the id
 * @param vendor Bundle-Vendor, else empty
 * @param xeps the XEPs of the {@code Causerie-Xeps} header, as "XEP-0224"
 * @param fragmentHost the host's symbolic name when the bundle is a fragment
 * @param wiring the package and bundle names it wires to: Import-Package,
 *        Require-Bundle and DynamicImport-Package entries, each prefixed by its header
 * @param jar where the jar is
 */
public record BundleDescriptor(String id, String version, String name, String vendor, Set<String> xeps,
        Optional<String> fragmentHost, List<String> wiring, Path jar) {

    public BundleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vendor, "vendor");
        xeps = Set.copyOf(xeps);
        Objects.requireNonNull(fragmentHost, "fragmentHost");
        wiring = List.copyOf(wiring);
        Objects.requireNonNull(jar, "jar");
    }

    /** @return the file name the store keeps it under */
    public String storeFileName() {
        return id + "_" + version + ".jar";
    }
}
