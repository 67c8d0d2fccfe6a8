package org.causerie.whiteboard.internal.doc;

import java.util.Comparator;

/**
 * The order of sibling nodes (XEP-0284 §3 "Weight", §10.3 rule 2): by
 * primary-weight, compared as xs:float numbers (so 0 and -0 are equal), then by
 * the first differing characters of the rids, as Unicode code points; a rid that
 * is a prefix of the other is the lower (the XEP does not say: Causerie's choice).
 */
public final class Weights {

    /** Lower weight first. */
    public static final Comparator<Node> ORDER = (a, b) -> compare(a.weight(), a.rid(), b.weight(), b.rid());

    private Weights() {
    }

    /** @return negative when (wa, ra) weighs less than (wb, rb) */
    public static int compare(float wa, String ra, float wb, String rb) {
        if (wa < wb) {
            return -1;
        }
        if (wa > wb) {
            return 1;
        }
        return compareRids(ra, rb);
    }

    /** @return the comparison of the first differing code points; the shorter rid first when one prefixes the other */
    public static int compareRids(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
