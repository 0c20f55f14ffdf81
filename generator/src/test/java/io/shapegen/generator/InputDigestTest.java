package io.shapegen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.generator.extension.Extensions;
import io.shapegen.generator.flavour.Flavour;
import io.shapegen.model.ModelSource;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The digest that decides "up to date": every input that shapes the output must change it. */
class InputDigestTest {
    private static final ModelSource MODEL = new ModelSource("m.json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

    private static GenerationRequest request(ModelSource model, Flavour flavour) {
        return new GenerationRequest(model, Optional.empty(), flavour, Path.of("out"), Optional.of(Path.of("docs")),
                Optional.empty(), Extensions.none());
    }

    @Test
    void everyComponentOfTheFlavourChangesTheDigest() throws ReflectiveOperationException {
        Flavour base = Flavour.standard().withBasePackage("com.example");
        String baseDigest = InputDigest.of(request(MODEL, base));
        assertEquals(baseDigest, InputDigest.of(request(MODEL, Flavour.standard().withBasePackage("com.example"))),
                "equal inputs, equal digests");
        RecordComponent[] components = Flavour.class.getRecordComponents();
        Set<String> digests = new HashSet<>(List.of(baseDigest));
        for (int changed = 0; changed < components.length; changed++) {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Object value = components[i].getAccessor().invoke(base);
                values[i] = i == changed ? another(value) : value;
            }
            Flavour variant = Flavour.class.getDeclaredConstructor(
                    java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
                    .newInstance(values);
            String digest = InputDigest.of(request(MODEL, variant));
            assertTrue(digests.add(digest), "changing Flavour." + components[changed].getName()
                    + " must change the digest; add it to InputDigest.flavour");
        }
    }

    @Test
    void theModelBytesAndTheGeneratorsFingerprintAreInTheDigest() {
        Flavour flavour = Flavour.standard().withBasePackage("com.example");
        assertNotEquals(InputDigest.of(request(MODEL, flavour)), InputDigest.of(request(
                new ModelSource("m.json", "{\"a\":2}".getBytes(StandardCharsets.UTF_8)), flavour)));
        assertTrue(GeneratorVersion.fingerprint().startsWith(GeneratorVersion.get()));
    }

    /** @return a value of the same type that differs from {@code value} */
    private static Object another(Object value) {
        if (value instanceof String text) {
            return text + "x";
        }
        if (value instanceof Boolean flag) {
            return !flag;
        }
        if (value instanceof Enum<?> constant) {
            Object[] constants = constant.getDeclaringClass().getEnumConstants();
            return constants[(constant.ordinal() + 1) % constants.length];
        }
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() ? Optional.empty() : Optional.of(io.shapegen.generator.flavour.PaginatorMode.FILE);
        }
        if (value instanceof List<?> list) {
            List<Object> more = new ArrayList<>(list);
            more.add("Extra");
            return more;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> more = new LinkedHashMap<>(map);
            more.put("Extra", "Renamed");
            return more;
        }
        throw new AssertionError("A Flavour component of a type this test cannot vary: " + value.getClass()
                + "; extend another()");
    }
}
