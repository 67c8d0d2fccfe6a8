/** Tests of the store and its JSON lines, from literal text and temporary directories. */
package org.causerie.chat.internal;
