package io.shapegen.it.inventory;

import io.shapegen.it.gadgets.model.Gadget;
import io.shapegen.it.widgets.WidgetStoreClient;
import io.shapegen.it.widgets.model.CreateWidgetRequest;
import java.util.Map;

/** Uses both generated SDKs side by side. */
public final class Inventory {
    private Inventory() {
    }

    /**
     * @param widgets the widgets client
     * @param name the new widget's name
     * @return a gadget labelled with the created widget's id
     */
    public static Gadget labelledGadget(WidgetStoreClient widgets, String name) {
        String widgetId = widgets.createWidget(CreateWidgetRequest.builder().name(name).build()).widget().widgetId();
        return Gadget.builder().gadgetId("g-1").labels(Map.of("widget", widgetId)).build();
    }
}
