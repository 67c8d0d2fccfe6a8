/** File transfer throughput by each method next to a raw loopback TCP copy (bench/filetransfer). */
package org.causerie.bench.filetransfer;
