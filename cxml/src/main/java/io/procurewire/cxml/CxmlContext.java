package io.procurewire.cxml;

import io.procurewire.cxml.model.CxmlModel;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

/**
 * The one JAXBContext (thread-safe), built lazily from the explicit class list; (un)marshallers are per call. The
 * holder is initialised at run time in a native image (META-INF/native-image/io.procurewire/cxml/native-image.properties).
 */
final class CxmlContext {

    private CxmlContext() {
    }

    static JAXBContext get() {
        return Holder.CONTEXT;
    }

    private static final class Holder {
        static final JAXBContext CONTEXT = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(CxmlModel.CLASSES.toArray(Class<?>[]::new));
            } catch (JAXBException e) {
                throw new IllegalStateException("cXML JAXB model is inconsistent: " + e, e);
            }
        }
    }
}
