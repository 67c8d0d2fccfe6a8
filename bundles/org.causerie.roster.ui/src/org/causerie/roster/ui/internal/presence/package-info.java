/**
 * Own presence: the selector per account and for all, and auto-away on idle
 * (the idle state machine, its preferences and the display input filters).
 */
package org.causerie.roster.ui.internal.presence;
