package io.procurewire.cxml;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Presents a namespace-qualified cXML document (root element in a namespace, default or prefixed) as the
 * namespace-less cXML the model binds: elements and attributes in the root's namespace appear without namespace and
 * prefix, and declarations of that namespace are hidden. Every other namespace (ds: signatures, vendor markup inside
 * Extrinsic) is passed through unchanged.
 */
final class NamespaceNeutralReader extends StreamReaderDelegate {

    private final String cxmlNamespace;

    NamespaceNeutralReader(XMLStreamReader reader, String cxmlNamespace) {
        super(reader);
        this.cxmlNamespace = cxmlNamespace;
    }

    private boolean neutral(String namespace) {
        return cxmlNamespace.equals(namespace);
    }

    @Override
    public String getNamespaceURI() {
        String namespace = super.getNamespaceURI();
        return neutral(namespace) ? null : namespace;
    }

    @Override
    public String getPrefix() {
        return neutral(super.getNamespaceURI()) ? null : super.getPrefix();
    }

    @Override
    public QName getName() {
        QName name = super.getName();
        return neutral(name.getNamespaceURI()) ? new QName(name.getLocalPart()) : name;
    }

    @Override
    public String getAttributeNamespace(int index) {
        String namespace = super.getAttributeNamespace(index);
        return neutral(namespace) ? null : namespace;
    }

    @Override
    public String getAttributePrefix(int index) {
        return neutral(super.getAttributeNamespace(index)) ? null : super.getAttributePrefix(index);
    }

    @Override
    public QName getAttributeName(int index) {
        QName name = super.getAttributeName(index);
        return neutral(name.getNamespaceURI()) ? new QName(name.getLocalPart()) : name;
    }

    @Override
    public int getNamespaceCount() {
        return declarations().size();
    }

    @Override
    public String getNamespacePrefix(int index) {
        return super.getNamespacePrefix(declarations().get(index));
    }

    @Override
    public String getNamespaceURI(int index) {
        return super.getNamespaceURI(declarations().get(index));
    }

    /** Indexes of the namespace declarations of the current element that do not bind the cXML namespace. */
    private List<Integer> declarations() {
        List<Integer> visible = new ArrayList<>();
        int count = super.getNamespaceCount();
        for (int i = 0; i < count; i++) {
            if (!neutral(super.getNamespaceURI(i))) {
                visible.add(i);
            }
        }
        return visible;
    }
}
