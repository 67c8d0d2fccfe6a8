/**
 * The sample plugin's UI, through Causerie's contribution services only: a
 * roster action that buzzes a contact, a chat panel showing the buzzes of a
 * conversation, and an alert opening the conversation a buzz came from.
 */
package org.causerie.example.attention.ui.internal;
