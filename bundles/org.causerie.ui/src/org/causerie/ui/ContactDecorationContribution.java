package org.causerie.ui;

import java.util.List;
import java.util.Optional;

/**
 * Extra words about a contact from a plugin (its mood, the tune it listens to,
 * ...), contributed as an OSGi service: the roster shows {@link #line} after the
 * contact's row, the contact details window shows {@link #details}. Both are
 * called on the display thread and must answer from memory, without blocking.
 * When what a contribution says changes, it tells its change listeners, and the
 * roster asks again.
 */
public interface ContactDecorationContribution extends Contribution {

    /** @return a short text for the contact's row, already localized; empty for nothing */
    Optional<String> line(ContactRef contact);

    /** @return lines for the contact details window, already localized */
    default List<ContactDetail> details(ContactRef contact) {
        return List.of();
    }

    /** @param listener told, on any thread, when lines or details may have changed */
    void addChangeListener(Runnable listener);

    void removeChangeListener(Runnable listener);
}
