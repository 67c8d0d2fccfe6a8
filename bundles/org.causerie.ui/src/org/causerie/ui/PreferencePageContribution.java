package org.causerie.ui;

import java.util.Optional;

import org.eclipse.swt.widgets.Composite;

/**
 * A page of the Preferences dialog (File &gt; Preferences...), contributed as an
 * OSGi service. The dialog lists the pages by {@link #order()} then label, and
 * creates a page's controls when it is first shown. A page that goes while the
 * dialog is open is disposed and taken out of the list; one that arrives is added.
 */
public interface PreferencePageContribution extends Contribution {

    /**
     * Creates the page's controls, on the display thread.
     *
     * @param parent the composite to create the controls in (its layout is set by the page)
     * @return the page, which the dialog validates, applies and disposes
     */
    Page create(Composite parent);

    /** The controls of one contributed page, while the dialog shows them. */
    interface Page {

        /**
         * Checks what the person entered, on the display thread.
         *
         * @return why the values cannot be applied (a sentence in the user's language), or empty
         */
        default Optional<String> validate() {
            return Optional.empty();
        }

        /** Stores the values (called only when {@link #validate()} is empty), on the display thread. */
        void apply();

        /** Releases what the page holds beyond its controls (the dialog disposes the controls). */
        default void dispose() {
        }
    }
}
