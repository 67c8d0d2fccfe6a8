package org.causerie.filetransfer;

/** Whether this client sends or receives the file. */
public enum Direction {
    INCOMING, OUTGOING
}
