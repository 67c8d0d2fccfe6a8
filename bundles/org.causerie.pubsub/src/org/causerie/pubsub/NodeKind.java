package org.causerie.pubsub;

/** Leaf nodes hold items; collection nodes hold other nodes (XEP-0060 §4.1, XEP-0248). */
public enum NodeKind {
    LEAF,
    COLLECTION
}
