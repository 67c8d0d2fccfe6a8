/**
 * The roster view of the Causerie workbench (issue 3): the e4 part, its strings
 * in English and French, and the wiring of the roster model, the virtual tree,
 * the subscription requests and the presence selector. Internal: exported for
 * the tests only.
 */
package org.causerie.roster.ui.internal;
