/**
 * For XEP implementers only: reach the Smack connection behind a session.
 * UI code never uses this package.
 */
package org.causerie.core.spi;
