package org.causerie.filetransfer;

/** What to do when the file to save already exists: the caller always chooses. */
public enum ExistingFile {
    /** Fail the accept with {@link TransferError#EXISTS}; the offer stays pending. */
    FAIL,
    /** Save as "name (1).ext", "name (2).ext"... */
    RENAME,
    /** Replace it (the user said so), once the whole file arrived intact. */
    REPLACE
}
