/**
 * A sample Causerie plugin: XEP-0224 Attention ("buzz" a contact). The
 * {@link org.causerie.example.attention.AttentionService} sends and reports
 * buzzes; its UI lives in {@code org.causerie.example.attention.ui}.
 */
package org.causerie.example.attention;
