/** Benchmark: notification fan-out from one publish to many subscribers (issue 8). */
package org.causerie.bench.pubsub;
