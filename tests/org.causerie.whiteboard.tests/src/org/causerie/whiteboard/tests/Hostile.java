package org.causerie.whiteboard.tests;

import org.causerie.core.XmppSession;

/** Sends hand-written, hostile {@code <sxe/>} elements to a room, as a broken or malicious client would. */
final class Hostile {

    private Hostile() {
    }

    static void send(XmppSession session, String room, String sxeSession) {
        String svg = "http://www.w3.org/2000/svg";
        String[] payloads = {
            "<state><new type='element' name='script' parent='ROOT' rid='h1' ns='" + svg + "'/></state>",
            "<state><new type='element' name='foreignObject' rid='h2' parent='ROOT'/></state>",
            "<state><new type='element' name='rect' rid='h3' parent='nowhere'/></state>",
            "<state><new type='processinginstruction' rid='h4' pitarget='xml-stylesheet' pidata='href=\"http://x\"'/></state>",
            "<state><new type='element' name='image' rid='h5' parent='ROOT'/>"
                + "<new type='attr' name='href' rid='h6' parent='h5' chdata='http://evil.example/x.png'/>"
                + "<new type='attr' name='onload' rid='h7' parent='h5' chdata='alert(1)'/></state>",
            "<state><new type='element' name='g' rid='h8' primary-weight='INF'/><set target='h9' chdata='x'/>"
                + "<remove/></state>",
            "<state><new type='attr' name='fill' rid='h10' parent='ROOT' chdata='" + "x".repeat(250_000) + "'/></state>",
            "<state><new type='element' name='svg' rid='\u0000' /></state>".replace("\u0000", "a"),
        };
        String root = "root-unknown";
        int n = 0;
        for (String payload : payloads) {
            Raw.send(session, room, sxeSession, "hostile-" + n++, payload.replace("ROOT", root), false);
        }
    }
}
