package org.causerie.whiteboard.internal.doc;

import java.util.Objects;

/**
 * The mutable fields of a record at one version (XEP-0284 §10.3 table): parent,
 * primary-weight, ns, name, chdata, pitarget, pidata. Fields a type does not
 * have are empty strings; {@code parent} is empty at the top level.
 */
public record Fields(String parent, float weight, String ns, String name, String chdata, String piTarget,
        String piData) {

    public Fields {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(ns, "ns");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chdata, "chdata");
        Objects.requireNonNull(piTarget, "piTarget");
        Objects.requireNonNull(piData, "piData");
        if (!Float.isFinite(weight)) {
            throw new IllegalArgumentException("weight not finite");
        }
    }

    Fields withParent(String value) {
        return new Fields(value, weight, ns, name, chdata, piTarget, piData);
    }

    Fields withWeight(float value) {
        return new Fields(parent, value, ns, name, chdata, piTarget, piData);
    }

    Fields withNs(String value) {
        return new Fields(parent, weight, value, name, chdata, piTarget, piData);
    }

    Fields withName(String value) {
        return new Fields(parent, weight, ns, value, chdata, piTarget, piData);
    }

    Fields withChdata(String value) {
        return new Fields(parent, weight, ns, name, value, piTarget, piData);
    }

    Fields withPi(String target, String data) {
        return new Fields(parent, weight, ns, name, chdata, target, data);
    }
}
