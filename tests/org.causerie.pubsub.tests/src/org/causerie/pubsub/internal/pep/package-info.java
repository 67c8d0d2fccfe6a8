/** Tests of the PEP payload reading and writing from literal XML. */
package org.causerie.pubsub.internal.pep;
