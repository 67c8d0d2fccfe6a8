/** The 1:1 chat throughput benchmark (bench/run), in a runtime with the chat bundle. */
package org.causerie.bench.chat;
