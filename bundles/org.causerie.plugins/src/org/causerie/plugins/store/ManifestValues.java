package org.causerie.plugins.store;

import java.util.ArrayList;
import java.util.List;

/** Splits OSGi manifest header values (clauses separated by commas outside quotes). */
final class ManifestValues {

    private ManifestValues() {
    }

    /** @return the names of every clause ("a.b;version=..., c" → [a.b, c]) */
    static List<String> names(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        for (String clause : clauses(header)) {
            for (String part : clause.split(";")) {
                String trimmed = part.trim();
                if (trimmed.isEmpty() || trimmed.contains("=")) {
                    break;
                }
                names.add(trimmed);
            }
        }
        return names;
    }

    /** @return the first name of a header, without directives or attributes */
    static String firstName(String header) {
        List<String> names = names(header);
        return names.isEmpty() ? header.trim() : names.get(0);
    }

    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(current.toString());
        return clauses;
    }
}
