package org.causerie.filetransfer.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.jivesoftware.smack.packet.ErrorIQ;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.bytestreams.ibb.packet.DataPacketExtension;
import org.jivesoftware.smackx.bytestreams.socks5.packet.Bytestream;
import org.jivesoftware.smackx.si.packet.StreamInitiation;
import org.jivesoftware.smackx.xdata.FormField;
import org.jivesoftware.smackx.xdata.FormFieldWithOptions;
import org.jivesoftware.smackx.xdata.packet.DataForm;
import org.jxmpp.jid.Jid;

/**
 * Stream initiation elements (XEP-0095, file-transfer profile XEP-0096): the
 * offer, the receiver's choice of stream method and the refusals.
 */
final class StreamOffers {

    /** XEP-0096 §3: the profile. */
    static final String PROFILE = "http://jabber.org/protocol/si/profile/file-transfer";
    /** XEP-0095 §3: the feature negotiation field. */
    static final String STREAM_METHOD = "stream-method";
    static final String SOCKS5 = Bytestream.NAMESPACE;
    static final String IBB = DataPacketExtension.NAMESPACE;

    private StreamOffers() {
    }

    /** @return the offer to send (XEP-0096 §3.1) */
    static StreamInitiation offer(Jid to, String sid, String name, long size, Optional<String> description,
            Optional<String> md5, Date modified, List<String> methods) {
        StreamInitiation si = new StreamInitiation();
        si.setType(IQ.Type.set);
        si.setTo(to);
        si.setSessionID(sid);
        si.setMimeType("application/octet-stream");
        RangedFile file = new RangedFile(name, size);
        // XEP-0096 §3.3: the receiver may answer with an offset to resume an interrupted transfer
        file.setRanged(true);
        description.ifPresent(file::setDesc);
        md5.ifPresent(file::setHash);
        file.setDate(modified);
        si.setFile(file);
        var field = FormField.listSingleBuilder(STREAM_METHOD);
        methods.forEach(field::addOption);
        si.setFeatureNegotiationForm(DataForm.builder(DataForm.Type.form).addField(field.build()).build());
        return si;
    }

    /** @return the stream methods an offer lists */
    static List<String> methods(StreamInitiation offer) {
        List<String> methods = new ArrayList<>();
        DataForm form = offer.getFeatureNegotiationForm();
        FormField field = form == null ? null : form.getField(STREAM_METHOD);
        if (field instanceof FormFieldWithOptions withOptions) {
            withOptions.getOptions().forEach(o -> methods.add(o.getValueString()));
        }
        return methods;
    }

    /** @return the method the receiver chose, from its answer (XEP-0095 §3.2) */
    static Optional<String> chosen(IQ answer) {
        if (!(answer instanceof StreamInitiation si) || si.getFeatureNegotiationForm() == null) {
            return Optional.empty();
        }
        FormField field = si.getFeatureNegotiationForm().getField(STREAM_METHOD);
        return field == null ? Optional.empty() : Optional.ofNullable(field.getFirstValue());
    }

    /** @return the receiver's acceptance naming one method, and the offset to resume from when above 0 */
    static IQ accept(StreamInitiation offer, String method, long offset) {
        var field = FormField.listSingleBuilder(STREAM_METHOD).setValue(method);
        return new SiAnswer(offer, DataForm.builder(DataForm.Type.submit).addField(field.build()).build(), offset);
    }

    /** @return the offset the receiver asks to start from (XEP-0096 §3.3), 0 without a range */
    static long offset(IQ answer) {
        if (answer instanceof StreamInitiation si && si.getFile() instanceof RangedFile file) {
            return Math.max(0, file.offset());
        }
        return 0;
    }

    /** @return whether the offer allows ranged transfers */
    static boolean ranged(StreamInitiation offer) {
        return offer.getFile() != null && offer.getFile().isRanged();
    }

    /** @return the refusal of XEP-0096 §3.2 */
    static ErrorIQ decline(StreamInitiation offer) {
        return IQ.createErrorResponse(offer,
                StanzaError.getBuilder(StanzaError.Condition.forbidden).setDescriptiveEnText("Offer Declined"));
    }

    /** @return the refusal when no offered method is supported (XEP-0095 §3.2, no-valid-streams) */
    static ErrorIQ noValidStreams(StreamInitiation offer) {
        return IQ.createErrorResponse(offer, StanzaError.getBuilder(StanzaError.Condition.bad_request)
                .setDescriptiveEnText("No valid streams"));
    }
}
