/**
 * Implementation of the roster service on Smack's {@code Roster}. Not API.
 */
package org.causerie.roster.internal;
