/** The name policy, and hostile offers crafted with raw Smack elements against the real server. */
package org.causerie.filetransfer.internal;
