package io.shapegen.generator.naming;

import java.util.Locale;
import java.util.Set;

/** Names generated code must not use as they are. */
public final class JavaReservedNames {
    /** Keywords, reserved literals and restricted identifiers. */
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits",
            "non-sealed", "exports", "module", "open", "opens", "provides", "requires", "to", "transitive", "uses",
            "with", "when");

    /**
     * Public types of {@code java.lang} up to Java 25. A generated class of one of these names would hide the
     * {@code java.lang} type inside its package, so references to the {@code java.lang} type get qualified.
     */
    private static final Set<String> JAVA_LANG_TYPES = Set.of("AbstractMethodError", "Appendable",
            "ArithmeticException", "ArrayIndexOutOfBoundsException", "ArrayStoreException", "AssertionError",
            "AutoCloseable", "Boolean", "BootstrapMethodError", "Byte", "Character", "CharSequence", "Class",
            "ClassCastException", "ClassCircularityError", "ClassFormatError", "ClassLoader", "ClassNotFoundException",
            "ClassValue", "Cloneable", "CloneNotSupportedException", "Comparable", "Deprecated", "Double", "Enum",
            "EnumConstantNotPresentException", "Error", "Exception", "ExceptionInInitializerError", "Float",
            "FunctionalInterface", "IllegalAccessError", "IllegalAccessException", "IllegalArgumentException",
            "IllegalCallerException", "IllegalMonitorStateException", "IllegalStateException",
            "IllegalThreadStateException", "IncompatibleClassChangeError", "IndexOutOfBoundsException",
            "InheritableThreadLocal", "InstantiationError", "InstantiationException", "Integer", "InternalError",
            "InterruptedException", "IO", "Iterable", "LayerInstantiationException", "LinkageError", "Long",
            "MatchException", "Math", "Module", "ModuleLayer", "NegativeArraySizeException", "NoClassDefFoundError",
            "NoSuchFieldError", "NoSuchFieldException", "NoSuchMethodError", "NoSuchMethodException",
            "NullPointerException", "Number", "NumberFormatException", "Object", "OutOfMemoryError", "Override",
            "Package", "Process", "ProcessBuilder", "ProcessHandle", "Readable", "Record", "ReflectiveOperationException",
            "Runnable", "Runtime", "RuntimeException", "RuntimePermission", "SafeVarargs", "ScopedValue",
            "SecurityException", "SecurityManager", "Short", "StackOverflowError", "StackTraceElement", "StackWalker",
            "StrictMath", "String", "StringBuffer", "StringBuilder", "StringIndexOutOfBoundsException",
            "StringTemplate", "SuppressWarnings", "System", "Thread", "ThreadDeath", "ThreadGroup", "ThreadLocal",
            "Throwable", "TypeNotPresentException", "UnknownError", "UnsatisfiedLinkError",
            "UnsupportedClassVersionError", "UnsupportedOperationException", "VerifyError", "VirtualMachineError",
            "Void", "WrongThreadException");

    /** File names Windows refuses, whatever the extension. */
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul", "com0", "com1", "com2",
            "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5",
            "lpt6", "lpt7", "lpt8", "lpt9");

    private JavaReservedNames() {
    }

    /** @param name an identifier @return whether Java reserves it */
    public static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }

    /** @param simpleName a class name @return whether {@code java.lang} has a public type of that name */
    public static boolean isJavaLangType(String simpleName) {
        return JAVA_LANG_TYPES.contains(simpleName);
    }

    /** @return every {@code java.lang} type name this generator guards against */
    public static Set<String> javaLangTypes() {
        return JAVA_LANG_TYPES;
    }

    /** @param simpleName a class name @return whether a file of that name cannot exist on Windows */
    public static boolean isWindowsDeviceName(String simpleName) {
        return WINDOWS_DEVICES.contains(simpleName.toLowerCase(Locale.ROOT));
    }
}
