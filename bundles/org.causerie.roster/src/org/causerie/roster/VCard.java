package org.causerie.roster;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a contact's vCard (XEP-0054) a client shows.
 *
 * @param fullName {@code FN}
 * @param nickname {@code NICKNAME}
 * @param emails the {@code EMAIL/USERID} values, home first
 * @param organization {@code ORG/ORGNAME}
 * @param photo {@code PHOTO}, when it holds an embedded picture
 */
public record VCard(Optional<String> fullName, Optional<String> nickname, List<String> emails,
        Optional<String> organization, Optional<Photo> photo) {

    public VCard {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(nickname, "nickname");
        emails = List.copyOf(emails);
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(photo, "photo");
    }

    /**
     * An avatar picture (XEP-0054 {@code PHOTO/BINVAL}).
     *
     * @param mimeType e.g. "image/png"
     * @param data the picture's bytes; a copy is kept and handed out
     */
    public record Photo(String mimeType, byte[] data) {

        public Photo {
            Objects.requireNonNull(mimeType, "mimeType");
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Photo p && p.mimeType.equals(mimeType) && Arrays.equals(p.data, data);
        }

        @Override
        public int hashCode() {
            return mimeType.hashCode() * 31 + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Photo[" + mimeType + ", " + data.length + " bytes]";
        }
    }
}
