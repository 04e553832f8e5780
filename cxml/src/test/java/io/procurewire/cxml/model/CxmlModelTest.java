package io.procurewire.cxml.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRegistry;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JAXBContext is built from CxmlModel.CLASSES only; this test (not main code) scans the compiled classes. */
class CxmlModelTest {

    static final List<Class<? extends Annotation>> JAXB_TYPE_ANNOTATIONS =
            List.of(XmlRootElement.class, XmlType.class, XmlRegistry.class, XmlAccessorType.class);

    @Test
    void everyAnnotatedModelClassIsListed() throws Exception {
        List<Class<?>> annotated = compiledModelClasses().stream().filter(CxmlModelTest::isJaxbType).toList();

        assertThat(annotated).hasSizeGreaterThan(80);
        assertThat(CxmlModel.CLASSES).containsExactlyInAnyOrderElementsOf(annotated);
    }

    @Test
    void contextBuildsFromTheListAlone() throws Exception {
        JAXBContext context = JAXBContext.newInstance(CxmlModel.CLASSES.toArray(Class<?>[]::new));

        assertThat(context.createJAXBIntrospector().getElementName(new CxmlDocument()).getLocalPart()).isEqualTo("cXML");
    }

    @Test
    void noJaxbIndexIsShipped() {
        assertThat(CxmlModel.class.getResource("jaxb.index")).isNull();
    }

    @Test
    void everyModelClassHasAPublicNoArgConstructor() throws Exception {
        for (Class<?> type : CxmlModel.CLASSES) {
            assertThat(type.getConstructor().newInstance()).as(type.getName()).isNotNull();
        }
    }

    private static boolean isJaxbType(Class<?> type) {
        return JAXB_TYPE_ANNOTATIONS.stream().anyMatch(type::isAnnotationPresent);
    }

    private static List<Class<?>> compiledModelClasses() throws IOException {
        Path dir = Path.of("target/classes/io/procurewire/cxml/model");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> "io.procurewire.cxml.model." + name.substring(0, name.length() - ".class".length()))
                    .<Class<?>>map(CxmlModelTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
