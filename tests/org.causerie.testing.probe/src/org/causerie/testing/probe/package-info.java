/**
 * A minimal contributing bundle: tests start and stop it to prove that a
 * contribution and its disco feature come and go with the bundle.
 */
package org.causerie.testing.probe;
