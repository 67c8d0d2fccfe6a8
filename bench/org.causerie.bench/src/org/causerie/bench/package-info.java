/**
 * Connection benchmark: connect+login and 1:1 round trips through Causerie's
 * services next to raw Smack configured alike (Smack defaults plus TCP_NODELAY),
 * against the harness's private ejabberd. Prints figures; asserts no timings.
 */
package org.causerie.bench;
