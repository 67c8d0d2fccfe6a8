package org.causerie.whiteboard.internal.doc;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@code set} record (XEP-0284 §10.6.1): the fields it carries replace the
 * target's; {@code replaceFrom}/{@code replaceN} replace part of {@code chdata}.
 *
 * @param rid the target record ({@code target})
 * @param version the target's version this set makes, current + 1 when sent
 */
public record SetRecord(String rid, int version, Optional<String> parent, Optional<Float> weight,
        Optional<String> ns, Optional<String> name, Optional<String> chdata, Optional<String> piTarget,
        Optional<String> piData, OptionalInt replaceFrom, OptionalInt replaceN) implements SxeRecord {

    public SetRecord {
        Objects.requireNonNull(rid, "rid");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(ns, "ns");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chdata, "chdata");
        Objects.requireNonNull(piTarget, "piTarget");
        Objects.requireNonNull(piData, "piData");
        Objects.requireNonNull(replaceFrom, "replaceFrom");
        Objects.requireNonNull(replaceN, "replaceN");
        if (replaceFrom.isPresent() != replaceN.isPresent() || replaceFrom.isPresent() && chdata.isEmpty()) {
            throw new IllegalArgumentException("replacefrom and replacen go together, with chdata");
        }
    }

    /** @return a set of chdata only */
    public static SetRecord chdata(String target, int version, String chdata) {
        return new SetRecord(target, version, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(chdata), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty());
    }

    /** @return a set of the primary weight only */
    public static SetRecord weight(String target, int version, float weight) {
        return new SetRecord(target, version, Optional.empty(), Optional.of(weight), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty());
    }

    /** @return a set carrying every field (how a state transfer sends a version) */
    public static SetRecord all(String target, int version, NodeType type, Fields f) {
        return new SetRecord(target, version, Optional.of(f.parent()), Optional.of(f.weight()),
                type.named() ? Optional.of(f.ns()) : Optional.empty(),
                type.named() ? Optional.of(f.name()) : Optional.empty(),
                type.hasChdata() ? Optional.of(f.chdata()) : Optional.empty(),
                type == NodeType.PROCESSING_INSTRUCTION ? Optional.of(f.piTarget()) : Optional.empty(),
                type == NodeType.PROCESSING_INSTRUCTION ? Optional.of(f.piData()) : Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty());
    }

    @Override
    public int size() {
        return rid.length() + parent.map(String::length).orElse(0) + ns.map(String::length).orElse(0)
                + name.map(String::length).orElse(0) + chdata.map(String::length).orElse(0)
                + piTarget.map(String::length).orElse(0) + piData.map(String::length).orElse(0);
    }
}
