/**
 * Integration tests of the core services against the private ejabberd the
 * harness starts.
 */
package org.causerie.core.tests;
