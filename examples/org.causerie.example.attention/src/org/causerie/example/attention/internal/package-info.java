/** The XEP-0224 element, its parser and the service on Causerie's sessions. */
package org.causerie.example.attention.internal;
