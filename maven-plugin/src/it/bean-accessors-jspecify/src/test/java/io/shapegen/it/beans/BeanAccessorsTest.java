package io.shapegen.it.beans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.it.beans.model.Color;
import io.shapegen.it.beans.model.CreateWidgetRequest;
import io.shapegen.it.beans.model.Widget;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Code written against the SDK generated with bean accessors and JSpecify annotations. */
class BeanAccessorsTest {

    @Test
    void settersAndGetters() {
        Widget widget = Widget.builder().setWidgetId("w-1").setName("gear").setColor(Color.BLUE).setSize(3).build();
        assertEquals("w-1", widget.getWidgetId());
        assertEquals("gear", widget.getName());
        assertEquals(Color.BLUE, widget.getColor());
        assertEquals("BLUE", widget.getColorAsString());
        assertEquals(3, widget.getSize());
        assertEquals(widget, widget.toBuilder().build());
    }

    @Test
    void absentMembersAreNull() {
        CreateWidgetRequest request = CreateWidgetRequest.builder().setName("gear").build();
        assertEquals("gear", request.getName());
        assertNull(request.getColor());
    }

    @Test
    void theModelPackageIsNullMarkedAndOptionalMembersNullable() throws NoSuchMethodException {
        assertTrue(Widget.class.getPackage().isAnnotationPresent(NullMarked.class));
        assertTrue(Widget.class.getMethod("getName").getAnnotatedReturnType().isAnnotationPresent(Nullable.class));
        assertFalse(Widget.class.getMethod("toBuilder").getAnnotatedReturnType().isAnnotationPresent(Nullable.class));
    }
}
