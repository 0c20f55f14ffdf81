package io.shapegen.it.audited;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.shapegen.it.audited.model.Audited;
import io.shapegen.it.audited.model.Widget;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads what the audit extension added to the generated code. */
class AuditedModelTest {

    @Test
    void everyModelClassCarriesTheAnnotationWithItsShape() {
        List<Class<?>> classes = ModelRegistry.modelClasses();
        assertEquals(5, classes.size(), classes.toString());
        for (Class<?> type : classes) {
            Audited audited = type.getAnnotation(Audited.class);
            assertNotNull(audited, type + " is not annotated");
            assertEquals(type.getSimpleName(), audited.shape());
        }
    }

    @Test
    void theAnnotatedClassesStillWork() {
        Widget widget = Widget.builder().name("w").build();
        assertEquals("w", widget.name());
        assertEquals("Widget", Widget.class.getAnnotation(Audited.class).shape());
    }
}
