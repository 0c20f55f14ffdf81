package io.shapegen.generator.spec;

import com.palantir.javapoet.ClassName;
import io.shapegen.model.shape.StringShape;
import java.util.List;

/**
 * A string shape with {@code enum} values, as a Java enum.
 *
 * @param shape the model shape
 * @param className the enum type
 * @param constants the constants in model order
 * @param javadoc the type documentation, already safe for a Javadoc comment
 */
public record EnumSpec(StringShape shape, ClassName className, List<Constant> constants, String javadoc) {
    /** The constant every generated enum has for values this SDK version does not know. */
    public static final String UNKNOWN = "UNKNOWN_TO_SDK_VERSION";

    /**
     * One enum constant.
     *
     * @param name the Java constant name, unique within the enum
     * @param value the value on the wire
     */
    public record Constant(String name, String value) {
    }

    /** Copies the constants. */
    public EnumSpec {
        constants = List.copyOf(constants);
    }
}
