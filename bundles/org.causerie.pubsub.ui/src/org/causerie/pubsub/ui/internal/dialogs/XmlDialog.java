package org.causerie.pubsub.ui.internal.dialogs;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.causerie.pubsub.NodeId;
import org.causerie.pubsub.PubSubService;
import org.causerie.pubsub.ui.internal.Messages;
import org.causerie.pubsub.ui.internal.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Publishes a payload typed as XML: checked as it is typed (well-formed, one
 * element with a namespace), and OK only sends a payload that passes.
 */
public final class XmlDialog extends RequestDialog {

    private final PubSubService pubsub;
    private final NodeId node;
    private Text itemId;
    private Text xml;

    public XmlDialog(Shell parent, PubSubService pubsub, NodeId node) {
        super(parent, WidgetIds.XML_DIALOG, NLS.bind(Messages.xml_title, node.node()));
        this.pubsub = pubsub;
        this.node = node;
    }

    @Override
    protected void fill(Composite grid) {
        setMessage(Messages.xml_message);
        itemId = text(grid, Messages.xml_itemId, WidgetIds.XML_ID, SWT.SINGLE);
        xml = text(grid, Messages.xml_payload, WidgetIds.XML_TEXT, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        xml.addListener(SWT.Modify, e -> check());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    private void check() {
        Optional<String> problem = pubsub.checkPayload(xml.getText());
        setErrorMessage(problem.map(p -> NLS.bind(Messages.xml_invalid, p)).orElse(null));
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem.isEmpty());
        }
    }

    @Override
    protected CompletableFuture<?> request() {
        pubsub.checkPayload(xml.getText()).ifPresent(p -> {
            throw new IllegalArgumentException(NLS.bind(Messages.xml_invalid, p));
        });
        return pubsub.publishXml(node, optional(itemId), xml.getText());
    }
}
