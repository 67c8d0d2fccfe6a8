/**
 * The roster view's model, free of SWT: immutable rows built off the display
 * thread from roster snapshots and change events (grouping, sorting, filtering,
 * unread counts), and the coalescing of changes into at most one model per period.
 */
package org.causerie.roster.ui.internal.model;
