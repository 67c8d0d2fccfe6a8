/**
 * Smack-based implementation of the core services. Not API.
 */
package org.causerie.core.internal;
